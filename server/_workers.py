"""Query worker processes: a timeout that really stops the work.

pyoxigraph cannot interrupt a query, so /sparql queries run in a pool of worker
processes, each with its own read-only handle on the current store generation
(reopened when ``CURRENT`` changes). A worker is a long-lived process on a
pipe: the server sends a :class:`QueryJob` and reads back an :class:`Answer`
(serialized bytes), so a point query costs one pipe round trip, not a process.
When a query outlives the timeout its worker is killed and replaced; when
every worker is busy and the wait queue is full the request is refused at once.

Pools are shared per store and configuration (:func:`shared_pool`) and start
workers only when queries need them, so many apps in one test run stay cheap.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import multiprocessing.spawn
import queue
import signal
import threading
import traceback
from collections import OrderedDict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from .. import errors
from ..errors import InnographError, Overloaded, QueryTimeout
from ..graph import RemoteStore, Store
from ._evaluate import Answer, QueryJob, evaluate

__all__ = ["Runner", "InProcessRunner", "WorkerPool", "shared_pool", "close_all_pools"]

log = logging.getLogger("innograph.server.workers")
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


class Runner(Protocol):
    def run(self, job: QueryJob) -> Answer: ...

    def close(self) -> None: ...


class InProcessRunner:
    """Queries in the server's own threads (``workers = 0``): fastest, but no timeout."""

    def __init__(self, store: Store | RemoteStore) -> None:
        self.store = store

    def run(self, job: QueryJob) -> Answer:
        return evaluate(self.store, job)

    def close(self) -> None:
        pass


def _worker_main(conn: Connection, root: str) -> None:
    """The loop of a worker process: a job in, ("ok", answer) / ("error", class, message) / ("fault", text) out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = Store(root)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            reply: tuple[object, ...] = ("ok", evaluate(store, job))
        except InnographError as exc:
            reply = ("error", type(exc).__name__, str(exc))
        except Exception:  # a fault: reported to the server, which logs it and answers 500
            reply = ("fault", traceback.format_exc())
        conn.send(reply)


class _Worker:
    def __init__(self, root: str) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, root), daemon=True, name=_NAME)
        self.process.start()
        child.close()

    def ask(self, job: QueryJob, timeout: float) -> Answer:
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise QueryTimeout(f"query stopped after {timeout:g} s (the query timeout); simplify it or add a LIMIT")
            reply = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.process.join(1.0)
            raise RuntimeError(f"query worker pid {self.process.pid} died (exit code {self.process.exitcode})") from exc
        return _unpack(reply)

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


def _unpack(reply: tuple) -> Answer:
    kind = reply[0]
    if kind == "ok":
        return reply[1]
    if kind == "error":
        error_class = getattr(errors, reply[1], InnographError)
        raise error_class(reply[2])
    raise RuntimeError(f"a query worker failed:\n{reply[1]}")


class WorkerPool:
    """Up to ``size`` worker processes on the store at ``root``; at most ``size + waiting`` requests at once."""

    def __init__(self, root: Path, size: int, timeout: float, waiting: int | None = None) -> None:
        self.root, self.size, self.timeout = str(Path(root).resolve()), size, timeout
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._admitted = threading.BoundedSemaphore(size + (waiting if waiting is not None else 4 * size))
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._epoch = 0  # counts close() calls: a replacement ordered before a close is not started

    def run(self, job: QueryJob) -> Answer:
        if not self._admitted.acquire(blocking=False):
            raise Overloaded(f"all {self.size} query workers are busy and the wait queue is full; try again shortly")
        try:
            return self._run(job)
        finally:
            self._admitted.release()

    def _run(self, job: QueryJob) -> Answer:
        worker = self._checkout()
        try:
            answer = worker.ask(job, self.timeout)
        except InnographError as exc:
            self._replace(worker) if isinstance(exc, QueryTimeout) else self._release(worker)
            raise
        except BaseException:  # the worker died or the pipe broke: a fault
            self._replace(worker)
            raise
        self._release(worker)
        return answer

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            kept = worker in self._workers
        if kept:
            self._idle.put(worker)
        else:  # the pool was closed while it worked
            worker.stop()

    def _checkout(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._workers) < self.size:
                return self._spawn()
        try:
            return self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise Overloaded(f"no query worker became free within {self.timeout:g} s; try again shortly") from None

    def _spawn(self) -> _Worker:
        worker = _Worker(self.root)
        self._workers.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start a fresh one in its place (in the background: the answer need not wait)."""
        log.warning("stopping query worker %s (pid %s)", worker.process.name, worker.process.pid)
        with self._lock:
            self._workers.discard(worker)
            epoch = self._epoch
        worker.stop(kill=True)
        threading.Thread(target=self._respawn, args=(epoch,), daemon=True, name="innograph-respawn").start()

    def _respawn(self, epoch: int) -> None:
        with self._lock:
            if epoch != self._epoch or len(self._workers) >= self.size:
                return
            worker = self._spawn()
        self._idle.put(worker)

    def start(self) -> None:
        """Start every worker now (the server does this at startup; otherwise they start on demand)."""
        with self._lock:
            fresh = [self._spawn() for _ in range(self.size - len(self._workers))]
        for worker in fresh:
            self._idle.put(worker)

    def close(self) -> None:
        """Stop the workers (idle ones now, busy ones when their query ends); workers start again on demand."""
        with self._lock:
            self._workers, self._epoch = set(), self._epoch + 1
            idle = []
            while not self._idle.empty():
                idle.append(self._idle.get_nowait())
        for worker in idle:
            worker.stop()


_POOLS: OrderedDict[tuple[str, int, float], WorkerPool] = OrderedDict()
_POOLS_LOCK = threading.Lock()
_OPEN_POOLS = 4  # pools whose workers are kept running; the least recently made ones are stopped


def shared_pool(root: Path, size: int, timeout: float) -> WorkerPool:
    """The pool for this store and configuration, made on first use and shared after.

    At most a few pools keep workers running (tests make apps over many stores): asking
    for another stops the workers of the least recently asked-for one, which restarts
    them if it is used again.
    """
    key = (str(Path(root).resolve()), size, timeout)
    with _POOLS_LOCK:
        pool = _POOLS.pop(key, None) or WorkerPool(root, size, timeout)
        _POOLS[key] = pool
        evicted = list(_POOLS.values())[:-_OPEN_POOLS]
    for old in evicted:
        old.close()
    return pool


@atexit.register
def close_all_pools() -> None:
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
    for pool in pools:
        pool.close()
