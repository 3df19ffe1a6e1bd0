"""Dumps of the on-disk store that stream: the whole dataset, the default graph or one named graph, piece by piece.

A sorted export (:func:`~innograph.graph.export`) holds every statement in memory and, for
Turtle, in an rdflib graph: fine for ``innograph export`` of a corpus, minutes and gigabytes
for a served store of a million statements. The dumps at ``/store`` are written here instead,
in Oxigraph's index order, which is fixed for a generation, so two dumps of one generation
are still byte-identical.

Oxigraph's iterators may only be used on the thread that made them, and a streamed response
is read on whichever thread the server picks; so one producer thread reads the store and
writes pieces of :data:`PIECE` statements into a short queue, and the response takes them
from it. The first piece is made before the response starts, so an unknown graph or a dump
that is over its time limit at once still gets its own status (404, 503). Past that, a dump
that reaches its time limit ends with a comment line saying so and then breaks off, and the
client sees a response cut short rather than one that looks whole.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator

import pyoxigraph as ox

from ..errors import InnographError, NotFound, QueryTimeout, UnsupportedFormat
from ._store import Store

__all__ = ["PIECE", "STREAMED_DUMPS", "stream_store"]

PIECE = 20_000  # statements per piece
STREAMED_DUMPS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}
_WAITING = 4  # pieces made ahead of the client
_END = object()


def stream_store(store: Store, name: str, prefixes: dict[str, str], deadline: float, *, whole: bool,
                 graph: str | None = None, piece: int = PIECE, clock: Callable[[], float] = time.monotonic) -> Iterator[bytes]:
    """The dump of ``store`` as ``name``: the named graphs when ``whole``, else the named graph ``graph``,
    else the default graph (:class:`NotFound` before the first byte for a graph the store lacks).

    ``deadline`` is a ``clock()`` value. Raises :class:`UnsupportedFormat` or
    :class:`QueryTimeout` before the first byte; later, the iterator raises
    :class:`QueryTimeout` after a last comment line.
    """
    fmt = STREAMED_DUMPS.get(name)
    if fmt is None:
        raise UnsupportedFormat(f"a dump cannot be streamed as {name!r}; use one of: {', '.join(STREAMED_DUMPS)}")
    pieces: queue.Queue[object] = queue.Queue(maxsize=_WAITING)
    stop = threading.Event()
    args = (store, fmt, prefixes, (whole, graph), piece, lambda: clock() > deadline, pieces, stop)
    threading.Thread(target=_produce, args=args, name="innograph-dump", daemon=True).start()
    first = _take(pieces, stop)
    return noted(_send(first, pieces, stop), name)


def _produce(store: Store, fmt: ox.RdfFormat, prefixes: dict[str, str], which: tuple[bool, str | None], size: int,
             over: Callable[[], bool], pieces: queue.Queue[object], stop: threading.Event) -> None:
    kept = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    count = 0
    try:
        for batch in _batches(store, which, fmt.supports_datasets, size):
            if over():
                raise QueryTimeout(f"the dump was stopped at its time limit after {count} statements")
            if not _put(pieces, stop, ox.serialize(batch, format=fmt, prefixes=kept) or b""):
                return
            count += len(batch)
        _put(pieces, stop, _END)
    except Exception as exc:  # handed to the response, which raises it on its own thread
        _put(pieces, stop, exc)


def _batches(store: Store, which: tuple[bool, str | None], quads: bool, size: int) -> Iterator[list[ox.Quad | ox.Triple]]:
    """Pieces of ``size`` statements: the named graphs' quads when whole, else one graph's triples."""
    batch: list[ox.Quad | ox.Triple] = []
    whole, graph = which
    for quad in (statements(store.handle(), whole) if graph is None else _graph(store.handle(), graph)):
        batch.append(quad if quads else quad.triple)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def statements(handle: ox.Store, whole: bool) -> Iterator[ox.Quad]:
    """The default graph, or graph by graph the named graphs (the dataset; the default graph is their union)."""
    if not whole:
        yield from handle.quads_for_pattern(None, None, None, ox.DefaultGraph())
        return
    for graph in handle.named_graphs():
        yield from handle.quads_for_pattern(None, None, None, graph)


def _graph(handle: ox.Store, graph: str) -> Iterator[ox.Quad]:
    name = ox.NamedNode(graph)
    if not handle.contains_named_graph(name):
        raise NotFound(f"the store has no graph <{graph}>")
    yield from handle.quads_for_pattern(None, None, None, name)


def _put(pieces: queue.Queue[object], stop: threading.Event, item: object) -> bool:
    """Wait for room in the queue; False when the client has gone."""
    while not stop.is_set():
        try:
            pieces.put(item, timeout=0.5)
            return True
        except queue.Full:
            continue
    return False


def _take(pieces: queue.Queue[object], stop: threading.Event) -> object:
    item = pieces.get()
    if isinstance(item, Exception):
        stop.set()
        raise item
    return item


def _send(first: object, pieces: queue.Queue[object], stop: threading.Event) -> Iterator[bytes]:
    item = first
    try:
        while item is not _END:
            assert isinstance(item, bytes)
            yield item
            item = _take(pieces, stop)
    finally:
        stop.set()  # the client has all of it, or has gone: either way the producer stops


def noted(pieces: Iterator[bytes], name: str) -> Iterator[bytes]:
    """``pieces`` of a dump in the format ``name``; one that fails part way ends with a comment saying why, then raises.

    The comment is for a person reading the file; the broken-off response is for programs. JSON-LD
    and RDF/XML have no comments and are passed through as they are.
    """
    try:
        yield from pieces
    except InnographError as exc:
        if name in STREAMED_DUMPS:
            yield f"\n# innograph: {exc}\n".encode("utf-8")
        raise
