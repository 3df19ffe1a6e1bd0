"""CPU time per request of a SPARQL server, all its processes counted (workers included).

    python bench/cpu.py --data DIR [--servers innograph,oxigraph] [--queries point,join]
                        [--requests 300] [--rounds 3] [--json FILE]

On a machine shared with other work, requests per second say as much about the
neighbours as about the server; the CPU a server spends per request does not.
For each (server, query) this sends ``--requests`` GETs one after another on one
keep-alive connection and reads the CPU time of the server's process group
before and after (two ways, see :func:`group_cpu`); it prints µs of CPU and
ms of wall time per request (medians over rounds). Rounds interleave the servers. ``--data`` is a
folder made by ``bench/load.py --data DIR`` (the same graph). Extra environment
(``INNOGRAPH_WORKERS=0`` …) reaches the innograph server as settings.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _client import _exchange, get_request  # noqa: E402
from _queries import queries  # noqa: E402
from _servers import Data, Running, start, stop  # noqa: E402
from load import point_entity, prepare  # noqa: E402

_TICK = os.sysconf("SC_CLK_TCK")


def group_cpu(pgid: int) -> tuple[float, float]:
    """Seconds of CPU used so far by process group ``pgid``, counted two ways.

    First the scheduler's own count of the live threads (``/proc/PID/task/TID/schedstat``,
    nanoseconds): exact, but blind to threads that have ended, and Oxigraph's server runs
    each request on a thread of its own. Then each process's ``utime + stime`` from
    ``/proc/PID/stat``: ended threads included, but sampled at clock ticks (10 ms).
    """
    exact = ticks = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # fields after the name: state ppid pgrp ...; utime, stime at 11, 12
                continue
            ticks += int(fields[11]) + int(fields[12])
            for task in os.listdir(f"/proc/{entry}/task"):
                exact += int(Path(f"/proc/{entry}/task/{task}/schedstat").read_text().split()[0])
        except OSError:
            continue
    return exact / 1e9, ticks / _TICK


async def _sequential(port: int, request: bytes, count: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(count):
            status, body, _ = await _exchange(reader, writer, request)
            if status != 200:
                raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
    finally:
        writer.close()


def per_request(server: Running, sparql: str, count: int) -> tuple[float, float, float]:
    """µs of server CPU (live threads; all, by ticks) and ms of wall time per request, over ``count`` requests."""
    request = get_request(server.port, server.path, sparql)
    asyncio.run(_sequential(server.port, request, max(3, count // 10)))  # warm up
    (exact, ticks), wall = group_cpu(server.process.pid), time.perf_counter()
    asyncio.run(_sequential(server.port, request, count))
    (exact_after, ticks_after), wall = group_cpu(server.process.pid), time.perf_counter() - wall
    return (exact_after - exact) / count * 1e6, (ticks_after - ticks) / count * 1e6, wall / count * 1e3


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--servers", default="innograph,oxigraph")
    parser.add_argument("--queries", default="point,join")
    parser.add_argument("--requests", type=int, default=300, help="per (server, query, round); heavy queries get fewer")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    data: Data = prepare(args.data, 1_000_000, 7, False)
    chosen = [queries(point_entity(data))[name] for name in args.queries.split(",")]
    seen: dict[str, list[tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="innograph-cpu-") as logs:
        running = {}
        try:
            for name in args.servers.split(","):
                running[name] = start(name, data, Path(logs), 600.0)
            for _ in range(args.rounds):
                for query in chosen:
                    count = args.requests if query.kind == "http" else max(5, args.requests // 30)
                    for name, server in running.items():
                        seen.setdefault(f"{name} {query.name}", []).append(per_request(server, query.sparql, count))
        finally:
            for server in running.values():
                stop(server)
    report = {key: {"cpu_us": statistics.median(r[0] for r in runs), "cpu_us_ticks": statistics.median(r[1] for r in runs),
                    "wall_ms": statistics.median(r[2] for r in runs)} for key, runs in seen.items()}
    print(f"{'':28} {'µs CPU/request':>15} {'(by ticks)':>11} {'ms wall/request':>16}")
    for key, figures in report.items():
        print(f"{key:28} {figures['cpu_us']:15.0f} {figures['cpu_us_ticks']:11.0f} {figures['wall_ms']:16.2f}")
    if args.json:
        args.json.write_text(json.dumps({"settings": vars(args) | {"data": str(args.data), "json": str(args.json)},
                                         "environment": {k: v for k, v in os.environ.items() if k.startswith("INNOGRAPH_")},
                                         "results": report}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
