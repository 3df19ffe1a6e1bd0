"""Writes, when the server was started with ``--enable-update``: who may, and how they are applied.

A write (SPARQL Update at /sparql, Graph Store Protocol PUT/POST/DELETE at
/store) needs ``Authorization: Bearer <INNOGRAPH_UPDATE_TOKEN>``; without
``--enable-update`` every write is refused with 403. Writes run in the server
process under the store's write lock (see :meth:`innograph.graph.Store.write`),
each in a new generation that the query workers open on their next query. On a
remote store (``--store-url``) each write is forwarded as one update request with
the same outcome (see :mod:`innograph.graph._remote_update`).
"""

from __future__ import annotations

import hmac

import pyoxigraph as ox
from fastapi import Request

from ..errors import InputError, QueryRefused, Unauthorized, UnsupportedContentType, UpdateRefused
from ..graph import RemoteStore, Store, sparql_words
from ..settings import Settings
from ._guard import refuse_federation
from ._negotiation import base_type

__all__ = ["authorise", "check_update_settings", "apply_update", "write_graph", "drop_graph", "updates_graph"]


def check_update_settings(settings: Settings) -> None:
    """Refuse to start a server that accepts writes from anybody."""
    if settings.enable_update and not settings.update_token:
        raise InputError("--enable-update needs a bearer token: set INNOGRAPH_UPDATE_TOKEN")


def authorise(request: Request) -> None:
    """403 unless updates are enabled; 401 unless the request carries the bearer token."""
    settings: Settings = request.app.state.settings
    if not settings.enable_update:
        raise UpdateRefused("this endpoint is read-only: start it with --enable-update to accept writes")
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    expected = (settings.update_token or "").encode("utf-8")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode("utf-8"), expected):
        raise Unauthorized("a write needs the header 'Authorization: Bearer <token>' with the server's update token")


def updates_graph(settings: Settings) -> str:
    """The named graph that keeps statements an update writes to the default graph itself."""
    return f"{settings.base}graph/updates"


def apply_update(store: Store | RemoteStore, settings: Settings, update: str) -> None:
    """Run a SPARQL Update; ``SERVICE`` and ``LOAD`` (the server fetching URLs) are refused."""
    refuse_federation(update)
    if "LOAD" in sparql_words(update):
        raise QueryRefused("LOAD is refused: the server does not fetch URLs; send the data with the Graph Store Protocol")
    store.update(update, updates_graph=updates_graph(settings))


def _rdf_format(content_type: str | None) -> ox.RdfFormat:
    media_type = base_type(content_type or "")
    fmt = ox.RdfFormat.from_media_type(media_type) if media_type else None
    if fmt is None or fmt.supports_datasets:
        raise UnsupportedContentType(f"cannot read a graph from {media_type or 'no Content-Type'}; "
                                     "send text/turtle, application/n-triples or application/rdf+xml")
    return fmt


def write_graph(store: Store | RemoteStore, graph: str, body: bytes, content_type: str | None, replace: bool) -> bool:
    """PUT (``replace``) or POST RDF into the named graph ``graph``; True if the graph is new."""
    return store.write_graph(graph, body, _rdf_format(content_type), replace=replace)


def drop_graph(store: Store | RemoteStore, graph: str) -> None:
    """DELETE the named graph ``graph``; 404 if the store has no such graph."""
    store.drop_graph(graph)
