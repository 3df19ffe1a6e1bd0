"""The programme gazetteer is read from ontology/reference/programmes.ttl and nothing else."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF

from innograph.graph import Document, EntityType, RelationName
from innograph.loaders import extract
from innograph.loaders._data import programmes
from innograph.loaders._idents import provisional_ident
from innograph.loaders._programmes import gazetteer, programme_for_url, programme_in
from innograph.ontology import IG, reference_paths

BASE = "https://w3id.org/innograph/id/"


def _reference() -> Graph:
    (path,) = [p for p in reference_paths() if p.name == "programmes.ttl"]
    return Graph().parse(path, format="turtle", publicID=BASE)


def test_every_reference_programme_is_in_the_gazetteer_under_its_iri() -> None:
    iris = {str(s).removeprefix(BASE) for s in _reference().subjects(RDF.type, IG.Programme)}
    assert {p.ident for p in programmes()} == iris
    for programme in programmes():  # the loaders mint the same IRI from the label
        assert provisional_ident(EntityType.PROGRAMME, programme.label) == programme.ident


def test_a_body_in_the_reference_data_is_no_programme_in_text() -> None:
    bodies = {p.ident for p in programmes()} - {p.ident for p in gazetteer()}
    assert bodies == {"programme/european-institute-of-innovation-and-technology"}


def test_lithuanian_case_forms_generic_words_and_dashes_match() -> None:
    found = programme_in("finansuojamas Europos socialinio fondo lėšomis")
    assert found is not None and found[0].ident == "programme/european-social-fund"
    assert programme_in("under the Eurostars Programme call")[0].ident == "programme/eurostars"
    assert programme_in("Interreg V-A Lithuania-Poland")[0].ident == "programme/interreg-lithuania-poland"
    assert programme_in("a life programme of learning") is None  # LIFE is written in capitals


def test_longest_label_wins_over_its_first_word() -> None:
    found = programme_in("funded by Interreg Central Baltic in 2019")
    assert found is not None and found[0].ident == "programme/interreg-central-baltic"


def test_url_prefixes_from_the_reference_data() -> None:
    found = programme_for_url("interreg-baltic.eu/project/coldchain/")
    assert found is not None and found[0].ident == "programme/interreg-baltic-sea-region"
    assert programme_for_url("interreg-baltic.eu/news/") is None  # not a project page
    assert programme_for_url("example.org/project/x") is None


def test_a_project_page_address_makes_a_funded_project() -> None:
    text = "Read more at https://interreg-baltic.eu/project/seaquest/ about the pilots.\n"
    records = extract(Document("t", "t.txt", text, "en", "0" * 64, "text/plain", "utf-8"))
    projects = [e for e in records.entities if e.type is EntityType.PROJECT]
    assert [p.label for p in projects] == ["seaquest"]
    (relation,) = [r for r in records.relations if r.name is RelationName.FUNDED_BY]
    assert records.entity(relation.object).ident == "programme/interreg-baltic-sea-region"
