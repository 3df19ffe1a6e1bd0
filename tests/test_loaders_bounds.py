"""Pathological documents finish: one 5 MB line, HTML nested 10,000 levels, 100,000 short lines.

The 60-second bound is a hang guard, not a performance claim (bench/extract_throughput.py measures
speed). What the tests pin down is the bounded work: a long document is read for entities up to
MAX_EXTRACT_CHARS and says so in a note, and every span still points into the full text.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from innograph.loaders import extract, read, resolve
from innograph.loaders._extract import MAX_EXTRACT_CHARS

HANG_GUARD = 60.0

CASES = {
    "one-line.txt": ("Alpha Wood Cluster cooperates with the Beta Innovation Agency. " * 80_000)[:5_000_000],
    "nested.html": "<div>" * 10_000 + "Gamma University (GU) is led by the Delta Agency." + "</div>" * 10_000,
    "many-lines.txt": "\n".join(f"Line {i} of the Epsilon Food Cluster" for i in range(100_000)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_documents_finish_with_valid_evidence(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(CASES[name], encoding="utf-8")
    started = time.monotonic()
    document = read(path)
    records = resolve([extract(document)])[0]
    assert time.monotonic() - started < HANG_GUARD
    assert records.document.text == document.text
    for entity in records.entities:
        for mention in entity.mentions:
            assert document.text[mention.start : mention.end] == mention.quote
    long = len(document.text) > MAX_EXTRACT_CHARS
    assert any("characters were read for entities" in note for note in records.notes) is long
    assert all(m.end <= MAX_EXTRACT_CHARS for e in records.entities for m in e.mentions)


def test_a_document_under_the_limit_is_read_whole(tmp_path: Path) -> None:
    text = "x " * 1000 + "The Zeta Marine Cluster is led by the Eta Port Authority.\n"
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    records = extract(read(path))
    assert records.notes == ()
    assert any(e.label == "Zeta Marine Cluster" for e in records.entities)
