"""Query results as bytes in the SPARQL result and RDF formats, or as a text table."""

from __future__ import annotations

import io
from itertools import islice

import pyoxigraph as ox

from ..errors import UnsupportedFormat
from ._store import QueryResult

__all__ = ["RESULT_FORMATS", "GRAPH_FORMATS", "serialize_result", "serialize_limited", "result_table"]

#: name -> format for SELECT/ASK results
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
#: name -> format for CONSTRUCT/DESCRIBE results
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,  # the triples in the default graph
}


def serialize_result(result: QueryResult, name: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Serialize a query result in the format called ``name`` (see the two tables above)."""
    out = io.BytesIO()
    if isinstance(result, ox.QueryTriples):
        if name not in GRAPH_FORMATS:
            raise UnsupportedFormat(f"a graph result cannot be written as {name!r}; use one of {', '.join(GRAPH_FORMATS)}")
        fmt = GRAPH_FORMATS[name]
        ox.serialize(result, out, format=fmt, prefixes=prefixes if fmt is ox.RdfFormat.TURTLE else None)
        return out.getvalue()
    if name not in RESULT_FORMATS:
        raise UnsupportedFormat(f"a SELECT/ASK result cannot be written as {name!r}; use one of {', '.join(RESULT_FORMATS)}")
    result.serialize(out, format=RESULT_FORMATS[name])
    return out.getvalue()


def serialize_limited(result: QueryResult | list[ox.Triple], name: str, prefixes: dict[str, str] | None, limit: int) -> tuple[bytes, bool]:
    """Like :func:`serialize_result`, but at most ``limit`` solutions or triples; True if some were cut.

    >>> store = ox.Store()
    >>> store.extend([ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(i)) for i in range(3)])
    >>> body, cut = serialize_limited(store.query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"), "csv", None, 2)
    >>> cut, body.decode().split()
    (True, ['s', 'urn:s0', 'urn:s1'])
    """
    if isinstance(result, ox.QueryBoolean):
        return serialize_result(result, name, prefixes), False
    rows = list(islice(result, limit + 1))
    cut = len(rows) > limit
    if isinstance(result, (ox.QueryTriples, list)):  # a list: triples read from a remote store
        if name not in GRAPH_FORMATS:
            raise UnsupportedFormat(f"a graph result cannot be written as {name!r}; use one of {', '.join(GRAPH_FORMATS)}")
        fmt = GRAPH_FORMATS[name]
        with_prefixes = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return ox.serialize(rows[:limit], format=fmt, prefixes=with_prefixes), cut
    return serialize_result(_solutions(result.variables, rows[:limit]), name, prefixes), cut


def _solutions(variables: list[ox.Variable], rows: list[ox.QuerySolution]) -> ox.QuerySolutions:
    """Solutions already read, as a fresh :class:`ox.QuerySolutions` (through TSV, where terms are N-Triples)."""
    lines = ["\t".join(str(v) for v in variables)]
    lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
    parsed = ox.parse_query_results("\n".join(lines) + "\n", format=ox.QueryResultsFormat.TSV)
    assert isinstance(parsed, ox.QuerySolutions)
    return parsed


def _compact(term: object, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(iri) and "/" not in term.value[len(iri) :]:
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def result_table(result: ox.QuerySolutions, prefixes: dict[str, str]) -> str:
    """A SELECT result as an aligned text table, IRIs shortened with ``prefixes``."""
    names = [v.value for v in result.variables]
    rows = [[_compact(solution[name], prefixes) for name in names] for solution in result]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    body = [line(names), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    body.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(body) + "\n"
