"""Export the store as Turtle, N-Triples, JSON-LD, TriG or N-Quads.

Output is deterministic: statements are sorted before they are written, so two
builds of the same corpus give byte-identical files. Triple formats (Turtle,
N-Triples) hold the union of all named graphs; quad formats (TriG, N-Quads,
JSON-LD) keep the named graphs, i.e. the provenance of every statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import OWL, SKOS, Dataset, Graph
from rdflib.plugins.serializers.turtle import TurtleSerializer

from ..errors import NotFound, UnsupportedFormat
from ..ontology import IG
from ._rdf import OA
from ._store import Store

__all__ = ["ExportFormat", "FORMATS", "GRAPH_EXPORTS", "export", "export_format", "export_graph"]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    media_type: str
    quads: bool  # keeps named graphs


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("turtle", "ttl", "text/turtle", quads=False),
        ExportFormat("ntriples", "nt", "application/n-triples", quads=False),
        ExportFormat("jsonld", "jsonld", "application/ld+json", quads=True),
        ExportFormat("trig", "trig", "application/trig", quads=True),
        ExportFormat("nquads", "nq", "application/n-quads", quads=True),
    )
}
#: formats one graph can be written in (``export_graph``)
GRAPH_EXPORTS = ("turtle", "ntriples", "jsonld", "rdfxml")
_ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "nq": "nquads"}


def export_format(name: str) -> ExportFormat:
    """The format called ``name`` (or one of its file extensions)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        known = ", ".join(FORMATS)
        raise UnsupportedFormat(f"unknown export format {name!r}; choose one of: {known}")
    return FORMATS[key]


def _sorted_lines(store: Store, *, quads: bool) -> list[str]:
    """Triple formats read the default graph (the union); quad formats the named graphs."""
    handle = store.handle()
    if not quads:
        return sorted(f"{q.subject} {q.predicate} {q.object} .\n"
                      for q in handle.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return sorted(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n"
                  for q in handle.quads_for_pattern(None, None, None, None)
                  if not isinstance(q.graph_name, ox.DefaultGraph))


def export_graph(store: Store, graph: str | None, name: str, output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write one graph: the named graph ``graph``, or the default graph (the union) when None.

    Raises :class:`NotFound` for a graph the store does not hold.
    """
    if name not in GRAPH_EXPORTS:
        raise UnsupportedFormat(f"a graph cannot be written as {name!r}; use one of: {', '.join(GRAPH_EXPORTS)}")
    handle = store.handle()
    if graph is None:
        context: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
    else:
        context = ox.NamedNode(graph)
        if not handle.contains_named_graph(context):
            raise NotFound(f"the store has no graph <{graph}>")
    lines = sorted(f"{q.subject} {q.predicate} {q.object} .\n" for q in handle.quads_for_pattern(None, None, None, context))
    if name == "ntriples":
        output.write("".join(lines).encode("utf-8"))
        return
    rdf = _bind(Graph(), prefixes).parse(data="".join(lines), format="nt")
    if name == "turtle":
        _turtle(rdf, output)
    else:
        output.write(rdf.serialize(format={"jsonld": "json-ld", "rdfxml": "xml"}[name], encoding="utf-8"))


def export(store: Store, name: str, output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write the whole store to ``output`` in the format called ``name``."""
    fmt = export_format(name)
    lines = _sorted_lines(store, quads=fmt.quads)
    if fmt.name in ("ntriples", "nquads"):
        output.write("".join(lines).encode("utf-8"))
    elif fmt.name == "trig":
        quads = ox.parse("".join(lines), format=ox.RdfFormat.N_QUADS)
        output.write(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes) or b"")
    elif fmt.name == "turtle":
        _turtle(_bind(Graph(), prefixes).parse(data="".join(lines), format="nt"), output)
    else:
        dataset = _bind(Dataset(), prefixes).parse(data="".join(lines), format="nquads")
        output.write(dataset.serialize(format="json-ld", encoding="utf-8", auto_compact=True))


#: Subjects are written grouped by these types, in this order (sorted inside a group):
#: the things a reader looks for first, the ontology and reference data next, evidence last.
_READING_ORDER = [
    *(IG[name] for name in ("Project", "Programme", "Organisation", "Event", "Person", "OrganisationRole", "Document")),
    OWL.Ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept,
    IG.Evidence, OA.TextQuoteSelector, OA.TextPositionSelector,
]


def _turtle(graph: Graph, output: BinaryIO) -> None:
    serializer = TurtleSerializer(graph)
    serializer.topClasses = _READING_ORDER
    serializer.serialize(output, encoding="utf-8")


def _bind(graph: Graph, prefixes: dict[str, str]) -> Graph:
    for prefix, iri in prefixes.items():
        graph.bind(prefix, iri, override=True)
    return graph
