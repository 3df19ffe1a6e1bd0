"""The /sparql route: SPARQL 1.1 Protocol queries answered by Oxigraph.

The handler is a plain ``def``: FastAPI runs it in its thread pool, so a long
query does not block the event loop (pyoxigraph releases the GIL while it works).
"""

from __future__ import annotations

import traceback
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Request, Response

from ..errors import InputError, UpdateRefused
from ..graph import GRAPH_FORMATS, RESULT_FORMATS, Store, serialize_result
from ._formats import Choice, choose_format, is_graph
from ._guard import refuse_federation
from ._negotiation import names_explicitly
from ._pages import sparql_page
from ._protocol import FORM, OPENAPI, SPARQL_QUERY, SPARQL_UPDATE, SparqlRequest, read_sparql_request

__all__ = ["router"]

router = APIRouter()

_SD = "http://www.w3.org/ns/sparql-service-description#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_STRING = {"type": "string"}
_POST_OPENAPI = {
    **OPENAPI,
    "requestBody": {
        "content": {
            FORM: {"schema": {"type": "object", "properties": {"query": _STRING, "update": _STRING}}},
            SPARQL_QUERY: {"schema": _STRING},
            SPARQL_UPDATE: {"schema": _STRING, "description": "refused with 403: the endpoint is read-only"},
        }
    },
}


def _answer(request: Request, sparql: SparqlRequest) -> Response:
    if sparql.update is not None:
        raise UpdateRefused("this endpoint is read-only: SPARQL Update is not accepted")
    if sparql.query is None:
        if request.method == "GET":
            return _landing(request, sparql)
        raise InputError(f"the request has no query: send query=... as {FORM} or a {SPARQL_QUERY} body")
    refuse_federation(sparql.query, request.app.state.settings.service_allow)
    body, choice = _evaluate(request.app.state.store, sparql, request.headers.get("accept"), request.app.state.prefixes)
    return Response(body, media_type=choice.media_type, headers={"Vary": "Accept"})


def _evaluate(store: Store, sparql: SparqlRequest, accept: str | None, prefixes: dict[str, str]) -> tuple[bytes, Choice]:
    """Run the query and serialize its result in the negotiated format."""
    assert sparql.query is not None
    default_graph, named_graphs = list(sparql.default_graphs) or None, list(sparql.named_graphs) or None
    result = store.query(sparql.query, default_graph=default_graph, named_graphs=named_graphs)
    try:
        choice = choose_format(is_graph(result), sparql.format, accept)
        return serialize_result(result, choice.name, prefixes), choice
    except BaseException as exc:
        # pyoxigraph results are "unsendable": they must be freed by the thread that made
        # them, not by the event loop when it drops the traceback that still refers to them.
        del result
        traceback.clear_frames(exc.__traceback__)
        raise


def _landing(request: Request, sparql: SparqlRequest) -> Response:
    """GET without a query: the query page for a browser, else the service description."""
    accept = request.headers.get("accept")
    if sparql.format is None and names_explicitly(accept, "text/html"):
        page = sparql_page(request)
        page.headers["Vary"] = "Accept"
        return page
    choice = choose_format(True, sparql.format, accept)
    triples = service_description(str(request.url_for("sparql")))
    body = ox.serialize(triples, format=GRAPH_FORMATS[choice.name], prefixes={"sd": _SD})
    return Response(body, media_type=choice.media_type, headers={"Vary": "Accept"})


def service_description(endpoint: str) -> list[ox.Triple]:
    """SPARQL 1.1 Service Description of this endpoint (https://www.w3.org/TR/sparql11-service-description/)."""
    service = ox.NamedNode(endpoint)

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(_SD + name)

    triples = [
        ox.Triple(service, _RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
    ]
    formats = [*RESULT_FORMATS.values(), *GRAPH_FORMATS.values()]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(f.iri)) for f in formats]
    return triples


@router.get("/sparql", name="sparql", summary="SPARQL 1.1 query (GET)", openapi_extra=OPENAPI)
def sparql_get(request: Request, sparql: Annotated[SparqlRequest, Depends(read_sparql_request)]) -> Response:
    """Answer ``?query=``; without a query, the editor (browsers) or the service description."""
    return _answer(request, sparql)


@router.post("/sparql", summary="SPARQL 1.1 query (POST)", openapi_extra=_POST_OPENAPI)
def sparql_post(request: Request, sparql: Annotated[SparqlRequest, Depends(read_sparql_request)]) -> Response:
    """Answer a query sent as a form (``query=``) or as an ``application/sparql-query`` body.

    Updates (``update=`` or ``application/sparql-update``) are refused with 403.
    """
    return _answer(request, sparql)
