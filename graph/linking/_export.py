"""The linksets of a store as one Turtle file."""

from __future__ import annotations

from typing import BinaryIO

from rdflib import Graph

from ...errors import NotFound
from .._store import Store
from ._linkset import VOID

__all__ = ["linkset_graphs", "export_linksets"]


def linkset_graphs(store: Store, base: str) -> list[str]:
    """Names of the linkset graphs in the store (``<base>linkset/...``)."""
    return [g for g in store.named_graphs() if g.startswith(f"{base}linkset/")]


def export_linksets(store: Store, base: str, output: BinaryIO, prefixes: dict[str, str]) -> int:
    """Write every linkset graph (links, void:Linkset, link provenance) as Turtle; returns the triple count.

    Raises :class:`NotFound` when the store has no linkset (``innograph link`` has not run).
    """
    import pyoxigraph as ox

    names = linkset_graphs(store, base)
    if not names:
        raise NotFound("the store has no linkset: run `innograph link --dataset FILE` (or --reconcile URL) first")
    handle = store.handle()
    lines = sorted(
        f"{q.subject} {q.predicate} {q.object} .\n"
        for name in names
        for q in handle.quads_for_pattern(None, None, None, ox.NamedNode(name))
    )
    graph = Graph()
    for prefix, iri in {**prefixes, "void": str(VOID), "owl": "http://www.w3.org/2002/07/owl#"}.items():
        graph.bind(prefix, iri, override=True)
    graph.parse(data="".join(lines), format="nt")
    output.write(graph.serialize(format="turtle", encoding="utf-8"))
    return len(graph)
