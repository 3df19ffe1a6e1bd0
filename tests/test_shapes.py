"""The SHACL shapes, one conforming and one violating example per shape.

Every case is a piece of Turtle added to a small valid document graph (BASE):
the conforming cases must leave it valid, the violating ones must produce
violations from exactly the shape named, on the path named.
"""

from __future__ import annotations

import dataclasses

import pyshacl
import pytest
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS
from rdflib.paths import InvPath, Path, SequencePath

from innograph.ontology import IG, ontology_graph
from innograph.shapes import IGSH, ValidationReport, shapes_graph, validate
from innograph.shapes._compile import compile_shapes

OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")

PREFIXES = """
@prefix ig:      <https://w3id.org/innograph/ontology#> .
@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix oa:      <http://www.w3.org/ns/oa#> .
@prefix country:  <http://publications.europa.eu/resource/authority/country/> .
@prefix currency: <http://publications.europa.eu/resource/authority/currency/> .
@prefix language: <http://publications.europa.eu/resource/authority/language/> .
@base <https://w3id.org/innograph/id/> .
"""

# A valid graph of one document: the document, a programme, two organisations
# (one typed only by the ontology's subclass ig:University), two projects, a person.
BASE = """
<document/d> a ig:Document ;
    dcterms:title "International projects" ;
    dcterms:language language:ENG ;
    dcterms:source "000_e66f3bffd84f8a15.txt" ;
    dcterms:format "text/plain" ;
    ig:sha256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" ;
    ig:text "Erasmus+ project HAePPI, coordinated by Nordjylland Region." .
<programme/erasmus-plus> a ig:Programme ;
    rdfs:label "Erasmus+"@en ; skos:prefLabel "Erasmus+"@en ; ig:mentionedIn <document/d> .
<organisation/nordjylland-region> a ig:Organisation , ig:PublicAuthority ;
    rdfs:label "Nordjylland Region"@en ; skos:prefLabel "Nordjylland Region"@en ; ig:mentionedIn <document/d> .
<organisation/university-of-lodz> a ig:University ;
    rdfs:label "University of Lodz"@en ; skos:prefLabel "University of Lodz"@en ; ig:mentionedIn <document/d> .
<project/haeppi> a ig:Project ;
    rdfs:label "HAePPI"@en ; skos:prefLabel "HAePPI"@en ; ig:mentionedIn <document/d> .
<project/intergatesde> a ig:Project ;
    rdfs:label "IntergatesDE"@en ; skos:prefLabel "IntergatesDE"@en ; ig:mentionedIn <document/d> .
<person/jolita-razumiene> a ig:Person ;
    rdfs:label "Jolita Razumiene"@en ; skos:prefLabel "Jolita Razumiene"@en ; ig:mentionedIn <document/d> .
"""

ROLE = """
<project/haeppi> ig:hasRole <project/haeppi/role/nordjylland-region> .
<project/haeppi/role/nordjylland-region> a ig:OrganisationRole , ig:CoordinatorRole ;
    rdfs:label "Nordjylland Region, coordinator of HAePPI"@en ;
    ig:roleIn <project/haeppi> ; ig:heldBy <organisation/nordjylland-region> .
"""

EVIDENCE = """
<evidence/d/1> a ig:Evidence ;
    rdf:subject <project/haeppi> ; rdf:predicate ig:fundedBy ; rdf:object <programme/erasmus-plus> ;
    prov:wasDerivedFrom <document/d> ; ig:rule "programme-before-project" ;
    oa:hasSelector <evidence/d/1#quote> , <evidence/d/1#position> .
<evidence/d/1#quote> a oa:TextQuoteSelector ; oa:exact "Erasmus+ project HAePPI" ; oa:suffix ", coordinated" .
<evidence/d/1#position> a oa:TextPositionSelector ; oa:start 0 ; oa:end 23 .
"""


def check(turtle: str) -> ValidationReport:
    graph = Graph().parse(data=PREFIXES + BASE + turtle, format="turtle")
    return validate(graph)


def violations(report: ValidationReport) -> set[tuple[URIRef, URIRef | Path | None]]:
    return {(r.source_shape, r.path) for r in report.results if r.severity == "Violation"}


# ---------------------------------------------------------------------------
# Conforming examples, one per node shape
# ---------------------------------------------------------------------------

CONFORMING = {
    "ProjectShape": """
        <project/haeppi> skos:altLabel "Haeppi"@en , "HAePPI project" ;
            ig:title "Fostering the innovation in the European habitat and e-health sectors"@en ;
            ig:acronym "HAePPI" ; ig:identifier "2019-1-DK01-KA202-060224" ;
            ig:description "Public procurement of innovation training."@en ;
            ig:startDate "2019-12-01"^^xsd:date ; ig:endDate "2022-05"^^xsd:gYearMonth ;
            ig:budget "1470100.00"^^xsd:decimal ; ig:currency currency:EUR ;
            ig:website <https://www.interregeurope.eu/ibuy/> ;
            ig:fundedBy <programme/erasmus-plus> ;
            ig:coordinator <organisation/nordjylland-region> ;
            ig:participant <organisation/nordjylland-region> , <organisation/university-of-lodz> ;
            ig:associatedPartner <organisation/university-of-lodz> ;
            ig:relatedProject <project/intergatesde> .
        <project/intergatesde> ig:startDate "2017"^^xsd:gYear .
    """
    + ROLE,
    "OrganisationShape": """
        <organisation/nordjylland-region> skos:altLabel "Region Nordjylland"@da ;
            ig:acronym "RN" ; ig:country country:DNK ; ig:city "Aalborg" ;
            ig:website <https://rn.dk/> ;
            ig:partOf <organisation/university-of-lodz> ; ig:memberOf <organisation/university-of-lodz> ;
            ig:cooperatesWith <organisation/university-of-lodz> .
        <organisation/university-of-lodz> rdfs:label "Lodzės universitetas"@lt ;
            skos:prefLabel "Lodzės universitetas"@lt .
    """,
    "ProgrammeShape": """
        <programme/european-territorial-cooperation> a ig:Programme ;
            rdfs:label "European Territorial Cooperation"@en ; skos:prefLabel "European Territorial Cooperation"@en .
        <programme/interreg-europe> a ig:Programme ;
            rdfs:label "Interreg Europe"@en ; skos:prefLabel "Interreg Europe"@en ;
            ig:partOf <programme/european-territorial-cooperation> ;
            ig:website <https://www.interregeurope.eu/> ; ig:urlPrefix "interregeurope.eu/" ;
            ig:mentionedIn <document/d> .
    """,
    "EventShape": """
        <event/baltic-cluster-forum-2018> a ig:Event , ig:Forum ;
            rdfs:label "Baltijos klasterių forumas 2018"@lt ; skos:prefLabel "Baltijos klasterių forumas 2018"@lt ;
            ig:mentionedIn <document/d> ;
            ig:startDate "2018-05-16"^^xsd:date ; ig:endDate "2018-05-16"^^xsd:date ;
            ig:country country:LTU ; ig:city "Vilnius" ;
            ig:organiser <organisation/nordjylland-region> ;
            ig:attendee <organisation/university-of-lodz> , <person/jolita-razumiene> ;
            ig:partOf <project/haeppi> .
        <event/matchmaking> a ig:Matchmaking ;
            rdfs:label "Matchmaking"@en ; skos:prefLabel "Matchmaking"@en ; ig:mentionedIn <document/d> ;
            ig:partOf <programme/erasmus-plus> .
    """,
    "PersonShape": """
        <person/jolita-razumiene> ig:affiliation <organisation/university-of-lodz> ;
            ig:jobTitle "Project Manager"@en .
    """,
    "DocumentShape": """
        <document/d> dcterms:issued "2017-09-26"^^xsd:date .
    """,
    "OrganisationRoleShape": ROLE,
    "EvidenceShape": EVIDENCE,
    "TextQuoteSelectorShape": EVIDENCE + """
        <evidence/d/1#quote> oa:prefix "" .
    """,
    "TextPositionSelectorShape": """
        <evidence/d/2> a ig:Evidence ;
            rdf:subject <project/haeppi> ; rdf:predicate rdfs:label ; rdf:object "HAePPI"@en ;
            prov:wasDerivedFrom <document/d> ; ig:rule "name-in-quotes" ;
            oa:hasSelector <evidence/d/2#quote> , <evidence/d/2#position> .
        <evidence/d/2#quote> a oa:TextQuoteSelector ; oa:exact "HAePPI" .
        <evidence/d/2#position> a oa:TextPositionSelector ;
            oa:start "17"^^xsd:nonNegativeInteger ; oa:end "23"^^xsd:nonNegativeInteger .
    """,
}


def test_base_graph_conforms() -> None:
    report = check("")
    assert report.conforms, report.text
    assert report.results == ()


@pytest.mark.parametrize("shape", sorted(CONFORMING))
def test_conforming_example(shape: str) -> None:
    report = check(CONFORMING[shape])
    assert report.conforms, report.text
    assert report.results == ()


# ---------------------------------------------------------------------------
# Violating examples: (Turtle added to BASE, shape that must report, path)
# ---------------------------------------------------------------------------

VIOLATING: dict[str, tuple[str, URIRef, URIRef | Path]] = {
    # Shared entity property shapes
    "label missing": (
        '<project/x> a ig:Project ; skos:prefLabel "X"@en ; ig:mentionedIn <document/d> .',
        IGSH["Entity-label"], RDFS.label),
    "label without language": (
        '<project/haeppi> rdfs:label "HAePPI" .',
        IGSH["Entity-label"], RDFS.label),
    "two English prefLabels": (
        '<project/haeppi> skos:prefLabel "HAePPI project"@en .',
        IGSH["Entity-prefLabel"], SKOS.prefLabel),
    "altLabel not a literal": (
        "<organisation/nordjylland-region> skos:altLabel <organisation/university-of-lodz> .",
        IGSH["Entity-altLabel"], SKOS.altLabel),
    "mentioned in no document": (
        '<person/x> a ig:Person ; rdfs:label "X"@en ; skos:prefLabel "X"@en .',
        IGSH["Entity-mentionedIn"], IG.mentionedIn),
    "mentioned in a non-document": (
        "<person/jolita-razumiene> ig:mentionedIn <project/haeppi> .",
        IGSH["Entity-mentionedIn"], IG.mentionedIn),
    "empty acronym": (
        '<project/haeppi> ig:acronym "" .',
        IGSH["Entity-acronym"], IG.acronym),
    "description without language": (
        '<project/haeppi> ig:description "A project." .',
        IGSH["Entity-description"], IG.description),
    "website as a literal": (
        '<organisation/nordjylland-region> ig:website "https://rn.dk/" .',
        IGSH["Entity-website"], IG.website),
    "country with an alpha-2 code": (
        "<organisation/nordjylland-region> ig:country country:DK .",
        IGSH["Entity-country"], IG.country),
    "city with a language tag": (
        '<organisation/nordjylland-region> ig:city "Aalborg"@da .',
        IGSH["Entity-city"], IG.city),
    "start date month 13": (
        '<project/haeppi> ig:startDate "2019-13"^^xsd:gYearMonth .',
        IGSH["Entity-startDate"], IG.startDate),
    "two start dates": (
        '<project/haeppi> ig:startDate "2019-12-01"^^xsd:date , "2019"^^xsd:gYear .',
        IGSH["Entity-startDate"], IG.startDate),
    "start date as a string": (
        '<project/haeppi> ig:startDate "1/12/2019" .',
        IGSH["Entity-startDate"], IG.startDate),
    "end date 30 February": (
        '<project/haeppi> ig:endDate "2022-02-30"^^xsd:date .',
        IGSH["Entity-endDate"], IG.endDate),
    # Project
    "title without language": (
        '<project/haeppi> ig:title "Fostering innovation" .',
        IGSH["Project-title"], IG.title),
    "two identifiers": (
        '<project/haeppi> ig:identifier "2019-1-DK01-KA202-060224" , "060224" .',
        IGSH["Project-identifier"], IG.identifier),
    "budget as written": (
        '<project/haeppi> ig:budget "1.470.100" .',
        IGSH["Project-budget"], IG.budget),
    "negative budget": (
        '<project/haeppi> ig:budget "-5"^^xsd:decimal .',
        IGSH["Project-budget"], IG.budget),
    "currency as a code": (
        '<project/haeppi> ig:currency "EUR" .',
        IGSH["Project-currency"], IG.currency),
    "two currencies": (
        "<project/haeppi> ig:currency currency:EUR , currency:DKK .",
        IGSH["Project-currency"], IG.currency),
    "funded by an organisation": (
        "<project/haeppi> ig:fundedBy <organisation/nordjylland-region> .",
        IGSH["Project-fundedBy"], IG.fundedBy),
    "funded by an untyped IRI": (
        "<project/haeppi> ig:fundedBy <programme/unknown> .",
        IGSH["Project-fundedBy"], IG.fundedBy),
    "coordinator is a programme": (
        "<project/haeppi> ig:coordinator <programme/erasmus-plus> .",
        IGSH["Project-coordinator"], IG.coordinator),
    "participant is a person": (
        "<project/haeppi> ig:participant <person/jolita-razumiene> .",
        IGSH["Project-participant"], IG.participant),
    "associated partner is a project": (
        "<project/haeppi> ig:associatedPartner <project/intergatesde> .",
        IGSH["Project-associatedPartner"], IG.associatedPartner),
    "related project is an organisation": (
        "<project/haeppi> ig:relatedProject <organisation/university-of-lodz> .",
        IGSH["Project-relatedProject"], IG.relatedProject),
    "role that is an organisation": (
        "<project/haeppi> ig:hasRole <organisation/nordjylland-region> .",
        IGSH["Project-hasRole"], IG.hasRole),
    # Organisation
    "organisation part of a programme": (
        "<organisation/university-of-lodz> ig:partOf <programme/erasmus-plus> .",
        IGSH["Organisation-partOf"], IG.partOf),
    "member of a project": (
        "<organisation/university-of-lodz> ig:memberOf <project/haeppi> .",
        IGSH["Organisation-memberOf"], IG.memberOf),
    "cooperates with a person": (
        "<organisation/university-of-lodz> ig:cooperatesWith <person/jolita-razumiene> .",
        IGSH["Organisation-cooperatesWith"], IG.cooperatesWith),
    # Programme
    "programme mentioned in a project": (
        "<programme/erasmus-plus> ig:mentionedIn <project/haeppi> .",
        IGSH["Programme-mentionedIn"], IG.mentionedIn),
    "programme part of an organisation": (
        "<programme/erasmus-plus> ig:partOf <organisation/nordjylland-region> .",
        IGSH["Programme-partOf"], IG.partOf),
    "URL prefix with scheme": (
        '<programme/erasmus-plus> ig:urlPrefix "https://erasmus-plus.ec.europa.eu/projects/" .',
        IGSH["Programme-urlPrefix"], IG.urlPrefix),
    "URL prefix with www": (
        '<programme/erasmus-plus> ig:urlPrefix "www.erasmus-plus.ec.europa.eu/projects/" .',
        IGSH["Programme-urlPrefix"], IG.urlPrefix),
    # Event
    "event organised by a person": (
        '<event/e> a ig:Conference ; rdfs:label "E"@en ; skos:prefLabel "E"@en ; ig:mentionedIn <document/d> ;'
        " ig:organiser <person/jolita-razumiene> .",
        IGSH["Event-organiser"], IG.organiser),
    "event attended by a programme": (
        '<event/e> a ig:Event ; rdfs:label "E"@en ; skos:prefLabel "E"@en ; ig:mentionedIn <document/d> ;'
        " ig:attendee <programme/erasmus-plus> .",
        IGSH["Event-attendee"], IG.attendee),
    "event part of an organisation": (
        '<event/e> a ig:Training ; rdfs:label "E"@en ; skos:prefLabel "E"@en ; ig:mentionedIn <document/d> ;'
        " ig:partOf <organisation/nordjylland-region> .",
        IGSH["Event-partOf"], IG.partOf),
    # Person
    "affiliation with a project": (
        "<person/jolita-razumiene> ig:affiliation <project/haeppi> .",
        IGSH["Person-affiliation"], IG.affiliation),
    "job title without language": (
        '<person/jolita-razumiene> ig:jobTitle "Project Manager" .',
        IGSH["Person-jobTitle"], IG.jobTitle),
    # Organisation role
    "role without label": (
        ROLE.replace('rdfs:label "Nordjylland Region, coordinator of HAePPI"@en ;', ""),
        IGSH["OrganisationRole-label"], RDFS.label),
    "role of no kind": (
        ROLE.replace(", ig:CoordinatorRole", ""),
        IGSH["OrganisationRole-kind"], RDF.type),
    "role of two kinds": (
        ROLE + "<project/haeppi/role/nordjylland-region> a ig:PartnerRole .",
        IGSH["OrganisationRole-kind"], RDF.type),
    "role held by two organisations": (
        ROLE + "<project/haeppi/role/nordjylland-region> ig:heldBy <organisation/university-of-lodz> .",
        IGSH["OrganisationRole-heldBy"], IG.heldBy),
    "role held by a person": (
        ROLE.replace("ig:heldBy <organisation/nordjylland-region>", "ig:heldBy <person/jolita-razumiene>"),
        IGSH["OrganisationRole-heldBy"], IG.heldBy),
    "role in two projects": (
        ROLE + "<project/intergatesde> ig:hasRole <project/haeppi/role/nordjylland-region> ."
        " <project/haeppi/role/nordjylland-region> ig:roleIn <project/intergatesde> .",
        IGSH["OrganisationRole-roleIn"], IG.roleIn),
    "role the project does not list": (
        ROLE.replace("<project/haeppi> ig:hasRole <project/haeppi/role/nordjylland-region> .", ""),
        IGSH["OrganisationRole-listedBy"], InvPath(IG.hasRole)),
    "role listed by another project": (
        ROLE + "<project/intergatesde> ig:hasRole <project/haeppi/role/nordjylland-region> .",
        IGSH["OrganisationRole-listedBy"], InvPath(IG.hasRole)),
    # Document
    "document with two titles": (
        '<document/d> dcterms:title "Another title" .',
        IGSH["Document-title"], DCTERMS.title),
    "language as a code": (
        '<document/d> dcterms:language "en" .',
        IGSH["Document-language"], DCTERMS.language),
    "document without source": (
        """<document/e> a ig:Document ; dcterms:language language:LIT ; dcterms:format "text/html" ;
           ig:sha256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" ; ig:text "Tekstas" .""",
        IGSH["Document-source"], DCTERMS.source),
    "format that is not a media type": (
        '<document/d> dcterms:format "plain text" .',
        IGSH["Document-format"], DCTERMS.format),
    "sha256 in upper case": (
        """<document/e> a ig:Document ; dcterms:language language:LIT ; dcterms:format "text/html" ;
           dcterms:source "e.html" ; ig:text "Tekstas" ;
           ig:sha256 "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855" .""",
        IGSH["Document-sha256"], IG.sha256),
    "document without text": (
        """<document/e> a ig:Document ; dcterms:language language:LIT ; dcterms:format "text/html" ;
           dcterms:source "e.html" ; ig:sha256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" .""",
        IGSH["Document-text"], IG.text),
    "issued as a month": (
        '<document/d> dcterms:issued "2017-09"^^xsd:gYearMonth .',
        IGSH["Document-issued"], DCTERMS.issued),
    # Evidence
    "evidence about a literal subject": (
        EVIDENCE.replace("rdf:subject <project/haeppi>", 'rdf:subject "HAePPI"'),
        IGSH["Evidence-subject"], RDF.subject),
    "evidence without predicate": (
        EVIDENCE.replace("rdf:predicate ig:fundedBy ;", ""),
        IGSH["Evidence-predicate"], RDF.predicate),
    "evidence with two objects": (
        EVIDENCE + '<evidence/d/1> rdf:object "Erasmus+" .',
        IGSH["Evidence-object"], RDF.object),
    "evidence derived from a project": (
        EVIDENCE.replace("prov:wasDerivedFrom <document/d>", "prov:wasDerivedFrom <project/haeppi>"),
        IGSH["Evidence-derivedFrom"], PROV.wasDerivedFrom),
    "evidence without rule": (
        EVIDENCE.replace('ig:rule "programme-before-project" ;', ""),
        IGSH["Evidence-rule"], IG.rule),
    "evidence without quote": (
        EVIDENCE.replace("oa:hasSelector <evidence/d/1#quote> , <evidence/d/1#position>",
                         "oa:hasSelector <evidence/d/1#position>"),
        IGSH["Evidence-quote"], SequencePath(OA.hasSelector, OA.exact)),
    "evidence with two positions": (
        EVIDENCE + "<evidence/d/1> oa:hasSelector <evidence/d/1#position2> ."
        " <evidence/d/1#position2> a oa:TextPositionSelector ; oa:start 1 ; oa:end 2 .",
        IGSH["Evidence-position"], SequencePath(OA.hasSelector, OA.start)),
    # Selectors
    "empty quote": (
        EVIDENCE.replace('oa:exact "Erasmus+ project HAePPI"', 'oa:exact ""'),
        IGSH["TextQuoteSelector-exact"], OA.exact),
    "two prefixes": (
        EVIDENCE + '<evidence/d/1#quote> oa:prefix "a" , "b" .',
        IGSH["TextQuoteSelector-prefix"], OA.prefix),
    "suffix with a language tag": (
        EVIDENCE.replace('oa:suffix ", coordinated"', 'oa:suffix ", coordinated"@en'),
        IGSH["TextQuoteSelector-suffix"], OA.suffix),
    "start after end": (
        EVIDENCE.replace("oa:start 0 ; oa:end 23", "oa:start 30 ; oa:end 23"),
        IGSH["TextPositionSelector-start"], OA.start),
    "negative start": (
        EVIDENCE.replace("oa:start 0 ;", "oa:start -1 ;"),
        IGSH["TextPositionSelector-start"], OA.start),
    "position without end": (
        EVIDENCE.replace("oa:start 0 ; oa:end 23", "oa:start 0"),
        IGSH["TextPositionSelector-end"], OA.end),
}


@pytest.mark.parametrize("case", sorted(VIOLATING))
def test_violating_example(case: str) -> None:
    turtle, shape, path = VIOLATING[case]
    report = check(turtle)
    assert not report.conforms
    found = violations(report)
    assert {s for s, _ in found} == {shape}, report.text
    assert (shape, path) in found, report.text


def test_every_property_shape_has_a_violating_example() -> None:
    shapes = shapes_graph()
    named = {s for s in shapes.subjects(RDF.type, SH.PropertyShape) if isinstance(s, URIRef)}
    covered = {shape for _, shape, _ in VIOLATING.values()}
    warnings = {s for s in named if (s, SH.severity, SH.Warning) in shapes}
    assert named - warnings - covered == set()


def test_every_node_shape_with_a_target_has_a_conforming_example() -> None:
    shapes = shapes_graph()
    targeted = {str(s).removeprefix(str(IGSH)) for s in shapes.subjects(SH.targetClass, None)}
    assert targeted == set(CONFORMING)


# ---------------------------------------------------------------------------
# Warnings, class hierarchy, no inference
# ---------------------------------------------------------------------------


def test_non_integer_end_is_reported_by_the_end_shape() -> None:
    report = check(EVIDENCE.replace("oa:end 23", 'oa:end "23 chars"'))
    assert (IGSH["TextPositionSelector-end"], OA.end) in violations(report)


def test_two_countries_warn_but_conform() -> None:
    report = check("<organisation/nordjylland-region> ig:country country:DNK , country:LTU .")
    assert report.conforms, report.text
    assert [(r.severity, r.source_shape, r.path) for r in report.results] == [
        ("Warning", IGSH["Entity-countryAtMostOne"], IG.country)
    ]


def test_two_titles_in_one_language_warn_but_conform() -> None:
    report = check(
        '<project/haeppi> ig:title "Innovation Network Promotion"@en , "Innovation Networking Promotion"@en .'
    )
    assert report.conforms, report.text
    assert [(r.severity, r.source_shape, r.path) for r in report.results] == [
        ("Warning", IGSH["Project-titleOnePerLanguage"], IG.title)
    ]


def test_subclass_counts_for_sh_class_through_the_ontology() -> None:
    # <organisation/university-of-lodz> is typed ig:University only.
    turtle = "<project/haeppi> ig:participant <organisation/university-of-lodz> ."
    assert check(turtle).conforms
    graph = Graph().parse(data=PREFIXES + BASE + turtle, format="turtle")
    without_hierarchy = validate(graph, ontology=Graph())
    assert (IGSH["Project-participant"], IG.participant) in violations(without_hierarchy)


def test_ranges_are_not_used_to_infer_types() -> None:
    # With RDFS inference the range of ig:fundedBy would make any IRI a programme.
    report = check("<project/haeppi> ig:fundedBy <organisation/somewhere> .")
    assert (IGSH["Project-fundedBy"], IG.fundedBy) in violations(report)


# ---------------------------------------------------------------------------
# The report and the validate() surface
# ---------------------------------------------------------------------------


def test_report_fields_name_focus_value_and_component() -> None:
    report = check('<project/haeppi> ig:budget "1.470.100" .')
    (result,) = [r for r in report.results if r.component == SH.DatatypeConstraintComponent]
    assert result.focus_node == URIRef("https://w3id.org/innograph/id/project/haeppi")
    assert str(result.value) == "1.470.100"
    assert result.source_shape == IGSH["Project-budget"]
    assert "xsd:decimal" in result.message


def test_text_has_a_verdict_then_one_line_per_result() -> None:
    report = check(VIOLATING["role in two projects"][0] + '<project/haeppi> ig:budget "x" .')
    verdict, *lines = report.text.splitlines()
    violations = sum(r.severity == "Violation" for r in report.results)
    assert verdict.startswith(f"does not conform ({violations} violation")
    assert len(lines) == len(report.results) >= 2
    for line, result in zip(lines, report.results):
        assert line.startswith(result.severity)
        assert str(result.focus_node) in line
        assert str(result.source_shape).removeprefix(str(IGSH)) in line


def test_results_are_deterministic() -> None:
    turtle = VIOLATING["role held by two organisations"][0] + VIOLATING["two identifiers"][0]
    assert check(turtle) == check(turtle)


def test_report_is_frozen() -> None:
    report = check("")
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = False  # type: ignore[misc]


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    dataset = Dataset()
    document = dataset.graph(URIRef("https://w3id.org/innograph/id/document/d"))
    document.parse(data=PREFIXES + BASE + '<project/haeppi> ig:budget "x" .', format="turtle")
    from_dataset = validate(dataset)
    from_graph = check('<project/haeppi> ig:budget "x" .')
    assert from_dataset == from_graph
    assert not from_dataset.conforms


def test_validate_leaves_the_data_unchanged() -> None:
    graph = Graph().parse(data=PREFIXES + BASE, format="turtle")
    before = set(graph)
    validate(graph)
    assert set(graph) == before


def test_shapes_graph_is_a_copy() -> None:
    mine = shapes_graph()
    mine.remove((None, None, None))
    assert len(shapes_graph()) > 0
    assert (IGSH.ProjectShape, RDF.type, SH.NodeShape) in shapes_graph()


# ---------------------------------------------------------------------------
# The compiled (faster) form of the shapes that validate() runs
# ---------------------------------------------------------------------------


def _authored_results(turtle: str) -> set[tuple[object, ...]]:
    """What pySHACL reports with the shapes as written, not compiled."""
    graph = Graph().parse(data=PREFIXES + BASE + turtle, format="turtle")
    for axiom in ontology_graph().triples((None, RDFS.subClassOf, None)):
        graph.add(axiom)
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    return {
        tuple(report.value(r, p) for p in (SH.focusNode, SH.sourceShape, SH.sourceConstraintComponent, SH.value))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }


@pytest.mark.parametrize("case", ["ProjectShape", "OrganisationRoleShape", "EvidenceShape"])
def test_compiled_shapes_pass_what_the_authored_shapes_pass(case: str) -> None:
    assert _authored_results(CONFORMING[case]) == set()


@pytest.mark.parametrize("case", sorted(VIOLATING))
def test_compiled_shapes_report_what_the_authored_shapes_report(case: str) -> None:
    turtle = VIOLATING[case][0]
    ours = {(r.focus_node, r.source_shape, r.component, r.value) for r in check(turtle).results}
    assert ours == _authored_results(turtle)


def test_compile_moves_targets_onto_property_shapes() -> None:
    compiled = compile_shapes(shapes_graph())
    assert (IGSH.ProjectShape, SH.property, None) not in compiled
    assert (IGSH["Project-budget"], SH.targetClass, IG.Project) in compiled
    label_targets = set(compiled.objects(IGSH["Entity-label"], SH.targetClass))
    assert label_targets == {IG.Project, IG.Organisation, IG.Programme, IG.Event, IG.Person}


def test_compile_leaves_other_node_shapes_alone() -> None:
    shapes = Graph().parse(
        format="turtle",
        data=PREFIXES
        + """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <https://example.org/> .
        ex:Closed a sh:NodeShape ; sh:targetClass ig:Project ; sh:closed true ; sh:property ex:p .
        ex:p a sh:PropertyShape ; sh:path ig:title ; sh:minCount 1 .
        ex:Plain a sh:NodeShape ; sh:targetClass ig:Person ; sh:property ex:q .
        ex:Other a sh:NodeShape ; sh:targetClass ig:Event ; sh:property ex:q ; sh:closed true .
        ex:q a sh:PropertyShape ; sh:path ig:jobTitle ; sh:minCount 1 .
        """,
    )
    assert set(compile_shapes(shapes)) == set(shapes)


def test_shapes_use_only_declared_shape_terms() -> None:
    shapes = shapes_graph()
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        assert (shape, SH.path, None) in shapes, shape
    for shape in set(shapes.subjects(SH.property, None)):
        for prop in shapes.objects(shape, SH.property):
            assert (prop, RDF.type, SH.PropertyShape) in shapes, (shape, prop)
    assert (IGSH.ProjectShape, OWL.imports, None) not in shapes
