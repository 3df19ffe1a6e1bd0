"""The read side of the Graph Store HTTP Protocol: one graph, the default graph, the whole dataset."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from innograph.graph import Store
from innograph.server import create_app
from innograph.settings import Settings

NEWS = "https://w3id.org/innograph/id/document/news-1"


@pytest.fixture
def client(sample_store: Store) -> TestClient:
    return TestClient(create_app(Settings(), sample_store))


def graph_of(store: Store, name: str | None) -> Graph:
    """The expected graph, read straight from Oxigraph."""
    context = ox.DefaultGraph() if name is None else ox.NamedNode(name)
    triples = "".join(f"{q.subject} {q.predicate} {q.object} .\n"
                      for q in store.handle().quads_for_pattern(None, None, None, context))
    return Graph().parse(data=triples, format="nt")


@pytest.mark.parametrize("accept, media_type, rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_a_named_graph_in_each_format(client: TestClient, sample_store: Store, accept: str, media_type: str,
                                      rdflib_format: str) -> None:
    response = client.get("/store", params={"graph": NEWS}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media_type)
    assert isomorphic(Graph().parse(data=response.text, format=rdflib_format), graph_of(sample_store, NEWS))


def test_the_default_graph_is_the_union(client: TestClient, sample_store: Store) -> None:
    response = client.get("/store?default", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    union = Graph().parse(data=response.text, format="turtle")
    assert isomorphic(union, graph_of(sample_store, None))
    assert set(graph_of(sample_store, NEWS)) <= set(union)


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nquads", "nquads")])
def test_the_whole_dataset_keeps_its_named_graphs(client: TestClient, sample_store: Store, fmt: str,
                                                  rdflib_format: str) -> None:
    response = client.get("/store", params={"format": fmt})
    assert response.status_code == 200
    dataset = Dataset().parse(data=response.text, format=rdflib_format)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert set(sample_store.named_graphs()) <= names


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_writes_are_refused(client: TestClient, method: str) -> None:
    response = client.request(method, "/store", params={"graph": NEWS}, content="<a> <b> <c> .",
                              headers={"Content-Type": "text/turtle"})
    assert response.status_code == 403


def test_unknown_graph_is_404_and_unacceptable_format_is_406(client: TestClient) -> None:
    assert client.get("/store", params={"graph": "https://example.org/nothing"}).status_code == 404
    assert client.get("/store", params={"graph": NEWS}, headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/store", params={"graph": NEWS, "default": ""}).status_code == 400
