"""Writes to a remote store with the semantics of the on-disk store, each in one update request.

:meth:`Store.update` applies an update to a copy of the current generation, keeps
in the named graph ``updates_graph`` the statements the update added to the
default graph itself (in no named graph, and not in the old default graph), and
then re-materialises the default graph as the union of the named graphs, so a
statement deleted from every named graph leaves the default graph too.

A remote store has no copy to compare with, so the request sent to it carries its
own record of the old default graph. When the update can remove statements (one
of the words DELETE, DROP, CLEAR, MOVE, COPY appears in it), the request first
records each statement of the default graph as a triple term in a bookkeeping
graph, ``<urn:innograph:was> <urn:innograph:was> <<( s p o )>>``; then runs the
update; moves into ``updates_graph`` the statements of the default graph that are
in no named graph and not recorded; removes the bookkeeping; re-materialises.
Without such a word no statement can leave the named graphs, and the record is
skipped; without any of INSERT, ADD, COPY, MOVE, LOAD nothing can be added to the
default graph, and the update is followed by the reconciliation alone. Oxigraph applies one update request in one transaction, so readers
never see the bookkeeping or a half-applied update.

Limits: the update itself can see the bookkeeping graph (``GRAPH ?g`` matches it
while the request runs; statements with its subject that the update copies
elsewhere are removed afterwards), and an update that removes every triple term
from every graph with ``GRAPH ?g { ?s ?p ?o }`` removes the record as well, so a
statement it leaves in the default graph alone is kept in ``updates_graph``.
Recording costs one pass over the default graph, as the re-materialisation does.

Writes whose changes are known keep the default graph by delta instead, as the
on-disk store does (see :mod:`._delta`): updates made only of ``INSERT DATA`` or
only of ``DELETE DATA``, and Graph Store writes. Their requests touch only the
statements written, whatever the size of the store. Updates made only of
``DELETE``/``INSERT`` … ``WHERE`` operations record only what their templates give
(:mod:`._remote_where`).
"""

from __future__ import annotations

import re
import uuid

import pyoxigraph as ox

from ..errors import InputError, QuerySyntaxError
from ._delta import data_operation, may_add
from ._remote_where import compose_where
from ._store import RECONCILE

__all__ = ["compose_update", "graph_write", "graph_drop"]

_WAS = "<urn:innograph:was>"
_REMOVES = re.compile(r"\b(DELETE|DROP|CLEAR|MOVE|COPY)\b", re.IGNORECASE)
#: the declarations an update opens with (Oxigraph reads them only at the start of a request)
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)


def check_update_syntax(sparql: str) -> None:
    """Raise :class:`QuerySyntaxError` with Oxigraph's own message (as the on-disk store would) for bad SPARQL.

    The update runs on an empty in-memory store, so the remote is not asked to parse a request whose
    line numbers the bookkeeping would shift; errors other than syntax are left to the remote.
    """
    try:
        ox.Store().update(sparql)
    except SyntaxError as exc:
        raise QuerySyntaxError(str(exc)) from exc
    except (RuntimeError, OSError, ValueError):
        pass


def compose_update(sparql: str, updates_graph: str) -> str:
    """The one request that applies ``sparql`` to a remote store as :meth:`Store.update` does locally."""
    data = data_operation(sparql)
    if data is not None:  # only INSERT DATA or only DELETE DATA: the default graph is kept by delta
        kind, quads = data
        return _insert_data(quads, ox.NamedNode(updates_graph)) if kind == "INSERT" else _delete_data(quads)
    check_update_syntax(sparql)
    by_delta = compose_where(sparql, updates_graph)
    if by_delta is not None:  # DELETE/INSERT ... WHERE only: the record covers only what the templates give
        return by_delta
    prologue = _PROLOGUE.match(sparql).group()  # type: ignore[union-attr]
    user = sparql[len(prologue):].rstrip()
    user = user[:-1] if user.endswith(";") else user
    target = str(ox.NamedNode(updates_graph))
    orphan = "?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }"
    if not may_add(sparql):  # nothing added to the default graph: every statement in no named graph goes
        return prologue + ";\n".join([f"{user}\n", RECONCILE])
    if not _REMOVES.search(sparql):
        return prologue + ";\n".join([f"{user}\n", f"INSERT {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ {orphan} }}",
                                        RECONCILE])
    record = f"<urn:innograph:before:{uuid.uuid4().hex}>"
    was = f"{_WAS} {_WAS} <<( ?s ?p ?o )>>"
    return prologue + "\n" + ";\n".join([
        f"INSERT {{ GRAPH {record} {{ {was} }} }} WHERE {{ ?s ?p ?o }}",
        f"{user}\n",
        f"INSERT {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ {orphan} FILTER NOT EXISTS {{ GRAPH {record} {{ {was} }} }} }}",
        f"DELETE WHERE {{ GRAPH ?g {{ {_WAS} ?p ?o }} }}",
        f"DELETE WHERE {{ {_WAS} ?p ?o }}",
        f"DROP SILENT GRAPH {record}",
        RECONCILE,
    ])


def _insert_data(quads: list[ox.Quad], target: ox.NamedNode) -> str:
    """INSERT DATA by delta: statements for the default graph that it lacked and no graph of the request holds go to
    ``target``; one ``INSERT DATA`` writes everything, so a blank node is one node throughout."""
    named = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
    in_named = {q.triple for q in named}
    own = [q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph) and q.triple not in in_named]
    plain = [t for t in own if not any(isinstance(term, ox.BlankNode) for term in t)]
    blank = [ox.Quad(t.subject, t.predicate, t.object, target) for t in own if t not in plain]  # new nodes: never held before
    operations = [f"INSERT {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ {_values(plain)} FILTER NOT EXISTS {{ ?s ?p ?o }} }}"] \
        if plain else []
    everything = [*named, *blank, *(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)]
    return " ;\n".join([*operations, f"INSERT DATA {{ {_block(everything)} }}"])


def _delete_data(quads: list[ox.Quad]) -> str:
    """DELETE DATA by delta: each statement is in the default graph afterwards exactly when a named graph holds it."""
    rows = _values([q.triple for q in quads])
    return " ;\n".join([
        f"DELETE DATA {{ {_block(quads)} }}",
        f"DELETE {{ ?s ?p ?o }} WHERE {{ {rows} FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ {rows} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}",
    ]) if quads else "INSERT DATA { }"


def _values(triples: list[ox.Triple]) -> str:
    return "VALUES (?s ?p ?o) { " + " ".join(f"({t.subject} {t.predicate} {t.object})" for t in triples) + " }"


def _block(quads: list[ox.Quad]) -> str:
    """Quads as the body of ``INSERT DATA`` / ``DELETE DATA``: default-graph statements, then one GRAPH block per graph."""
    graphs: dict[str, list[str]] = {}
    for q in quads:
        key = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        graphs.setdefault(key, []).append(f"{q.subject} {q.predicate} {q.object} .")
    return "\n".join("\n".join(lines) if not key else f"GRAPH {key} {{\n" + "\n".join(lines) + "\n}"
                     for key, lines in graphs.items())


def graph_write(graph: str, data: bytes, fmt: ox.RdfFormat, *, replace: bool) -> str:
    """The update request for a Graph Store PUT (``replace``) or POST of ``data`` into ``graph``.

    The default graph is kept by delta, as the on-disk store keeps it: the new statements go into
    ``graph`` and the default graph (one ``INSERT DATA``, so a blank node is the same node in both);
    a PUT first takes the graph's old statements out of the default graph unless another graph holds them.
    """
    try:
        triples = [quad.triple for quad in ox.parse(data, format=fmt)]
    except SyntaxError as exc:
        raise InputError(f"the request body is not valid {fmt.name}: {exc}") from exc
    body = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    name = str(ox.NamedNode(graph))
    operations = [*_forget(name), f"DROP SILENT GRAPH {name}"] if replace else []
    return " ;\n".join([*operations, f"INSERT DATA {{ GRAPH {name} {{\n{body}}}\n{body}}}"])


def graph_drop(graph: str) -> str:
    """The update request for a Graph Store DELETE of ``graph`` (the default graph kept by delta)."""
    name = str(ox.NamedNode(graph))
    return " ;\n".join([*_forget(name), f"DROP GRAPH {name}"])


def _forget(name: str) -> list[str]:
    """Statements of the graph ``name`` leave the default graph unless another named graph holds them."""
    return [f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {name}) }} }}"]
