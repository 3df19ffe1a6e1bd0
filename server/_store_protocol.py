"""The read side of the SPARQL 1.1 Graph Store HTTP Protocol, at ``/store``.

``GET /store?graph=IRI`` is one named graph (a document's, or the ontology's),
``GET /store?default`` the default graph (the union of all graphs), and
``GET /store`` the whole dataset with its named graphs (TriG, N-Quads,
JSON-LD) — the dumps. On a remote store (``--store-url``) a dump is the
remote's own ``/store`` answer, streamed through as it arrives; on the on-disk
store it is streamed in Oxigraph's index order (:mod:`innograph.graph._store_dump`),
so two dumps of one generation are byte-identical; JSON-LD and RDF/XML, which cannot
be cut into pieces, are written whole and sorted. A dump
gets ten query timeouts in all (:data:`DUMP_TIMEOUTS`): a dump is one long read
of the whole store, not a query, but it must not hold a connection and a thread
forever; a remote that stops sending for one query timeout is given up.
Writes (``PUT``/``POST``/``DELETE`` on ``?graph=IRI``) are refused with 403
unless the server was started with ``--enable-update``, and need the bearer
token (see :mod:`._updates`). The read handler is a plain ``def`` (export is
synchronous work; a streamed dump is read in the thread pool); the write
handler awaits the body and runs the write in a thread.
"""

from __future__ import annotations

import io
import time

import anyio.to_thread
import pyoxigraph as ox
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse

from ..errors import InputError, UpdateRefused
from ._updates import authorise, drop_graph, write_graph
from ..graph import STREAMED_DUMPS, RemoteStore, export, export_graph, noted, stream_export, stream_store
from ._formats import choose_dataset_format, choose_format

__all__ = ["router", "DUMP_TIMEOUTS"]

#: a dump may take this many query timeouts (INNOGRAPH_QUERY_TIMEOUT) before it is stopped
DUMP_TIMEOUTS = 10

router = APIRouter()
_GRAPH = Query(None, description="IRI of a named graph")
_DEFAULT = Query(None, description="present (no value needed): the default graph, the union of all graphs")
_FORMAT = Query(None, description="turtle, ntriples, jsonld, rdfxml for a graph; trig, nquads, jsonld for the dataset")


@router.get("/store", summary="Graph Store Protocol: a graph or the whole dataset")
def get_store(request: Request, graph: str | None = _GRAPH, default: str | None = _DEFAULT,
              format: str | None = _FORMAT) -> Response:
    if graph is not None and default is not None:
        raise InputError("give either graph=IRI or default, not both")
    state, accept = request.app.state, request.headers.get("accept")
    store, prefixes = state.store, state.prefixes
    deadline = time.monotonic() + DUMP_TIMEOUTS * state.settings.query_timeout
    whole = graph is None and default is None
    choice = choose_dataset_format(format, accept) if whole else choose_format(True, format, accept)
    headers = {"Vary": "Accept"}
    if isinstance(store, RemoteStore):
        quads = store.dump(graph, default=default is not None, deadline=deadline)
        pieces = noted(stream_export(quads, choice.name, prefixes), choice.name)
        return StreamingResponse(pieces, media_type=choice.media_type, headers=headers)
    if choice.name in STREAMED_DUMPS:
        pieces = stream_store(store, choice.name, prefixes, deadline, whole=whole, graph=graph)
        return StreamingResponse(pieces, media_type=choice.media_type, headers=headers)
    out = io.BytesIO()
    if whole:
        export(store, choice.name, out, prefixes, deadline)
    else:
        export_graph(store, graph, choice.name, out, prefixes, deadline)
    return Response(out.getvalue(), media_type=choice.media_type, headers=headers)


@router.put("/store", summary="Graph Store Protocol: replace a named graph")
@router.post("/store", summary="Graph Store Protocol: add to a named graph")
@router.delete("/store", summary="Graph Store Protocol: drop a named graph")
async def write_store(request: Request, graph: str | None = _GRAPH) -> Response:
    """PUT replaces ``graph``, POST adds to it, DELETE drops it (204; 201 when PUT/POST create it)."""
    authorise(request)
    if graph is None:
        raise InputError("writes name a graph with ?graph=IRI: the default graph is the union of the named graphs")
    _check_iri(graph)
    store = request.app.state.store
    if request.method == "DELETE":
        await anyio.to_thread.run_sync(drop_graph, store, graph)
        return Response(status_code=204)
    body, content_type = await request.body(), request.headers.get("content-type")
    created = await anyio.to_thread.run_sync(write_graph, store, graph, body, content_type, request.method == "PUT")
    return Response(status_code=201 if created else 204)


@router.patch("/store", include_in_schema=False)
def patch_store() -> Response:
    raise UpdateRefused("the Graph Store Protocol has no PATCH: use PUT, POST or DELETE")


def _check_iri(graph: str) -> None:
    try:
        ox.NamedNode(graph)
    except ValueError as exc:
        raise InputError(f"graph {graph!r} is not an absolute IRI: {exc}") from exc
