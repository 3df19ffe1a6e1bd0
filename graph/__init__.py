"""Records to RDF, the on-disk store, and export.

The graph layer knows nothing of loaders or the server: it turns
:class:`DocumentRecords` into named graphs with evidence, keeps them in an
embedded Oxigraph store on disk, and writes them out in RDF formats.
"""

from ._countries import country_graph, country_iri
from ._dataset import countries_used, reference_graph, write_nquads
from ._export import FORMATS, GRAPH_EXPORTS, ExportFormat, export, export_format, export_graph, stream_export
from ._iri import COMMON_PREFIXES, EU_COUNTRY, EU_CURRENCY, EU_LANGUAGE, Minter, output_prefixes, slugify
from ._rdf import OA, bind_prefixes, document_graph
from ._results import GRAPH_FORMATS, RESULT_FORMATS, result_table, serialize_limited, serialize_result
from ._records import (
    Attribute,
    AttributeName,
    Document,
    DocumentRecords,
    Entity,
    EntityType,
    Evidence,
    Relation,
    RelationName,
)
from ._remote import RemoteStore, open_store
from ._sparql_words import sparql_tokens, sparql_words
from ._store import QueryResult, Store
from ._store_dump import STREAMED_DUMPS, noted, stream_store
from ._void import (
    DatasetCounts,
    count_dataset,
    dataset_iri,
    describe_nquads,
    modified_literal,
    void_graph,
    void_graph_iri,
)

__all__ = [
    "COMMON_PREFIXES",
    "Attribute",
    "STREAMED_DUMPS",
    "stream_store",
    "noted",
    "DatasetCounts",
    "count_dataset",
    "dataset_iri",
    "describe_nquads",
    "modified_literal",
    "void_graph",
    "void_graph_iri",
    "AttributeName",
    "Document",
    "DocumentRecords",
    "Entity",
    "EntityType",
    "Evidence",
    "EU_COUNTRY",
    "EU_CURRENCY",
    "EU_LANGUAGE",
    "ExportFormat",
    "FORMATS",
    "Minter",
    "OA",
    "QueryResult",
    "Relation",
    "RelationName",
    "Store",
    "RemoteStore",
    "open_store",
    "bind_prefixes",
    "countries_used",
    "country_graph",
    "country_iri",
    "document_graph",
    "export",
    "export_format",
    "export_graph",
    "sparql_tokens",
    "sparql_words",
    "stream_export",
    "GRAPH_EXPORTS",
    "reference_graph",
    "slugify",
    "output_prefixes",
    "write_nquads",
    "GRAPH_FORMATS",
    "RESULT_FORMATS",
    "result_table",
    "serialize_result",
    "serialize_limited",
]
