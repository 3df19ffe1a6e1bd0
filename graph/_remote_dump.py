"""Dumps of a remote store, streamed: the remote's ``/store`` answer is parsed as it arrives.

A dump is bounded twice: each wait for the next bytes by the store's timeout (a
remote that stops sending is given up), and the whole dump by a deadline that the
caller sets (the server gives a dump ten query timeouts: a dump is one long
read, not a query, but a client must not hold a connection and a thread forever).
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import httpx
import pyoxigraph as ox

from ..errors import QueryTimeout, RemoteStoreError

__all__ = ["stream_quads"]

_CHECK_EVERY = 10_000  # quads between two looks at the clock


class _Body(io.RawIOBase):
    """A streamed HTTP body as a file Oxigraph's parser can read from."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._pending = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size], self._pending = self._pending[:size], self._pending[size:]
        return size


def stream_quads(response: httpx.Response, url: str, *, named_only: bool, deadline: float | None) -> Iterator[ox.Quad]:
    """The quads of an open N-Quads ``response``; the default graph's left out when ``named_only``; closes it."""
    try:
        quads = ox.parse(io.BufferedReader(_Body(response.iter_bytes())), format=ox.RdfFormat.N_QUADS)
        for count, quad in enumerate(quads, 1):
            if named_only and isinstance(quad.graph_name, ox.DefaultGraph):
                continue
            if deadline is not None and count % _CHECK_EVERY == 0 and time.monotonic() > deadline:
                raise QueryTimeout(f"the dump of {url} was stopped at its time limit after {count} quads")
            yield quad
    except (httpx.TimeoutException, TimeoutError) as exc:
        raise QueryTimeout(f"the remote store {url} stopped sending the dump: {exc}") from exc
    except (httpx.TransportError, OSError, SyntaxError) as exc:
        raise RemoteStoreError(f"the dump of the remote store {url} broke off: {exc}") from exc
    finally:
        response.close()
