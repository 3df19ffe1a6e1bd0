"""The innograph ontology and the reference data shipped with it.

``innograph.ttl`` is the vocabulary (classes and properties, with English
labels and comments and alignments to EURIO, W3C ORG, schema.org, FOAF, SKOS,
PROV-O, DCTERMS and Web Annotation); ``markdown_table()`` renders it for
the README. ``reference/`` holds reference data as RDF with sources.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace

from innograph.ontology._table import markdown_table

__all__ = [
    "IG",
    "ONTOLOGY_IRI",
    "markdown_table",
    "ontology_graph",
    "ontology_path",
    "reference_paths",
]

#: The ontology namespace; every class and property lives here.
IG = Namespace("https://w3id.org/innograph/ontology#")
ONTOLOGY_IRI = "https://w3id.org/innograph/ontology"


def ontology_path() -> Path:
    """Path of the ontology's Turtle file inside the installed package."""
    return Path(str(resources.files(__package__) / "innograph.ttl"))


def reference_paths() -> list[Path]:
    """Paths of the reference-data Turtle files, sorted by name."""
    folder = resources.files(f"{__package__}.reference")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".ttl"))


def ontology_graph() -> Graph:
    """The ontology as an rdflib graph."""
    return Graph().parse(ontology_path(), format="turtle")
