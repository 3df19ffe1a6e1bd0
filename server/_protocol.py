"""The SPARQL 1.1 Protocol's ways of sending a request, read into one object.

Query via GET (``?query=``), via POST form (``application/x-www-form-urlencoded``,
``query=``) or via POST directly (``application/sparql-query`` body); graphs in
``default-graph-uri`` / ``named-graph-uri``. An update (``update=`` or an
``application/sparql-update`` body) is read too, so that it can be refused with
403 rather than misread. https://www.w3.org/TR/sparql11-protocol/#query-operation
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote_to_bytes

import pyoxigraph as ox
from fastapi import Request

from ..errors import InputError
from ..errors import UnsupportedContentType
from ._negotiation import base_type

__all__ = ["SparqlRequest", "read_sparql_request", "FORM", "SPARQL_QUERY", "SPARQL_UPDATE", "OPENAPI"]

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


@dataclass(frozen=True)
class SparqlRequest:
    query: str | None = None
    update: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    format: str | None = None


async def read_sparql_request(request: Request) -> SparqlRequest:
    """FastAPI dependency: the request's query (or update), graphs and format.

    Async because reading a body is; the handler that runs the query is sync.
    """
    fields = query_fields(request.scope["query_string"])
    if request.method == "POST":
        fields = await _body_fields(request) + fields
    return _from_fields(fields)


def query_fields(raw: bytes) -> list[tuple[str, str]]:
    """The fields of a URL's query string, as :func:`urllib.parse.parse_qsl` reads them (UTF-8, blanks kept).

    A SPARQL query in a URL is mostly percent escapes, and ``parse_qsl`` undoes them one by
    one in Python (about 40 µs for a short query); here a C codec does it.

    >>> query_fields(b"query=SELECT%20%3Fs%20%7B%7D&format=&x=a+b%2Bc%ZZ")
    [('query', 'SELECT ?s {}'), ('format', ''), ('x', 'a b+c%ZZ')]
    """
    fields = []
    for part in raw.split(b"&"):
        if part:
            name, _, value = part.partition(b"=")
            fields.append((_unquote_plus(name), _unquote_plus(value)))
    return fields


def _unquote_plus(raw: bytes) -> str:
    raw = raw.replace(b"+", b" ")
    if b"%" in raw:
        try:  # %XX -> \xXX, other backslashes doubled: the escape codec turns them back into bytes
            raw = codecs.escape_decode(raw.replace(b"\\", b"\\\\").replace(b"%", b"\\x"))[0]  # type: ignore[attr-defined]
        except ValueError:  # a "%" not followed by two hex digits stays as it is, as parse_qsl leaves it
            raw = unquote_to_bytes(raw)
    return raw.decode("utf-8", errors="replace")


async def _body_fields(request: Request) -> list[tuple[str, str]]:
    header = request.headers.get("content-type", "")
    media_type = base_type(header)
    if media_type not in (FORM, SPARQL_QUERY, SPARQL_UPDATE):
        shown = media_type or "no Content-Type"
        raise UnsupportedContentType(f"cannot read a POST body of {shown}; send {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}")
    text = _decode(await request.body(), header)
    if media_type == SPARQL_QUERY:
        return [("query", text)]
    if media_type == SPARQL_UPDATE:
        return [("update", text)]
    try:
        return parse_qsl(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError as exc:
        raise InputError(f"the form is not valid percent-encoded UTF-8: {exc}") from exc


def _decode(body: bytes, content_type: str) -> str:
    charset = "utf-8"
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"') or charset
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot decode the request body as {charset}: {exc}") from exc


def _one(fields: list[tuple[str, str]], name: str) -> str | None:
    values = [value for key, value in fields if key == name]
    if len(values) > 1:
        raise InputError(f"the request has {len(values)} '{name}' parameters; send exactly one")
    return values[0] if values else None


def _from_fields(fields: list[tuple[str, str]]) -> SparqlRequest:
    query, update = _one(fields, "query"), _one(fields, "update")
    if query is not None and update is not None:
        raise InputError("the request has both 'query' and 'update'; send one of them")
    formats = [value for key, value in fields if key == "format" and value.strip()]
    return SparqlRequest(
        query=query,
        update=update,
        default_graphs=_graphs(fields, "default-graph-uri"),
        named_graphs=_graphs(fields, "named-graph-uri"),
        format=formats[0] if formats else None,
    )


def _graphs(fields: list[tuple[str, str]], name: str) -> tuple[str, ...]:
    values = tuple(value for key, value in fields if key == name)
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError as exc:
            raise InputError(f"{name} {value!r} is not an absolute IRI: {exc}") from exc
    return values


def _parameter(name: str, description: str, many: bool = False) -> dict[str, object]:
    schema: dict[str, object] = {"type": "array", "items": {"type": "string"}} if many else {"type": "string"}
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


#: OpenAPI description of /sparql (the parameters are read by hand above)
OPENAPI: dict[str, object] = {
    "parameters": [
        _parameter("query", "A SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE)."),
        _parameter("default-graph-uri", "Graphs whose union is the default graph (default: all graphs).", True),
        _parameter("named-graph-uri", "Graphs that GRAPH may address (default: all graphs).", True),
        _parameter("format", "Result format, overriding Accept: json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml."),
    ],
}
