"""Links that survive ``innograph build``: the datasets of the old store, linked again to the new graph.

A build writes a fresh store generation from the documents alone. Before it does,
:func:`keep_datasets` copies each ``<base>dataset/...`` graph of the current
generation to a file (with the mapping its linkset recorded); after it, :func:`relink`
loads each copy again and matches the new graph's organisations and projects to it,
so links follow the entities that are still there (entity IRIs are stable slugs),
links to entities that are gone are not made, and new entities get links too.
Linksets made through a reconciliation service are not re-made (that needs the
network); run ``innograph link --reconcile`` again.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .._store import Store
from ._run import LinkReport, link_dataset

__all__ = ["KeptDataset", "keep_datasets", "relink", "relinking"]

_PLANS = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX void: <http://rdfs.org/ns/void#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?dataset ?source ?plan WHERE {
  GRAPH ?linkset { ?linkset void:objectsTarget ?dataset ; dcterms:source ?source ; prov:wasGeneratedBy ?run .
                   OPTIONAL { ?run prov:used ?mapping . ?mapping prov:value ?plan } }
}
"""


@dataclass(frozen=True)
class KeptDataset:
    """A dataset graph copied out of the store: its triples (N-Triples), mapping (TOML, or None: EURIO) and source name."""

    triples: Path
    mapping: Path | None
    source: str


def keep_datasets(store: Store, base: str, folder: Path) -> list[KeptDataset]:
    """Copy the store's linked dataset graphs into ``folder`` (nothing when the store is empty)."""
    if store.is_empty():
        return []
    kept = []
    for number, row in enumerate(store.query(_PLANS)):  # type: ignore[arg-type]
        dataset = row["dataset"].value
        if not dataset.startswith(f"{base}dataset/"):
            continue  # a reconciliation service's links, not a dump
        triples = folder / f"dataset-{number}.nt"
        with triples.open("w", encoding="utf-8") as out:
            for quad in store.handle().quads_for_pattern(None, None, None, ox.NamedNode(dataset)):
                out.write(f"{quad.subject} {quad.predicate} {quad.object} .\n")
        mapping = None
        if row["plan"] is not None:
            mapping = folder / f"mapping-{number}.toml"
            mapping.write_text(row["plan"].value, encoding="utf-8")
        kept.append(KeptDataset(triples, mapping, row["source"].value))
    return kept


def relink(store: Store, base: str, kept: list[KeptDataset]) -> list[LinkReport]:
    """Link the store's current graph to each kept dataset again (each a new generation)."""
    return [link_dataset(store, base, d.triples, mapping=d.mapping, source=d.source) for d in kept]


@contextmanager
def relinking(store: Store, base: str) -> Iterator[Callable[[], list[LinkReport]]]:
    """Keep the store's datasets while a build replaces the store; the function it yields links them again."""
    folder = Path(tempfile.mkdtemp(prefix=".relink-", dir=store.root))
    try:
        kept = keep_datasets(store, base, folder)
        yield lambda: relink(store, base, kept)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
