"""Linking innograph's organisations and projects to external open data, precision first.

:func:`link_dataset` reads an RDF dump (CORDIS's EURIO graph, or any RDF through a
mapping), compares each local organisation and project with the external entries
that share its rarest name tokens, acronyms or identifiers (blocking), scores each
candidate and keeps ``owl:sameAs`` above a high threshold, ``skos:closeMatch`` for
review in a band below it and nothing else. :func:`reconcile` does the same against
a W3C Reconciliation Service. The links, a VoID Linkset and per-link provenance go
into a named graph of their own.
"""

from ._export import export_linksets, linkset_graphs
from ._external import Mapping, load_mapping, read_dump
from ._linkset import VOID, linkset_graph
from ._local import local_entries
from ._match import Index, decide, name_similarity, score_candidates, score_pair
from ._model import CLOSE_MATCH, SAME_AS, THRESHOLDS, Decision, Entry, Scored, Thresholds
from ._rebuild import KeptDataset, keep_datasets, relink, relinking
from ._reconcile import reconcile
from ._run import LinkReport, link_dataset, link_service, linkset_iri, match
from ._text import fold, is_generic, name_tokens

__all__ = [
    "CLOSE_MATCH",
    "Decision",
    "Entry",
    "Index",
    "KeptDataset",
    "LinkReport",
    "Mapping",
    "SAME_AS",
    "Scored",
    "THRESHOLDS",
    "Thresholds",
    "VOID",
    "decide",
    "export_linksets",
    "fold",
    "is_generic",
    "keep_datasets",
    "link_dataset",
    "link_service",
    "linkset_graph",
    "linkset_graphs",
    "linkset_iri",
    "load_mapping",
    "local_entries",
    "match",
    "name_similarity",
    "name_tokens",
    "read_dump",
    "reconcile",
    "relink",
    "relinking",
    "score_candidates",
    "score_pair",
]
