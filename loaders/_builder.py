"""Collects one document's entities, attributes and relations with their evidence.

Inside a document the same name (compared case- and accent-insensitively, and
through Lithuanian case endings) of the same type is one entity; aliases found
later (an acronym in brackets, a case form) join it. Keys are handed out in
order of first sight, so the same text always gives the same records.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from innograph.graph import (
    Attribute, AttributeName, Document, DocumentRecords, Entity, EntityType, Evidence, Relation,
    RelationName,
)
from innograph.loaders._names import name_key


def _key(name: str) -> str:
    """Index key: :func:`name_key` without spaces, so ``SmartFood`` and ``SMART Food`` are one name."""
    return name_key(name).replace(" ", "")

__all__ = ["Builder"]


@dataclass
class _Draft:
    key: str
    type: EntityType
    label: str
    language: str
    evidence: Evidence
    names: list[str] = field(default_factory=list)
    subtype: str | None = None
    mentions: list[Evidence] = field(default_factory=list)


class Builder:
    """Mutable collector; :meth:`records` freezes the result."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self._drafts: dict[str, _Draft] = {}
        self._index: dict[tuple[EntityType, str], str] = {}
        self._attributes: dict[tuple[str, AttributeName, str], Attribute] = {}
        self._relations: dict[tuple[str, RelationName, str], Relation] = {}
        self.notes: list[str] = []
        self._redirect: dict[str, str] = {}
        self._count = 0
        self._changes = 0  # bumped whenever a mention is added or two entities merge
        self._sorted: tuple[int, list[int], list[tuple[int, int, str]]] = (-1, [], [])

    # evidence -------------------------------------------------------------
    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        """Evidence for ``text[start:end]`` with surrounding whitespace trimmed."""
        piece = self.text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        end = max(start, end)
        return Evidence(start, end, self.text[start:end], rule)

    # entities -------------------------------------------------------------
    def find(self, type_: EntityType, name: str) -> str | None:
        return self._index.get((type_, _key(name)))

    def find_any(self, name: str) -> str | None:
        key = _key(name)
        for type_ in EntityType:
            if (type_, key) in self._index:
                return self._index[(type_, key)]
        return None

    def entity(self, type_: EntityType, start: int, end: int, rule: str, *, label: str | None = None,
               subtype: str | None = None, language: str | None = None) -> str:
        """Key of the entity named by ``text[start:end]`` (made on first sight)."""
        evidence = self.evidence(start, end, rule)
        name = evidence.quote
        key = self.find(type_, label or name) or self.find(type_, name)
        key = self.resolve_key(key) if key is not None else None
        if key is None:
            key = self._new_key()
            language = language or self._language()
            self._drafts[key] = _Draft(key, type_, label or name, language, evidence)
        self.alias(key, start, end, rule)
        if label:
            self._index.setdefault((type_, _key(label)), key)
        key = self.resolve_key(key)
        if subtype and not self._drafts[key].subtype:
            self._drafts[key].subtype = subtype
        return key

    def described(self, type_: EntityType, label: str, start: int, end: int, rule: str) -> str:
        """A nameless entity (a project described, not named): ``label`` is made up."""
        key = self._new_key()
        self._drafts[key] = _Draft(key, type_, label, "en", self.evidence(start, end, rule))
        return key

    def alias(self, key: str, start: int, end: int, rule: str) -> None:
        """Record another surface form (and mention) of the entity ``key``."""
        key = self.resolve_key(key)
        draft = self._drafts[key]
        evidence = self.evidence(start, end, rule)
        if evidence.quote and evidence.quote not in draft.names:
            draft.names.append(evidence.quote)
        if evidence.quote and all(m.start != evidence.start for m in draft.mentions):
            draft.mentions.append(evidence)
            self._changes += 1
        if evidence.quote:
            index_key = (draft.type, _key(evidence.quote))
            other = self._index.setdefault(index_key, key)
            if other != key and other in self._drafts:
                self._merge(*sorted((key, other), key=lambda k: int(k[1:])))

    def _new_key(self) -> str:
        self._count += 1
        return f"e{self._count}"

    def merge(self, a: str, b: str) -> None:
        """``a`` and ``b`` name one thing: keep the older key."""
        a, b = self.resolve_key(a), self.resolve_key(b)
        if a != b:
            self._merge(*sorted((a, b), key=lambda k: int(k[1:])))

    def _merge(self, keep: str, drop: str) -> None:
        """Two drafts turned out to name one thing (a shared acronym): fold ``drop`` into ``keep``."""
        kept, dropped = self._drafts[keep], self._drafts.pop(drop)
        kept.names.extend(n for n in dropped.names if n not in kept.names)
        kept.mentions.extend(m for m in dropped.mentions if all(m.start != k.start for k in kept.mentions))
        kept.subtype = kept.subtype or dropped.subtype
        self._changes += 1
        self._redirect[drop] = keep
        for index_key, value in list(self._index.items()):
            if value == drop:
                self._index[index_key] = keep

    def resolve_key(self, key: str) -> str:
        while key in self._redirect:
            key = self._redirect[key]
        return key

    def relabel(self, key: str, label: str, language: str | None = None) -> None:
        key = self.resolve_key(key)
        draft = self._drafts[key]
        draft.label = label
        draft.language = language or draft.language
        self._index.setdefault((draft.type, _key(label)), key)

    def set_subtype(self, key: str, subtype: str | None) -> None:
        key = self.resolve_key(key)
        if subtype and not self._drafts[key].subtype:
            self._drafts[key].subtype = subtype

    def type_of(self, key: str) -> EntityType:
        return self._drafts[self.resolve_key(key)].type

    def subtype_of(self, key: str) -> str | None:
        return self._drafts[self.resolve_key(key)].subtype

    def label_of(self, key: str) -> str:
        return self._drafts[self.resolve_key(key)].label

    def names_of(self, key: str) -> list[str]:
        return list(self._drafts[self.resolve_key(key)].names)

    def keys(self, type_: EntityType | None = None) -> list[str]:
        """Live entity keys (of one type), in order of first sight."""
        return [key for key, draft in self._drafts.items() if type_ is None or draft.type is type_]

    def has_relation(self, subject: str, name: RelationName, obj: str | None = None) -> bool:
        subject = self.resolve_key(subject)
        return any(self.resolve_key(s) == subject and n is name and (obj is None or self.resolve_key(o) == obj)
                   for s, n, o in self._relations)

    def has_attribute(self, subject: str, name: AttributeName) -> bool:
        subject = self.resolve_key(subject)
        return any(self.resolve_key(s) == subject and n is name for s, n, _ in self._attributes)

    def value_of(self, subject: str, name: AttributeName) -> object | None:
        """The first value of attribute ``name`` of ``subject``, if it has one."""
        subject = self.resolve_key(subject)
        return next((a.value for (s, n, _v), a in self._attributes.items() if s == subject and n is name), None)

    def keys_between(self, start: int, end: int, type_: EntityType | None = None) -> list[str]:
        """Live keys (of one type) with a mention inside ``[start, end)``, by their first such mention."""
        if self._sorted[0] != self._changes:
            spans = sorted((m.start, m.end, key) for key, draft in self._drafts.items() for m in draft.mentions)
            self._sorted = (self._changes, [s for s, _e, _k in spans], spans)
        _version, starts, spans = self._sorted
        seen: dict[str, int] = {}
        for index in range(bisect_left(starts, start), len(starts)):
            m_start, m_end, key = spans[index]
            if m_start >= end:
                break
            if m_end <= end and key not in seen and (type_ is None or self._drafts[key].type is type_):
                seen[key] = m_start
        return list(seen)

    def relations_named(self, name: RelationName) -> list[Relation]:
        """The relations ``name`` found so far, with their keys resolved."""
        return [Relation(self.resolve_key(r.subject), n, self.resolve_key(r.object), r.evidence)
                for (_s, n, _o), r in self._relations.items() if n is name]

    def mentions_of(self, key: str) -> list[Evidence]:
        return list(self._drafts[self.resolve_key(key)].mentions)

    def _language(self) -> str:
        return self.document.language if self.document.language in ("en", "lt") else "en"

    # facts ----------------------------------------------------------------
    def attribute(self, subject: str, name: AttributeName, value, start: int, end: int,  # type: ignore[no-untyped-def]
                  rule: str, language: str | None = None) -> None:
        subject = self.resolve_key(subject)
        key = (subject, name, str(value))
        if key not in self._attributes and value not in (None, ""):
            self._attributes[key] = Attribute(subject, name, value, self.evidence(start, end, rule), language)

    def relation(self, subject: str, name: RelationName, obj: str, start: int, end: int, rule: str) -> None:
        subject, obj = self.resolve_key(subject), self.resolve_key(obj)
        if subject == obj:
            return
        key = (subject, name, obj)
        if key not in self._relations:
            self._relations[key] = Relation(subject, name, obj, self.evidence(start, end, rule))
        if name is RelationName.COORDINATOR:
            self.relation(subject, RelationName.PARTICIPANT, obj, start, end, rule)

    # result ---------------------------------------------------------------
    def records(self) -> DocumentRecords:
        from innograph.loaders._idents import provisional_ident

        attributes: dict[tuple[str, AttributeName, str], Attribute] = {}
        for attribute in self._attributes.values():
            moved = replace(attribute, subject=self.resolve_key(attribute.subject))
            attributes.setdefault((moved.subject, moved.name, str(moved.value)), moved)
        relations: dict[tuple[str, RelationName, str], Relation] = {}
        for relation in self._relations.values():
            moved = replace(relation, subject=self.resolve_key(relation.subject), object=self.resolve_key(relation.object))
            if moved.subject != moved.object:
                relations.setdefault((moved.subject, moved.name, moved.object), moved)
        entities = tuple(
            Entity(
                key=draft.key, type=draft.type, ident=provisional_ident(draft.type, draft.label),
                label=draft.label, label_language=draft.language, evidence=draft.evidence,
                names=tuple(draft.names), subtype=draft.subtype, mentions=tuple(draft.mentions),
            )
            for draft in self._drafts.values()
        )
        return DocumentRecords(
            document=self.document, entities=entities, attributes=tuple(attributes.values()),
            relations=tuple(relations.values()), notes=tuple(self.notes),
        )


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
