"""Load benchmark: innograph's SPARQL endpoint against `oxigraph serve-read-only` and rdflib-endpoint.

    python bench/load.py [--triples 1000000] [--duration 10] [--concurrency 4] [--timeout 20]
                         [--servers innograph,oxigraph,rdflib-endpoint] [--queries point,join,...]
                         [--data DIR] [--json FILE]

Makes a synthetic graph (bench/synthetic.py) and serves the same data from each
server on 127.0.0.1 with a free port, one server at a time: innograph from its
store, Oxigraph from the very same store generation (its default graph is the
union, each statement once), rdflib-endpoint from that union as N-Triples in its
default (in-memory rdflib) store. For each (server, query) one request first
checks the row count (they must agree across servers), then ``--concurrency``
keep-alive clients send the query for ``--duration`` seconds. A request slower
than ``--timeout`` is a timeout: the query is abandoned and the server restarted
before its next query. Prints requests/s, p50/p99 latency and rows per (server,
query), then the ratios to the goals. ``--data DIR`` keeps the generated data for
the next run; otherwise everything is made in a temporary folder and removed.
Exit status 1 when the servers disagree on a row count.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph as ox  # noqa: E402
from _client import Outcome, get_request, run_load  # noqa: E402
from _queries import Query, queries  # noqa: E402
from _report import Measurement, check, merge, render  # noqa: E402
from _servers import SERVERS, Data, Running, start, stop  # noqa: E402
from synthetic import generate, load_store  # noqa: E402


def prepare(folder: Path, triples: int, seed: int, need_nt: bool) -> Data:
    """Generate the graph and load it (reused when ``folder`` already holds the same triples and seed)."""
    meta, store = folder / "meta.json", folder / "store"
    wanted = {"triples": triples, "seed": seed}
    if not (meta.exists() and json.loads(meta.read_text()).get("wanted") == wanted):
        corpus = generate(folder, triples, seed)
        generation = load_store(corpus.path, store)
        meta.write_text(json.dumps({"wanted": wanted, "quads": corpus.quads, "generation": str(generation)}))
    generation = Path(json.loads(meta.read_text())["generation"])
    union = folder / "union.nt"
    if need_nt and not union.exists():
        ox.Store.read_only(str(generation)).dump(str(union), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Data(store, generation, union)


def point_entity(data: Data) -> str:
    """The organisation the point lookup asks about: the first by IRI."""
    found = ox.Store.read_only(str(data.generation)).query(
        "SELECT ?o WHERE { ?o a <https://w3id.org/innograph/ontology#Organisation> } ORDER BY ?o LIMIT 1")
    return next(iter(found))["o"].value  # type: ignore[index,union-attr]


def measure(server: Running, query: Query, args: argparse.Namespace) -> tuple[int | None, Outcome, float]:
    """Row count (None on timeout), the load run's outcome and the checking request's latency in ms."""
    request = get_request(server.port, server.path, query.sparql)
    rows, first_ms = check(server.port, request, args.timeout)
    if rows is None:  # the first request timed out: a load run would only pile up more
        return None, Outcome(timeouts=1, seconds=args.timeout, first_error="first request timed out"), first_ms
    return rows, run_load(server.port, request, args.concurrency, args.duration, args.timeout), first_ms


class Fleet:
    """The running servers; one whose query was abandoned (a timeout) is restarted before its next query."""

    def __init__(self, data: Data, logs: Path, startup_timeout: float) -> None:
        self.data, self.logs, self.startup_timeout = data, logs, startup_timeout
        self.running: dict[str, Running] = {}
        self.dirty: set[str] = set()

    def get(self, name: str) -> Running:
        if name in self.dirty:
            stop(self.running.pop(name))
            self.dirty.discard(name)
        if name not in self.running:
            self.running[name] = start(name, self.data, self.logs, self.startup_timeout)
        return self.running[name]

    def stop_all(self) -> None:
        for server in self.running.values():
            stop(server)


def run_rounds(fleet: Fleet, chosen: list[Query], args: argparse.Namespace) -> list[Measurement]:
    """Each round measures every query on every server in turn, so background load hits all alike."""
    seen: dict[tuple[str, str], list[tuple[int | None, Outcome, float]]] = {}
    for _ in range(args.rounds):
        for query in chosen:
            for name in args.servers:
                runs = seen.setdefault((name, query.name), [])
                if any(rows is None for rows, _, _ in runs):
                    continue  # it timed out once already: asking again only costs time
                runs.append(measure(fleet.get(name), query, args))
                print(f"  {name:16} {query.name:10} {merge(name, query, runs[-1:]).summary()}", file=sys.stderr, flush=True)
                if runs[-1][1].timeouts:
                    fleet.dirty.add(name)
    by_name = {q.name: q for q in chosen}
    return [merge(name, by_name[query], runs) for (name, query), runs in seen.items()]


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load per (server, query)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=1, help="sweeps over all (query, server); figures pool them")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a request counts as a timeout")
    parser.add_argument("--startup-timeout", type=float, default=600.0)
    parser.add_argument("--servers", default=",".join(SERVERS))
    parser.add_argument("--queries", default="point,join,aggregate,optional,text,provenance")
    parser.add_argument("--data", type=Path, help="keep the generated data here and reuse it")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    args.servers = [s for s in args.servers.split(",") if s]
    args.queries = [q for q in args.queries.split(",") if q]
    unknown = [s for s in args.servers if s not in SERVERS]
    if unknown:
        parser.error(f"unknown server(s) {unknown}; choose from {list(SERVERS)}")
    return args


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    signal.signal(signal.SIGTERM, _terminate)
    before = os.getloadavg()
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="innograph-load-")))
        folder = args.data or work / "data"
        print(f"preparing {args.triples} triples in {folder} ...", file=sys.stderr, flush=True)
        data = prepare(folder, args.triples, args.seed, "rdflib-endpoint" in args.servers)
        available = queries(point_entity(data))
        chosen = [available[name] for name in args.queries]
        fleet = Fleet(data, work, args.startup_timeout)
        stack.callback(fleet.stop_all)
        for name in args.servers:  # start them all first: rdflib-endpoint takes a while to load
            fleet.get(name)
        results = run_rounds(fleet, chosen, args)
    text, report, agree = render(results, chosen, args)
    report["machine"]["load_average"] = {"before": before, "after": os.getloadavg()}
    report["command"] = " ".join(["python", "bench/load.py", *(sys.argv[1:] if argv is None else argv)])
    report["server_commands"] = {name: " ".join(SERVERS[name][0](data, 0)) for name in args.servers}  # port 0: chosen per run
    print(text)
    print(f"load average before {before[0]:.1f}, after {os.getloadavg()[0]:.1f} "
          f"(on {report['machine']['cpus']} CPUs: other work shares them with servers and clients)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
