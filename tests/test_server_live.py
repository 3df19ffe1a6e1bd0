"""One real server: uvicorn in a subprocess on 127.0.0.1, queried over HTTP."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from innograph.graph import Store



@pytest.fixture
def live_server(sample_store: Store, launch, tmp_path) -> Iterator[str]:
    command = [sys.executable, "-m", "uvicorn", "--factory", "innograph.server:app_from_environment",
               "--host", "127.0.0.1", "--log-level", "warning"]
    with launch(command, cwd=tmp_path, log=tmp_path / "uvicorn.log", env={"INNOGRAPH_STORE": str(sample_store.root)}) as base:
        yield base


def test_real_server_answers_sparql_over_http(live_server, sample_store):
    query = "SELECT ?d WHERE { ?d a <https://w3id.org/innograph/ontology#Document> } ORDER BY ?d"
    with httpx.Client(base_url=live_server, timeout=10) as client:
        assert client.get("/health").json()["status"] == "ok"
        posted = client.post("/sparql", data={"query": query}, headers={"accept": "text/tab-separated-values"})
        fetched = client.get("/sparql", params={"query": query})
        refused = client.post("/sparql", content="CLEAR ALL", headers={"content-type": "application/sparql-update"})
        page = client.get("/sparql", headers={"accept": "text/html"})
    expected = [str(s["d"]) for s in sample_store.query(query)]
    assert posted.status_code == 200 and posted.headers["content-type"].startswith("text/tab-separated-values")
    tsv = ox.parse_query_results(posted.content, format=ox.QueryResultsFormat.TSV)
    assert [str(s["d"]) for s in tsv] == expected and len(expected) == 2
    json_results = ox.parse_query_results(fetched.content, format=ox.QueryResultsFormat.JSON)
    assert [str(s["d"]) for s in json_results] == expected
    assert refused.status_code == 403
    assert page.status_code == 200 and "yasgui.min.js" in page.text


def test_two_server_processes_share_the_port_and_stop_together(sample_store, launch, tmp_path):
    command = [str(Path(sys.executable).parent / "innograph"), "serve", "--store", str(sample_store.root),
               "--host", "127.0.0.1", "--processes", "2", "--workers", "1"]
    query = "SELECT ?d WHERE { ?d a <https://w3id.org/innograph/ontology#Document> } ORDER BY ?d"
    log, temp = tmp_path / "serve.log", tmp_path / "tmp"
    temp.mkdir()
    with launch(command, cwd=tmp_path, log=log, env={"TMPDIR": str(temp)}) as base:
        answers = [httpx.get(f"{base}/sparql", params={"query": query}, timeout=10) for _ in range(6)]  # fresh connections
    assert {a.status_code for a in answers} == {200}
    assert len({a.content for a in answers}) == 1
    assert len(ox.parse_query_results(answers[0].content, format=ox.QueryResultsFormat.JSON).variables) == 1
    servers = [int(pid) for pid in re.findall(r"Started server process \[(\d+)\]", log.read_text())]
    assert len(servers) == 2
    assert not [pid for pid in servers if Path(f"/proc/{pid}").exists()]  # both gone with the command
    assert list(temp.iterdir()) == []  # and their query workers' temporary folders
