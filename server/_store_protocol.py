"""The read side of the SPARQL 1.1 Graph Store HTTP Protocol, at ``/store``.

``GET /store?graph=IRI`` is one named graph (a document's, or the ontology's),
``GET /store?default`` the default graph (the union of all graphs), and
``GET /store`` the whole dataset with its named graphs (TriG, N-Quads,
JSON-LD) — the dumps. Writes are refused with 403: the endpoint is read-only.
Handlers are plain ``def``: export is synchronous work.
"""

from __future__ import annotations

import io

from fastapi import APIRouter, Query, Request, Response

from ..errors import InputError, UpdateRefused
from ..graph import export, export_graph
from ._formats import choose_dataset_format, choose_format

__all__ = ["router"]

router = APIRouter()
_GRAPH = Query(None, description="IRI of a named graph")
_DEFAULT = Query(None, description="present (no value needed): the default graph, the union of all graphs")
_FORMAT = Query(None, description="turtle, ntriples, jsonld, rdfxml for a graph; trig, nquads, jsonld for the dataset")


@router.get("/store", summary="Graph Store Protocol: a graph or the whole dataset")
def get_store(request: Request, graph: str | None = _GRAPH, default: str | None = _DEFAULT,
              format: str | None = _FORMAT) -> Response:
    if graph is not None and default is not None:
        raise InputError("give either graph=IRI or default, not both")
    store, prefixes, accept = request.app.state.store, request.app.state.prefixes, request.headers.get("accept")
    out = io.BytesIO()
    if graph is None and default is None:
        choice = choose_dataset_format(format, accept)
        export(store, choice.name, out, prefixes)
    else:
        choice = choose_format(True, format, accept)
        export_graph(store, graph, choice.name, out, prefixes)
    return Response(out.getvalue(), media_type=choice.media_type, headers={"Vary": "Accept"})


@router.api_route("/store", methods=["PUT", "POST", "DELETE", "PATCH"], include_in_schema=False)
def write_store() -> Response:
    raise UpdateRefused("this endpoint is read-only: the Graph Store Protocol accepts GET only")
