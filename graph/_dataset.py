"""Assemble named graphs into the N-Quads a store generation is loaded from."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph

from ..ontology import IG, ONTOLOGY_IRI, ontology_path, reference_paths
from ._countries import country_graph
from ._iri import EU_COUNTRY

__all__ = ["reference_graph", "write_nquads", "countries_used"]


def countries_used(graphs: Iterable[Graph]) -> set[str]:
    """EU country IRIs that appear as ``ig:country`` values."""
    return {str(o) for g in graphs for o in g.objects(None, IG.country) if str(o).startswith(EU_COUNTRY)}


def reference_graph(base: str, countries: set[str]) -> Graph:
    """The ontology, the shipped reference data (resolved under ``base``) and country labels.

    Named ``<https://w3id.org/innograph/ontology>``.
    """
    graph = Graph(identifier=URIRef(ONTOLOGY_IRI))
    graph.parse(ontology_path(), format="turtle")
    for path in reference_paths():
        graph.parse(path, format="turtle", publicID=base)
    graph += country_graph(countries)
    return _skolemised(graph)


def _skolemised(graph: Graph) -> Graph:
    """Blank nodes (OWL unions, lists) become stable skolem IRIs (RDF 1.1, section 3.5).

    Labels come from rdflib's canonical labelling, so the same ontology gives the same
    IRIs on every build; a store would otherwise relabel blank nodes on each load.
    """
    canonical = to_canonical_graph(graph)
    mint = lambda t: URIRef(f"{ONTOLOGY_IRI}/.well-known/genid/{t}") if isinstance(t, BNode) else t  # noqa: E731
    out = Graph(identifier=graph.identifier)
    for s, p, o in canonical:
        out.add((mint(s), p, mint(o)))
    return out


def write_nquads(graph: Graph, out: TextIO) -> int:
    """Append one named graph to ``out`` as N-Quads; returns the number of quads."""
    name = graph.identifier.n3()
    count = 0
    for line in graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines():
        if line.endswith(" ."):
            out.write(f"{line[:-2]} {name} .\n")
            count += 1
    return count
