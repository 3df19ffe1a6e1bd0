"""A project's partners named by their countries: ``„X“ partneriai iš Estijos ir Italijos``.

In a sentence about an event, the partners of project X from the countries listed (genitive
country names after ``iš``) are the project's participants with those countries, and they
take part in the event. Runs last, when the bodies' countries are known.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._lt_slots import event_of, mentions_in
from innograph.loaders._text import sentences

__all__ = ["partners_from_countries"]

_FROM = re.compile(r"[”“\"]?\s+partneri(?:ai|ų|ams)\s+iš\s+(?P<countries>[A-ZĄČĘĖĮŠŲŪŽ]\w+(?:(?:,\s*|\s+ir\s+)[A-ZĄČĘĖĮŠŲŪŽ]\w+)*)")


def partners_from_countries(context: Context) -> None:
    """Attendees of an event: the participants of the project named before ``partneriai iš …`` from those countries."""
    if context.document.language not in ("lt", "mixed"):
        return
    builder = context.builder
    for line in context.view.lines:
        for sentence in sentences(line):
            event = event_of(context, sentence, loose=True)
            for _start, end, project in mentions_in(context, sentence.start, sentence.end, EntityType.PROJECT):
                match = _FROM.match(context.text, end, sentence.end)
                if event is None or match is None:
                    continue
                codes = {country_from_word(w) for w in re.split(r",\s*|\s+ir\s+", match["countries"])} - {None}
                for org in builder.keys(EntityType.ORGANISATION):
                    if builder.value_of(org, AttributeName.COUNTRY) in codes and builder.has_relation(
                            project, RelationName.PARTICIPANT, org):
                        builder.relation(event, RelationName.ATTENDEE, org, sentence.start, sentence.end,
                                         "lt-project-partners-from")
