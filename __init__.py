"""innograph: a linked-data knowledge graph of European innovation co-operation.

The stages are subpackages: :mod:`innograph.loaders` (documents to records),
:mod:`innograph.graph` (records to RDF, the store, export),
:mod:`innograph.shapes` (SHACL validation), :mod:`innograph.server` (SPARQL
endpoint and Linked Data pages); :mod:`innograph.ontology` holds the vocabulary.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
