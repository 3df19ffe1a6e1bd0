"""A synthetic innograph graph of about N triples, in the graph layer's own shape.

    python bench/synthetic.py [--triples 1000000] [--seed 7] --out DIR [--store STORE]

Invented project pages and event reports (see ``_world.py`` and ``_pages.py``)
are turned into records and then into RDF by the project's own code
(``document_graph``: one named graph per document, evidence with selectors for
every fact), preceded by the ontology/reference graph as a build writes it.
The result is ``DIR/synthetic.nq`` (N-Quads, lines sorted within each graph, so
the same seed gives the same file). ``--store`` loads it into an innograph store
(``Store.replace_with``: the union of the named graphs becomes the default
graph), so ``innograph serve --store STORE`` serves it without running the extractor.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pages import Page, event_report, project_page  # noqa: E402
from _world import World, make_world  # noqa: E402

from innograph.graph import (  # noqa: E402
    AttributeName,
    DocumentRecords,
    Minter,
    Store,
    country_iri,
    document_graph,
    reference_graph,
    write_nquads,
)
from innograph.settings import DEFAULT_BASE  # noqa: E402

__all__ = ["Corpus", "documents", "generate", "load_store"]

#: quads one synthetic document yields on average (measured); sizes the pools from the target.
QUADS_PER_DOCUMENT = 1100
NQUADS = "synthetic.nq"


@dataclass(frozen=True)
class Corpus:
    """What :func:`generate` wrote."""

    path: Path
    quads: int
    documents: int
    seconds: float


def documents(world: World, rng: random.Random) -> Iterator[DocumentRecords]:
    """An endless, seeded stream of documents: every project's page first, event reports in between."""
    number, projects, events = 0, 0, 0
    while True:
        page = Page()
        if rng.random() < 0.25:
            event = world.events[events % len(world.events)]
            events += 1
            event_report(page, world, event)
            language, title, issued = "en", event.name, event.date
        else:
            project = world.projects[projects % len(world.projects)]
            projects += 1
            lead = world.orgs[project.partners[0]]
            lithuanian = lead.country == "LT" and rng.random() < 0.7
            project_page(page, world, project, lithuanian)
            language, title, issued = ("lt" if lithuanian else "en"), project.acronym, project.start
        yield page.records(f"synthetic-{number:06d}", language, title, issued)
        number += 1


def _graph_lines(records: DocumentRecords, minter: Minter) -> tuple[str, int]:
    buffer = io.StringIO()
    count = write_nquads(document_graph(records, minter), buffer)
    return "".join(sorted(buffer.getvalue().splitlines(keepends=True))), count


def _countries(records: DocumentRecords) -> set[str]:
    return {country_iri(str(a.value)) for a in records.attributes if a.name is AttributeName.COUNTRY}


def _write_documents(out: TextIO, triples: int, seed: int, base: str) -> tuple[int, int, set[str]]:
    rng = random.Random(seed)
    world = make_world(rng, max(1, triples // QUADS_PER_DOCUMENT))
    minter, quads, count, countries = Minter(base), 0, 0, set[str]()
    for records in documents(world, rng):
        if quads >= triples:
            break
        lines, n = _graph_lines(records, minter)
        out.write(lines)
        quads, count = quads + n, count + 1
        countries |= _countries(records)
    return quads, count, countries


def generate(out_dir: Path, triples: int = 1_000_000, seed: int = 7, base: str = DEFAULT_BASE) -> Corpus:
    """Write ``out_dir/synthetic.nq``: the reference graph, then documents until about ``triples`` quads."""
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    body = out_dir / f".{NQUADS}.documents"
    with body.open("w", encoding="utf-8") as out:
        quads, count, countries = _write_documents(out, triples, seed, base)
    path = out_dir / NQUADS
    with path.open("w", encoding="utf-8") as out:
        buffer = io.StringIO()
        quads += write_nquads(reference_graph(base, countries), buffer)
        out.write("".join(sorted(buffer.getvalue().splitlines(keepends=True))))
        with body.open(encoding="utf-8") as documents_file:
            for chunk in iter(lambda: documents_file.read(1 << 20), ""):
                out.write(chunk)
    body.unlink()
    return Corpus(path, quads, count, round(time.perf_counter() - started, 2))


def load_store(nquads: Path, store_dir: Path) -> Path:
    """Load the N-Quads into an innograph store at ``store_dir``; returns the generation's folder."""
    store = Store(store_dir)
    name = store.replace_with([nquads])
    return store_dir / "generations" / name


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about this many quads (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="folder for synthetic.nq")
    parser.add_argument("--store", type=Path, help="also load it into an innograph store here")
    args = parser.parse_args(argv)
    corpus = generate(args.out, args.triples, args.seed)
    print(f"wrote {corpus.path}: {corpus.quads} quads in {corpus.documents} documents ({corpus.seconds} s)")
    if args.store:
        started = time.perf_counter()
        generation = load_store(corpus.path, args.store)
        print(f"loaded {args.store} (generation {generation.name}) in {time.perf_counter() - started:.1f} s; "
              f"{len(Store(args.store))} triples in the default graph")


if __name__ == "__main__":
    main()
