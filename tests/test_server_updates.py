"""Writes with --enable-update and a bearer token: SPARQL Update and Graph Store Protocol writes."""

from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from rdflib import Graph
from rdflib.compare import isomorphic

from innograph.cli import main
from innograph.errors import InputError
from innograph.graph import Store
from innograph.server import create_app
from innograph.settings import Settings

IG = "https://w3id.org/innograph/ontology#"
ID = "https://w3id.org/innograph/id/"
TOKEN = "s3cret-token"
AUTH = {"authorization": f"Bearer {TOKEN}"}
NEW = f"{ID}document/added"
TURTLE = f"<{ID}project/new> a <{IG}Project> ; <{IG}acronym> \"NEW\" ."


@pytest.fixture
def store(sample_trig: str, tmp_path: Path) -> Store:
    nquads = tmp_path / "sample.nq"
    ox.serialize(ox.Dataset(ox.parse(sample_trig, format=ox.RdfFormat.TRIG)), nquads, format=ox.RdfFormat.N_QUADS)
    store = Store(tmp_path / "store")
    store.replace_with([nquads])
    return store


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(Settings(enable_update=True, update_token=TOKEN, workers=2), store))


def select(client: TestClient, query: str) -> list[dict]:
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def update(client: TestClient, text: str, headers: dict[str, str] = AUTH):
    return client.post("/sparql", content=text, headers={"content-type": "application/sparql-update", **headers})


def test_enable_update_without_a_token_refuses_to_start(store, tmp_path):
    with pytest.raises(InputError, match="INNOGRAPH_UPDATE_TOKEN"):
        create_app(Settings(enable_update=True), store)
    result = CliRunner().invoke(main, ["serve", "--store", str(store.root), "--enable-update"],
                                env={"INNOGRAPH_UPDATE_TOKEN": ""})
    assert result.exit_code == 2 and "INNOGRAPH_UPDATE_TOKEN" in result.output


def test_inserted_graph_is_seen_by_the_workers_in_its_graph_and_the_union(client):
    acronyms = f"SELECT ?a WHERE {{ ?p <{IG}acronym> ?a }} ORDER BY ?a"
    assert [b["a"]["value"] for b in select(client, acronyms)] == ["BRIDGE"]
    response = update(client, f"INSERT DATA {{ GRAPH <{NEW}> {{ {TURTLE} }} }}")
    assert response.status_code == 204, response.text
    assert [b["a"]["value"] for b in select(client, acronyms)] == ["BRIDGE", "NEW"]
    in_graph = select(client, f"SELECT ?a WHERE {{ GRAPH <{NEW}> {{ ?p <{IG}acronym> ?a }} }}")
    assert [b["a"]["value"] for b in in_graph] == ["NEW"]


def test_statements_written_to_the_default_graph_are_kept_in_the_updates_graph(client):
    assert update(client, f"INSERT DATA {{ {TURTLE} }}").status_code == 204
    graphs = select(client, f"SELECT ?g WHERE {{ GRAPH ?g {{ ?p <{IG}acronym> \"NEW\" }} }}")
    assert [b["g"]["value"] for b in graphs] == [f"{ID}graph/updates"]
    assert len(select(client, f"SELECT ?p WHERE {{ ?p <{IG}acronym> \"NEW\" }}")) == 1


def test_deleting_from_every_graph_removes_a_statement_from_the_union(client):
    label = f"SELECT ?l WHERE {{ <{ID}organisation/amber-cluster> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    assert len(select(client, label)) == 2
    text = f"DELETE WHERE {{ GRAPH ?g {{ <{ID}organisation/amber-cluster> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}"
    assert update(client, text).status_code == 204
    assert select(client, label) == []


def test_graph_store_put_post_delete(client):
    url = f"/store?graph={NEW}"
    created = client.put(url, content=TURTLE, headers={"content-type": "text/turtle", **AUTH})
    replaced = client.put(url, content=TURTLE, headers={"content-type": "text/turtle", **AUTH})
    more = f"<{ID}project/new> <{IG}title> \"New\"@en ."
    added = client.post(url, content=more, headers={"content-type": "application/n-triples", **AUTH})
    assert (created.status_code, replaced.status_code, added.status_code) == (201, 204, 204)
    served = Graph().parse(data=client.get(url, headers={"accept": "application/n-triples"}).text, format="nt")
    assert isomorphic(served, Graph().parse(data=TURTLE + "\n" + more, format="turtle"))
    assert client.delete(url, headers=AUTH).status_code == 204
    assert client.delete(url, headers=AUTH).status_code == 404
    assert select(client, f"SELECT ?p WHERE {{ ?p <{IG}acronym> \"NEW\" }}") == []


@pytest.mark.parametrize(("text", "status"), [
    ("INSERT DATA { <urn:a> <urn:b> ", 400),
    ("LOAD <http://127.0.0.1:9/data.ttl>", 403),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 403),
])
def test_bad_or_fetching_updates_are_refused_and_change_nothing(client, store, text, status):
    generation = store.current_generation()
    assert update(client, text).status_code == status
    assert store.current_generation() == generation


def test_queries_keep_answering_while_updates_swap_generations(client):
    statuses: list[int] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            statuses.append(client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).status_code)

    readers = [threading.Thread(target=read) for _ in range(2)]
    for reader in readers:
        reader.start()
    try:
        for i in range(8):
            assert update(client, f"INSERT DATA {{ GRAPH <urn:g{i}> {{ <urn:a> <urn:b> {i} }} }}").status_code == 204
    finally:
        done.set()
        for reader in readers:
            reader.join()
    assert statuses and set(statuses) == {200}
    assert len(select(client, "SELECT ?o WHERE { <urn:a> <urn:b> ?o }")) == 8
