"""The FastAPI application: routes, static files, error mapping, per-app state."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from ..graph import RemoteStore, Store
from ..graph import output_prefixes as graph_prefixes
from ..ontology import IG
from ..settings import Settings
from . import _api, _pages, _resources, _search, _sparql, _store_protocol, _void
from ._errors import install_error_handler
from ._api import PictureData
from ._stats import StoreStats
from ._updates import check_update_settings
from ._workers import InProcessRunner, Runner, WorkerPool, shared_pool

__all__ = ["create_app", "output_prefixes"]

def output_prefixes(base: str) -> dict[str, str]:
    """Prefixes for Turtle results: common vocabularies and the kinds of resource under ``base``."""
    return graph_prefixes(base, str(IG))


def make_runner(settings: Settings, store: Store | RemoteStore) -> Runner:
    """Where /sparql queries run: worker processes (``workers`` > 0) or the server's own threads."""
    if settings.workers <= 0 or isinstance(store, RemoteStore):
        return InProcessRunner(store)  # a remote store does the work (its own timeout applies)
    return shared_pool(store.root, settings.workers, settings.query_timeout)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start the query workers with the server and stop them with it."""
    runner: Runner = app.state.runner
    if isinstance(runner, WorkerPool):
        await anyio.to_thread.run_sync(runner.start)
    try:
        yield
    finally:
        await anyio.to_thread.run_sync(runner.close)


def create_app(settings: Settings, store: Store | RemoteStore) -> FastAPI:
    """A read-only SPARQL 1.1 endpoint over ``store`` with a query UI.

    Routes: ``/`` (home), ``/sparql`` (protocol; the YASGUI editor for browsers),
    ``/store`` (Graph Store Protocol, read-only), ``/health``, ``/api/*`` (JSON for the home page's pictures), ``/static/*``,
    and FastAPI's ``/docs`` and ``/openapi.json``;
    Linked Data: ``/id/X`` (303), ``/page/X``, ``/data/X[.ext]``, ``/search``, ``/.well-known/void``.
    """
    check_update_settings(settings)
    app = FastAPI(
        title="innograph",
        summary="SPARQL 1.1 endpoint over a knowledge graph of European innovation co-operation",
        version="0.1.0",
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.runner = make_runner(settings, store)
    app.state.stats = StoreStats(store)
    app.state.pictures = PictureData(store, settings.base)
    app.state.prefixes = output_prefixes(settings.base)
    app.state.search = _search.SearchIndexes(store, settings.base)
    app.state.descriptions = _void.Descriptions(store, settings)
    install_error_handler(app)
    app.add_middleware(_sparql.SparqlFastPath)  # added first: inside CORS and FastAPI's body size limit
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["*"])
    app.include_router(_sparql.router)
    app.include_router(_store_protocol.router)
    app.include_router(_pages.router)
    app.include_router(_api.router)
    for linked_data in (_resources.router, _search.router, _void.router):  # entity IRIs, /search, VoID
        app.include_router(linked_data)
    static = resources.files("innograph.server.static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
