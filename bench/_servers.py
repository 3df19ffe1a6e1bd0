"""The SPARQL servers under test, started on 127.0.0.1 with free ports and stopped for sure.

Each server runs in its own process group (``start_new_session``): stopping it asks
the server first, then ends whatever is left of the group, reloaders and workers included. Output goes to a log file
in the run's folder (a full pipe would stall a server).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _client import fetch, get_request

__all__ = ["Data", "Running", "SERVERS", "start", "stop"]

_BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Data:
    """The same graph in the forms the servers load: an innograph store and the union as N-Triples."""

    store: Path  # innograph store folder (CURRENT + generations/)
    generation: Path  # the Oxigraph store inside it, with the union as default graph
    union_nt: Path  # the default graph as N-Triples, for rdflib-endpoint


@dataclass
class Running:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    path: str  # the SPARQL endpoint's path
    log: Path


def _tool(name: str) -> str:
    found = _BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def _innograph(data: Data, port: int) -> list[str]:
    # One server process per CPU, as Oxigraph's server uses every core (its threads); query workers as configured.
    processes = os.environ.get("INNOGRAPH_PROCESSES") or str(os.cpu_count() or 1)
    return [_tool("innograph"), "serve", "--store", str(data.store), "--host", "127.0.0.1", "--port", str(port),
            "--processes", processes]


def _oxigraph(data: Data, port: int) -> list[str]:
    # The generation's default graph already holds the union (each statement once), as innograph's does.
    return [_tool("oxigraph"), "serve-read-only", "--location", str(data.generation), "--bind", f"127.0.0.1:{port}"]


def _rdflib_endpoint(data: Data, port: int) -> list[str]:
    return [_tool("rdflib-endpoint"), "serve", str(data.union_nt), "--host", "127.0.0.1", "--port", str(port)]


#: name -> (command maker, SPARQL endpoint path)
SERVERS: dict[str, tuple[Callable[[Data, int], list[str]], str]] = {
    "innograph": (_innograph, "/sparql"),
    "oxigraph": (_oxigraph, "/query"),
    "rdflib-endpoint": (_rdflib_endpoint, "/"),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(name: str, data: Data, logs: Path, startup_timeout: float) -> Running:
    """Start a server and wait until it answers an ASK query; raises RuntimeError if it does not."""
    command, path = SERVERS[name]
    port = free_port()
    log = logs / f"{name}-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command(data, port), stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    running = Running(name, process, port, path, log)
    try:
        _wait_ready(running, startup_timeout)
    except BaseException:
        stop(running)
        raise
    return running


def _wait_ready(server: Running, timeout: float) -> None:
    request = get_request(server.port, server.path, "ASK { ?s ?p ?o }")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {server.process.returncode}; see {server.log}")
        try:
            status, body = asyncio.run(fetch(server.port, request, 5.0))
        except (OSError, TimeoutError):
            time.sleep(0.2)
            continue
        if status == 200:
            return
        raise RuntimeError(f"{server.name} answered HTTP {status} at {server.path}: {body[:200]!r}")
    raise RuntimeError(f"{server.name} did not answer within {timeout:.0f} s; see {server.log}")


def stop(server: Running) -> None:
    """SIGTERM to the server itself, so that a supervisor stops its own processes and they clean up
    (a process killed straight away leaves its temporary files); then the whole process group:
    SIGTERM, and SIGKILL after 5 s."""
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(10.0)
        except subprocess.TimeoutExpired:
            pass
    for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(server.process.pid, sig)  # whatever is left of the group
        except ProcessLookupError:
            return
        try:
            server.process.wait(wait)
        except subprocess.TimeoutExpired:
            continue
        time.sleep(0.2)  # the leader is gone; give the rest of its group a moment before the next signal
