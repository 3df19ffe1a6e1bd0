"""The README's federated query, run for real: innograph's endpoint joins its countries with a Wikidata-shaped
graph served by a real `oxigraph serve` on 127.0.0.1 through SERVICE (this machine has no route to Wikidata).

The query is read from README.md (section "### Federated queries"), so the README stays the single source; the
only change made to it is the SERVICE endpoint IRI, pointed at the local server, which the allow-list then names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from innograph.graph import Store
from innograph.pipeline import build
from innograph.server import create_app
from innograph.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"
WIKIDATA = "https://query.wikidata.org/sparql"
# Populations as Wikidata states them with wdt:P1082 (round figures: the shape matters here, not the numbers).
POPULATIONS = {"Q37": 2_800_000, "Q211": 1_900_000, "Q191": 1_300_000, "Q36": 38_000_000, "Q183": 83_000_000,
               "Q35": 5_900_000}


def readme_query() -> str:
    section = README.read_text(encoding="utf-8").split("### Federated queries", 1)[1].split("\n### ", 1)[0]
    found = re.search(r"```sparql\n(.*?)```", section, re.S)
    assert found, "the README's Federated queries section has no sparql block"
    return found.group(1)


@pytest.fixture(scope="module")
def wikidata_like(oxigraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`oxigraph serve` on 127.0.0.1 holding wd:Qn wdt:P1082 population triples; yields its query URL."""
    with oxigraph(tmp_path_factory.mktemp("wikidata")) as url:
        turtle = "".join(f"<http://www.wikidata.org/entity/{q}> <http://www.wikidata.org/prop/direct/P1082> {n} .\n"
                         for q, n in POPULATIONS.items())
        answer = httpx.post(f"{url}/store?default", content=turtle, headers={"Content-Type": "text/turtle"})
        assert answer.status_code in (200, 201, 204), answer.text
        yield f"{url}/query"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Store:
    settings = Settings(store=tmp_path_factory.mktemp("federated") / "store")
    build([], settings)
    return Store(settings.store)


def _organisations_per_country(store: Store) -> dict[str, tuple[str, int]]:
    """Wikidata item -> (English country name, organisations), asked of the store alone, without SERVICE."""
    query = """PREFIX ig: <https://w3id.org/innograph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?item ?name (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org a ig:Organisation ; ig:country ?c .
      ?c skos:prefLabel ?name ; skos:exactMatch ?item . FILTER(lang(?name) = "en")
      FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/")) } GROUP BY ?item ?name"""
    return {r["item"].value.rsplit("/", 1)[-1]: (r["name"].value, int(r["n"].value)) for r in store.query(query)}


def test_the_readme_federated_query_joins_with_the_remote_graph(corpus: Store, wikidata_like: str) -> None:
    query = readme_query()
    assert WIKIDATA in query
    client = TestClient(create_app(Settings(service_allow=(wikidata_like,)), corpus))
    answer = client.post("/sparql", data={"query": query.replace(WIKIDATA, wikidata_like)},
                         headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.text
    rows = [(b["name"]["value"], int(b["population"]["value"]), int(b["organisations"]["value"]))
            for b in answer.json()["results"]["bindings"]]
    local = _organisations_per_country(corpus)
    expected = [(name, POPULATIONS[q], n) for q, (name, n) in local.items() if q in POPULATIONS]
    assert rows and sorted(rows) == sorted(expected)
    assert [r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True)  # ORDER BY DESC(?organisations)


def test_the_readme_federated_query_is_refused_when_its_endpoint_is_not_allowed(corpus: Store, wikidata_like: str) -> None:
    client = TestClient(create_app(Settings(service_allow=(WIKIDATA,)), corpus))
    answer = client.post("/sparql", data={"query": readme_query().replace(WIKIDATA, wikidata_like)})
    assert answer.status_code == 403 and wikidata_like in answer.text
