"""An external RDF dump: read once, copied into its own named graph, reduced to entries by a mapping.

The mapping (``eurio.toml`` by default; ``--mapping FILE`` for any other RDF)
says which types are organisations and projects and which property paths carry
their names, acronyms, identifiers, country and city.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import pyoxigraph as ox

from ...errors import InputError
from .._countries import country_alpha3
from ._model import Entry
from ._text import fold

__all__ = ["Mapping", "load_mapping", "read_dump"]

_FIELDS = ("name", "alt_name", "acronym", "country", "city", "identifier")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True)
class Mapping:
    """kind ("organisation", "project") -> types and field -> property paths (tuples of (IRI, inverse))."""

    kinds: dict[str, tuple[frozenset[str], dict[str, tuple[tuple[tuple[str, bool], ...], ...]]]]

    def predicates(self) -> tuple[set[str], set[str]]:
        """Predicates followed forwards and backwards."""
        forward, backward = set(), set()
        for _, fields in self.kinds.values():
            for paths in fields.values():
                for path in paths:
                    for iri, inverse in path:
                        (backward if inverse else forward).add(iri)
        return forward, backward


def load_mapping(path: Path | None = None) -> Mapping:
    """Read a mapping file (TOML); the EURIO mapping when ``path`` is None."""
    try:
        text = path.read_text(encoding="utf-8") if path else (resources.files(__package__) / "eurio.toml").read_text()
        data: dict[str, Any] = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the mapping {path}: {exc}") from exc
    kinds = {}
    for kind in ("organisation", "project"):
        section = data.get(kind)
        if not section:
            continue
        if not section.get("types") or not section.get("name"):
            raise InputError(f"mapping {path}: [{kind}] needs 'types' and 'name'")
        fields = {f: tuple(_path(p) for p in section.get(f, [])) for f in _FIELDS}
        kinds[kind] = (frozenset(section["types"]), fields)
    if not kinds:
        raise InputError(f"mapping {path}: no [organisation] or [project] section")
    return Mapping(kinds)


def _path(text: str) -> tuple[tuple[str, bool], ...]:
    return tuple((step.lstrip("^"), step.startswith("^")) for step in text.split())


class _Graph:
    """The parts of the dump the mapping reads: types, and the mapped predicates both ways."""

    def __init__(self) -> None:
        self.types: dict[str, set[str]] = defaultdict(set)
        self.out: dict[tuple[str, str], list[ox.NamedNode | ox.BlankNode | ox.Literal]] = defaultdict(list)
        self.back: dict[tuple[str, str], list[ox.NamedNode | ox.BlankNode]] = defaultdict(list)

    def follow(self, start: str, path: tuple[tuple[str, bool], ...]) -> list[Any]:
        nodes: list[Any] = [start]
        for iri, inverse in path:
            table = self.back if inverse else self.out
            nodes = [n for node in nodes for n in table.get((_key(node), iri), [])]
        return nodes


def _key(node: Any) -> str:
    return node if isinstance(node, str) else str(node)


def read_dump(path: Path, mapping: Mapping, graph: str, out: TextIO) -> tuple[list[Entry], int]:
    """Parse ``path`` (format from its extension), write its triples to ``out`` as N-Quads in ``graph``.

    Returns the entries the mapping finds and the number of quads written.
    """
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    except ValueError:
        fmt = None
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format; use .nq, .nt, .ttl, .trig or .rdf")
    rdf, count = _load(path, fmt, mapping, f"<{graph}>", out)
    return _entries(rdf, mapping), count


def _load(path: Path, fmt: ox.RdfFormat, mapping: Mapping, graph: str, out: TextIO) -> tuple[_Graph, int]:
    forward, backward = mapping.predicates()
    rdf, count = _Graph(), 0
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            s, p, o = quad.subject, quad.predicate.value, quad.object
            out.write(f"{s} {quad.predicate} {o} {graph} .\n")
            count += 1
            if p == _RDF_TYPE:
                rdf.types[str(s)].add(o.value)
            if p in forward:
                rdf.out[(str(s), p)].append(o)
            if p in backward and not isinstance(o, ox.Literal):
                rdf.back[(str(o), p)].append(s)
    except (OSError, SyntaxError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    return rdf, count


def _entries(rdf: _Graph, mapping: Mapping) -> list[Entry]:
    entries = []
    for node, types in rdf.types.items():
        if not node.startswith("<"):
            continue  # only resources with an IRI can be linked
        for kind, (wanted, fields) in mapping.kinds.items():
            if types & wanted:
                entries.append(_entry(rdf, node, kind, fields))
                break
    return entries


def _values(rdf: _Graph, node: str, paths: tuple[tuple[tuple[str, bool], ...], ...]) -> list[str]:
    found = (v.value for path in paths for v in rdf.follow(node, path) if hasattr(v, "value"))
    return list(dict.fromkeys(v.strip() for v in found if v.strip()))


def _entry(rdf: _Graph, node: str, kind: str, fields: dict[str, Any]) -> Entry:
    countries = [c for c in (country_alpha3(v) for v in _values(rdf, node, fields["country"])) if c]
    cities = _values(rdf, node, fields["city"])
    return Entry(
        iri=node[1:-1],
        kind=kind,
        names=tuple(_values(rdf, node, fields["name"]) + _values(rdf, node, fields["alt_name"])),
        acronyms=tuple(_values(rdf, node, fields["acronym"])),
        country=countries[0] if countries else None,
        city=fold(cities[0]) if cities else None,
        identifiers=tuple(_values(rdf, node, fields["identifier"])),
    )
