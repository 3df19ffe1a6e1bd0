"""The load benchmark's pieces at a small size: the synthetic graph has the real shape, the script runs.

The scripts under bench/ are run as a user runs them (a subprocess with this
interpreter), so the test sees what the command line sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV

from innograph.graph import OA, Store
from innograph.ontology import IG, ontology_graph
from innograph.shapes import validate

BENCH = Path(__file__).resolve().parents[1] / "bench"
TRIPLES = 20_000


def _run(script: str, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    done = _run("synthetic.py", "--triples", str(TRIPLES), "--out", str(out), "--store", str(out / "store"))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def dataset(synthetic: Path) -> Dataset:
    return Dataset(default_union=True).parse(synthetic / "synthetic.nq", format="nquads")


def test_synthetic_graph_conforms_to_the_shapes(dataset: Dataset) -> None:
    report = validate(dataset, ontology=ontology_graph())
    assert report.conforms, report.text


def test_synthetic_graph_has_the_classes_of_a_build(dataset: Dataset) -> None:
    types = Counter(o for _, _, o, _ in dataset.quads((None, RDF.type, None, None)))
    expected = [IG.Project, IG.Organisation, IG.Programme, IG.Event, IG.Person, IG.Document, IG.OrganisationRole,
                IG.CoordinatorRole, IG.PartnerRole, IG.Evidence, OA.TextQuoteSelector, OA.TextPositionSelector]
    assert [c for c in expected if not types[c]] == []
    subtypes = [IG.Cluster, IG.University, IG.PublicAuthority, IG.Agency, IG.Company, IG.Association]
    assert sum(1 for c in subtypes if types[c]) >= 4
    documents = {g.identifier for g in dataset.graphs() if (g.identifier, RDF.type, IG.Document) in g}
    assert len(documents) == types[IG.Document] > 5


def test_every_quote_is_the_text_at_its_position(dataset: Dataset) -> None:
    evidence = list(dataset.subjects(RDF.type, IG.Evidence, unique=True))
    assert len(evidence) > 500
    for node in evidence[:: max(1, len(evidence) // 300)]:
        document = dataset.value(node, PROV.wasDerivedFrom)
        text = str(dataset.value(document, IG.text))
        quote = next(s for s in dataset.objects(node, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in dataset)
        position = next(s for s in dataset.objects(node, OA.hasSelector) if s != quote)
        start, end = (int(dataset.value(position, p)) for p in (OA.start, OA.end))
        assert text[start:end] == str(dataset.value(quote, OA.exact))


def test_size_determinism_and_store(synthetic: Path, dataset: Dataset, tmp_path: Path) -> None:
    lines = (synthetic / "synthetic.nq").read_text(encoding="utf-8").splitlines()
    assert TRIPLES <= len(lines) < TRIPLES * 1.25
    again = _run("synthetic.py", "--triples", str(TRIPLES), "--out", str(tmp_path))
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "synthetic.nq").read_bytes() == (synthetic / "synthetic.nq").read_bytes()
    union = {(s, p, o) for s, p, o, _ in dataset.quads()}
    store = Store(synthetic / "store")
    assert len(store) == len(union)
    named = {g.identifier for g in dataset.graphs()} - {DATASET_DEFAULT_GRAPH_ID}
    assert sorted(store.named_graphs()) == sorted(str(n) for n in named)


def _leftovers(marker: str) -> list[str]:
    """Command lines of running processes that mention ``marker``."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in text:
            found.append(text)
    return found


def _load(tmp_path: Path, servers: str, queries: str, duration: str) -> dict:
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "load.json"
    env = {**os.environ, "TMPDIR": str(temp)}
    done = _run("load.py", "--triples", str(TRIPLES), "--duration", duration, "--servers", servers,
                "--queries", queries, "--timeout", "20", "--json", str(out), env=env, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "innograph / oxigraph" in done.stdout or "oxigraph" not in servers
    assert list(temp.iterdir()) == []  # the run's folder, store and logs are gone
    assert _leftovers(str(temp)) == []  # and so are the servers
    return json.loads(out.read_text())


def test_load_script_runs_against_innograph_and_oxigraph(tmp_path: Path) -> None:
    report = _load(tmp_path, "innograph,oxigraph", "point,join,aggregate,optional,text", "1")
    assert report["rows_agree"]
    results = report["results"]
    assert {(r["server"], r["query"]) for r in results} == {
        (s, q) for s in ("innograph", "oxigraph") for q in ("point", "join", "aggregate", "optional", "text")}
    assert all(r["requests"] > 0 and r["errors"] == 0 and r["timeouts"] == 0 and r["rows"] > 0 for r in results)
    assert {(r["query"], r["against"]) for r in report["ratios"]} == {
        (q, "oxigraph") for q in ("point", "join", "aggregate", "optional", "text")}


def test_load_script_runs_against_rdflib_endpoint(tmp_path: Path) -> None:
    report = _load(tmp_path, "innograph,rdflib-endpoint", "point,aggregate", "0.5")
    assert report["rows_agree"]
    assert {r["server"] for r in report["results"] if r["requests"] > 0} == {"innograph", "rdflib-endpoint"}
    assert [r["against"] for r in report["ratios"]] == ["rdflib-endpoint"]


def test_load_script_refuses_an_unknown_server() -> None:
    done = _run("load.py", "--servers", "innograph,virtuoso")
    assert done.returncode == 2 and "unknown server" in done.stderr
