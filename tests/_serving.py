"""An app served over real HTTP for the tests that need a socket: uvicorn in a thread on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from innograph.graph import RemoteStore, Store
from innograph.server import create_app
from innograph.settings import Settings


@contextmanager
def serving(store: Store | RemoteStore, **settings: object) -> Iterator[str]:
    """``create_app(settings, store)`` under uvicorn on a free port of 127.0.0.1; yields its base URL."""
    config = uvicorn.Config(create_app(Settings(workers=0, **settings), store), host="127.0.0.1", port=0,  # type: ignore[arg-type]
                            log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
