"""How the linking thresholds were chosen: score distributions and precision/recall on the hand-made samples.

    python bench/link_thresholds.py

Builds the bundled corpus into a temporary store, scores every blocking candidate
pair against tests/data/linking/eurio_sample.ttl, splits the scores into true pairs
(tests/data/linking/expected.tsv) and the rest, and prints both distributions and
the precision/recall that each sameAs threshold would give.
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

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "linking"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(store=Path(folder) / "store")
        build([], settings)
        local = local_entries(Store(settings.store))
    external, _ = read_dump(DATA / "eurio_sample.ttl", load_mapping(), "urn:sample", io.StringIO())
    lines = [line for line in (DATA / "expected.tsv").read_text().splitlines() if not line.startswith("#")]
    truth = {(settings.base + r["local"], "https://cordis.example/" + r["external"]) for r in csv.DictReader(lines, delimiter="\t")}
    index = Index(external)
    pairs = [scored for entry in local for scored in score_candidates(entry, index.candidates(entry))]
    true = sorted(s.score for s in pairs if (s.local.iri, s.external.iri) in truth)
    false = sorted(s.score for s in pairs if (s.local.iri, s.external.iri) not in truth)
    print(f"{len(pairs)} candidate pairs: {len(true)} true, {len(false)} false")
    print("score band    true  false")
    band = lambda score: min(round(score * 100) // 5, 20)  # noqa: E731  (0.05 wide; 1.00 on its own)
    for b in range(20, -1, -1):
        t, f = sum(band(s) == b for s in true), sum(band(s) == b for s in false)
        if t or f:
            label = "  1.00      " if b == 20 else f"[{b / 20:.2f}, {(b + 1) / 20:.2f})"
            print(f"{label}  {t:5d}  {f:5d}")
    print(f"highest false pair: {false[-1]:.2f}; true pairs at or above 0.90: {sum(s >= 0.9 for s in true)} of {len(truth)}")


if __name__ == "__main__":
    main()
