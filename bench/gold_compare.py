"""Dev aid: score the loaders on the bundled corpus against the gold files.

Usage: python bench/gold_compare.py [GOLD_DIR] [-v]   (-v lists what was missed or spurious)
"""

from __future__ import annotations

import sys
from pathlib import Path

from innograph.evaluation import evaluate, load_gold, report_text
from innograph.loaders import bundled_corpus, extract, find_documents, read, resolve


def main() -> None:
    gold_dir = Path(next((a for a in sys.argv[1:] if not a.startswith("-")), "/work/shared/gold"))
    records = resolve([extract(read(path)) for path in find_documents([bundled_corpus()])])
    result = evaluate(records, load_gold(gold_dir))
    text = report_text(result)
    if "-v" not in sys.argv:
        text = "\n".join(line for line in text.splitlines() if not line.startswith(("  missed", "  spurious", "    ")))
    print(text)


if __name__ == "__main__":
    main()
