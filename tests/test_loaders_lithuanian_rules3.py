"""Lithuanian rules of the third tuning round, each on invented text with other names and wording
than the documents that prompted it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from innograph.graph import AttributeName, DocumentRecords, EntityType
from _extraction import named, facts, values
from _extraction import run as _run


def run(text: str, language: str = "lt", **document) -> DocumentRecords:  # type: ignore[no-untyped-def]
    return _run(text, language, **document)


# names -----------------------------------------------------------------------------------

def test_a_heading_ending_in_partnership_does_not_make_the_next_quoted_name_a_project():
    records = run("Mūsų ryšiai ir partnerystės\n\n„Linų kelias“ nuo pernai yra asociacijos „Pluoštas“ narys.")
    assert all(e.type is not EntityType.PROJECT for e in records.entities if "Linų kelias" in e.names)


def test_a_genitive_plural_type_word_inside_a_name_is_no_body_of_its_own():
    records = run("Centras yra Lietuvos maisto inkubatorių asociacijos (LMIA) narys.")
    assert named(records, "LMIA", EntityType.ORGANISATION).subtype == "Association"
    assert [e.label for e in records.entities if "inkubatori" in e.label] == ["Lietuvos maisto inkubatorių asociacija"]
    assert not any(rel == "partOf" for _s, rel, _o in facts(records))


def test_the_agency_that_supervises_a_project_is_not_its_partner():
    records = run("UAB „Jūros vėjas“ pradėjo projektą „Vėjo tiltas“. Projektą bendrovė vykdo kartu su partneriais – "
                  "Alytaus rajono savivaldybe. Projekto priežiūrą vykdo Lietuvos verslo paramos agentūra (LVPA).")
    assert ("Vėjo tiltas", "participant", "Alytaus rajono savivaldybė") in facts(records)
    assert not any(rel == "participant" and obj == "Lietuvos verslo paramos agentūra"
                   for _s, rel, obj in facts(records))


def test_the_quoted_name_in_the_genitive_before_its_type_word_is_the_same_cluster():
    records = run("Rudenį klasteris „Gintaro kelias“ surengė mugę. Vėliau Gintaro kelio klasteris tapo tinklo "
                  "„Bitės Europoje“ nariu.")
    cluster = named(records, "Gintaro kelio klasteris", EntityType.ORGANISATION)
    assert "klasteris „Gintaro kelias“" in cluster.names


def test_place_word_and_type_word_alone_are_the_body_named_in_full_before():
    records = run("Forume kalbėjo Upsalos medienos statybos klasterio vadovas Jussi Mäki. 2020 m. klasteris „Pušis“ "
                  "kartu su Upsalos klasteriu vykdė projektą „TreeLink“.")
    cluster = named(records, "Upsalos klasteriu", EntityType.ORGANISATION)
    assert "Upsalos medienos statybos klasterio" in cluster.names


def test_a_body_read_inside_the_page_title_is_the_page_owner():
    title = "AGROTECHNOLOGIJŲ KLASTERIS „SĖJA“"
    records = run(f"{title}\nNaujienos\n\nKlasteris „Sėja“ tapo tinklo „Agro Europe“ nariu.", title=title)
    owners = [e for e in records.entities if e.type is EntityType.ORGANISATION and "Sėja" in e.names]
    assert len(owners) == 1 and any(n.startswith("AGROTECHNOLOGIJŲ") for n in owners[0].names)


# programmes ------------------------------------------------------------------------------

def test_an_action_of_a_programme_in_quotes_is_its_part_and_funds_the_project():
    records = run("Projektas „AquaSkills“ finansuojamas iš Erasmus+ programos veiksmo „Strateginės partnerystės“ "
                  "lėšomis.")
    assert ("Strateginės partnerystės", "partOf", "Erasmus+") in facts(records)
    assert {("AquaSkills", "fundedBy", "Erasmus+"), ("AquaSkills", "fundedBy", "Strateginės partnerystės")} \
        <= facts(records)


def test_a_sub_programme_after_the_programme_in_a_table_row_funds_the_tables_project():
    records = run("Bendrovė pradeda projektą „SoundBridge“.\n\nPrograma | Kūrybiška Europa (Creative Europe), "
                  "paprogramė „Žiniasklaida“\nTrukmė | 2025 m.\n")
    assert ("Žiniasklaida", "partOf", "Creative Europe") in facts(records)


def test_a_programme_named_from_further_left_is_not_read_again_from_a_later_word():
    records = run("Projektas „Žalia pramonė“ finansuojamas iš Europos Sąjungos fondų investicijų programos lėšomis.")
    programmes = [e.label for e in records.entities if e.type is EntityType.PROGRAMME]
    assert not any(label.startswith("Sąjungos") for label in programmes)


def test_lithuanian_names_of_reference_programmes_are_known():
    records = run("Projektas „RiverLink“ finansuojamas programos „Interreg VI-A Latvija–Lietuva“ lėšomis, o jo "
                  "pirmtakas – Nordplus suaugusiųjų švietimo programos projektas „AdultBridge“.")
    labels = {e.label for e in records.entities if e.type is EntityType.PROGRAMME}
    assert {"Interreg Latvia–Lithuania", "Nordplus Adult"} <= labels


# names in lists --------------------------------------------------------------------------

def test_an_original_name_and_country_in_brackets_in_a_partner_cell_are_not_part_of_the_name():
    records = run("Šokio klasteris „Judesys“ pradeda projektą „DanceLab“.\n\nKoordinatorius | Judesys\nPartneriai | "
                  "Pärnu muusikakool (Pärnu Muusikakool Kunst, Estija); Kauno šokio teatras\n")
    school = named(records, "Pärnu Muusikakool Kunst", EntityType.ORGANISATION)
    assert school.label == "Pärnu muusikakool" and values(records, school, AttributeName.COUNTRY) == {"EE"}


def test_a_name_cut_at_a_lowercase_word_is_the_body_with_the_longer_name():
    records = run("Šokio klasteris „Judesys“ pradeda projektą „DanceLab“.\n\nKoordinatorius | "
                  "Tallinna garso centras (Tallinna Heli stuudio), Estija\nTrukmė | 2025 m.\n\nThe DanceLab project is coordinated by "
                  "Tallinna Heli stuudio, with partners from Lithuania.", language="mul")
    bodies = [e for e in records.entities if e.type is EntityType.ORGANISATION and any("Tallinna" in n for n in e.names)]
    assert len(bodies) == 1


# partners, funding and kin ---------------------------------------------------------------

def test_partners_listed_after_kartu_su_partneriais_belong_to_the_article_project():
    records = run("Kolegija pradėjo projektą „GreenWeld“. Kartu su partneriais – Estijos Narvos technikos mokykla "
                  "(Narva Tehnikakool) ir UAB „Suvirinimo centras“ – kolegija sukurs kursus.")
    assert {("GreenWeld", "participant", "Narvos technikos mokykla"),
            ("GreenWeld", "participant", "Suvirinimo centras")} <= facts(records)


def test_bodies_taking_part_in_the_consortium_are_participants():
    records = run("Projektui „AquaLoop“ vadovauja Norvegijos klasteris „Blue Nord“, o konsorciume taip pat dalyvauja "
                  "Lenkijos jūrų institutas ir Klaipėdos rajono savivaldybės administracija.")
    found = facts(records)
    assert ("AquaLoop", "participant", "Lenkijos jūrų institutas") in found
    assert any(s == "AquaLoop" and r == "participant" and o.startswith("Klaipėdos rajono savivaldyb")
               for s, r, o in found)


def test_a_body_that_took_part_in_it_as_a_partner_and_its_funding_programme():
    records = run("Tą projektą „AgriNet“, finansuotą iš Nordplus programos, koordinavo Tartu kolegija, o Šilutės "
                  "technikos mokykla jame dalyvavo kaip partneris.")
    assert {("AgriNet", "participant", "Šilutės technikos mokykla"), ("AgriNet", "fundedBy", "Nordplus")} \
        <= facts(records)


def test_a_project_that_is_its_continuation_is_related_to_the_project_named_before():
    records = run("Asociacija pradeda projektą „HempScale“. 2020–2021 m. asociacija vykdė projektą „HempStart“, o "
                  "„HempScale“ yra jo tęsinys.")
    assert ("HempScale", "relatedProject", "HempStart") in facts(records)


def test_a_sister_project_is_related_to_the_project_of_the_article():
    records = run("Agentūra pradėjo projektą „RiverCare“. Projektas „RiverCare“ truks dvejus metus.\n\n"
                  "Estijoje startavo sesers projektas „Jõgi Hoolib“.")
    assert ("Jõgi Hoolib", "relatedProject", "RiverCare") in facts(records)


def test_a_summer_school_is_an_event_word_not_a_school():
    records = run("Liepą vyks vasaros mokykla „Dirvožemio dienos 2025“.")
    assert not any(e.type is EntityType.ORGANISATION for e in records.entities)


def test_an_original_name_of_the_same_kind_in_brackets_is_the_same_body():
    records = run("Kartu dirbs Latvijos miškų institutas (Forest Research Institute of Latvia).")
    assert len([e for e in records.entities if e.type is EntityType.ORGANISATION]) == 1


def test_an_association_with_its_cluster_in_brackets_stays_two_bodies():
    records = run("Dalyvavo Lietuvos maisto pramonės asociacija (Maisto inovacijų klasteris).")
    assert len([e for e in records.entities if e.type is EntityType.ORGANISATION]) == 2


# bare type words and units ---------------------------------------------------------------

def test_a_title_after_a_bare_unit_word_names_the_unit_named_before():
    records = run("Nemuno kolegijos Chemijos fakultetas pradeda projektą „LabNet“. „Tai svarbu“, – sako fakulteto "
                  "dekanė dr. Jurgita Vaitkienė.")
    assert any(p == "Jurgita Vaitkienė" and r == "affiliation" and o.endswith("Chemijos fakultetas")
               for p, r, o in facts(records))


def test_a_bare_body_word_without_a_subtype_refers_to_the_body_with_that_word():
    records = run("VšĮ „Alytaus verslo inkubatorius“ pradėjo projektą „AgroHub“. Inkubatorius yra Lietuvos inovacijų "
                  "centrų asociacijos (LICA) narys.")
    assert ("Alytaus verslo inkubatorius", "memberOf", "Lietuvos inovacijų centrų asociacija") in facts(records)


def test_a_unit_after_its_parents_acronym_is_its_part_and_the_unit_named_alone():
    records = run("Forumą surengė Klaipėdos universiteto Jūros fakultetu kartu su klasteriu. Memorandumą pasirašė "
                  "ir KU Jūros fakultetas – su VDA Dizaino fakultetu.")
    faculty = named(records, "Jūros fakultetas", EntityType.ORGANISATION)
    assert "KU Jūros fakultetas" in faculty.names
    design = named(records, "Dizaino fakultetu", EntityType.ORGANISATION)
    assert "VDA Dizaino fakultetu" in design.names


def test_a_unit_after_the_parents_genitive_name_and_acronym_is_its_part():
    records = run("Šiaulių akademijos (ŠA) Gamtos mokslų fakultetas koordinuoja projektą „BioKids“.")
    assert ("Gamtos mokslų fakultetas", "partOf", "Šiaulių akademija") in facts(records)


def test_a_bodys_own_unit_and_a_unit_in_a_body_named_by_its_locative():
    records = run("Kėdainių rajono savivaldybė pradeda projektą „CleanRiver“. Projekte savivaldybė pasitelks ir savo "
                  "Aplinkosaugos skyrių. Savivaldybėje už ryšius atsakingas Komunikacijos skyrius.")
    found = facts(records)
    assert ("Aplinkosaugos skyrius", "partOf", "Kėdainių rajono savivaldybė") in found
    assert ("Komunikacijos skyrius", "partOf", "Kėdainių rajono savivaldybė") in found


# dates -----------------------------------------------------------------------------------

def dated(text: str) -> DocumentRecords:
    return run(text, issued=dt.date(2026, 3, 10))


def test_the_years_of_a_programme_are_not_the_projects():
    records = dated("Projektas „SunRoof“ finansuojamas iš 2021–2027 m. Europos Sąjungos fondų investicijų programos "
                    "lėšomis.")
    assert values(records, named(records, "SunRoof", EntityType.PROJECT), AttributeName.START_DATE) == set()


def test_a_relative_start_date_before_the_subject_and_an_end_it_must_be_finished_by():
    import datetime as dt

    records = dated("Praėjusių metų rugsėjo 1 d. VšĮ „Žalias miestas“ pradėjo įgyvendinti projektą „SunRoof“. "
                    "Projektas turi būti baigtas iki 2028 m. birželio 30 d.")
    project = named(records, "SunRoof", EntityType.PROJECT)
    assert values(records, project, AttributeName.START_DATE) == {dt.date(2025, 9, 1)}
    assert values(records, project, AttributeName.END_DATE) == {dt.date(2028, 6, 30)}


def test_a_project_that_will_start_next_year():
    import datetime as dt

    records = dated("Projektas „SunRoof“ prasidės kitų metų vasario 1 d.")
    assert values(records, named(records, "SunRoof", EntityType.PROJECT), AttributeName.START_DATE) == \
        {dt.date(2027, 2, 1)}


# events ----------------------------------------------------------------------------------

def test_registered_bodies_attend_and_a_speakers_body_after_its_original_name():
    records = run("Gegužės 5 d. vyks seminaras „Vandens dienos 2026“. Jį rengia agentūra kartu su Utenos rajono "
                  "savivaldybe. Dalyvauti jau užsiregistravo UAB „Švarus vanduo“ ir AB „Upės energija“, o patirtimi "
                  "dalinsis Suomijos Oulu vandens centro (Oulu Water Centre) atstovas Mikko Laine.")
    found = facts(records)
    assert {("Vandens dienos 2026", "attendee", "Švarus vanduo"), ("Vandens dienos 2026", "attendee", "Upės energija"),
            ("Vandens dienos 2026", "attendee", "Oulu Water Centre")} <= found


def test_the_body_before_surenge_kartu_su_organised_the_event_too():
    records = run("Vakar vyko forumas „Šilko kelias 2026“, kurį tekstilės klasteris „Verpstė“ surengė kartu su "
                  "Kauno kolegijos Dizaino fakultetu.")
    found = facts(records)
    assert ("Šilko kelias 2026", "organiser", "Verpstė") in found
    assert any(s == "Šilko kelias 2026" and r == "organiser" and "Dizaino fakultet" in o for s, r, o in found)


# Latvian names ---------------------------------------------------------------------------

def test_a_latvian_planning_region_named_in_lithuanian_news_coordinates_and_is_in_latvia():
    records = run("Latvijoje startavo projektas „BorderBee“, kurį koordinuoja Vidzemes plānošanas reģions, o jame "
                  "dalyvauja ir Valmieras biznesa inkubators.")
    region = named(records, "Vidzemes plānošanas reģions", EntityType.ORGANISATION)
    assert region.subtype == "PublicAuthority" and values(records, region, AttributeName.COUNTRY) == {"LV"}
    assert ("BorderBee", "coordinator", "Vidzemes plānošanas reģions") in facts(records)
    incubator = named(records, "Valmieras biznesa inkubators", EntityType.ORGANISATION)
    assert values(records, incubator, AttributeName.COUNTRY) == {"LV"}


def test_a_lithuanian_cluster_is_not_read_as_latvian():
    records = run("Praėjusių metų gruodį klasteris „Pienas“ tapo asociacijos nariu.")
    assert all(values(records, e, AttributeName.COUNTRY) != {"LV"} for e in records.entities)


def test_an_associated_partner_that_became_one_and_an_acronym_taking_part_as_partner():
    records = run("Alytaus kolegija (AK) pradeda projektą „FoodSkills“. Asocijuotuoju partneriu tapo Lietuvos pieno "
                  "perdirbėjų asociacija. Kolegija remiasi projekto „DairyNet“ patirtimi. Tą projektą koordinavo Tartu "
                  "kolegija, o AK jame dalyvavo kaip partneris.")
    found = facts(records)
    assert ("FoodSkills", "participant", "Lietuvos pieno perdirbėjų asociacija") in found
    assert ("DairyNet", "participant", "Alytaus kolegija") in found


# membership ------------------------------------------------------------------------------

def test_a_body_taking_part_in_a_clusters_activities_as_its_member():
    records = run("Nemuno kolegijos Statybos fakultetas nuo 2021 m. dalyvauja Lietuvos statybos inovacijų klasterio "
                  "veikloje kaip jo narys.")
    assert any(r == "memberOf" and o == "Lietuvos statybos inovacijų klasteris" and "Statybos fakultetas" in s
               for s, r, o in facts(records))


def test_bodies_that_became_new_members_of_the_cluster_named_before():
    records = run("Klasteris „Medžio kelias“ auga. Klasterį administruoja VšĮ „Miško verslas“, o UAB „Lentos“ ir "
                  "VšĮ „Drožlė“ šiais metais tapo naujomis klasterio narėmis.")
    found = facts(records)
    assert {("Lentos", "memberOf", "Medžio kelias"), ("Drožlė", "memberOf", "Medžio kelias")} <= found


# people ----------------------------------------------------------------------------------

def test_a_lecturer_named_with_latvian_letters_after_his_college():
    records = run("Seminare pranešimą skaitė Liepojos jūrų kolegijos dėstytojas Kārlis Bērziņš.")
    assert ("Kārlis Bērziņš", "affiliation", "Liepojos jūrų kolegija") in facts(records)


def test_a_rector_named_alone_works_for_the_university_of_the_article():
    records = run("Vakar Šiaulių universitetas pasirašė sutartį su miestu. Rektorius prof. Petras Kazlauskas ją "
                  "vadina svarbia.")
    assert ("Petras Kazlauskas", "affiliation", "Šiaulių universitetas") in facts(records)


def test_case_forms_of_a_name_without_a_type_word_are_its_mentions():
    records = run("Kūrybinių industrijų klasteris „Jūros vartai“ auga. Jūros vartų vadovė Rūta Petraitienė primena apie "
                  "renginį.")
    cluster = named(records, "Jūros vartai", EntityType.ORGANISATION)
    assert ("Rūta Petraitienė", "affiliation", cluster.label) in facts(records)


def test_an_english_original_name_after_a_country_word_in_brackets_is_the_same_body():
    records = run("Konsorciume taip pat dalyvauja Latvijos miškų institutas (Latvian Forest Institute) ir miestas.")
    assert len([e for e in records.entities if e.type is EntityType.ORGANISATION]) == 1


def test_an_acronym_of_a_bodys_initials_and_a_bare_word_after_su_are_two_parties():
    records = run("VšĮ „Utenos verslo inkubatorius“ plečiasi. Jai padeda Vilniaus technologijų universiteto "
                  "mokslininkai – su VTU inkubatorius 2024 m. pasirašė bendradarbiavimo sutartį.")
    assert not any(e.label.startswith("VTU") for e in records.entities)
    found = facts(records)
    assert ("Utenos verslo inkubatorius", "cooperatesWith", "Vilniaus technologijų universitetas") in found or \
        ("Vilniaus technologijų universitetas", "cooperatesWith", "Utenos verslo inkubatorius") in found


def test_an_event_held_yesterday_is_dated_the_day_before_the_article():
    import datetime as dt

    records = dated("Vakar Panevėžyje vyko antrasis Aukštaitijos verslo forumas (AVF 2026).")
    forum = named(records, "Aukštaitijos verslo forumas", EntityType.EVENT)
    assert values(records, forum, AttributeName.START_DATE) == {dt.date(2026, 3, 9)}


def test_the_body_that_carries_out_the_project_with_partners_leads_it():
    records = run("VšĮ „Biržų verslo centras“ pradėjo projektą „FlaxValue“. Projektą centras vykdo kartu su "
                  "partneriais – Biržų rajono savivaldybės administracija ir UAB „Linas“.")
    found = facts(records)
    assert ("FlaxValue", "coordinator", "Biržų verslo centras") in found
    assert ("FlaxValue", "participant", "Linas") in found


def test_a_unit_of_a_lithuanian_university_is_in_lithuania():
    records = run("Klaipėdos universiteto (KU) Jūrų technologijų fakultetas koordinuoja projektą „SeaSkills“.")
    faculty = named(records, "Jūrų technologijų fakultetas", EntityType.ORGANISATION)
    assert values(records, faculty, AttributeName.COUNTRY) == {"LT"}


def test_bodies_that_then_carried_out_the_earlier_project_and_its_funding():
    records = run("„AquaNext“ tęsia 2020 m. vykdyto projekto „AquaFirst“ darbus. Tada VšĮ „Dzūkijos vanduo“ "
                  "kartu su Estijos klasteriu „Vesi“ „Interreg Europe“ lėšomis išbandė filtrus.")
    found = facts(records)
    assert ("AquaFirst", "participant", "Dzūkijos vanduo") in found
    assert ("AquaFirst", "participant", "Vesi") in found


def test_a_body_that_also_belongs_to_a_platform_is_its_member():
    records = run("VšĮ „Kėdainių mokslo parkas“ yra Lietuvos mokslo parkų asociacijos narys, o nuo pernai priklauso ir "
                  "Europos žiedinės ekonomikos platformai „CircLab Europe“.")
    platform = named(records, "CircLab Europe", EntityType.ORGANISATION)
    assert platform.subtype == "Network"
    assert ("Kėdainių mokslo parkas", "memberOf", platform.label) in facts(records)


def test_a_second_pair_signing_after_o_and_a_dash_cooperates_too():
    records = run("Forume klasteris „Linas“ pasirašė bendradarbiavimo sutartį su klasteriu „Kanapė“, o Šiaulių "
                  "akademijos Menų fakultetas – su Liepojos universiteto Dizaino fakultetu dėl praktikų.")
    assert any(r == "cooperatesWith" and "Menų fakultet" in s and "Dizaino fakultet" in o for s, r, o in facts(records))


def test_an_action_after_a_quoted_programme_name_is_its_part():
    records = run("Projektas „SoilNet“ finansuojamas iš programos „Horizontas Europa“ veiksmo „Teaming“.")
    assert any(r == "partOf" and s == "Teaming" for s, r, _o in facts(records))


def test_roles_said_of_a_body_in_the_projects_sentence():
    found = facts(run("Projektą „HerbNet“ pradėjo UAB „Žolė“. Asociacija „Vaistažolės“ – vienas iš projekto "
                      "partnerių. Marijampolės kolegija yra projekto koordinatorė. Projekte „HerbNet“ partnerio "
                      "teisėmis dalyvauja Vytauto Didžiojo universitetas."))
    assert {("HerbNet", "participant", "Vaistažolės"), ("HerbNet", "coordinator", "Marijampolės kolegija"),
            ("HerbNet", "participant", "Vytauto Didžiojo universitetas")} <= found
    lead = facts(run("Pagrindinis projekto „HerbNet“ partneris – Alytaus kolegija."))
    assert ("HerbNet", "coordinator", "Alytaus kolegija") in lead


def test_a_person_who_is_the_project_coordinator_is_no_coordinating_body():
    found = facts(run("Projektą „HerbNet“ pradėjo UAB „Žolė“. Jonas Jonaitis yra projekto koordinatorius."))
    assert not any(r == "coordinator" for _s, r, _o in found)


def test_new_members_named_after_the_cluster_and_a_sequel_of_a_named_project():
    found = facts(run("Klasterio „Akmuo“ nariais tapo UAB „Granitas“ ir UAB „Skalda“."))
    assert {("Granitas", "memberOf", "Akmuo"), ("Skalda", "memberOf", "Akmuo")} <= found
    sequel = facts(run("Projektas „StoneTwo“ yra ankstesnio projekto „StoneOne“ tęsinys."))
    assert ("StoneTwo", "relatedProject", "StoneOne") in sequel


def test_representatives_of_two_bodies_joined_by_ir_both_attend():
    found = facts(run("Birželio 5 d. vyko konferencija „Upių dienos 2026“. Konferencijoje pranešimus skaitė Vytauto "
                      "Didžiojo universiteto ir UAB „Srovė“ atstovai."))
    assert {("Upių dienos 2026", "attendee", "Vytauto Didžiojo universitetas"),
            ("Upių dienos 2026", "attendee", "Srovė")} <= found


def test_labelled_project_period_end_and_a_budget_in_mln_eur():
    import datetime as dt

    records = dated("Projekto „MarineLab“ įgyvendinimo laikotarpis – 2025-02-01–2027-01-31. Projekto „MarineLab“ "
                    "biudžetas – 2,4 mln. Eur. Projekto „SeaDay“ pabaiga – 2026 m. spalio 15 d.")
    lab = named(records, "MarineLab", EntityType.PROJECT)
    assert values(records, lab, AttributeName.START_DATE) == {dt.date(2025, 2, 1)}
    assert values(records, lab, AttributeName.END_DATE) == {dt.date(2027, 1, 31)}
    assert values(records, lab, AttributeName.BUDGET) == {Decimal("2400000")}
    day = named(records, "SeaDay", EntityType.PROJECT)
    assert values(records, day, AttributeName.END_DATE) == {dt.date(2026, 10, 15)}


def test_a_verb_opening_the_sentence_is_no_part_of_the_name_after_it():
    records = run("Pranešimą skaitė doktorantė Eglė Žukaitė. Kalbėjo Marius Vaitkus (Alytaus kolegija).")
    assert ("Marius Vaitkus", "affiliation", "Alytaus kolegija") in facts(records)


def test_a_college_named_in_the_instrumental_with_an_ine_adjective_co_organises():
    records = run("Spalio 3 d. vyks seminaras „Jūros amatai 2026“, kurį organizuoja klasteris „Burė“ kartu su Šiaulių "
                  "valstybine kolegija.")
    college = named(records, "Šiaulių valstybine kolegija", EntityType.ORGANISATION)
    assert ("Jūros amatai 2026", "organiser", college.label) in facts(records)


def test_the_closing_conference_of_a_project_is_part_of_it():
    found = facts(run("Lapkričio 4 d. vyko projekto „HempLoop“ tarptautinė baigiamoji konferencija „Kanapių ateitis "
                      "2026“."))
    assert ("Kanapių ateitis 2026", "partOf", "HempLoop") in found


def test_a_project_implemented_under_a_programme_or_granted_its_support_is_funded_by_it():
    assert ("FishNet", "fundedBy", "Interreg Latvia–Lithuania") in facts(
        run("Projektas „FishNet“ įgyvendinamas pagal Interreg Latvijos ir Lietuvos programą."))
    assert ("FishNet", "fundedBy", "Erasmus+") in facts(run("Projektui „FishNet“ skirta „Erasmus+“ programos parama."))


def test_an_agreement_concluded_and_membership_of_a_confederation():
    assert ("Ąžuolas", "cooperatesWith", "Utenos kolegija") in facts(
        run("Klasteris „Ąžuolas“ sudarė bendradarbiavimo sutartį su Utenos kolegija."))
    assert ("Ąžuolas", "memberOf", "Lietuvos verslo konfederacija") in facts(
        run("Klasteris „Ąžuolas“ yra Lietuvos verslo konfederacijos narys."))


def test_kartu_su_opening_the_sentence_names_partners_too():
    found = facts(run("Kartu su Marijampolės kolegija ir UAB „Grūdai“ klasteris „Varpa“ įgyvendina projektą „GrainUp“."))
    assert {("GrainUp", "participant", "Marijampolės kolegija"), ("GrainUp", "participant", "Grūdai"),
            ("GrainUp", "participant", "Varpa")} <= found


def test_latvian_and_estonian_legal_forms_and_a_latvian_association_before_quoted_names():
    records = run("Projekte dalyvauja Latvijos bendrovė SIA „Meža Koks“, Estijos įmonė OÜ „Metsapuu“ ir Latvijos "
                  "organizacija biedrība „Zaļais ceļš“.")
    names = {e.label for e in records.entities if e.type is EntityType.ORGANISATION}
    assert names == {"Meža Koks", "Metsapuu", "Zaļais ceļš"}
    association = named(records, "Zaļais ceļš", EntityType.ORGANISATION)
    assert association.subtype == "Association" and values(records, association, AttributeName.COUNTRY) == {"LV"}


def test_a_season_of_last_year_and_a_month_two_years_ago():
    autumn = dated("Projektas „HopField“ prasidėjo pernai rudenį.")
    assert values(autumn, named(autumn, "HopField", EntityType.PROJECT), AttributeName.START_DATE) == {"2025"}
    older = dated("Projektas „HopField“ prasidėjo užpernai spalį.")
    assert values(older, named(older, "HopField", EntityType.PROJECT), AttributeName.START_DATE) == {"2024-10"}
