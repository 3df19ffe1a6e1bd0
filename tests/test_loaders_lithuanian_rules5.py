"""Fifth round of Lithuanian rules: projects heading a paragraph, role cues by stem, names in other cases.

Every text here is invented; none is taken from an evaluation set.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from _extraction import facts, labels, named, run, values

from innograph.graph import AttributeName, EntityType

_LIST = (
    "Remiami projektai\n\n"
    "Ministerija finansavimą skyrė dviem projektams. Lėšos skiriamos pagal Interreg Europe programą.\n\n"
    "1. „VėjoTinklas“ (skirta 820 000 Eur). Projektą koordinuojanti asociacija „Kopų energija“ kartu su "
    "UAB „Smėlio linija“ kurs bendrą platformą.\n\n"
    "2. „Marių duona“ (skirta 1,1 mln. Eur). Projektas bus įgyvendinamas vadovaujant VšĮ „Pamario kepėjų centras“. "
    "Projekto partnerių gretose – Klaipėdos kolegija.\n"
)


def test_a_numbered_quoted_name_over_prose_about_the_project_is_that_project() -> None:
    records = run(_LIST, "lt")
    found = facts(records)
    assert ("VėjoTinklas", "coordinator", "Kopų energija") in found
    assert ("VėjoTinklas", "participant", "Smėlio linija") in found
    assert ("Marių duona", "coordinator", "Pamario kepėjų centras") in found
    assert ("Marių duona", "participant", "Klaipėdos kolegija") in found
    assert values(records, named(records, "VėjoTinklas"), AttributeName.BUDGET) == {Decimal("820000")}


def test_projects_funded_in_the_plural_get_the_programmes_of_the_whole_paragraph() -> None:
    found = facts(run(_LIST, "lt"))
    assert ("VėjoTinklas", "fundedBy", "Interreg Europe") in found
    assert ("Marių duona", "fundedBy", "Interreg Europe") in found


def test_a_name_running_into_its_paragraph_is_a_project_only_when_the_prose_says_projektas() -> None:
    records = run("TIDE-LINK. Projektui vadovauja Rygos uosto taryba (Latvija).\n\n"
                  "GeoBalt. Tai asociacija, vienijanti geologus.\n", "lt")
    assert "TIDE-LINK" in labels(records, EntityType.PROJECT)
    assert "GeoBalt" not in labels(records, EntityType.PROJECT)
    assert ("TIDE-LINK", "coordinator", "Rygos uosto taryba") in facts(records)


def test_a_triangle_bullet_over_fields_heads_a_project_with_a_programme_in_brackets() -> None:
    records = run("VYKDOMI PROJEKTAI\n\n▸ „ŽALIAS-KELIAS“ (Interreg Europe)\n"
                  "Esame partneriai tarptautiniame projekte. Projekto lyderė – Bolonijos plėtros agentūra (Italija).\n"
                  "Programa: Interreg Europe\nTrukmė: 2024 m. sausio 1 d. – 2026 m. gruodžio 31 d.\n", "lt")
    project = named(records, "ŽALIAS-KELIAS", EntityType.PROJECT)
    assert project.label == "ŽALIAS-KELIAS"
    assert ("ŽALIAS-KELIAS", "coordinator", "Bolonijos plėtros agentūra") in facts(records)
    assert values(records, project, AttributeName.END_DATE) == {dt.date(2026, 12, 31)}


def test_joining_as_an_associated_partner_and_working_together_continue_the_project() -> None:
    records = run("Pernai startavo projektas „Upių takai“. Projektui vadovauja Alytaus rajono savivaldybė. "
                  "Kartu su ja dirba VšĮ „Dzūkijos amatai“. "
                  "Varėnos rajono savivaldybės administracija prisijungė kaip asocijuotoji partnerė.\n", "lt")
    found = facts(records)
    assert ("Upių takai", "participant", "Dzūkijos amatai") in found
    assert ("Upių takai", "associatedPartner", "Varėnos rajono savivaldybės administracija") in found \
        or ("Upių takai", "associatedPartner", "Varėnos rajono savivaldybė") in found


def test_together_with_the_body_carrying_out_the_project_makes_it_the_lead() -> None:
    records = run("3. „PortaSafe“ (skirta 600 000 Eur). Projektą vykdys klasteris „Jūrsargas“. "
                  "Kartu su „Jūrsargu“ dirbs UAB „Bangų sistemos“.\n", "lt")
    found = facts(records)
    assert ("PortaSafe", "coordinator", "Jūrsargas") in found
    assert ("PortaSafe", "participant", "Bangų sistemos") in found


def test_an_unquoted_name_after_vsi_runs_to_its_type_word() -> None:
    records = run("VšĮ Nemuno slėnio mokslo ir technologijų parkas rengia seminarą. Parkas kviečia įmones.\n", "lt")
    assert "Nemuno slėnio mokslo ir technologijų parkas" in labels(records)
    assert "Nemuno" not in labels(records)


_PAGE = (
    "NEMUNO SLĖNIO INOVACIJŲ CENTRAS\nApie mus   Kontaktai\n\n"
    "Esame Lietuvos klasterių asociacijos nariai. Bendradarbiavimo sutartį esame pasirašę su Kauno kolegija.\n\n"
    "PROJEKTAI\n\n"
    "Kartu su partneriais iš Latvijos įgyvendiname projektą „Upių šviesa“, o Erasmus+ projektą „Jaunas meistras“ "
    "koordinuojame patys.\n\n"
    "„Mūsų universitetas koordinuoja daug projektų, o mes dalyvaujame projekte „Upių šviesa“, – sakė rektorius.\n"
)


def test_the_page_body_speaking_as_we_takes_roles_clause_by_clause() -> None:
    records = run(_PAGE, "lt", title="NEMUNO SLĖNIO INOVACIJŲ CENTRAS")
    found = facts(records)
    body = "NEMUNO SLĖNIO INOVACIJŲ CENTRAS"
    assert ("Jaunas meistras", "coordinator", body) in found
    assert ("Upių šviesa", "participant", body) in found
    assert ("Upių šviesa", "coordinator", body) not in found
    assert (body, "memberOf", "Lietuvos klasterių asociacija") in found
    assert (body, "cooperatesWith", "Kauno kolegija") in found


def test_we_inside_someone_s_quoted_words_is_not_the_page_body() -> None:
    text = ("ŠILO KLASTERIS\nApie mus\n\nProjektas „Miško takai“ prasidėjo pernai.\n\n"
            "„Šį projektą koordinuojame mes, universitetas“, – sakė Vilniaus universiteto prorektorius.\n")
    found = facts(run(text, "lt", title="ŠILO KLASTERIS"))
    assert ("Miško takai", "coordinator", "ŠILO KLASTERIS") not in found


def test_a_third_person_lead_with_together_with_leaves_the_partner_a_partner() -> None:
    records = run("▸ „Žalioji pamaina“ (Nordplus Horizontal, 2021–2023) – klasteris „Girios aidas“ koordinavo projektą "
                  "kartu su Norvegijos organizacija „Fjord Makers“.\n", "lt")
    found = facts(records)
    assert ("Žalioji pamaina", "coordinator", "Girios aidas") in found
    assert ("Žalioji pamaina", "coordinator", "Fjord Makers") not in found
    assert ("Žalioji pamaina", "participant", "Fjord Makers") in found


_REPORT = (
    "VšĮ ŽEMAITIJOS PLĖTROS AGENTŪRA                      2025 M. VEIKLOS ATASKAITA\n\n"
    "Nuo 2024 m. agentūra yra Baltijos regionų tinklo „BalticRegions“ narė. Agentūros partnerė Oulu Energy Agency "
    "padėjo rengti paraiškas.\n\n"
    "Projektui „Jūros vėjas“ vadovauja Kymenlaakso regiono taryba (Suomija). Agentūra kartu su Pajūrio kolegija rengia "
    "veiksmų planą.\n\n"
    "SUMMARY IN ENGLISH\n\n"
    "The Žemaitija Development Agency (ZDA) works with the Regional Council of Kymenlaakso and the Oulu Energy Agency. "
    "The Žemaitija Development Agency is based in Klaipėda.\n"
)


def test_a_lithuanian_and_an_english_name_sharing_a_proper_word_in_another_order_are_one_body() -> None:
    records = run(_REPORT, "mixed")
    council = named(records, "Kymenlaakso regiono taryba")
    assert "Regional Council of Kymenlaakso" in council.names


def test_a_bare_type_word_in_a_report_is_the_body_the_report_is_of() -> None:
    records = run(_REPORT, "mixed")
    agency = named(records, "Žemaitija Development Agency")
    assert "ŽEMAITIJOS PLĖTROS AGENTŪRA" in " ".join(agency.names)
    network = named(records, "BalticRegions").label
    found = facts(records)
    assert (agency.label, "memberOf", network) in found
    assert ("Oulu Energy Agency", "memberOf", network) not in found


def test_a_funding_field_naming_programmes_and_years_funds_by_them_and_states_no_budget() -> None:
    records = run("PROJEKTAI\n\n▸ „Kaimo kodas“\nProjekto vykdytojas – VšĮ „Girių centras“.\n"
                  "Finansavimas: Europos socialinio fondo plus (ESF+) lėšos pagal 2021–2027 m. programą\n"
                  "Vertė: 412 300,00 Eur\nTrukmė: 2025-01-01 – 2026-12-31\n", "lt")
    project = named(records, "Kaimo kodas", EntityType.PROJECT)
    assert values(records, project, AttributeName.BUDGET) == {Decimal("412300")}
    assert ("Kaimo kodas", "coordinator", "Girių centras") in facts(records)
    assert any(name == "fundedBy" and subject == "Kaimo kodas" for subject, name, _o in facts(records))


def test_a_project_number_in_brackets_after_the_project_word_is_its_identifier() -> None:
    records = run("Projektą „Ežerų kraštas“ (Nr. LL-00931) vykdo Ignalinos rajono savivaldybė.\n", "lt")
    assert values(records, named(records, "Ežerų kraštas"), AttributeName.IDENTIFIER) == {"LL-00931"}


def test_a_quoted_dated_name_that_takes_place_is_an_event() -> None:
    records = run("„Nemuno inovacijų savaitė 2027“ vyks 2027 m. gegužės 3–7 d. Kaune.\n", "lt")
    event = named(records, "Nemuno inovacijų savaitė 2027", EntityType.EVENT)
    assert values(records, event, AttributeName.START_DATE) == {dt.date(2027, 5, 3)}


def test_last_month_and_last_autumn_are_read_against_the_page_date() -> None:
    text = ("Praėjusį rudenį startavo projektas „Pievų kelias“.\n\n"
            "Praėjusį mėnesį Biržų muziejuje vyko pirmasis projekto renginys – „Pievų forumas“.\n")
    records = run(text, "lt", issued=dt.date(2026, 3, 4))
    assert values(records, named(records, "Pievų forumas", EntityType.EVENT), AttributeName.START_DATE) == {"2026-02"}
    assert values(records, named(records, "Pievų kelias"), AttributeName.START_DATE) == {"2025"}


def test_a_lithuanian_published_line_dates_the_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from innograph.loaders import read

    path = tmp_path / "naujiena.txt"
    path.write_text("MINISTERIJA\nNaujienos\n\nPaskelbta: 2025-04-02, 10:15\n\nAntraštė\n\nTekstas apie projektą.\n",
                    encoding="utf-8")
    assert read(path).issued == dt.date(2025, 4, 2)


def test_a_dateline_followed_by_the_weather_still_dates_the_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from innograph.loaders import read

    path = tmp_path / "laikrastis.txt"
    path.write_text("KRAŠTO ŽINIOS\nNaujienos   Rajone\n\nPenktadienis, 2026 m. kovo 6 d.   |   Orai: Biržai −2 °C\n\n"
                    "Antraštė\n\nTekstas.\n", encoding="utf-8")
    assert read(path).issued == dt.date(2026, 3, 6)


def test_a_cluster_that_another_body_administers_is_the_member() -> None:
    records = run("Projektą vykdys energetikos klasteris „Saulės tinklas“, kurį administruoja Lietuvos saulės energetikos "
                  "asociacija.\n", "lt")
    found = facts(records)
    association = named(records, "Lietuvos saulės energetikos asociacija").label
    assert ("Saulės tinklas", "memberOf", association) in found
    assert (association, "memberOf", "Saulės tinklas") not in found


def test_members_named_after_a_body_leading_a_project_are_its_members() -> None:
    records = run("Projektą koordinuojanti asociacija „Jūros technologijos“ kartu su klasterio nariais UAB „Bangolaužis“ "
                  "ir UAB „Uostų sistemos“ rengs pasiūlymus.\n", "lt")
    found = facts(records)
    assert ("Bangolaužis", "memberOf", "Jūros technologijos") in found
    assert ("Uostų sistemos", "memberOf", "Jūros technologijos") in found


def _country(records, name: str) -> set:  # type: ignore[no-untyped-def]
    return values(records, named(records, name), AttributeName.COUNTRY)


def test_a_demonym_a_country_before_a_quoted_name_and_a_country_closing_a_bracket_give_the_country() -> None:
    records = run("Projektą koordinuoja vokiečių Rheinland Energy Agency. Kartu dirba Norvegijos organizacija "
                  "„Fjord Lab“ ir Latvijos „Cēsis Makers Lab“. Partneris – Uplandijos regiono tarybos plėtros skyrius "
                  "(Region Uppland, Development Unit, Švedija).\n", "lt")
    assert _country(records, "Rheinland Energy Agency") == {"DE"}
    assert _country(records, "Cēsis Makers Lab") == {"LV"}
    assert _country(records, "Uplandijos regiono tarybos plėtros skyrius") == {"SE"}
    assert _country(records, "Uplandijos regiono taryba") == {"SE"}


def test_a_quoted_name_of_lithuanian_words_after_a_lithuanian_type_word_is_in_lithuania() -> None:
    records = run("Lietuvos klasterių projektai. Projektą vykdys asociacija „Medžio vartai“ ir klasteris „ŠviesLinkas“.\n",
                  "lt")
    assert _country(records, "Medžio vartai") == {"LT"}
    assert _country(records, "ŠviesLinkas") == {"LT"}


def test_titled_people_on_a_body_s_own_page_work_for_it() -> None:
    text = ("VERSLO SLĖNIO ASOCIACIJA\nApie mus   Kontaktai\n\nAsociacija vienija 40 įmonių.\n\nKOMANDA\n\n"
            "Direktorė dr. Rasa Kairienė – rasa@example.lt\nProjektų vadovas Tomas Gailius\n")
    records = run(text, "lt", title="VERSLO SLĖNIO ASOCIACIJA")
    found = facts(records)
    assert ("Rasa Kairienė", "affiliation", "VERSLO SLĖNIO ASOCIACIJA") in found
    assert ("Tomas Gailius", "affiliation", "VERSLO SLĖNIO ASOCIACIJA") in found


def test_a_title_after_a_bare_type_word_and_a_dash_is_a_title_at_the_report_s_body() -> None:
    records = run(_REPORT + "\nAgentūros direktorė – Aistė Rimkutė.\n", "mixed")
    assert ("Aistė Rimkutė", "affiliation", named(records, "Žemaitija Development Agency").label) in facts(records)


_TABLE = (
    "VšĮ SŪDUVOS PLĖTROS AGENTŪRA                          2025 M. VEIKLOS ATASKAITA\n\n"
    "Agentūra įgyvendino du tarptautinius projektus.\n\n"
    " -------------------------------------------------------------------------------------\n"
    "  Projektas       Programa                 Agentūros         Bendra vertė      Laikotarpis\n"
    "                                           vaidmuo\n"
    " -------------------------------------------------------------------------------------\n"
    "  RIVER-LINK      Interreg Europe          Pagrindinis       612.400,00 Eur    2024-02-01 –\n"
    "                                           partneris                           2026-01-31\n"
    "  AgroNet         Interreg Europe          Partneris         1,2 mln. Eur      2023-05-01 –\n"
    "                                                                               2026-04-30\n"
    " -------------------------------------------------------------------------------------\n"
    " Šaltinis: agentūros duomenys.\n\n"
    "Agentūra yra Sūduvos verslo asociacijos narė. Agentūros direktorius – Jonas Petraitis.\n"
)


def test_a_column_table_of_projects_gives_their_programmes_budgets_periods_and_the_report_body_s_roles() -> None:
    records = run(_TABLE, "lt")
    river = named(records, "RIVER-LINK", EntityType.PROJECT)
    assert values(records, river, AttributeName.BUDGET) == {Decimal("612400")}
    assert values(records, river, AttributeName.START_DATE) == {dt.date(2024, 2, 1)}
    assert values(records, river, AttributeName.END_DATE) == {dt.date(2026, 1, 31)}
    agronet = named(records, "AgroNet", EntityType.PROJECT)
    assert values(records, agronet, AttributeName.BUDGET) == {Decimal("1200000")}
    found, agency = facts(records), named(records, "SŪDUVOS PLĖTROS AGENTŪRA").label
    assert ("RIVER-LINK", "fundedBy", "Interreg Europe") in found
    assert ("RIVER-LINK", "coordinator", agency) in found
    assert ("AgroNet", "participant", agency) in found
    assert ("AgroNet", "coordinator", agency) not in found
    assert not any(label[:1].isdigit() for label in labels(records))


def test_members_under_a_members_heading_belong_to_the_body_the_page_title_names() -> None:
    text = ("Naudojame slapukus.\n\nApie „MedžioRatas“\n"
            "Klasteris „MedžioRatas“ vienija baldų gamintojus. „MedžioRatas“ įkurtas 2019 m. "
            "„MedžioRatas“ kviečia naujus narius.\n\n"
            "Mūsų nariai (atranka)\n\n• UAB „Ąžuolo stalai“ – baldai, Kaunas\n• AB „Lentų linija“ – mediena, Alytus\n")
    records = run(text, "lt", title="Apie „MedžioRatas“")
    found = facts(records)
    assert ("Ąžuolo stalai", "memberOf", "MedžioRatas") in found
    assert ("Lentų linija", "memberOf", "MedžioRatas") in found


def test_every_listed_project_ends_when_all_projects_must_end() -> None:
    records = run(_LIST + "\nVisi projektai turi būti įgyvendinti iki 2027 m. rugsėjo 30 d.\n", "lt")
    for name in ("VėjoTinklas", "Marių duona"):
        assert values(records, named(records, name), AttributeName.END_DATE) == {dt.date(2027, 9, 30)}


def test_a_project_taking_over_another_s_ideas_is_related_to_it() -> None:
    records = run("Projektas „Tiltai be sienų“ prasidėjo pernai. Projektas perima 2016–2018 m. vykdyto projekto "
                  "„Seni tiltai“ idėjas.\n", "lt")
    assert ("Tiltai be sienų", "relatedProject", "Seni tiltai") in facts(records)


def test_an_unquoted_acronym_after_the_project_word_is_a_project_but_not_before_a_noun() -> None:
    records = run("Įgyvendiname Interreg Europe programos projektą SEALOOP BSR, o kitus projektus rengiame. "
                  "Per projektą KTU mokslininkai išbandė jutiklius.\n", "lt")
    assert "SEALOOP BSR" in labels(records, EntityType.PROJECT)
    assert "KTU" not in labels(records, EntityType.PROJECT)


def test_a_report_wrapped_at_110_characters_is_read_as_prose() -> None:
    import textwrap

    from innograph.loaders._unwrap import unwrap

    filler = ("Agentūros specialistai rengia bendrus planus ir analizuoja regiono duomenis, konsultuoja savivaldybes, "
              "įmones ir bendruomenes, ruošia apžvalgas bei teikia pasiūlymus regiono plėtros tarybai. ") * 3
    paragraph = (filler + "Agentūra surengė renginį „Ežerų dienos 2025“, kuriame dalyvavo Utenos rajono savivaldybės "
                 "administracijos ir Molėtų rajono savivaldybės administracijos specialistai. " + filler)
    records = run(unwrap("\n".join(textwrap.wrap(paragraph, 108)) + "\n"), "lt")
    event = named(records, "Ežerų dienos 2025", EntityType.EVENT).label
    found = facts(records)
    assert (event, "attendee", "Molėtų rajono savivaldybė") in found
    assert not any(name == "participant" for _s, name, _o in found)


def test_a_plural_only_type_word_in_another_case_heads_a_name_put_in_the_nominative() -> None:
    records = run("Bendradarbiavimo sutartį esame pasirašę su Alytaus prekybos, pramonės ir amatų rūmais.\n", "lt",
                  title=None)
    assert "Alytaus prekybos, pramonės ir amatų rūmai" in labels(records)


def test_a_budget_given_to_the_named_project_and_a_start_from_a_participle() -> None:
    records = run("Šių metų kovą startavęs projektas „Jūros žolės“ truks iki 2027 m. vasario. "
                  "Projektui „Jūros žolės“ skirta 450 000 Eur.\n", "lt", issued=dt.date(2025, 5, 5))
    project = named(records, "Jūros žolės")
    assert values(records, project, AttributeName.BUDGET) == {Decimal("450000")}
    assert values(records, project, AttributeName.START_DATE) == {"2025-03"}


def test_a_capitalised_demonym_before_a_type_word_gives_the_country_not_a_name() -> None:
    records = run("Lenkų klasteris „Kaszuby Tech“ ir suomių bendrovė „Lapin Data Oy“ prisijungė prie projekto "
                  "„Šiaurės tiltas“.\n", "lt")
    assert _country(records, "Kaszuby Tech") == {"PL"}
    assert "Lenkų klasteris" not in labels(records)


def test_a_partner_worked_with_by_an_unnamed_body_is_no_lead() -> None:
    found = facts(run("Kartu su Marijampolės kolegija įgyvendinamas projektas „Laukų duomenys“.\n", "lt"))
    assert ("Laukų duomenys", "participant", "Marijampolės kolegija") in found
    assert ("Laukų duomenys", "coordinator", "Marijampolės kolegija") not in found


def test_an_event_dated_last_year_in_a_month_gets_that_month() -> None:
    records = run("Pernai spalį Vilniuje vyko konferencija „Klasterių forumas 2024“, kurią organizavo Lietuvos "
                  "inovacijų centras.\n", "lt", issued=dt.date(2025, 5, 5))
    event = named(records, "Klasterių forumas 2024", EntityType.EVENT)
    assert values(records, event, AttributeName.START_DATE) == {"2024-10"}


def test_members_of_a_named_cluster_that_take_part_together_are_all_members_and_partners() -> None:
    found = facts(run("Klasterio „Girios“ nariai UAB „Stalas“ ir UAB „Kėdė“ dalyvauja projekte „MedisUp“, kuriam "
                      "vadovauja Alytaus verslo inkubatorius.\n", "lt"))
    for member in ("Stalas", "Kėdė"):
        assert (member, "memberOf", "Girios") in found
        assert ("MedisUp", "participant", member) in found


def test_a_heading_project_word_is_no_part_of_its_name_nor_a_legal_form_of_a_partner_s() -> None:
    records = run("Naujienos\n\nProjektas BioBoost\n\nProjekto koordinatorius: Kauno technologijos universitetas\n"
                  "Partneriai: Vytauto Didžiojo universitetas, UAB „Biotechna“\nTrukmė: 2024-01-01 – 2026-12-31\n", "lt")
    assert labels(records, EntityType.PROJECT) == {"BioBoost"}
    assert "Biotechna" in labels(records)
    assert ("BioBoost", "participant", "Biotechna") in facts(records)


def test_a_byline_of_a_name_over_a_quoted_outlet_is_the_author_of_that_outlet() -> None:
    text = ("Naujienos › Rajone\n\nKalviai kurs bendrą maršrutą\n\nAgnė Kalvaitienė\n„Nemuno krašto žinios“\n\n"
            "Pernai rudenį startavo projektas „Kalvių kelias“.\n")
    records = run(text, "lt")
    assert ("Agnė Kalvaitienė", "affiliation", "Nemuno krašto žinios") in facts(records)


def test_an_earlier_interreg_generation_is_a_programme_of_its_own() -> None:
    records = run("Paramą projektui „Upės tiltai“ skyrė Interreg VI-A Latvijos ir Lietuvos programa. Projektas tęsia "
                  "2017–2019 m. vykdyto Interreg V-A Latvijos ir Lietuvos programos projekto „Seni tiltai“ darbus.\n", "lt")
    found = facts(records)
    current = {o for s, r, o in found if s == "Upės tiltai" and r == "fundedBy"}
    earlier = {o for s, r, o in found if s == "Seni tiltai" and r == "fundedBy"}
    assert current and earlier and not current & earlier


def test_a_quoted_name_heading_a_paragraph_is_no_project_when_the_text_types_it_as_a_body() -> None:
    records = run("Finansuojami projektai\n\n1. „Vėjo rožė“ (skirta 300 000 Eur). Projektą vykdys UAB „Šviesos linija“.\n\n"
                  "2. „Kopų žiedas“ (skirta 200 000 Eur). Projektą vykdys asociacija „Vėjo rožė“.\n", "lt")
    assert "Kopų žiedas" in labels(records, EntityType.PROJECT)
    assert "Vėjo rožė" not in labels(records, EntityType.PROJECT)


def test_a_body_before_a_dash_and_the_project_s_role_noun_holds_that_role() -> None:
    found = facts(run("Šiaulių universitetas – projekto „JūrosTinklas“ partneris. Projektą koordinuoja Gdansko "
                      "universitetas.\n", "lt"))
    assert ("JūrosTinklas", "participant", "Šiaulių universitetas") in found
    assert ("JūrosTinklas", "coordinator", "Šiaulių universitetas") not in found


def test_leading_the_project_and_being_responsible_in_it_are_roles() -> None:
    found = facts(run("Vilniaus kolegija, vadovaujanti projektui „SkillBridge“, kartu su partneriais surengs "
                      "konferenciją. Projekte „SkillBridge“ Utenos kolegija atsakinga už mokymų programą.\n", "lt"))
    assert ("SkillBridge", "coordinator", "Vilniaus kolegija") in found
    assert ("SkillBridge", "participant", "Utenos kolegija") in found


def test_a_project_said_to_be_a_programme_s_project_is_funded_by_it() -> None:
    found = facts(run("„DuneLab“ (2024–2026) – tai Interreg Pietų Baltijos programos projektas, kurį koordinuoja "
                      "Klaipėdos universitetas.\n", "lt"))
    assert any(s == "DuneLab" and r == "fundedBy" for s, r, _o in found)


def test_a_noun_that_looks_like_a_participle_stays_in_a_name() -> None:
    records = run("Sutartį pasirašė Kauno verslo paramos agentūra.\n", "lt")
    assert "Kauno verslo paramos agentūra" in labels(records)


def test_a_body_inviting_to_its_event_organises_it() -> None:
    found = facts(run("Klasteris „Girių aidas“ kviečia į seminarą „Medienos ateitis 2026“, kuris vyks kovo 5 d. "
                      "Alytuje.\n", "lt"))
    assert ("Medienos ateitis 2026", "organiser", "Girių aidas") in found


def test_a_project_s_partners_from_named_countries_attend_the_event() -> None:
    text = ("Projekto „Kaimo kibirkštis“ partneriai – Põlva Innovation Centre (Estija), Molise Innovation Hub (Italija) "
            "ir Dalarna Business Hub (Švedija).\n\n„Inovacijų savaitė 2026“ vyks 2026 m. balandžio 20–24 d. Ukmergėje. "
            "Savo sprendimus pristatys ir „Kaimo kibirkštis“ partneriai iš Estijos ir Italijos.\n")
    records = run(text, "lt")
    found = facts(records)
    assert ("Inovacijų savaitė 2026", "attendee", "Põlva Innovation Centre") in found
    assert ("Inovacijų savaitė 2026", "attendee", "Molise Innovation Hub") in found
    assert ("Inovacijų savaitė 2026", "attendee", "Dalarna Business Hub") not in found


def test_a_contact_line_of_name_title_and_body_gives_the_person_s_body() -> None:
    found = facts(run("Kontaktai: Asta Petraitienė, projekto koordinatorė, VšĮ „Inovacijų slėnis“, tel. +370 600 00000.\n",
                      "lt"))
    assert ("Asta Petraitienė", "affiliation", "Inovacijų slėnis") in found


def test_a_project_begun_last_year_with_money_given_to_it_that_lasts_until_a_year() -> None:
    records = run("Pernai pradėtas įgyvendinti projektas „ŠvarusOras“. Jam skirta 1,2 mln. eurų. Šis projektas truks "
                  "iki 2027 m.\n", "lt", issued=dt.date(2025, 11, 5))
    project = named(records, "ŠvarusOras")
    assert values(records, project, AttributeName.START_DATE) == {"2024"}
    assert values(records, project, AttributeName.END_DATE) == {"2027"}
    assert values(records, project, AttributeName.BUDGET) == {Decimal("1200000")}


def test_a_project_supported_by_a_programme_named_after_a_dash_is_funded_by_it() -> None:
    found = facts(run("„ŠvarusOras“ – Interreg Baltijos jūros regiono programos remiamas projektas.\n", "lt"))
    assert ("ŠvarusOras", "fundedBy", "Interreg Baltic Sea Region") in found


def test_a_name_with_inner_capitals_before_the_project_word_is_a_project_but_an_acronym_is_not() -> None:
    records = run("Kauno kolegija dalyvauja BalticBio projekte, kurį koordinuoja Rygos universitetas. "
                  "KTU projektas laimėjo konkursą.\n", "lt")
    assert labels(records, EntityType.PROJECT) == {"BalticBio"}
    assert ("BalticBio", "coordinator", "Rygos universitetas") in facts(records)


def test_a_date_right_before_the_project_ended_is_its_end() -> None:
    records = run("Šiemet rugsėjį baigėsi projektas „MėlynasKelias“, kurį finansavo Interreg Europe.\n", "lt",
                  issued=dt.date(2025, 11, 5))
    assert values(records, named(records, "MėlynasKelias"), AttributeName.END_DATE) == {"2025-09"}
