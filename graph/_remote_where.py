"""Updates with a ``WHERE`` on a remote store, in one request that keeps the default graph by delta.

The on-disk store reads such an update's changes before it writes them
(:mod:`._where_update`); a remote store must apply an update in one request, so
that no other writer comes between the reading and the writing. So the request
records, for each operation, what its templates give for the solutions of its
pattern — before the operation runs, with the same pattern, so the same
solutions — as triple terms in a bookkeeping graph: the statements it deletes
(``del``), the ones it adds to a named graph (``add``) and the ones it adds to
the default graph that the default graph lacked (``new``). Then the operation
runs as written, and the record brings the default graph up to date, touching
only those statements: ``add`` joins the union, ``new`` held by no named graph
goes to ``updates_graph``, ``del`` leaves the default graph unless a named graph
still holds it (and comes back to it when one does). Then the record is dropped.
Oxigraph applies one request in one transaction.

The operation itself can see the bookkeeping graph while it runs, and one that
deletes every statement of every graph (``DELETE WHERE { GRAPH ?g { ?s ?p ?o } }``)
deletes the record too. So the record holds a sentinel statement; when the
operation has taken it away, the request falls back to a pass over the store for
the default graph (guarded by a flag statement that the pass's pattern reads
first, so it costs nothing when the sentinel is there); then, as with the record
of the whole default graph (:mod:`._remote_update`), statements the operation
left in the default graph alone are not kept.

The templates are read by Oxigraph: each variable is written as a placeholder
IRI and the template filled in on an empty in-memory store, which gives its
quads. An insert template with a blank node (a new node per solution, which a
record cannot follow), or a prefix declared twice, is not read here
(:func:`compose_where` gives None) and is left to the pass over the store.
"""

from __future__ import annotations

import uuid

import pyoxigraph as ox

from ._where_update import SCAN, Operation, where_operations

__all__ = ["compose_where"]

_VARIABLE = "urn:innograph:variable:"
_WAS = "<urn:innograph:was>"
_SENTINEL = f"{_WAS} <urn:innograph:intact> <<( {_WAS} {_WAS} {_WAS} )>>"


def compose_where(sparql: str, updates_graph: str) -> str | None:
    """The request applying ``sparql`` (``DELETE``/``INSERT`` … ``WHERE`` operations only) by delta, or None."""
    operations = where_operations(sparql)
    if operations is None or not _one_declaration_each(operations[-1].prologue):
        return None
    steps = []
    for operation in operations:
        step = _operation(sparql, operation, str(ox.NamedNode(updates_graph)))
        if step is None:
            return None
        steps += step
    return operations[-1].prologue + " ;\n".join(steps)


def _one_declaration_each(prologue: str) -> bool:
    names = [t.group().lower() for t in SCAN.finditer(prologue) if t.group().endswith(":")]
    return len(names) == len(set(names))


def _operation(sparql: str, operation: Operation, target: str) -> list[str] | None:
    deleted = _patterns(operation.prologue, operation.delete)
    inserted = _patterns(operation.prologue, operation.insert)
    if deleted is None or inserted is None or any(isinstance(t, ox.BlankNode) for q in inserted for t in q):
        return None
    record = f"<urn:innograph:delta:{uuid.uuid4().hex}>"
    marks = [_mark(record, "del", q) for q in deleted]
    marks += [_mark(record, "add", q) for q in inserted if not isinstance(q.graph_name, ox.DefaultGraph)]
    where = operation.where
    steps = [f"INSERT {{ {' '.join(marks)} }} WHERE {where}"] if marks else []
    steps += [f"INSERT {{ {_mark(record, 'new', q)} }} WHERE {{ {where[1:-1]} FILTER NOT EXISTS {{ {_triple(q)} }} }}"
              for q in inserted if isinstance(q.graph_name, ox.DefaultGraph)]
    steps.append(sparql[operation.start:operation.end])
    return [f"INSERT DATA {{ GRAPH {record} {{ {_SENTINEL} }} }}", *steps, *_settle(record, target)]


def _settle(record: str, target: str) -> list[str]:
    """Bring the default graph up to date from the record, or by a pass when the record was lost; drop the record."""
    flag = f"<urn:innograph:lost:{uuid.uuid4().hex}>"
    held = f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {record})"
    lost = f"GRAPH {flag} {{ {_WAS} {_WAS} {_WAS} }}"
    def marked(kind: str) -> str:
        return f"GRAPH {record} {{ {_WAS} <urn:innograph:{kind}> <<( ?s ?p ?o )>> }}"
    return [
        f"INSERT {{ {lost} }} WHERE {{ FILTER NOT EXISTS {{ GRAPH {record} {{ {_SENTINEL} }} }} }}",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ {marked('add')} }}",
        f"INSERT {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ {marked('new')} FILTER NOT EXISTS {{ {held} }} }}",
        f"DELETE {{ ?s ?p ?o }} WHERE {{ {marked('del')} FILTER NOT EXISTS {{ {held} }} }}",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ {marked('del')} {held} }}",
        f"DROP SILENT GRAPH {record}",
        f"DELETE {{ ?s ?p ?o }} WHERE {{ {lost} ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ {lost} GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {flag}) FILTER NOT EXISTS {{ ?s ?p ?o }} }}",
        f"DROP SILENT GRAPH {flag}",
    ]


def _mark(record: str, kind: str, quad: ox.Quad) -> str:
    return f"GRAPH {record} {{ {_WAS} <urn:innograph:{kind}> <<( {_triple(quad)} )>> }}"


def _triple(quad: ox.Quad) -> str:
    return " ".join(_term(t) for t in (quad.subject, quad.predicate, quad.object))


def _term(term: object) -> str:
    if isinstance(term, ox.NamedNode) and term.value.startswith(_VARIABLE):
        return "?" + term.value[len(_VARIABLE):]
    return str(term)


def _patterns(prologue: str, template: str | None) -> list[ox.Quad] | None:
    """``template``'s quads, its variables as placeholder IRIs; None when Oxigraph cannot fill it in that way."""
    if template is None:
        return []
    pieces, last = [], 0
    for token in SCAN.finditer(template):
        if token.group()[0] in "?$":
            pieces += [template[last:token.start()], f"<{_VARIABLE}{token.group()[1:]}>"]
            last = token.end()
    memory = ox.Store()
    try:  # a variable where an IRI cannot stand (a literal's datatype, a language tag) makes it fail
        memory.update(f"{prologue}INSERT DATA {''.join([*pieces, template[last:]])}")
    except (SyntaxError, ValueError):
        return None
    return list(memory)
