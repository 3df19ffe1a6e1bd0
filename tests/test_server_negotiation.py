"""Content negotiation, the SERVICE guard and the error-to-status mapping, as plain functions."""

from __future__ import annotations


import pytest

from innograph.errors import (
    DocumentError,
    InnographError,
    InputError,
    QuerySyntaxError,
    StoreError,
    UnsupportedFormat,
    UpdateRefused,
)
from innograph.errors import UnsupportedContentType
from innograph.server._errors import status_for
from innograph.server._guard import query_form, uses_service
from innograph.server._negotiation import choose, names_explicitly, parse_accept

OFFERS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("", "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv", "text/csv"),
        ("TEXT/CSV", "text/csv"),
        ("text/*", "text/csv"),
        ("text/*;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.3, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
        ("*/*;q=0.1, text/csv;q=0.2", "text/csv"),
        ("text/*, text/csv;q=0", "text/tab-separated-values"),
        ("application/sparql-results+json;q=0, */*", "application/sparql-results+xml"),
        ("text/csv;charset=utf-8;q=0.9", "text/csv"),
        ("text/csv;q=banana, application/sparql-results+xml;q=0.1", "application/sparql-results+xml"),
        ("image/png", None),
        ("text/csv;q=0", None),
        ("nonsense", None),
    ],
)
def test_choose(accept, expected):
    assert choose(accept, OFFERS) == expected


def test_parse_accept_keeps_quality_and_drops_malformed_ranges():
    ranges = parse_accept("text/html, application/xml;q=0.9, garbage, */*;q=0.8")
    assert [(r.type, r.subtype, r.q) for r in ranges] == [
        ("text", "html", 1.0), ("application", "xml", 0.9), ("*", "*", 0.8),
    ]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("text/html,*/*;q=0.8", True), ("*/*", False), ("text/*", False), (None, False), ("text/html;q=0", False)],
)
def test_names_explicitly(accept, expected):
    assert names_explicitly(accept, "text/html") is expected


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE {SERVICE<http://example.org/sparql>{?s ?p ?o}}",
        "SELECT * WHERE { ?s ?p ?o . SERVICE ?endpoint { ?s ?p ?o } }",
        "PREFIX ex: <http://example.org/> # a comment\nSELECT * { SERVICE ex:x { ?s ?p ?o } }",
        "SELECT * { FILTER(?a<?b) SERVICE <http://x/> {} }",
    ],
)
def test_service_is_found(query):
    assert uses_service(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?service WHERE { ?service a ?type }",
        "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
        "SELECT * WHERE { ?s ex:service ?o }",
        "SELECT * WHERE { ?s ?p 'SERVICE' }",
        'SELECT * WHERE { ?s ?p """a\nSERVICE <http://x> { }""" }',
        "# SERVICE <http://example.org>\nSELECT * WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p \"say \\\" SERVICE\" }",
    ],
)
def test_service_is_not_found_where_it_is_not_a_keyword(query):
    assert not uses_service(query)


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (QuerySyntaxError("error at 1:1"), 400),
        (InputError("bad parameter"), 400),
        (DocumentError("a.txt", "binary"), 400),
        (UnsupportedFormat("no"), 406),
        (UnsupportedContentType("no"), 415),
        (UpdateRefused("read-only"), 403),
        (StoreError("empty"), 503),
        (InnographError("something else"), 500),
    ],
)
def test_status_for(error, status):
    assert status_for(error) == status


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT * { ?s ?p ?o }", "SELECT"),
        ("# title: a CONSTRUCT query\nPREFIX ex: <http://example.org/ASK>\nselect * { ?s ?p ?o }", "SELECT"),
        ("BASE <http://example.org/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <http://example.org/x>", "DESCRIBE"),
        ("ask { }", "ASK"),
        ("INSERT DATA { }", None),
    ],
)
def test_query_form(query, form):
    assert query_form(query) == form
