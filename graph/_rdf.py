"""Records to RDF: one graph per document, every fact with its evidence.

Each fact (type, label, attribute, relation) is asserted in the document's
named graph and described by an ``ig:Evidence`` node: the statement it
supports (``rdf:subject/predicate/object``), the document
(``prov:wasDerivedFrom``), the rule, and Web Annotation selectors for the exact
quote and its character position.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from ..ontology import IG
from ._countries import country_iri
from ._iri import EU_CURRENCY, EU_LANGUAGE, Minter
from ._records import Attribute, AttributeName, DocumentRecords, Entity, Evidence, Relation, RelationName

__all__ = ["document_graph", "OA", "bind_prefixes"]

OA = Namespace("http://www.w3.org/ns/oa#")
_CONTEXT = 40  # characters of prefix/suffix kept around a quote
_LANGUAGES = {"en": "ENG", "lt": "LIT", "mixed": "MUL", "und": "UND"}
_ROLE_CLASS = {
    RelationName.COORDINATOR: IG.CoordinatorRole,
    RelationName.PARTICIPANT: IG.PartnerRole,
    RelationName.ASSOCIATED_PARTNER: IG.AssociatedPartnerRole,
}
_ROLE_RANK = {IG.CoordinatorRole: 0, IG.PartnerRole: 1, IG.AssociatedPartnerRole: 2}
_ROLE_WORD = {IG.CoordinatorRole: "coordinator", IG.PartnerRole: "partner", IG.AssociatedPartnerRole: "associated partner"}
_TAGGED = {AttributeName.TITLE, AttributeName.DESCRIPTION, AttributeName.JOB_TITLE}


def bind_prefixes(graph: Graph, minter: Minter) -> Graph:
    graph.bind("ig", IG)
    graph.bind("oa", OA)
    graph.bind("prov", PROV)
    for name, iri in minter.prefixes().items():
        graph.bind(name, Namespace(iri))
    return graph


class _Builder:
    """Adds one document's records to a graph; small steps, one per record kind."""

    def __init__(self, records: DocumentRecords, minter: Minter) -> None:
        self.records = records
        self.minter = minter
        self.doc = records.document
        self.doc_iri = URIRef(minter.document(self.doc.ident))
        self.graph = bind_prefixes(Graph(identifier=self.doc_iri), minter)
        self.iris = {e.key: URIRef(minter.entity(e.ident)) for e in records.entities}
        self.roles: dict[URIRef, URIRef] = {}  # role IRI -> role class chosen so far

    def fact(self, s: URIRef, p: URIRef, o: URIRef | Literal, evidence: Evidence) -> None:
        g = self.graph
        g.add((s, p, o))
        node = URIRef(self.minter.evidence(self.doc.ident, s, p, o, evidence.start, evidence.end))
        quote, position = URIRef(f"{node}-quote"), URIRef(f"{node}-position")
        text = self.doc.text
        g.add((node, RDF.type, IG.Evidence))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, PROV.wasDerivedFrom, self.doc_iri))
        g.add((node, IG.rule, Literal(evidence.rule)))
        g.add((node, OA.hasSelector, quote))
        g.add((node, OA.hasSelector, position))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(evidence.quote)))
        g.add((quote, OA.prefix, Literal(text[max(0, evidence.start - _CONTEXT) : evidence.start])))
        g.add((quote, OA.suffix, Literal(text[evidence.end : evidence.end + _CONTEXT])))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(evidence.start, datatype=XSD.integer)))
        g.add((position, OA.end, Literal(evidence.end, datatype=XSD.integer)))

    def document(self) -> None:
        g, doc, iri = self.graph, self.doc, self.doc_iri
        g.add((iri, RDF.type, IG.Document))
        g.add((iri, DCTERMS.title, Literal(doc.title or doc.source)))
        g.add((iri, DCTERMS.source, Literal(doc.source)))
        g.add((iri, DCTERMS.format, Literal(doc.media_type)))
        g.add((iri, DCTERMS.language, URIRef(EU_LANGUAGE + _LANGUAGES.get(doc.language, "UND"))))
        g.add((iri, IG.sha256, Literal(doc.sha256)))
        g.add((iri, IG.text, Literal(doc.text)))
        if doc.issued:
            g.add((iri, DCTERMS.issued, Literal(doc.issued, datatype=XSD.date)))

    def entity(self, entity: Entity) -> None:
        s, ev = self.iris[entity.key], entity.evidence
        self.fact(s, RDF.type, IG[entity.type.value], ev)
        if entity.subtype:
            self.fact(s, RDF.type, IG[entity.subtype], ev)
        label = Literal(entity.label, lang=entity.label_language)
        self.fact(s, SKOS.prefLabel, label, ev)
        self.graph.add((s, RDFS.label, label))
        self.graph.add((s, IG.mentionedIn, self.doc_iri))
        by_quote = {m.quote: m for m in (ev, *entity.mentions)}
        preferred = {entity.label}
        if entity.local_label:  # the preferred label in this page's language, when the shared one is in another
            local, language = entity.local_label
            self.fact(s, SKOS.prefLabel, Literal(local, lang=language), by_quote.get(local, ev))
            preferred.add(local)
        for name in dict.fromkeys(entity.names):
            if name not in preferred:
                alt = Literal(name, lang=self._language())
                self.fact(s, SKOS.altLabel, alt, by_quote.get(name, ev))

    def attribute(self, attribute: Attribute) -> None:
        s = self.iris[attribute.subject]
        value = _attribute_value(attribute, self._language())
        self.fact(s, IG[attribute.name.value], value, attribute.evidence)

    def relation(self, relation: Relation) -> None:
        s, o, ev = self.iris[relation.subject], self.iris[relation.object], relation.evidence
        self.fact(s, IG[relation.name.value], o, ev)
        role_class = _ROLE_CLASS.get(relation.name)
        if role_class is None:
            return
        if relation.name is RelationName.COORDINATOR:
            self.fact(s, IG.participant, o, ev)
        self._role(relation, s, o, role_class)

    def _role(self, relation: Relation, project: URIRef, org: URIRef, role_class: URIRef) -> None:
        entities = {e.key: e for e in self.records.entities}
        subject, obj = entities[relation.subject], entities[relation.object]
        role = URIRef(self.minter.role(subject.ident, obj.ident))
        self.fact(project, IG.hasRole, role, relation.evidence)
        self.graph.add((role, IG.roleIn, project))
        self.graph.add((role, IG.heldBy, org))
        self.graph.add((role, RDF.type, IG.OrganisationRole))
        previous = self.roles.get(role)
        if previous is None or _ROLE_RANK[role_class] < _ROLE_RANK[previous]:
            if previous is not None:
                self.graph.remove((role, RDF.type, previous))
            self.roles[role] = role_class
            self.graph.add((role, RDF.type, role_class))
            self.graph.set((role, RDFS.label, Literal(f"{_ROLE_WORD[role_class]}: {obj.label} in {subject.label}", lang="en")))

    def _language(self) -> str:
        return self.doc.language if self.doc.language in ("en", "lt") else "und"


def _attribute_value(attribute: Attribute, language: str) -> URIRef | Literal:
    name, value = attribute.name, attribute.value
    if name is AttributeName.COUNTRY:
        return URIRef(country_iri(str(value)))
    if name is AttributeName.CURRENCY:
        return URIRef(EU_CURRENCY + str(value).upper())
    if name is AttributeName.WEBSITE:
        return URIRef(str(value))
    if name is AttributeName.BUDGET:
        return _decimal_literal(Decimal(str(value)))
    if name in (AttributeName.START_DATE, AttributeName.END_DATE):
        return _date_literal(value)
    if name in _TAGGED:
        return Literal(str(value), lang=attribute.language or language)
    return Literal(str(value))


def _decimal_literal(value: Decimal) -> Literal:
    """Canonical xsd:decimal lexical form (XSD 1.1: ``1470100``, ``333524.8``), as Oxigraph stores it."""
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal, normalize=False)


def _date_literal(value: object) -> Literal:
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    text = str(value)
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(text), XSD.date)
    return Literal(text, datatype=kind)


def document_graph(records: DocumentRecords, minter: Minter) -> Graph:
    """The named graph of one document: the document, its entities and facts, with evidence."""
    builder = _Builder(records, minter)
    builder.document()
    for entity in records.entities:
        builder.entity(entity)
    for attribute in records.attributes:
        builder.attribute(attribute)
    for relation in records.relations:
        builder.relation(relation)
    return builder.graph
