"""Entity and document pages, search and the dataset description on a real build of the bundled corpus.

Every expectation is read from the store with SPARQL (or from the text of the corpus), never from
the pages under test.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, Namespace, URIRef

from innograph.graph import Store
from innograph.pipeline import build
from innograph.server import create_app
from innograph.settings import Settings

BASE = "https://w3id.org/innograph/id/"
VOID = Namespace("http://rdfs.org/ns/void#")
PREFIXES = """PREFIX ig: <https://w3id.org/innograph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    root = tmp_path_factory.mktemp("linkeddata") / "store"
    assert build([], settings(root)).complete
    return Store(root)


def settings(root: Path) -> Settings:
    return Settings.load({"INNOGRAPH_PUBLIC_URL": "http://kg.example.org"}, store=root)


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    yield TestClient(create_app(settings(store.root), store))


def select(store: Store, query: str) -> list[dict[str, str]]:
    result = store.query(PREFIXES + query)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


def page_of(iri: str) -> str:
    return "/page/" + iri[len(BASE):]


def fold(text: str) -> str:
    """The test's own accent and case folding (NFKD, combining marks dropped)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", plain))


class Page(HTMLParser):
    """Links (href -> text), alternate links, and the text of the document body with mention offsets."""

    def __init__(self) -> None:
        super().__init__()
        self.links: dict[str, str] = {}
        self.alternates: dict[str, str] = {}
        self.ids: set[str] = set()
        self.text, self.mentioned = "", set[int]()
        self.mention_links: list[tuple[str, str]] = []  # (href, first span of data-spans)
        self._href: str | None = None
        self._depth = 0  # > 0 inside <div class="text">
        self._in_mention = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.ids |= {a["id"]} if "id" in a else set()
        if tag == "link" and a.get("rel") == "alternate":
            self.alternates[a["type"]] = a["href"]
        if tag == "a" and "href" in a:
            self._href = a["href"]
            self.links.setdefault(a["href"], "")
        if self._depth or (tag == "div" and a.get("class") == "text"):
            self._depth += tag != "span"
            self._in_mention = "mention" in a.get("class", "")
            if tag == "a" and self._in_mention:
                self.mention_links.append((a["href"], a["data-spans"].split()[0]))

    def handle_endtag(self, tag):
        if tag == "a":
            self._href = None
        if self._depth and tag != "span":
            self._depth -= 1
            self._in_mention = False

    def handle_data(self, data):
        if self._href is not None:
            self.links[self._href] += data
        if self._depth:
            if self._in_mention:
                self.mentioned |= set(range(len(self.text), len(self.text) + len(data)))
            self.text += data


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    return page


# -- entity pages -------------------------------------------------------------------------------

def haeppi(store: Store) -> str:
    return select(store, 'SELECT ?p WHERE { ?p ig:acronym "HAePPI" }')[0]["p"]


def test_the_haeppi_page_lists_its_coordinator_and_a_source_sentence(client, store) -> None:
    project = haeppi(store)
    facts = select(store, f"""SELECT ?org ?name ?exact ?start ?end ?doc WHERE {{
      <{project}> ig:coordinator ?org . ?org rdfs:label ?name .
      ?ev rdf:subject <{project}> ; rdf:predicate ig:coordinator ; rdf:object ?org ; prov:wasDerivedFrom ?doc ;
          oa:hasSelector ?q, ?pos . ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end }}""")
    assert facts
    response = client.get(page_of(project))
    assert response.status_code == 200
    page = parse(response.text)
    for fact in facts:
        assert fact["name"] in page.links.get(page_of(fact["org"]), "")
        assert html.escape(fact["exact"], quote=False) in response.text
        assert f'{page_of(fact["doc"])}#span-{fact["start"]}-{fact["end"]}' in page.links


def test_relations_are_grouped_under_the_ontologys_property_labels(client, store) -> None:
    project = haeppi(store)
    expected = select(store, f"""SELECT DISTINCT ?label WHERE {{ <{project}> ?p ?o . FILTER(isIRI(?o))
      FILTER(STRSTARTS(STR(?o), "{BASE}") && ?p NOT IN (ig:hasRole, ig:mentionedIn))
      GRAPH <https://w3id.org/innograph/ontology> {{ ?p rdfs:label ?label }} }}""")
    text = client.get(page_of(project)).text
    assert expected
    for row in expected:
        assert re.search(rf"<th><a [^>]*>{re.escape(row['label'])}</a></th>", text), row["label"]


def test_an_organisation_page_shows_who_refers_to_it(client, store) -> None:
    row = select(store, """SELECT ?org ?project ?name WHERE { ?project ig:participant ?org ; rdfs:label ?name .
      ?org ig:country ?c } ORDER BY ?org LIMIT 1""")[0]
    page = parse(client.get(page_of(row["org"])).text)
    assert row["name"] in page.links[page_of(row["project"])]


def test_labels_in_english_and_lithuanian_are_shown(client, store) -> None:
    rows = select(store, f"""SELECT ?e ?en ?lt WHERE {{ ?e skos:prefLabel ?en FILTER(LANG(?en) = "en")
      ?e skos:altLabel|skos:prefLabel ?lt FILTER(LANG(?lt) = "lt" && STRSTARTS(STR(?e), "{BASE}")) }}
      ORDER BY ?e LIMIT 3""")
    assert rows
    for row in rows:
        text = html.unescape(client.get(page_of(row["e"])).text)
        assert row["en"] in text and row["lt"] in text


def test_a_country_is_shown_by_name_and_links_out(client, store) -> None:
    row = select(store, """SELECT ?org ?country ?name WHERE { ?org ig:country ?country .
      ?country rdfs:label ?name FILTER(LANG(?name) = "en") } ORDER BY ?org LIMIT 1""")[0]
    page = parse(client.get(page_of(row["org"])).text)
    assert page.links[row["country"]] == row["name"]


def test_alternate_links_name_each_data_format(client, store) -> None:
    project = haeppi(store)
    page = parse(client.get(page_of(project)).text)
    path = project[len(BASE):]
    assert page.alternates == {"text/turtle": f"/data/{path}.ttl", "application/ld+json": f"/data/{path}.jsonld",
                               "application/n-triples": f"/data/{path}.nt", "application/rdf+xml": f"/data/{path}.rdf",
                               "application/trig": f"/data/{path}.trig"}
    for media_type, href in page.alternates.items():
        assert client.get(href).headers["content-type"].startswith(media_type)


def test_every_local_link_of_an_entity_page_answers(client, store) -> None:
    page = parse(client.get(page_of(haeppi(store))).text)
    local = {href.split("#")[0] for href in page.links if href.startswith("/")}
    assert any(href.startswith("/page/organisation/") for href in local)
    for href in local:
        assert client.get(href).status_code == 200, href


# -- document pages -----------------------------------------------------------------------------

def documents(store: Store) -> list[dict[str, str]]:
    return select(store, "SELECT ?d ?text WHERE { ?d a ig:Document ; ig:text ?text } ORDER BY ?d")


def spans(store: Store, document: str) -> dict[tuple[int, int], set[str]]:
    found: dict[tuple[int, int], set[str]] = {}
    for row in select(store, f"""SELECT ?s ?start ?end WHERE {{ ?ev prov:wasDerivedFrom <{document}> ;
        rdf:subject ?s ; oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end }}"""):
        found.setdefault((int(row["start"]), int(row["end"])), set()).add(row["s"])
    return found


def test_a_document_page_shows_the_whole_text_and_highlights_every_evidenced_span(client, store) -> None:
    for document in documents(store):
        page = parse(client.get(page_of(document["d"])).text)
        assert page.text == document["text"]
        evidenced = spans(store, document["d"])
        assert evidenced
        covered = {i for start, end in evidenced for i in range(start, end)}
        assert page.mentioned == covered
        assert {f"span-{start}-{end}" for start, end in evidenced} <= page.ids


def test_highlights_link_to_the_entity_of_their_innermost_span(client, store) -> None:
    document = documents(store)[0]["d"]
    evidenced = spans(store, document)
    links = parse(client.get(page_of(document)).text).mention_links
    assert links
    for href, first in links:
        start, end = (int(n) for n in first.split("-")[1:])
        innermost = min((e - s, s) for s, e in evidenced if s <= start and end <= e)
        assert innermost == (end - start, start)
        assert href in {page_of(iri) for iri in evidenced[(start, end)]}


def test_overlapping_spans_exist_in_the_corpus(store) -> None:
    """The highlighting tests above are only worth something if spans overlap."""
    evidenced = [span for d in documents(store) for span in spans(store, d["d"])]
    assert any(a[0] < b[0] < a[1] < b[1] for a in evidenced for b in evidenced)


# -- search -------------------------------------------------------------------------------------

def search(client: TestClient, query: str) -> list[dict]:
    response = client.get("/search", params={"q": query}, headers={"Accept": "application/json"})
    assert response.status_code == 200
    return response.json()["results"]


def entity_labels(store: Store) -> list[dict[str, str]]:
    return select(store, """SELECT ?e ?l WHERE {
      VALUES ?t { ig:Project ig:Organisation ig:Programme ig:Event ig:Person }
      ?e a ?t ; skos:prefLabel|skos:altLabel ?l } ORDER BY ?e ?l""")


def test_search_ignores_accents_and_case(client, store) -> None:
    accented = [r for r in entity_labels(store) if fold(r["l"]) != r["l"].lower() and len(fold(r["l"])) > 8]
    assert len(accented) >= 5
    for row in accented[:: max(1, len(accented) // 10)]:
        owners = {r["e"] for r in entity_labels(store) if fold(r["l"]) == fold(row["l"])}
        for query in (fold(row["l"]), fold(row["l"]).upper()):
            assert {r["iri"] for r in search(client, query)[: len(owners)]} == owners, query


def test_search_finds_the_lithuanian_innovation_centre_by_its_inflected_lithuanian_names(client, store) -> None:
    owners = {r["e"] for r in entity_labels(store) if fold(r["l"]).startswith("lietuvos inovaciju centr")}
    assert owners
    assert search(client, "lietuvos inovaciju centras")[0]["iri"] in owners
    assert search(client, "Lietuvos inovacijų centro")[0]["iri"] in owners


def test_search_crosses_languages_to_the_english_name(client, store) -> None:
    rows = select(store, """SELECT ?e ?en ?lt WHERE { ?e skos:prefLabel ?en FILTER(LANG(?en) = "en")
      ?e skos:altLabel ?lt FILTER(LANG(?lt) = "lt") } ORDER BY ?e""")
    rows = [r for r in rows if not set(fold(r["en"]).split()) & set(fold(r["lt"]).split())]
    assert rows
    for row in rows[:5]:
        hits = search(client, fold(row["lt"]))
        hit = next(h for h in hits if h["iri"] == row["e"])
        assert hit["label"] == row["en"] and hit["page"] == page_of(row["e"])


def test_an_exact_name_ranks_before_a_longer_one_it_begins(client, store) -> None:
    labels = entity_labels(store)
    pairs = [(a, b) for a in labels for b in labels if a["e"] != b["e"] and len(fold(a["l"])) >= 3
             and fold(b["l"]).startswith(fold(a["l"]) + " ")]
    assert pairs
    a, b = pairs[0]
    ranked = [r["iri"] for r in search(client, a["l"])]
    assert ranked.index(a["e"]) < ranked.index(b["e"])


def test_a_misspelt_name_is_found(client, store) -> None:
    row = next(r for r in entity_labels(store) if len(fold(r["l"])) >= 12 and " " in fold(r["l"]))
    name = fold(row["l"])
    misspelt = name[:4] + name[5:]  # one letter dropped
    assert row["e"] in [r["iri"] for r in search(client, misspelt)]


def test_the_search_page_links_to_entity_pages(client, store) -> None:
    project = haeppi(store)
    response = client.get("/search", params={"q": "haeppi"})
    assert response.headers["content-type"].startswith("text/html")
    assert page_of(project) in parse(response.text).links
    assert client.get("/search", params={"q": "haeppi", "format": "json"}).json()["results"][0]["iri"] == project
    assert 'action="/search"' in client.get(page_of(project)).text  # the search box on every page


# -- the dataset description --------------------------------------------------------------------

def count(store: Store, query: str) -> int:
    return int(select(store, query)[0]["n"])


DATA = f"{{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{BASE}void>) }} }}"


def test_void_counts_equal_sparql_counts(client, store) -> None:
    response = client.get("/.well-known/void")
    assert response.headers["content-type"].startswith("text/turtle")
    void = Graph().parse(data=response.text, format="turtle")
    dataset = URIRef(f"{BASE}dataset")
    value = lambda p: int(void.value(dataset, p))  # noqa: E731
    assert value(VOID.triples) == count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {DATA} }}")
    assert value(VOID.distinctSubjects) == count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {DATA} }}")
    assert value(VOID.distinctObjects) == count(store, f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {DATA} }}")
    assert value(VOID.entities) == count(store, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {DATA}
        FILTER(STRSTARTS(STR(?s), "{BASE}")) }}""")
    projects = count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a ig:Project }")
    partition = next(void.subjects(VOID["class"], URIRef("https://w3id.org/innograph/ontology#Project")))
    assert int(void.value(partition, VOID.entities)) == projects > 0
    participants = count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?p ig:participant ?o }")
    partition = next(void.subjects(VOID.property, URIRef("https://w3id.org/innograph/ontology#participant")))
    assert int(void.value(partition, VOID.triples)) == participants > 0


def test_void_says_where_to_query_and_download(client) -> None:
    void = Graph().parse(data=client.get("/.well-known/void", headers={"Accept": "application/ld+json"}).text,
                         format="json-ld")
    dataset = URIRef(f"{BASE}dataset")
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef("http://kg.example.org/sparql")
    assert void.value(dataset, VOID.uriSpace) == Literal(BASE)
    dumps = {str(d) for d in void.objects(dataset, VOID.dataDump)}
    assert "http://kg.example.org/store?format=trig" in dumps and len(dumps) == 3
    for dump in dumps:
        assert client.get(dump.replace("http://kg.example.org", "")).status_code == 200
    assert void.value(dataset, URIRef("http://purl.org/dc/terms/modified")) is not None
    assert void.value(dataset, URIRef("http://purl.org/dc/terms/license")) is not None


def test_the_build_puts_the_description_in_the_store(store, client) -> None:
    stored = count(store, f"""PREFIX void: <http://rdfs.org/ns/void#>
      SELECT ?n WHERE {{ GRAPH <{BASE}void> {{ <{BASE}dataset> void:triples ?n }} }}""")
    served = Graph().parse(data=client.get("/.well-known/void").text, format="turtle")
    assert int(served.value(URIRef(f"{BASE}dataset"), VOID.triples)) == stored


def test_void_of_a_store_built_without_one_is_counted(sample_store: Store) -> None:
    client = TestClient(create_app(Settings(), sample_store))
    void = Graph().parse(data=client.get("/.well-known/void?format=ntriples").text, format="nt")
    expected = count(sample_store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {DATA} }}")
    assert int(void.value(URIRef(f"{BASE}dataset"), VOID.triples)) == expected > 0


def test_a_server_with_another_public_url_announces_its_own(store) -> None:
    elsewhere = Settings.load({"INNOGRAPH_PUBLIC_URL": "https://graph.example.net/kg/"}, store=store.root)
    text = TestClient(create_app(elsewhere, store)).get("/.well-known/void").text
    void = Graph().parse(data=text, format="turtle")
    dataset = URIRef(f"{BASE}dataset")
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef("https://graph.example.net/kg/sparql")
    assert all(str(d).startswith("https://graph.example.net/kg/store?") for d in void.objects(dataset, VOID.dataDump))
    assert "kg.example.org" not in text


def test_a_budget_and_a_website_are_shown(client, store) -> None:
    budget = select(store, "SELECT ?e ?b WHERE { ?e ig:budget ?b } ORDER BY ?e LIMIT 1")
    website = select(store, f'SELECT ?e ?w WHERE {{ ?e ig:website ?w FILTER(STRSTARTS(STR(?e), "{BASE}")) }} LIMIT 1')
    assert budget and website
    text = client.get(page_of(budget[0]["e"])).text
    digits = budget[0]["b"].split(".")[0]
    assert re.search(",?".join(digits), text), digits  # grouped or not
    assert website[0]["w"] in parse(client.get(page_of(website[0]["e"])).text).links


def test_an_evidence_page_shows_what_it_records(client, store) -> None:
    row = select(store, """SELECT ?ev ?exact WHERE { ?ev a ig:Evidence ; oa:hasSelector ?q . ?q oa:exact ?exact }
      ORDER BY ?ev LIMIT 1""")[0]
    text = client.get(page_of(row["ev"])).text
    assert html.escape(row["exact"], quote=False) in text


def test_head_requests_answer_like_get(client, store) -> None:
    project = haeppi(store)
    path = project[len(BASE):]
    assert client.head(f"/id/{path}", headers={"Accept": "text/turtle"}, follow_redirects=False).status_code == 303
    assert client.head(f"/data/{path}.ttl").status_code == 200
