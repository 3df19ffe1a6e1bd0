"""Lithuanian patterns on invented sentences: names in their case forms, legal forms, quoted names,
people, relations stated in Lithuanian prose, dates, money and places."""

from __future__ import annotations

from innograph.graph import AttributeName, Document, DocumentRecords, EntityType
from innograph.loaders import extract


def run(text: str, language: str = "lt") -> DocumentRecords:
    document = Document("t", "t.txt", text, language, "0" * 64, "text/plain", "utf-8")
    records = extract(document)
    for item in [e.evidence for e in records.entities] + [a.evidence for a in records.attributes] + \
            [r.evidence for r in records.relations]:
        assert text[item.start : item.end] == item.quote
    return records


def named(records: DocumentRecords, name: str, type_: EntityType | None = None):
    for entity in records.entities:
        if (name in entity.names or entity.label == name) and (type_ is None or entity.type is type_):
            return entity
    raise AssertionError(f"{name!r} not among {[(e.type.value, e.label) for e in records.entities]}")


def labels(records: DocumentRecords, type_: EntityType) -> set[str]:
    return {e.label for e in records.entities if e.type is type_}


def facts(records: DocumentRecords) -> set[tuple[str, str, str]]:
    return {(records.entity(r.subject).label, r.name.value, records.entity(r.object).label) for r in records.relations}


def values(records: DocumentRecords, entity, name: AttributeName) -> set:
    return {a.value for a in records.attributes if a.subject == entity.key and a.name is name}


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
