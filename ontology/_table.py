"""The ontology as a Markdown table, for the README (a test keeps them in step)."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import NamespaceManager

__all__ = ["markdown_table"]

_IG = Namespace("https://w3id.org/innograph/ontology#")

#: Kinds in the order they appear in the table.
_KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.Class, "Class"),
    (OWL.ObjectProperty, "Object property"),
    (OWL.DatatypeProperty, "Datatype property"),
)

#: Predicates that align a term to another one, with how the table says so.
_ALIGNMENTS: tuple[tuple[URIRef, str], ...] = (
    (RDFS.subClassOf, ""),
    (RDFS.subPropertyOf, ""),
    (OWL.equivalentClass, "≡ "),
    (OWL.equivalentProperty, "≡ "),
    (OWL.inverseOf, "inverse of "),
)

_HEADER = "| Term | Kind | Label | Comment | Aligned to |\n| --- | --- | --- | --- | --- |"


def markdown_table(graph: Graph | None = None) -> str:
    """Every class and property of the ontology as a Markdown table.

    One row per term: classes, then object properties, then datatype
    properties, each sorted by local name; the last column lists the terms it
    is a sub-class/sub-property of, equivalent to (≡) or the inverse of.
    """
    if graph is None:
        from innograph.ontology import ontology_graph

        graph = ontology_graph()
    rows = [_row(graph, term, kind) for kind_iri, kind in _KINDS for term in _terms(graph, kind_iri)]
    return "\n".join([_HEADER, *rows]) + "\n"


def _terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    found = {s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and s.startswith(_IG)}
    return sorted(found, key=lambda term: term[len(_IG) :])


def _row(graph: Graph, term: URIRef, kind: str) -> str:
    names = graph.namespace_manager
    cells = [
        f"`{_curie(names, term)}`",
        kind,
        _english(graph, term, RDFS.label),
        _english(graph, term, RDFS.comment),
        ", ".join(_aligned(graph, term)),
    ]
    return "| " + " | ".join(_escape(cell) for cell in cells) + " |"


def _aligned(graph: Graph, term: URIRef) -> list[str]:
    names = graph.namespace_manager
    found = [
        f"{prefix}`{_curie(names, target)}`"
        for predicate, prefix in _ALIGNMENTS
        for target in graph.objects(term, predicate)
        if isinstance(target, URIRef)
    ]
    return sorted(found)


def _english(graph: Graph, term: URIRef, predicate: URIRef) -> str:
    values = sorted(str(o) for o in graph.objects(term, predicate) if isinstance(o, Literal) and o.language == "en")
    return values[0] if values else ""


def _curie(names: NamespaceManager, iri: URIRef) -> str:
    try:
        return names.curie(iri, generate=False)
    except (KeyError, ValueError):
        return f"<{iri}>"


def _escape(cell: str) -> str:
    return " ".join(cell.replace("|", "\\|").split())
