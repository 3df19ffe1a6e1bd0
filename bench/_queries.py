"""The queries of the load benchmark, and which goal each one is held to.

``kind`` says what dominates a request: ``engine`` (joins, aggregation, sorting,
scans: the store's work) or ``http`` (a point lookup: the HTTP stack's work).
Goals (issue "A SPARQL endpoint to the standard of Oxigraph server"): engine
queries ≥ 0.8× raw Oxigraph and ≥ 20× rdflib-endpoint; point lookups ≥ 0.5× raw Oxigraph.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GOALS", "Query", "queries"]

_PREFIXES = """PREFIX ig: <https://w3id.org/innograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX country: <http://publications.europa.eu/resource/authority/country/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""

#: kind -> {other server: minimum ratio innograph / other in requests per second}
GOALS: dict[str, dict[str, float]] = {
    "engine": {"oxigraph": 0.8, "rdflib-endpoint": 20.0},
    "http": {"oxigraph": 0.5},
}


@dataclass(frozen=True)
class Query:
    name: str
    kind: str  # "engine" or "http"
    title: str
    sparql: str


def queries(entity: str, country: str = "LTU") -> dict[str, Query]:
    """The benchmark's queries; ``entity`` is the IRI the point lookup asks about."""
    found = [
        Query("point", "http", "one entity's labels",
              f"SELECT ?property ?label WHERE {{ <{entity}> ?property ?label . "
              "VALUES ?property { rdfs:label skos:prefLabel skos:altLabel } }"),
        Query("join", "engine", f"2-hop join: organisations in the projects of {country}'s partners",
              f"""SELECT ?org ?project ?partner ?name WHERE {{
  ?org ig:country country:{country} .
  ?project ig:participant ?org , ?partner .
  ?partner rdfs:label ?name .
  FILTER(?partner != ?org)
}}"""),
        Query("aggregate", "engine", "GROUP BY programme and country: projects and organisations",
              """SELECT ?programme ?country (COUNT(DISTINCT ?project) AS ?projects) (COUNT(DISTINCT ?org) AS ?orgs) WHERE {
  ?project ig:fundedBy ?programme ; ig:participant ?org .
  ?org ig:country ?country .
} GROUP BY ?programme ?country ORDER BY DESC(?projects) ?programme ?country"""),
        Query("optional", "engine", "OPTIONAL + ORDER BY + LIMIT: organisations with city, website, people",
              """SELECT ?org ?name ?city ?website ?person WHERE {
  ?org a ig:Organisation ; rdfs:label ?name .
  OPTIONAL { ?org ig:city ?city }
  OPTIONAL { ?org ig:website ?website }
  OPTIONAL { ?person ig:affiliation ?org }
} ORDER BY ?name ?org ?person LIMIT 50"""),
        Query("text", "engine", "text FILTER over labels",
              """SELECT ?entity ?label WHERE {
  ?entity rdfs:label ?label .
  FILTER(CONTAINS(LCASE(STR(?label)), "food"))
}"""),
        Query("provenance", "engine", f"evidence join: what documents say about {country}'s organisations, with quotes",
              f"""SELECT ?org ?property ?exact ?document WHERE {{
  ?org ig:country country:{country} .
  ?evidence rdf:subject ?org ; rdf:predicate ?property ; prov:wasDerivedFrom ?document ; oa:hasSelector ?selector .
  ?selector oa:exact ?exact .
}}"""),
    ]
    return {q.name: Query(q.name, q.kind, q.title, _PREFIXES + q.sparql) for q in found}
