"""The graph layer: records to RDF (golden graph), IRIs, countries, the store, export."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import XSD, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from innograph.errors import QuerySyntaxError, StoreError, UnsupportedFormat
from innograph.graph import (
    Attribute,
    AttributeName,
    Document,
    DocumentRecords,
    Entity,
    EntityType,
    Evidence,
    Minter,
    Relation,
    RelationName,
    Store,
    country_iri,
    document_graph,
    export,
    slugify,
    write_nquads,
)

BASE = "https://example.org/id/"
TEXT = "Erasmus+ project HAePPI. Project coordinator: Nordjylland Region (DK)."


def span(text: str, rule: str = "test") -> Evidence:
    start = TEXT.index(text)
    return Evidence(start, start + len(text), text, rule)


def sample_records() -> DocumentRecords:
    doc = Document("doc-1", "doc-1.txt", TEXT, "en", "ab" * 32, "text/plain", "utf-8", title="A page")
    project = Entity("p", EntityType.PROJECT, "project/haeppi", "HAePPI", "en", span("HAePPI"), ("HAePPI",))
    region = Entity(
        "o", EntityType.ORGANISATION, "organisation/nordjylland-region", "Nordjylland Region", "en",
        span("Nordjylland Region"), ("Nordjylland Region",), subtype="PublicAuthority",
    )
    programme = Entity("e", EntityType.PROGRAMME, "programme/erasmus-plus", "Erasmus+", "en", span("Erasmus+"))
    return DocumentRecords(
        doc,
        entities=(project, region, programme),
        attributes=(
            Attribute("o", AttributeName.COUNTRY, "DK", span("DK")),
            Attribute("p", AttributeName.START_DATE, dt.date(2019, 12, 1), span("HAePPI")),
            Attribute("p", AttributeName.BUDGET, Decimal("1470100"), span("HAePPI")),
        ),
        relations=(
            Relation("p", RelationName.FUNDED_BY, "e", span("Erasmus+ project")),
            Relation("p", RelationName.COORDINATOR, "o", span("coordinator: Nordjylland Region")),
        ),
    )


# The expected statements, written by hand from the ontology's design (evidence left out).
EXPECTED = """
@prefix ig: <https://w3id.org/innograph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix document: <https://example.org/id/document/> .
@prefix project: <https://example.org/id/project/> .
@prefix organisation: <https://example.org/id/organisation/> .
@prefix programme: <https://example.org/id/programme/> .
@prefix role: <https://example.org/id/role/> .

document:doc-1 a ig:Document ; dcterms:title "A page" ; dcterms:source "doc-1.txt" ;
    dcterms:format "text/plain" ; ig:sha256 "%s" ; ig:text "%s" ;
    dcterms:language <http://publications.europa.eu/resource/authority/language/ENG> .
project:haeppi a ig:Project ; skos:prefLabel "HAePPI"@en ; rdfs:label "HAePPI"@en ;
    ig:mentionedIn document:doc-1 ; ig:startDate "2019-12-01"^^xsd:date ; ig:budget "1470100"^^xsd:decimal ;
    ig:fundedBy programme:erasmus-plus ;
    ig:coordinator organisation:nordjylland-region ; ig:participant organisation:nordjylland-region ;
    ig:hasRole role:haeppi--nordjylland-region .
role:haeppi--nordjylland-region a ig:OrganisationRole, ig:CoordinatorRole ;
    ig:roleIn project:haeppi ; ig:heldBy organisation:nordjylland-region ;
    rdfs:label "coordinator: Nordjylland Region in HAePPI"@en .
organisation:nordjylland-region a ig:Organisation, ig:PublicAuthority ;
    skos:prefLabel "Nordjylland Region"@en ; rdfs:label "Nordjylland Region"@en ;
    ig:mentionedIn document:doc-1 ;
    ig:country <http://publications.europa.eu/resource/authority/country/DNK> .
programme:erasmus-plus a ig:Programme ; skos:prefLabel "Erasmus+"@en ; rdfs:label "Erasmus+"@en ;
    ig:mentionedIn document:doc-1 .
""" % ("ab" * 32, TEXT)

EVIDENCE = "https://example.org/id/evidence/"


def without_evidence(graph: Graph) -> Graph:
    out = Graph()
    for s, p, o in graph:
        if not str(s).startswith(EVIDENCE):
            out.add((s, p, o))
    return out


def test_document_graph_matches_the_golden_graph() -> None:
    actual = without_evidence(document_graph(sample_records(), Minter(BASE)))
    expected = Graph().parse(data=EXPECTED, format="turtle")
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        pytest.fail(
            "graphs differ\nonly produced:\n" + only_actual.serialize(format="nt")
            + "\nonly expected:\n" + only_expected.serialize(format="nt")
        )


def test_every_asserted_fact_has_evidence_with_its_quote() -> None:
    graph = document_graph(sample_records(), Minter(BASE))
    rows = graph.query(
        """PREFIX ig: <https://w3id.org/innograph/ontology#>
           PREFIX oa: <http://www.w3.org/ns/oa#>
           SELECT ?p ?exact ?start WHERE {
             ?ev a ig:Evidence ; rdf:predicate ?p ; oa:hasSelector ?q, ?pos .
             ?q oa:exact ?exact . ?pos oa:start ?start }"""
    )
    quotes = {(str(p).rsplit("#", 1)[-1], str(exact), int(start)) for p, exact, start in rows}
    assert ("coordinator", "coordinator: Nordjylland Region", TEXT.index("coordinator:")) in quotes
    assert ("country", "DK", TEXT.index("DK")) in quotes
    facts = {(s, p, o) for s, p, o in graph if not str(s).startswith(EVIDENCE)}
    supported = set(graph.query("SELECT ?s ?p ?o WHERE { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"))
    unsupported = {f for f in facts if f not in supported}
    # only the bookkeeping triples (rdfs:label copies, mentionedIn, role node details, the document) lack evidence
    assert all(str(p).endswith(("label", "mentionedIn", "roleIn", "heldBy", "#type")) or str(s).startswith(BASE + "document/")
               for s, p, _ in unsupported), unsupported


def test_same_records_give_the_same_iris_and_triples() -> None:
    first = document_graph(sample_records(), Minter(BASE))
    second = document_graph(sample_records(), Minter(BASE))
    assert set(first) == set(second)


def test_slugs_and_country_iris() -> None:
    assert slugify("Mokslo, inovacijų ir technologijų agentūra") == "mokslo-inovaciju-ir-technologiju-agentura"
    assert country_iri("el").endswith("/GRC")
    with pytest.raises(ValueError):
        country_iri("XX")


def load_sample(store: Store, tmp_path: Path, records: DocumentRecords | None = None) -> str:
    nq = tmp_path / "sample.nq"
    with nq.open("w", encoding="utf-8") as out:
        write_nquads(document_graph(records or sample_records(), Minter(BASE)), out)
    return store.replace_with([nq])


def test_store_on_disk_answers_queries_in_oxigraph(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    assert store.is_empty()
    load_sample(store, tmp_path)
    rows = list(store.query("PREFIX ig: <https://w3id.org/innograph/ontology#> SELECT ?o WHERE { ?p ig:coordinator ?o }"))
    assert [r["o"].value for r in rows] == [BASE + "organisation/nordjylland-region"]
    assert (tmp_path / "store" / "generations").is_dir()
    assert store.named_graphs() == [BASE + "document/doc-1"]


def test_failed_build_leaves_the_previous_generation_served(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    first = load_sample(store, tmp_path)
    broken = tmp_path / "broken.nq"
    broken.write_text("<http://a> <http://b> this is not N-Quads .\n")
    with pytest.raises(SyntaxError):
        store.replace_with([broken])
    assert store.current_generation() == first
    assert len(store) > 0
    assert len(list((tmp_path / "store" / "generations").iterdir())) == 1


def test_a_new_generation_is_picked_up_by_an_open_reader(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    load_sample(store, tmp_path)
    before = len(store)
    writer = Store(tmp_path / "store")  # another handle, as a separate build would have
    records = sample_records()
    load_sample(writer, tmp_path, DocumentRecords(records.document, entities=records.entities))
    assert len(store) < before


def test_query_errors_are_typed(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with pytest.raises(StoreError, match="empty"):
        store.query("SELECT * WHERE { ?s ?p ?o }")
    load_sample(store, tmp_path)
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT WHERE {")


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld", "trig", "nquads"])
def test_export_parses_back_to_the_same_statements(tmp_path: Path, fmt: str) -> None:
    store = Store(tmp_path / "store")
    load_sample(store, tmp_path)
    out = io.BytesIO()
    export(store, fmt, out, Minter(BASE).prefixes())
    from rdflib import Dataset

    rdflib_format = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}[fmt]
    parsed = Dataset().parse(data=out.getvalue().decode("utf-8"), format=rdflib_format)
    statements = {canon(t) for *t, _ in parsed.quads()}
    assert statements == {canon(t) for t in document_graph(sample_records(), Minter(BASE))}


def canon(triple: tuple) -> tuple:
    """Literals compared by value where Turtle's shorthand may rewrite the lexical form (1470100 -> 1470100.0)."""
    s, p, o = triple
    return (s, p, o.toPython() if getattr(o, "datatype", None) == XSD.decimal else o)


def test_export_is_byte_identical_across_builds(tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        store = Store(tmp_path / name)
        load_sample(store, tmp_path)
        out = io.BytesIO()
        export(store, "turtle", out, Minter(BASE).prefixes())
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert b"organisation:nordjylland-region" in outputs[0]


def test_unknown_export_format_is_refused(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    load_sample(store, tmp_path)
    with pytest.raises(UnsupportedFormat, match="turtle"):
        export(store, "docx", io.BytesIO(), {})


def test_oxigraph_reads_what_write_nquads_writes_including_multiline_literals(tmp_path: Path) -> None:
    records = sample_records()
    doc = records.document
    multiline = Document(doc.ident, doc.source, "line one\nline \"two\"", "en", doc.sha256, doc.media_type, "utf-8")
    nq = tmp_path / "x.nq"
    with nq.open("w", encoding="utf-8") as out:
        write_nquads(document_graph(DocumentRecords(multiline), Minter(BASE)), out)
    texts = [q.object.value for q in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS) if q.predicate.value.endswith("#text")]
    assert texts == ["line one\nline \"two\""]


def test_reference_graph_has_no_blank_nodes_and_is_the_same_each_time() -> None:
    from rdflib import BNode

    from innograph.graph import reference_graph

    first, second = (reference_graph(BASE, {country_iri("LT")}) for _ in range(2))
    assert not any(isinstance(term, BNode) for triple in first for term in triple)
    assert set(first) == set(second)
    assert any(str(s).endswith("/LTU") and o.language == "lt" for s, _, o in first.triples((None, None, None))
               if hasattr(o, "language"))


def test_a_statement_made_by_two_documents_counts_once_in_the_default_graph(tmp_path: Path) -> None:
    records = sample_records()
    twin = DocumentRecords(Document("doc-2", "doc-2.txt", TEXT, "en", "cd" * 32, "text/plain", "utf-8"),
                           entities=records.entities)
    nq = tmp_path / "two.nq"
    with nq.open("w", encoding="utf-8") as out:
        for rec in (records, twin):
            write_nquads(document_graph(rec, Minter(BASE)), out)
    store = Store(tmp_path / "store")
    store.replace_with([nq])
    label = "SELECT (COUNT(?l) AS ?n) WHERE { <%sproject/haeppi> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
    per_graph = "SELECT (COUNT(?l) AS ?n) WHERE { GRAPH ?g { <%sproject/haeppi> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } }"
    assert [int(s["n"].value) for s in store.query(label % BASE)] == [1]
    assert [int(s["n"].value) for s in store.query(per_graph % BASE)] == [2]
    assert len(store) == len(set(document_graph(records, Minter(BASE))) | set(document_graph(twin, Minter(BASE))))
