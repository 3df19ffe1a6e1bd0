"""Countries as EU authority-table IRIs, named in English and Lithuanian.

Codes and names come from pycountry (ISO 3166-1, with its translations), not
from a table typed by hand. The EU country authority table identifies a
country by its ISO 3166-1 alpha-3 code. Each country is matched
(``skos:exactMatch``) to its Wikidata item and GeoNames feature from
``ontology/reference/country_ids.csv``, whose sources its header and the
reference README state.
"""

from __future__ import annotations

import csv
import gettext
from functools import lru_cache
from importlib import resources

import pycountry
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from ._iri import EU_COUNTRY

__all__ = ["country_iri", "country_graph", "country_alpha3", "country_ids", "WIKIDATA_ENTITY", "GEONAMES"]

WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

#: EU usage that differs from ISO 3166-1 alpha-2 (the EU's interinstitutional style guide, section 7.1).
_EU_ALPHA2 = {"EL": "GR", "UK": "GB"}
_LANGUAGES = ("lt",)


def _country(alpha2: str) -> "pycountry.db.Country":
    code = _EU_ALPHA2.get(alpha2.upper(), alpha2.upper())
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise ValueError(f"unknown country code {alpha2!r}")
    return country


def country_iri(alpha2: str) -> str:
    """The EU authority-table IRI of a country given by its ISO or EU alpha-2 code.

    >>> country_iri("LT")
    'http://publications.europa.eu/resource/authority/country/LTU'
    >>> country_iri("EL")
    'http://publications.europa.eu/resource/authority/country/GRC'
    """
    return EU_COUNTRY + _country(alpha2).alpha_3


def country_alpha3(value: str) -> str | None:
    """ISO alpha-3 code of a country given by alpha-2/EU code, alpha-3 code, English name or authority IRI.

    >>> country_alpha3("EL"), country_alpha3("http://publications.europa.eu/resource/authority/country/LTU")
    ('GRC', 'LTU')
    >>> country_alpha3("Lithuania"), country_alpha3("Atlantis")
    ('LTU', None)
    """
    text = value.strip().rstrip("/").rsplit("/", 1)[-1].strip()
    text = _EU_ALPHA2.get(text.upper(), text)
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        return None


@lru_cache(maxsize=1)
def country_ids() -> dict[str, tuple[str, str]]:
    """alpha-3 -> (Wikidata QID, GeoNames id), read from the reference table."""
    path = resources.files("innograph.ontology.reference") / "country_ids.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["alpha3"]: (row["wikidata"], row["geonames"]) for row in csv.DictReader(lines)}


@lru_cache(maxsize=None)
def _translation(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_graph(iris: set[str]) -> Graph:
    """Labels (en, lt) and codes for the given EU country IRIs."""
    graph = Graph()
    for iri in sorted(iris):
        country = pycountry.countries.get(alpha_3=iri.rsplit("/", 1)[-1])
        if country is None:
            continue
        node = URIRef(iri)
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, SKOS.notation, Literal(country.alpha_2)))
        graph.add((node, RDFS.label, Literal(country.name, lang="en")))
        graph.add((node, SKOS.prefLabel, Literal(country.name, lang="en")))
        for language in _LANGUAGES:
            name = _translation(language).gettext(country.name)
            graph.add((node, RDFS.label, Literal(name, lang=language)))
            graph.add((node, SKOS.prefLabel, Literal(name, lang=language)))
        wikidata, geonames = country_ids().get(country.alpha_3, ("", ""))
        if wikidata:
            graph.add((node, SKOS.exactMatch, URIRef(WIKIDATA_ENTITY + wikidata)))
        if geonames:
            graph.add((node, SKOS.exactMatch, URIRef(f"{GEONAMES}{geonames}/")))
    return graph
