"""Benchmark: documents per second and MB/s of read + extract (+ resolve).

    python bench/extract_throughput.py [--repeat 20] [--synthetic 200] [--seed 7]

Two corpora: the bundled corpus repeated ``--repeat`` times, and ``--synthetic``
generated documents of the genre (English and Lithuanian project pages, news and
event reports built from templates with invented names; nothing from a real
document). Files are written to a temporary folder and read from disk, so the
figures include decoding and cleaning. Prints a small report; nothing asserts times.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from innograph.loaders import bundled_corpus, extract, find_documents, read, resolve

_STEMS = ("Nord", "Balt", "Aqua", "Terra", "Lumi", "Vento", "Agro", "Medi", "Silva", "Porto", "Flexi", "Quanta")
_TAILS = ("Link", "Hub", "Net", "Wave", "Bridge", "Path", "Grow", "Spark")
_PLACES_EN = (("Tartu", "Estonia", "EE"), ("Riga", "Latvia", "LV"), ("Gdansk", "Poland", "PL"),
              ("Turku", "Finland", "FI"), ("Kiel", "Germany", "DE"), ("Aarhus", "Denmark", "DK"))
_FIELDS = ("Food", "Wood", "Health", "Energy", "Photonics", "Marine", "Textile", "Robotics")
_FIRST = ("Anna", "Mart", "Ilze", "Tomas", "Eva", "Jonas", "Laura", "Piotr")
_LAST = ("Kask", "Ozola", "Nowak", "Virtanen", "Berg", "Lund", "Krauss", "Holm")
_LT_ORGS = ("Vilniaus {f} klasteris", "Kauno {f} asociacija", "Klaipėdos {f} mokslo parkas")
_LT_FIELDS = ("maisto", "medienos", "lazerių", "energetikos", "tekstilės", "jūrinių technologijų")
_PROGRAMMES = ("Interreg Baltic Sea Region", "Horizon 2020", "Erasmus+", "Interreg Europe", "COSME")


def _project_page(rng: random.Random) -> str:
    acronym = rng.choice(_STEMS) + rng.choice(_TAILS)
    city, country, code = rng.choice(_PLACES_EN)
    partners = "\n".join(
        f"{i}. {rng.choice(_PLACES_EN)[0]} {rng.choice(_FIELDS)} Cluster ({rng.choice(_PLACES_EN)[2]})"
        for i in range(2, rng.randint(4, 9)))
    return (f"{acronym}\n\n♦ {rng.choice(_PROGRAMMES)} project \"Smart {rng.choice(_FIELDS)} Value Chains\" "
            f"({acronym})\nProject date: 1/{rng.randint(1, 12)}/2019-30/6/2022\n"
            f"Total Budget: {rng.randint(100, 900)}.{rng.randint(100, 999)},00 EUR\n"
            f"Lead partner: University of {city} ({code})\nPartners:\n{partners}\n\n"
            f"The project is coordinated by the University of {city} and funded by the European Regional "
            f"Development Fund. Companies from {country} take part.\n")


def _event_report(rng: random.Random) -> str:
    field = rng.choice(_FIELDS)
    city, country, _code = rng.choice(_PLACES_EN)
    people = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(3)]
    attendees = ", ".join(f"{rng.choice(_PLACES_EN)[0]} {f} Cluster" for f in rng.sample(_FIELDS, 4))
    return (f"September {rng.randint(1, 28)} d., 2021\n\nBaltic {field} Forum 2021 gathered 150 clusters\n\n"
            f"The Baltic {field} Forum 2021 took place in {city} on September 21-22nd. It was organised by the "
            f"{country} Innovation Agency. Project manager {people[0]} said the event exceeded expectations.\n"
            f"Clusters from {country} were selected: {attendees}.\n"
            f"{people[1]}, director of the {city} Science Park, presented the results.\n")


def _lt_news(rng: random.Random) -> str:
    org = rng.choice(_LT_ORGS).format(f=rng.choice(_LT_FIELDS))
    acronym = rng.choice(_STEMS).upper()
    person = f"{rng.choice(('Jonas', 'Rasa', 'Tomas', 'Eglė'))} {rng.choice(('Petraitis', 'Kazlauskienė', 'Žalys'))}"
    return (f"{org} pradėjo naują projektą\n\n„{acronym}“ – tai {org.split()[0]} koordinuojamas projektas, "
            f"kuris vykdomas kartu su Lietuvos inovacijų centru ir finansuojamas Europos regioninės plėtros "
            f"fondo lėšomis. Projektas prasidėjo 2020 m. kovą.\n"
            f"„Tai svarbus žingsnis“, – sako projekto vadovas {person}.\n")


def synthetic(count: int, seed: int) -> list[tuple[str, str]]:
    """(file name, text) of ``count`` generated documents of the genre."""
    rng = random.Random(seed)
    makers = (_project_page, _event_report, _lt_news)
    return [(f"synthetic_{i:05d}.txt", makers[i % len(makers)](rng)) for i in range(count)]


@dataclass
class Run:
    documents: int
    megabytes: float
    read_extract: float
    resolve: float


def _measure(paths: list[Path]) -> Run:
    size = sum(p.stat().st_size for p in paths) / 1e6
    started = time.perf_counter()
    records = [extract(read(path)) for path in paths]
    extracted = time.perf_counter()
    resolve(records)
    return Run(len(paths), size, extracted - started, time.perf_counter() - extracted)


def _write(folder: Path, items: list[tuple[str, str]]) -> list[Path]:
    paths = []
    for name, text in items:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _line(title: str, run: Run) -> str:
    total = run.read_extract + run.resolve
    return (f"{title:<28} {run.documents:6d} docs {run.megabytes:7.2f} MB | read+extract "
            f"{run.documents / run.read_extract:7.1f} docs/s {run.megabytes / run.read_extract:6.3f} MB/s | "
            f"+resolve {run.documents / total:7.1f} docs/s {run.megabytes / total:6.3f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the bundled corpus")
    parser.add_argument("--synthetic", type=int, default=300, help="generated documents")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpus = [(p.name, p.read_text(encoding="utf-8")) for p in find_documents([bundled_corpus()])]
    with tempfile.TemporaryDirectory() as folder:
        repeated = [(f"{i:04d}_{name}", text) for i in range(args.repeat) for name, text in corpus]
        bundled = _measure(_write(Path(folder), repeated))
        generated = _measure(_write(Path(folder), synthetic(args.synthetic, args.seed)))
    print(_line(f"bundled corpus x{args.repeat}", bundled))
    print(_line(f"synthetic (seed {args.seed})", generated))


if __name__ == "__main__":
    main()
