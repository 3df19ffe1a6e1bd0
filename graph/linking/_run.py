"""``innograph link --dataset``: read a dump, match, record the links in the store."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .._dataset import write_nquads
from .._iri import slugify
from .._store import Store
from ._external import load_mapping, read_dump
from ._linkset import linkset_graph
from ._local import local_entries
from ._match import Index, decide
from ._model import CLOSE_MATCH, SAME_AS, THRESHOLDS, Decision, Entry, Thresholds
from ._persist import copy_file, replace_graphs

__all__ = ["LinkReport", "link_dataset", "link_service", "match", "linkset_iri"]


@dataclass(frozen=True)
class LinkReport:
    """What a linking run did: its graphs, one decision per local entry, counts and times."""

    source: str
    dataset: str  # the named graph (or service) linked to
    linkset: str  # the named graph of the links
    external: int  # entries read from the dataset
    decisions: tuple[Decision, ...]
    compared: int  # candidate pairs scored
    thresholds: Thresholds = THRESHOLDS
    seconds: dict[str, float] = field(default_factory=dict)
    generation: str = ""

    def with_predicate(self, predicate: str | None) -> list[Decision]:
        return [d for d in self.decisions if d.predicate == predicate]

    @property
    def same_as(self) -> list[Decision]:
        return self.with_predicate(SAME_AS)

    @property
    def review(self) -> list[Decision]:
        return self.with_predicate(CLOSE_MATCH)


def linkset_iri(base: str, name: str) -> str:
    return f"{base}linkset/{slugify(name)}"


def match(local: Sequence[Entry], external: Sequence[Entry], thresholds: Thresholds = THRESHOLDS) -> tuple[list[Decision], int]:
    """One decision per local entry, comparing it only with its blocking candidates; and the pairs compared."""
    index = Index(external)
    decisions, compared = [], 0
    for entry in local:
        candidates = index.candidates(entry)
        compared += len(candidates)
        decisions.append(decide(entry, candidates, thresholds))
    return decisions, compared


def link_dataset(
    store: Store,
    base: str,
    path: Path,
    *,
    mapping: Path | None = None,
    thresholds: Thresholds = THRESHOLDS,
    save: bool = True,
    source: str | None = None,
) -> LinkReport:
    """Link the store's organisations and projects to the RDF dump at ``path``.

    The dump goes into the named graph ``<base>dataset/<name>``, the links and their
    VoID Linkset into ``<base>linkset/<name>`` (``name`` from the file name, or from
    ``source`` when given); both replace earlier runs on a file of that name. The
    mapping's text is kept with the linkset, so a rebuild can link again. With
    ``save=False`` nothing is written.
    """
    started, clock = dt.datetime.now(dt.timezone.utc), time.perf_counter()
    source = source or path.name
    stem = Path(source).stem
    dataset, linkset = f"{base}dataset/{slugify(stem)}", linkset_iri(base, stem)
    staging = store.root / f".staging-dump-{uuid.uuid4().hex[:8]}.nq"
    try:
        with staging.open("w", encoding="utf-8") as out:
            external, _ = read_dump(path, load_mapping(mapping), dataset, out)
        seconds = {"read": time.perf_counter() - clock}
        decisions, compared = match(local_entries(store), external, thresholds)
        seconds["match"] = time.perf_counter() - clock - seconds["read"]
        plan = mapping.read_text(encoding="utf-8") if mapping else None
        graph = linkset_graph(linkset, base, dataset, decisions, thresholds, method="dataset", source=source,
                              started=started, plan=plan)
        generation = _save(store, [dataset, linkset], staging, graph) if save else ""
    finally:
        staging.unlink(missing_ok=True)
    seconds["store"] = time.perf_counter() - clock - seconds["read"] - seconds["match"]
    return LinkReport(source, dataset, linkset, len(external), tuple(decisions), compared, thresholds,
                      {k: round(v, 3) for k, v in seconds.items()}, generation)


def _save(store: Store, drop: list[str], dump: Path | None, graph: Graph) -> str:
    writers = ([copy_file(dump)] if dump else []) + [lambda out: write_nquads(graph, out)]
    return replace_graphs(store, drop, writers)


def link_service(
    store: Store,
    base: str,
    url: str,
    cache: Path,
    *,
    kind_type: str = "Q43229",
    thresholds: Thresholds = THRESHOLDS,
    save: bool = True,
) -> LinkReport:
    """Link the store's organisations through the W3C Reconciliation Service at ``url``.

    Links go into ``<base>linkset/reconcile-<host>``; answers are cached under ``cache``.
    """
    from urllib.parse import urlsplit

    from ._reconcile import reconcile

    started = dt.datetime.now(dt.timezone.utc)
    decisions, space, sent, seconds = reconcile(store, url, cache, kind_type=kind_type, thresholds=thresholds)
    linkset = linkset_iri(base, f"reconcile-{urlsplit(url).netloc}")
    graph = linkset_graph(linkset, base, space, decisions, thresholds, method="reconcile", source=url, started=started)
    clock = time.perf_counter()
    generation = _save(store, [linkset], None, graph) if save else ""
    timing = {"reconcile": round(seconds, 3), "store": round(time.perf_counter() - clock, 3), "sent": float(sent)}
    return LinkReport(url, space, linkset, sum(len(d.others) + (d.best is not None) for d in decisions),
                      tuple(decisions), sent, thresholds, timing, generation)
