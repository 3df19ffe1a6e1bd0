"""A remote SPARQL 1.1 store (Oxigraph server layout: ``/query``, ``/update``, ``/store``).

It answers the same reads as :class:`Store` (``query``, ``named_graphs``,
``len``), so the server can run on it unchanged. A build loads the document
graphs into staging graphs first and then swaps them in with one update request
(moving each staging graph onto its real name, dropping graphs no longer built,
bringing the default graph to the union of the named graphs), so a build that
fails leaves the served data intact. Writes (SPARQL Update, Graph Store) are
forwarded with the on-disk store's semantics (:mod:`._remote_update`), and
dumps streamed from the remote's ``/store`` (:mod:`._remote_dump`).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pyoxigraph as ox

from ..errors import NotFound, QuerySyntaxError, QueryTimeout, RemoteStoreError, StoreError, UnsupportedFormat
from ._delta import evaluation_error
from ._remote_dump import stream_quads
from ._remote_update import compose_update, graph_drop, graph_write
from ._store import RECONCILE, QueryResult, Store

__all__ = ["RemoteStore", "open_store"]

_STAGING = "urn:innograph:staging:"
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_CHUNK = 50_000  # quads per upload request
_STATUS = {400: QuerySyntaxError, 404: NotFound, 406: UnsupportedFormat}


_SPARQL_UPDATE = {"content-type": "application/sparql-update"}
_WRITE_FACTOR = 10  # an update with a WHERE reads the whole store: it may take longer than a query


class RemoteStore:
    """The store at ``url``; a read gives up after ``timeout`` seconds without an answer, a write after ten times that.

    The remote's own timeout applies too.
    """

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.root = Path(".")  # no local directory; kept for code that names stores by their root
        self.timeout = timeout
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))
        self._write_lock = threading.Lock()  # one write at a time from this process (graph checks, then the write)

    # -- reading ---------------------------------------------------------
    def query(self, sparql: str, *, default_graph: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None) -> QueryResult | list[ox.Triple]:
        """Run a query on the remote; SELECT/ASK come back as pyoxigraph results, graphs as a list of triples."""
        form = [("query", sparql), *(("default-graph-uri", g) for g in default_graph or ()),
                *(("named-graph-uri", g) for g in named_graphs or ())]
        response = self._send("POST", "/query", content=urlencode(form),
                              headers={"accept": _ACCEPT, "content-type": "application/x-www-form-urlencoded"})
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if media_type == "application/n-triples":
            return [quad.triple for quad in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)

    def current_generation(self) -> str | None:
        """The remote has no generations: a name that changes every minute, so counts are refreshed."""
        return None if self.is_empty() else f"remote-{int(time.time() // 60)}"

    def is_empty(self) -> bool:
        return not bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }"))

    def named_graphs(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(s["g"].value for s in result if not s["g"].value.startswith(_STAGING))  # type: ignore[union-attr,index]

    def __len__(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return next(int(s["n"].value) for s in result)  # type: ignore[union-attr,index]

    def handle(self) -> ox.Store:
        raise StoreError(f"the remote store {self.url} has no local handle: read it with SPARQL or its /store endpoint")

    # -- writing ---------------------------------------------------------
    def update(self, sparql: str, *, updates_graph: str) -> str:
        """Apply a SPARQL Update with the on-disk store's semantics (see :mod:`._remote_update`), in one request."""
        request = compose_update(sparql, updates_graph)  # raises QuerySyntaxError with Oxigraph's own message
        with self._write_lock:
            self._write(request)
        return "remote"

    def write_graph(self, graph: str, data: bytes, fmt: ox.RdfFormat, *, replace: bool) -> bool:
        """Graph Store PUT (``replace``) or POST of ``data`` into ``graph``; True if the graph is new."""
        request = graph_write(graph, data, fmt, replace=replace)
        with self._write_lock:
            created = not self._has_graph(graph)
            self._write(request)
        return created

    def drop_graph(self, graph: str) -> None:
        """Graph Store DELETE of ``graph``; :class:`NotFound` if the remote has no such graph."""
        with self._write_lock:
            if not self._has_graph(graph):
                raise NotFound(f"the store has no graph <{graph}>")
            self._write(graph_drop(graph))

    def _has_graph(self, graph: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {ox.NamedNode(graph)} {{ }} }}"))

    def _write(self, update: str) -> None:
        self._send("POST", "/update", content=update.encode("utf-8"), headers=_SPARQL_UPDATE,
                   timeout=httpx.Timeout(self.timeout * _WRITE_FACTOR, connect=min(self.timeout, 5.0)))

    def replace_with(self, nquads_files: Iterable[Path]) -> str:
        """Load N-Quads files into staging graphs, then swap them in with one update request."""
        token = uuid.uuid4().hex[:8]
        name = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + token
        staged: dict[str, str] = {}  # staging graph -> real graph
        try:
            for file in nquads_files:
                self._stage(Path(file), f"{_STAGING}{token}:", staged)
            self._swap(staged)
        finally:
            if staged:
                self._send("POST", "/update", content=" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in staged),
                           headers={"content-type": "application/sparql-update"})
        return name

    def _stage(self, file: Path, prefix: str, staged: dict[str, str]) -> None:
        names: dict[str, ox.NamedNode] = {}

        def renamed(quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
            for quad in quads:
                if isinstance(quad.graph_name, ox.NamedNode):  # the default graph is materialised at the swap
                    graph = names.setdefault(quad.graph_name.value, ox.NamedNode(f"{prefix}{len(staged) + len(names)}"))
                    yield ox.Quad(quad.subject, quad.predicate, quad.object, graph)

        try:
            quads = renamed(ox.parse(path=str(file), format=ox.RdfFormat.N_QUADS))
            while chunk := list(islice(quads, _CHUNK)):
                body = ox.serialize(chunk, format=ox.RdfFormat.N_QUADS)
                self._send("POST", "/store", content=body, headers={"content-type": "application/n-quads"})
        except SyntaxError as exc:
            raise StoreError(f"{file} is not valid N-Quads: {exc}") from exc
        finally:
            staged.update({node.value: real for real, node in names.items()})

    def _swap(self, staged: dict[str, str]) -> None:
        targets = set(staged.values())
        gone = [g for g in self.named_graphs() if g not in targets]
        operations = [f"DROP SILENT GRAPH <{g}>" for g in gone]
        operations += [f"MOVE SILENT GRAPH <{s}> TO GRAPH <{t}>" for s, t in staged.items()]
        operations.append(RECONCILE)  # the graphs mostly as they were: write only what differs
        self._send("POST", "/update", content=" ;\n".join(operations), headers={"content-type": "application/sparql-update"})

    # -- dumps -----------------------------------------------------------
    def dump(self, graph: str | None = None, *, default: bool = False, deadline: float | None = None) -> Iterator[ox.Quad]:
        """The named graphs with their names (neither ``graph`` nor ``default``), the default graph, or ``graph``.

        The remote's answer is opened here, so a missing graph (:class:`NotFound`) or an unreachable
        remote raises before anything is sent on; its quads are then parsed as they arrive.
        """
        params = {"graph": graph} if graph is not None else {"default": ""} if default else {}
        accept = "application/n-quads" if not params else "application/n-triples"  # N-Triples parse as N-Quads
        request = self._client.build_request("GET", f"{self.url}/store", params=params, headers={"accept": accept})
        response = self._send_request(request, stream=True)
        return stream_quads(response, self.url, named_only=graph is None and not default, deadline=deadline)

    # -- HTTP ------------------------------------------------------------
    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self._send_request(self._client.build_request(method, self.url + path, **kwargs))

    def _send_request(self, request: httpx.Request, stream: bool = False) -> httpx.Response:
        waited = request.extensions.get("timeout", {}).get("read") or self.timeout
        try:
            response = self._client.send(request, stream=stream)
        except httpx.TimeoutException as exc:
            raise QueryTimeout(f"query stopped after {waited:g} s: the remote store {self.url} did not answer") from exc
        except httpx.TransportError as exc:
            raise RemoteStoreError(f"cannot reach the remote store {self.url}: {exc}") from exc
        if response.status_code >= 400:
            text = response.read().decode("utf-8", "replace").strip()
            response.close()
            raise _remote_error(self.url, response.status_code, text)
        return response


def _remote_error(url: str, status: int, text: str) -> Exception:
    """The innograph error for a remote's error answer: the status it would have locally."""
    if status >= 500 and (found := evaluation_error(text)):
        return found
    return _STATUS.get(status, RemoteStoreError)(f"the remote store {url} answered {status}: {text}")


def open_store(root: Path, url: str | None, timeout: float = 30.0) -> "Store | RemoteStore":
    """The remote store at ``url`` when one is configured, else the on-disk store at ``root``."""
    return RemoteStore(url, timeout) if url else Store(root)
