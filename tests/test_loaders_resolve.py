"""resolve(): one identity per body across documents and languages, look-alikes kept apart, determinism."""

from __future__ import annotations

import random
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from innograph.graph import Document, DocumentRecords, Store
from innograph.loaders import bundled_corpus, extract, find_documents, read, resolve
from innograph.pipeline import build, validate_store
from innograph.settings import Settings


def run(ident: str, text: str, language: str = "en") -> DocumentRecords:
    return extract(Document(ident, f"{ident}.txt", text, language, "0" * 64, "text/plain", "utf-8"))


def idents(records: list[DocumentRecords], name: str) -> set[str]:
    return {e.ident for rec in records for e in rec.entities if name in e.names}


def test_acronym_joins_the_full_name_in_another_document():
    records = resolve([
        run("a", "Partners:\n1. Lithuanian Innovation Centre (LT)\n"),
        run("b", "Aleksandras Izgorodinas, Lietuvos inovacijų centro (LIC) ekspertas, kalbėjo.", "lt"),
    ])
    assert idents(records, "Lithuanian Innovation Centre") == idents(records, "Lietuvos inovacijų centro") \
        == {"organisation/lithuanian-innovation-centre"}
    labels = {(e.label, e.label_language, e.local_label) for rec in records for e in rec.entities
              if e.ident == "organisation/lithuanian-innovation-centre"}
    assert labels == {("Lithuanian Innovation Centre", "en", None),
                      ("Lithuanian Innovation Centre", "en", ("Lietuvos inovacijų centras", "lt"))}


def test_a_language_named_only_by_an_acronym_takes_the_full_name():
    records = resolve([
        run("a", "Partners:\n1. Lithuanian Innovation Centre (LIC) (LT)\n"),
        run("b", "Partneriai:\n1. LIC (LT)\n", "lt"),
    ])
    named = {(rec.document.ident, e.label, e.local_label) for rec in records for e in rec.entities
             if e.ident == "organisation/lithuanian-innovation-centre"}
    assert named == {("a", "Lithuanian Innovation Centre", None), ("b", "Lithuanian Innovation Centre", None)}


def test_lithuanian_case_forms_and_spelling_variants_are_one_body():
    records = resolve([
        run("a", "Renginį organizavo Kauno technologijos universitetas.", "lt"),
        run("b", "Sutartį pasirašė Kauno technologijos universiteto atstovai.", "lt"),
        run("c", "coordinated by the Hanse-Parlament, a network.\n"),
        run("d", "led by the Hanse Parlament, a network.\n"),
    ])
    assert len(idents(records, "Kauno technologijos universitetas") | idents(records, "Kauno technologijos universiteto")) == 1
    assert idents(records, "Hanse-Parlament") == idents(records, "Hanse Parlament") != set()


def test_similar_names_of_different_bodies_stay_apart():
    records = resolve([
        run("a", "Intro.\n\nled by the Baltic Institute, improved know-how of SMEs.\n"),
        run("b", "Partners:\n3. The Baltic Institute of Finland (FI)\n"),
    ])
    first, second = idents(records, "Baltic Institute"), idents(records, "Baltic Institute of Finland")
    assert first and second and first.isdisjoint(second)


def test_identities_do_not_depend_on_input_order():
    paths = find_documents([bundled_corpus()])
    extracted = [extract(read(path)) for path in paths]
    forward = {(rec.document.ident, e.key, e.ident, e.label) for rec in resolve(extracted) for e in rec.entities}
    shuffled = extracted[:]
    random.Random(7).shuffle(shuffled)
    backward = {(rec.document.ident, e.key, e.ident, e.label) for rec in resolve(shuffled) for e in rec.entities}
    assert forward == backward


def test_corpus_bodies_shared_across_documents():
    records = resolve([extract(read(path)) for path in find_documents([bundled_corpus()])])
    by_doc = {rec.document.source[:3]: {e.ident for e in rec.entities} for rec in records}
    assert "organisation/ivita" in by_doc["000"] & by_doc["003"] & by_doc["004"]
    assert "project/inolink" in by_doc["003"] & by_doc["004"]
    assert "organisation/lithuanian-innovation-centre" in by_doc["002"] & by_doc["003"]
    assert "programme/european-regional-development-fund" in by_doc["002"] & by_doc["003"] & by_doc["004"]
    mita = {e.ident for rec in records for e in rec.entities if "MITA" in e.names}
    assert len(mita) == 1
    assert len({i for i in by_doc["001"] if i.startswith("organisation/baltic-institute")} |
               {i for i in by_doc["002"] if i.startswith("organisation/baltic-institute")}) == 2


def test_typos_at_either_end_join_among_many_other_names():
    """The sorted-neighbourhood comparison finds a typo at the start and one at the end of a
    name even when hundreds of other long names sit between them in one sort order."""
    rng = random.Random(7)
    words: list[str] = []
    while len(words) < 200:  # names that are no typo of each other (checked against every pair here)
        word = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)).title() + "x"  # no Lithuanian ending
        if all(Levenshtein.normalized_similarity(word, w) < 0.7 for w in words):
            words.append(word)
    fillers = [run(f"f{n}", f"Partners:\n1. {word} Regional Development Agency (LT)\n") for n, word in enumerate(words)]
    records = resolve([
        run("a", "Partners:\n1. Marshland Innovation Foundation (LT)\n"),
        run("b", "Partners:\n1. Marshlamd Innovation Foundation (LT)\n"),  # typo at the end of a word
        run("c", "Partners:\n1. Narshland Innovation Foundation (LT)\n"),  # typo at the very start
        *fillers,
    ])
    found = idents(records, "Marshland Innovation Foundation") | idents(records, "Marshlamd Innovation Foundation") \
        | idents(records, "Narshland Innovation Foundation")
    assert len(found) == 1
    assert len({e.ident for rec in records[3:] for e in rec.entities if e.ident.startswith("organisation/")}) == len(words)


def test_two_editions_of_an_event_stay_two_events():
    (records,) = resolve([run("a", "The NordMatch 2022 forum was held in Riga on 3 May 2022. "
                                   "NordMatch 2023 will take place in Tallinn on 9 May 2023.")])
    editions = {e.ident for e in records.entities if e.label.startswith("NordMatch")}
    assert len(editions) == 2, editions


def test_one_body_keeps_one_start_date_and_notes_the_other():
    (records,) = resolve([run("a", "Programme: Interreg Europe\nProject period: 01.03.2024 – 28.02.2027\n"
                                   "Project period: 01.04.2024 – 31.03.2027\n")])
    starts = [a for a in records.attributes if a.name.value == "startDate"]
    assert len({(a.subject, a.name) for a in starts}) == len(starts)
    assert any("startDate" in note and "was dropped" in note for note in records.notes)


def test_a_body_named_in_two_languages_has_a_preferred_label_in_each_and_one_display_label(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Project partners\n\nPartners:\n1. Lithuanian Innovation Centre (LT)\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Aleksandras Izgorodinas, Lietuvos inovacijų centro (LIC) ekspertas, kalbėjo apie "
                                  "inovacijas ir klasterių bendradarbiavimą su partneriais iš kitų šalių.\n", encoding="utf-8")
    settings = Settings.load({}, store=tmp_path / "store")
    assert build([corpus], settings).complete
    rows = Store(settings.store).query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?p ?label WHERE { ?org skos:altLabel 'LIC'@lt ; ?p ?label . VALUES ?p { skos:prefLabel rdfs:label } }")
    found = {(row["p"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], row["label"].value, row["label"].language) for row in rows}
    assert found == {("prefLabel", "Lithuanian Innovation Centre", "en"), ("label", "Lithuanian Innovation Centre", "en"),
                     ("prefLabel", "Lietuvos inovacijų centras", "lt")}
    assert validate_store(settings).conforms
