"""A project's partners meeting at an event, and events named after a project (English).

``In May 2023 the partners met in Riga for a teacher training, "X", hosted by Y``:
the event is an activity of the project the text is about, and every partner of
that project took part in it (its organiser excepted). Partners who met ``for the
first time`` at an event met before their project existed.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._relations import keys_in
from innograph.loaders._text import sentences

__all__ = ["named_after_project", "partners_meet"]

_MET = re.compile(r"\b(?:the\s+|all\s+)?(?:project\s+|consortium\s+)?partners\s+(?:met|gathered|came\s+together|convened)\b")
_FIRST = re.compile(r"(?i)\bfor\s+the\s+first\s+time\b|\bfirst\s+met\b")
_TAKING_PART = (RelationName.PARTICIPANT, RelationName.COORDINATOR, RelationName.ASSOCIATED_PARTNER)


def partners_meet(context: Context) -> None:
    builder = context.builder
    for line in context.view.lines:
        for sentence in sentences(line):
            match = _MET.search(sentence.text)
            events = keys_in(context, sentence.start + match.end(), sentence.end, EntityType.EVENT) if match else []
            named = keys_in(context, line.start, sentence.start + match.start(), EntityType.PROJECT) if match else []
            project = named[-1] if named else context.focus_at(sentence.start) if match else None
            if not events or project is None or _FIRST.search(sentence.text):
                continue  # partners meeting "for the first time" met before their project
            event = events[0]
            builder.relation(event, RelationName.PART_OF, project, sentence.start, sentence.end, "partners-met-at-event")
            for org in builder.keys(EntityType.ORGANISATION):
                if any(builder.has_relation(project, name, org) for name in _TAKING_PART) \
                        and not builder.has_relation(event, RelationName.ORGANISER, org):
                    builder.relation(event, RelationName.ATTENDEE, org, sentence.start, sentence.end,
                                     "partners-met-at-event")


def named_after_project(context: Context) -> None:
    """``the first HYDROX Summer School``: an event named after a project is that project's."""
    builder = context.builder
    projects = [(name, key) for key in builder.keys(EntityType.PROJECT) for name in builder.names_of(key) if len(name) > 2]
    for event in builder.keys(EntityType.EVENT):
        if builder.has_relation(event, RelationName.PART_OF):
            continue
        for mention in builder.mentions_of(event):
            owner = next((key for name, key in projects if mention.quote.startswith(name + " ")), None)
            if owner is not None:
                builder.relation(event, RelationName.PART_OF, owner, mention.start, mention.end, "event-named-after-project")
                break

