"""What the store holds, for the home page and /health; counted once per store generation."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..graph import Store

__all__ = ["Counts", "StoreStats", "ENTITY_TYPES"]

#: the entity classes shown on the home page, in this order
ENTITY_TYPES = ("Project", "Organisation", "Programme", "Event", "Person")

_IG = "https://w3id.org/innograph/ontology#"
_DOCUMENTS = f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{_IG}Document> }}"
_ENTITIES = (
    "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?type { "
    + " ".join(f"<{_IG}{name}>" for name in ENTITY_TYPES)
    + " } ?e a ?type } GROUP BY ?type"
)


@dataclass(frozen=True)
class Counts:
    generation: str
    quads: int  # statements over all graphs (the same triple in two graphs counts twice)
    graphs: int
    documents: int
    entities: dict[str, int] = field(default_factory=dict)  # local class name -> count


def _number(solutions: ox.QuerySolutions, name: str) -> int:
    for solution in solutions:
        term = solution[name]
        return int(term.value) if isinstance(term, ox.Literal) else 0
    return 0


def _count(store: Store, generation: str) -> Counts:
    entities = dict.fromkeys(ENTITY_TYPES, 0)
    result = store.query(_ENTITIES)
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        kind, number = solution["type"], solution["n"]
        if isinstance(kind, ox.NamedNode) and isinstance(number, ox.Literal):
            entities[kind.value[len(_IG) :]] = int(number.value)
    documents = store.query(_DOCUMENTS)
    assert isinstance(documents, ox.QuerySolutions)
    return Counts(generation, len(store), len(store.named_graphs()), _number(documents, "n"), entities)


class StoreStats:
    """Counts of the current generation, recomputed only when the store is rebuilt."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._counts: Counts | None = None

    def counts(self) -> Counts | None:
        """None while the store is empty; raises StoreError if it cannot be read."""
        generation = self.store.current_generation()
        if generation is None:
            return None
        with self._lock:
            if self._counts is None or self._counts.generation != generation:
                self._counts = _count(self.store, generation)
            return self._counts
