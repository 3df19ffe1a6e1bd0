"""Updates with a ``WHERE``, applied by delta: their changes computed, not found by a pass over the store.

``DELETE { D } INSERT { I } WHERE { P }`` (either template may be missing) and
``DELETE WHERE { P }`` change exactly the quads their templates give for the
solutions of ``P`` (SPARQL 1.1 Update, 3.1.3). So each such operation is read
far enough to cut out its templates and its pattern (strings, IRIs and comments
skipped, see :mod:`._sparql_words`); ``P`` is asked as a ``SELECT`` of the store
being written; and Oxigraph itself fills in the templates, on an empty
in-memory store, with the solutions as a ``VALUES`` block, so prefixed names,
``a``, ``;``/``,`` lists, ``GRAPH`` blocks and fresh blank nodes mean what they
mean in the update. The quads go through the same steps as ``INSERT DATA`` /
``DELETE DATA`` (:mod:`._delta`), one operation after the other, so each sees
the ones before it.

Anything else — ``WITH``, ``USING``, ``DROP``/``COPY``/…, data operations mixed
in, more than :data:`MAX_SOLUTIONS` solutions, a blank node in a solution
(``VALUES`` cannot carry one) — is not read here (:func:`where_operations` gives
None, :func:`operation_delta` gives None) and is left to Oxigraph's update and
a pass over the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from ..errors import QuerySyntaxError, StoreError
from ._delta import Delta, added_to_default, apply_delta, delete_quads, evaluation_error, insert_quads, may_add
from ._sparql_words import TOKENS

__all__ = ["MAX_SOLUTIONS", "SCAN", "Operation", "apply_update", "check_syntax", "where_operations", "operation_delta"]

#: solutions of one operation's pattern applied by delta; more go to Oxigraph and a pass over the store
MAX_SOLUTIONS = 10_000

#: SPARQL tokens with braces and semicolons (strings and comments are read so that they can be skipped)
SCAN = re.compile(TOKENS.pattern + r"|[{};]", re.UNICODE)
_SKIPPED = "\"'#"  # strings and comments


@dataclass(frozen=True)
class Operation:
    """One ``DELETE``/``INSERT`` … ``WHERE`` operation: where it starts and ends in the update, the prologue
    before it, and its parts (with braces)."""

    start: int
    end: int
    prologue: str
    delete: str | None
    insert: str | None
    where: str


def where_operations(sparql: str) -> list[Operation] | None:
    """The operations of ``sparql`` when every one is a ``DELETE``/``INSERT`` … ``WHERE``, else None.

    >>> [(o.delete, o.insert, o.where) for o in where_operations('DELETE { ?s ?p "}" } WHERE { ?s ?p "}" }')]
    [('{ ?s ?p "}" }', None, '{ ?s ?p "}" }')]
    >>> where_operations("DELETE WHERE { ?s ?p ?o } ; DROP ALL") is None
    True
    """
    operations, prologue = [], ""
    tokens = [m for m in SCAN.finditer(sparql) if m.group()[0] not in _SKIPPED]
    at = 0
    while at < len(tokens):
        word = tokens[at].group().upper()
        if word in ("PREFIX", "BASE"):
            end = at + (3 if word == "PREFIX" else 2)
            prologue += sparql[tokens[at].start(): tokens[end - 1].end()] + "\n"
            at = end
            continue
        read = _operation(sparql, tokens, at, prologue)
        if read is None:
            return None
        operation, at = read
        operations.append(operation)
        if at < len(tokens) and tokens[at].group() == ";":
            at += 1
    return operations or None


def _operation(sparql: str, tokens: list[re.Match[str]], at: int, prologue: str) -> tuple[Operation, int] | None:
    """The operation that starts at token ``at`` and the index after it, or None for a form not read here."""
    first = at
    parts: dict[str, str] = {}
    while at < len(tokens) and tokens[at].group() != ";":
        word = tokens[at].group().upper()
        if word == "DELETE" and at + 1 < len(tokens) and tokens[at + 1].group().upper() == "WHERE":
            word, at = "DELETE WHERE", at + 1
        if word not in ("DELETE", "INSERT", "WHERE", "DELETE WHERE") or word in parts:
            return None
        group = _group(sparql, tokens, at + 1)
        if group is None:
            return None
        parts[word], at = group
    if "DELETE WHERE" in parts:
        if len(parts) != 1:
            return None
        parts = {"DELETE": parts["DELETE WHERE"], "WHERE": parts["DELETE WHERE"]}
    if "WHERE" not in parts or len(parts) == 1:
        return None
    return Operation(tokens[first].start(), tokens[at - 1].end(), prologue, parts.get("DELETE"), parts.get("INSERT"),
                     parts["WHERE"]), at


def _group(sparql: str, tokens: list[re.Match[str]], at: int) -> tuple[str, int] | None:
    """The ``{ … }`` group that opens at token ``at`` (with its braces) and the index after it."""
    if at >= len(tokens) or tokens[at].group() != "{":
        return None
    depth = 0
    for index in range(at, len(tokens)):
        depth += {"{": 1, "}": -1}.get(tokens[index].group(), 0)
        if depth == 0:
            return sparql[tokens[at].start(): tokens[index].end()], index + 1
    return None


def operation_delta(store: ox.Store, before: ox.Store, operation: Operation, updates_graph: ox.NamedNode) -> Delta | None:
    """Apply ``operation`` to ``store`` (whose default graph is the union); the change, or None when not applicable.

    None means nothing was written: too many solutions, or a blank node in one.
    """
    solutions = store.query(f"{operation.prologue}SELECT * WHERE {operation.where}")
    assert isinstance(solutions, ox.QuerySolutions)
    variables = [v.value for v in solutions.variables]
    rows = [tuple(solution[v] for v in variables) for solution in islice(solutions, MAX_SOLUTIONS + 1)]
    if len(rows) > MAX_SOLUTIONS or any(isinstance(t, (ox.BlankNode, ox.Triple)) for row in rows for t in row):
        return None
    deleted = _filled(operation.prologue, operation.delete, variables, rows)
    inserted = _filled(operation.prologue, operation.insert, variables, rows)
    delta = delete_quads(store, deleted)
    delta.added = insert_quads(store, before, inserted, updates_graph).added
    return delta


def _filled(prologue: str, template: str | None, variables: list[str], rows: list[tuple[object, ...]]) -> list[ox.Quad]:
    """``template``'s quads for each row, filled in by Oxigraph on an empty store (unbound or ill-typed ones left out)."""
    if template is None or not rows:
        return []
    head = " ".join(f"?{name}" for name in variables)
    body = " ".join("(" + " ".join("UNDEF" if t is None else str(t) for t in row) + ")" for row in rows)
    memory = ox.Store()
    memory.update(f"{prologue}INSERT {template} WHERE {{ VALUES ({head}) {{ {body} }} }}")
    return list(memory)


def apply_update(store: ox.Store, before: ox.Store, sparql: str, updates_graph: ox.NamedNode) -> Delta | None:
    """Apply ``sparql`` to ``store`` (a copy of ``before``): by delta while it can be, from the first operation
    that cannot, the rest by Oxigraph. None when the default graph needs a pass over the store afterwards."""
    operations = where_operations(sparql)
    if operations is None:
        return _by_oxigraph(store, before, sparql, updates_graph)
    for operation in operations:
        delta = operation_delta(store, before, operation, updates_graph)
        if delta is None:
            return _by_oxigraph(store, before, operation.prologue + sparql[operation.start:], updates_graph)
        apply_delta(store, delta)
    return Delta()


def _by_oxigraph(store: ox.Store, before: ox.Store, sparql: str, updates_graph: ox.NamedNode) -> None:
    """Oxigraph runs the update; statements it put in the default graph alone go to ``updates_graph``."""
    try:
        store.update(sparql)
    except SyntaxError as exc:
        raise QuerySyntaxError(str(exc)) from exc
    except RuntimeError as exc:  # e.g. DROP GRAPH of a graph the store lacks
        raise evaluation_error(str(exc)) or StoreError(f"the update failed: {exc}") from exc
    if may_add(sparql):  # else nothing can have been added to the default graph
        store.extend(ox.Quad(t.subject, t.predicate, t.object, updates_graph) for t in added_to_default(store, before))
    return None


def check_syntax(sparql: str) -> None:
    """Raise :class:`QuerySyntaxError` for an update Oxigraph cannot parse."""
    try:
        ox.Store().update(sparql)  # on an empty store: WHERE operations parse, match nothing and write nothing
    except SyntaxError as exc:
        raise QuerySyntaxError(str(exc)) from exc
