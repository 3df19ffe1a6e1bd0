"""Synthetic documents as the loaders would hand them to the graph: text plus records.

A page is written sentence by sentence; every fact's evidence is the span of the
words that state it, so ``text[start:end] == quote`` holds as it does for
extracted documents. Two genres: a project page (English or Lithuanian) and an
event report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from _world import COUNTRIES, Event, Org, Person, Project, World

from innograph.graph import (
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

_A = AttributeName
_R = RelationName


class Page:
    """Text under construction and the records read from it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: dict[str, Entity] = {}
        self.attributes: list[Attribute] = []
        self.relations: list[Relation] = []

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def quote(self, text: str, rule: str) -> Evidence:
        evidence = Evidence(self.pos, self.pos + len(text), text, rule)
        self.put(text)
        return evidence

    def entity(self, ident: str, kind: EntityType, label: str, language: str, rule: str,
               subtype: str | None = None) -> str:
        """Mention an entity by its label; returns its key (the first mention is its evidence)."""
        evidence = self.quote(label, rule)
        if ident not in self.entities:
            self.entities[ident] = Entity(ident, kind, ident, label, language, evidence, (label,), subtype)
        return ident

    def attribute(self, key: str, name: AttributeName, value: object, text: str, rule: str,
                  language: str | None = None) -> None:
        evidence = self.quote(text, rule)
        self.attributes.append(Attribute(key, name, value, evidence, language))  # type: ignore[arg-type]

    def relation(self, subject: str, name: RelationName, obj: str, rule: str) -> None:
        """A relation, evidenced by the object's first mention on the page, read by ``rule``."""
        mention = self.entities[obj].evidence
        self.relations.append(Relation(subject, name, obj, Evidence(mention.start, mention.end, mention.quote, rule)))

    def records(self, ident: str, language: str, title: str, issued: dt.date) -> DocumentRecords:
        text = "".join(self.parts)
        raw = text.encode("utf-8")
        document = Document(ident, f"{ident}.txt", text, language, hashlib.sha256(raw).hexdigest(), "text/plain",
                            "utf-8", title, issued)
        return DocumentRecords(document, tuple(self.entities.values()), tuple(self.attributes), tuple(self.relations))


def _organisation(page: Page, org: Org, rule: str) -> str:
    key = page.entity(org.ident, EntityType.ORGANISATION, org.name, org.language, rule, org.subtype)
    page.put(" (")
    page.attribute(key, _A.CITY, org.city, org.city, "typed-name+country")
    page.put(", ")
    page.attribute(key, _A.COUNTRY, org.country, COUNTRIES[org.country][1], "partner-list-country")
    page.put("), ")
    page.attribute(key, _A.WEBSITE, org.website, org.website, "organisation-web-address")
    return key


def _person(page: Page, world: World, person: Person) -> str:
    key = page.entity(person.ident, EntityType.PERSON, person.name, "en", "name-comma-title")
    page.put(", ")
    page.attribute(key, _A.JOB_TITLE, person.job, person.job, "name-comma-title", "en")
    page.put(" at ")
    org = _organisation(page, world.orgs[person.org], "organisation-title-name")
    page.relation(key, _R.AFFILIATION, org, "name-comma-title")
    return key


def _project_head(page: Page, world: World, project: Project, lithuanian: bool) -> str:
    key = page.entity(project.ident, EntityType.PROJECT, project.acronym, "en", "entry-header")
    page.put(": ")
    page.attribute(key, _A.TITLE, project.title, project.title, "titled-project", "en")
    page.put("\n\n")
    page.attribute(key, _A.ACRONYM, project.acronym, project.acronym, "acronym-in-brackets")
    page.put(" (")
    page.attribute(key, _A.IDENTIFIER, project.identifier, project.identifier, "field-period")
    page.put(") – projektą finansuoja " if lithuanian else ") is a project funded by ")
    programme = world.programmes[project.programme]
    prog = page.entity(programme.ident, EntityType.PROGRAMME, programme.label, "en", "programme-gazetteer")
    page.relation(key, _R.FUNDED_BY, prog, "programme-gazetteer")
    page.put(". Trukmė: " if lithuanian else ". It runs from ")
    page.attribute(key, _A.START_DATE, project.start, project.start.isoformat(), "field-period")
    page.put(" – " if lithuanian else " to ")
    page.attribute(key, _A.END_DATE, project.end, project.end.isoformat(), "field-period")
    page.put(". Biudžetas: " if lithuanian else ", with a total budget of ")
    page.attribute(key, _A.BUDGET, project.budget, f"{project.budget}", "field-period")
    page.put(" ")
    page.attribute(key, _A.CURRENCY, "EUR", "EUR", "field-period")
    page.put(". Website: ")
    page.attribute(key, _A.WEBSITE, f"https://{project.ident.split('/')[1]}.eu/", f"https://{project.ident.split('/')[1]}.eu/",
                   "programme-web-address")
    page.put("\n")
    page.attribute(key, _A.DESCRIPTION, _description(project), _description(project), "described-project", "en")
    return key


def _description(project: Project) -> str:
    return (f"{project.acronym} helps small and medium-sized enterprises take up innovation through "
            f"co-operation of clusters, universities and public authorities ({project.title.lower()}).")


def project_page(page: Page, world: World, project: Project, lithuanian: bool) -> None:
    """A project's page: head facts, lead partner, partners, associated partners, contact."""
    key = _project_head(page, world, project, lithuanian)
    page.put("\n\nLead partner: " if not lithuanian else "\n\nProjektą koordinuoja ")
    lead = _organisation(page, world.orgs[project.partners[0]], "paragraph-led-by")
    page.relation(key, _R.COORDINATOR, lead, "project-coordinator")
    page.put("\nPartners:\n" if not lithuanian else "\nPartneriai:\n")
    for index in project.partners[1:]:
        page.put("- ")
        page.relation(key, _R.PARTICIPANT, _organisation(page, world.orgs[index], "partner-list"), "partner-list")
        page.put("\n")
    for index in project.associated:
        page.put("Associated partner: ")
        page.relation(key, _R.ASSOCIATED_PARTNER, _organisation(page, world.orgs[index], "list-item"), "list-item")
        page.put("\n")
    if project.related is not None:
        other = world.projects[project.related]
        page.put("See also the project ")
        page.relation(key, _R.RELATED_PROJECT,
                      page.entity(other.ident, EntityType.PROJECT, other.acronym, "en", "known-name"), "known-name")
        page.put(".\n")
    page.put("Contact: ")
    _person(page, world, world.people[project.contact])
    page.put(".\n")


def event_report(page: Page, world: World, event: Event) -> None:
    """An event report: the event, its organiser, the project it belongs to, attendees and speakers."""
    key = page.entity(event.ident, EntityType.EVENT, event.name, "en", "event-name", event.subtype)
    page.put(" took place on ")
    page.attribute(key, _A.START_DATE, event.date, event.date.isoformat(), "field-period")
    page.put(" in ")
    page.attribute(key, _A.COUNTRY, event.country, COUNTRIES[event.country][1], "typed-name+country")
    page.put(". It was organised by ")
    page.relation(key, _R.ORGANISER, _organisation(page, world.orgs[event.organiser], "typed-name"), "typed-name")
    project = world.projects[event.project]
    page.put(" as part of the project ")
    page.relation(key, _R.PART_OF, page.entity(project.ident, EntityType.PROJECT, project.acronym, "en", "known-name"),
                  "known-name")
    page.put(".\nParticipants:\n")
    for index in event.attendees:
        page.put("- ")
        org = _organisation(page, world.orgs[index], "event-attendee-list")
        page.relation(key, _R.ATTENDEE, org, "event-attendee-list")
        page.put("\n")
    for index in event.speakers:
        page.put("Speaker: ")
        page.relation(key, _R.ATTENDEE, _person(page, world, world.people[index]), "speaker-at-event")
        page.put("\n")
