"""What the Linked Data pages share: SPARQL rows as Python values, labels, and where an IRI links to.

An IRI under the base (``<base>X``) links to its page on this server (``/page/X``);
any other IRI links to itself (an outbound link).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from ..graph import COMMON_PREFIXES, Store
from ..ontology import IG

__all__ = ["Link", "Namer", "rows", "iri_values", "NS", "local_name"]

#: namespaces the pages' queries use
NS = {"ig": str(IG), **COMMON_PREFIXES, "owl": "http://www.w3.org/2002/07/owl#"}
PREFIXES = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in NS.items())

#: which label wins: a preferred label over rdfs:label over a title; English over Lithuanian over the rest
_LABEL_PROPERTIES = (f"{NS['skos']}prefLabel", f"{NS['rdfs']}label", f"{NS['dcterms']}title")
_LANGUAGES = ("en", "lt", "")


@dataclass(frozen=True)
class Link:
    iri: str
    label: str
    href: str
    local: bool  # a page on this server (else an outbound link)


def rows(store: Store, query: str) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
    """The solutions of a SELECT (with the pages' prefixes) as dicts of bound variables."""
    result = store.query(PREFIXES + query)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in result]


def iri_values(iris: Iterable[str]) -> str:
    """A SPARQL ``VALUES`` body for these IRIs."""
    return " ".join(f"<{iri}>" for iri in sorted(set(iris)))


def local_name(iri: str) -> str:
    """The last segment of an IRI: ``.../organisation/ivita`` -> ``ivita``, ``...#coordinator`` -> ``coordinator``."""
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri


def _rank(prop: str, language: str) -> tuple[int, int]:
    lang = language.split("-")[0].lower()
    language_rank = _LANGUAGES.index(lang) if lang in _LANGUAGES else len(_LANGUAGES)
    return (_LABEL_PROPERTIES.index(prop), language_rank)


class Namer:
    """Labels for IRIs (looked up in one query) and links to them."""

    def __init__(self, store: Store, base: str, root: str) -> None:
        self.store, self.base, self.root = store, base, root
        self.labels: dict[str, str] = {}
        self._ranks: dict[str, tuple[int, int]] = {}

    def learn(self, iris: Iterable[str]) -> None:
        """Look up the labels of ``iris`` (those not known yet)."""
        wanted = {iri for iri in iris if iri not in self._ranks}
        if not wanted:
            return
        props = " ".join(f"<{p}>" for p in _LABEL_PROPERTIES)
        query = f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {iri_values(wanted)} }} VALUES ?p {{ {props} }} ?x ?p ?l }}"
        for row in rows(self.store, query):
            label = row["l"]
            if not isinstance(label, ox.Literal):
                continue
            iri, rank = row["x"].value, _rank(row["p"].value, label.language or "")
            if iri not in self._ranks or rank < self._ranks[iri]:
                self._ranks[iri], self.labels[iri] = rank, label.value
        self._ranks.update({iri: (99, 99) for iri in wanted if iri not in self._ranks})

    def label(self, iri: str) -> str:
        """The best label; else the local name of one of ours or of a known vocabulary; else the IRI."""
        if iri in self.labels:
            return self.labels[iri]
        if iri.startswith((self.base, *NS.values())):
            return local_name(iri)
        return iri

    def href(self, iri: str) -> str:
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return f"{self.root}/page/{iri[len(self.base):]}"
        return iri

    def link(self, iri: str) -> Link:
        href = self.href(iri)
        return Link(iri, self.label(iri), href, href != iri)
