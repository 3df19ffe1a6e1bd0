"""Export the store as Turtle, N-Triples, JSON-LD, TriG or N-Quads.

Output is deterministic: statements are sorted before they are written, so two
builds of the same corpus give byte-identical files. Triple formats (Turtle,
N-Triples) hold the union of all named graphs; quad formats (TriG, N-Quads,
JSON-LD) keep the named graphs, i.e. the provenance of every statement.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import BinaryIO, TypeVar

import pyoxigraph as ox
from rdflib import OWL, SKOS, Dataset, Graph
from rdflib.plugins.serializers.turtle import TurtleSerializer

from ..errors import NotFound, QueryTimeout, UnsupportedFormat
from ..ontology import IG
from ._rdf import OA
from ._store import Store
from ._store_dump import statements

__all__ = ["ExportFormat", "FORMATS", "GRAPH_EXPORTS", "export", "export_format", "export_graph", "stream_export"]

T = TypeVar("T")
_CHECK_EVERY = 10_000  # statements between two looks at the clock
_CHUNK = 20_000  # statements per piece of a streamed export


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


class _Clock:
    """Reads that stop at ``deadline`` (a ``time.monotonic()`` value; None: never).

    :meth:`until` ends the reading early and :meth:`check` raises afterwards, once Oxigraph's
    iterator is gone: the iterator may only be dropped on the thread that made it.
    """

    def __init__(self, deadline: float | None) -> None:
        self.deadline, self.count, self.stopped = deadline, 0, False

    def until(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self.count += 1
            if self.deadline is not None and self.count % _CHECK_EVERY == 0 and time.monotonic() > self.deadline:
                self.stopped = True
                return
            yield item

    def check(self) -> None:
        if self.stopped:
            raise QueryTimeout(f"the export was stopped at its time limit after {self.count} statements")


def _sorted_lines(store: Store, *, quads: bool, deadline: float | None = None) -> list[str]:
    """Triple formats read the default graph (the union); quad formats the named graphs."""
    handle, clock = store.handle(), _Clock(deadline)
    if not quads:
        lines = sorted(f"{q.subject} {q.predicate} {q.object} .\n"
                       for q in clock.until(handle.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    else:
        lines = sorted(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n"
                       for q in clock.until(statements(handle, whole=True)))
    clock.check()
    return lines


def export_graph(store: Store, graph: str | None, name: str, output: BinaryIO, prefixes: dict[str, str],
                 deadline: float | None = None) -> None:
    """Write one graph: the named graph ``graph``, or the default graph (the union) when None.

    Raises :class:`NotFound` for a graph the store does not hold, :class:`QueryTimeout` when
    reading it goes on past ``deadline`` (a ``time.monotonic()`` value).
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
    clock = _Clock(deadline)
    lines = sorted(f"{q.subject} {q.predicate} {q.object} .\n" for q in clock.until(handle.quads_for_pattern(None, None, None, context)))
    clock.check()
    if name == "ntriples":
        output.write("".join(lines).encode("utf-8"))
        return
    rdf = _bind(Graph(), prefixes).parse(data="".join(lines), format="nt")
    if name == "turtle":
        _turtle(rdf, output)
    else:
        output.write(rdf.serialize(format={"jsonld": "json-ld", "rdfxml": "xml"}[name], encoding="utf-8"))


def export(store: Store, name: str, output: BinaryIO, prefixes: dict[str, str], deadline: float | None = None) -> None:
    """Write the whole store to ``output`` in the format called ``name`` (reading it stops at ``deadline``)."""
    fmt = export_format(name)
    lines = _sorted_lines(store, quads=fmt.quads, deadline=deadline)
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


_STREAMED = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
             "ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}
_WHOLE = {"jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}


def stream_export(quads: Iterable[ox.Quad], name: str, prefixes: dict[str, str]) -> Iterator[bytes]:
    """``quads`` written in the format called ``name``, piece by piece (unsorted, unlike :func:`export`).

    N-Quads, TriG, N-Triples and Turtle are written in pieces of a few thousand statements (each
    TriG or Turtle piece repeats the prefixes, which both syntaxes allow); JSON-LD and RDF/XML,
    whose documents cannot be cut, once all statements are read. Triple formats drop graph names.
    """
    fmt = _STREAMED.get(name) or _WHOLE.get(name)
    if fmt is None:
        raise UnsupportedFormat(f"cannot stream the format {name!r}")
    kept = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    items: Iterator[ox.Quad | ox.Triple] = iter(quads) if fmt.supports_datasets else (q.triple for q in quads)
    size = _CHUNK if name in _STREAMED else None
    while piece := list(islice(items, size)):
        yield ox.serialize(piece, format=fmt, prefixes=kept) or b""
        if size is None:
            return


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
