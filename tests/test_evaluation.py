"""The scorer: perfect output scores 1.0, and each kind of mistake costs exactly what it should."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from innograph.cli import main
from innograph.errors import InputError
from innograph.evaluation import evaluate, load_gold, normalise
from innograph.graph import (
    Attribute, AttributeName, Document, DocumentRecords, Entity, EntityType, Evidence, Relation, RelationName,
)

TEXT = "Projekt X led by Lietuvos inovacijų centro; another led by Kauno universitetas."
GOLD = {
    "document": "a.txt",
    "entities": [
        {"key": "x", "type": "Project", "names": ["Projekt X"], "start": "2019-12-01"},
        {"key": "lic", "type": "Organisation", "names": ["Lietuvos inovacijų centras"], "country": "LT"},
        {"key": "ku", "type": "Organisation", "names": ["Kauno universitetas"]},
        {"key": "anon", "type": "Project", "names": [], "note": "led by Kauno universitetas"},
    ],
    "relations": [["x", "coordinator", "lic"], ["x", "participant", "lic"], ["anon", "coordinator", "ku"],
                  ["anon", "participant", "ku"]],
}
EV = Evidence(0, 9, TEXT[:9], "test")


def entity(key: str, kind: EntityType, label: str) -> Entity:
    return Entity(key, kind, f"{kind.path}/{key}", label, "lt", EV, (label,))


def perfect() -> DocumentRecords:
    doc = Document("a", "a.txt", TEXT, "lt", "0" * 64, "text/plain", "utf-8")
    return DocumentRecords(
        doc,
        entities=(entity("p", EntityType.PROJECT, "Projekt X"),
                  entity("o", EntityType.ORGANISATION, "Lietuvos inovacijų centro"),  # inflected: still matches
                  entity("k", EntityType.ORGANISATION, "Kauno universitetas"),
                  entity("q", EntityType.PROJECT, "another project aimed at something")),
        attributes=(Attribute("p", AttributeName.START_DATE, dt.date(2019, 12, 1), EV),
                    Attribute("o", AttributeName.COUNTRY, "LT", EV)),
        relations=(Relation("p", RelationName.COORDINATOR, "o", EV), Relation("q", RelationName.COORDINATOR, "k", EV)),
    )


def test_perfect_output_scores_one() -> None:
    result = evaluate([perfect()], {"a.txt": GOLD})
    assert result.total(result.entities).f1 == 1.0
    assert result.total(result.relations).f1 == 1.0
    assert result.total(result.attributes).f1 == 1.0
    assert not result.missed and not result.spurious


def test_a_missed_entity_costs_recall_and_its_relations() -> None:
    records = perfect()
    records = replace(records, entities=records.entities[:2] + records.entities[3:],
                      relations=records.relations[:1])
    result = evaluate([records], {"a.txt": GOLD})
    assert result.entities["Organisation"].fn == 1 and result.entities["Organisation"].precision == 1.0
    assert result.relations["coordinator"].fn == 1
    assert any("Kauno universitetas" in m for m in result.missed)


def test_a_spurious_entity_and_relation_cost_precision() -> None:
    records = perfect()
    extra = entity("z", EntityType.ORGANISATION, "Nowhere Ltd")
    records = replace(records, entities=(*records.entities, extra),
                      relations=(*records.relations, Relation("p", RelationName.PARTICIPANT, "z", EV)))
    result = evaluate([records], {"a.txt": GOLD})
    assert result.entities["Organisation"].fp == 1
    assert result.relations["participant"].fp == 1
    assert result.total(result.entities).precision == pytest.approx(4 / 5)


def test_a_wrong_date_is_an_attribute_error() -> None:
    records = perfect()
    records = replace(records, attributes=(Attribute("p", AttributeName.START_DATE, dt.date(2019, 1, 12), EV),
                                           records.attributes[1]))
    result = evaluate([records], {"a.txt": GOLD})
    assert result.attributes["start"].fn == 1 and result.attributes["start"].tp == 0
    assert result.attributes["country"].tp == 1


def test_matching_is_one_to_one() -> None:
    records = perfect()
    twin = entity("o2", EntityType.ORGANISATION, "Lietuvos inovacijų centras")
    result = evaluate([replace(records, entities=(*records.entities, twin))], {"a.txt": GOLD})
    assert result.entities["Organisation"].tp == 2 and result.entities["Organisation"].fp == 1


def test_normalise_folds_accents_case_and_quotes() -> None:
    assert normalise("„Lietuvos Inovacijų Centras“") == normalise("lietuvos inovaciju centras")


def test_documents_without_gold_and_bad_gold_folders_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="gold"):
        evaluate([perfect()], {"other.txt": GOLD})
    with pytest.raises(InputError, match="no \\*.gold.json"):
        load_gold(tmp_path)


def test_evaluate_command_prints_json_figures() -> None:
    gold = Path(__file__).parent / "gold"
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert set(figures) == {"entities", "relations", "attributes", "missed", "spurious"}
    assert 0.0 < figures["entities"]["all"]["f1"] <= 1.0


def test_a_tie_goes_to_the_entity_the_document_introduced_first() -> None:
    records = perfect()
    first, *rest = records.entities
    early = entity("e9", EntityType.PROJECT, "Projekt X")  # same name as "p", introduced first
    late = replace(first, key="e10")
    result = evaluate([replace(records, entities=(early, late, *rest),
                               relations=(Relation("e9", RelationName.COORDINATOR, "o", EV), records.relations[1]))],
                      {"a.txt": GOLD})
    assert result.relations["coordinator"].tp == 2  # the early twin got the match, so its relation counts
    assert result.entities["Project"].fp == 1


def test_evaluate_without_documents_scores_those_beside_the_gold(tmp_path: Path) -> None:
    text = "The Amber Cluster (AC) in Kaunas leads the BRIDGE project."
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    gold = {"document": "news.txt", "entities": [{"key": "nothing", "type": "Person", "names": ["Nobody Here"]}],
            "relations": []}
    (tmp_path / "news.txt.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["entities"]["Person"]["fn"] == 1  # news.txt was scored, not the bundled corpus
    assert all(item.startswith("news.txt") for item in figures["missed"] + figures["spurious"])
