"""The issue's own finish line, as a user runs it: `innograph serve` on a corpus with a corrupt
file builds the rest, says what it skipped, and answers SPARQL over real HTTP on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from innograph.loaders import bundled_corpus

STARTUP_SECONDS = 90  # the first start builds the corpus

PARTICIPANTS = """
PREFIX ig: <https://w3id.org/innograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?coordinator WHERE {
  ?project ig:acronym "HAePPI" ; ig:participant ?org .
  ?org rdfs:label ?name .
  BIND(EXISTS { ?project ig:coordinator ?org } AS ?coordinator)
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, f"serve exited with {process.returncode}"
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {STARTUP_SECONDS} s")


def test_serve_builds_a_corpus_with_a_corrupt_file_and_answers_over_http(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), corpus, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    (corpus / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    port = free_port()
    log = (tmp_path / "serve.log").open("w+")
    command = [sys.executable, "-m", "innograph", "serve", str(corpus), "--store", str(tmp_path / "store"),
               "--port", str(port)]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        wait_for(f"http://127.0.0.1:{port}/health", process)
        answer = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": PARTICIPANTS},
                           headers={"Accept": "application/sparql-results+json"}, timeout=10)
    finally:
        process.terminate()
        process.wait(timeout=15)
    log.seek(0)
    output = log.read()
    assert "skipped broken.html" in output and "built 5 document(s)" in output
    rows = {(b["name"]["value"], b["coordinator"]["value"]) for b in answer.json()["results"]["bindings"]}
    assert len(rows) == 6
    assert {name for name, lead in rows if lead == "true"} == {"Nordjylland Region"}
