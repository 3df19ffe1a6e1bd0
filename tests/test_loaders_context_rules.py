"""Rules that read a fact from its context: national lists, units, ministers, speakers, members, years.

Every example is written for the test (invented names); each rule has a near miss where it must not fire.
"""

from __future__ import annotations

import datetime as dt

from innograph.graph import AttributeName, DocumentRecords, EntityType
from _extraction import facts, run


def country(records: DocumentRecords, name: str) -> set:
    keys = {e.key for e in records.entities if name in (e.label, *e.names)}
    assert keys, [e.label for e in records.entities]
    return {a.value for a in records.attributes if a.subject in keys and a.name is AttributeName.COUNTRY}


def start(records: DocumentRecords, name: str) -> set:
    keys = {e.key for e in records.entities if name in (e.label, *e.names)}
    return {a.value for a in records.attributes if a.subject in keys and a.name is AttributeName.START_DATE}


def test_a_list_after_a_lead_naming_one_country_gives_each_item_that_country() -> None:
    records = run("After the call, four clusters from Estonia were chosen: Tartu Biotech Cluster, Narva Wood "
                  "Cluster and GreenPort.\n")
    assert country(records, "Tartu Biotech Cluster") == {"EE"}
    assert country(records, "GreenPort") == {"EE"}
    near = run("The jury chose these entries: Gamma Wood Cluster, Delta Food Cluster.\n")
    assert country(near, "Gamma Wood Cluster") == set()


def test_lithuanian_list_items_end_before_kartu_su_and_countries_are_no_items() -> None:
    records = run("Latvijos pareiškėjai: Rygos medienos klasteris kartu su Suomijos ir Estijos partneriais, "
                  "Liepojos uosto asociacija.\n", "lt")
    labels = {e.label for e in records.entities}
    assert not any("partneri" in label for label in labels), labels
    assert country(records, "Liepojos uosto asociacija") == {"LV"}


def test_a_ministry_without_a_country_belongs_to_the_country_the_document_is_about() -> None:
    text = ("Estonian start-ups met in Tartu. Estonia funds the scheme, and firms from Estonia may apply. "
            "The Ministry of Rural Affairs and the European Research Executive Agency support it.\n")
    records = run(text)
    assert country(records, "Ministry of Rural Affairs") == {"EE"}
    assert country(records, "European Research Executive Agency") == set()
    assert country(run("The Ministry of Rural Affairs supports it.\n"), "Ministry of Rural Affairs") == set()


def test_spacing_variants_of_a_name_are_one_entity() -> None:
    records = run("The NordWind Cluster met, and the Nord Wind Cluster signed an agreement.\n")
    assert len([e for e in records.entities if e.type is EntityType.ORGANISATION]) == 1


def test_an_event_name_with_a_year_and_next_year_from_the_document_date() -> None:
    records = run("Registration is open for the Nordic Robotics Forum 2031.\n")
    assert start(records, "Nordic Robotics Forum 2031") == {"2031"}
    later = run("Firms may join the 3rd Baltic Hydrogen Conference hosted by BSR Stars next year.\n",
                issued=dt.date(2030, 3, 1))
    assert start(later, "3rd Baltic Hydrogen Conference") == {"2031"}
    undated = run("Firms may join the 3rd Baltic Hydrogen Conference hosted by BSR Stars next year.\n")
    assert start(undated, "3rd Baltic Hydrogen Conference") == set()  # no document date: no year


def test_a_project_that_started_on_a_date_in_lithuanian() -> None:
    records = run("„AquaNet“ (AquaNet) projektas skirtas vandens įmonėms. Projektas prasidėjo 2029 m. kovą.\n", "lt")
    assert start(records, "AquaNet") == {"2029-03"}
    near = run("„AquaNet“ (AquaNet) projektas skirtas vandens įmonėms. Paroda prasidėjo 2029 m. kovą.\n", "lt")
    assert start(near, "AquaNet") == set()


def test_a_unit_named_after_a_body_and_its_head_works_for_both() -> None:
    text = ("Vilniaus technikos universitetas (VTU) plečiasi. VTU Skaitmeninių inovacijų centro vadovas "
            "Tomas Žalys tai patvirtino.\n")
    records = run(text, "lt")
    found = facts(records)
    unit = next(e.label for e in records.entities if e.label.startswith("VTU Skaitmenin"))
    assert (unit, "partOf", "Vilniaus technikos universitetas") in found
    assert ("Tomas Žalys", "affiliation", unit) in found
    assert ("Tomas Žalys", "affiliation", "Vilniaus technikos universitetas") in found


def test_a_minister_works_for_the_ministry_of_the_same_name() -> None:
    text = ("Susitikime kalbėjo Latvijos švietimo ministras Andris Kalns. Švietimo ministerija ir "
            "Kultūros ministerija parengė planą.\n")
    found = facts(run(text, "lt"))
    assert ("Andris Kalns", "affiliation", "Švietimo ministerija") in found
    assert ("Andris Kalns", "affiliation", "Kultūros ministerija") not in found


def test_organisations_of_speakers_in_an_event_report_attend_it() -> None:
    text = ("Gegužės 3 d. įvyko „Jūrinių technologijų forumas 2030“.\n"
            "Pranešimą skaitė Rygos uosto klasterio vadovė Ilze Ozola.\n"
            "Šaltinis: example.org\n"
            "Kitoje naujienoje Tartu maisto klasterio vadovas Mart Kask pristatė planus.\n")
    found = facts(run(text, "lt"))
    event = next(s for s, p, _o in found if p == "attendee")
    assert (event, "attendee", "Rygos uosto klasteris") in found
    assert not any(o == "Tartu maisto klasteris" and p == "attendee" for _s, p, o in found)  # another article


def test_members_listed_after_kuriam_priklauso_and_whose_members_are() -> None:
    text = ("Jūrų inovacijų tinklas „BlueLink“, kuriam priklauso Gdansko universitetas, „Marex“, „Sea Motion“ "
            "ir kitos įmonės, auga.\n")
    found = facts(run(text, "lt"))
    assert {o for s, p, o in found if p == "memberOf"} == {"Jūrų inovacijų tinklas"}
    assert {s for s, p, o in found if p == "memberOf"} >= {"Marex", "Sea Motion"}
    english = facts(run("The Arctic Food Network, whose members are Polar Dairy and Tundra Greens, grew.\n"))
    assert ("Polar Dairy", "memberOf", "Arctic Food Network") in english
    assert not any(p == "memberOf" for _s, p, _o in facts(run("The Arctic Food Network grew with Polar Dairy.\n")))
