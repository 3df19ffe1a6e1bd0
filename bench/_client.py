"""A small, fast HTTP/1.1 load client: asyncio streams, keep-alive, pre-encoded requests.

Each of ``concurrency`` clients holds one keep-alive connection and sends the same
GET again and again until the time is up; a request that takes longer than the
timeout is counted as a timeout and its client stops (the server may still be
working on it). Parsing is just enough for the servers measured: a status line,
headers, then a ``Content-Length`` or chunked body.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from urllib.parse import quote

__all__ = ["Outcome", "get_request", "fetch", "run_load"]

_ACCEPT = "application/sparql-results+json"


@dataclass
class Outcome:
    """What a load run saw: latencies of answered requests (seconds), errors, timeouts, wall time."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    timeouts: int = 0
    seconds: float = 0.0
    first_error: str = ""


def get_request(port: int, path: str, sparql: str) -> bytes:
    """The bytes of a SPARQL protocol GET asking for JSON results."""
    target = f"{path}?query={quote(sparql, safe='')}"
    return (f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: {_ACCEPT}\r\n"
            f"User-Agent: innograph-bench\r\n\r\n").encode("ascii")


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts = []
    while True:
        size = int((await reader.readline()).split(b";")[0].strip(), 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b""):
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> tuple[int, bytes, bool]:
    """Send one request; returns status, body and whether the connection may be reused."""
    writer.write(request)
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed by the server")
    status = int(status_line.split()[1])
    headers: dict[bytes, bytes] = {}
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip().lower()
    if b"content-length" in headers:
        body = await reader.readexactly(int(headers[b"content-length"]))
    elif headers.get(b"transfer-encoding") == b"chunked":
        body = await _read_chunked(reader)
    else:
        return status, await reader.read(), False
    return status, body, headers.get(b"connection") != b"close"


async def fetch(port: int, request: bytes, timeout: float) -> tuple[int, bytes]:
    """One request on a fresh connection (raises TimeoutError after ``timeout`` seconds)."""
    async with asyncio.timeout(timeout):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            status, body, _ = await _exchange(reader, writer, request)
        finally:
            writer.close()
    return status, body


async def _client(port: int, request: bytes, deadline: float, timeout: float, outcome: Outcome) -> None:
    connection = None
    try:
        while time.perf_counter() < deadline:
            if connection is None:
                connection = await asyncio.open_connection("127.0.0.1", port)
            started = time.perf_counter()
            try:
                async with asyncio.timeout(timeout):
                    status, body, reusable = await _exchange(*connection, request)
            except TimeoutError:
                outcome.timeouts += 1
                return
            if status == 200:
                outcome.latencies.append(time.perf_counter() - started)
            else:
                outcome.errors += 1
                outcome.first_error = outcome.first_error or f"HTTP {status}: {body[:200]!r}"
            if not reusable:
                connection[1].close()
                connection = None
    finally:
        if connection is not None:
            connection[1].close()


async def _load(port: int, request: bytes, concurrency: int, duration: float, timeout: float) -> Outcome:
    outcome = Outcome()
    started = time.perf_counter()
    clients = [_client(port, request, started + duration, timeout, outcome) for _ in range(concurrency)]
    results = await asyncio.gather(*clients, return_exceptions=True)
    outcome.seconds = time.perf_counter() - started
    for result in results:
        if isinstance(result, BaseException):
            outcome.errors += 1
            outcome.first_error = outcome.first_error or repr(result)
    return outcome


def run_load(port: int, request: bytes, concurrency: int, duration: float, timeout: float) -> Outcome:
    """Hammer one server with one request for ``duration`` seconds from ``concurrency`` connections."""
    return asyncio.run(_load(port, request, concurrency, duration, timeout))
