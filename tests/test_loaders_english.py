"""English prose patterns of the genre, each on invented sentences (no corpus or held-out text)."""

from __future__ import annotations

from innograph.graph import AttributeName, Document, DocumentRecords, EntityType
from innograph.loaders import extract


def run(text: str, language: str = "en") -> DocumentRecords:
    document = Document("t", "t.txt", text, language, "0" * 64, "text/plain", "utf-8")
    records = extract(document)
    for item in [e.evidence for e in records.entities] + [a.evidence for a in records.attributes] + \
            [r.evidence for r in records.relations]:
        assert text[item.start : item.end] == item.quote
    return records


def labels(records: DocumentRecords, type_: EntityType = EntityType.ORGANISATION) -> set[str]:
    return {e.label for e in records.entities if e.type is type_}


def named(records: DocumentRecords, name: str):
    for entity in records.entities:
        if name in entity.names or entity.label == name:
            return entity
    raise AssertionError(f"{name!r} not among {[(e.type.value, e.label) for e in records.entities]}")


def facts(records: DocumentRecords) -> set[tuple[str, str, str]]:
    return {(records.entity(r.subject).label, r.name.value, records.entity(r.object).label) for r in records.relations}


def country(records: DocumentRecords, name: str) -> set:
    entity = named(records, name)
    return {a.value for a in records.attributes if a.subject == entity.key and a.name is AttributeName.COUNTRY}


# legal forms ---------------------------------------------------------------------------------

def test_legal_form_suffixes_end_company_names():
    records = run("Our suppliers are Hedeby Valves ApS, Rheinwerk Dichtungen e.V. and the Norwegian firm "
                  "Fjelltopp Sensorer AS. Later Hedeby Valves ApS and the Polish Wind Cluster met.")
    found = labels(records)
    assert {"Hedeby Valves ApS", "Rheinwerk Dichtungen e.V.", "Fjelltopp Sensorer AS", "Polish Wind Cluster"} <= found
    assert not any(" and " in label for label in found)


def test_lithuanian_prefix_forms_keep_lowercase_words_and_imply_lithuania():
    records = run("Guests: UAB Žalias kubas and SIA Koka Rūpnīca attended the fair.")
    assert {"UAB Žalias kubas", "SIA Koka Rūpnīca"} <= labels(records)
    assert country(records, "UAB Žalias kubas") == {"LT"}
    assert country(records, "SIA Koka Rūpnīca") == set()  # only the Lithuanian forms are taken to state a country


# countries of organisations --------------------------------------------------------------------

def test_country_adjective_before_type_word_and_name():
    records = run("The fair gathered the Latvian cluster Daugava Food Tech and Oulu Arctic Biotech Hub from Finland, "
                  "while the Czech company Brněnské Stroje s.r.o. stayed home.")
    assert country(records, "Daugava Food Tech") == {"LV"}
    assert country(records, "Oulu Arctic Biotech Hub") == {"FI"}


def test_country_in_brackets_and_adjective_variant_of_a_name():
    records = run("The work is led by Fyn Robotics Cluster (Denmark). Partners include the Estonian Tartu Bioeconomy "
                  "Cluster. Tartu Bioeconomy Cluster hosts the pilot.")
    assert country(records, "Fyn Robotics Cluster") == {"DK"}
    assert country(records, "Tartu Bioeconomy Cluster") == {"EE"}
    assert "Estonian Tartu Bioeconomy Cluster" not in labels(records)


def test_no_country_from_a_preposition_phrase_or_a_city_in_the_name():
    records = run("The German one by Elbe Logistics Association was strong. Riga Wood Cluster presented.")
    assert country(records, "Elbe Logistics Association") == set()
    assert country(records, "Riga Wood Cluster") == set()
