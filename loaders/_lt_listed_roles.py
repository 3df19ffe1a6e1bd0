"""People whose title follows a body's list item: ``• UAB „X“ – ... Direktorius Jonas Jonaitis.``

A list item describes one body, named first; a sentence of it that starts with a title
(``Direktorius Y``), or with the body's own type word and a title (``Centro vadovė Y``),
names someone who works there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt import stem
from innograph.loaders._lt_slots import TITLES, mentions_in

__all__ = ["listed_roles"]

_BULLET = re.compile(r"^\s*[•·▪*-]\s*")


@lru_cache(maxsize=1)
def _title_first() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[.;:]\s+)(?:(?P<word>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+)\s+)?(?i:{TITLES})\s+"
                      r"(?:(?:dr|prof|doc)\.\s+)?$")


def listed_roles(context: Context) -> None:
    builder = context.builder
    for line in context.view.lines:
        bullet = _BULLET.match(line.text)
        if bullet is None:
            continue
        orgs = mentions_in(context, line.start, line.end, EntityType.ORGANISATION)
        if not orgs or orgs[0][0] - line.start > bullet.end() + 6:
            continue
        for p_start, _p_end, person in mentions_in(context, line.start, line.end, EntityType.PERSON):
            title = _title_first().search(context.text, line.start, p_start)
            if title is None or builder.has_relation(person, RelationName.AFFILIATION):
                continue
            head = builder.label_of(orgs[0][2]).lower()
            if title["word"] and stem(title["word"]) not in head:  # "Centro vadovė" of "... centras"
                continue
            builder.relation(person, RelationName.AFFILIATION, orgs[0][2], line.start, line.end, "lt-listed-body-title")
