"""The FastAPI application: routes, static files, error mapping, per-app state."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from ..graph import Store
from ..graph import output_prefixes as graph_prefixes
from ..ontology import IG
from ..settings import Settings
from . import _api, _pages, _resources, _search, _sparql, _store_protocol, _void
from ._errors import install_error_handler
from ._api import PictureData
from ._stats import StoreStats

__all__ = ["create_app", "output_prefixes"]

def output_prefixes(base: str) -> dict[str, str]:
    """Prefixes for Turtle results: common vocabularies and the kinds of resource under ``base``."""
    return graph_prefixes(base, str(IG))


def create_app(settings: Settings, store: Store) -> FastAPI:
    """A read-only SPARQL 1.1 endpoint over ``store`` with a query UI.

    Routes: ``/`` (home), ``/sparql`` (protocol; the YASGUI editor for browsers),
    ``/store`` (Graph Store Protocol, read-only), ``/health``, ``/api/*`` (JSON for the home page's pictures), ``/static/*``,
    and FastAPI's ``/docs`` and ``/openapi.json``;
    Linked Data: ``/id/X`` (303), ``/page/X``, ``/data/X[.ext]``, ``/search``, ``/.well-known/void``.
    """
    app = FastAPI(
        title="innograph",
        summary="SPARQL 1.1 endpoint over a knowledge graph of European innovation co-operation",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.stats = StoreStats(store)
    app.state.pictures = PictureData(store, settings.base)
    app.state.prefixes = output_prefixes(settings.base)
    app.state.search = _search.SearchIndexes(store, settings.base)
    app.state.descriptions = _void.Descriptions(store, settings)
    install_error_handler(app)
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
