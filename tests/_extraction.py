"""What the loader tests share: extract a text (checking every quote against its span) and read the result.

Test files import these (pytest puts ``tests/`` on the path); a file whose documents are Lithuanian
passes ``language="lt"``.
"""

from __future__ import annotations

import datetime as dt

from innograph.graph import AttributeName, Document, DocumentRecords, Entity, EntityType
from innograph.loaders import extract


def run(text: str, language: str = "en", *, title: str | None = None, issued: dt.date | None = None) -> DocumentRecords:
    """Extract ``text`` as a one-document corpus; every evidence quote must be the text at its span."""
    document = Document("t", "t.txt", text, language, "0" * 64, "text/plain", "utf-8", title=title, issued=issued)
    records = extract(document)
    evidence = [e.evidence for e in records.entities] + [a.evidence for a in records.attributes]
    for item in evidence + [r.evidence for r in records.relations]:
        assert text[item.start : item.end] == item.quote
    return records


def named(records: DocumentRecords, name: str, type_: EntityType | None = None) -> Entity:
    for entity in records.entities:
        if (name in entity.names or entity.label == name) and (type_ is None or entity.type is type_):
            return entity
    raise AssertionError(f"{name!r} not among {[(e.type.value, e.label) for e in records.entities]}")


def labels(records: DocumentRecords, type_: EntityType = EntityType.ORGANISATION) -> set[str]:
    return {e.label for e in records.entities if e.type is type_}


def facts(records: DocumentRecords) -> set[tuple[str, str, str]]:
    """(subject label, relation, object label) of every relation."""
    return {(records.entity(r.subject).label, r.name.value, records.entity(r.object).label) for r in records.relations}


def values(records: DocumentRecords, entity: Entity, name: AttributeName) -> set:
    return {a.value for a in records.attributes if a.subject == entity.key and a.name is name}
