"""One query, start to finish: run it, choose the format, serialize at most ``max_rows``.

This is what a query worker process does (and the server itself with
``workers = 0``). Only plain data crosses the process boundary: a
:class:`QueryJob` goes in, an :class:`Answer` (bytes and a media type) comes
out; pyoxigraph result objects never leave the function that made them.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

from ..graph import QueryResult, RemoteStore, Store, serialize_limited
from ._formats import choose_format, is_graph

__all__ = ["QueryJob", "Answer", "evaluate"]


@dataclass(frozen=True)
class QueryJob:
    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    format: str | None = None  # the request's ``format`` parameter
    accept: str | None = None  # the request's Accept header
    max_rows: int = 100_000
    prefixes: dict[str, str] = field(default_factory=dict)

    def __reduce__(self) -> tuple[type[QueryJob], tuple[object, ...]]:
        # pickled for every query sent to a worker: positional fields, not a class plus a state dict
        return QueryJob, (self.query, self.default_graphs, self.named_graphs, self.format, self.accept,
                          self.max_rows, self.prefixes)


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    truncated: bool = False  # True when the result had more than ``max_rows`` rows (or triples)


def evaluate(store: Store | RemoteStore, job: QueryJob) -> Answer:
    """Run ``job`` on ``store``; raises innograph errors (bad query 400, no format 406, store 503)."""
    def run() -> QueryResult:
        return store.query(job.query, default_graph=list(job.default_graphs) or None,
                           named_graphs=list(job.named_graphs) or None)

    result = run()
    try:
        choice = choose_format(is_graph(result), job.format, job.accept)
        body, truncated = serialize_limited(result, choice.name, job.prefixes, job.max_rows, again=run)
        return Answer(body, choice.media_type, truncated)
    except BaseException as exc:
        # pyoxigraph results are "unsendable": they must be freed by the thread that made
        # them, not by the event loop when it drops the traceback that still refers to them.
        del result
        traceback.clear_frames(exc.__traceback__)
        raise
