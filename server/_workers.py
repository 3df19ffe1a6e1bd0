"""Query worker processes: a timeout that really stops the work.

pyoxigraph cannot interrupt a query, so /sparql queries run in a pool of worker
processes, each with its own read-only handle on the current store generation
(reopened when ``CURRENT`` changes). A worker is a long-lived process on a
pipe (:mod:`._worker_process`): the server sends a :class:`QueryJob` and reads back an :class:`Answer`
(serialized bytes), so a point query costs one pipe round trip, not a process.
When a query outlives the timeout its worker is killed and replaced; when
every worker is busy and the wait queue is full the request is refused at once.

Why (almost) every query takes the hop, even a point lookup that Oxigraph
answers in 50 µs: work in the server's own process cannot be stopped, and most
queries cannot be known to be cheap before they run (one triple pattern with a
FILTER that never matches scans the whole store before its first solution). A
query cannot start in-process and move to a worker when it runs long either:
the in-process part would go on. The one exception is a single triple pattern
whose matches are counted first (:mod:`._bounded`): its work is bounded, so
the server answers it itself. For the rest the hop is the price of the timeout;
it is made cheap instead (:meth:`WorkerPool.run_async` waits on the event loop,
no thread; answers are raw bytes on the pipe). ``workers = 0`` trades the
timeout for the hop.

Pools are shared per store and configuration (:func:`shared_pool`) and start
workers only when queries need them, so many apps in one test run stay cheap.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import anyio.to_thread

from ..errors import InnographError, Overloaded, QueryTimeout
from ..graph import RemoteStore, Store
from ._evaluate import Answer, QueryJob, evaluate
from ._worker_process import Worker

__all__ = ["Runner", "InProcessRunner", "WorkerPool", "shared_pool", "close_all_pools"]

log = logging.getLogger("innograph.server.workers")


class Runner(Protocol):
    def run(self, job: QueryJob) -> Answer: ...

    async def run_async(self, job: QueryJob) -> Answer: ...

    def close(self) -> None: ...


class InProcessRunner:
    """Queries in the server's own threads (``workers = 0``): fastest, but no timeout."""

    def __init__(self, store: Store | RemoteStore) -> None:
        self.store = store

    def run(self, job: QueryJob) -> Answer:
        return evaluate(self.store, job)

    async def run_async(self, job: QueryJob) -> Answer:
        return await anyio.to_thread.run_sync(evaluate, self.store, job)

    def close(self) -> None:
        pass


class WorkerPool:
    """Up to ``size`` worker processes on the store at ``root``; at most ``size + waiting`` requests at once."""

    def __init__(self, root: Path, size: int, timeout: float, waiting: int | None = None) -> None:
        self.root, self.size, self.timeout = str(Path(root).resolve()), size, timeout
        self._idle: queue.LifoQueue[Worker] = queue.LifoQueue()
        self._admitted = threading.BoundedSemaphore(size + (waiting if waiting is not None else 4 * size))
        self._lock = threading.Lock()
        self._workers: set[Worker] = set()
        self._epoch = 0  # counts close() calls: a replacement ordered before a close is not started

    def run(self, job: QueryJob) -> Answer:
        """Answer ``job`` in a worker, blocking this thread meanwhile."""
        with self._slot():
            worker = self._checkout()
            with self._lease(worker):
                return worker.ask(job, self.timeout)

    async def run_async(self, job: QueryJob) -> Answer:
        """Answer ``job`` in a worker, waiting on the event loop (a thread only to wait for a busy pool)."""
        with self._slot():
            worker = self._idle_worker() or await anyio.to_thread.run_sync(self._checkout)
            with self._lease(worker):
                return await worker.ask_async(job, self.timeout)

    @contextmanager
    def _slot(self) -> Iterator[None]:
        """A place among the running and waiting queries, or :class:`Overloaded` at once."""
        self._admit()
        try:
            yield
        finally:
            self._admitted.release()

    @contextmanager
    def _lease(self, worker: Worker) -> Iterator[None]:
        """``worker`` back to the pool after an answer; replaced after a failure, a timeout or a cancelled
        request (its answer would be left in the pipe)."""
        try:
            yield
        except BaseException as exc:
            self._after_failure(worker, exc)
            raise
        self._release(worker)

    def _admit(self) -> None:
        if not self._admitted.acquire(blocking=False):
            raise Overloaded(f"all {self.size} query workers are busy and the wait queue is full; try again shortly")

    def _after_failure(self, worker: Worker, exc: BaseException) -> None:
        """A worker that answered with an error is kept; one that timed out, died or was abandoned is replaced."""
        if isinstance(exc, InnographError) and not isinstance(exc, QueryTimeout):
            self._release(worker)
        else:
            self._replace(worker)

    def _release(self, worker: Worker) -> None:
        with self._lock:
            kept = worker in self._workers
        if kept:
            self._idle.put(worker)
        else:  # the pool was closed while it worked
            worker.stop()

    def _idle_worker(self) -> Worker | None:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return None

    def _checkout(self) -> Worker:
        idle = self._idle_worker()
        if idle is not None:
            return idle
        with self._lock:
            if len(self._workers) < self.size:
                return self._spawn()
        try:
            return self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise Overloaded(f"no query worker became free within {self.timeout:g} s; try again shortly") from None

    def _spawn(self) -> Worker:
        worker = Worker(self.root)
        self._workers.add(worker)
        return worker

    def _replace(self, worker: Worker) -> None:
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
