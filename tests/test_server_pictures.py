"""The home page's pictures: /api/network, /api/timeline and /api/countries against real stores.

Expectations come from SPARQL counts written here (not the endpoints' queries) and from the gold
annotations of the bundled corpus (tests/gold), never from the endpoints' own output.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from pathlib import Path

import pycountry
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from innograph.graph import Store
from innograph.server import create_app
from innograph.settings import DEFAULT_BASE, Settings

GOLD = Path(__file__).resolve().parent / "gold"
IG = "https://w3id.org/innograph/ontology#"


def api(store: Store, name: str) -> dict:
    response = TestClient(create_app(Settings(), store)).get(f"/api/{name}")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    return response.json()


def values(store: Store, query: str) -> list[tuple[str, ...]]:
    result = store.query(f"PREFIX ig: <{IG}> {query}")
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [tuple(s[n].value for n in names) for s in result]


def gold_entities() -> list[dict]:
    return [e for p in sorted(GOLD.glob("*.gold.json")) for e in json.loads(p.read_text(encoding="utf-8"))["entities"]]


def gold_period(start: str, end: str | None) -> tuple[str, str, bool]:
    """The drawn span of a gold project: first day of its start, last day of its end (or of its start year)."""
    first = start + "-01-01"[len(start) - 4:] if len(start) < 10 else start
    if end is None:
        return first, f"{start[:4]}-12-31", True
    year, month = int(end[:4]), int(end[5:7]) if len(end) > 4 else 12
    last = end if len(end) == 10 else f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return first, last, False


# -- the bundled corpus -------------------------------------------------------------------------
def test_timeline_has_every_dated_project_of_the_gold(corpus_store):
    drawn = api(corpus_store, "timeline")["projects"]
    gold = [e for e in gold_entities() if e["type"] == "Project" and e.get("start")]
    assert len(gold) >= 5
    spans = Counter((p["from"], p["to"], p["open"]) for p in drawn)
    assert not Counter(gold_period(e["start"], e.get("end")) for e in gold) - spans
    by_label = {p["label"].casefold(): p for p in drawn}
    for project in (e for e in gold if e["names"]):
        shown = [by_label[n.casefold()] for n in project["names"] if n.casefold() in by_label]
        assert shown, f"{project['names'][0]} is not in the timeline"
        assert (shown[0]["from"], shown[0]["to"], shown[0]["open"]) == gold_period(project["start"], project.get("end"))
    assert [p["from"] for p in drawn] == sorted(p["from"] for p in drawn)


def test_timeline_lists_exactly_the_projects_with_a_start_date(corpus_store):
    dated = {row[0] for row in values(corpus_store, "SELECT DISTINCT ?p WHERE { ?p a ig:Project ; ig:startDate ?d }")}
    assert {p["id"] for p in api(corpus_store, "timeline")["projects"]} == dated


def test_country_counts_equal_a_sparql_count(corpus_store):
    shown = api(corpus_store, "countries")["countries"]
    assert shown and [c["organisations"] for c in shown] == sorted((c["organisations"] for c in shown), reverse=True)
    for item in shown:
        (count,), = values(corpus_store, f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE "
                                         f"{{ ?o a ig:Organisation ; ig:country <{item['country']}> }}")
        assert item["organisations"] == int(count), item
        assert item["country"].endswith("/" + item["code"])
    located = values(corpus_store, "SELECT DISTINCT ?c WHERE { ?o a ig:Organisation ; ig:country ?c }")
    assert {c["country"] for c in shown} == {row[0] for row in located}


def test_countries_have_the_gold_countries_with_english_names(corpus_store):
    shown = {c["code"]: c["label"] for c in api(corpus_store, "countries")["countries"]}
    for alpha2 in {e["country"] for e in gold_entities() if e["type"] == "Organisation" and e.get("country")}:
        country = pycountry.countries.get(alpha_2=alpha2)
        assert country.alpha_3 in shown, alpha2
        assert shown[country.alpha_3] in (country.name, getattr(country, "common_name", None))


def test_network_has_every_project_and_every_role_holder(corpus_store):
    data = api(corpus_store, "network")
    nodes = {n["id"]: n for n in data["nodes"]}
    projects = {row[0] for row in values(corpus_store, "SELECT ?p WHERE { ?p a ig:Project }")}
    assert {i for i, n in nodes.items() if n["type"] == "project"} == projects
    holders = values(corpus_store, "SELECT DISTINCT ?p ?o WHERE { ?p a ig:Project ; ig:hasRole/ig:heldBy ?o }")
    edges = {(e["source"], e["target"]) for e in data["edges"]}
    assert set(holders) <= edges and not data["truncated"]
    coordinators = values(corpus_store, "SELECT DISTINCT ?p ?o WHERE { ?p a ig:Project ; ig:coordinator ?o }")
    assert {(e["source"], e["target"]) for e in data["edges"] if e["relation"] == "coordinator"} == set(coordinators)
    assert all(e["source"] in nodes and e["target"] in nodes for e in data["edges"])


def test_network_paths_are_the_entity_pages(corpus_store):
    for node in api(corpus_store, "network")["nodes"]:
        kind, slug = node["path"].removeprefix("/id/").split("/")
        assert node["path"].startswith("/id/") and node["id"] == f"{DEFAULT_BASE}{kind}/{slug}"
        assert kind == node["type"] and node["label"]


def known_names(store: Store) -> dict[str, set[str]]:
    """Every label, alternative label and acronym of every entity, casefolded."""
    names: dict[str, set[str]] = {}
    for entity, name in values(store, "SELECT ?e ?n WHERE { VALUES ?p { <http://www.w3.org/2000/01/rdf-schema#label> "
                                      "<http://www.w3.org/2004/02/skos/core#altLabel> ig:acronym } ?e ?p ?n }"):
        names.setdefault(entity, set()).add(name.casefold())
    return names


def test_network_has_the_gold_coordinators(corpus_store):
    data = api(corpus_store, "network")
    names = known_names(corpus_store)
    led = [(names.get(e["source"], set()), names.get(e["target"], set()))
           for e in data["edges"] if e["relation"] == "coordinator"]
    checked = 0
    for path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        said = {e["key"]: {n.casefold() for n in e["names"]} for e in gold["entities"]}
        for project, relation, organisation in gold["relations"]:
            if relation == "coordinator" and any(said[project] & p for p, _ in led):
                assert any(said[project] & p and said[organisation] & o for p, o in led), (project, organisation)
                checked += 1
    assert checked >= 3


# -- small stores -------------------------------------------------------------------------------
def test_labels_prefer_english(sample_store):
    nodes = {n["id"].rsplit("/", 1)[-1]: n["label"] for n in api(sample_store, "network")["nodes"]}
    english = dict(values(sample_store, "SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                                        "FILTER(lang(?l) = 'en') }"))
    assert nodes["amber-cluster"] == english[f"{DEFAULT_BASE}organisation/amber-cluster"]


@pytest.mark.parametrize("name", ["network", "timeline", "countries"])
def test_an_empty_store_gives_empty_pictures(empty_store, name):
    data = api(empty_store, name)
    assert all(value in ([], False) for value in data.values())
    assert "generation" not in data


def test_pictures_follow_a_rebuild(tmp_path, sample_trig):
    store = Store(tmp_path / "store")
    client = TestClient(create_app(Settings(), store))
    for number, extra in enumerate(["", f'<{DEFAULT_BASE}project/later> a <{IG}Project> .']):
        dataset = ox.Dataset(ox.parse(sample_trig, format=ox.RdfFormat.TRIG))
        for triple in ox.parse(extra, format=ox.RdfFormat.TURTLE):
            dataset.add(ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(DEFAULT_BASE + "x")))
        nquads = tmp_path / f"build-{number}.nq"
        ox.serialize(dataset, nquads, format=ox.RdfFormat.N_QUADS)
        store.replace_with([nquads])
        projects = [n for n in client.get("/api/network").json()["nodes"] if n["type"] == "project"]
        assert len(projects) == 2 + number
