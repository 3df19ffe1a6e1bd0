"""Bounded lookups: which queries the server answers itself, and that their answers equal a worker's."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from innograph.graph import Store
from innograph.server import create_app
from innograph.server._bounded import MAX_STEPS, bounded_lookup, parse_lookup
from innograph.settings import Settings

EX = "http://example.org/"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
P = f"PREFIX ex: <{EX}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { <http://example.org/x> ?p ?o }",
    P + "SELECT * { ex:x ?p ?o . }",
    P + "select ?o where { ex:x rdfs:label ?o } limit 3 offset 1",
    P + "ASK { ?s a ex:C }",
    P + "SELECT ?p ?o { ex:x ?p ?o . VALUES ?p { rdfs:label ex:name } } OFFSET 2 LIMIT 1",
    "SELECT ?s WHERE {\n  ?s ?p <http://example.org/o>\n}\n",
    "prefix : <http://example.org/>\nSELECT ?s { ?s :p ?o }",
])
def test_single_pattern_lookups_are_recognised(query):
    assert parse_lookup(query) is not None


@pytest.mark.parametrize("query", [
    P + "SELECT DISTINCT ?p WHERE { ?s ?p ?o }",  # DISTINCT may scan everything for a few rows
    P + "SELECT ?o WHERE { ex:x ?p ?o FILTER(?o = 1) }",
    P + "SELECT ?o WHERE { ex:x rdfs:label ?o } ORDER BY ?o",
    P + 'SELECT ?s WHERE { ?s rdfs:label "x" }',  # strings are never read
    P + "SELECT ?s WHERE { ?s ?p ?o } # comment",
    P + "SELECT ?s WHERE { ?s ?p ?s }",  # a repeated variable filters the matches
    P + "SELECT ?s WHERE { ?s ?p ?o . ?o ?q ?r }",  # a join
    P + "SELECT ?s WHERE { ?s ?p ?o . VALUES ?z { ex:a } }",  # VALUES on another variable: a product
    P + "SELECT ?s WHERE { ?s ?p ?o . VALUES ?p { ex:a ex:a } }",  # repeated values multiply rows
    P + "SELECT ?s WHERE { ?s ?p ?o . VALUES ?p { " + " ".join(f"ex:v{i}" for i in range(65)) + " } }",
    "SELECT ?s WHERE { ?s foo:p ?o }",  # undeclared prefix: left to the parser's error
    "PREFIX ex: <http://example.org/> # a comment\nSELECT ?s WHERE { ?s ex:p ?o }",
    "BASE <http://example.org/> SELECT ?s WHERE { <x> ?p ?o }",
    P + "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }",
    P + "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    P + "CONSTRUCT WHERE { ?s ?p ?o }",
    P + "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 LIMIT 2",
    "",
])
def test_everything_else_is_not(query):
    assert parse_lookup(query) is None


def _nquads(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + f" <{EX}g> .\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """ex:Edge has exactly MAX_STEPS members, ex:Over one more; ex:x has three statements."""
    folder = tmp_path_factory.mktemp("bounded")
    lines = [f"<{EX}e{i}> {TYPE} <{EX}Edge>" for i in range(MAX_STEPS)]
    lines += [f"<{EX}o{i}> {TYPE} <{EX}Over>" for i in range(MAX_STEPS + 1)]
    lines += [f'<{EX}x> <{EX}name> "x{i}"' for i in range(3)]
    store = Store(folder / "store")
    store.replace_with([_nquads(folder / "data.nq", lines)])
    return store


@pytest.mark.parametrize(("query", "bounded"), [
    (P + "SELECT ?p ?o { ex:x ?p ?o }", True),
    (P + "SELECT ?s { ?s a ex:Edge }", True),  # exactly MAX_STEPS matches
    (P + "SELECT ?s { ?s a ex:Over }", False),  # one more
    (P + "SELECT ?s { ?s a ex:Over } LIMIT 10", True),  # every index step is a solution
    (P + f"SELECT ?s {{ ?s a ex:Over }} LIMIT 10 OFFSET {MAX_STEPS - 10}", True),
    (P + f"SELECT ?s {{ ?s a ex:Over }} LIMIT 10 OFFSET {MAX_STEPS - 9}", False),
    (P + "SELECT ?s ?t { ?s a ?t . VALUES ?t { ex:Over } } LIMIT 1", False),  # VALUES may reject: count
    (P + "SELECT ?s ?t { ?s a ?t . VALUES ?t { ex:Edge } } LIMIT 1", False),  # ?s a ?t matches all 2001
    (P + "SELECT ?s { ?s ?p ?o }", False),
])
def test_work_is_counted_in_the_store(big_store, query, bounded):
    assert bounded_lookup(big_store.handle(), query) is bounded


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values"])
@pytest.mark.parametrize("query", [
    P + "SELECT ?p ?o { ex:x ?p ?o . VALUES ?p { ex:name } }",
    P + "SELECT ?s { ?s a ex:Edge } LIMIT 7 OFFSET 3",
    P + "ASK { ex:x ex:name ?o }",
])
def test_the_server_answers_a_lookup_as_a_worker_would(big_store, query, accept):
    client = TestClient(create_app(Settings(workers=1, query_timeout=10), big_store))
    assert parse_lookup(query) is not None
    mine = client.get("/sparql", params={"query": query}, headers={"accept": accept})
    worker = client.get("/sparql", params={"query": query + " # a comment sends it to a worker"},
                        headers={"accept": accept})
    assert mine.status_code == worker.status_code == 200
    assert mine.headers["content-type"] == worker.headers["content-type"]
    assert mine.content == worker.content and mine.content
