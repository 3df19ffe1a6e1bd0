"""Lithuanian rules of the fourth tuning round: general constructions (call-result entries, genitive
programme chains, participle clauses), each on invented text with other names and wording than the
documents that prompted it."""

from __future__ import annotations

from decimal import Decimal

from innograph.graph import AttributeName, DocumentRecords, EntityType
from _extraction import facts, labels, named, values
from _extraction import run as _run


def run(text: str, language: str = "lt", **document) -> DocumentRecords:  # type: ignore[no-untyped-def]
    return _run(text, language, **document)


_RESULTS = """\
PIETŲ KRAŠTO VERSLO RŪMAI

Kvietimo rezultatai

Projektai finansuojami Europos socialinio fondo lėšomis. Finansavimas skirtas dviem projektams.

1. „Žaliasis pienas“
   Pareiškėjas: VšĮ „Upės slėnio centras“
   Partneriai: UAB „Rasos sūris“, Tartu Ülikool (EE)
   Skirta suma: 310 000 Eur
   Įgyvendinimo laikotarpis: 2026-02-01 – 2027-12-31

2. „Kalvų keliai“
   Pareiškėjas: Molėtų rajono savivaldybės administracija
   Partneriai: AB „Pušų baldai“, UAB „Medžio linija“
   Skirta suma: 0,25 mln. eurų
   Įgyvendinimo laikotarpis: 2026-03-01 – 2027-09-30
   Projektas tęsia projektą „Kalvų takai“ (2021–2023), kurį koordinavo Daugavpils zinātnes parks.

REZERVINIS SĄRAŠAS

3. „Tylusis miškas“
   Pareiškėjas: UAB „Eglių pavėsis“
"""


def test_numbered_quoted_entries_are_projects_with_their_applicant_as_coordinator():
    records = run(_RESULTS)
    assert {"Žaliasis pienas", "Kalvų keliai", "Tylusis miškas"} <= labels(records, EntityType.PROJECT)
    found = facts(records)
    assert ("Žaliasis pienas", "coordinator", "Upės slėnio centras") in {(s, r, o.replace("VšĮ „", "").rstrip("“"))
                                                                         for s, r, o in found}
    assert ("Kalvų keliai", "coordinator", "Molėtų rajono savivaldybės administracija") in found
    assert ("Tylusis miškas", "participant", "Eglių pavėsis") in {(s, r, o.replace("UAB „", "").rstrip("“"))
                                                                   for s, r, o in found}
    project = named(records, "Kalvų keliai", EntityType.PROJECT)
    assert values(records, project, AttributeName.BUDGET) == {Decimal(250000)}
    assert not any(e.type is EntityType.PROJECT and e.label.isupper() for e in records.entities)


def test_a_legal_form_before_a_quoted_name_makes_each_comma_item_a_partner():
    found = facts(run(_RESULTS))
    assert ("Žaliasis pienas", "participant", "Tartu Ülikool") in found
    partners = {o for s, r, o in found if s == "Kalvų keliai" and r == "participant"}
    assert any("Pušų baldai" in o for o in partners) and any("Medžio linija" in o for o in partners)
    assert not any("," in o for o in partners)


def test_how_the_listed_projects_are_funded_funds_every_entry_with_an_allocated_amount():
    found = facts(run(_RESULTS))
    funded = {s for s, r, o in found if r == "fundedBy" and o == "European Social Fund"}
    assert funded == {"Žaliasis pienas", "Kalvų keliai"}  # the reserve entry has no amount


def test_a_bare_projektas_inside_an_entry_means_the_entry_project():
    found = facts(run(_RESULTS))
    assert ("Kalvų keliai", "relatedProject", "Kalvų takai") in found
    assert ("Žaliasis pienas", "relatedProject", "Kalvų takai") not in found
    assert ("Kalvų takai", "coordinator", "Daugavpils zinātnes parks") in found


def test_the_inner_and_of_a_latvian_name_does_not_split_it():
    records = run("Projektas „Sėklų bankas“\n\nPartneriai: UAB „Grūdų linija“, Latvijas Mākslas un dizaina akadēmija (LV)\n")
    partners = {o for s, r, o in facts(records) if r == "participant"}
    assert "Latvijas Mākslas un dizaina akadēmija" in partners
