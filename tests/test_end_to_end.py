"""The issue's own finish line, as a user runs it: `innograph serve` on a corpus with a corrupt
file builds the rest, says what it skipped, and answers SPARQL over real HTTP on 127.0.0.1."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import httpx

from innograph.loaders import bundled_corpus

PARTICIPANTS = """
PREFIX ig: <https://w3id.org/innograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?coordinator WHERE {
  ?project ig:acronym "HAePPI" ; ig:participant ?org .
  ?org rdfs:label ?name .
  BIND(EXISTS { ?project ig:coordinator ?org } AS ?coordinator)
}"""


def test_serve_builds_a_corpus_with_a_corrupt_file_and_answers_over_http(tmp_path: Path, launch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), corpus, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    (corpus / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    log = tmp_path / "serve.log"
    command = [sys.executable, "-m", "innograph", "serve", str(corpus), "--store", str(tmp_path / "store")]
    with launch(command, cwd=tmp_path, log=log) as base:
        answer = httpx.get(f"{base}/sparql", params={"query": PARTICIPANTS},
                           headers={"Accept": "application/sparql-results+json"}, timeout=10)
    output = log.read_text()
    assert "skipped broken.html" in output and "built 5 document(s)" in output
    rows = {(b["name"]["value"], b["coordinator"]["value"]) for b in answer.json()["results"]["bindings"]}
    assert len(rows) == 6
    assert {name for name, lead in rows if lead == "true"} == {"Nordjylland Region"}
