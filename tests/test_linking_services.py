"""Helpers for the linking tests: a W3C Reconciliation Service and a SPARQL endpoint on 127.0.0.1.

Both are real HTTP servers (http.server in a thread) speaking their protocols, so the
client code under test goes through sockets, forms and JSON as it would on the network.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def _reply(handler: BaseHTTPRequestHandler, body: Any, media_type: str = "application/json") -> None:
    data = json.dumps(body).encode("utf-8")
    handler.send_response(200)
    handler.send_header("Content-Type", media_type)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def _candidates(query: dict[str, Any], entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities sharing a word with the query, filtered by the P17 constraint, scored by shared words."""
    words = set(query["query"].lower().split())
    wanted = {p["v"] for p in query.get("properties", []) if p.get("pid") == "P17"}
    found = []
    for entity in entities:
        if wanted and entity["country"] not in wanted:
            continue
        shared = words & set(entity["name"].lower().split())
        if shared:
            score = 100.0 * len(shared) / len(words | set(entity["name"].lower().split()))
            found.append({"id": entity["id"], "name": entity["name"], "score": score, "match": score == 100.0,
                          "type": [{"id": "Q43229", "name": "organization"}]})
    return sorted(found, key=lambda c: -c["score"])[: int(query.get("limit", 5))]


@contextmanager
def reconciliation_service(entities: list[dict[str, Any]]) -> Iterator[tuple[str, list[int]]]:
    """A reconciliation service over ``entities`` ({id, name, country}); yields its URL and a list counting POSTs."""
    posts: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            _reply(self, {"versions": ["0.2"], "name": "test reconciliation", "identifierSpace": "http://www.wikidata.org/entity/",
                          "schemaSpace": "http://www.wikidata.org/prop/direct/",
                          "defaultTypes": [{"id": "Q43229", "name": "organization"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
            queries = json.loads(form["queries"][0])
            posts.append(len(queries))
            _reply(self, {key: {"result": _candidates(q, entities)} for key, q in queries.items()})

    with _serving(Handler) as url:
        yield url, posts


@contextmanager
def sparql_endpoint(rows: list[str]) -> Iterator[str]:
    """A SPARQL endpoint answering every query with one variable ?x bound to each of ``rows``."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            bindings = [{"x": {"type": "literal", "value": row}} for row in rows]
            _reply(self, {"head": {"vars": ["x"]}, "results": {"bindings": bindings}}, "application/sparql-results+json")

        do_GET = do_POST

    with _serving(Handler) as url:
        yield url


@contextmanager
def _serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()


# --- tests -------------------------------------------------------------------------------------------

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from innograph.errors import QueryRefused  # noqa: E402
from innograph.graph import Store  # noqa: E402
from innograph.graph.linking import CLOSE_MATCH, SAME_AS, link_service  # noqa: E402
from innograph.server import create_app  # noqa: E402
from innograph.server._guard import refuse_federation, service_endpoints  # noqa: E402
from innograph.settings import Settings  # noqa: E402

BASE = "https://w3id.org/innograph/id/"
#: Wikidata-like entities: the sample store's Amber Cluster (Lithuania, Q37 in the country table) and decoys.
ENTITIES = [
    {"id": "Q900001", "name": "Amber Cluster", "country": "Q37"},
    {"id": "Q900002", "name": "Amber Cluster", "country": "Q183"},
    {"id": "Q900003", "name": "Amber Cluster Academy", "country": "Q37"},
    {"id": "Q900004", "name": "Rhine University of Applied Sciences", "country": "Q183"},
    {"id": "Q900005", "name": "Rhine University", "country": "Q183"},
]


def test_reconcile_links_through_the_protocol_with_country_constraint(sample_store: Store, tmp_path) -> None:
    with reconciliation_service(ENTITIES) as (url, _posts):
        report = link_service(sample_store, BASE, url, tmp_path / "cache", save=False)
    links = {(d.local.iri.rsplit("/", 1)[-1], d.best.external.iri): d.predicate for d in report.decisions if d.predicate}
    assert links[("amber-cluster", "http://www.wikidata.org/entity/Q900001")] == SAME_AS  # the German namesake filtered
    assert links[("rhine-university", "http://www.wikidata.org/entity/Q900005")] == SAME_AS
    assert not any(iri.endswith(("Q900002", "Q900003", "Q900004")) and p == SAME_AS for (_, iri), p in links.items())


def test_reconcile_answers_come_from_the_cache_the_second_time(sample_store: Store, tmp_path) -> None:
    with reconciliation_service(ENTITIES) as (url, posts):
        first = link_service(sample_store, BASE, url, tmp_path / "cache", save=False)
        sent = sum(posts)
        second = link_service(sample_store, BASE, url, tmp_path / "cache", save=False)
    assert sent == len([d for d in first.decisions]) and sum(posts) == sent
    assert second.compared == 0 and [d.predicate for d in second.decisions] == [d.predicate for d in first.decisions]


def test_reconcile_batches_queries(sample_store: Store, tmp_path) -> None:
    with reconciliation_service(ENTITIES) as (url, posts):
        link_service(sample_store, BASE, url, tmp_path / "cache", save=False)
    assert posts and max(posts) <= 10 and len(posts) == -(-sum(posts) // 10)


def test_reconcile_saves_a_linkset(sample_store: Store, tmp_path) -> None:
    import shutil

    store = Store(shutil.copytree(sample_store.root, tmp_path / "store"))
    with reconciliation_service(ENTITIES) as (url, _):
        report = link_service(store, BASE, url, tmp_path / "cache")
    result = store.query(f"ASK {{ GRAPH <{report.linkset}> {{ ?s <{SAME_AS}> <http://www.wikidata.org/entity/Q900001> }} }}")
    assert bool(result)
    assert CLOSE_MATCH  # the review predicate is exported for callers


def test_service_endpoints_are_read_from_the_query() -> None:
    query = "SELECT * { SERVICE <https://a.example/sparql> { ?s ?p ?o } SERVICE silent <https://b.example/> { } }"
    assert service_endpoints(query) == ["https://a.example/sparql", "https://b.example/"]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://169.254.169.254/latest> { ?s ?p ?o } }",
        "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
        "PREFIX wd: <https://query.wikidata.org/> SELECT * { SERVICE wd:sparql { ?s ?p ?o } }",
        "SELECT * { SERVICE <https://query.wikidata.org/sparql> { } SERVICE <http://evil.example/> { } }",
    ],
)
def test_guard_refuses_endpoints_not_allowed(query: str) -> None:
    with pytest.raises(QueryRefused):
        refuse_federation(query, Settings().service_allow)


def test_guard_lets_allowed_endpoints_pass() -> None:
    refuse_federation("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }", Settings().service_allow)
    refuse_federation("SELECT * { SERVICE <https://cordis.europa.eu/datalab/sparql> { ?s ?p ?o } }", Settings().service_allow)


def test_allow_list_comes_from_the_environment() -> None:
    settings = Settings.load({"INNOGRAPH_SERVICE_ALLOW": "http://127.0.0.1:9999/sparql, https://x.example/sparql"})
    assert settings.service_allow == ("http://127.0.0.1:9999/sparql", "https://x.example/sparql")
    assert Settings.load({"INNOGRAPH_SERVICE_ALLOW": ""}).service_allow == ()


def test_endpoint_runs_an_allowed_service_and_refuses_another(sample_store: Store) -> None:
    with sparql_endpoint(["from the remote endpoint"]) as url:
        client = TestClient(create_app(Settings(service_allow=(url,)), sample_store))
        query = f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}"
        answer = client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
        refused = client.post("/sparql", data={"query": query.replace(url, "http://127.0.0.1:1/other")})
    assert answer.status_code == 200
    assert [b["x"]["value"] for b in answer.json()["results"]["bindings"]] == ["from the remote endpoint"]
    assert refused.status_code == 403 and "http://127.0.0.1:1/other" in refused.text


def test_endpoint_with_an_empty_allow_list_refuses_every_service(sample_store: Store) -> None:
    client = TestClient(create_app(Settings(service_allow=()), sample_store))
    answer = client.get("/sparql", params={"query": "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"})
    assert answer.status_code == 403 and "disabled" in answer.text
