"""Each extraction pattern on a small inline example, plus the value parsers it relies on."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

from innograph.graph import AttributeName, DocumentRecords, EntityType
from innograph.loaders._countries import country_from_code, country_from_word
from innograph.loaders._dates import find_dates, find_period
from innograph.loaders._lt import nominative
from innograph.loaders._money import find_money
from _extraction import facts, named, run, values


# value parsers ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("Project date: 1/12/2019-31/05/2022", dt.date(2019, 12, 1), dt.date(2022, 5, 31)),
    ("Duration: 1 Jun 2018 - 30 Nov 2022", dt.date(2018, 6, 1), dt.date(2022, 11, 30)),
    ("2017 m. rugsėjo 21-22 d.", dt.date(2017, 9, 21), dt.date(2017, 9, 22)),
    ("from 2018-05-16 to 2019-01-31", dt.date(2018, 5, 16), dt.date(2019, 1, 31)),
])
def test_periods(text, start, end):
    assert find_period(text)[:2] == (start, end)


def test_single_dates_and_partial_dates():
    assert [d.value for d in find_dates("September 26 d., 2017")] == [dt.date(2017, 9, 26)]
    assert [d.value for d in find_dates("Projektas prasidėjo 2016 m. liepą")] == ["2016-07"]
    assert find_dates("Gegužės 16 d.") == []  # no year: no date
    assert find_dates("31/02/2020") == []  # no such day


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("1.470.100", Decimal(1470100), None), ("333.524,80 EUR", Decimal("333524.80"), "EUR"),
    ("€2.5 million", Decimal(2500000), "EUR"), ("1 470 100 eurų", Decimal(1470100), "EUR"),
])
def test_money(text, amount, currency):
    money = find_money(text)
    assert (money.amount, money.currency) == (amount, currency)


def test_countries_from_codes_names_and_adjectives():
    assert country_from_code("EL") == "GR" and country_from_code("LT") == "LT" and country_from_code("XX") is None
    assert [country_from_word(w) for w in ("Denmark", "Vokietijoje", "Latvijos", "German", "švedai")] == \
        ["DK", "DE", "LV", "DE", "SE"]
    assert country_from_word("Europos") is None


def test_lithuanian_nominatives():
    assert [nominative(w) for w in ("centro", "agentūros", "klasterio", "Pundzienės", "Bagušinsko")] == \
        ["centras", "agentūra", "klasteris", "Pundzienė", "Bagušinskas"]


# patterns ----------------------------------------------------------------------------------

def test_entry_header_and_fields():
    records = run("♦  Horizon 2020 project “Smart Harbour Logistics (SHALO)”\nProject date: 01/02/2020-31/01/2023\n"
                  "Project No. 870123\nTotal Budget: 333.524,80 EUR\n")
    project = named(records, "SHALO", EntityType.PROJECT)
    assert ("SHALO", "fundedBy", "Horizon 2020") in facts(records)
    assert values(records, project, AttributeName.TITLE) == {"Smart Harbour Logistics"}
    assert values(records, project, AttributeName.START_DATE) == {dt.date(2020, 2, 1)}
    assert values(records, project, AttributeName.IDENTIFIER) == {"870123"}
    assert values(records, project, AttributeName.BUDGET) == {Decimal("333524.80")}
    assert values(records, project, AttributeName.CURRENCY) == {"EUR"}


def test_numbered_partner_list_with_country_codes():
    records = run("We created GreenBuy together.\n\nLead partner:\n\n1. Kaunas Regional Agency (LT)\n\n"
                  "Partners:\n\n2. Regional Council of Attica (EL)\n\nSome words about it.\n\n3. Tartu Science Park (EE)\n")
    assert facts(records) >= {("GreenBuy", "coordinator", "Kaunas Regional Agency"),
                              ("GreenBuy", "participant", "Regional Council of Attica"),
                              ("GreenBuy", "participant", "Tartu Science Park")}
    assert values(records, named(records, "Regional Council of Attica"), AttributeName.COUNTRY) == {"GR"}
    assert named(records, "Kaunas Regional Agency").subtype == "Agency"


def test_inline_partner_field_and_associated_organisations():
    records = run("Project title: Cleaner Ports\nPartners: Port of Gdynia Authority (PL); Klaipeda University (LT)\n"
                  "Associated organisations: Baltic Ports Organisation (EE)\n")
    assert ("Cleaner Ports", "participant", "Port of Gdynia Authority") in facts(records)
    assert ("Cleaner Ports", "associatedPartner", "Baltic Ports Organisation") in facts(records)


def test_paragraph_led_by_makes_a_described_project():
    records = run("Intro text.\n\nled by the University of Turku, aimed at bridging gaps between labs and firms.\n")
    project = next(e for e in records.entities if e.type is EntityType.PROJECT)
    assert project.names == () and project.label.startswith("Project led by the University of Turku")
    assert (project.label, "coordinator", "University of Turku") in facts(records)


def test_title_line_above_a_represented_by_paragraph():
    records = run("Blue Growth Hub\n\nrepresented by Region Skane, brings together ports and SMEs.\n")
    assert ("Blue Growth Hub", "coordinator", "Region Skane") in facts(records)


def test_coordinated_by_in_a_sentence():
    records = run("The project “Digital Twins for Cities (DT4C)” coordinated by the Riga Technical University started.")
    assert ("DT4C", "coordinator", "Riga Technical University") in facts(records)


def test_member_of_part_of_and_cooperation():
    records = run("The Mechatronics Cluster is a member of the European Cluster Alliance. "
                  "The Data Lab is part of the Vilnius University. "
                  "The Kaunas Science Park cooperates with the Tartu Science Park.")
    assert facts(records) >= {("Mechatronics Cluster", "memberOf", "European Cluster Alliance"),
                              ("Data Lab", "partOf", "Vilnius University"),
                              ("Kaunas Science Park", "cooperatesWith", "Tartu Science Park")}


def test_event_organised_by_with_date_and_attendees():
    records = run("June 3, 2019\n\nThe Nordic Health Forum 2019 organised by the Oslo Cluster Agency took place "
                  "in Norway on June 12-13. Clusters selected to attend the Nordic Health Forum 2019: "
                  "Aalto Health Cluster, BioCity Association (BCA) and Uppsala Science Park.")
    event = named(records, "Nordic Health Forum 2019", EntityType.EVENT)
    assert event.subtype == "Forum"
    assert ("Nordic Health Forum 2019", "organiser", "Oslo Cluster Agency") in facts(records)
    assert values(records, event, AttributeName.COUNTRY) == {"NO"}
    assert {("Nordic Health Forum 2019", "attendee", name) for name in
            ("Aalto Health Cluster", "BioCity Association", "Uppsala Science Park")} <= facts(records)


def test_english_people_and_roles():
    records = run("“It works”, said Project Manager Anna Berg. Tom Hill, director of the Oslo Cluster Agency, agreed.")
    assert values(records, named(records, "Anna Berg", EntityType.PERSON), AttributeName.JOB_TITLE) == {"Project Manager"}
    assert ("Tom Hill", "affiliation", "Oslo Cluster Agency") in facts(records)


def test_lithuanian_names_roles_and_case_forms():
    records = run("Renginį atidarė Kauno technologijos universiteto direktorė Rūta Petraitienė. "
                  "Apie tai kalbėjo Lietuvos inovacijų centro (LIC) ekspertas Jonas Jonaitis. "
                  "Pasak R. Petraitienės, Lietuvos inovacijų centras dirba gerai.", language="lt")
    university = named(records, "Kauno technologijos universiteto", EntityType.ORGANISATION)
    assert university.label == "Kauno technologijos universitetas" and university.subtype == "University"
    centre = named(records, "LIC", EntityType.ORGANISATION)
    assert {"Lietuvos inovacijų centro", "Lietuvos inovacijų centras"} <= set(centre.names)
    assert values(records, centre, AttributeName.COUNTRY) == {"LT"}
    person = named(records, "Rūta Petraitienė", EntityType.PERSON)
    assert "R. Petraitienės" in person.names
    assert values(records, person, AttributeName.JOB_TITLE) == {"direktorė"}
    assert facts(records) >= {("Rūta Petraitienė", "affiliation", "Kauno technologijos universitetas"),
                              ("Jonas Jonaitis", "affiliation", "Lietuvos inovacijų centras")}


def test_lithuanian_project_relations():
    records = run("„GreenLT“ – tai Lietuvos energetikos agentūros koordinuojamas projektas, kuris vykdomas kartu su "
                  "Vilniaus universitetu ir finansuojamas Europos regioninės plėtros fondo lėšomis.", language="lt")
    assert facts(records) >= {("GreenLT", "coordinator", "Lietuvos energetikos agentūra"),
                              ("GreenLT", "participant", "Vilniaus universitetas"),
                              ("GreenLT", "fundedBy", "European Regional Development Fund")}


def test_text_without_entities_gives_empty_records():
    records = run("nothing to see here, just words.\n")
    assert records.entities == () and records.relations == () and records.attributes == ()


def test_pathological_text_is_bounded():
    started = time.monotonic()
    records = run("Word " * 1_000_000 + "led by the University of Turku.")
    assert time.monotonic() - started < 60
    assert isinstance(records, DocumentRecords)


@pytest.mark.parametrize("text", [
    "Partners:\n\n2. Regional Government of Central Greece (EL)\n\n3. National Innovation Agency of Portugal (PT)\n",
])
def test_a_country_code_in_brackets_is_a_country_not_an_acronym(text):
    records = run(text)
    portugal = named(records, "National Innovation Agency of Portugal")
    assert values(records, portugal, AttributeName.ACRONYM) == set()
    assert values(records, portugal, AttributeName.COUNTRY) == {"PT"}


def test_a_country_code_after_a_name_in_prose_gives_its_country():
    records = run("The work is shared with the Agency of Regional Development of Bucharest Ilfov (RO) and others.")
    agency = named(records, "Agency of Regional Development of Bucharest Ilfov")
    assert values(records, agency, AttributeName.ACRONYM) == set()
    assert values(records, agency, AttributeName.COUNTRY) == {"RO"}
