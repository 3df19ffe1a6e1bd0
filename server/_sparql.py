"""The /sparql route: SPARQL 1.1 Protocol queries answered by Oxigraph.

:class:`SparqlFastPath` answers /sparql before FastAPI's router, exception
middleware and dependency solving see the request (the FastAPI routes below only
describe /sparql in OpenAPI, and call the same endpoint): a point query is mostly
HTTP work, and those layers and a thread-pool hop cost more than the query.
:func:`sparql_endpoint` reads the request, hands the query to the runner and
awaits the answer on the event loop (a worker process's pipe is watched like a
socket, see :mod:`._workers`), or answers it in place when its work is bounded
(:mod:`._bounded`); updates and the landing page, which are rare and
do blocking work, run in the thread pool. Errors become answers through the
app's one error-to-status mapping (:func:`._errors.error_response`); CORS and
the body size limit still wrap it.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import InputError, UpdateRefused
from ..graph import GRAPH_FORMATS, RESULT_FORMATS, RemoteStore, Store
from ._bounded import bounded_lookup
from ._errors import error_response
from ._evaluate import QueryJob, evaluate
from ._formats import choose_format
from ._guard import refuse_federation
from ._negotiation import names_explicitly
from ._pages import sparql_page
from ._updates import apply_update, authorise
from ._protocol import FORM, OPENAPI, SPARQL_QUERY, SPARQL_UPDATE, SparqlRequest, read_sparql_request

__all__ = ["router", "sparql_endpoint", "SparqlFastPath", "TRUNCATED"]

#: response header present when a result was cut at ``max_rows`` solutions or triples; its value is the limit
TRUNCATED = "Innograph-Truncated"

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
            SPARQL_UPDATE: {"schema": _STRING, "description": "403 unless started with --enable-update; needs the bearer token"},
        }
    },
}


async def sparql_endpoint(request: Request) -> Response:
    """GET or POST /sparql: a query's answer; an update; without either, the editor or the service description."""
    sparql = await read_sparql_request(request)
    if sparql.query is None or sparql.update is not None:
        return await run_in_threadpool(_other, request, sparql)
    state = request.app.state
    refuse_federation(sparql.query, state.settings.service_allow)
    job = QueryJob(sparql.query, sparql.default_graphs, sparql.named_graphs, sparql.format,
                   request.headers.get("accept"), state.settings.max_rows, state.prefixes)
    if _bounded(state.store, job):
        answer = evaluate(state.store, job)  # at most MAX_STEPS index steps: cheaper than any hop
    else:
        answer = await state.runner.run_async(job)
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers[TRUNCATED] = str(state.settings.max_rows)
    return Response(answer.body, media_type=answer.media_type, headers=headers)


class SparqlFastPath:
    """ASGI middleware: GET and POST /sparql go straight to :func:`sparql_endpoint`; all else to ``app``."""

    def __init__(self, app: ASGIApp, path: str = "/sparql") -> None:
        self.app, self.path = app, path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await sparql_endpoint(request)
        except Exception as exc:  # noqa: BLE001 - mapped to a status (or a logged 500) in one place
            response = error_response(request, exc)
        await response(scope, receive, send)


def _bounded(store: Store | RemoteStore, job: QueryJob) -> bool:
    """True for a lookup on the local store's default graph whose work is bounded (see :mod:`._bounded`)."""
    return (isinstance(store, Store) and not job.default_graphs and not job.named_graphs
            and bounded_lookup(store.handle(), job.query))


def _other(request: Request, sparql: SparqlRequest) -> Response:
    if sparql.update is not None:
        return _update(request, sparql.update)
    if request.method == "GET":
        return _landing(request, sparql)
    raise InputError(f"the request has no query: send query=... as {FORM} or a {SPARQL_QUERY} body")


def _update(request: Request, update: str) -> Response:
    """A SPARQL Update: 403 unless enabled, 401 without the token, then 204 once applied."""
    authorise(request)
    if request.method != "POST":
        raise UpdateRefused("a SPARQL Update must be sent with POST")
    apply_update(request.app.state.store, request.app.state.settings, update)
    return Response(status_code=204)


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
async def sparql_get(request: Request) -> Response:
    """Answer ``?query=``; without a query, the editor (browsers) or the service description."""
    return await sparql_endpoint(request)


@router.post("/sparql", summary="SPARQL 1.1 query (POST)", openapi_extra=_POST_OPENAPI)
async def sparql_post(request: Request) -> Response:
    """Answer a query sent as a form (``query=``) or as an ``application/sparql-query`` body.

    Updates (``update=`` or ``application/sparql-update``) are refused with 403 unless the
    server was started with ``--enable-update``; then they need the bearer token (401).
    """
    return await sparql_endpoint(request)
