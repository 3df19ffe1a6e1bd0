"""Query results as bytes in the SPARQL result and RDF formats, or as a text table."""

from __future__ import annotations

import io
from collections.abc import Callable
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


def serialize_limited(result: QueryResult | list[ox.Triple], name: str, prefixes: dict[str, str] | None, limit: int,
                      again: Callable[[], QueryResult] | None = None) -> tuple[bytes, bool]:
    """Like :func:`serialize_result`, but at most ``limit`` solutions or triples; True if some were cut.

    With ``again`` (a function that runs the same query anew), solutions are written by
    Oxigraph's own serializer straight to bytes, and only a result that may hold more than
    ``limit`` rows is run ``again`` and cut row by row in Python (twice the work, for big results only).

    >>> store = ox.Store()
    >>> store.extend([ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(i)) for i in range(3)])
    >>> query = lambda: store.query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s")
    >>> body, cut = serialize_limited(query(), "csv", None, 2)
    >>> cut, body.decode().split()
    (True, ['s', 'urn:s0', 'urn:s1'])
    >>> serialize_limited(query(), "csv", None, 2, again=query) == (body, cut)
    True
    >>> serialize_limited(query(), "tsv", None, 3, again=query)[1]
    False
    """
    if isinstance(result, ox.QueryBoolean):
        return serialize_result(result, name, prefixes), False
    if again is not None and isinstance(result, ox.QuerySolutions) and name in _ROW_MARKS:
        body = _written_whole(result, name, limit)
        if body is not None:
            return body, False
        result = again()
    rows = list(islice(result, limit + 1))
    cut = len(rows) > limit
    if isinstance(result, (ox.QueryTriples, list)):  # a list: triples read from a remote store
        if name not in GRAPH_FORMATS:
            raise UnsupportedFormat(f"a graph result cannot be written as {name!r}; use one of {', '.join(GRAPH_FORMATS)}")
        fmt = GRAPH_FORMATS[name]
        with_prefixes = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return ox.serialize(rows[:limit], format=fmt, prefixes=with_prefixes), cut
    return serialize_result(_solutions(result.variables, rows[:limit]), name, prefixes), cut


#: per format: a byte string found at least once per solution (JSON: between two), and what to add to its count,
#: so that ``body.count(mark) + extra`` is never less than the number of solutions (strings may hold the mark too)
_ROW_MARKS = {"json": (b"},{", 1), "xml": (b"<result>", 0), "csv": (b"\n", -1), "tsv": (b"\n", -1)}
_BYTES_PER_ROW = 512  # a result bigger than this per allowed row is cut the slow way, whatever its row count


class _TooBig(Exception):
    pass


class _CappedBuffer(io.BytesIO):
    """An in-memory file that refuses to grow past ``cap`` bytes (Oxigraph writes to it in 8 KiB pieces)."""

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap = cap

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.tell() + len(data) > self.cap:
            raise _TooBig()
        return super().write(data)


def _written_whole(result: ox.QuerySolutions, name: str, limit: int) -> bytes | None:
    """All of ``result`` written by Oxigraph, or None when it may hold more than ``limit`` solutions."""
    out = _CappedBuffer(limit * _BYTES_PER_ROW + (1 << 20))
    try:
        result.serialize(out, format=RESULT_FORMATS[name])
    except _TooBig:
        return None
    body = out.getvalue()
    mark, extra = _ROW_MARKS[name]
    return body if body.count(mark) + extra <= limit else None


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
