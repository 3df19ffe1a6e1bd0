"""Writes whose changes are known: the default graph is brought up to date by delta, not rebuilt.

The default graph holds the union of the named graphs. After a write that adds
the statements ``added`` and removes statements from named graphs (``touched``),
the union is kept by: each added statement goes into the default graph; each
touched statement leaves it unless a named graph still holds it. That costs a few
index look-ups per statement instead of a pass over the whole store.

The changes are known for Graph Store writes (the graph's old and new statements)
and for updates made only of ``INSERT DATA`` or only of ``DELETE DATA``
operations: their quads are read by running the operation on an empty in-memory
store (``DELETE DATA`` read as ``INSERT DATA``); updates with a ``WHERE`` are
read in :mod:`._where_update`. Any other update (``DROP``, ``COPY``...) is
followed by a pass over the store (``RECONCILE``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..errors import InputError, NotFound, QuerySyntaxError
from ._sparql_words import sparql_word_matches

__all__ = ["Delta", "apply_delta", "data_operation", "insert_quads", "delete_quads", "held_by_a_named_graph", "load_graph", "drop",
           "added_to_default", "evaluation_error",
           "may_add"]

_MISSING = re.compile(r"The graph (<[^>]*>) does not exists?")
_EXISTS = re.compile(r"The graph (<[^>]*>) already exists")


def evaluation_error(message: str) -> InputError | None:
    """An update that fails on the data, in Oxigraph's words (the embedded one or a server's).

    >>> evaluation_error("The graph <urn:g> does not exist")
    NotFound('the store has no graph <urn:g>')
    """
    if found := _MISSING.search(message):
        return NotFound(f"the store has no graph {found.group(1)}")
    if found := _EXISTS.search(message):
        return InputError(f"the store already has a graph {found.group(1)}: use CREATE SILENT GRAPH")
    return None


_ADDS = re.compile(r"\b(INSERT|ADD|COPY|MOVE|LOAD)\b", re.IGNORECASE)


def may_add(sparql: str) -> bool:
    """False when no operation of ``sparql`` can add a statement (none of INSERT, ADD, COPY, MOVE, LOAD is in it).

    >>> may_add("DELETE WHERE { GRAPH ?g { ?s <urn:p> ?o } }"), may_add('DELETE WHERE { ?s ?p "INSERT" }')
    (False, True)
    """
    return bool(_ADDS.search(sparql))


#: words that start or shape an update operation (a prefixed name or a variable is one token with its ':' or '?')
_OPERATION_WORDS = {"INSERT", "DELETE", "DATA", "WHERE", "DROP", "CLEAR", "LOAD", "CREATE", "ADD", "MOVE", "COPY",
                    "WITH", "USING", "SERVICE", "SILENT", "TO", "INTO", "DEFAULT", "NAMED", "ALL"}


@dataclass
class Delta:
    """Statements a write put into a graph (``added``) and took out of a named graph (``touched``)."""

    added: list[ox.Triple] = field(default_factory=list)
    touched: list[ox.Triple] = field(default_factory=list)


def data_operation(sparql: str) -> tuple[str, list[ox.Quad]] | None:
    """``("INSERT"|"DELETE", quads)`` when every operation of ``sparql`` is INSERT DATA, or every one DELETE DATA.

    >>> kind, quads = data_operation('INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "DELETE WHERE" } }')
    >>> kind, len(quads)
    ('INSERT', 1)
    >>> data_operation("INSERT { ?s ?p 1 } WHERE { ?s ?p 2 }") is None
    True
    """
    found = [m for m in sparql_word_matches(sparql) if m.group().upper() in _OPERATION_WORDS]
    words = [m.group().upper() for m in found]
    kind = words[0] if words else None
    if kind not in ("INSERT", "DELETE") or words != [kind, "DATA"] * (len(words) // 2) or len(words) % 2:
        return None
    memory = ox.Store()
    try:
        memory.update(sparql)  # on an empty store: checks the syntax (DELETE DATA allows no blank node)
        if kind == "DELETE":
            memory.update("".join(_as_insert(sparql, found)))
    except SyntaxError as exc:
        raise QuerySyntaxError(str(exc)) from exc
    return kind, list(memory)


def _as_insert(sparql: str, found: list[re.Match[str]]) -> list[str]:
    pieces, start = [], 0
    for match in found:
        if match.group().upper() == "DELETE":
            pieces += [sparql[start : match.start()], "INSERT"]
            start = match.end()
    return [*pieces, sparql[start:]]


def held_by_a_named_graph(store: ox.Store, triple: ox.Triple) -> bool:
    quads = store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
    return any(not isinstance(quad.graph_name, ox.DefaultGraph) for quad in quads)


def insert_quads(store: ox.Store, before: ox.Store, quads: Iterable[ox.Quad], updates_graph: ox.NamedNode) -> Delta:
    """INSERT DATA: quads for the default graph that no named graph holds and the old default graph (``before``) lacked
    go to ``updates_graph``, as :meth:`Store.update` keeps them."""
    quads = list(quads)
    store.extend(q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))
    delta = Delta(added=[q.triple for q in quads])
    for triple in (q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph)):
        old = before.quads_for_pattern(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())
        if next(old, None) is None and not held_by_a_named_graph(store, triple):
            store.add(ox.Quad(triple.subject, triple.predicate, triple.object, updates_graph))
    return delta


def delete_quads(store: ox.Store, quads: Iterable[ox.Quad]) -> Delta:
    """DELETE DATA: out of the named graphs; a statement deleted from the default graph alone stays while a named graph holds it."""
    delta = Delta()
    for quad in quads:
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            store.remove(quad)
        delta.touched.append(quad.triple)
    return delta


def added_to_default(store: ox.Store, before: ox.Store) -> list[ox.Triple]:
    """Statements of ``store``'s default graph in no named graph that ``before``'s default graph lacks."""
    orphans = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
    return [t for t in orphans if next(before.quads_for_pattern(t.subject, t.predicate, t.object, ox.DefaultGraph()), None) is None]


def apply_delta(store: ox.Store, delta: Delta) -> None:
    """Keep ``store``'s default graph the union of its named graphs after the change ``delta``."""
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in delta.added)
    for triple in delta.touched:
        if not held_by_a_named_graph(store, triple):
            store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))


def load_graph(store: ox.Store, graph: ox.NamedNode, data: bytes, fmt: ox.RdfFormat, *, replace: bool) -> tuple[bool, Delta]:
    """Graph Store PUT (``replace``) or POST into ``graph``: whether the graph is new, and the change."""
    try:
        triples = [quad.triple for quad in ox.parse(data, format=fmt)]
    except SyntaxError as exc:
        raise InputError(f"the request body is not valid {fmt.name}: {exc}") from exc
    created = not store.contains_named_graph(graph)
    delta = drop(store, graph) if replace and not created else Delta()
    store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    delta.added = triples
    return created, delta


def drop(store: ox.Store, graph: ox.NamedNode) -> Delta:
    """Remove ``graph``; its statements are touched."""
    touched = [quad.triple for quad in store.quads_for_pattern(None, None, None, graph)]
    store.remove_graph(graph)
    return Delta(touched=touched)
