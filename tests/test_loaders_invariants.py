"""What every document's records must satisfy before they become RDF, on every development set.

The shapes quarantine a document whose graph breaks them; these checks catch the same faults
earlier and name the rule: an evidence span must quote the text, and a body has at most one
start, end, budget, currency and identifier in a document. The blind set (tests/unseen) is
left out so that the extractor is never run on it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from innograph.graph import AttributeName, DocumentRecords
from innograph.loaders import bundled_corpus, extract, find_documents, read, resolve

TESTS = Path(__file__).parent
SETS = [bundled_corpus(), TESTS / "holdout", TESTS / "blind", TESTS / "data" / "english", TESTS / "data"]
SINGLE = {AttributeName.START_DATE, AttributeName.END_DATE, AttributeName.BUDGET, AttributeName.CURRENCY,
          AttributeName.IDENTIFIER}


@pytest.fixture(scope="module")
def records() -> list[DocumentRecords]:
    paths = sorted({p for folder in SETS for p in find_documents([folder]) if p.parent == folder})
    assert len(paths) >= 25
    return resolve([extract(read(path)) for path in paths])


def test_every_evidence_span_quotes_a_non_empty_part_of_the_text(records: list[DocumentRecords]) -> None:
    for rec in records:
        text = rec.document.text
        spans = [e.evidence for e in rec.entities] + [m for e in rec.entities for m in e.mentions]
        spans += [a.evidence for a in rec.attributes] + [r.evidence for r in rec.relations]
        for evidence in spans:
            assert evidence.quote and text[evidence.start : evidence.end] == evidence.quote, (rec.document.source,
                                                                                               evidence)


def test_a_body_has_one_value_of_each_single_valued_attribute(records: list[DocumentRecords]) -> None:
    for rec in records:
        ident = {e.key: e.ident for e in rec.entities}
        counts = Counter((ident[a.subject], a.name) for a in rec.attributes if a.name in SINGLE)
        assert [slot for slot, n in counts.items() if n > 1] == [], rec.document.source
