"""The SPARQL 1.1 endpoint and its query UI; Linked Data pages, search and the dataset description.

>>> import tempfile
>>> from innograph.graph import Store
>>> from innograph.settings import Settings
>>> app = create_app(Settings(), Store(tempfile.mkdtemp()))
>>> sorted(app.openapi()["paths"])
['/', '/.well-known/void', '/api/countries', '/api/network', '/api/timeline', '/data/{path}', '/health', '/id/{path}', '/page/{path}', '/search', '/sparql', '/store']

Run it with ``innograph serve``, or under uvicorn directly (settings from the
environment, see :mod:`innograph.settings`)::

    uvicorn --factory innograph.server:app_from_environment
"""

from __future__ import annotations

from fastapi import FastAPI

from ..graph import open_store
from ..settings import Settings
from ._app import create_app
from ._updates import check_update_settings

__all__ = ["create_app", "app_from_environment", "check_update_settings"]


def app_from_environment() -> FastAPI:
    """An app configured from ``INNOGRAPH_*`` environment variables (a uvicorn ``--factory``)."""
    settings = Settings.load()
    return create_app(settings, open_store(settings.store, settings.store_url, settings.query_timeout))
