"""The query runtime: worker processes, the timeout that stops a runaway query, overload, the row limit."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from innograph.errors import Overloaded, QueryTimeout
from innograph.graph import Store, serialize_limited
from innograph.server import create_app
from innograph.server._evaluate import QueryJob
from innograph.server._workers import WorkerPool
from innograph.settings import Settings

IG = "https://w3id.org/innograph/ontology#"
#: a cross product over the whole graph: about 91^5 rows to count, minutes of work
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
#: a quick query that still takes a worker (DISTINCT: not a bounded lookup, see innograph.server._bounded)
SIMPLE = f"SELECT DISTINCT ?d WHERE {{ ?d a <{IG}Document> }}"
#: a bounded lookup, answered in the server process without a worker
LOOKUP = f"SELECT ?d WHERE {{ ?d a <{IG}Document> }}"
TIMEOUT = 2.0


@pytest.fixture
def slow_server(sample_store: Store, launch, tmp_path) -> Iterator[str]:
    command = [sys.executable, "-m", "uvicorn", "--factory", "innograph.server:app_from_environment",
               "--host", "127.0.0.1", "--log-level", "warning"]
    env = {"INNOGRAPH_STORE": str(sample_store.root), "INNOGRAPH_QUERY_TIMEOUT": str(TIMEOUT), "INNOGRAPH_WORKERS": "2"}
    with launch(command, cwd=tmp_path, log=tmp_path / "uvicorn.log", env=env) as base:
        yield base


def _runaway(base: str, outcome: dict[str, object]) -> None:
    outcome["started"] = time.monotonic()
    response = httpx.get(f"{base}/sparql", params={"query": RUNAWAY}, timeout=60)
    outcome["ended"] = time.monotonic()
    outcome["response"] = response


def test_runaway_query_is_stopped_while_other_clients_get_answers(slow_server):
    outcome: dict[str, object] = {}
    runaway = threading.Thread(target=_runaway, args=(slow_server, outcome))
    runaway.start()
    answered: list[float] = []
    with httpx.Client(base_url=slow_server, timeout=10) as client:
        while runaway.is_alive():
            response = client.get("/sparql", params={"query": SIMPLE})
            assert response.status_code == 200, response.text
            assert len(response.json()["results"]["bindings"]) == 2
            answered.append(time.monotonic())
            time.sleep(0.05)
    runaway.join()
    response = outcome["response"]
    assert isinstance(response, httpx.Response)
    assert response.status_code == 503
    assert "query stopped after 2 s" in response.text and response.headers["retry-after"]
    elapsed = float(outcome["ended"]) - float(outcome["started"])  # type: ignore[arg-type]
    assert TIMEOUT <= elapsed < TIMEOUT + 3
    during = [t for t in answered if float(outcome["started"]) + 0.5 < t < float(outcome["ended"]) - 0.2]  # type: ignore[arg-type]
    assert len(during) >= 5, f"only {len(during)} answers while the runaway query ran"


def test_worker_is_respawned_after_a_timeout(slow_server):
    with httpx.Client(base_url=slow_server, timeout=30) as client:
        for _ in range(2):  # both workers of the pool, one after the other, are killed and replaced
            assert client.get("/sparql", params={"query": RUNAWAY}).status_code == 503
        answers = [client.get("/sparql", params={"query": SIMPLE}) for _ in range(4)]
    assert [a.status_code for a in answers] == [200] * 4
    assert all(len(a.json()["results"]["bindings"]) == 2 for a in answers)


def test_full_pool_refuses_at_once_with_503(sample_store):
    pool = WorkerPool(sample_store.root, 1, timeout=TIMEOUT, waiting=0)
    errors: list[BaseException] = []

    def run_away() -> None:
        try:
            pool.run(QueryJob(RUNAWAY))
        except QueryTimeout as exc:
            errors.append(exc)

    try:
        pool.run(QueryJob(SIMPLE))  # the worker is up
        thread = threading.Thread(target=run_away)
        thread.start()
        time.sleep(0.3)
        started = time.monotonic()
        with pytest.raises(Overloaded):
            pool.run(QueryJob(SIMPLE))
        assert time.monotonic() - started < 0.5
        thread.join()
        assert len(errors) == 1
        assert pool.run(QueryJob(SIMPLE)).media_type == "application/sparql-results+json"
    finally:
        pool.close()


def test_overloaded_is_503_with_retry_after(sample_store):
    client = TestClient(create_app(Settings(workers=1, query_timeout=TIMEOUT), sample_store))
    client.app.state.runner = WorkerPool(sample_store.root, 0, timeout=TIMEOUT, waiting=0)  # no room at all
    response = client.get("/sparql", params={"query": SIMPLE})
    assert response.status_code == 503 and response.headers["retry-after"] == "1"
    assert "busy" in response.text
    lookup = client.get("/sparql", params={"query": LOOKUP})  # needs no worker
    assert lookup.status_code == 200 and len(lookup.json()["results"]["bindings"]) == 2


@pytest.mark.parametrize("workers", [0, 2])
@pytest.mark.parametrize(("query", "rows"), [
    (f"SELECT ?o WHERE {{ ?o a <{IG}Organisation> }}", 3),
    (f"CONSTRUCT {{ ?o a <{IG}Organisation> }} WHERE {{ ?o a <{IG}Organisation> }}", 3),
])
def test_results_are_cut_at_max_rows_and_say_so(sample_store, workers, query, rows):
    accept = {"accept": "application/n-triples, text/tab-separated-values"}
    whole = TestClient(create_app(Settings(workers=workers, max_rows=rows), sample_store))
    cut = TestClient(create_app(Settings(workers=workers, max_rows=rows - 1), sample_store))
    full, part = whole.get("/sparql", params={"query": query}, headers=accept), cut.get("/sparql", params={"query": query}, headers=accept)
    assert full.status_code == part.status_code == 200
    assert "innograph-truncated" not in full.headers
    assert part.headers["innograph-truncated"] == str(rows - 1)
    lines = lambda r: [line for line in r.text.splitlines() if line and not line.startswith("?")]  # noqa: E731
    assert len(lines(full)) == rows and len(lines(part)) == rows - 1
    assert set(lines(part)) < set(lines(full))


def test_construct_as_trig_holds_the_same_triples(sample_store):
    client = TestClient(create_app(Settings(), sample_store))
    query = f"CONSTRUCT {{ ?r <{IG}heldBy> ?o }} WHERE {{ ?r <{IG}heldBy> ?o }}"
    trig = client.get("/sparql", params={"query": query}, headers={"accept": "application/trig"})
    assert trig.status_code == 200 and trig.headers["content-type"].startswith("application/trig")
    got = {q.triple for q in ox.parse(trig.content, format=ox.RdfFormat.TRIG)}
    assert got == set(sample_store.query(query)) and len(got) == 4


def test_a_worker_that_dies_is_a_logged_500_and_is_replaced(sample_store, caplog):
    app = create_app(Settings(workers=1, query_timeout=30), sample_store)
    client = TestClient(app, raise_server_exceptions=False)
    assert client.get("/sparql", params={"query": SIMPLE}).status_code == 200
    pool = app.state.runner
    outcome: dict[str, object] = {}
    thread = threading.Thread(target=lambda: outcome.update(response=client.get("/sparql", params={"query": RUNAWAY})))
    thread.start()
    time.sleep(0.5)
    (worker,) = pool._workers  # the one worker, busy with the runaway query
    worker.process.kill()
    thread.join(10)
    response = outcome["response"]
    assert isinstance(response, httpx.Response) and response.status_code == 500
    faults = [r for r in caplog.records if r.name == "innograph.server" and r.levelname == "ERROR"]
    assert len(faults) == 1 and faults[0].exc_info is not None and "died" in str(faults[0].exc_info[1])
    assert client.get("/sparql", params={"query": SIMPLE}).status_code == 200


@pytest.mark.parametrize("name", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("limit", [0, 1, 3, 4, 5, 10])
def test_oxigraph_written_results_match_the_row_by_row_cut(name, limit):
    """The fast path (Oxigraph's serializer, row count bounded from the bytes) answers as the exact path does,
    also when literals hold the marks it counts (newlines, "},{", "<result>") and rows are empty."""
    store = ox.Store()
    tricky = ["x\ny", '},{"a":{}},{', "<result></result>", ""]
    store.extend([ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(text)) for i, text in enumerate(tricky)])
    for sparql in ("SELECT ?s ?o ?none WHERE { ?s ?p ?o } ORDER BY ?s", "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s"):
        run = lambda: store.query(sparql)  # noqa: E731
        exact = serialize_limited(run(), name, None, limit)
        assert serialize_limited(run(), name, None, limit, again=run) == exact
        assert exact[1] == (limit < len(tricky))


def test_a_big_answer_arrives_whole_through_the_worker_pipe(sample_store):
    """Megabytes come back in many pipe reads on the event loop; the bytes equal the in-process answer."""
    query = "SELECT ?s ?p ?o ?a WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?s ?p ?o ?a LIMIT 6000"
    accept = {"accept": "application/sparql-results+xml"}
    piped = TestClient(create_app(Settings(workers=1), sample_store)).get("/sparql", params={"query": query}, headers=accept)
    direct = TestClient(create_app(Settings(workers=0), sample_store)).get("/sparql", params={"query": query}, headers=accept)
    assert piped.status_code == direct.status_code == 200
    assert len(piped.content) > 1 << 20 and piped.content == direct.content
    assert len(list(ox.parse_query_results(piped.content, format=ox.QueryResultsFormat.XML))) == 6000
