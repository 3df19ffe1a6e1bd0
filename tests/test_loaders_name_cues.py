"""Names whose surroundings say what they are, and headline events.

Every document here is invented for these tests (no real body, project or person); each one
goes through the real reader and extractor.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from innograph.graph import AttributeName, DocumentRecords, EntityType
from innograph.loaders import extract, read


def _records(tmp_path: Path, text: str, name: str = "doc.txt") -> DocumentRecords:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read(path))


def _labels(records: DocumentRecords, type_: EntityType) -> set[str]:
    return {e.label for e in records.entities if e.type is type_}


def _attribute(records: DocumentRecords, label: str, name: AttributeName) -> object:
    entity = next(e for e in records.entities if e.label == label)
    return next((a.value for a in records.attributes if a.subject == entity.key and a.name is name), None)


@pytest.mark.parametrize("sentence, name", [
    ("Mūsų partneris iš Estijos „Lakeside dairy cluster” taip pat dalyvavo susitikime.", "Lakeside dairy cluster"),
    ('Among the guests were members of "Northern Timber Network" and local firms.', "Northern Timber Network"),
])
def test_a_quoted_name_ending_in_a_type_word_is_an_organisation(tmp_path: Path, sentence: str, name: str) -> None:
    assert name in _labels(_records(tmp_path, sentence), EntityType.ORGANISATION)


def test_a_quoted_body_from_a_country_gets_that_country(tmp_path: Path) -> None:
    records = _records(tmp_path, "Mūsų partneris iš Estijos „Lakeside dairy cluster” taip pat dalyvavo susitikime.")
    assert _attribute(records, "Lakeside dairy cluster", AttributeName.COUNTRY) == "EE"


@pytest.mark.parametrize("sentence, name", [
    ("„GrainBridge“ – partnerių tinklas, jungiantis 30 ūkių ir dvi laboratorijas.", "GrainBridge"),
    ('"FjordLink" - a network of ports and shipyards on the western coast.', "FjordLink"),
])
def test_a_quoted_name_a_dash_defines_as_a_body_is_an_organisation(tmp_path: Path, sentence: str, name: str) -> None:
    assert name in _labels(_records(tmp_path, sentence), EntityType.ORGANISATION)


def test_an_acronym_beside_a_known_organisation_acronym_is_an_organisation(tmp_path: Path) -> None:
    text = ("The Regional Export Agency (REXA) opened a call for clusters.\n\n"
            "For advice contact REXA and KVTC advisers, or write to SMEs and ICT companies in the region.")
    organisations = _labels(_records(tmp_path, text), EntityType.ORGANISATION)
    assert "KVTC" in organisations
    assert not organisations & {"ICT", "SMEs"}


@pytest.mark.parametrize("sentence, name", [
    ("Du klasteriai buvo atrinkti į Šiaurės lyderių programą, kurioje mokėsi pusmetį.", "lyderių"),
    ("Two managers joined the Nordic Cluster Leadership Programme, which met in Oslo this spring.", "Leadership"),
])
def test_a_leadership_programme_is_a_training_event(tmp_path: Path, sentence: str, name: str) -> None:
    records = _records(tmp_path, sentence)
    events = [e for e in records.entities if e.type is EntityType.EVENT and name in e.label]
    assert [e.subtype for e in events] == ["Training"]
    assert not [e for e in records.entities if e.type is EntityType.PROGRAMME and name in e.label]


def test_words_ending_a_quoted_action_title_are_no_event(tmp_path: Path) -> None:
    text = 'With the action "Stronger Procurement through Mentoring and Training" the region trains its buyers.'
    assert not _labels(_records(tmp_path, text), EntityType.EVENT)


def test_a_headline_event_is_dated_and_placed_by_the_sentence_under_it(tmp_path: Path) -> None:
    text = ('“Amber Optics” 2021: glass sensors reach the market\n\n'
            'On 14-16 October, engineers and buyers met in Riga for the third edition of the show.\n')
    records = _records(tmp_path, text)
    assert "Amber Optics" in _labels(records, EntityType.EVENT)
    assert _attribute(records, "Amber Optics", AttributeName.START_DATE) == dt.date(2021, 10, 14)
    assert _attribute(records, "Amber Optics", AttributeName.END_DATE) == dt.date(2021, 10, 16)
    assert _attribute(records, "Amber Optics", AttributeName.COUNTRY) == "LV"


@pytest.mark.parametrize("text, name", [
    ("A good example is “Warm Walls”, linking Latvian insulation makers with Finnish architects. "
     "The project tests facades on six schools.", "Warm Walls"),
    ("Vienas pavyzdžių – „Sveiki namai“, jungiantis architektus ir statybininkus. Projektas baigsis 2026 m.",
     "Sveiki namai"),
])
def test_a_quoted_name_the_next_sentence_calls_the_project_is_a_project(tmp_path: Path, text: str, name: str) -> None:
    assert name in _labels(_records(tmp_path, text), EntityType.PROJECT)


def test_a_quoted_title_in_brackets_is_no_second_project(tmp_path: Path) -> None:
    text = ("Universitetas koordinuoja projektą „GreenPath“ („Žalieji įgūdžiai statybai“). "
            "Projektas vykdomas 2023–2025 m.")
    assert "Žalieji įgūdžiai statybai" not in _labels(_records(tmp_path, text), EntityType.PROJECT)
