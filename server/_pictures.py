"""The data behind the home page's pictures: the co-operation network and organisations per country.

Each function runs SPARQL over the store and returns plain JSON-ready dicts. An entity's
``path`` is where its page is served (``/id/{type}/{slug}`` for the IRI ``<base>{type}/{slug}``),
or None when the IRI is not under the base.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ..graph import Store

__all__ = ["network", "countries", "entity_path", "labels", "rows", "NETWORK_EDGE_LIMIT"]

#: the network picture stops at this many edges (and says so): a browser draws a few thousand at most
NETWORK_EDGE_LIMIT = 3000

_PREFIXES = """PREFIX ig: <https://w3id.org/innograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_EDGES = _PREFIXES + """SELECT DISTINCT ?source ?relation ?target WHERE {
  { ?source a ig:Project ; ig:fundedBy ?target . ?target a ig:Programme . BIND("fundedBy" AS ?relation) }
  UNION { ?source a ig:Project ; ig:coordinator ?target . ?target a ig:Organisation . BIND("coordinator" AS ?relation) }
  UNION { ?source a ig:Project ; ig:participant ?target . ?target a ig:Organisation .
          FILTER NOT EXISTS { ?source ig:coordinator ?target } BIND("participant" AS ?relation) }
  UNION { ?source a ig:Project ; ig:associatedPartner ?target . ?target a ig:Organisation .
          BIND("associatedPartner" AS ?relation) }
  UNION { ?source a ig:Programme ; ig:partOf ?target . ?target a ig:Programme . BIND("partOf" AS ?relation) }
} ORDER BY ?source ?relation ?target LIMIT %d"""
_KINDS = _PREFIXES + """SELECT ?entity ?kind WHERE {
  VALUES (?class ?kind) { (ig:Project "project") (ig:Organisation "organisation") (ig:Programme "programme") }
  ?entity a ?class .
}"""
_LABELS = _PREFIXES + "SELECT ?entity ?label WHERE { VALUES ?entity { %s } ?entity rdfs:label ?label }"
_COUNTRIES = _PREFIXES + """SELECT ?country (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?organisation) AS ?organisations)
WHERE {
  ?organisation a ig:Organisation ; ig:country ?country .
  OPTIONAL { ?country rdfs:label ?name FILTER(langMatches(lang(?name), "en")) }
} GROUP BY ?country ORDER BY DESC(?organisations) ?label ?country"""

_LANGUAGE_ORDER = ("en", "lt")  # a label in English first, then Lithuanian, then any


def rows(store: Store, sparql: str) -> Iterator[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
    """The solutions of a SELECT query as dicts of bound variables."""
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    names = [variable.value for variable in result.variables]
    for solution in result:
        yield {name: solution[name] for name in names if solution[name] is not None}


def entity_path(iri: str, base: str) -> str | None:
    """``/id/{type}/{slug}`` for ``<base>{type}/{slug}``.

    >>> entity_path("https://w3id.org/innograph/id/project/haeppi", "https://w3id.org/innograph/id/")
    '/id/project/haeppi'
    >>> entity_path("http://example.org/x", "https://w3id.org/innograph/id/") is None
    True
    """
    if not iri.startswith(base):
        return None
    rest = iri[len(base):]
    return f"/id/{rest}" if "/" in rest.strip("/") else None


def _label_rank(label: ox.Literal) -> tuple[int, str]:
    language = (label.language or "").lower()
    rank = _LANGUAGE_ORDER.index(language) if language in _LANGUAGE_ORDER else len(_LANGUAGE_ORDER)
    return rank, label.value


def labels(store: Store, iris: Iterable[str], chunk: int = 400) -> dict[str, str]:
    """One rdfs:label per IRI (English, else Lithuanian, else any); IRIs without one are left out."""
    found: dict[str, list[ox.Literal]] = {}
    ordered = sorted(set(iris))
    for start in range(0, len(ordered), chunk):
        values = " ".join(f"<{iri}>" for iri in ordered[start:start + chunk])
        for row in rows(store, _LABELS % values):
            label = row["label"]
            if isinstance(label, ox.Literal):
                found.setdefault(row["entity"].value, []).append(label)
    return {iri: min(choices, key=_label_rank).value for iri, choices in found.items()}


def _edges(store: Store) -> tuple[list[dict[str, str]], bool]:
    edges = [{"source": r["source"].value, "target": r["target"].value, "relation": r["relation"].value}
             for r in rows(store, _EDGES % (NETWORK_EDGE_LIMIT + 1))]
    return edges[:NETWORK_EDGE_LIMIT], len(edges) > NETWORK_EDGE_LIMIT


def network(store: Store, base: str) -> dict[str, object]:
    """Projects, the organisations that hold roles in them and the programmes that fund them, as a graph.

    Every project is a node, with or without edges; organisations and programmes appear when an edge reaches them.
    """
    kinds = {r["entity"].value: r["kind"].value for r in rows(store, _KINDS)}
    edges, truncated = _edges(store)
    ends = {iri for edge in edges for iri in (edge["source"], edge["target"])}
    shown = sorted(iri for iri, kind in kinds.items() if kind == "project" or iri in ends)
    names = labels(store, shown)
    nodes = [{"id": iri, "type": kinds[iri], "label": names.get(iri, iri.rsplit("/", 1)[-1]),
              "path": entity_path(iri, base)} for iri in shown]
    return {"nodes": nodes, "edges": edges, "truncated": truncated}


def countries(store: Store) -> dict[str, object]:
    """How many organisations each country has (``ig:country``), most first; names from the reference data."""
    items = []
    for row in rows(store, _COUNTRIES):
        iri = row["country"].value
        code = iri.rstrip("/").rsplit("/", 1)[-1]
        label = row["label"].value if "label" in row else code
        items.append({"country": iri, "code": code, "label": label, "organisations": int(row["organisations"].value)})
    return {"countries": items}
