"""Home page, the YASGUI page (offline, vendored), example queries, /health, docs, CORS."""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

import innograph.server
from innograph.graph import Store
from innograph.server import create_app
from innograph.settings import Settings

SERVER = Path(innograph.server.__file__).parent
QUERY_FILES = sorted((SERVER / "queries").glob("*.rq"))


@pytest.fixture
def client(sample_store: Store) -> TestClient:
    return TestClient(create_app(Settings(), sample_store))


class Links(HTMLParser):
    """Every src/href of a page and the text of its JSON script element."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.in_json = False
        self.json = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]
        self.in_json = tag == "script" and attributes.get("type") == "application/json"

    def handle_endtag(self, tag):
        self.in_json = False

    def handle_data(self, data):
        if self.in_json:
            self.json += data


def parse(page: str) -> Links:
    links = Links()
    links.feed(page)
    return links


def local(url: str) -> bool:
    return url.startswith(("/", "#", "http://testserver/")) or "://" not in url


def test_query_page_loads_only_local_files(client):
    response = client.get("/sparql", headers={"accept": "text/html"})
    assert response.status_code == 200
    links = parse(response.text)
    assert "/static/yasgui.min.js" in links.urls and "/static/yasgui.min.css" in links.urls
    assert [u for u in links.urls if not local(u)] == []
    for url in links.urls:
        if url.startswith("/static/"):
            assert client.get(url).status_code == 200, url


def test_query_page_carries_every_example_query(client):
    links = parse(client.get("/sparql", headers={"accept": "text/html"}).text)
    shipped = json.loads(links.json)
    assert [e["query"] for e in shipped] == [f.read_text(encoding="utf-8") for f in QUERY_FILES]
    assert [e["name"] for e in shipped] == [f.stem for f in QUERY_FILES]


def test_static_files_have_their_media_types(client):
    assert client.get("/static/yasgui.min.js").headers["content-type"].split(";")[0] in (
        "text/javascript", "application/javascript",
    )
    assert client.get("/static/yasgui.min.css").headers["content-type"].startswith("text/css")


def test_vendored_yasgui_matches_its_record():
    record = (SERVER / "static" / "VENDORED.txt").read_text(encoding="utf-8")
    pinned = dict((name, digest) for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", record, re.M))
    vendor = {f"vendor/{f.name}" for f in (SERVER / "static" / "vendor").glob("*.js")}
    assert set(pinned) == {"yasgui.min.js", "yasgui.min.css"} | vendor and vendor
    for name, digest in pinned.items():
        assert hashlib.sha256((SERVER / "static" / name).read_bytes()).hexdigest() == digest, name
    assert "MIT" in (SERVER / "static" / "LICENSE.txt").read_text(encoding="utf-8")
    assert re.search(r"@zazuko/yasgui (\d+\.\d+\.\d+)", record)


def test_vendored_libraries_record_their_package_integrity_and_licence():
    record = (SERVER / "static" / "VENDORED.txt").read_text(encoding="utf-8")
    licences = (SERVER / "static" / "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    for name in ("cytoscape", "chart.js"):
        version = re.search(rf"^Package   {re.escape(name)} (\d+\.\d+\.\d+) from the npm registry", record, re.M).group(1)
        assert re.search(rf"-/{re.escape(name)}-{version}\.tgz\n\s+integrity sha512-[A-Za-z0-9+/=]{{88}}$", record, re.M)
        assert re.search(rf"^{re.escape(name)} {version} — MIT", licences, re.M), name
        assert version in (SERVER / "static" / "vendor" / f"{name.split('.')[0]}{'.umd' if name == 'chart.js' else ''}.min.js").read_text(encoding="utf-8")


def test_home_page_loads_its_pictures_from_this_site(client):
    links = parse(client.get("/").text)
    scripts = [u for u in links.urls if u.endswith(".js")]
    assert scripts == ["/static/vendor/cytoscape.min.js", "/static/vendor/chart.umd.min.js", "/static/home.js"]
    assert [u for u in links.urls if not local(u)] == []
    for url in scripts:
        response = client.get(url)
        assert response.status_code == 200 and "javascript" in response.headers["content-type"], url


def test_home_page_search_box_asks_search(client):
    page = client.get("/").text
    form = re.search(r'<form class="search"[^>]*>', page).group(0)
    assert 'method="get"' in form and 'action="/search"' in form
    assert re.search(r'<input [^>]*type="search" name="q"', page)


def test_home_page_counts_what_the_store_holds(client, sample_trig):
    page = client.get("/").text
    dataset = ox.Dataset(ox.parse(sample_trig, format=ox.RdfFormat.TRIG))
    ig = "https://w3id.org/innograph/ontology#"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    for kind in ("Project", "Organisation", "Person"):
        expected = len({q.subject for q in dataset if q.predicate.value == rdf_type and q.object.value == ig + kind})
        assert re.search(rf"{kind.lower()} entities</th><td class=\"n\">{expected}</td>", page), kind
    assert f'<td class="n">{len(dataset)}</td>' in page
    assert 'href="/sparql"' in page


def test_home_page_lists_the_examples_with_links_that_run(client):
    page = client.get("/").text
    links = parse(page)
    runs = [u for u in links.urls if "format=" in u and "/sparql" in u]
    assert len(runs) == 2 * len(QUERY_FILES)
    media_types = {"csv": "text/csv", "json": "application/sparql-results+json", "turtle": "text/turtle",
                   "ntriples": "application/n-triples"}
    for url in runs:
        response = client.get(url.replace("http://testserver", ""))
        expected = media_types[url.rsplit("format=", 1)[1]]
        assert response.status_code == 200 and response.headers["content-type"].startswith(expected), url


def test_home_page_download_links_answer_with_their_formats(client):
    downloads = [u for u in parse(client.get("/").text).urls if "/store" in u]
    media_types = {"turtle": "text/turtle", "ntriples": "application/n-triples", "trig": "application/trig",
                   "nquads": "application/n-quads"}
    assert sorted(u.rsplit("format=", 1)[1] for u in downloads) == sorted(media_types)
    for url in downloads:
        response = client.get(url.replace("http://testserver", ""))
        expected = media_types[url.rsplit("format=", 1)[1]]
        assert response.status_code == 200 and response.headers["content-type"].startswith(expected), url
        assert len(response.content) > 100


def test_home_page_of_an_empty_store_says_how_to_fill_it(empty_store):
    page = TestClient(create_app(Settings(), empty_store)).get("/")
    assert page.status_code == 200
    assert "innograph build" in page.text


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_example_query_has_a_header_and_answers_on_the_sample(client, path):
    text = path.read_text(encoding="utf-8")
    assert re.match(r"\d\d-[a-z0-9-]+$", path.stem)
    assert re.search(r"^# title: \S", text, re.M) and re.search(r"^# description: \S", text, re.M)
    response = client.post("/sparql", data={"query": text}, headers={"accept": "application/sparql-results+json, application/n-triples"})
    assert response.status_code == 200, response.text
    if response.headers["content-type"].startswith("application/n-triples"):
        assert len(response.text.strip().splitlines()) >= 1
    else:
        assert len(response.json()["results"]["bindings"]) >= 1


def test_example_titles_are_distinct():
    titles = [re.search(r"^# title: (.*)$", p.read_text(encoding="utf-8"), re.M).group(1) for p in QUERY_FILES]
    assert len(set(titles)) == len(titles) >= 5


def test_health_reports_the_store(client, sample_trig):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["quads"] == len(ox.Dataset(ox.parse(sample_trig, format=ox.RdfFormat.TRIG)))
    assert body["graphs"] == 3


def test_health_of_an_empty_store_is_503(empty_store):
    response = TestClient(create_app(Settings(), empty_store)).get("/health")
    assert response.status_code == 503
    assert response.json()["status"] == "empty"


def test_openapi_documents_the_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert {"get", "post"} <= set(spec["paths"]["/sparql"])
    names = {p["name"] for p in spec["paths"]["/sparql"]["get"]["parameters"]}
    assert {"query", "default-graph-uri", "named-graph-uri", "format"} <= names
    assert client.get("/docs").status_code == 200


def test_cors_is_off_by_default(client):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"origin": "https://elsewhere.example"})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


def test_cors_allows_only_the_configured_origins(sample_store):
    settings = Settings.load({"INNOGRAPH_CORS_ORIGINS": "https://analyst.example, https://other.example"})
    assert settings.cors_origins == ("https://analyst.example", "https://other.example")
    client = TestClient(create_app(settings, sample_store))
    allowed = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://analyst.example"})
    refused = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
    assert allowed.headers.get("access-control-allow-origin") == "https://analyst.example"
    assert "access-control-allow-origin" not in refused.headers
