"""Decisions as RDF: the links, a VoID Linkset describing them, and one provenance node per link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

from ...ontology import IG
from .._iri import digest
from ._model import Decision, Thresholds

__all__ = ["VOID", "linkset_graph", "method_of"]

VOID = Namespace("http://rdfs.org/ns/void#")


def method_of(decision: Decision, method: str) -> str:
    """The method and the evidence that agreed, e.g. ``dataset:name+acronym+country``."""
    assert decision.best is not None
    agreed = [key for key, value in decision.best.components if value == "same" or value.startswith("own name") or (key in ("name", "title") and float(value) >= 0.5)]
    return f"{method}:{'+'.join(agreed) or 'none'}"


def linkset_graph(
    linkset: str,
    subjects: str,
    objects: str,
    decisions: Sequence[Decision],
    thresholds: Thresholds,
    *,
    method: str,
    source: str,
    started: dt.datetime,
    plan: str | None = None,
) -> Graph:
    """The named graph ``linkset``: links, the void:Linkset and a node per link.

    ``plan``: the text of the mapping the dataset was read with (a prov:Plan the activity used).
    """
    graph = Graph(identifier=URIRef(linkset))
    node = URIRef(linkset)
    activity = URIRef(f"{linkset}/activity")
    linked = [d for d in decisions if d.predicate and d.best]
    _describe(graph, node, activity, subjects, objects, len(linked), thresholds, source, started)
    for decision in linked:
        _link(graph, node, activity, decision, method)
    if plan is not None:
        mapping = URIRef(f"{linkset}/mapping")
        graph.add((activity, PROV.used, mapping))
        graph.add((mapping, RDF.type, PROV.Plan))
        graph.add((mapping, RDFS.label, Literal("the mapping the dataset was read with (TOML)", lang="en")))
        graph.add((mapping, PROV.value, Literal(plan)))
    return graph


def _describe(graph: Graph, node: URIRef, activity: URIRef, subjects: str, objects: str, count: int,
              thresholds: Thresholds, source: str, started: dt.datetime) -> None:
    graph.add((node, RDF.type, VOID.Linkset))
    graph.add((node, RDFS.label, Literal(f"innograph links to {source}", lang="en")))
    graph.add((node, VOID.subjectsTarget, URIRef(subjects)))
    graph.add((node, VOID.objectsTarget, URIRef(objects)))
    graph.add((node, VOID.linkPredicate, OWL.sameAs))
    graph.add((node, VOID.linkPredicate, SKOS.closeMatch))
    graph.add((node, VOID.triples, Literal(count, datatype=XSD.integer)))
    graph.add((node, DCTERMS.source, Literal(source)))
    graph.add((node, DCTERMS.description, Literal(
        f"owl:sameAs for a score >= {thresholds.same_as}, skos:closeMatch (to review) for a score >= "
        f"{thresholds.review}; a best candidate within {thresholds.margin} of the next is left for review.", lang="en")))
    graph.add((node, PROV.wasGeneratedBy, activity))
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDFS.label, Literal("innograph link", lang="en")))
    graph.add((activity, PROV.used, URIRef(objects)))
    graph.add((activity, PROV.startedAtTime, Literal(started.isoformat(timespec="seconds"), datatype=XSD.dateTime)))


def _link(graph: Graph, linkset: URIRef, activity: URIRef, decision: Decision, method: str) -> None:
    assert decision.best is not None and decision.predicate is not None
    subject, predicate = URIRef(decision.local.iri), URIRef(decision.predicate)
    obj = URIRef(decision.best.external.iri)
    graph.add((subject, predicate, obj))
    link = URIRef(f"{linkset}/link/{digest(subject, predicate, obj)}")
    graph.add((link, RDF.type, IG.Link))
    graph.add((link, RDF.subject, subject))
    graph.add((link, RDF.predicate, predicate))
    graph.add((link, RDF.object, obj))
    graph.add((link, IG.score, Literal(Decimal(str(decision.best.score)), datatype=XSD.decimal)))
    graph.add((link, IG.method, Literal(method_of(decision, method))))
    for key, value in decision.best.components:
        graph.add((link, IG.scoreComponent, Literal(f"{key} {value}")))
    graph.add((link, RDFS.comment, Literal(decision.why, lang="en")))
    graph.add((link, VOID.inDataset, linkset))
    graph.add((link, PROV.wasGeneratedBy, activity))
