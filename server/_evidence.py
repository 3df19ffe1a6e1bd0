"""The sources of facts: evidence nodes (statement, quote, span, document) read from the store."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from ..graph import Store
from ._terms import Link, Namer, rows

__all__ = ["Source", "FactKey", "sources_about", "sources_of", "span_anchor"]

#: (subject, predicate, object) in N-Triples syntax: how a fact is looked up
FactKey = tuple[str, str, str]


@dataclass(frozen=True)
class Source:
    evidence: str  # the evidence node's IRI
    quote: str
    start: int | None
    end: int | None
    document: Link
    href: str  # the document page, anchored at the span
    rule: str


def span_anchor(start: int, end: int) -> str:
    """The id of a span on a document page: ``span-<start>-<end>``."""
    return f"span-{start}-{end}"


_EVIDENCE = """SELECT ?ev ?s ?p ?o ?doc ?exact ?start ?end ?rule WHERE {
  %s
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?ev ig:rule ?rule }
  OPTIONAL { ?ev oa:hasSelector ?quote . ?quote oa:exact ?exact }
  OPTIONAL { ?ev oa:hasSelector ?position . ?position oa:start ?start ; oa:end ?end }
}"""


def sources_about(store: Store, namer: Namer, iri: str) -> dict[FactKey, list[Source]]:
    """Sources of every fact with ``iri`` as subject or object, keyed by the fact."""
    pattern = f"{{ ?ev rdf:subject <{iri}> }} UNION {{ ?ev rdf:object <{iri}> }}"
    return _read(store, namer, _EVIDENCE % pattern)


def sources_of(store: Store, namer: Namer, evidence: str) -> list[Source]:
    """The source that one evidence node records."""
    found = _read(store, namer, _EVIDENCE % f"VALUES ?ev {{ <{evidence}> }}")
    return [source for sources in found.values() for source in sources]


def _read(store: Store, namer: Namer, query: str) -> dict[FactKey, list[Source]]:
    solutions = rows(store, query)
    namer.learn(row["doc"].value for row in solutions)
    found: dict[FactKey, dict[str, Source]] = defaultdict(dict)
    for row in solutions:
        key = (str(row["s"]), str(row["p"]), str(row["o"]))
        found[key].setdefault(row["ev"].value, _source(row, namer))
    return {key: sorted(by_node.values(), key=_order) for key, by_node in found.items()}


def _order(source: Source) -> tuple[str, int]:
    return (source.document.label, source.start if source.start is not None else -1)


def _integer(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> int | None:
    try:
        return int(term.value) if isinstance(term, ox.Literal) else None
    except ValueError:
        return None


def _source(row: dict[str, ox.NamedNode | ox.Literal | ox.BlankNode], namer: Namer) -> Source:
    document = namer.link(row["doc"].value)
    start, end = _integer(row.get("start")), _integer(row.get("end"))
    href = document.href if start is None or end is None else f"{document.href}#{span_anchor(start, end)}"
    rule = row["rule"].value if "rule" in row else ""
    quote = row["exact"].value if "exact" in row else ""
    return Source(row["ev"].value, quote, start, end, document, href, rule)
