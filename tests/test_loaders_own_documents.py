"""Two documents written for these tests (tests/data/), in the genre but unlike the corpus:
an HTML project page with partner tables, and a Lithuanian news item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from innograph.graph import AttributeName, DocumentRecords, EntityType
from innograph.loaders import extract, read

DATA = Path(__file__).parent / "data"


def load(name: str) -> DocumentRecords:
    return extract(read(DATA / name))


def facts(records: DocumentRecords) -> set[tuple[str, str, str]]:
    return {(records.entity(r.subject).label, r.name.value, records.entity(r.object).label) for r in records.relations}


def values(records: DocumentRecords, label: str, name: AttributeName) -> set:
    keys = {e.key for e in records.entities if e.label == label}
    return {a.value for a in records.attributes if a.subject in keys and a.name is name}


@pytest.fixture(scope="module")
def page() -> DocumentRecords:
    return load("project_page.html")


@pytest.fixture(scope="module")
def news() -> DocumentRecords:
    return load("naujiena_lt.txt")


def test_html_page_reads_as_english_with_its_heading_as_title(page):
    assert page.document.language == "en" and page.document.title == "SeaBridge"
    assert "window.dataLayer" not in page.document.text and "All rights reserved" not in page.document.text


def test_html_project_fields(page):
    assert values(page, "SeaBridge", AttributeName.START_DATE) == {dt.date(2019, 3, 1)}
    assert values(page, "SeaBridge", AttributeName.END_DATE) == {dt.date(2022, 2, 28)}
    assert values(page, "SeaBridge", AttributeName.BUDGET) == {Decimal(2450000)}
    assert values(page, "SeaBridge", AttributeName.CURRENCY) == {"EUR"}
    assert values(page, "SeaBridge", AttributeName.WEBSITE) == {"https://www.seabridge-project.eu"}
    assert ("SeaBridge", "fundedBy", "Interreg Baltic Sea Region") in facts(page)


def test_html_partner_tables(page):
    project_facts = {(n, o) for s, n, o in facts(page) if s == "SeaBridge" and n in ("coordinator", "participant")}
    assert project_facts == {("coordinator", "Port of Ventspils Authority"), ("participant", "Port of Ventspils Authority"),
                             ("participant", "Klaipeda Science and Technology Park"),
                             ("participant", "University of Rostock"), ("participant", "Gdansk Logistics Cluster")}
    assert values(page, "University of Rostock", AttributeName.COUNTRY) == {"DE"}
    assert values(page, "Port of Ventspils Authority", AttributeName.COUNTRY) == {"LV"}
    assert ("Gdansk Logistics Cluster", "memberOf", "Baltic Ports Network") in facts(page)
    assert not any(e.label in ("Organisation", "Country") for e in page.entities)  # table headers


def test_lithuanian_news_document(news):
    assert news.document.language == "lt" and news.document.issued == dt.date(2021, 3, 18)


def test_lithuanian_news_event(news):
    event = next(e for e in news.entities if e.type is EntityType.EVENT)
    assert event.label == "Baltijos maisto inovacijų forumas" and event.subtype == "Forum"
    assert values(news, event.label, AttributeName.START_DATE) == {dt.date(2021, 3, 16)}  # "Kovo 16 d." + document year
    assert (event.label, "organiser", "Vilniaus universitetas") in facts(news)
    assert (event.label, "partOf", "FoodBridge") in facts(news)


def test_lithuanian_news_project_and_people(news):
    assert facts(news) >= {
        ("FoodBridge", "coordinator", "Žemės ūkio ministerija"),
        ("FoodBridge", "participant", "Lietuvos maisto klasteris"),
        ("FoodBridge", "fundedBy", "European Regional Development Fund"),
        ("Ona Kazlauskienė", "affiliation", "Vilniaus universitetas"),
        ("Jānis Bērziņš", "affiliation", "Latvijos maisto klasteris"),
    }
    assert values(news, "Latvijos maisto klasteris", AttributeName.COUNTRY) == {"LV"}
    ministry = next(e for e in news.entities if e.label == "Žemės ūkio ministerija")
    assert ministry.names == ("Žemės ūkio ministerijos",) and ministry.subtype == "PublicAuthority"
