"""A remote store: a real ``oxigraph serve`` on 127.0.0.1, built into and served through innograph."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from innograph.cli import main
from innograph.errors import QueryTimeout, StoreError
from innograph.graph import RemoteStore, Store

IG = "https://w3id.org/innograph/ontology#"
@pytest.fixture
def oxigraph_url(oxigraph, tmp_path: Path) -> Iterator[str]:
    """A real Oxigraph server on a free port of 127.0.0.1, with its data in a temporary folder."""
    with oxigraph(tmp_path) as url:
        yield url


def _nquads(trig: str, path: Path) -> Path:
    ox.serialize(ox.Dataset(ox.parse(trig, format=ox.RdfFormat.TRIG)), path, format=ox.RdfFormat.N_QUADS)
    return path


def _rows(solutions) -> list[tuple[str, ...]]:
    names = [v.value for v in solutions.variables]
    return sorted(tuple(str(s[n]) for n in names) for s in solutions)


def test_remote_store_holds_the_same_dataset_as_the_local_one(oxigraph_url, sample_store, sample_trig, tmp_path):
    remote = RemoteStore(oxigraph_url)
    remote.replace_with([_nquads(sample_trig, tmp_path / "sample.nq")])
    assert remote.named_graphs() == sample_store.named_graphs()
    assert len(remote) == len(sample_store) > 0  # the union default graph, each statement once
    query = f"SELECT ?o ?c WHERE {{ ?o a <{IG}Organisation> ; <{IG}country> ?c }}"
    assert _rows(remote.query(query)) == _rows(sample_store.query(query))


def test_a_failed_build_leaves_the_served_data_intact(oxigraph_url, sample_trig, tmp_path):
    remote = RemoteStore(oxigraph_url)
    remote.replace_with([_nquads(sample_trig, tmp_path / "sample.nq")])
    graphs, size = remote.named_graphs(), len(remote)
    other = tmp_path / "other.nq"
    other.write_text("<urn:s> <urn:p> <urn:o> <urn:new-graph> .\n<urn:s> <urn:p> broken\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not valid N-Quads"):
        remote.replace_with([other])
    assert remote.named_graphs() == graphs and len(remote) == size
    every_graph = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
    assert len(list(remote.query(every_graph))) == len(graphs)  # no staging graph left behind


def test_a_second_build_replaces_the_first(oxigraph_url, sample_trig, tmp_path):
    remote = RemoteStore(oxigraph_url)
    remote.replace_with([_nquads(sample_trig, tmp_path / "sample.nq")])
    smaller = tmp_path / "smaller.nq"
    smaller.write_text("<urn:s> <urn:p> <urn:o> <urn:only-graph> .\n", encoding="utf-8")
    remote.replace_with([smaller])
    assert remote.named_graphs() == ["urn:only-graph"] and len(remote) == 1


def test_build_and_serve_with_store_url(oxigraph_url, launch, tmp_path):
    corpus = Path(__file__).parent.parent / "loaders" / "corpus"
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(tmp_path / "local"),
                                       "--store-url", oxigraph_url])
    assert result.exit_code in (0, 1), result.output
    local = Store(tmp_path / "built-locally")
    CliRunner().invoke(main, ["build", str(corpus), "--store", str(local.root)])
    assert len(RemoteStore(oxigraph_url)) == len(local) > 1000
    command = [sys.executable, "-m", "innograph", "serve", "--store-url", oxigraph_url, "--store", str(tmp_path / "local")]
    query = f"SELECT ?p ?a WHERE {{ ?p <{IG}acronym> ?a }}"
    with launch(command, cwd=tmp_path, log=tmp_path / "serve.log") as base:
        assert httpx.get(f"{base}/health", timeout=10).json()["status"] == "ok"
        served = httpx.get(f"{base}/sparql", params={"query": query}, headers={"accept": "text/tab-separated-values"}, timeout=10)
        bad = httpx.get(f"{base}/sparql", params={"query": "SELECT * WHERE { ?s }"}, timeout=10)
    assert served.status_code == 200
    assert _rows(ox.parse_query_results(served.content, format=ox.QueryResultsFormat.TSV)) == _rows(local.query(query))
    assert bad.status_code == 400


def test_a_query_the_remote_does_not_answer_in_time_is_a_timeout(oxigraph_url, sample_trig, tmp_path):
    remote = RemoteStore(oxigraph_url, timeout=1.0)
    remote.replace_with([_nquads(sample_trig, tmp_path / "sample.nq")])
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="query stopped after 1 s"):
        remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }")
    assert time.monotonic() - started < 3
