"""The FastAPI application: routes, static files, error mapping, per-app state."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..graph import Minter, Store
from ..ontology import IG
from ..settings import Settings
from . import _pages, _sparql
from ._errors import install_error_handler
from ._stats import StoreStats

__all__ = ["create_app", "output_prefixes"]

_COMMON = {
    "ig": str(IG),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "country": "http://publications.europa.eu/resource/authority/country/",
}


def output_prefixes(base: str) -> dict[str, str]:
    """Prefixes for Turtle results: common vocabularies and the kinds of resource under ``base``."""
    return {**_COMMON, **Minter(base).prefixes()}


def create_app(settings: Settings, store: Store) -> FastAPI:
    """A read-only SPARQL 1.1 endpoint over ``store`` with a query UI.

    Routes: ``/`` (home), ``/sparql`` (protocol; the YASGUI editor for browsers),
    ``/health``, ``/static/*``, and FastAPI's ``/docs`` and ``/openapi.json``.
    """
    app = FastAPI(
        title="innograph",
        summary="SPARQL 1.1 endpoint over a knowledge graph of European innovation co-operation",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.stats = StoreStats(store)
    app.state.prefixes = output_prefixes(settings.base)
    install_error_handler(app)
    app.include_router(_sparql.router)
    app.include_router(_pages.router)
    static = resources.files("innograph.server.static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
