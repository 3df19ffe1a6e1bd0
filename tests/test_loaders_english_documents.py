"""Two English documents written for these tests (tests/data/english/, each with a gold file):
a cluster's "About" page (members, team, memberships, agreements) and an event report
(organisers, attendees, host city, quotes). They guard the English prose rules as a
whole, scored the way `innograph evaluate` scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from innograph.evaluation import Evaluation, evaluate, load_gold
from innograph.loaders import extract, read

DATA = Path(__file__).parent / "data" / "english"


@pytest.fixture(scope="module")
def result():
    gold = load_gold(DATA)
    records = [extract(read(DATA / name)) for name in sorted(gold)]
    return evaluate(records, gold)


def test_gold_files_describe_the_documents_beside_them():
    gold = load_gold(DATA)
    assert set(gold) == {"cluster_about_en.txt", "event_report_en.txt"}
    for name, item in gold.items():
        text = (DATA / name).read_text(encoding="utf-8")
        for entity in item["entities"]:
            assert all(n in text for n in entity["names"]), (name, entity["key"])


def test_entities_of_the_english_documents(result):
    assert Evaluation.total(result.entities).f1 >= 0.95, (result.missed, result.spurious)


def test_relations_of_the_english_documents(result):
    scores = Evaluation.total(result.relations)
    assert scores.precision >= 0.95 and scores.recall >= 0.9, (result.missed, result.spurious)


def test_attributes_of_the_english_documents(result):
    assert Evaluation.total(result.attributes).f1 >= 0.9, result.missed
