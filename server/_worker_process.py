"""One query worker: a long-lived process on a pipe, and the server's handle on it.

The server sends a :class:`QueryJob` (pickled: a query and a few strings); the
worker answers with a small pickled header — ``("ok", media_type, truncated)``,
``("error", class name, message)`` or ``("fault", traceback)`` — and, after an
``ok``, the result bytes as a raw message of their own, so a big answer is not
copied into and out of a pickle on its way. The server waits for the answer
either blocking (:meth:`Worker.ask`, from a thread) or on its event loop
(:meth:`Worker.ask_async`: the pipe is watched like a socket, no thread hop).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.spawn
import os
import pickle
import signal
import struct
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection

from .. import errors
from ..errors import InnographError, QueryTimeout
from ..graph import Store
from ._evaluate import Answer, QueryJob, evaluate

__all__ = ["Worker"]

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload([__name__])
_NAME = "innograph-query"
_preparation_data = multiprocessing.spawn.get_preparation_data


def _without_main(name: str) -> dict[str, object]:
    """multiprocessing re-runs the ``__main__`` script in each child; a query worker needs nothing from it
    (and a script without ``if __name__ == "__main__":`` would start again), so ours skip it."""
    data = _preparation_data(name)
    if name == _NAME:
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
    return data


multiprocessing.spawn.get_preparation_data = _without_main


def _worker_main(conn: Connection, root: str) -> None:
    """The loop of a worker process: a job in, a header (and after "ok" the body) out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = Store(root)
    while True:
        try:
            job = pickle.loads(conn.recv_bytes())
        except EOFError:
            return
        if job is None:
            return
        try:
            answer = evaluate(store, job)
        except InnographError as exc:
            conn.send(("error", type(exc).__name__, str(exc)))
        except Exception:  # a fault: reported to the server, which logs it and answers 500
            conn.send(("fault", traceback.format_exc()))
        else:
            conn.send(("ok", answer.media_type, answer.truncated))
            conn.send_bytes(answer.body)


def _timeout(timeout: float) -> QueryTimeout:
    return QueryTimeout(f"query stopped after {timeout:g} s (the query timeout); simplify it or add a LIMIT")


def _answer(header: tuple, body: Callable[[], bytes]) -> Answer:
    if header[0] == "ok":
        return Answer(body(), header[1], header[2])
    if header[0] == "error":
        raise getattr(errors, header[1], InnographError)(header[2])
    raise RuntimeError(f"a query worker failed:\n{header[1]}")


class _Reply:
    """A worker's reply read from a non-blocking pipe as it arrives: a pickled header, then after "ok" the body.

    Messages are framed as :class:`multiprocessing.connection.Connection` frames them: a 4-byte
    big-endian length, or -1 and an 8-byte length for a message of 2 GiB or more.
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()
        self.messages: list[bytes] = []
        self.header: tuple | None = None

    def on_readable(self, replied: asyncio.Future[None]) -> None:
        if replied.done():
            return
        try:
            data = os.read(self.fd, 1 << 20)
        except BlockingIOError:
            return
        except OSError as exc:
            replied.set_exception(exc)
            return
        if not data:
            replied.set_exception(EOFError("the query worker closed its pipe"))
            return
        self.buffer += data
        while (message := self._message()) is not None:
            self.messages.append(message)
        if self.header is None and self.messages:
            self.header = pickle.loads(self.messages[0])
        if self.header is not None and (self.header[0] != "ok" or len(self.messages) == 2):
            replied.set_result(None)

    def _message(self) -> bytes | None:
        if len(self.buffer) < 4:
            return None
        (size,), start = struct.unpack_from("!i", self.buffer), 4
        if size == -1:
            if len(self.buffer) < 12:
                return None
            (size,), start = struct.unpack_from("!Q", self.buffer, 4), 12
        if len(self.buffer) < start + size:
            return None
        message = bytes(self.buffer[start:start + size])
        del self.buffer[:start + size]
        return message


class Worker:
    def __init__(self, root: str) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, root), daemon=True, name=_NAME)
        self.process.start()
        child.close()

    def ask(self, job: QueryJob, timeout: float) -> Answer:
        """Send ``job`` and wait for the answer; QueryTimeout after ``timeout`` seconds (the worker is then unusable)."""
        try:
            self.conn.send_bytes(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))
            if not self.conn.poll(timeout):
                raise _timeout(timeout)
            return self._read()
        except (EOFError, OSError) as exc:
            raise self._died() from exc

    async def ask_async(self, job: QueryJob, timeout: float) -> Answer:
        """Like :meth:`ask`, on the running event loop: the reply is read as it arrives, never blocking the loop."""
        loop = asyncio.get_running_loop()
        replied: asyncio.Future[None] = loop.create_future()
        reply = _Reply(self.conn.fileno())
        try:
            self.conn.send_bytes(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))  # an idle worker reads it at once
            os.set_blocking(reply.fd, False)
            loop.add_reader(reply.fd, reply.on_readable, replied)
            timer = loop.call_later(timeout, lambda: replied.done() or replied.set_exception(_timeout(timeout)))
            try:
                await replied  # not asyncio.wait_for, which costs a task per query
            finally:
                timer.cancel()
                loop.remove_reader(reply.fd)
                os.set_blocking(reply.fd, True)  # for ask() and stop()
            assert reply.header is not None
            return _answer(reply.header, lambda: reply.messages[1])
        except (EOFError, OSError) as exc:
            raise self._died() from exc

    def _read(self) -> Answer:
        return _answer(self.conn.recv(), self.conn.recv_bytes)

    def _died(self) -> RuntimeError:
        self.process.join(1.0)
        return RuntimeError(f"query worker pid {self.process.pid} died (exit code {self.process.exitcode})")

    def stop(self, kill: bool = False) -> None:
        if not kill and self.process.is_alive():
            try:
                self.conn.send(None)
                self.process.join(1.0)
            except OSError:
                pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5.0)
        self.conn.close()
