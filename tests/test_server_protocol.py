"""The SPARQL 1.1 Protocol at /sparql: exact statuses and media types, results equal to Oxigraph's own."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from innograph.graph import Store
from innograph.server import create_app
from innograph.settings import Settings

IG = "https://w3id.org/innograph/ontology#"
ID = "https://w3id.org/innograph/id/"
QUERIES = {
    "select": f"SELECT ?org ?country WHERE {{ ?org a <{IG}Organisation> ; <{IG}country> ?country }} ORDER BY ?org",
    "ask": f"ASK {{ ?p a <{IG}Project> }}",
    "construct": f"CONSTRUCT {{ ?r <{IG}heldBy> ?o }} WHERE {{ ?r <{IG}heldBy> ?o }}",
    "describe": f"DESCRIBE <{ID}organisation/rhine-university>",
}
FORM = "application/x-www-form-urlencoded"
JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

# pyoxigraph results must be freed on the thread that made them; pytest reports a
# violation as an "unraisable exception" warning, which these tests turn into a failure.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture
def client(sample_store: Store) -> TestClient:
    return TestClient(create_app(Settings(), sample_store))


def send(client: TestClient, method: str, content_type: str | None, form: str, accept: str | None, **extra: str):
    """One request: the query of ``form`` (or an update) sent the way ``method``/``content_type`` say."""
    text = "INSERT DATA { <urn:a> <urn:b> <urn:c> }" if form == "update" else QUERIES.get(form)
    field = "update" if form == "update" else "query"
    headers = {"accept": accept} if accept is not None else {}
    if method == "GET":
        params = {field: text, **extra} if text is not None else extra
        return client.get("/sparql", params=params, headers=headers)
    if content_type is not None:
        headers["content-type"] = content_type
    if content_type and content_type.startswith(FORM):
        body = {field: text, **extra} if text is not None else extra
        return client.post("/sparql", data=body, headers=headers)
    return client.post("/sparql", content=(text or "").encode("utf-8"), headers=headers, params=extra)


# method, content type, query form, Accept, extra parameters -> status, media type
TABLE = [
    ("GET", None, "select", None, {}, 200, JSON_RESULTS),
    ("GET", None, "select", "*/*", {}, 200, JSON_RESULTS),
    ("GET", None, "select", XML_RESULTS, {}, 200, XML_RESULTS),
    ("GET", None, "select", "text/csv", {}, 200, "text/csv"),
    ("GET", None, "select", "text/tab-separated-values", {}, 200, "text/tab-separated-values"),
    ("GET", None, "select", "application/json", {}, 200, "application/json"),
    ("GET", None, "select", f"text/csv;q=0.5, {XML_RESULTS}", {}, 200, XML_RESULTS),
    ("GET", None, "select", "text/*", {}, 200, "text/csv"),
    ("GET", None, "select", "application/*;q=0.2, text/tab-separated-values", {}, 200, "text/tab-separated-values"),
    ("GET", None, "select", "*/*;q=0.1, text/csv;q=0", {}, 200, JSON_RESULTS),
    ("GET", None, "select", BROWSER, {}, 200, JSON_RESULTS),
    ("GET", None, "select", "text/turtle", {}, 406, "text/plain"),
    ("GET", None, "select", "text/csv;q=0", {}, 406, "text/plain"),
    ("GET", None, "select", JSON_RESULTS, {"format": "csv"}, 200, "text/csv"),
    ("GET", None, "select", None, {"format": "text/tab-separated-values"}, 200, "text/tab-separated-values"),
    ("GET", None, "select", None, {"format": "turtle"}, 406, "text/plain"),
    ("GET", None, "select", None, {"format": "nonsense"}, 406, "text/plain"),
    ("GET", None, "ask", None, {}, 200, JSON_RESULTS),
    ("GET", None, "ask", XML_RESULTS, {}, 200, XML_RESULTS),
    ("GET", None, "ask", None, {"format": "tsv"}, 200, "text/tab-separated-values"),
    ("GET", None, "construct", None, {}, 200, "text/turtle"),
    ("GET", None, "construct", BROWSER, {}, 200, "text/turtle"),
    ("GET", None, "construct", "application/n-triples", {}, 200, "application/n-triples"),
    ("GET", None, "construct", "application/ld+json", {}, 200, "application/ld+json"),
    ("GET", None, "construct", "application/rdf+xml", {}, 200, "application/rdf+xml"),
    ("GET", None, "construct", "text/turtle;q=0.4, application/n-triples;q=0.9", {}, 200, "application/n-triples"),
    ("GET", None, "construct", JSON_RESULTS, {}, 406, "text/plain"),
    ("GET", None, "construct", None, {"format": "jsonld"}, 200, "application/ld+json"),
    ("GET", None, "construct", None, {"format": "csv"}, 406, "text/plain"),
    ("GET", None, "describe", None, {}, 200, "text/turtle"),
    ("GET", None, "describe", "application/rdf+xml", {}, 200, "application/rdf+xml"),
    ("GET", None, "construct", "application/trig", {}, 200, "application/trig"),
    ("GET", None, "describe", None, {"format": "trig"}, 200, "application/trig"),
    ("POST", FORM, "construct", "application/trig", {}, 200, "application/trig"),
    ("GET", None, "update", None, {}, 403, "text/plain"),
    ("GET", None, "none", "text/html", {}, 200, "text/html"),
    ("GET", None, "none", BROWSER, {}, 200, "text/html"),
    ("GET", None, "none", None, {}, 200, "text/turtle"),
    ("GET", None, "none", "application/n-triples", {}, 200, "application/n-triples"),
    ("GET", None, "none", "text/csv", {}, 406, "text/plain"),
    ("POST", FORM, "select", None, {}, 200, JSON_RESULTS),
    ("POST", f"{FORM}; charset=UTF-8", "select", "text/csv", {}, 200, "text/csv"),
    ("POST", FORM, "ask", XML_RESULTS, {}, 200, XML_RESULTS),
    ("POST", FORM, "construct", "text/turtle", {}, 200, "text/turtle"),
    ("POST", FORM, "describe", "application/n-triples", {}, 200, "application/n-triples"),
    ("POST", FORM, "select", None, {"format": "xml"}, 200, XML_RESULTS),
    ("POST", FORM, "select", "text/turtle", {}, 406, "text/plain"),
    ("POST", FORM, "update", None, {}, 403, "text/plain"),
    ("POST", FORM, "none", None, {}, 400, "text/plain"),
    ("POST", "application/sparql-query", "select", None, {}, 200, JSON_RESULTS),
    ("POST", "application/sparql-query; charset=utf-8", "select", "text/tab-separated-values", {}, 200,
     "text/tab-separated-values"),
    ("POST", "application/sparql-query", "construct", "application/ld+json", {}, 200, "application/ld+json"),
    ("POST", "application/sparql-query", "ask", "text/csv", {}, 200, "text/csv"),
    ("POST", "application/sparql-update", "update", None, {}, 403, "text/plain"),
    ("POST", "text/plain", "select", None, {}, 415, "text/plain"),
    ("POST", "application/json", "select", None, {}, 415, "text/plain"),
    ("POST", "multipart/form-data; boundary=x", "select", None, {}, 415, "text/plain"),
    ("POST", None, "select", None, {}, 415, "text/plain"),
]


@pytest.mark.parametrize(("method", "content_type", "form", "accept", "extra", "status", "media_type"), TABLE)
def test_protocol_table(client, method, content_type, form, accept, extra, status, media_type):
    response = send(client, method, content_type, form, accept, **extra)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == media_type


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
UPDATE = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
TOKEN = "t0ken"
WRITABLE = {"enable_update": True, "update_token": TOKEN}

# settings, method, path, content type, body, Authorization -> status (statuses beyond content negotiation)
STATUS_TABLE = [
    ({"query_timeout": 0.5}, "GET", "/sparql", None, RUNAWAY, None, 503),
    ({"query_timeout": 0.5, "workers": 1}, "POST", "/sparql", "application/sparql-query", RUNAWAY, None, 503),
    ({}, "POST", "/sparql", "application/sparql-update", UPDATE, f"Bearer {TOKEN}", 403),
    (WRITABLE, "POST", "/sparql", "application/sparql-update", UPDATE, None, 401),
    (WRITABLE, "POST", "/sparql", "application/sparql-update", UPDATE, "Bearer wrong", 401),
    (WRITABLE, "POST", "/sparql", "application/sparql-update", UPDATE, f"Basic {TOKEN}", 401),
    (WRITABLE, "POST", "/sparql", "application/sparql-update", UPDATE, f"Bearer {TOKEN}", 204),
    (WRITABLE, "POST", "/sparql", FORM, {"update": UPDATE}, f"Bearer {TOKEN}", 204),
    (WRITABLE, "GET", "/sparql", None, UPDATE, f"Bearer {TOKEN}", 403),
    ({}, "PUT", "/store?graph=urn:g", "text/turtle", "<urn:a> <urn:b> <urn:c> .", f"Bearer {TOKEN}", 403),
    (WRITABLE, "PUT", "/store?graph=urn:g", "text/turtle", "<urn:a> <urn:b> <urn:c> .", None, 401),
    (WRITABLE, "PUT", "/store?graph=urn:g", "text/turtle", "<urn:a> <urn:b> <urn:c> .", f"Bearer {TOKEN}", 201),
    (WRITABLE, "PUT", "/store?graph=urn:g", "text/turtle", "<urn:a> <urn:b", f"Bearer {TOKEN}", 400),
    (WRITABLE, "PUT", "/store?graph=urn:g", "application/trig", "<urn:a> <urn:b> <urn:c> .", f"Bearer {TOKEN}", 415),
    (WRITABLE, "PUT", "/store?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", f"Bearer {TOKEN}", 400),
    (WRITABLE, "DELETE", "/store?graph=urn:nothing", None, "", f"Bearer {TOKEN}", 404),
]


@pytest.mark.parametrize(("overrides", "method", "path", "content_type", "body", "auth", "status"), STATUS_TABLE)
def test_status_table(tmp_path, sample_trig, overrides, method, path, content_type, body, auth, status):
    nquads = tmp_path / "sample.nq"
    ox.serialize(ox.Dataset(ox.parse(sample_trig, format=ox.RdfFormat.TRIG)), nquads, format=ox.RdfFormat.N_QUADS)
    store = Store(tmp_path / "store")
    store.replace_with([nquads])
    client = TestClient(create_app(Settings(**overrides), store))
    headers = {k: v for k, v in {"content-type": content_type, "authorization": auth}.items() if v is not None}
    if method == "GET":
        field = "update" if body.startswith("INSERT") else "query"
        response = client.get(path, params={field: body}, headers=headers)
    elif isinstance(body, dict):
        response = client.request(method, path, data=body, headers=headers)
    else:
        response = client.request(method, path, content=body, headers=headers)
    assert response.status_code == status, response.text
    if status == 401:
        assert response.headers["www-authenticate"].startswith("Bearer")
    if status == 503:
        assert "query stopped after 0.5 s" in response.text and response.headers["retry-after"]


RESULT_FORMATS = {
    JSON_RESULTS: ox.QueryResultsFormat.JSON,
    XML_RESULTS: ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


def rows(solutions: ox.QuerySolutions) -> list[tuple]:
    names = [v.value for v in solutions.variables]
    return sorted(tuple(str(s[n]) for n in names) for s in solutions)


@pytest.mark.parametrize("accept", list(RESULT_FORMATS))
def test_select_results_equal_oxigraph_own(client, sample_store, accept):
    response = client.get("/sparql", params={"query": QUERIES["select"]}, headers={"accept": accept})
    parsed = ox.parse_query_results(response.content, format=RESULT_FORMATS[accept])
    expected = rows(sample_store.query(QUERIES["select"]))
    assert rows(parsed) == expected and len(expected) == 3


def test_csv_has_one_line_per_solution(client):
    response = client.get("/sparql", params={"query": QUERIES["select"], "format": "csv"})
    lines = response.text.strip().splitlines()
    assert lines[0].strip() == "org,country"
    assert len(lines) == 1 + 3


@pytest.mark.parametrize("accept", ["true", "false"])
def test_ask_answer(client, accept):
    query = QUERIES["ask"] if accept == "true" else f"ASK {{ ?p a <{IG}Nothing> }}"
    response = client.post("/sparql", data={"query": query})
    assert response.json() == {"head": {}, "boolean": accept == "true"}


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
     ("application/rdf+xml", "xml")],
)
def test_construct_graph_equals_oxigraph_own(client, sample_store, accept, rdflib_format):
    response = client.get("/sparql", params={"query": QUERIES["construct"]}, headers={"accept": accept})
    got = Graph().parse(data=response.content, format=rdflib_format)
    expected_nt = ox.serialize(sample_store.query(QUERIES["construct"]), format=ox.RdfFormat.N_TRIPLES)
    expected = Graph().parse(data=expected_nt, format="nt")
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail(f"only served:\n{only_got.serialize(format='nt')}\nonly expected:\n{only_expected.serialize(format='nt')}")
    assert len(expected) == 4


def test_invalid_query_gives_400_with_parser_message_and_position(client):
    bad = "SELECT * WHERE { ?s ?p }"
    with pytest.raises(SyntaxError) as parser:
        ox.Store().query(bad)
    response = client.get("/sparql", params={"query": bad})
    assert response.status_code == 400
    assert str(parser.value) in response.text
    assert "1:" in response.text  # line:column of the error


@pytest.mark.parametrize("how", ["form", "body", "get"])
def test_update_is_refused_and_changes_nothing(client, sample_store, how):
    before = len(sample_store)
    update = f"INSERT DATA {{ <{ID}x> a <{IG}Project> }}"
    if how == "form":
        response = client.post("/sparql", data={"update": update})
    elif how == "body":
        response = client.post("/sparql", content=update, headers={"content-type": "application/sparql-update"})
    else:
        response = client.get("/sparql", params={"update": update})
    assert response.status_code == 403
    assert "read-only" in response.text
    assert len(sample_store) == before


def test_406_names_the_formats_available(client):
    response = client.get("/sparql", params={"query": QUERIES["select"]}, headers={"accept": "image/png"})
    assert response.status_code == 406
    assert "text/csv" in response.text and "image/png" in response.text


def test_415_names_the_protocol_types(client):
    response = client.post("/sparql", content=QUERIES["select"], headers={"content-type": "text/plain"})
    assert response.status_code == 415
    assert "application/sparql-query" in response.text


def test_two_queries_are_a_bad_request(client):
    response = client.get("/sparql", params=[("query", QUERIES["ask"]), ("query", QUERIES["select"])])
    assert response.status_code == 400
    assert "exactly one" in response.text


def test_empty_store_answers_503_and_logs_a_warning(empty_store, caplog):
    client = TestClient(create_app(Settings(), empty_store))
    response = client.get("/sparql", params={"query": QUERIES["ask"]})
    assert response.status_code == 503
    assert "empty" in response.text and "innograph build" in response.text
    assert response.headers["retry-after"]
    assert [r.levelname for r in caplog.records if r.name == "innograph.server"] == ["WARNING"]


def test_default_graph_uri_narrows_the_default_graph(client):
    query = f"SELECT ?d WHERE {{ ?d a <{IG}Document> }}"
    news = f"{ID}document/news-1"
    everything = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    narrowed = client.get("/sparql", params={"query": query, "default-graph-uri": news}).json()["results"]["bindings"]
    assert len(everything) == 2
    assert [b["d"]["value"] for b in narrowed] == [news]


def test_invalid_graph_iri_is_a_bad_request(client):
    response = client.get("/sparql", params={"query": QUERIES["ask"], "default-graph-uri": "not an IRI"})
    assert response.status_code == 400


def test_named_graph_uri_limits_graph_patterns(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    news = f"{ID}document/news-1"
    body = {"query": query, "named-graph-uri": news}
    bindings = client.post("/sparql", data=body).json()["results"]["bindings"]
    assert [b["g"]["value"] for b in bindings] == [news]


def test_federated_query_is_refused(client):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 403
    assert "SERVICE" in response.text


def test_service_description_lists_the_result_formats(client):
    response = client.get("/sparql", headers={"accept": "application/n-triples"})
    graph = Graph().parse(data=response.text, format="nt")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    formats = {str(o) for s, p, o in graph if str(p) == sd + "resultFormat"}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_CSV" in formats
    assert "http://www.w3.org/ns/formats/Turtle" in formats


@pytest.mark.parametrize("accept", [None, "text/html"])
def test_responses_of_sparql_vary_by_accept(client, accept):
    params = {"query": QUERIES["ask"]} if accept is None else {}
    response = client.get("/sparql", params=params, headers={"accept": accept or "*/*"})
    assert "accept" in response.headers["vary"].lower()


def test_json_body_is_valid_sparql_results_json(client):
    response = client.post("/sparql", content=QUERIES["select"], headers={"content-type": "application/sparql-query"})
    data = json.load(io.BytesIO(response.content))
    assert data["head"]["vars"] == ["org", "country"]


NEWS = f"{ID}document/news-1"
DATASET_QUERIES = {
    "default-graph-uri": f"SELECT ?d WHERE {{ ?d a <{IG}Document> }}",
    "named-graph-uri": f"SELECT DISTINCT ?d WHERE {{ GRAPH ?d {{ ?d a <{IG}Document> }} }}",
}


@pytest.mark.parametrize("parameter", list(DATASET_QUERIES))
@pytest.mark.parametrize(("method", "content_type"), [("GET", None), ("POST", FORM), ("POST", "application/sparql-query")])
def test_dataset_parameters_are_honoured_by_every_method(client, parameter, method, content_type):
    query = DATASET_QUERIES[parameter]
    everything = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    if method == "GET":
        response = client.get("/sparql", params={"query": query, parameter: NEWS})
    elif content_type == FORM:
        response = client.post("/sparql", data={"query": query, parameter: NEWS})
    else:  # the query is the body, the graphs are URL parameters
        response = client.post("/sparql", content=query, params={parameter: NEWS}, headers={"content-type": content_type})
    assert response.status_code == 200, response.text
    assert len(everything) == 2
    assert [b["d"]["value"] for b in response.json()["results"]["bindings"]] == [NEWS]


@pytest.mark.parametrize("raw", [
    "query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20%3Fp%20%22a%5Cb%25%22%20%7D",  # an escaped backslash and percent sign
    "query=a+b%2Bc&format=&default-graph-uri=urn%3Ag&default-graph-uri=urn%3Ah",
    "x=100%&y=%4&z=%zz1&&w",  # percent signs that escape nothing are kept, empty parts skipped, a name alone is blank
    "q=\\x41%5Cx41&r=%E2%82%AC%C3",  # literal backslashes stay, UTF-8 decoded, a cut sequence replaced
    "",
])
def test_query_strings_read_as_parse_qsl_reads_them(raw):
    from urllib.parse import parse_qsl

    from innograph.server._protocol import query_fields

    assert query_fields(raw.encode("ascii")) == parse_qsl(raw, keep_blank_values=True)


def test_query_in_the_url_with_every_character_escaped(client, sample_store):
    from urllib.parse import quote

    query = QUERIES["select"].replace("?country", "?country # a comment with \\ and % and é\n")
    response = client.get(f"/sparql?query={quote(query, safe='')}", headers={"accept": JSON_RESULTS})
    assert response.status_code == 200
    expected = [str(s["org"]) for s in sample_store.query(query)]
    assert [str(s["org"]) for s in ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)] == expected
    assert len(expected) == 3
