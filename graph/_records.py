"""The records a loader hands to the graph: plain, typed, immutable.

A loader reads one document and returns a :class:`DocumentRecords`: the
document itself, the entities it mentions, their literal attributes and the
relations between them. Every attribute, relation and entity carries the
:class:`Evidence` it was read from (character span, exact quote, rule name), so
the graph can say for each triple which sentence it came from.

Entities are identified inside one document by ``key``; ``Entity.ident`` is the
global identity (``"organisation/lithuanian-innovation-centre"``) that entity
resolution assigns across documents and the graph turns into an IRI.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

__all__ = [
    "Attribute",
    "AttributeName",
    "Document",
    "DocumentRecords",
    "Entity",
    "EntityType",
    "Evidence",
    "Relation",
    "RelationName",
]


class EntityType(str, Enum):
    """The five kinds of things the graph knows; values are ontology class names."""

    PROJECT = "Project"
    ORGANISATION = "Organisation"
    PROGRAMME = "Programme"
    EVENT = "Event"
    PERSON = "Person"

    @property
    def path(self) -> str:
        """IRI path segment for this type: ``organisation``, ``project``, ..."""
        return self.value.lower()


class RelationName(str, Enum):
    """Relations between entities; values are ontology property local names."""

    FUNDED_BY = "fundedBy"  # Project -> Programme
    COORDINATOR = "coordinator"  # Project -> Organisation (lead partner)
    PARTICIPANT = "participant"  # Project -> Organisation (partner)
    ASSOCIATED_PARTNER = "associatedPartner"  # Project -> Organisation
    PART_OF = "partOf"  # Org->Org, Programme->Programme, Event->Project|Programme
    MEMBER_OF = "memberOf"  # Organisation -> Organisation
    AFFILIATION = "affiliation"  # Person -> Organisation
    ORGANISER = "organiser"  # Event -> Organisation
    ATTENDEE = "attendee"  # Event -> Organisation | Person
    RELATED_PROJECT = "relatedProject"  # Project -> Project
    COOPERATES_WITH = "cooperatesWith"  # Organisation -> Organisation


class AttributeName(str, Enum):
    """Literal-valued facts; values are ontology property local names.

    Value types: ``startDate``/``endDate`` take ``datetime.date`` or a string
    ``"YYYY"``/``"YYYY-MM"``; ``budget`` a ``Decimal``; ``currency`` and
    ``country`` codes (ISO 4217 ``"EUR"``, ISO 3166 alpha-2 ``"LT"``);
    ``website`` an absolute URL; the rest strings.
    """

    ACRONYM = "acronym"
    TITLE = "title"
    IDENTIFIER = "identifier"
    START_DATE = "startDate"
    END_DATE = "endDate"
    BUDGET = "budget"
    CURRENCY = "currency"
    COUNTRY = "country"
    CITY = "city"
    WEBSITE = "website"
    DESCRIPTION = "description"
    JOB_TITLE = "jobTitle"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``text[start:end] == quote`` in the document text."""

    start: int
    end: int
    quote: str
    rule: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True)
class Document:
    """One source document after decoding and cleaning.

    ``ident`` is a stable slug made from the file name (``"000-e66f3bffd84f8a15"``);
    ``text`` is the cleaned text every evidence span points into.
    """

    ident: str
    source: str  # file name as given (no directory), for people
    text: str
    language: str  # "en", "lt", "mixed" or "und"
    sha256: str  # of the raw bytes
    media_type: str  # "text/plain", "text/html", "text/markdown"
    encoding: str  # the encoding the bytes were decoded with
    title: str | None = None
    issued: dt.date | None = None  # the document's own date, when it gives one
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A thing a document names.

    ``names`` holds every surface form as written (first is the preferred one);
    ``label`` is the preferred label in ``label_language`` (a normalised,
    nominative form for Lithuanian where one could be made), the same for a body
    in every document once resolved; ``local_label`` is its preferred label in
    another language, ``(label, language)``, when a document names it in that one
    (a Lithuanian page's nominative next to the English name). ``subtype`` is an
    Organisation or Event subclass name (``"Cluster"``, ``"Forum"``) or None.
    """

    key: str
    type: EntityType
    ident: str  # "organisation/lithuanian-innovation-centre": IRI path under the base
    label: str
    label_language: str
    evidence: Evidence
    names: tuple[str, ...] = ()
    subtype: str | None = None
    mentions: tuple[Evidence, ...] = ()
    local_label: tuple[str, str] | None = None


@dataclass(frozen=True)
class Attribute:
    subject: str  # Entity.key
    name: AttributeName
    value: str | Decimal | dt.date
    evidence: Evidence
    language: str | None = None  # for language-tagged strings (title, description)


@dataclass(frozen=True)
class Relation:
    subject: str  # Entity.key
    name: RelationName
    object: str  # Entity.key
    evidence: Evidence


@dataclass(frozen=True)
class DocumentRecords:
    """Everything one loader run produced for one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    relations: tuple[Relation, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def entity(self, key: str) -> Entity:
        for entity in self.entities:
            if entity.key == key:
                return entity
        raise KeyError(key)
