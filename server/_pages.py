"""HTML pages (home, the YASGUI query page) and /health.

Templates are ``server/templates/*.html`` filled with :class:`string.Template`;
every value put into them is escaped here.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources
from string import Template
from urllib.parse import quote

import anyio
import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from ..errors import InnographError, QueryTimeout
from ._errors import headers_for, status_for
from ._examples import Example, examples
from ._guard import query_form
from ._stats import Counts, StoreStats

__all__ = ["router", "sparql_page"]

router = APIRouter()


@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    text = (resources.files("innograph.server") / "templates" / name).read_text(encoding="utf-8")
    return Template(text)


def _links(request: Request) -> dict[str, str]:
    root = request.scope.get("root_path", "").rstrip("/")
    return {"root": html.escape(root), "static": html.escape(f"{root}/static")}


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def sparql_page(request: Request) -> HTMLResponse:
    """The YASGUI editor, pointed at this endpoint, with the example queries as tabs."""
    items = [{"name": e.name, "title": e.title, "description": e.description, "query": e.query} for e in examples()]
    buttons = " ".join(
        f'<button type="button" data-example="{html.escape(e.name)}" title="{html.escape(e.description)}">'
        f"{html.escape(e.title)}</button>"
        for e in examples()
    )
    page = _template("sparql.html").substitute(
        _links(request),
        endpoint=html.escape(str(request.url_for("sparql"))),
        buttons=buttons,
        examples_json=_script_json(items),
    )
    return HTMLResponse(page)


def _counts_html(counts: Counts | None) -> str:
    if counts is None:
        return '<p class="notice">The store is empty: run <code>innograph build</code> to load documents.</p>'
    rows = [("statements (over all graphs)", counts.quads), ("documents", counts.documents)]
    rows += [(f"{name.lower()} entities", number) for name, number in counts.entities.items()]
    cells = "".join(f'<tr><th>{html.escape(label)}</th><td class="n">{n:,}</td></tr>' for label, n in rows)
    return f'<table class="counts">{cells}</table>'


_RUN_AS = {True: (("turtle", "Turtle"), ("ntriples", "N-Triples")), False: (("csv", "CSV"), ("json", "JSON"))}


def _example_html(example: Example, endpoint: str) -> str:
    run = f"{endpoint}?query={quote(example.query)}"
    graph = query_form(example.query) in ("CONSTRUCT", "DESCRIBE")
    results = " · ".join(f'<a href="{html.escape(f"{run}&format={name}")}">{label}</a>' for name, label in _RUN_AS[graph])
    return (
        f"<dt>{html.escape(example.title)}</dt><dd>{html.escape(example.description)}<br>"
        f'<a href="{html.escape(endpoint)}#example={html.escape(example.name)}">open in the editor</a> · {results}'
        f"<details><summary>query</summary><pre>{html.escape(example.query)}</pre></details></dd>"
    )


@router.get("/", response_class=HTMLResponse, summary="Home page")
def home(request: Request) -> HTMLResponse:
    stats: StoreStats = request.app.state.stats
    endpoint = str(request.url_for("sparql"))
    page = _template("home.html").substitute(
        _links(request),
        base=html.escape(request.app.state.settings.base),
        endpoint=html.escape(endpoint),
        counts=_counts_html(stats.counts()),
        examples="\n".join(_example_html(e, endpoint) for e in examples()),
    )
    return HTMLResponse(page)


@router.get("/health", summary="Store state and size")
async def health(request: Request) -> JSONResponse:
    """200 with the store's size when it can answer queries; 503 while it is empty, unreadable or slow.

    The counting runs in a thread, one at a time per server, and the answer waits for it at most
    the query timeout: a store that does not answer (a remote that accepts and then says nothing)
    gives a 503 in time, and the thread left behind ends at the remote store's own timeout.
    """
    state = request.app.state
    if getattr(state, "health_limiter", None) is None:
        state.health_limiter = anyio.CapacityLimiter(1)
    seconds = state.settings.query_timeout
    try:
        with anyio.fail_after(seconds):
            counts = await anyio.to_thread.run_sync(state.stats.counts, abandon_on_cancel=True,
                                                    limiter=state.health_limiter)
    except TimeoutError:
        return _unhealthy(QueryTimeout(f"the store did not answer within the query timeout ({seconds:g} s)"))
    except InnographError as exc:
        return _unhealthy(exc)
    if counts is None:
        return JSONResponse({"status": "empty", "detail": "the store is empty: run `innograph build`"}, status_code=503)
    body = {"status": "ok", "generation": counts.generation, "quads": counts.quads, "graphs": counts.graphs}
    return JSONResponse(body)


def _unhealthy(error: InnographError) -> JSONResponse:
    status = status_for(error)
    return JSONResponse({"status": "unavailable", "detail": str(error)}, status_code=status,
                        headers=headers_for(error, status))
