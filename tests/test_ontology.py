"""The ontology, its Markdown table and the programme reference data."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.ontology import IG, ONTOLOGY_IRI, markdown_table, ontology_graph, reference_paths
from innograph.shapes import shapes_graph, validate

BASE = "https://w3id.org/innograph/id/"
EURIO = Namespace("http://data.europa.eu/s66#")

KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)

#: External vocabularies an alignment may point into.
EXTERNAL = {
    "http://data.europa.eu/s66#",
    "http://www.w3.org/ns/org#",
    "https://schema.org/",
    "http://xmlns.com/foaf/0.1/",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/prov#",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/ns/oa#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}

#: EURIO terms as published in EURIO's vocabulary (labels and comments of
#: http://data.europa.eu/s66#); an alignment to any other eurio: name is a typo.
EURIO_TERMS = {
    "Acronym", "FundingScheme", "ForProfitOrganisation", "HigherOrSecondaryEducation", "Organisation",
    "OrganisationRole", "Project", "PublicBody", "ResearchOrganisation", "addressLocality", "currency",
    "description", "endDate", "hasEUCountryCode", "hasFundingSchemeProgramme", "hasInvolvedParty",
    "hasRelatedProject", "hasTotalCost", "identifier", "isFundedBy", "isInvolvedIn", "isRoleOf",
    "shortForm", "startDate", "title", "url",
}

#: Terms the graph layer writes besides the record enums (HELPER_CONTEXT.md).
REQUIRED = {
    "Cluster", "University", "PublicAuthority", "Agency", "Company", "Association", "Network",
    "ResearchInfrastructure", "NonProfit", "Conference", "Forum", "Matchmaking", "Training", "Document",
    "OrganisationRole", "CoordinatorRole", "PartnerRole", "AssociatedPartnerRole", "Evidence",
    "hasRole", "roleIn", "heldBy", "mentionedIn", "rule", "sha256", "text", "urlPrefix",
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


@pytest.fixture(scope="module")
def programmes() -> Graph:
    (path,) = [p for p in reference_paths() if p.name == "programmes.ttl"]
    return Graph().parse(path, format="turtle", publicID=BASE)


def declared(graph: Graph) -> set[URIRef]:
    return {s for kind in KINDS for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and s in IG}


def english(graph: Graph, term: URIRef, predicate: URIRef) -> list[str]:
    return [str(o) for o in graph.objects(term, predicate) if isinstance(o, Literal) and o.language == "en"]


# ---------------------------------------------------------------------------
# Declarations
# ---------------------------------------------------------------------------


def test_ontology_header(ontology: Graph) -> None:
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    for predicate in (DCTERMS.title, DCTERMS.description, OWL.versionInfo, DCTERMS.license):
        assert ontology.value(header, predicate) is not None, predicate


def test_record_vocabulary_is_declared(ontology: Graph) -> None:
    for entity_type in EntityType:
        assert (IG[entity_type.value], RDF.type, OWL.Class) in ontology, entity_type
    for relation in RelationName:
        assert (IG[relation.value], RDF.type, OWL.ObjectProperty) in ontology, relation
    for attribute in AttributeName:
        kinds = set(ontology.objects(IG[attribute.value], RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, attribute


def test_graph_layer_terms_are_declared(ontology: Graph) -> None:
    assert {IG[name] for name in REQUIRED} <= declared(ontology)


def test_iri_valued_attributes_are_object_properties(ontology: Graph) -> None:
    for name in (AttributeName.COUNTRY, AttributeName.CURRENCY, AttributeName.WEBSITE):
        assert (IG[name.value], RDF.type, OWL.ObjectProperty) in ontology


def test_every_term_has_english_label_and_comment(ontology: Graph) -> None:
    for term in declared(ontology):
        assert len(english(ontology, term, RDFS.label)) == 1, term
        assert len(english(ontology, term, RDFS.comment)) == 1, term


def test_every_ig_term_used_is_declared(ontology: Graph) -> None:
    terms = declared(ontology)
    used_in_ontology = {node for triple in ontology for node in triple if isinstance(node, URIRef) and node in IG}
    used_in_shapes = {node for triple in shapes_graph() for node in triple if isinstance(node, URIRef) and node in IG}
    assert used_in_ontology <= terms
    assert used_in_shapes <= terms


def test_every_class_is_aligned_to_an_external_vocabulary(ontology: Graph) -> None:
    def aligned(cls: URIRef) -> bool:
        supers = set(ontology.objects(cls, RDFS.subClassOf)) | set(ontology.objects(cls, OWL.equivalentClass))
        return any(str(s).startswith(tuple(EXTERNAL)) for s in supers) or any(
            aligned(s) for s in supers if s in IG
        )

    for cls in ontology.subjects(RDF.type, OWL.Class):
        if cls in IG:
            assert aligned(cls), cls


def test_alignments_point_into_known_vocabularies(ontology: Graph) -> None:
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.inverseOf, RDFS.seeAlso):
        for term, target in ontology.subject_objects(predicate):
            if term in IG and isinstance(target, URIRef) and target not in IG:
                assert str(target).startswith(tuple(EXTERNAL)), (term, target)


def test_eurio_terms_exist_in_eurio(ontology: Graph) -> None:
    nodes = {node for triple in ontology for node in triple if isinstance(node, URIRef) and node in EURIO}
    used = {str(node)[len(EURIO) :] for node in nodes}
    assert used, "the ontology is aligned to EURIO"
    assert used <= EURIO_TERMS


def test_role_properties_are_inverse_and_functional(ontology: Graph) -> None:
    assert (IG.hasRole, OWL.inverseOf, IG.roleIn) in ontology
    assert (IG.roleIn, RDF.type, OWL.FunctionalProperty) in ontology
    assert (IG.heldBy, RDF.type, OWL.FunctionalProperty) in ontology
    assert (IG.coordinator, RDFS.subPropertyOf, IG.participant) in ontology


# ---------------------------------------------------------------------------
# Markdown table
# ---------------------------------------------------------------------------


def test_markdown_table_has_one_row_per_term(ontology: Graph) -> None:
    rows = markdown_table().splitlines()[2:]
    names = [row.split("|")[1].strip().strip("`") for row in rows]
    assert sorted(names) == sorted(f"ig:{term[len(IG):]}" for term in declared(ontology))


def test_markdown_table_rows_carry_label_and_alignments(ontology: Graph) -> None:
    for row in markdown_table().splitlines()[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        term = IG[cells[0].strip("`").removeprefix("ig:")]
        assert cells[2] == english(ontology, term, RDFS.label)[0]
        for target in ontology.objects(term, RDFS.subClassOf):
            assert ontology.namespace_manager.curie(target) in cells[4]


def test_markdown_table_is_stable() -> None:
    assert markdown_table() == markdown_table()
    assert markdown_table(ontology_graph()) == markdown_table()


# ---------------------------------------------------------------------------
# Programme reference data
# ---------------------------------------------------------------------------


def test_programmes_parse_under_the_base(programmes: Graph) -> None:
    found = set(programmes.subjects(RDF.type, IG.Programme))
    assert len(found) >= 20
    assert all(str(p).startswith(BASE + "programme/") for p in found)


def test_every_programme_has_english_label_and_source(programmes: Graph) -> None:
    for programme in programmes.subjects(RDF.type, IG.Programme):
        assert len(english(programmes, programme, SKOS.prefLabel)) == 1, programme
        assert programmes.value(programme, DCTERMS.source) is not None, programme
        (comment,) = english(programmes, programme, RDFS.comment)
        assert "Source:" in comment, programme


def test_programme_labels_follow_skos(programmes: Graph) -> None:
    for programme in programmes.subjects(RDF.type, IG.Programme):
        preferred = list(programmes.objects(programme, SKOS.prefLabel))
        languages = [label.language for label in preferred]
        assert len(languages) == len(set(languages)), programme
        assert set(programmes.objects(programme, RDFS.label)) == set(preferred), programme
        assert not set(preferred) & set(programmes.objects(programme, SKOS.altLabel)), programme


def test_aliases_of_the_brief_are_present(programmes: Graph) -> None:
    labels = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in programmes.objects(None, p)}
    for alias in (
        "Erasmus+", "Erasmus Plus", "„Erasmus+“ programa", "Interreg BSR", "Baltic Sea Region Programme",
        "Interreg Baltijos jūros regiono programa", "Innovation Express", "Inovacijų ekspresas", "ERDF",
        "Europos regioninės plėtros fondas", "ERPF", "H2020", "Horizontas 2020", "EIT",
        "Europos inovacijos ir technologijos institutas",
    ):
        assert alias in labels, alias
    assert not any("Enterprise Europe Network" in label for label in labels)


def test_part_of_links_stay_inside_the_programmes(programmes: Graph) -> None:
    known = set(programmes.subjects(RDF.type, IG.Programme))
    links = list(programmes.subject_objects(IG.partOf))
    assert links
    for part, whole in links:
        assert whole in known and part != whole


def test_programmes_conform_to_the_shapes(programmes: Graph) -> None:
    report = validate(programmes)
    assert report.conforms, report.text
    assert report.results == ()
