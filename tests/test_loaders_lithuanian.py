"""Lithuanian patterns on invented sentences: names in their case forms, legal forms, quoted names,
people, relations stated in Lithuanian prose, dates, money and places."""

from __future__ import annotations

from innograph.graph import AttributeName, Document, DocumentRecords, EntityType
from innograph.loaders import extract
from _extraction import named, labels, facts, values
from _extraction import run as _run


def run(text: str, language: str = "lt", **document) -> DocumentRecords:  # type: ignore[no-untyped-def]
    return _run(text, language, **document)


# names -----------------------------------------------------------------------------------

def test_legal_form_and_quoted_name_is_a_lithuanian_company():
    records = run("Parodoje savo gaminius rodė UAB „Saulės moduliai“ ir VšĮ „Žalias slėnis“. "
                  "Vėliau UAB „Saulės moduliai“ pasirašė sutartį.")
    company = named(records, "Saulės moduliai", EntityType.ORGANISATION)
    assert company.subtype == "Company" and "UAB „Saulės moduliai“" in company.names
    assert values(records, company, AttributeName.COUNTRY) == {"LT"}
    body = named(records, "Žalias slėnis", EntityType.ORGANISATION)
    assert body.subtype == "NonProfit" and values(records, body, AttributeName.COUNTRY) == {"LT"}


def test_unquoted_legal_form_in_english_text_joins_the_quoted_name():
    records = run("Dalyvavo UAB „Medžio dirbiniai“.\n\nRepresentatives of UAB Medžio dirbiniai and UAB Lentpjūva "
                  "took part.", language="mul")
    company = named(records, "Medžio dirbiniai", EntityType.ORGANISATION)
    assert "UAB Medžio dirbiniai" in company.names
    assert "Lentpjūva" in labels(records, EntityType.ORGANISATION)
    assert "took part" not in " ".join(labels(records, EntityType.ORGANISATION))


def test_swedish_ab_after_a_name_is_not_a_lithuanian_legal_form():
    records = run("Įmonė AB Volvo Cars dalyvavo.")
    assert not any(values(records, e, AttributeName.COUNTRY) == {"LT"} for e in records.entities)


def test_type_word_before_quoted_name_gives_kind_and_country():
    records = run("Pranešimą skaitė Suomijos klasterio „Oulu Wood Tech“ vadovas Mikko Laine. "
                  "Vėliau klasteris „Oulu Wood Tech“ pristatė naujus narius.")
    cluster = named(records, "Oulu Wood Tech", EntityType.ORGANISATION)
    assert cluster.label == "Oulu Wood Tech" and cluster.subtype == "Cluster"
    assert "Suomijos klasterio „Oulu Wood Tech“" in cluster.names
    assert values(records, cluster, AttributeName.COUNTRY) == {"FI"}
    assert "Suomijos klasteris" not in labels(records, EntityType.ORGANISATION)


def test_typed_name_before_quoted_short_name_is_one_body():
    records = run("Renginyje dalyvavo Lietuvos baldų gamintojų asociacija „LIBAGA“ nariai.")
    body = named(records, "LIBAGA", EntityType.ORGANISATION)
    assert body.label == "Lietuvos baldų gamintojų asociacija"


def test_demonstrative_does_not_start_a_name():
    records = run("Šį Šiaulių regiono plėtros agentūros projektą remia savivaldybė.")
    assert "Šiaulių regiono plėtros agentūra" in labels(records, EntityType.ORGANISATION)
    assert not any(label.startswith("Šį") for label in labels(records, EntityType.ORGANISATION))


def test_heading_that_is_a_common_phrase_is_not_a_name():
    records = run("Kontaktų mugė\n\nAntrąją dieną vyko kontaktų mugė, kurioje susitiko įmonės.")
    assert not labels(records, EntityType.EVENT)


def test_generic_country_and_type_word_is_not_a_name_but_a_proper_one_is():
    records = run("Susitikime kalbėjo Norvegijos klasterio atstovas. Programą remia Europos Komisija.")
    assert "Norvegijos klasteris" not in labels(records, EntityType.ORGANISATION)
    assert "Europos Komisija" in labels(records, EntityType.ORGANISATION)


# people ----------------------------------------------------------------------------------

def test_initial_and_inflected_surname_is_the_person_named_before():
    records = run("Renginį atidarė Panevėžio verslo centro direktorius Vytautas Kairys. "
                  "V. Kairio teigimu, renginys pavyko. Pasak Vytauto Kairio, kitąmet jis vyks vėl.")
    person = named(records, "Vytautas Kairys", EntityType.PERSON)
    assert {"V. Kairio", "Vytauto Kairio"} <= set(person.names)
    assert len(labels(records, EntityType.PERSON)) == 1


def test_name_before_teigimu_is_a_person_with_a_nominative_label():
    records = run("Pasak ekspertų, rinka auga. J. Žemaičio teigimu, tai tik pradžia.")
    assert named(records, "J. Žemaičio", EntityType.PERSON).label == "J. Žemaitis"


def test_academic_title_between_role_and_name():
    records = run("Diskusijoje dalyvavo UAB „Vėjo jėga“ vadovas Tomas Berželis ir "
                  "VšĮ „Jūrinis centras“ direktorė dr. Lina Ąžuolienė.")
    assert facts(records) >= {("Tomas Berželis", "affiliation", "Vėjo jėga"),
                              ("Lina Ąžuolienė", "affiliation", "Jūrinis centras")}
    assert ("Tomas Berželis", "affiliation", "Jūrinis centras") not in facts(records)


# events ----------------------------------------------------------------------------------

_EVENT_NEWS = """2022-05-20

Šiauliuose vyko Šiaurės Lietuvos energetikos forumas

2022 m. gegužės 12–13 d. Šiauliuose vyko renginys „Šiaurės Lietuvos energetikos forumas 2022“. Forumą organizavo \
Šiaulių regiono plėtros agentūra kartu su klasteriu „Saulės slėnis“. Renginyje dalyvavo UAB „Vėjo turbinos“ ir \
Latvijos klasterio „Zemgale Energy“ atstovai.
Suomijos klasterio „Vaasa Power“ projektų vadovė Anna Virtanen pristatė savo patirtį.
Forumas surengtas įgyvendinant projektą „Žalioji energija“ (GREENEN).
"""


def test_event_organisers_attendees_project_and_place():
    records = run(_EVENT_NEWS)
    event = named(records, "Šiaurės Lietuvos energetikos forumas", EntityType.EVENT)
    assert values(records, event, AttributeName.COUNTRY) == {"LT"}
    assert values(records, event, AttributeName.CITY) == {"Šiauliai"}
    found = {(n, o) for s, n, o in facts(records) if s == event.label}
    assert {("organiser", "Šiaulių regiono plėtros agentūra"), ("organiser", "Saulės slėnis")} <= found
    assert {("attendee", "Vėjo turbinos"), ("attendee", "Zemgale Energy"), ("attendee", "Vaasa Power")} <= found
    assert ("attendee", "Saulės slėnis") not in found  # organisers are not repeated as attendees
    assert ("partOf", "GREENEN") in found or ("partOf", "Žalioji energija") in found


def test_organiser_before_the_verb_and_event_referred_to_by_pronoun():
    records = run("Vyko seminaras „Tvarios statybos“. Jį surengė Kauno statybininkų asociacija.")
    assert ("Tvarios statybos", "organiser", "Kauno statybininkų asociacija") in facts(records)


def test_city_in_an_organisation_name_does_not_place_the_event():
    records = run("Vyko seminaras „Jūros technologijos“, kurį organizavo Klaipėdos universitetas.")
    event = named(records, "Jūros technologijos", EntityType.EVENT)
    assert values(records, event, AttributeName.COUNTRY) == set()


# membership and co-operation ---------------------------------------------------------------

def test_cluster_run_by_an_association_and_its_members():
    records = run("Klasterį „Medienos slėnis“ administruoja Dzūkijos miškininkų asociacija. Klasteris vienija "
                  "15 įmonių, tarp jų – UAB „Lentų kalvė“ ir UAB „Baldų namai“. Nuo 2020 m. klasteris yra "
                  "tinklo „Nordic Wood Alliance“ narys.")
    assert facts(records) >= {
        ("Medienos slėnis", "memberOf", "Dzūkijos miškininkų asociacija"),
        ("Lentų kalvė", "memberOf", "Medienos slėnis"),
        ("Baldų namai", "memberOf", "Medienos slėnis"),
        ("Medienos slėnis", "memberOf", "Nordic Wood Alliance"),
    }


def test_association_that_runs_the_cluster_named_after_it():
    records = run("Renginį surengė klasteris „Žalias miestas“ ir asociacija „Tvari aplinka“, kuri administruoja "
                  "klasterį.")
    assert ("Žalias miestas", "memberOf", "Tvari aplinka") in facts(records)
    assert ("Tvari aplinka", "memberOf", "Žalias miestas") not in facts(records)


def test_body_whose_work_an_association_runs_is_its_member():
    records = run("Klasteris „Linų kraštas“ veikia Biržuose. Klasterio veiklą administruoja Biržų linininkų asociacija.")
    assert ("Linų kraštas", "memberOf", "Biržų linininkų asociacija") in facts(records)
    assert ("Biržų linininkų asociacija", "memberOf", "Linų kraštas") not in facts(records)


def test_member_lists_in_plural_feminine_and_singular_with_a_dash():
    records = run("Klasteris „Jūros vartai“ auga. Projekte dalyvaus dvi klasterio narės: UAB „Uosto kranai“ ir "
                  "AB „Laivų dažai“. Patirtimi dalijosi ir kita klasterio narė – UAB „Krantinė“, kuri veikia nuo 2001 m.")
    assert facts(records) >= {("Uosto kranai", "memberOf", "Jūros vartai"), ("Laivų dažai", "memberOf", "Jūros vartai"),
                              ("Krantinė", "memberOf", "Jūros vartai")}


def test_bodies_admitted_into_a_cluster_are_its_members():
    records = run("Klasteris „Saulės slėnis“ auga. Kovo 3 d. į klasterį priimtos UAB „Fotonas“, AB „Stiklo linija“ ir "
                  "Alytaus profesinio rengimo centras. UAB „Vatas“ įstojo į asociaciją „Žalioji energija“.")
    assert facts(records) >= {("Fotonas", "memberOf", "Saulės slėnis"), ("Stiklo linija", "memberOf", "Saulės slėnis"),
                              ("Alytaus profesinio rengimo centras", "memberOf", "Saulės slėnis"),
                              ("Vatas", "memberOf", "Žalioji energija")}


def test_membership_with_an_acronym_after_a_contrastive_clause():
    records = run("Klasterio veiklą administruoja Kauno inžinierių asociacija, o nuo 2019 m. klasteris „Mechatronika“ "
                  "yra tinklo „Nordic Motion Network“ (NMN) narys.")
    assert ("Mechatronika", "memberOf", "Nordic Motion Network") in facts(records)


def test_genitive_in_a_generic_sentence_is_not_a_membership():
    records = run("Klasteris „Saulės energija“ auga. Svarbu, kai klasterio narys gauna naudos.")
    assert not any(n == "memberOf" for _s, n, _o in facts(records))


def test_signed_agreement_between_two_bodies_but_not_with_unnamed_partners():
    records = run("Mugės metu UAB „Vėjo jėga“ ir klasteris „Oulu Wind“ pasirašė bendradarbiavimo sutartį. "
                  "Klasteris „Saulės energija“ ir UAB „Šviesa“ pasirašė susitarimus su partneriais.")
    assert ("Vėjo jėga", "cooperatesWith", "Oulu Wind") in facts(records)
    assert ("Saulės energija", "cooperatesWith", "Šviesa") not in facts(records)


# projects ---------------------------------------------------------------------------------

_PROJECT_NEWS = """2020-06-10

2020 m. birželio 1 d. prasidėjo Alytaus pramonės parko koordinuojamas projektas „Green Factory“, finansuojamas \
pagal „BSR Stars“ programos priemonę „Inovacijų ekspresas“. Projektas vykdomas kartu su Latvijos klasteriu \
„Riga Metal“ ir Estijos įmonių tinklu „Tallinn Makers Network“. Projekto vertė – 1,2 mln. eurų. \
Projektas truks iki 2022 m. gegužės 31 d.
"""


def test_project_roles_funding_budget_and_dates():
    records = run(_PROJECT_NEWS)
    project = named(records, "Green Factory", EntityType.PROJECT)
    found = {(n, o) for s, n, o in facts(records) if s == project.label}
    assert found >= {("coordinator", "Alytaus pramonės parkas"), ("participant", "Riga Metal"),
                     ("participant", "Tallinn Makers Network"), ("fundedBy", "BSR Innovation Express")}
    assert ("fundedBy", "BSR Stars") not in found
    import datetime as dt
    from decimal import Decimal
    assert values(records, project, AttributeName.START_DATE) == {dt.date(2020, 6, 1)}
    assert values(records, project, AttributeName.END_DATE) == {dt.date(2022, 5, 31)}
    assert values(records, project, AttributeName.BUDGET) == {Decimal(1200000)}


def test_projects_partners_carry_it_out_and_funds_of_a_fund():
    records = run("Projektas „Sveiki namai“ (HEALTHHOME) finansuojamas Europos regioninės plėtros fondo lėšomis. "
                  "Šį Utenos kolegijos koordinuojamą projektą kartu su kolegija vykdo VšĮ „Aukštaitijos slėnis“ "
                  "ir Utenos verslo asociacija. Projekto biudžetas – 245 310,50 Eur.")
    project = named(records, "HEALTHHOME", EntityType.PROJECT)
    found = {(n, o) for s, n, o in facts(records) if s == project.label}
    assert found >= {("coordinator", "Utenos kolegija"), ("participant", "Aukštaitijos slėnis"),
                     ("participant", "Utenos verslo asociacija"), ("fundedBy", "European Regional Development Fund")}
    from decimal import Decimal
    assert values(records, project, AttributeName.BUDGET) == {Decimal("245310.50")}


def test_project_implemented_by_two_bodies_has_no_coordinator_from_it():
    records = run("Tai Alytaus verslo centro kartu su Dzūkijos klasteriu „Medis“ įgyvendinamas projektas "
                  "„Miško ateitis“.")
    found = {(n, o) for s, n, o in facts(records) if s == "Miško ateitis"}
    assert found >= {("participant", "Alytaus verslo centras"), ("participant", "Medis")}
    assert not any(n == "coordinator" for n, _o in found)


# both languages ---------------------------------------------------------------------------

def test_lithuanian_and_english_names_of_one_body_in_a_mixed_document():
    text = ("Šiaulių saulės energetikos klasteris / Siauliai Solar Energy Cluster\n\n"
            "Klasteris yra Šiaulių regiono plėtros tarybos narys.\n\n"
            "The cluster is a member of the Siauliai Region Development Council.")
    records = run(text, language="mixed")
    cluster = named(records, "Šiaulių saulės energetikos klasteris", EntityType.ORGANISATION)
    assert "Siauliai Solar Energy Cluster" in cluster.names or cluster.label == "Siauliai Solar Energy Cluster"
    council = named(records, "Šiaulių regiono plėtros tarybos", EntityType.ORGANISATION)  # as written
    assert "Siauliai Region Development Council" in council.names
    assert (cluster.label, "memberOf", council.label) in facts(records)


# dates, money, places, countries -------------------------------------------------------------

def run_dated(text: str, issued, language: str = "lt") -> DocumentRecords:  # type: ignore[no-untyped-def]
    return run(text, language, issued=issued)


def test_relative_lithuanian_dates_count_from_the_documents_date():
    import datetime as dt
    records = run_dated("Praėjusių metų spalį prasidėjęs projektas „Jūros vėjas“ truks iki kitų metų kovo 15 d.",
                        dt.date(2021, 2, 1))
    project = named(records, "Jūros vėjas", EntityType.PROJECT)
    assert values(records, project, AttributeName.START_DATE) == {"2020-10"}
    assert values(records, project, AttributeName.END_DATE) == {dt.date(2022, 3, 15)}


def test_relative_dates_need_the_documents_date():
    from innograph.loaders._lt_dates import find_lt_dates
    assert find_lt_dates("pernai liepą", None) == []
    import datetime as dt
    assert [d.value for d in find_lt_dates("pernai liepą ir šiemet gegužės 5 d.", dt.date(2018, 3, 1))] == \
        ["2017-07", dt.date(2018, 5, 5)]


def test_lithuanian_money_forms():
    from decimal import Decimal
    from innograph.loaders._money import find_money
    assert find_money("– 333 524,80 Eur").amount == Decimal("333524.80")
    assert find_money("1,2 mln. eurų").amount == Decimal(1200000)


def test_lithuanian_city_in_any_case_gives_the_country():
    from innograph.loaders._places import place_of
    assert place_of("Klaipėdoje", locative=True) == ("Klaipėda", "LT")
    assert place_of("Šiauliuose", locative=True) == ("Šiauliai", "LT")
    assert place_of("Taline", locative=True) == ("Talinas", "EE")
    assert place_of("Kauno", locative=True) is None  # "of Kaunas": not where something happens
    assert place_of("Vilnius", locative=True) is None


def test_country_in_a_lithuanian_name_and_lithuanian_bodies_of_lithuanian_news():
    records = run("Vakarų Latvijos verslo asociacija ir Pajūrio žuvininkystės asociacija surengė mugę. "
                  "Renginyje dalyvavo tinklas „Nordic Fish Network“ ir Europos Komisija.")
    assert values(records, named(records, "Vakarų Latvijos verslo asociacija"), AttributeName.COUNTRY) == {"LV"}
    assert values(records, named(records, "Pajūrio žuvininkystės asociacija"), AttributeName.COUNTRY) == {"LT"}
    assert values(records, named(records, "Nordic Fish Network"), AttributeName.COUNTRY) == set()
    assert values(records, named(records, "Europos Komisija"), AttributeName.COUNTRY) == set()


def test_guest_from_a_country_before_a_quoted_cluster():
    records = run("Svečias iš Estijos – klasterio „Narva Tech“ vadovas Jaan Tamm – kalbėjo apie eksportą.")
    assert values(records, named(records, "Narva Tech"), AttributeName.COUNTRY) == {"EE"}


def test_dateline_after_a_section_name_is_the_documents_date(tmp_path):
    import datetime as dt
    from innograph.loaders import read
    path = tmp_path / "naujiena.txt"
    path.write_text("Klasterio naujienos\nNaujienos / News · 2022-04-05\n\nVyko seminaras.\n", encoding="utf-8")
    assert read(path).issued == dt.date(2022, 4, 5)


def test_title_after_a_bare_type_word_is_a_title_at_the_body_the_article_is_about():
    records = run("Klasteris „Saulės slėnis“ auga. Pranešimą skaitė Latvijos klasterio vadovė Anna Berzina. "
                  "„Mes augame“, – sakė klasterio koordinatorė Rūta Vaitienė.")
    assert ("Rūta Vaitienė", "affiliation", "Saulės slėnis") in facts(records)
    assert ("Anna Berzina", "affiliation", "Saulės slėnis") not in facts(records)


def test_unit_named_after_its_parent_is_part_of_it_and_both_took_part():
    records = run("Vyko seminaras „Medžio namai“. Seminare dalyvavo UAB „Sienos“ ir Alytaus kolegijos "
                  "Inžinerijos fakulteto atstovai.")
    unit = named(records, "Inžinerijos fakulteto", EntityType.ORGANISATION)
    assert (unit.label, "partOf", "Alytaus kolegija") in facts(records)
    assert {("Medžio namai", "attendee", unit.label), ("Medžio namai", "attendee", "Alytaus kolegija"),
            ("Medžio namai", "attendee", "Sienos")} <= facts(records)


def test_programme_named_in_lithuanian_funds_a_project():
    records = run("Projekto „Šilti namai“ vertė – 50 000 EUR, iš jų 10 000 EUR – Panevėžio miesto verslo "
                  "skatinimo programos lėšos.")
    programme = named(records, "Panevėžio miesto verslo skatinimo programos", EntityType.PROGRAMME)
    assert programme.label == "Panevėžio miesto verslo skatinimo programa"
    assert ("Šilti namai", "fundedBy", programme.label) in facts(records)


def test_participle_clause_is_not_part_of_a_programme_name():
    records = run("EIT – Europos Komisijos remiama programa, kurios tikslas – jungti mokslą ir verslą.")
    assert not any("remiama" in label for label in labels(records, EntityType.PROGRAMME))


def test_english_fragment_of_a_lithuanian_name_is_folded_into_it():
    text = ("Jį organizavo asociacija „Tvarūs miestai“.\n\n"
            "It was organised by the association Tvarūs miestai and the city.")
    records = run(text, language="mixed")
    body = named(records, "Tvarūs miestai", EntityType.ORGANISATION)
    assert body.label == "Tvarūs miestai"
    assert "Tvarūs" not in labels(records, EntityType.ORGANISATION)


# an own news item (tests/data/konferencija_lt.txt), written for these tests ---------------------

def _conference() -> DocumentRecords:
    from pathlib import Path

    from innograph.loaders import read
    return extract(read(Path(__file__).parent / "data" / "konferencija_lt.txt"))


def test_own_conference_news_entities():
    records = _conference()
    assert {"Žalias taškas", "Panevėžio energija", "Aukštaitijos mokslo parkas", "Lahti Circular Oy",
            "Pomorskie Plastics", "EuPlastNet", "Tartu universitetas",
            "Panevėžio prekybos, pramonės ir amatų rūmai"} <= labels(records, EntityType.ORGANISATION)
    assert {"Rytis Kairys", "Eglė Jonaitienė", "Mikko Virtanen", "Ilze Ozola"} == labels(records, EntityType.PERSON)
    assert "E. Jonaitienės" in named(records, "Eglė Jonaitienė").names
    assert values(records, named(records, "Lahti Circular Oy"), AttributeName.COUNTRY) == {"FI"}
    assert values(records, named(records, "Tartu universitetas"), AttributeName.COUNTRY) == set()


def test_own_conference_news_relations():
    import datetime as dt
    records = _conference()
    event = "Žiedinė ekonomika regionuose 2023"
    assert facts(records) >= {
        (event, "organiser", "Panevėžio prekybos, pramonės ir amatų rūmai"),
        (event, "partOf", "CircuPlast"),
        (event, "attendee", "Lahti Circular Oy"), (event, "attendee", "Žalias taškas"),
        ("CircuPlast", "coordinator", "Panevėžio prekybos, pramonės ir amatų rūmai"),
        ("CircuPlast", "participant", "Tartu universitetas"),
        ("CircuPlast", "fundedBy", "European Regional Development Fund"),
        ("Rytis Kairys", "affiliation", "Panevėžio miesto savivaldybė"),
        ("Mikko Virtanen", "affiliation", "Lahti Circular Oy"),
    }
    cluster = named(records, "PlastLoop").label
    assert {(cluster, "memberOf", "EuPlastNet"), (cluster, "cooperatesWith", "Pomorskie Plastics")} <= facts(records)
    assert ("EuPlastNet", "cooperatesWith", "Pomorskie Plastics") not in facts(records)
    project = named(records, "CircuPlast")
    assert values(records, project, AttributeName.START_DATE) == {"2022-01"}
    assert values(records, project, AttributeName.END_DATE) == {"2024-06"}
    assert values(records, named(records, event), AttributeName.START_DATE) == {dt.date(2023, 11, 16)}


def test_organisers_after_a_dash_members_list_units_and_centres_at_a_university():
    records = run("Vyko forumas „Kūrybos dienos“. Renginio organizatoriai – Kauno prekybos rūmai ir klasteris "
                  "„Medis“. Klasterio „Medis“ nariai: UAB „Lenta“, UAB „Kėdė“ ir Kauno kolegija. "
                  "Inovacijų centras prie Vilniaus universiteto dirba nuo 2015 m. "
                  "Technologijų parkas yra Kauno kolegijos padalinys.")
    assert facts(records) >= {
        ("Kūrybos dienos", "organiser", "Kauno prekybos rūmai"), ("Kūrybos dienos", "organiser", "Medis"),
        ("Lenta", "memberOf", "Medis"), ("Kėdė", "memberOf", "Medis"), ("Kauno kolegija", "memberOf", "Medis"),
        ("Inovacijų centras", "partOf", "Vilniaus universitetas"),
        ("Technologijų parkas", "partOf", "Kauno kolegija"),
    }


def test_person_who_represented_a_body():
    records = run("Forume klasteriui „Akmuo“ atstovavo Ona Jonaitienė.")
    assert ("Ona Jonaitienė", "affiliation", "Akmuo") in facts(records)


def test_cluster_coordinated_by_an_association_but_not_a_project():
    records = run("Klasterį „Medis“ koordinuoja Dzūkijos medienos asociacija. "
                  "Projektą „Miško kelias“ koordinuoja klasteris „Akmuo“.")
    assert ("Medis", "memberOf", "Dzūkijos medienos asociacija") in facts(records)
    assert ("Miško kelias", "coordinator", "Akmuo") in facts(records)
    assert not any(s == "Miško kelias" and n == "memberOf" for s, n, _o in facts(records))


def test_unquoted_company_name_goes_on_over_lowercase_lithuanian_words_only():
    records = run("Among the guests UAB Medžio linija, UAB Stiklo meistrai and UAB Langas was seen.",
                  language="en")
    assert {"Medžio linija", "Stiklo meistrai", "Langas"} <= labels(records, EntityType.ORGANISATION)
    assert not any("was" in label or "and" in label for label in labels(records, EntityType.ORGANISATION))


def test_body_with_a_comma_in_its_name_before_a_title():
    records = run("Renginyje kalbėjo Mokslo, verslo ir inovacijų departamento vadovė Rūta Kairienė iš Rygos.")
    assert ("Rūta Kairienė", "affiliation", "Mokslo, verslo ir inovacijų departamentas") in facts(records)


def test_event_place_from_the_next_sentence_and_an_event_a_programme_initiates():
    records = run("Gegužės 5 d. įvyko forumas „Jūros verslas 2022“. Į Klaipėdą susirinko 300 dalyvių. "
                  "Vyko Interreg Europe inicijuojamas seminaras „Žalieji uostai“.")
    forum = named(records, "Jūros verslas 2022", EntityType.EVENT)
    assert values(records, forum, AttributeName.COUNTRY) == {"LT"}
    assert ("Žalieji uostai", "partOf", "Interreg Europe") in facts(records)


def test_both_sides_of_kartu_su_carry_out_a_project_and_an_academic_title_names_a_person():
    records = run("Šiaulių universiteto Fizikos institutas kartu su UAB „Lazeriai“ pradeda projektą „LaserLink“. "
                  "Projektui vadovauja prof. Antanas Žilinskas.")
    found = {(n, o) for s, n, o in facts(records) if s == "LaserLink"}
    assert {("participant", "Lazeriai"), ("participant", "Šiaulių universiteto Fizikos institutas")} <= found
    assert "Antanas Žilinskas" in labels(records, EntityType.PERSON)
    assert not any(n == "coordinator" for n, _o in found)  # a person leads it, not a body


def test_passive_organisers_and_active_funding():
    records = run("Vyko Klaipėdos verslo asociacijos kartu su klasteriu „Medis“ organizuojamas forumas „Jūros dienos“. "
                  "Projektą „Jūros kelias“ finansuoja Interreg Europe. "
                  "Projektas „Upė“ gavo finansavimą iš Europos regioninės plėtros fondo.")
    assert facts(records) >= {
        ("Jūros dienos", "organiser", "Klaipėdos verslo asociacija"), ("Jūros dienos", "organiser", "Medis"),
        ("Jūros kelias", "fundedBy", "Interreg Europe"),
        ("Upė", "fundedBy", "European Regional Development Fund"),
    }
    assert not any(label.startswith("Vyko") for label in labels(records, EntityType.ORGANISATION))


def test_page_date_after_a_menu_and_breadcrumb_with_a_section_after_it(tmp_path):
    from innograph.loaders import read

    path = tmp_path / "naujiena.txt"
    path.write_text("RASEINIŲ VERSLO CENTRAS\nApie | Paslaugos | Naujienos\nNaujienos / Renginiai\n\n"
                    "2020 m. spalio 9 d. | Naujienos, Verslui\n\nCentras pernai gruodį atidarė dirbtuves.\n",
                    encoding="utf-8")
    import datetime as dt

    assert read(path).issued == dt.date(2020, 10, 9)


# project ties ------------------------------------------------------------------------------

def test_programme_named_before_the_project_funds_it():
    records = run("Centras dalyvavo Interreg Europe projekte „SeaLink“. Universitetas vykdo „Erasmus+“ projektą "
                  "„EduWave“. Prasidėjo COSME programos finansuojamas projektas „TradeUp Baltic“.")
    assert facts(records) >= {("SeaLink", "fundedBy", "Interreg Europe"), ("EduWave", "fundedBy", "Erasmus+"),
                              ("TradeUp Baltic", "fundedBy", "COSME")}


def test_project_that_continues_or_builds_on_another_is_related_to_it():
    records = run("Projektas „MarTech“ truks dvejus metus. „MarTech“ tęsia 2018 m. įgyvendinto projekto „SeaSkills“ "
                  "darbus.\n\nProjektas „AgroLink“ prasidėjo. Projektas remiasi Nordplus projekto „FarmNet“ "
                  "(2016–2018) patirtimi.")
    assert facts(records) >= {("MarTech", "relatedProject", "SeaSkills"), ("AgroLink", "relatedProject", "FarmNet")}
    assert values(records, named(records, "SeaSkills"), AttributeName.START_DATE) == {"2018"}
    assert values(records, named(records, "FarmNet"), AttributeName.END_DATE) == {"2018"}


def test_bodies_that_take_part_in_a_project_are_its_participants():
    records = run("Prasidėjo projektas „DigiFarm“, kuriame dalyvauja ir klasteris „Agro inovacijos“. "
                  "Projekte dalyvaus trys įmonės: UAB „Pievų pienas“, AB „Grūdų linija“ ir UAB „Agrodata“.")
    assert {o for s, n, o in facts(records) if s == "DigiFarm" and n == "participant"} >= {
        "Agro inovacijos", "Pievų pienas", "Grūdų linija", "Agrodata"}


def test_partner_of_the_project_named_before_in_the_paragraph_with_its_years():
    records = run("Projektas „Kaimo centrai“ tęsis iki 2025 m.\n\nVėliau minėtas ir Interreg projektas „RuralNet“. "
                  "Utenos rajono savivaldybė 2017–2020 m. buvo šio projekto partnerė. Projektą koordinavo "
                  "Airijos organizacija „West Rural Agency“.")
    rural = named(records, "RuralNet")
    assert ("RuralNet", "participant", "Utenos rajono savivaldybė") in facts(records)
    assert ("RuralNet", "coordinator", "West Rural Agency") in facts(records)
    assert ("Kaimo centrai", "coordinator", "West Rural Agency") not in facts(records)
    assert values(records, rural, AttributeName.START_DATE) == {"2017"}


def test_coordinator_is_the_nominative_body_and_the_one_that_starts_implementing_takes_part():
    records = run("Molėtų rajono savivaldybė pradeda įgyvendinti projektą „Ežerų kraštas“. Projektą koordinuoja "
                  "savivaldybės įsteigta VšĮ „Molėtų turizmo centras“. Vilniaus kolegija (VK) pradėjo koordinuoti "
                  "projektą „SkillBridge“.")
    assert facts(records) >= {("Ežerų kraštas", "coordinator", "Molėtų turizmo centras"),
                              ("Ežerų kraštas", "participant", "Molėtų rajono savivaldybė"),
                              ("SkillBridge", "coordinator", "Vilniaus kolegija")}
    assert ("Ežerų kraštas", "coordinator", "Molėtų rajono savivaldybė") not in facts(records)


def test_co_organiser_of_an_event_is_no_project_partner():
    records = run("Projektas „SeaFood Lab“ prasidėjo. Projekto rezultatai bus pristatyti renginyje, kurį organizuoja "
                  "klasteris „Jūros gėrybės“ kartu su Palangos miesto savivaldybe.")
    assert ("SeaFood Lab", "participant", "Palangos miesto savivaldybė") not in facts(records)


def test_project_period_and_relative_start_after_the_verb():
    document = Document("t", "t.txt", "Projektas „GreenPort“ vykdomas 2021 m. kovo 1 d.–2023 m. vasario 28 d.\n"
                        "Projektas „BlueNet“ prasidėjo praėjusių metų spalį.", "lt", "0" * 64, "text/plain", "utf-8",
                        issued=__import__("datetime").date(2024, 5, 2))
    records = extract(document)
    port, blue = named(records, "GreenPort"), named(records, "BlueNet")
    dates = (values(records, port, AttributeName.START_DATE), values(records, port, AttributeName.END_DATE))
    assert {str(d) for d in dates[0]} == {"2021-03-01"} and {str(d) for d in dates[1]} == {"2023-02-28"}
    assert values(records, blue, AttributeName.START_DATE) == {"2023-10"}
    assert not any(a.name is AttributeName.ACRONYM and a.value.startswith("20") for a in records.attributes)


# events named after a dash or heading a list item ---------------------------------------------

def test_event_named_after_a_dash_with_its_organisers_and_case_forms():
    records = run("Artimiausias klasterio renginys – „Lazerių diena 2025“, kuri vyks gegužės 8 d. Kaune. Renginį organizuoja "
                  "klasteris „Fotonika LT“ kartu su Kauno mokslo parku.\n\n"
                  "Pirmasis projekto renginys – Alytaus verslo savaitė 2024 – vyks spalio 7–11 d. Alytaus verslo "
                  "savaitėje dalyvaus Alytaus kolegijos studentai.")
    assert {"Lazerių diena 2025", "Alytaus verslo savaitė 2024"} <= labels(records, EntityType.EVENT)
    assert "Alytaus verslo savaitėje" in named(records, "Alytaus verslo savaitė 2024").names
    assert facts(records) >= {("Lazerių diena 2025", "organiser", "Fotonika LT"),
                              ("Lazerių diena 2025", "organiser", "Kauno mokslo parkas")}
    assert not any(n == "attendee" and o == "Alytaus kolegija" for _s, n, o in facts(records))


def test_list_item_naming_an_event_with_a_year_and_a_date():
    records = run("Renginiai\n\n- Jūrinių technologijų dienos 2025 – birželio 3–4 d., Klaipėda. Organizatoriai: "
                  "Klaipėdos mokslo parkas ir Vakarų pramonininkų rūmai.\n- Metinė ataskaita 2024 – paskelbta.")
    assert "Jūrinių technologijų dienos 2025" in labels(records, EntityType.EVENT)
    assert "Metinė ataskaita 2024" not in labels(records, EntityType.EVENT)
    assert ("Jūrinių technologijų dienos 2025", "organiser", "Vakarų pramonininkų rūmai") in facts(records)


def test_attendees_are_those_of_the_clause_that_says_so():
    records = run("Vilniaus universiteto Chemijos fakultetas surengs seminarą „Žalioji chemija 2025“, kuriame "
                  "dalyvaus UAB „Chemprojektas“.")
    event_facts = {(n, o) for s, n, o in facts(records) if s == "Žalioji chemija 2025"}
    assert ("attendee", "Chemprojektas") in event_facts
    assert ("attendee", "Vilniaus universitetas") not in event_facts


# affiliation from roles ------------------------------------------------------------------------

def test_title_after_a_relative_pronoun_or_with_a_complement_and_an_academic_title():
    records = run("Bandymus atliks AB „Pieno kelias“, kurios technologė Rasa Vilkaitė dalyvaus projekte. "
                  "Svečius pasveikino Vilniaus kolegijos prorektorius studijoms doc. Petras Bružas.")
    assert facts(records) >= {("Rasa Vilkaitė", "affiliation", "Pieno kelias"),
                              ("Petras Bružas", "affiliation", "Vilniaus kolegija")}


def test_title_after_a_capitalised_or_qualified_type_word_names_the_body_referred_to():
    records = run("Klasteris „Medžio spektras“ auga. „Turime planų“, – pasakoja klasterio projektų vadovė Eglė Rimaitė.\n\n"
                  "Kolegija „Šiaurės akademija“ plečiasi. Kolegijos direktorės doc. Ramunės Balčytės teigimu, tai svarbu.")
    assert facts(records) >= {("Eglė Rimaitė", "affiliation", "Medžio spektras"),
                              ("Ramunė Balčytė", "affiliation", "Šiaurės akademija")}


def test_person_titled_in_a_body_list_item_works_there():
    records = run("Nauji nariai\n\n• UAB „Staklių meistrai“ – staklių gamintojas. Direktorius Linas Vaitkus.\n"
                  "• VšĮ „Mechanikos mokymo centras“ – mokymų centras, kurį įsteigė Kauno kolegija. Centro vadovė "
                  "Asta Rudytė.\n")
    assert facts(records) >= {("Linas Vaitkus", "affiliation", "Staklių meistrai"),
                              ("Asta Rudytė", "affiliation", "Mechanikos mokymo centras")}
    assert ("Asta Rudytė", "affiliation", "Kauno kolegija") not in facts(records)


# foreign partners named with a country in the genitive -----------------------------------------

def test_partner_list_items_with_a_country_genitive_are_organisations_of_that_country():
    records = run("Projektas „WoodSkills“ prasidėjo. Projekto partneriai – Latvijos Rēzeknes Tehnoloģiju akadēmija, "
                  "Estijos Pärnu Kutsehariduskeskus ir Norvegijos Bergen Timber Institute (BTI).")
    for name, country in (("Rēzeknes Tehnoloģiju akadēmija", "LV"), ("Pärnu Kutsehariduskeskus", "EE"),
                          ("Bergen Timber Institute", "NO")):
        assert values(records, named(records, name, EntityType.ORGANISATION), AttributeName.COUNTRY) == {country}
        assert ("WoodSkills", "participant", name) in facts(records)


def test_country_genitive_stays_in_a_lithuanian_description_or_a_genitive_name():
    records = run("Forume kalbėjo Latvijos IT klasterio vadovė. Dalyvavo ir Lietuvos Respublikos Seimas.")
    assert not any(e.label in ("IT klasteris", "IT klasterio", "Respublikos Seimas") for e in records.entities)


def test_two_column_project_card_is_no_partner_table():
    records = run("Laukas | Reikšmė\nProjektas | SolarGrid\nPartneriai | Tartu Energy Cluster (EE); Riga Solar Hub (LV)\n"
                  "Trukmė | 2023-01-01 – 2024-12-31\nBiudžetas | 90 000 Eur\n")
    assert not {"Trukmė", "Biudžetas"} & labels(records, EntityType.ORGANISATION)


def test_project_number_in_prose():
    records = run("Projektas „AquaSkills“ vykdomas Klaipėdoje. Projekto numeris 2021-1-LT01-KA210-VET-000034567.")
    assert values(records, named(records, "AquaSkills"), AttributeName.IDENTIFIER) == {"2021-1-LT01-KA210-VET-000034567"}


def test_unit_after_its_body_in_the_genitive_and_a_member_of_a_lithuanian_cluster():
    records = run("Šiaulių kolegija vykdys mokymus. Kolegijos Mechatronikos katedra rengs programas.\n\n"
                  "Klasteris „Agro slėnis“ veikia Kėdainiuose. Į klasterį priimtas Kėdainių profesinio rengimo centras.")
    assert ("Mechatronikos katedra", "partOf", "Šiaulių kolegija") in facts(records)
    centre = named(records, "Kėdainių profesinio rengimo centras", EntityType.ORGANISATION)
    assert values(records, centre, AttributeName.COUNTRY) == {"LT"}


def test_person_and_a_foreign_description_are_no_name_and_a_demonym_picks_the_foreign_body():
    records = run("Klasteris „Medžio spektras“ auga. Projektą koordinuoja Estijos klasteris „Tartu Wood Cluster“. "
                  "Sutartį pasirašė T. Vaitkus ir estų klasterio vadovas Margus Tamm.")
    assert not any("Vaitkus" in e.label for e in records.entities if e.type is EntityType.ORGANISATION)
    assert ("Margus Tamm", "affiliation", "Tartu Wood Cluster") in facts(records)
    assert ("Margus Tamm", "affiliation", "Medžio spektras") not in facts(records)


def test_funding_received_before_the_project_is_named_and_a_programme_with_its_owner():
    records = run("Klaipėdoje veikiantis klasteris „Jūrų technologijos“ gavo finansavimą iš „BSR Stars“ programos "
                  "priemonės „Inovacijų ekspresas“. Tarptautinis projektas „BlueMarine“ prasidėjo pernai.\n\n"
                  "Projektas „EduCraft“ prasidėjo. Projektą finansuoja Europos Sąjungos programa „Erasmus+“.")
    found = facts(records)
    assert ("BlueMarine", "participant", "Jūrų technologijos") in found
    assert ("EduCraft", "fundedBy", "Erasmus+") in found
    assert {o for s, n, o in found if s == "BlueMarine" and n == "fundedBy"} == {
        named(records, "Inovacijų ekspresas", EntityType.PROGRAMME).label}


def test_quoted_name_explained_after_a_dash_is_an_organisation_of_that_type():
    records = run("„Nordic Agro Link“ – tarptautinis klasterių tinklas, jungiantis 30 narių. "
                  "„Green Valley Partners“ – tai pelno nesiekianti asociacija. „Jūros diena“ – šventė uoste.")
    assert named(records, "Nordic Agro Link", EntityType.ORGANISATION).subtype == "Network"
    assert named(records, "Green Valley Partners", EntityType.ORGANISATION).subtype == "Association"
    assert "Jūros diena" not in labels(records, EntityType.ORGANISATION)


def test_one_event_on_the_same_days_in_both_halves_of_a_bilingual_page():
    text = ("Naujienos\n\nBirželio 9 d. Šiauliuose vyko seminaras „Saulės energija ūkiams“, kurį organizavo Šiaulių "
            "energetikų asociacija. Seminare dalyvavo UAB „Saulės laukai“ ir kiti ūkininkai.\n\n"
            "News in English\n\nThe seminar “Solar Power for Farms” was held in Šiauliai on 9 June. It was organised "
            "by the Šiauliai Energy Association and attended by the company Saulės laukai and other farmers.\n")
    document = Document("t", "t.txt", text, "mixed", "0" * 64, "text/plain", "utf-8",
                        issued=__import__("datetime").date(2022, 6, 20))
    records = extract(document)
    events = [e for e in records.entities if e.type is EntityType.EVENT]
    assert len(events) == 1
    assert {"Saulės energija ūkiams", "Solar Power for Farms"} <= set(events[0].names)


def test_headline_about_an_event_names_no_page_owner():
    text = "2020-05-04\n\nPanevėžyje vyko Aukštaitijos verslo forumas\n\nForume dalyvavo UAB „Linų audiniai“.\n"
    document = Document("t", "t.txt", text, "lt", "0" * 64, "text/plain", "utf-8",
                        title="Panevėžyje vyko Aukštaitijos verslo forumas")
    records = extract(document)
    assert not any("vyko" in e.label for e in records.entities if e.type is EntityType.ORGANISATION)


def test_body_that_carries_out_a_project_and_its_memberships_with_an_elided_subject():
    records = run("Klaipėdoje veikiantis klasteris „Jūros vėjas“ įgyvendins projektą „OffGrid“ kartu su Suomijos "
                  "klasteriu „Vaasa Wind“. Pasak direktorės, klasteris jau dalyvauja tarptautiniame tinkle "
                  "„Baltic Wind Network“, o nuo 2021 m. yra ir Lietuvos energetikų asociacijos narys.")
    assert facts(records) >= {("OffGrid", "participant", "Jūros vėjas"), ("OffGrid", "participant", "Vaasa Wind"),
                              ("Jūros vėjas", "memberOf", "Baltic Wind Network"),
                              ("Jūros vėjas", "memberOf", "Lietuvos energetikų asociacija")}


def test_person_named_only_in_the_instrumental_gets_a_nominative_label():
    records = run("Susisiekti su projekto vadovu Tomu Kazlausku galima el. paštu.")
    assert "Tomas Kazlauskas" in labels(records, EntityType.PERSON)


def test_bulleted_partners_after_a_colon_and_dates_of_a_project_referred_to_by_a_pronoun():
    records = run("Projektą „AgriData“ įgyvendina Lietuvos agrarinių tyrimų centras su partneriais:\n"
                  "• Jelgava Farm Institute (Latvija);\n• VšĮ „Ūkio duomenys”;\n\n"
                  "Projektas finansuojamas programos „Horizontas Europa“ lėšomis. Jis prasidėjo 2022 m. kovo 1 d. "
                  "ir truks iki 2025 m. vasario 28 d.")
    project = named(records, "AgriData")
    assert facts(records) >= {("AgriData", "participant", "Jelgava Farm Institute"),
                              ("AgriData", "participant", "Ūkio duomenys")}
    assert {str(v) for v in values(records, project, AttributeName.START_DATE)} == {"2022-03-01"}


def test_subject_with_adverbs_before_the_verb_starts_the_project_and_the_funder_after_kuri_is_no_partner():
    document = Document("t", "t.txt", "Klasteris „Lino kelias“ auga. Klasteris pernai spalį pradėjo projektą "
                        "„FlaxLoop“, kurį finansuoja Lietuvos mokslo taryba.", "lt", "0" * 64, "text/plain", "utf-8",
                        issued=__import__("datetime").date(2024, 3, 4))
    records = extract(document)
    assert ("FlaxLoop", "participant", "Lino kelias") in facts(records)
    assert ("FlaxLoop", "participant", "Lietuvos mokslo taryba") not in facts(records)
    assert values(records, named(records, "FlaxLoop"), AttributeName.START_DATE) == {"2023-10"}


def test_fund_or_scheme_whose_money_a_project_uses_is_a_programme():
    records = run("Projektas „HeatWise“ finansuojamas Šiaurės energetikos schemos (NES) lėšomis. Projektas „ColdLink“ "
                  "finansuojamas Kauno regiono plėtros fondo lėšomis.")
    assert ("HeatWise", "fundedBy", "NES") in facts(records)
    assert ("ColdLink", "fundedBy", "Kauno regiono plėtros fondas") in facts(records)


def test_named_coordinator_lead_partner_and_a_partner_that_is_named_after_yra():
    records = run("Projektas „AquaNet“ prasidėjo. Projekto koordinatorius – Klaipėdos universitetas.\n\n"
                  "Projektas „SunCity“. Pagrindinis projekto partneris – Vilniaus miesto savivaldybė. Projektą kartu "
                  "įgyvendina UAB „Saulės miestas“ ir Vilniaus Gedimino technikos universitetas.\n\n"
                  "Projektas „BioBoost“, kurio partnerė yra asociacija „Bioenergija LT“, prasidėjo.\n\n"
                  "Projekto koordinatorius – Statybos fakulteto docentas Jonas Petraitis.")
    found = facts(records)
    assert found >= {("AquaNet", "coordinator", "Klaipėdos universitetas"),
                     ("SunCity", "coordinator", "Vilniaus miesto savivaldybė"),
                     ("SunCity", "participant", "Vilniaus Gedimino technikos universitetas"),
                     ("BioBoost", "participant", "Bioenergija LT")}
    assert not any(e.label.startswith("įgyvendina") for e in records.entities)
    assert not any(n == "coordinator" and "fakult" in o for _s, n, o in found)


def test_co_organiser_named_with_kartu_su_before_the_verb():
    records = run("Birželio 2 d. Nidoje surengta konferencija „Kuršių marios 2024“. Konferenciją kartu su Klaipėdos "
                  "universitetu organizavo Neringos savivaldybė.")
    assert facts(records) >= {("Kuršių marios 2024", "organiser", "Klaipėdos universitetas"),
                              ("Kuršių marios 2024", "organiser", "Neringos savivaldybė")}


def test_bulleted_member_list_and_an_alliance():
    records = run("Klasteris „Tekstilės slėnis“ veikia Kaune.\n\nKlasterio nariai:\n• UAB „Audinių linija“\n"
                  "• Kauno technikos kolegija\n\nKlasteris yra Europos tekstilės klasterių aljanso narys.")
    assert facts(records) >= {("Audinių linija", "memberOf", "Tekstilės slėnis"),
                              ("Kauno technikos kolegija", "memberOf", "Tekstilės slėnis"),
                              ("Tekstilės slėnis", "memberOf", "Europos tekstilės klasterių aljansas")}


def test_deputy_mayor_works_for_the_municipality_the_article_names():
    records = run("Utenos rajono savivaldybė atidarė centrą. „Tai svarbu“, – sako mero pavaduotoja Rūta Vaitkienė.")
    assert ("Rūta Vaitkienė", "affiliation", "Utenos rajono savivaldybė") in facts(records)


def test_council_of_a_body_named_by_type_words_only_is_no_organisation():
    records = run("Susiję įrašai: Savivaldybės taryba patvirtino biudžetą. Universiteto senatas posėdžiavo.")
    assert not {"Savivaldybės taryba", "Universiteto senatas"} & labels(records, EntityType.ORGANISATION)


def test_woman_named_only_in_the_instrumental_gets_a_nominative_label():
    records = run("Su Kauno kolegijos docente Ieva Marcinkute susitiko ministras.")
    assert "Ieva Marcinkutė" in labels(records, EntityType.PERSON)


# generalised project wordings (tune-lt2) --------------------------------------------------

def test_event_of_a_named_project_is_not_named_after_the_project():
    records = run("Projektas „Vėjo Kelias“ prasidėjo pernai. Birželio 3 d. Šiauliuose vyko seminaras „Švarūs uostai“. "
                  "Seminaras – projekto „Vėjo Kelias“ renginys.")
    assert "Vėjo Kelias" not in labels(records, EntityType.EVENT)
    assert ("Švarūs uostai", "partOf", "Vėjo Kelias") in facts(records)


def test_bracketed_acronym_after_a_legal_form_name_is_its_acronym():
    records = run("VšĮ „Žemaitijos duomenų centras“ (ŽDC) rengia mokymus. Projektą „Duomenų tiltas“ vykdo ŽDC.")
    centre = named(records, "Žemaitijos duomenų centras", EntityType.ORGANISATION)
    assert "ŽDC" in centre.names and values(records, centre, AttributeName.ACRONYM) == {"ŽDC"}
    assert ("Duomenų tiltas", "participant", "Žemaitijos duomenų centras") in facts(records)


def test_sentence_ends_after_a_currency_code_but_not_after_no():
    from innograph.loaders._text import Span, sentences

    def split(text: str) -> list[str]:
        return [s.text for s in sentences(Span(0, len(text), text))]

    assert split("Vertė – 1.200.000,00 EUR. Projektas tęsia darbus.") == ["Vertė – 1.200.000,00 EUR.", "Projektas tęsia darbus."]
    assert len(split("It runs until 2026 (Grant Agreement No. 101010101).")) == 1


def test_body_leading_a_consortium_coordinates_and_the_consortium_takes_part():
    records = run("Projektą „Skaitmeninė Dzūkija“ pradėjo vykdyti UAB „Alytaus robotai“, vadovaujanti konsorciumui, "
                  "kurį sudaro Alytaus kolegija ir Dzūkijos verslo rūmai.")
    found = facts(records)
    assert ("Skaitmeninė Dzūkija", "coordinator", "Alytaus robotai") in found
    assert {("Skaitmeninė Dzūkija", "participant", name) for name in ("Alytaus kolegija", "Dzūkijos verslo rūmai")} <= found


def test_partnership_joined_by_bodies_takes_part():
    records = run("Projekto „Upių sargai“ partnerystę jungia Nemuno klasteris ir Marijampolės kolegija.")
    assert ("Upių sargai", "participant", "Marijampolės kolegija") in facts(records)


def test_body_that_became_a_partner_of_a_named_project():
    records = run("Panevėžyje veikiantis Aukštaitijos maisto klasteris tapo Interreg Europe programos projekto "
                  "„FoodLoop“ partneriu.")
    found = facts(records)
    assert ("FoodLoop", "participant", "Aukštaitijos maisto klasteris") in found
    assert ("FoodLoop", "fundedBy", "Interreg Europe") in found


def test_other_and_associated_partners_in_the_next_sentence():
    records = run("Projektui „Baltic Loop“ vadovauja Rygos technikos kolegija. Kiti partneriai – Tartu mokslo parkas "
                  "ir Alytaus kolegija. Asocijuotieji partneriai – Šiaulių miesto savivaldybė.")
    found = facts(records)
    assert ("Baltic Loop", "participant", "Tartu mokslo parkas") in found
    assert ("Baltic Loop", "associatedPartner", "Šiaulių miesto savivaldybė") in found
    assert ("Baltic Loop", "participant", "Šiaulių miesto savivaldybė") not in found


def test_programme_funded_earlier_project_with_a_past_participle():
    records = run("Projektas „Jūrų vėjas“ tęsia ankstesnio, ERPF finansuoto projekto „Kranto vėjas“ darbus.")
    assert ("Kranto vėjas", "fundedBy", "European Regional Development Fund") in facts(records)


def test_foreign_country_genitive_before_a_place_name_is_not_part_of_the_name():
    records = run("Partneriai – Suomijos Tamperės universitetas ir Latvijos Respublikos kultūros ministerija.")
    university = named(records, "Tamperės universitetas", EntityType.ORGANISATION)
    assert values(records, university, AttributeName.COUNTRY) == {"FI"}
    assert "Suomijos Tamperės universitetas" not in labels(records, EntityType.ORGANISATION)


def test_own_language_name_in_brackets_is_the_same_body():
    records = run("Partneriai – Norvegijos Bergeno savivaldybė (Bergen kommune) ir Kauno mokslo parkas (SGD klasteris).")
    town = named(records, "Bergen kommune", EntityType.ORGANISATION)
    assert "Bergeno savivaldybė" in town.names
    assert "SGD klasteris" not in named(records, "Kauno mokslo parkas", EntityType.ORGANISATION).names


def test_inflected_project_word_takes_only_a_quoted_name():
    records = run("Pasak vadovo, per projektą VGTU mokslininkai stažuosis Danijoje.")
    assert "VGTU" not in labels(records, EntityType.PROJECT)


def test_section_title_naming_a_project_in_quotes_names_just_the_project(tmp_path):
    from innograph.loaders import read

    path = tmp_path / "naujienos.md"
    path.write_text("[Pradžia](/) · [Nariai](/nariai) · EN\n\n# Žuvėdra naujienlaiškis Nr. 2 / Newsletter No. 2\n\n"
                    "*2026 m. kovo 3 d.*\n\n## LT: Pradėtas projektas „AquaNet LT“\n\n"
                    "Klasteris **„Žuvėdra“** pradėjo įgyvendinti projektą **„AquaNet LT“**.\n\n"
                    "| Projekto duomenys | |\n|---|---|\n| Programa | Interreg Europe |\n"
                    "| Pradžia | 2026 m. kovo 1 d. |\n| Biudžetas | 1 500 000 Eur |\n", encoding="utf-8")
    records = extract(read(path))
    assert "AquaNet LT" in labels(records, EntityType.PROJECT)
    assert not any("Pradėtas" in label for label in labels(records, EntityType.PROJECT))


def test_country_genitive_before_a_foreign_company_with_a_legal_form():
    records = run("Kiti partneriai: Danijos Aarhus Wind Lab ApS ir Estijos Tallinn Robotics OÜ.")
    assert "Aarhus Wind Lab ApS" in labels(records, EntityType.ORGANISATION)
    assert not any(label.startswith("Danijos") for label in labels(records, EntityType.ORGANISATION))


def test_programme_named_with_and_without_its_word_programa():
    records = run("Klasteris tapo Interreg Baltijos jūros regiono programos projekto „CircuLab“ partneriu. "
                  "Projektas „Vilnis“ finansuojamas Skaitmeninės Europos programos lėšomis.")
    programme = named(records, "Interreg Baltic Sea Region", EntityType.PROGRAMME)
    assert {"Interreg Baltijos jūros regiono", "Interreg Baltijos jūros regiono programos"} <= set(programme.names)
    assert "Skaitmeninės Europos programos" in named(records, "Digital Europe", EntityType.PROGRAMME).names


def test_unit_written_after_its_parents_acronym_is_the_unit():
    records = run("Alytaus technikos universitetas (ATU) gavo finansavimą. Projektą „Molis“ koordinuoja ATU Chemijos "
                  "fakultetas. Chemijos fakulteto dekanas Jonas Petraitis džiaugiasi.")
    unit = named(records, "Chemijos fakultetas", EntityType.ORGANISATION)
    assert "ATU Chemijos fakultetas" in unit.names and unit.label == "Chemijos fakultetas"
    assert ("Molis", "coordinator", "Chemijos fakultetas") in facts(records)


def test_funding_from_a_described_programme_and_its_instrument():
    records = run("Projektas „Dirva“ finansuojamas iš Europos Sąjungos mokslinių tyrimų ir inovacijų programos "
                  "„Horizontas Europa“ priemonės „Teaming“.")
    found = facts(records)
    assert ("Dirva", "fundedBy", "Teaming") in found
    assert ("Teaming", "partOf", "Horizon Europe") in found


def test_funds_go_to_the_project_named_last_before_them():
    records = run("Projektas „Gija“ remiasi projekto „Siūlas“ rezultatais: 2017–2019 m. Europos regioninės plėtros "
                  "fondo lėšomis įrengta laboratorija.")
    found = facts(records)
    assert ("Siūlas", "fundedBy", "European Regional Development Fund") in found
    assert ("Gija", "fundedBy", "European Regional Development Fund") not in found


def test_unit_service_and_society_words_make_bodies_but_the_union_does_not():
    records = run("Renginį organizavo Kauno miesto savivaldybės Švietimo skyrius, Lietuvos paukščių draugija ir "
                  "Valstybinė maisto tarnyba. Europos Sąjunga skyrė lėšų.")
    found = labels(records, EntityType.ORGANISATION)
    assert {"Lietuvos paukščių draugija", "Valstybinė maisto tarnyba"} <= found
    assert any(label.endswith("Švietimo skyrius") for label in found)
    assert not any(label.startswith("Europos Sąjung") for label in found)


def test_person_after_a_role_word_does_not_start_a_body_name():
    records = run("Su centro direktore Ona Petraite savivaldybė jau susitarė dėl mokymų.")
    assert not any("Petraite" in label for label in labels(records, EntityType.ORGANISATION))


def test_body_at_a_ministry_is_named_whole_and_takes_the_acronym():
    records = run("Projektą „Šilas“ koordinuoja Valstybinė miškų tarnyba prie Žemės ūkio ministerijos (VMT). "
                  "Partneriai – Kėdainių rajono savivaldybė ir VšĮ „Miško namai“.")
    service = named(records, "Valstybinė miškų tarnyba", EntityType.ORGANISATION)
    assert "Valstybinė miškų tarnyba prie Žemės ūkio ministerijos" in service.names and "VMT" in service.names
    found = facts(records)
    assert ("Šilas", "coordinator", "Valstybinė miškų tarnyba") in found
    assert ("Valstybinė miškų tarnyba", "partOf", "Žemės ūkio ministerija") in found
    assert {("Šilas", "participant", "Kėdainių rajono savivaldybė"), ("Šilas", "participant", "Miško namai")} <= found


def test_another_piece_of_work_is_not_the_project_named_before():
    records = run("Projektą „Pušynas“ vykdo Dzūkijos klasteris. Šiuo metu VšĮ „Girios fondas“ koordinuoja ir kitą, "
                  "su projektu susijusį darbą.")
    assert ("Pušynas", "coordinator", "Girios fondas") not in facts(records)


def test_cross_border_interreg_programme_named_with_a_dash_in_lithuanian():
    records = run("Maršrutas bus finansuojamas Interreg Latvijos–Lietuvos programos lėšomis. Projektas „Sienos“ "
                  "tęsia Interreg Lietuva–Lenkija projekto darbus.")
    assert {"Interreg Latvia–Lithuania", "Interreg Lithuania–Poland"} <= labels(records, EntityType.PROGRAMME)
    assert not any(label.startswith("Lietuvos") for label in labels(records, EntityType.PROGRAMME))


def test_bracketed_project_number_after_a_quoted_title_is_its_identifier():
    records = run("Savivaldybė pradeda įgyvendinti projektą „LIFE Kopos“ (LIFE23-NAT-LT-KOPOS), kuriuo bus atkurtos kopos.")
    project = named(records, "LIFE Kopos", EntityType.PROJECT)
    assert values(records, project, AttributeName.IDENTIFIER) == {"LIFE23-NAT-LT-KOPOS"}
    assert not values(records, project, AttributeName.ACRONYM)


def test_description_before_a_known_programme_makes_no_programme_of_its_own():
    records = run("Projektas „Kopos“ finansuojamas Europos Sąjungos aplinkos ir klimato politikos programos LIFE lėšomis.")
    assert labels(records, EntityType.PROGRAMME) == {"LIFE"}
    assert ("Kopos", "fundedBy", "LIFE") in facts(records)


def test_quoted_name_with_a_year_that_the_sentence_calls_an_event():
    records = run("Gegužės 9 d. Biržuose vyks „Ežerų diena 2026“ – antrasis projekto „Ežerai“ renginys. "
                  "Birželį įvyks „Miško šventė 2026“.")
    assert {"Ežerų diena 2026", "Miško šventė 2026"} <= labels(records, EntityType.EVENT)
    assert ("Ežerų diena 2026", "partOf", "Ežerai") in facts(records)


def test_comma_before_a_verb_of_taking_part_ends_the_organisers():
    records = run("Birželio 2 d. vyks „Upių diena 2026“. Ją organizuoja Biržų rajono savivaldybė ir Lietuvos upių "
                  "draugija, dalyvaus VšĮ „Žalioji banga“ specialistai.")
    found = facts(records)
    assert ("Upių diena 2026", "organiser", "Lietuvos upių draugija") in found
    assert ("Upių diena 2026", "organiser", "Žalioji banga") not in found


def test_acronym_of_a_body_at_a_ministry_is_used_later_in_the_text():
    records = run("Projektą „Šilas“ koordinuoja Valstybinė miškų tarnyba prie Žemės ūkio ministerijos (VMT). "
                  "Su VMT vadove Rūta Jonaite savivaldybė susitarė.")
    assert ("Rūta Jonaitė", "affiliation", "Valstybinė miškų tarnyba") in facts(records)


def test_member_of_two_bodies_joined_before_one_narys():
    records = run("Klasteris „Medis LT“ yra Europos medienos klasterių tinklo (European Wood Network) ir asociacijos "
                  "„Baldų pramonė“ narys. Pernai Alytaus inovacijų centras tapo aljanso „Nordic Timber“ nariu.")
    found = facts(records)
    assert {("Medis LT", "memberOf", "European Wood Network"), ("Medis LT", "memberOf", "Baldų pramonė")} <= found
    assert ("Alytaus inovacijų centras", "memberOf", "Nordic Timber") in found


def test_strategic_partnership_is_a_project_with_its_funder_coordinator_and_member():
    records = run("Nuo šių metų RSC dalyvauja ir INTERREG finansuojamoje Europos strateginėje klasterių partnerystėje "
                  "„Wood 2.0 ESCP“, kurią koordinuoja Suomijos klasteris „Puu Cluster“. VšĮ „Rytų centras“ (RSC) rengia mokymus.")
    assert "Wood 2.0 ESCP" in labels(records, EntityType.PROJECT)
    found = facts(records)
    assert ("Wood 2.0 ESCP", "coordinator", "Puu Cluster") in found
    assert ("Wood 2.0 ESCP", "participant", "Rytų centras") in found


def test_quoted_programme_qualifying_a_project_is_no_project():
    records = run("Universitetas pradėjo koordinuoti strateginės partnerystės „Erasmus+“ projektą „SkillBridge“.")
    assert labels(records, EntityType.PROJECT) == {"SkillBridge"}


def test_body_which_is_an_associated_partner_and_a_subject_before_a_bracketed_city():
    records = run("Klasteris „MedTech“ (Kaunas) kartu su penkiais partneriais pradėjo įgyvendinti projektą „BioLink“. "
                  "Projektą remia ir Lietuvos chemikų asociacija, kuri yra asocijuotasis partneris.")
    found = facts(records)
    assert ("BioLink", "participant", "MedTech") in found
    assert ("BioLink", "associatedPartner", "Lietuvos chemikų asociacija") in found


def test_nominative_name_of_the_baltic_sea_region_programme_in_a_field():
    records = run("Programa: Interreg Baltijos jūros regionas 2021–2027")
    assert "Interreg Baltic Sea Region" in labels(records, EntityType.PROGRAMME)


def test_years_of_an_earlier_project_written_as_a_period_before_it():
    records = run("Projektas „Jūra“ tęsia 2020–2022 m. vykdyto projekto „Marios“ darbus.")
    earlier = named(records, "Marios", EntityType.PROJECT)
    assert values(records, earlier, AttributeName.START_DATE) == {"2020"}
    assert values(records, earlier, AttributeName.END_DATE) == {"2022"}


def test_sum_allotted_to_the_project_is_its_budget():
    records = run("Projektas „Dirvožemis“ finansuojamas iš programos „Horizontas Europa“, jam skirta 2,1 mln. eurų.")
    assert values(records, named(records, "Dirvožemis", EntityType.PROJECT), AttributeName.BUDGET)


def test_project_begun_by_a_body_starts_on_the_date_before_the_verb():
    import datetime

    document = Document("t", "t.txt", "2025 m. birželio 2 d.\n\nProjektą „Rytų DIH“ pernai kovą pradėjo įgyvendinti "
                        "VšĮ „Skaitmenos centras“.", "lt", "0" * 64, "text/plain", "utf-8", issued=datetime.date(2025, 6, 2))
    records = extract(document)
    assert values(records, named(records, "Rytų DIH", EntityType.PROJECT), AttributeName.START_DATE) == {"2024-03"}


def test_partners_listed_after_a_dash_in_the_sentence_after_the_project():
    records = run("Projektą „Lauko jutikliai“ koordinuoja Šiaulių kolegija. Kolegijai padės du partneriai – "
                  "Suomijos Tamperės institutas ir Vokietijos Kylio centras.")
    found = facts(records)
    assert ("Lauko jutikliai", "participant", "Tamperės institutas") in found
    assert ("Lauko jutikliai", "participant", "Kylio centras") in found


def test_a_municipalitys_administration_is_the_municipality():
    records = run("Asocijuotieji projekto „Uostas“ partneriai – Palangos miesto savivaldybės administracija.")
    body = named(records, "Palangos miesto savivaldybės administracija", EntityType.ORGANISATION)
    assert "Palangos miesto savivaldybės" in body.names
    assert not any(r.name.value == "partOf" for r in records.relations)


def test_quoted_foreign_name_completes_the_body_and_joins_its_description():
    records = run("Partneriai – Austrijos Grazo medienos tyrimų institutas „Holzforschung Graz e.V.“ ir Kauno kolegija.")
    body = named(records, "Holzforschung Graz e.V.", EntityType.ORGANISATION)
    assert body.label == "Holzforschung Graz e.V." and "Grazo medienos tyrimų institutas" in body.names
    assert "Graz e.V." not in labels(records, EntityType.ORGANISATION)


def test_cluster_members_named_after_klasterio_nares():
    records = run("Maisto klasteris „Skonis“ (Utena) plečia veiklą. Pasak vadovo, pirmieji paslaugas išbandys "
                  "klasterio nariai UAB „Duonelė“ ir AB „Pieno lašas“.")
    found = facts(records)
    assert {("Duonelė", "memberOf", "Skonis"), ("Pieno lašas", "memberOf", "Skonis")} <= found


def test_institution_of_a_municipality_in_apposition_is_its_unit():
    records = run("Biržų rajono savivaldybė tvarko parkus. 2022 m. savivaldybės įstaiga – Biržų kultūros centras – "
                  "įrengė taką.")
    assert ("Biržų kultūros centras", "partOf", "Biržų rajono savivaldybė") in facts(records)


def test_department_on_the_site_of_its_body_is_its_unit():
    text = "Alytaus kolegija\nStudijos | Naujienos\n\nKolegija pradėjo naują projektą.\n\nParengė Viešųjų ryšių skyrius\n"
    records = extract(Document("t", "t.txt", text, "lt", "0" * 64, "text/plain", "utf-8", title="Alytaus kolegija"))
    assert ("Viešųjų ryšių skyrius", "partOf", "Alytaus kolegija") in facts(records)


def test_agreement_signed_with_a_body_named_after_su():
    records = run("Alytaus kolegija plečia ryšius. Su UAB „Sodo robotai“ kolegija pernai pasirašė "
                  "bendradarbiavimo sutartį.")
    assert ("Alytaus kolegija", "cooperatesWith", "Sodo robotai") in facts(records)
    assert ("Sodo robotai", "cooperatesWith", "Alytaus kolegija") not in facts(records)


def test_passive_agreement_with_a_body_is_signed_by_the_articles_body():
    records = run("VšĮ „Vakarų centras“ (VC) rengia forumą. VC ir „Oulu Hub“ pasirašė sutartį. "
                  "Su „Tartu Hub“ bendradarbiavimo sutartis pasirašyta dar pernai.")
    assert ("Vakarų centras", "cooperatesWith", "Tartu Hub") in facts(records)


def test_bracketed_acronym_after_a_quoted_foreign_name_is_used_later():
    records = run("Pranešimą skaitė Estijos centro „Harju Digitaalne Keskus“ (HDK) ekspertė Mari Tamm. "
                  "Su HDK bendradarbiaujama nuo 2023 m.")
    centre = named(records, "Harju Digitaalne Keskus", EntityType.ORGANISATION)
    assert "HDK" in centre.names and values(records, centre, AttributeName.ACRONYM) == {"HDK"}


def test_pronoun_subject_takes_part_in_the_project_named_after_the_verb():
    records = run("Rokiškio rajono savivaldybė pelkių tema dirba ne pirmą kartą. 2018–2021 m. ji dalyvavo "
                  "Interreg Europe projekte „BOGWISE“.")
    assert ("BOGWISE", "participant", "Rokiškio rajono savivaldybė") in facts(records)


def test_acronym_of_a_body_at_a_ministry_names_it_as_an_attendee():
    records = run("Projektą „Šilas“ koordinuoja Valstybinė miškų tarnyba prie Žemės ūkio ministerijos (VMT). "
                  "Spalio 5 d. vyks „Miško diena 2026“. Ją organizuoja Kėdainių rajono savivaldybė, dalyvaus VMT "
                  "specialistai.")
    found = facts(records)
    assert ("Miško diena 2026", "attendee", "Valstybinė miškų tarnyba") in found
    assert ("Miško diena 2026", "attendee", "Žemės ūkio ministerija") not in found


def test_fund_that_allots_a_share_funds_the_project():
    records = run("Bendras projekto „Uostai“ biudžetas – 2 mln. eurų, iš jų 85 proc. skiria Europos regioninės plėtros fondas.")
    assert ("Uostai", "fundedBy", "European Regional Development Fund") in facts(records)


def test_programme_in_brackets_after_a_project_funds_it():
    records = run("Projektas „Gintaras“ tęsia 2019–2021 m. vykdyto projekto „AmberWay LT-LV“ (Interreg Latvija–Lietuva) darbus.")
    assert ("AmberWay LT-LV", "fundedBy", "Interreg Latvia–Lithuania") in facts(records)


def test_bulleted_list_after_dalyvaus_takes_part_in_the_project_and_counted_members():
    text = ("Projektas „Žalia pakuotė“ prasidėjo pernai.\n\nMedienos klasteryje šiuo metu yra 15 narių. "
            "Bandymuose dalyvaus:\n• UAB „Lentelė“\n• AB „Medžio dirbiniai“\n\nForume dalyvaus:\n• UAB „Pjūklas“\n")
    found = facts(run(text))
    assert {("Žalia pakuotė", "participant", "Lentelė"), ("Žalia pakuotė", "participant", "Medžio dirbiniai")} <= found
    assert ("Lentelė", "memberOf", "Medienos klasteris") in found
    assert ("Žalia pakuotė", "participant", "Pjūklas") not in found


def test_foreign_name_without_its_legal_form_is_the_same_body():
    records = run("Partneriai – Suomijos įmonė „Nordic Pack Solutions Oy“ ir Kauno kolegija. Konferencijoje pranešimą "
                  "skaitys „Nordic Pack Solutions“ atstovas Mikko Laine.")
    body = named(records, "Nordic Pack Solutions Oy", EntityType.ORGANISATION)
    assert "Nordic Pack Solutions" in body.names
    assert ("Mikko Laine", "affiliation", "Nordic Pack Solutions Oy") in facts(records)
