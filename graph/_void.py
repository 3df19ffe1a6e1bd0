"""The dataset described in VoID and DCAT: what it holds (counted with SPARQL), where to get it, under which terms.

The build writes this description into the named graph ``<base>void`` (so SPARQL can
query it); the server serves the same graph at ``/.well-known/void``. Counts are over
every named graph except the description's own, each distinct triple once.
https://www.w3.org/TR/void/ https://www.w3.org/TR/vocab-dcat-3/
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, VOID

from ._iri import slugify

__all__ = ["DatasetCounts", "count_dataset", "describe_nquads", "modified_literal", "void_graph", "void_graph_iri",
           "dataset_iri", "LICENSE"]

#: the licence the dataset is published under (the project's own, as for the ontology)
LICENSE = "https://spdx.org/licenses/MIT"
TITLE = "innograph: European innovation co-operation"
DESCRIPTION = ("A knowledge graph of projects, organisations and their roles, programmes, events and people, "
               "extracted from English and Lithuanian documents; every fact keeps its evidence "
               "(document, quote, span).")
#: the dumps /store offers: (path and query, media type, title)
DUMPS = (
    ("store?format=trig", "application/trig", "Whole dataset, one named graph per document (TriG)"),
    ("store?format=nquads", "application/n-quads", "Whole dataset, one named graph per document (N-Quads)"),
    ("store?default&format=turtle", "text/turtle", "Union of all graphs (Turtle)"),
)
VOCABULARIES = ("https://w3id.org/innograph/ontology#", "http://www.w3.org/2004/02/skos/core#",
                "http://purl.org/dc/terms/", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#")
Query = Callable[[str], object]


@dataclass(frozen=True)
class DatasetCounts:
    triples: int
    entities: int  # distinct subjects whose IRI is under the base (void:uriSpace)
    subjects: int
    objects: int
    classes: dict[str, int] = field(default_factory=dict)  # class IRI -> distinct instances
    properties: dict[str, int] = field(default_factory=dict)  # property IRI -> triples


def void_graph_iri(base: str) -> str:
    return f"{base}void"


def dataset_iri(base: str) -> str:
    return f"{base}dataset"


def _data(base: str, pattern: str) -> str:
    """``pattern`` over each distinct triple of every graph but the description's own."""
    own = void_graph_iri(base)
    return f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{own}>) {pattern} }}"


def _numbers(query: Query, sparql: str) -> list[tuple[str, int]]:
    result = query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    return [(s["k"].value if s["k"] is not None else "", int(s["n"].value)) for s in result]


def count_dataset(query: Query, base: str) -> DatasetCounts:
    """Count the dataset with ``query`` (a store's SPARQL query method)."""
    def single(expression: str, where: str = "") -> int:
        return _numbers(query, f'SELECT ("" AS ?k) (COUNT({expression}) AS ?n) WHERE {{ {_data(base, where)} }}')[0][1]

    def grouped(key: str, expression: str, where: str = "") -> dict[str, int]:
        sparql = f"SELECT (?{key} AS ?k) (COUNT({expression}) AS ?n) WHERE {{ {_data(base, where)} }} GROUP BY ?{key}"
        return dict(_numbers(query, sparql))

    return DatasetCounts(
        triples=single("*"),
        entities=single("DISTINCT ?s", f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{base}"))'),
        subjects=single("DISTINCT ?s"),
        objects=single("DISTINCT ?o"),
        classes=grouped("o", "DISTINCT ?s", f"FILTER(?p = <{RDF.type}>)"),
        properties=grouped("p", "*"),
    )


def modified_literal(when: dt.datetime) -> Literal:
    return Literal(when.replace(microsecond=0).isoformat(), datatype=XSD.dateTime)


#: short names of partition nodes: <base>dataset#class-ig-Project, #property-skos-prefLabel
_SHORT = {"ig": "https://w3id.org/innograph/ontology#", "rdf": str(RDF), "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
          "owl": "http://www.w3.org/2002/07/owl#", "skos": "http://www.w3.org/2004/02/skos/core#",
          "dcterms": str(DCTERMS), "prov": "http://www.w3.org/ns/prov#", "oa": "http://www.w3.org/ns/oa#",
          "vann": "http://purl.org/vocab/vann/"}


def _fragment(iri: str) -> str:
    for prefix, namespace in _SHORT.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local.replace("_", "").isalnum():
            return f"{prefix}-{local}"
    return slugify(iri, limit=120)


def _partition(graph: Graph, dataset: URIRef, kind: str, iri: str, count: int) -> None:
    node = URIRef(f"{dataset}#{kind}-{_fragment(iri)}")
    link, key, number = {
        "class": (VOID.classPartition, VOID["class"], VOID.entities),
        "property": (VOID.propertyPartition, VOID.property, VOID.triples),
    }[kind]
    graph.add((dataset, link, node))
    graph.add((node, key, URIRef(iri)))
    graph.add((node, number, Literal(count)))


def void_graph(counts: DatasetCounts, base: str, public_url: str, modified: dt.datetime | None = None) -> Graph:
    """The VoID + DCAT description of the dataset, as the named graph ``<base>void``.

    Without ``modified`` there is no ``dcterms:modified``: the build leaves it out so that two
    builds of the same documents stay byte-identical; the server adds the build time.
    """
    graph = Graph(identifier=URIRef(void_graph_iri(base)))
    graph.bind("void", VOID)
    graph.bind("dcat", DCAT)
    graph.bind("dcterms", DCTERMS)
    dataset = URIRef(dataset_iri(base))
    for kind in (VOID.Dataset, DCAT.Dataset):
        graph.add((dataset, RDF.type, kind))
    graph.add((dataset, DCTERMS.title, Literal(TITLE, lang="en")))
    graph.add((dataset, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
    graph.add((dataset, DCTERMS.license, URIRef(LICENSE)))
    if modified is not None:
        graph.add((dataset, DCTERMS.modified, modified_literal(modified)))
    graph.add((dataset, VOID.uriSpace, Literal(base)))
    graph.add((dataset, VOID.sparqlEndpoint, URIRef(f"{public_url}sparql")))
    for vocabulary in VOCABULARIES:
        graph.add((dataset, VOID.vocabulary, URIRef(vocabulary)))
    _add_counts(graph, dataset, counts)
    _add_dumps(graph, dataset, public_url)
    return graph


def _add_counts(graph: Graph, dataset: URIRef, counts: DatasetCounts) -> None:
    for prop, number in ((VOID.triples, counts.triples), (VOID.entities, counts.entities),
                         (VOID.distinctSubjects, counts.subjects), (VOID.distinctObjects, counts.objects),
                         (VOID.classes, len(counts.classes)), (VOID.properties, len(counts.properties))):
        graph.add((dataset, prop, Literal(number)))
    for iri, number in counts.classes.items():
        _partition(graph, dataset, "class", iri, number)
    for iri, number in counts.properties.items():
        _partition(graph, dataset, "property", iri, number)


def _add_dumps(graph: Graph, dataset: URIRef, public_url: str) -> None:
    for path, media_type, title in DUMPS:
        url = URIRef(public_url + path)
        distribution = URIRef(f"{dataset}#dump-{slugify(path)}")
        graph.add((dataset, VOID.dataDump, url))
        graph.add((dataset, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add((distribution, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media_type}")))
        graph.add((distribution, DCTERMS.title, Literal(title, lang="en")))


def describe_nquads(path: Path, base: str, public_url: str) -> Graph:
    """The description of the dataset in the N-Quads file ``path`` (counted in an in-memory store)."""
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    counts = count_dataset(store.query, base)
    return void_graph(counts, base, public_url)
