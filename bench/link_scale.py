"""Benchmark: `innograph link` against a synthetic CORDIS-sized EURIO dump.

    python bench/link_scale.py [--organisations 72000] [--projects 20000] [--seed 5] [--save]

Writes a EURIO-shaped N-Triples dump of ``--organisations`` invented organisations
(universities, universities of technology and of applied sciences, regions,
agencies, clusters, associations, companies with legal forms, in 20 countries;
many share words, cities and types, so blocking meets realistic decoys) and
``--projects`` projects, plus the counterparts of the hand-made test sample
(tests/data/linking/eurio_sample.ttl). Builds the bundled corpus into a temporary
store and links it to the dump: reading the dump, blocking and scoring, and with
``--save`` also writing the new store generation. Prints the times and the counts
as JSON; nothing asserts times. The dump is generated, never downloaded.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from innograph.graph import Store
from innograph.graph.linking import link_dataset
from innograph.pipeline import build
from innograph.settings import Settings

_E = "http://data.europa.eu/s66#"
_SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "linking" / "eurio_sample.ttl"
_COUNTRIES = ("LT", "LV", "EE", "PL", "DE", "DK", "SE", "FI", "NL", "BE", "FR", "ES", "PT", "IT", "AT", "CZ", "SK",
              "HU", "RO", "EL")
_SYLLABLES = ("na", "ro", "vi", "ka", "lu", "te", "mo", "sa", "dri", "ber", "gen", "tal", "mar", "kos", "len", "ur")
_FIELDS = ("FOOD", "WOOD", "HEALTH", "ENERGY", "PHOTONICS", "MARINE", "TEXTILE", "ROBOTICS", "WATER", "SPACE")
_PATTERNS = (
    "UNIVERSITY OF {c}", "{c} UNIVERSITY OF TECHNOLOGY", "{c} UNIVERSITY OF APPLIED SCIENCES", "MEDICAL UNIVERSITY OF {c}",
    "REGION {c}", "{c} REGIONAL DEVELOPMENT AGENCY", "{c} {f} CLUSTER", "{f} INDUSTRY ASSOCIATION OF {c}",
    "{n} {f} GMBH", "{n} {f} SRL", "{n} TECHNOLOGIES UAB", "{n} SP Z O O", "INSTITUTE OF {f} RESEARCH {c}",
    "{c} SCIENCE AND TECHNOLOGY PARK", "{n} {f} SOLUTIONS LTD", "FUNDACION {n} {f}",
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).upper()


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dump(path: Path, organisations: int, projects: int, seed: int) -> None:
    """The synthetic dump as N-Triples (the hand-made sample appended as Turtle would not mix, so it is converted)."""
    import pyoxigraph as ox

    rng = random.Random(seed)
    cities = [(_word(rng, rng.randint(2, 4)), rng.choice(_COUNTRIES)) for _ in range(3000)]
    with path.open("w", encoding="utf-8") as out:
        for i in range(organisations):
            city, country = rng.choice(cities)
            name = rng.choice(_PATTERNS).format(c=city, f=rng.choice(_FIELDS), n=_word(rng, rng.randint(2, 3)))
            node, site, address = f"<https://cordis.example/synthetic/o{i}>", f"_:s{i}", f"_:a{i}"
            out.write(f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{_E}Organisation> .\n"
                      f"{node} <{_E}legalName> {_literal(name)} .\n{node} <{_E}hasSite> {site} .\n"
                      f"{site} <{_E}hasAddress> {address} .\n{address} <{_E}addressCountry> {_literal(country)} .\n"
                      f"{address} <{_E}addressLocality> {_literal(city.title())} .\n")
        for i in range(projects):
            node = f"<https://cordis.example/synthetic/p{i}>"
            out.write(f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{_E}Project> .\n"
                      f"{node} <{_E}title> {_literal(_word(rng, 3) + ' ' + rng.choice(_FIELDS) + ' NETWORK')} .\n"
                      f"{node} <{_E}identifier> {_literal(str(200000000 + i))} .\n")
        for triple in ox.parse(path=str(_SAMPLE), format=ox.RdfFormat.TURTLE):
            out.write(f"{triple.subject} {triple.predicate} {triple.object} .\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=72000)
    parser.add_argument("--projects", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--save", action="store_true", help="also write the new store generation")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        dump, settings = Path(folder) / "cordis-synthetic.nt", Settings(store=Path(folder) / "store")
        started = time.perf_counter()
        write_dump(dump, args.organisations, args.projects, args.seed)
        generated, size = time.perf_counter() - started, dump.stat().st_size
        build([], settings)
        started = time.perf_counter()
        report = link_dataset(Store(settings.store), settings.base, dump, save=args.save)
        total = time.perf_counter() - started
    print(json.dumps({
        "organisations": args.organisations, "projects": args.projects, "dump_mb": round(size / 1e6, 1), "generate_s": round(generated, 2), "link_s": round(total, 2), **report.seconds,
        "external_entries": report.external, "local_entries": len(report.decisions), "pairs_scored": report.compared,
        "same_as": len(report.same_as), "review": len(report.review),
    }, indent=2))


if __name__ == "__main__":
    main()
