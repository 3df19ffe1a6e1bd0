"""Put new named graphs into the store as a new generation, keeping every other graph.

The served generation is never modified: the new one is loaded beside it and
swapped in by :meth:`Store.replace_with` only when it is complete.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from .._store import Store

__all__ = ["replace_graphs", "copy_file"]


def replace_graphs(store: Store, drop: Iterable[str], writers: Iterable[Callable[[TextIO], object]]) -> str:
    """A new generation: the current graphs less ``drop``, plus what each writer writes (N-Quads).

    Returns the new generation's name.
    """
    dropped = set(drop)
    staging = store.root / f".staging-link-{uuid.uuid4().hex[:8]}.nq"
    try:
        with staging.open("w", encoding="utf-8") as out:
            _copy_current(store, dropped, out)
            for write in writers:
                write(out)
        return store.replace_with([staging])
    finally:
        staging.unlink(missing_ok=True)


def _copy_current(store: Store, dropped: set[str], out: TextIO) -> None:
    for quad in store.handle().quads_for_pattern(None, None, None, None):
        graph = quad.graph_name
        if isinstance(graph, ox.DefaultGraph) or graph.value in dropped:
            continue
        out.write(f"{quad.subject} {quad.predicate} {quad.object} {graph} .\n")


def copy_file(path: Path) -> Callable[[TextIO], None]:
    """A writer that copies an N-Quads file."""

    def write(out: TextIO) -> None:
        with path.open(encoding="utf-8") as source:
            for line in source:
                out.write(line)

    return write
