"""CPU time per request of a SPARQL server, all its processes counted (workers included).

    python bench/cpu.py --data DIR [--servers innograph,oxigraph] [--queries point,join]
                        [--requests 300] [--rounds 3] [--json FILE]

On a machine shared with other work, requests per second say as much about the
neighbours as about the server; the CPU a server spends per request does not.
For each (server, query) this sends ``--requests`` GETs one after another on one
keep-alive connection and reads the CPU time of every thread in
the server's process group (``/proc/.../schedstat``) before and after; it prints µs of CPU
and ms of wall time per request. Rounds interleave the servers. ``--data`` is a
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

def group_cpu(pgid: int) -> float:
    """Seconds on a CPU so far of the live threads of process group ``pgid``.

    From the scheduler's own count (``/proc/PID/task/TID/schedstat``, nanoseconds), not from
    ``utime``/``stime``, which are sampled at each clock tick and overcharge processes that
    run in many short bursts, as a server answering small requests does.
    """
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # fields after the name: state ppid pgrp ...
                continue
            for task in os.listdir(f"/proc/{entry}/task"):
                total += int(Path(f"/proc/{entry}/task/{task}/schedstat").read_text().split()[0])
        except OSError:
            continue
    return total / 1e9


async def _sequential(port: int, request: bytes, count: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(count):
            status, body, _ = await _exchange(reader, writer, request)
            if status != 200:
                raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
    finally:
        writer.close()


def per_request(server: Running, sparql: str, count: int) -> tuple[float, float]:
    """µs of server CPU and ms of wall time per request, over ``count`` sequential requests."""
    request = get_request(server.port, server.path, sparql)
    asyncio.run(_sequential(server.port, request, max(3, count // 10)))  # warm up
    cpu, wall = group_cpu(server.process.pid), time.perf_counter()
    asyncio.run(_sequential(server.port, request, count))
    cpu, wall = group_cpu(server.process.pid) - cpu, time.perf_counter() - wall
    return cpu / count * 1e6, wall / count * 1e3


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
    seen: dict[str, list[tuple[float, float]]] = {}
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
    report = {key: {"cpu_us": statistics.median(c for c, _ in runs), "wall_ms": statistics.median(w for _, w in runs)}
              for key, runs in seen.items()}
    for key, figures in report.items():
        print(f"{key:28} {figures['cpu_us']:10.0f} µs CPU/request  {figures['wall_ms']:8.2f} ms wall/request")
    if args.json:
        args.json.write_text(json.dumps({"settings": vars(args) | {"data": str(args.data), "json": str(args.json)},
                                         "environment": {k: v for k, v in os.environ.items() if k.startswith("INNOGRAPH_")},
                                         "results": report}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
