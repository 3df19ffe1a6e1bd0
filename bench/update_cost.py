"""What one small write costs on the on-disk store: seconds per SPARQL Update, median of ``--rounds``.

    python bench/synthetic.py --triples 1000000 --out DIR --store DIR/store
    python bench/update_cost.py --store DIR/store [--rounds 3] [--kinds insert-named,delete-data]
    python bench/update_cost.py --store-url http://127.0.0.1:7878   # a remote store instead

Each write makes a new generation (a checkpoint of the current one), applies the
update there and brings the default graph (the union of the named graphs) up to
date, then swaps it in. The store is changed: use a scratch copy.
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid

from innograph.graph import RemoteStore, Store

UPDATES_GRAPH = "https://w3id.org/innograph/id/graph/updates"
KINDS = {
    "insert-named": 'INSERT DATA {{ GRAPH <urn:bench:{0}> {{ <urn:bench:s{0}> <urn:bench:p> "v" }} }}',
    "insert-default": 'INSERT DATA {{ <urn:bench:d{0}> <urn:bench:p> "v" }}',
    "delete-data": 'DELETE DATA {{ GRAPH <urn:bench:{0}> {{ <urn:bench:s{0}> <urn:bench:p> "v" }} }}',
    "delete-where": "DELETE WHERE {{ GRAPH ?g {{ <urn:bench:d{0}> ?p ?o }} }}",  # a WHERE that matches nothing
    # deletes and adds with a WHERE that matches nothing
    "rename": "DELETE {{ GRAPH ?g {{ <urn:bench:s{0}> ?p ?o }} }} INSERT {{ <urn:bench:s{0}> <urn:bench:q> ?o }} "
              "WHERE {{ GRAPH ?g {{ <urn:bench:s{0}> ?p ?o }} }}",
    # an organisation's city moved to another property in every graph that gives it: real matches
    "entity-rename": "DELETE {{ GRAPH ?g {{ <{entity}> <https://w3id.org/innograph/ontology#city> ?l }} }} "
                     "INSERT {{ GRAPH ?g {{ <{entity}> <urn:bench:formerCity> ?l }} }} "
                     "WHERE {{ GRAPH ?g {{ <{entity}> <https://w3id.org/innograph/ontology#city> ?l }} }}",
    # every statement about an organisation deleted, in every graph
    "entity-delete": "DELETE WHERE {{ GRAPH ?g {{ <{entity}> ?p ?o }} }}",
}
_ENTITIES = "SELECT ?e WHERE {{ ?e a <https://w3id.org/innograph/ontology#Organisation> }} ORDER BY ?e OFFSET {0} LIMIT {1}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--store")
    where.add_argument("--store-url", help="a remote store (Oxigraph server) holding the same data")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"some of: {', '.join(KINDS)}")
    args = parser.parse_args()
    store = RemoteStore(args.store_url, timeout=600) if args.store_url else Store(args.store)
    print(f"{len(store):,} statements in the default graph")
    tokens = [uuid.uuid4().hex[:8] for _ in range(args.rounds)]
    kinds = args.kinds.split(",")
    found = store.query(_ENTITIES.format(7, args.rounds * len(kinds)))  # a different organisation for each write
    entities = iter([row["e"].value for row in found])  # type: ignore[index,union-attr]
    for kind in kinds:
        template = KINDS[kind]
        seconds = []
        for token in tokens:
            started = time.perf_counter()
            store.update(template.format(token, entity=next(entities)), updates_graph=UPDATES_GRAPH)
            seconds.append(time.perf_counter() - started)
        print(f"{kind:15} median {statistics.median(seconds):6.2f} s  ({', '.join(f'{s:.2f}' for s in seconds)})")


if __name__ == "__main__":
    main()
