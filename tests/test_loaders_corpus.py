"""The bundled corpus: the issue bar for 000 (HAePPI) and 002 (iBuy), and evidence spans."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from innograph.graph import AttributeName, DocumentRecords, EntityType, RelationName
from innograph.loaders import bundled_corpus, extract, find_documents, read, resolve


@pytest.fixture(scope="module")
def corpus() -> dict[str, DocumentRecords]:
    paths = find_documents([bundled_corpus()])
    records = resolve([extract(read(path)) for path in paths])
    return {rec.document.source[:3]: rec for rec in records}


def _entity(records: DocumentRecords, type_: EntityType, name: str):
    found = [e for e in records.entities if e.type is type_ and (name in e.names or e.label == name)]
    assert found, f"no {type_.value} named {name!r} in {[e.label for e in records.entities]}"
    return found[0]


def _values(records: DocumentRecords, key: str, name: AttributeName) -> set:
    return {a.value for a in records.attributes if a.subject == key and a.name is name}


def _objects(records: DocumentRecords, key: str, name: RelationName) -> set[str]:
    return {records.entity(r.object).label for r in records.relations if r.subject == key and r.name is name}


def test_haeppi_project_bar(corpus):
    rec = corpus["000"]
    project = _entity(rec, EntityType.PROJECT, "HAePPI")
    assert _objects(rec, project.key, RelationName.FUNDED_BY) == {"Erasmus+"}
    assert _values(rec, project.key, AttributeName.IDENTIFIER) == {"2019-1-DK01-KA202-060224"}
    assert _values(rec, project.key, AttributeName.START_DATE) == {dt.date(2019, 12, 1)}
    assert _values(rec, project.key, AttributeName.END_DATE) == {dt.date(2022, 5, 31)}
    assert _objects(rec, project.key, RelationName.COORDINATOR) == {"Nordjylland Region"}
    participants = {r.object for r in rec.relations if r.subject == project.key and r.name is RelationName.PARTICIPANT}
    names = {name.lower() for key in participants for name in rec.entity(key).names}
    for expected in ("university of zaragoza", "university of lodz", "amuebla", "ivita",
                     "styrian technology park", "nordjylland region"):
        assert expected in names
    assert len(participants) == 6


def test_haeppi_partner_countries_and_unit(corpus):
    rec = corpus["000"]
    assert _values(rec, _entity(rec, EntityType.ORGANISATION, "Nordjylland Region").key, AttributeName.COUNTRY) == {"DK"}
    assert _values(rec, _entity(rec, EntityType.ORGANISATION, "University of Lodz").key, AttributeName.COUNTRY) == {"PL"}
    observatory = _entity(rec, EntityType.ORGANISATION, "ObCP")
    assert _objects(rec, observatory.key, RelationName.PART_OF) == {"University of Zaragoza"}


def test_ibuy_project_bar(corpus):
    rec = corpus["002"]
    project = _entity(rec, EntityType.PROJECT, "iBuy")
    assert _objects(rec, project.key, RelationName.FUNDED_BY) == {"Interreg Europe"}
    assert _values(rec, project.key, AttributeName.START_DATE) == {dt.date(2018, 6, 1)}
    assert _values(rec, project.key, AttributeName.END_DATE) == {dt.date(2022, 11, 30)}
    assert _values(rec, project.key, AttributeName.BUDGET) == {Decimal(1470100)}
    assert _values(rec, project.key, AttributeName.CURRENCY) == set()  # not stated: not invented
    assert _objects(rec, project.key, RelationName.COORDINATOR) == {"Lithuanian Innovation Centre"}
    partners = [r.object for r in rec.relations if r.subject == project.key and r.name is RelationName.PARTICIPANT]
    countries = {name: _values(rec, key, AttributeName.COUNTRY) for key in partners for name in rec.entity(key).names}
    assert len(partners) == 7  # the lead partner and six partners
    assert countries["Lithuanian Innovation Centre"] == {"LT"}
    assert countries["Regional Government of Central Greece"] == {"GR"}  # written (EL)
    assert countries["Baltic Institute of Finland"] == {"FI"}
    assert countries["National Innovation Agency of Portugal"] == {"PT"}


def test_ibuy_name_from_prose_and_web_address(corpus):
    rec = corpus["002"]
    project = _entity(rec, EntityType.PROJECT, "iBuy")
    rules = {m.rule for m in project.mentions} | {project.evidence.rule}
    assert "created-name" in rules
    assert _values(rec, project.key, AttributeName.WEBSITE) == {"https://www.interregeurope.eu/ibuy/"}


def test_every_evidence_span_quotes_the_text(corpus):
    checked = 0
    for rec in corpus.values():
        text = rec.document.text
        spans = [e.evidence for e in rec.entities] + [m for e in rec.entities for m in e.mentions]
        spans += [a.evidence for a in rec.attributes] + [r.evidence for r in rec.relations]
        for evidence in spans:
            assert text[evidence.start : evidence.end] == evidence.quote, evidence
            assert evidence.quote.strip() == evidence.quote and evidence.rule
            checked += 1
    assert checked > 300


def test_records_refer_to_their_own_entities(corpus):
    for rec in corpus.values():
        keys = {e.key for e in rec.entities}
        assert len(keys) == len(rec.entities)
        assert all(a.subject in keys for a in rec.attributes)
        assert all(r.subject in keys and r.object in keys for r in rec.relations)
