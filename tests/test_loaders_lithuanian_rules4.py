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


# prose: programme chains, participles, groups --------------------------------------------

_CHAIN = ("Klasteris „Miško dronai“\n\n"
          "Seminaras buvo klasterio vadovaujamo projekto „Medžių sargai“ renginys. Šis projektas įgyvendinamas pagal "
          "Lietuvos miškų ir kaimo plėtros 2024–2028 metų strateginio plano finansinę priemonę „Miškų ūkio inovacijos“ "
          "ir yra finansuojamas Europos žemės ūkio fondo kaimo plėtrai lėšomis.\n\n"
          "Darbo grupę sudaro klasteris „Miško dronai“, UAB „Kirvio linija“ ir ŽŪB „Pušų giria“.\n\n"
          "Kitas klasterio dalyvaujamas projektas – „ForestBots“, kurį koordinuoja Tartu universitetas, o finansuoja "
          "Interreg Baltijos jūros regiono programa.")


def test_a_part_of_a_programme_named_by_a_genitive_phrase_and_the_project_implemented_under_it():
    found = facts(run(_CHAIN))
    plan = "Lietuvos miškų ir kaimo plėtros 2024–2028 metų strateginio plano"
    assert ("Miškų ūkio inovacijos", "partOf", plan) in found
    assert {("Medžių sargai", "fundedBy", plan), ("Medžių sargai", "fundedBy", "Miškų ūkio inovacijos")} <= found


def test_the_rural_development_fund_in_the_genitive_is_a_programme_not_a_body():
    records = run(_CHAIN)
    assert ("Medžių sargai", "fundedBy", "European Agricultural Fund for Rural Development") in facts(records)
    assert not any("fond" in label.lower() for label in labels(records))


def test_the_bodies_a_working_group_is_made_of_take_part_in_the_project_named_before():
    found = facts(run(_CHAIN))
    partners = {o for s, r, o in found if s == "Medžių sargai" and r == "participant"}
    assert {"Kirvio linija", "Pušų giria"} <= {o.split("„")[-1].rstrip("“") for o in partners}


def test_a_project_named_after_a_dash_taken_part_in_coordinated_and_funded_in_one_sentence():
    found = facts(run(_CHAIN))
    assert ("ForestBots", "participant", "Miško dronai") in found
    assert ("ForestBots", "coordinator", "Tartu universitetas") in found
    assert ("ForestBots", "fundedBy", "Interreg Baltic Sea Region") in found
    assert ("Medžių sargai", "coordinator", "Tartu universitetas") not in found


def test_co_organising_in_co_operation_and_exhibiting_at_the_event():
    records = run("Vakar Utenoje vyko konferencija „Bitininkystė 2030“, kurią asociacija „Medaus kelias“ surengė "
                  "bendradarbiaujant su Utenos kolegija. UAB „Avilio technika“ ir UAB „Korys“ lauke demonstravo "
                  "naujus avilius.")
    found = facts(records)
    assert {("Bitininkystė 2030", "organiser", "Medaus kelias"), ("Bitininkystė 2030", "organiser", "Utenos kolegija")} <= found
    assert not any(rel == "cooperatesWith" for _s, rel, _o in found)
    assert {o for s, r, o in found if r == "attendee"} >= {"Avilio technika", "Korys"}


def test_two_bodies_that_signed_a_long_named_agreement_co_operate():
    records = run("Panevėžio kolegija ir Rīgas Tehniskā universitāte 2023 m. pasirašė jungtinių studijų ir mokslo "
                  "bendradarbiavimo sutartį.")
    assert ("Panevėžio kolegija", "cooperatesWith", "Rīgas Tehniskā universitāte") in facts(records) \
        or ("Rīgas Tehniskā universitāte", "cooperatesWith", "Panevėžio kolegija") in facts(records)


# partner lists and leads -----------------------------------------------------------------

_PARTNER_PAGE = ("2025 m. kovo 3 d.\n\n"
                 "Marijampolės kolegijos Agroverslo fakultetas šių metų vasario 1 d. pradėjo įgyvendinti projektą "
                 "„AgroSkills“.\n\n"
                 "Projekto partneriai:\n"
                 "– Kurzemes lauksaimnieku biedrība (Kurzemes Lauksaimnieku biedrība), Latvija;\n"
                 "– „Pärnu Farmers MTÜ“, Estija.\n"
                 "Asocijuotasis partneris – VšĮ „Sūduvos žemės centras“.\n")


def test_the_body_that_begins_a_project_leads_it_when_no_other_coordinator_is_named():
    found = facts(run(_PARTNER_PAGE))
    assert ("AgroSkills", "coordinator", "Marijampolės kolegijos Agroverslo fakultetas") in found


def test_a_named_coordinator_is_not_overruled_by_the_body_that_begins_the_project():
    text = _PARTNER_PAGE.replace("Projekto partneriai:", "Projektą koordinuoja Vilniaus universitetas.\n\nProjekto partneriai:")
    found = facts(run(text))
    assert ("AgroSkills", "coordinator", "Vilniaus universitetas") in found
    assert ("AgroSkills", "coordinator", "Marijampolės kolegijos Agroverslo fakultetas") not in found


def test_a_dash_item_ending_in_its_country_and_the_list_punctuation():
    records = run(_PARTNER_PAGE)
    partner = named(records, "Pärnu Farmers MTÜ", EntityType.ORGANISATION)
    assert values(records, partner, AttributeName.COUNTRY) == {"EE"}
    assert not any("Estija" in label or "Latvija" in label for label in labels(records))


def test_an_associated_partner_line_of_its_own_belongs_to_the_page_project():
    found = facts(run(_PARTNER_PAGE))
    assert ("AgroSkills", "associatedPartner", "Sūduvos žemės centras") in found


# event pages: facts rows, agenda, administrations, programme codes -----------------------

_EVENT_PAGE = ("Panevėžio maisto forumas 2026\n\n"
               "Data | 2026 m. spalio 5–6 d.\n"
               "Organizatoriai | Aukštaitijos maisto klasteris ir Panevėžio miesto savivaldybės administracija\n"
               "Forumas yra projekto „FoodBridge“ renginys.\n\n"
               "Apie projektą\n"
               "Projektas „FoodBridge“ įgyvendinamas pagal Interreg VI-A Latvija–Lietuva programą. Projekto "
               "koordinatorė – Panevėžio miesto savivaldybės administracija. Projekto vertė – 500 000 Eur, "
               "trukmė – 2025-03-01–2027-02-28.\n"
               "„FoodBridge“ tęsia projektą „FoodPath“, 2016–2019 m. finansuotą Nordplus programos.\n\n"
               "Programa\n\n"
               "• 09:30 Sveikinimo žodis – Panevėžio miesto meras Jonas Petraitis\n"
               "• 10:00 Maisto tinklas – dr. Rasa Jonaitė, Kauno technologijos universitetas (KTU)\n"
               "• 14:00 Įmonių pristatymai: UAB „Duonos kelias“, Sp. z o.o. „Mleczna Droga“\n")


def test_an_agenda_under_a_programa_heading_is_no_funding_programme():
    records = run(_EVENT_PAGE)
    assert not any("09:30" in label for label in labels(records, EntityType.PROGRAMME))


def test_a_facts_row_of_organisers_names_the_page_event_organisers():
    found = facts(run(_EVENT_PAGE))
    organisers = {o for s, r, o in found if r == "organiser"}
    assert "Aukštaitijos maisto klasteris" in organisers
    assert any(o.startswith("Panevėžio miesto savivaldyb") for o in organisers)


def test_bodies_on_agenda_lines_attend_but_not_the_talk_title():
    records = run(_EVENT_PAGE)
    attendees = {o for s, r, o in facts(records) if r == "attendee"}
    assert {"Kauno technologijos universitetas", "Duonos kelias", "Mleczna Droga"} <= attendees
    assert "Maisto tinklas" not in attendees


def test_a_named_coordinator_that_is_a_municipal_administration():
    found = facts(run(_EVENT_PAGE))
    assert any(s == "FoodBridge" and r == "coordinator" and o.startswith("Panevėžio miesto savivaldyb") for s, r, o in found)


def test_an_interreg_strand_code_and_a_past_participle_of_funding():
    records = run(_EVENT_PAGE)
    found = facts(records)
    assert ("FoodBridge", "fundedBy", "Interreg Latvia–Lithuania") in found
    assert ("FoodPath", "fundedBy", "Nordplus") in found
    project = named(records, "FoodBridge", EntityType.PROJECT)
    assert [str(v) for v in values(records, project, AttributeName.END_DATE)] == ["2027-02-28"]


def test_an_unnamed_strand_of_a_programme_that_pays_for_the_project():
    records = run("Raseinių kolegija pradėjo projektą „GreenHosts“. Nordplus programos suaugusiųjų švietimo mainų "
                  "lėšomis finansuojamas projektas truks dvejus metus.")
    found = facts(records)
    assert ("suaugusiųjų švietimo mainų", "partOf", "Nordplus") in found
    assert {("GreenHosts", "fundedBy", "Nordplus"), ("GreenHosts", "fundedBy", "suaugusiųjų švietimo mainų")} <= found


def test_a_conference_one_belongs_to_is_a_body_not_an_event():
    records = run("Utenos kolegija taip pat priklauso Lietuvos universitetų rektorių konferencijai.")
    body = named(records, "Lietuvos universitetų rektorių konferencijai", EntityType.ORGANISATION)
    assert body.subtype == "Association"
    assert ("Utenos kolegija", "memberOf", body.label) in facts(records)
    assert not labels(records, EntityType.EVENT)


def test_a_regional_body_under_its_lithuanian_and_english_names_on_a_bilingual_page():
    text = ("Vakarų Lietuvos miškų klasteris\n\n"
            "Klasterio vadovė Rūta Vaitkienė pristatė naujus narius.\n\n"
            "The Western Lithuania Forest Cluster is a member of the Baltic Wood Association.")
    records = run(text, "mixed")
    cluster = named(records, "Vakarų Lietuvos miškų klasteris", EntityType.ORGANISATION)
    assert "Western Lithuania Forest Cluster" in cluster.names


def test_the_own_language_name_and_country_in_brackets_after_a_partner():
    records = run("Projektas „Upių kelias“ įgyvendinamas pagal Interreg VI-A Latvija–Lietuva programą. Projekto "
                  "partneriai: Kauno kolegija, Jelgavos miesto savivaldybė (Jelgavas valstspilsētas pašvaldība, Latvija) "
                  "ir UAB „Vandens kelias“.")
    body = named(records, "Jelgavas valstspilsētas pašvaldība", EntityType.ORGANISATION)
    assert values(records, body, AttributeName.COUNTRY) == {"LV"}


def test_unquoted_numbered_entries_over_applicant_and_amount_are_projects_not_the_site_header():
    text = _RESULTS.replace("1. „Žaliasis pienas“", "1. Žaliasis pienas").replace("2. „Kalvų keliai“", "2. Kalvų keliai") \
        .replace("3. „Tylusis miškas“", "3. Tylusis miškas")
    records = run(text)
    assert {"Žaliasis pienas", "Kalvų keliai", "Tylusis miškas"} <= labels(records, EntityType.PROJECT)
    assert not any(label.isupper() for label in labels(records, EntityType.PROJECT))


def test_a_numbered_list_of_bodies_with_contacts_is_no_list_of_projects():
    records = run("Mūsų nariai\n\n1. Kauno technologijos universitetas\n   Kontaktai: info@ktu.lt\n\n"
                  "2. Vilniaus kolegija\n   Kontaktai: info@viko.lt\n")
    assert not labels(records, EntityType.PROJECT)


_CARD = ("Projekto kortelė\n\n"
         "Projekto pavadinimas: Saulės stogai\n"
         "Vadovaujantysis partneris: Kauno technologijos universitetas\n"
         "Partneris: Tartu ülikool (Estija)\n"
         "Programa: Interreg Baltijos jūros regiono programa\n\n"
         "Baigiamasis renginys vyks Kaune 2025 m. spalio 14 d. Forumą organizuoja Kauno technologijos universitetas.")


def test_a_project_card_names_its_project_and_lead_in_lithuanian_fields():
    records = run(_CARD)
    assert labels(records, EntityType.PROJECT) == {"Saulės stogai"}
    found = facts(records)
    assert ("Saulės stogai", "coordinator", "Kauno technologijos universitetas") in found
    assert ("Saulės stogai", "participant", "Tartu ülikool") in found


def test_a_present_tense_verb_ends_a_name_and_a_dated_year_names_no_event():
    records = run(_CARD)
    assert not any("organizuoja" in label for label in labels(records))
    assert not any(label.startswith("Kaune") for label in labels(records, EntityType.EVENT))


_TABLE = ("ŽEMAITIJOS VERSLO AGENTŪRA\n\n"
          "Agentūra paskelbė projektų, kuriems skiriamas finansavimas pagal priemonę „Verslo čekiai“, sąrašą. "
          "Projektai finansuojami Europos socialinio fondo lėšomis.\n\n"
          "Nr. | Projekto pavadinimas | Pareiškėjas | Skirta suma, Eur\n"
          "1 | „Medžio drožlės“ | UAB „Medžio meistrai“ | 24 000\n"
          "2 | „Linų audiniai“ | MB „Linų klėtis“ | 12 300\n")


def test_a_result_table_gives_each_row_a_project_its_applicant_and_amount():
    records = run(_TABLE)
    assert {"Medžio drožlės", "Linų audiniai"} <= labels(records, EntityType.PROJECT)
    found = facts(records)
    assert ("Medžio drožlės", "coordinator", "Medžio meistrai") in found
    project = named(records, "Linų audiniai", EntityType.PROJECT)
    assert values(records, project, AttributeName.BUDGET) == {Decimal(12300)}
    assert values(records, project, AttributeName.CURRENCY) == {"EUR"}
    assert {("Medžio drožlės", "fundedBy", "European Social Fund"), ("Linų audiniai", "fundedBy", "European Social Fund")} <= found


def test_an_upper_case_site_header_keeps_its_country_word():
    records = run(_TABLE.replace("ŽEMAITIJOS", "LIETUVOS"))
    assert "LIETUVOS VERSLO AGENTŪRA" in labels(records)


def test_an_event_of_the_project_named_at_a_sentence_start():
    records = run("Projekto „Jūros vėjai“ atidarymo konferencija „Vėjo dienos 2025“ vyko kovo 3 d. Klaipėdoje.")
    assert ("Vėjo dienos 2025", "partOf", "Jūros vėjai") in facts(records)


def test_a_quoted_company_name_with_a_polish_legal_suffix_is_whole():
    records = run("Lenkijos bendrovė „MlekoTech Sp. z o.o.“ ir UAB „Pieno linija“ demonstravo melžimo robotus.")
    assert any(label.startswith("MlekoTech Sp. z o.o") for label in labels(records))


def test_a_described_body_followed_by_its_own_latin_name():
    records = run("Švedijos miškų tyrimų instituto SKOGFORSK Research vadovė Karin Berg pristatė tyrimą.")
    body = named(records, "SKOGFORSK Research", EntityType.ORGANISATION)
    assert ("Karin Berg", "affiliation", body.label) in facts(records)


def test_foreign_bodies_named_in_their_own_language_after_a_role_cue():
    records = run("Projektas „SkillsNet“ prasidėjo. Projekto koordinatorius – Liepājas Universitāte (Latvija), "
                  "projekte taip pat dalyvauja Tartu Rakenduskõrgkool. Projekto partneriai: Kauno kolegija, "
                  "Uniwersytet Warmińsko Mazurski ir Marijampolės kolegija.")
    found = facts(records)
    assert ("SkillsNet", "coordinator", "Liepājas Universitāte") in found
    assert ("SkillsNet", "participant", "Tartu Rakenduskõrgkool") in found
    assert ("SkillsNet", "participant", "Uniwersytet Warmińsko Mazurski") in found
    assert values(records, named(records, "Liepājas Universitāte"), AttributeName.COUNTRY) == {"LV"}


def test_a_person_named_after_a_coordinator_cue_is_no_body():
    records = run("Projektas „SkillsNet“ prasidėjo. Projekto koordinatorė – Rūta Vaitkienė.")
    assert "Rūta Vaitkienė" not in labels(records)


_FORUM = ("2025 m. rugsėjo 2 d.\n\n"
          "Spalio 14–15 d. Kaune vyks forumas „Vėjo energija 2025“. Forumą organizuoja Lietuvos vėjo asociacija, "
          "renginys finansuojamas projekto „WindGrid“ lėšomis. Renginio partneriai – Klaipėdos universitetas ir "
          "UAB „Vėjo parkai“.\n\n"
          "Laikas | Tema | Pranešėjas\n"
          "10:00 | Vėjo jėgainės jūroje | dr. Jonas Jonaitis, Kauno technologijos universitetas\n")


def test_an_event_paid_from_a_project_is_part_of_it_and_its_partners_are_not_the_project_partners():
    found = facts(run(_FORUM))
    assert ("Vėjo energija 2025", "partOf", "WindGrid") in found
    assert not any(s == "WindGrid" and r == "participant" for s, r, _o in found)


def test_an_agenda_table_row_names_the_speaker_body_as_attendee():
    found = facts(run(_FORUM))
    assert ("Vėjo energija 2025", "attendee", "Kauno technologijos universitetas") in found


def test_an_adjective_before_the_head_agrees_in_the_nominative_label():
    records = run("Projektą „AgroData“ kartu su Marijampolės regionine kolegija vykdo Kauno kolegija. "
                  "Marijampolės regioninės kolegijos studentai atliks bandymus. Europos regioninės plėtros fondo "
                  "lėšomis finansuojamas projektas truks metus.")
    assert "Marijampolės regioninė kolegija" in labels(records)
    assert not any("regioninė plėtros" in label for label in labels(records))


def test_a_body_takes_part_in_the_project_named_in_quotes_before_the_verb():
    found = facts(run("Projekte „AgroData“ dalyvauja ir Raseinių rajono savivaldybės administracija."))
    assert any(s == "AgroData" and r == "participant" and o.startswith("Raseinių rajono savivaldyb") for s, r, o in found)


def test_partners_after_kartu_su_partneriais_and_a_coordinator_named_after_the_quoted_project():
    records = run("Projektą „BlueTrail“ įgyvendina Klaipėdos universitetas kartu su partneriais: Ventspils Augstskola "
                  "(Latvija) ir Tallinna Ülikool (Estija). Projekto „BlueTrail“ koordinatorius – Klaipėdos universitetas. "
                  "Renginiai vyks Lietuvos jūrų muziejuje.")
    found = facts(records)
    assert {("BlueTrail", "participant", "Ventspils Augstskola"), ("BlueTrail", "participant", "Tallinna Ülikool"),
            ("BlueTrail", "coordinator", "Klaipėdos universitetas")} <= found
    assert values(records, named(records, "Tallinna Ülikool"), AttributeName.COUNTRY) == {"EE"}
    assert "Lietuvos jūrų muziejus" in labels(records)


def test_a_project_that_builds_on_what_the_one_named_before_created():
    records = run("2021–2022 m. kolegija dalyvavo Nordplus projekte „Forest Hosts“. „WoodSkills“ projektas remiasi "
                  "jo metu sukurta metodika.")
    assert ("WoodSkills", "relatedProject", "Forest Hosts") in facts(records)


def test_a_relative_day_dates_an_event_whose_name_gives_only_its_year():
    import datetime as dt

    records = run("Užvakar Panevėžyje vyko konferencija „Agro Robotics 2024“.", issued=dt.date(2024, 5, 10))
    event = named(records, "Agro Robotics 2024", EntityType.EVENT)
    assert dt.date(2024, 5, 8) in values(records, event, AttributeName.END_DATE)
    assert dt.date(2024, 5, 8) in values(records, event, AttributeName.START_DATE)


def test_an_upper_case_site_header_over_project_fields_is_the_publisher_not_the_project():
    text = ("ALYTAUS REGIONO PLĖTROS TARYBA\nApie mus   Kvietimai   Kontaktai\n\nPatvirtintas projektas\n\n"
            "Pareiškėjas: UAB „Miško keliai“\nSkirta suma: 100 000 Eur\n")
    records = run(text, title="ALYTAUS REGIONO PLĖTROS TARYBA")
    assert "ALYTAUS REGIONO PLĖTROS TARYBA" in labels(records)
    assert "ALYTAUS REGIONO PLĖTROS TARYBA" not in labels(records, EntityType.PROJECT)
    assert any(r == "coordinator" and o.rstrip("“").endswith("Miško keliai") for _s, r, o in facts(records))


def test_the_years_a_continued_project_was_funded_in():
    records = run("„HarbourNet“ tęsia projektą „PortLink“, 2016–2019 m. finansuotą Interreg Latvija–Lietuva programos.")
    project = named(records, "PortLink", EntityType.PROJECT)
    assert values(records, project, AttributeName.START_DATE) == {"2016"}
    assert values(records, project, AttributeName.END_DATE) == {"2019"}
    assert ("PortLink", "fundedBy", "Interreg Latvia–Lithuania") in facts(records)


def test_a_call_number_after_the_measure_named_in_the_genitive_plural():
    records = run("Agentūra skelbia projektų, finansuojamų pagal programos priemonę „Skaitmeninės partnerystės“, sąrašą.\n\n"
                  "Skaitmeninių partnerysčių kvietimo Nr. 03-011-K-0042 rezultatai")
    measure = named(records, "Skaitmeninės partnerystės", EntityType.PROGRAMME)
    assert values(records, measure, AttributeName.IDENTIFIER) == {"03-011-K-0042"}


def test_resolving_keeps_the_day_that_makes_the_year_from_the_name_precise():
    import datetime as dt

    from innograph.loaders import resolve

    records = resolve([run("Užvakar Panevėžyje vyko konferencija „Agro Robotics 2024“.", issued=dt.date(2024, 5, 10))])[0]
    event = named(records, "Agro Robotics 2024", EntityType.EVENT)
    assert values(records, event, AttributeName.START_DATE) == {dt.date(2024, 5, 8)}


def test_a_funding_source_field_of_an_entry():
    records = run("Finansuoti projektai\n\n1. „Žalias krantas“\n   Projekto vykdytojas: Palangos miesto savivaldybės "
                  "administracija\n   Projekto vertė: 800 000 Eur\n   Finansavimo šaltinis: Europos socialinis fondas\n")
    assert ("Žalias krantas", "fundedBy", "European Social Fund") in facts(records)


def test_a_legal_form_and_quoted_name_keeps_its_closing_quote_in_the_label():
    records = run("Projekto partneriai:\n• SIA „Koka Nams“, Latvija\n• Tartu Ülikool, Estija\n")
    assert "SIA „Koka Nams“" in labels(records)
