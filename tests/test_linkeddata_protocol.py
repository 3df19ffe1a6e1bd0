"""Dereferencing entity IRIs, the 303 way (Cool URIs for the Semantic Web), on the hand-written sample store.

Expectations come from the sample TriG (read with Oxigraph/rdflib), never from the server's output.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from innograph.graph import Store
from innograph.server import create_app
from innograph.settings import Settings

BASE = "https://w3id.org/innograph/id/"
AMBER = "organisation/amber-cluster"
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.fixture
def client(sample_store: Store) -> TestClient:
    return TestClient(create_app(Settings(), sample_store), follow_redirects=False)


def union(sample_trig: str) -> Graph:
    dataset = ox.Dataset(ox.parse(sample_trig, format=ox.RdfFormat.TRIG))
    lines = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in dataset)
    return Graph().parse(data=lines, format="nt")


@pytest.mark.parametrize("accept, location", [
    (BROWSER, f"/page/{AMBER}"),
    ("text/html", f"/page/{AMBER}"),
    ("*/*", f"/page/{AMBER}"),
    (None, f"/page/{AMBER}"),
    ("text/turtle", f"/data/{AMBER}.ttl"),
    ("application/ld+json", f"/data/{AMBER}.jsonld"),
    ("application/n-triples", f"/data/{AMBER}.nt"),
    ("application/rdf+xml", f"/data/{AMBER}.rdf"),
    ("text/turtle;q=0.5, application/ld+json;q=0.9", f"/data/{AMBER}.jsonld"),
    ("text/html;q=0.1, text/turtle", f"/data/{AMBER}.ttl"),
])
def test_an_entity_iri_answers_303_by_accept(client: TestClient, accept: str | None, location: str) -> None:
    response = client.get(f"/id/{AMBER}", headers={"Accept": accept} if accept else {})
    assert response.status_code == 303
    assert response.headers["location"] == location
    assert "accept" in response.headers["vary"].lower()


def test_no_acceptable_format_is_406(client: TestClient) -> None:
    assert client.get(f"/id/{AMBER}", headers={"Accept": "text/csv"}).status_code == 406
    assert client.get(f"/data/{AMBER}", headers={"Accept": "text/csv"}).status_code == 406


@pytest.mark.parametrize("extension, media_type, rdflib_format", [
    ("ttl", "text/turtle", "turtle"),
    ("jsonld", "application/ld+json", "json-ld"),
    ("nt", "application/n-triples", "nt"),
    ("rdf", "application/rdf+xml", "xml"),
])
def test_data_in_each_format_parses_and_carries_the_label(client: TestClient, sample_trig: str, extension: str,
                                                          media_type: str, rdflib_format: str) -> None:
    response = client.get(f"/data/{AMBER}.{extension}", headers={"Accept": "text/html"})  # the extension wins
    assert response.status_code == 200 and response.headers["content-type"].startswith(media_type)
    served = Graph().parse(data=response.text, format=rdflib_format)
    entity = URIRef(BASE + AMBER)
    expected_labels = set(union(sample_trig).objects(entity, RDFS_LABEL))
    assert expected_labels and expected_labels == set(served.objects(entity, RDFS_LABEL))
    assert Literal("Gintaro klasteris", lang="lt") in expected_labels


def test_data_is_the_description_in_both_directions(client: TestClient, sample_trig: str) -> None:
    entity = URIRef(BASE + AMBER)
    graph = union(sample_trig)
    served = Graph().parse(data=client.get(f"/data/{AMBER}.nt").text, format="nt")
    expected = Graph()
    for triple in (*graph.triples((entity, None, None)), *graph.triples((None, None, entity))):
        expected.add(triple)
    for role in graph.subjects(URIRef("https://w3id.org/innograph/ontology#heldBy"), entity):
        for triple in graph.triples((role, None, None)):
            expected.add(triple)
    assert isomorphic(served, expected)


def test_data_without_extension_negotiates(client: TestClient) -> None:
    response = client.get(f"/data/{AMBER}", headers={"Accept": "application/n-triples;q=0.8, text/turtle;q=0.2"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/n-triples")
    assert response.headers["vary"].lower() == "accept"
    assert client.get(f"/data/{AMBER}").headers["content-type"].startswith("text/turtle")


def test_evidence_and_document_iris_dereference(client: TestClient, sample_trig: str) -> None:
    redirect = client.get("/id/evidence/e1", headers={"Accept": "text/turtle"})
    assert redirect.headers["location"] == "/data/evidence/e1.ttl"
    served = Graph().parse(data=client.get("/data/evidence/e1.ttl").text, format="turtle")
    exact = URIRef("http://www.w3.org/ns/oa#exact")
    assert set(served.objects(None, exact)) == set(union(sample_trig).objects(None, exact))
    assert client.get("/id/document/news-1", headers={"Accept": BROWSER}).headers["location"] == "/page/document/news-1"
    assert client.get("/page/document/news-1").status_code == 200
    assert client.get("/page/evidence/e1").status_code == 200


@pytest.mark.parametrize("path", ["/id/organisation/no-such-thing", "/page/organisation/no-such-thing",
                                  "/data/organisation/no-such-thing.ttl", "/data/organisation/no-such-thing",
                                  "/id/", "/id/organisation/a%20b"])
def test_unknown_iris_are_404(client: TestClient, path: str) -> None:
    assert client.get(path, headers={"Accept": "text/html"}).status_code == 404


def test_the_404_page_says_which_iri_and_suggests_names(client: TestClient) -> None:
    response = client.get("/id/organisation/amber-clustr", headers={"Accept": BROWSER})
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert f"{BASE}organisation/amber-clustr" in response.text
    assert f'href="/page/{AMBER}"' in response.text  # "amber clustr" is close to "Amber Cluster"


def test_an_empty_store_is_503(empty_store: Store) -> None:
    client = TestClient(create_app(Settings(), empty_store))
    assert client.get(f"/id/{AMBER}").status_code == 503
    assert client.get(f"/data/{AMBER}.ttl").status_code == 503
    assert client.get("/search", params={"q": "amber", "format": "json"}).json()["results"] == []


def test_a_base_of_ones_own_is_served_under_id(tmp_path) -> None:
    base = "http://example.org/kg/"
    trig = f"<{base}g> {{ <{base}project/p1> <http://www.w3.org/2000/01/rdf-schema#label> \"P1\"@en . }}"
    nquads = tmp_path / "d.nq"
    ox.serialize(ox.Dataset(ox.parse(trig, format=ox.RdfFormat.TRIG)), nquads, format=ox.RdfFormat.N_QUADS)
    store = Store(tmp_path / "store")
    store.replace_with([nquads])
    client = TestClient(create_app(Settings(base=base), store), follow_redirects=False)
    assert client.get("/id/project/p1", headers={"Accept": "text/turtle"}).headers["location"] == "/data/project/p1.ttl"
    served = Graph().parse(data=client.get("/data/project/p1.ttl").text, format="turtle")
    assert (URIRef(f"{base}project/p1"), RDFS_LABEL, Literal("P1", lang="en")) in served


def test_links_to_other_datasets_are_shown_as_outbound_links(tmp_path) -> None:
    wikidata, cordis = "http://www.wikidata.org/entity/Q1", "https://cordis.europa.eu/project/id/1"
    trig = f"""<{BASE}document/d> {{
      <{BASE}project/p1> <http://www.w3.org/2002/07/owl#sameAs> <{wikidata}> ;
        <http://www.w3.org/2004/02/skos/core#closeMatch> <{cordis}> ;
        <http://www.w3.org/2000/01/rdf-schema#label> "P1"@en . }}"""
    nquads = tmp_path / "d.nq"
    ox.serialize(ox.Dataset(ox.parse(trig, format=ox.RdfFormat.TRIG)), nquads, format=ox.RdfFormat.N_QUADS)
    store = Store(tmp_path / "store")
    store.replace_with([nquads])
    text = TestClient(create_app(Settings(), store)).get("/page/project/p1").text
    for iri in (wikidata, cordis):
        assert f'<a href="{iri}" class="external" rel="noopener">{iri}</a>' in text
