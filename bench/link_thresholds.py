"""How the linking thresholds were chosen: score distributions on the hand-made samples.

    python bench/link_thresholds.py

Builds the bundled corpus (sample 1: tests/data/linking/eurio_sample.ttl, truth
expected.tsv) and the holdout documents (sample 2: eurio_sample2.ttl, truth
expected2.tsv) into temporary stores, scores every blocking candidate pair, splits
the scores into true pairs and the rest, and prints both distributions.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from innograph.graph import Store
from innograph.graph.linking import Index, load_mapping, local_entries, read_dump, score_candidates
from innograph.pipeline import build
from innograph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "linking"
SAMPLES = (("eurio_sample.ttl", "expected.tsv", []),
           ("eurio_sample2.ttl", "expected2.tsv", sorted(p for p in (ROOT / "tests" / "holdout").glob("h*") if p.suffix != ".json")))


def scores(sample: str, truth_file: str, documents: list[Path]) -> tuple[list[float], list[float], int]:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(store=Path(folder) / "store")
        build(documents, settings)
        local = local_entries(Store(settings.store))
    external, _ = read_dump(DATA / sample, load_mapping(), "urn:sample", io.StringIO())
    lines = [line for line in (DATA / truth_file).read_text().splitlines() if not line.startswith("#")]
    truth = {(settings.base + r["local"], "https://cordis.example/" + r["external"]) for r in csv.DictReader(lines, delimiter="\t")}
    reachable = {pair for pair in truth if pair[0] in {e.iri for e in local}}
    index = Index(external)
    pairs = [scored for entry in local for scored in score_candidates(entry, index.candidates(entry))]
    true = sorted(s.score for s in pairs if (s.local.iri, s.external.iri) in truth)
    false = sorted(s.score for s in pairs if (s.local.iri, s.external.iri) not in truth)
    return true, false, len(reachable)


def main() -> None:
    band = lambda score: min(round(score * 100) // 5, 20)  # noqa: E731  (0.05 wide; 1.00 on its own)
    for sample, truth_file, documents in SAMPLES:
        true, false, reachable = scores(sample, truth_file, documents)
        print(f"{sample}: {len(true) + len(false)} candidate pairs, {len(true)} true, {len(false)} false")
        print("score band    true  false")
        for b in range(20, -1, -1):
            t, f = sum(band(s) == b for s in true), sum(band(s) == b for s in false)
            if t or f:
                label = "  1.00      " if b == 20 else f"[{b / 20:.2f}, {(b + 1) / 20:.2f})"
                print(f"{label}  {t:5d}  {f:5d}")
        print(f"highest false pair: {false[-1]:.2f}; true pairs at or above 0.90: {sum(s >= 0.9 for s in true)} "
              f"of {reachable} whose local entity the graph holds\n")


if __name__ == "__main__":
    main()
