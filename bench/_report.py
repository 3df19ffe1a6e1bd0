"""Figures of the load benchmark: one measurement per (server, query), the table and the goal ratios."""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import platform
import time
from dataclasses import asdict, dataclass

from _client import Outcome, fetch
from _queries import GOALS, Query

__all__ = ["Measurement", "check", "measurement", "render"]


@dataclass(frozen=True)
class Measurement:
    server: str
    query: str
    kind: str
    rows: int | None  # None: the checking request timed out
    requests: int  # answered with 200 during the load run
    errors: int
    timeouts: int
    seconds: float
    rps: float
    rps_at_most: float  # an upper bound when nothing was answered (rps is then 0)
    p50_ms: float | None
    p99_ms: float | None
    first_ms: float  # the slowest checking request (one per round)
    first_error: str = ""

    def summary(self) -> str:
        if self.rows is None:
            return f"timeout: no answer within {self.first_ms / 1000:.0f} s"
        return (f"{self.rps:9.1f} req/s  p50 {_ms(self.p50_ms)}  p99 {_ms(self.p99_ms)}  rows {self.rows}"
                f"  errors {self.errors}  timeouts {self.timeouts}")


def check(port: int, request: bytes, timeout: float) -> tuple[int | None, float]:
    """Row count of one answer and its latency in ms; rows None on timeout. Raises on an HTTP error."""
    started = time.perf_counter()
    try:
        status, body = asyncio.run(fetch(port, request, timeout))
    except TimeoutError:
        return None, timeout * 1000
    elapsed = (time.perf_counter() - started) * 1000
    if status != 200:
        raise RuntimeError(f"HTTP {status} from port {port}: {body[:300]!r}")
    return len(json.loads(body)["results"]["bindings"]), elapsed


def _percentile(samples: list[float], q: float) -> float | None:
    if not samples:
        return None
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] * 1000


def merge(server: str, query: Query, runs: list[tuple[int | None, Outcome, float]]) -> Measurement:
    """One measurement from the rounds of a (server, query): latencies pooled, counts and seconds added."""
    latencies = [t for _, outcome, _ in runs for t in outcome.latencies]
    seconds = sum(outcome.seconds for _, outcome, _ in runs)
    rows = next((r for r, _, _ in runs if r is not None), None)
    errors = sum(outcome.errors for _, outcome, _ in runs)
    timeouts = sum(outcome.timeouts for _, outcome, _ in runs)
    rps = len(latencies) / seconds if seconds else 0.0
    first_error = next((o.first_error for _, o, _ in runs if o.first_error), "")
    return Measurement(server, query.name, query.kind, rows, len(latencies), errors, timeouts, round(seconds, 3),
                       round(rps, 2), round(rps or 1 / seconds, 3), _round(_percentile(latencies, 0.5)),
                       _round(_percentile(latencies, 0.99)), round(max(ms for _, _, ms in runs), 2), first_error)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _ms(value: float | None) -> str:
    return "      -" if value is None else f"{value:7.1f} ms" if value < 1e5 else f"{value / 1000:7.0f} s"


def _table(results: list[Measurement]) -> list[str]:
    lines = [f"{'server':16} {'query':10} {'req/s':>10} {'p50':>10} {'p99':>10} {'rows':>7} {'n':>6} {'err':>4} {'t/o':>4}"]
    for r in results:
        rps = f"{r.rps:10.1f}" if r.requests else f"<{r.rps_at_most:9.2f}"
        rows = "?" if r.rows is None else str(r.rows)
        lines.append(f"{r.server:16} {r.query:10} {rps} {_ms(r.p50_ms):>10} {_ms(r.p99_ms):>10} {rows:>7} "
                     f"{r.requests:6} {r.errors:4} {r.timeouts:4}")
    return lines


def _ratio(ours: Measurement, other: Measurement, goal: float) -> dict[str, object]:
    """innograph / other in req/s; a lower bound when the other answered nothing."""
    if not ours.requests:
        return {"ratio": 0.0, "bound": False, "goal": goal, "pass": False}
    bound = not other.requests
    ratio = ours.rps / (other.rps_at_most if bound else other.rps)
    return {"ratio": round(ratio, 3), "bound": bound, "goal": goal, "pass": ratio >= goal}


def _ratios(results: list[Measurement], chosen: list[Query]) -> list[dict[str, object]]:
    by = {(r.server, r.query): r for r in results}
    found = []
    for query in chosen:
        ours = by.get(("innograph", query.name))
        for other_name, goal in GOALS[query.kind].items():
            other = by.get((other_name, query.name))
            if ours and other:
                found.append({"query": query.name, "kind": query.kind, "against": other_name,
                              **_ratio(ours, other, goal)})
    return found


def _ceilings(results: list[Measurement], chosen: list[Query]) -> list[dict[str, object]]:
    """Raw Oxigraph / rdflib-endpoint: what the engine alone achieves, the ceiling of innograph's ratio."""
    by = {(r.server, r.query): r for r in results}
    found = []
    for query in chosen:
        oxigraph, rdflib = by.get(("oxigraph", query.name)), by.get(("rdflib-endpoint", query.name))
        if oxigraph and rdflib:
            found.append({"query": query.name, **_ratio(oxigraph, rdflib, 0.0)})
    return found


def _agreement(results: list[Measurement]) -> dict[str, dict[str, int | None]]:
    rows: dict[str, dict[str, int | None]] = {}
    for r in results:
        rows.setdefault(r.query, {})[r.server] = r.rows
    return rows


def render(results: list[Measurement], chosen: list[Query], args: argparse.Namespace) -> tuple[str, dict, bool]:
    """The printed report, the JSON report, and whether all servers agreed on every row count."""
    ratios = _ratios(results, chosen)
    rows = _agreement(results)
    agree = all(len({n for n in counts.values() if n is not None}) <= 1 for counts in rows.values())
    lines = [f"{args.triples} triples, {args.concurrency} clients, {args.duration:g} s per (server, query), "
             f"timeout {args.timeout:g} s", *_table(results), ""]
    for r in ratios:
        sign = "≥ " if r["bound"] else ""
        verdict = "PASS" if r["pass"] else "FAIL"
        lines.append(f"{r['query']:10} innograph / {r['against']:16} {sign}{r['ratio']:8.2f}×  "
                     f"(goal ≥ {r['goal']:g}×, {r['kind']})  {verdict}")
    for c in _ceilings(results, chosen):
        sign = "≥ " if c["bound"] else ""
        lines.append(f"{c['query']:10} oxigraph  / rdflib-endpoint  {sign}{c['ratio']:8.2f}×  (reference: raw Oxigraph server)")
    lines += [f"row counts {'agree' if agree else 'DISAGREE'}: {json.dumps(rows)}"]
    report = {"settings": {k: v for k, v in vars(args).items() if k not in ("json", "data")},
              "machine": {"cpus": _cpus(), "python": platform.python_version(), "platform": platform.platform()},
              "results": [asdict(r) for r in results], "ratios": ratios,
              "oxigraph_over_rdflib_endpoint": _ceilings(results, chosen), "rows": rows, "rows_agree": agree,
              "queries": {q.name: q.sparql for q in chosen}}
    return "\n".join(lines), report, agree


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))
