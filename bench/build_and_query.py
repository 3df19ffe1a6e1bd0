"""Benchmark: build time, triple count, and query latency in-process and over HTTP.

    python bench/build_and_query.py [--runs 3] [--queries 200] [PATHS...]

Builds PATHS (default: the bundled corpus) into fresh stores ``--runs`` times,
then times the HAePPI-partners query and the example queries in-process
(``Store.query``) and over real HTTP against ``innograph serve`` on 127.0.0.1.
Bounded: fixed request counts, loopback only. Prints a small report.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from innograph.graph import Store
from innograph.pipeline import build
from innograph.settings import Settings

QUERY = """PREFIX ig: <https://w3id.org/innograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?role WHERE { ?p ig:acronym "HAePPI" ; ig:hasRole ?r . ?r ig:heldBy ?o ; a ?role . ?o rdfs:label ?name }"""
COUNT = "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)"


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return f"p50 {p(0.5):.2f} ms  p99 {p(0.99):.2f} ms  (n={len(samples)})"


def time_builds(paths: list[Path], runs: int, root: Path) -> Settings:
    seconds = []
    for run in range(runs):
        settings = Settings.load({}, store=root / f"store-{run}")
        report = build(paths, settings)
        seconds.append(report.seconds)
    print(f"build: {len(report.built)} documents, {report.entities} entities, {report.quads} quads; "
          f"median {statistics.median(seconds):.2f} s over {runs} runs ({', '.join(f'{s:.2f}' for s in seconds)})")
    return settings


def time_in_process(store: Store, n: int) -> None:
    for name, query in (("haeppi partners", QUERY), ("count by type", COUNT)):
        samples = []
        for _ in range(n):
            t = time.perf_counter()
            list(store.query(query))
            samples.append(time.perf_counter() - t)
        print(f"in-process {name}: {percentiles(samples)}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_http(settings: Settings, n: int) -> None:
    port = free_port()
    cmd = [sys.executable, "-m", "innograph", "serve", "--store", str(settings.store), "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/sparql"
        with httpx.Client(timeout=10) as client:
            for _ in range(100):
                try:
                    client.get(f"http://127.0.0.1:{port}/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            for name, query in (("haeppi partners", QUERY), ("count by type", COUNT)):
                samples = []
                for _ in range(n):
                    t = time.perf_counter()
                    client.get(url, params={"query": query}, headers={"Accept": "application/sparql-results+json"}).raise_for_status()
                    samples.append(time.perf_counter() - t)
                print(f"HTTP {name}: {percentiles(samples)}")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = time_builds(args.paths, args.runs, Path(tmp))
        store = Store(settings.store)
        print(f"store: {len(store)} distinct statements in {len(store.named_graphs())} named graphs")
        time_in_process(store, args.queries)
        time_http(settings, args.queries)


if __name__ == "__main__":
    main()
