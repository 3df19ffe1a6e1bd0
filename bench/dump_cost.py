"""What a dump of a served store costs: seconds and peak memory, streamed (the /store dumps) and sorted (`innograph export`).

    python bench/dump_cost.py --store DIR/store [--formats nquads,turtle] [--sorted nquads]

Each dump runs in its own process, so its peak resident memory (ru_maxrss) is its own. The
sorted export writes Turtle through rdflib, which takes minutes at a million statements: by
default only its N-Quads form is measured.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def _one(store: str, name: str, how: str) -> dict[str, object]:
    """Run in the child: write the dump to /dev/null and report."""
    from innograph.graph import Store, export, stream_store

    handle, started, size = Store(Path(store)), time.monotonic(), 0
    if how == "streamed":
        for piece in stream_store(handle, name, {}, time.monotonic() + 3600, whole=name in ("nquads", "trig")):
            size += len(piece)
    else:
        with open("/dev/null", "wb") as sink:
            export(handle, name, sink, {}, time.monotonic() + 3600)
    seconds = time.monotonic() - started
    return {"format": name, "how": how, "seconds": round(seconds, 2),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "bytes": size or None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--formats", default="nquads,turtle", help="streamed dumps to measure")
    parser.add_argument("--sorted", default="nquads", help="sorted exports to measure ('' for none)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one(args.store, *args.child)))
        return
    runs = [(f, "streamed") for f in args.formats.split(",") if f] + [(f, "sorted") for f in args.sorted.split(",") if f]
    for name, how in runs:
        out = subprocess.run([sys.executable, __file__, "--store", args.store, "--child", name, how],
                             capture_output=True, text=True, check=True)
        print(out.stdout.strip())


if __name__ == "__main__":
    main()
