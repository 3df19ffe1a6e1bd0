"""A title that says its holder's kind of body, alone before a name: ``Rektorius prof. X`` works for a university.

The title opens a sentence (or follows a comma) in the nominative and names no body; the
body is the one of the kind the title implies (``data/lt_role_bodies.tsv``) that the
article has named most before.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._data import lt_role_bodies
from innograph.loaders._lt_slots import referent
from innograph.loaders._names import type_word

__all__ = ["role_title_bodies"]

_TITLE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<title>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+)\s+(?:(?:dr|prof|doc)\.\s+)?$")


def role_title_bodies(context: Context) -> None:
    builder = context.builder
    for person in builder.keys(EntityType.PERSON):
        if builder.has_relation(person, RelationName.AFFILIATION):
            continue
        for mention in builder.mentions_of(person):
            title = _TITLE.search(context.text, max(0, mention.start - 40), mention.start)
            body_word = lt_role_bodies().get(title["title"].lower()) if title else None
            found = type_word(body_word) if body_word else None
            body = referent(context, mention.start, found.subtype, EntityType.ORGANISATION) \
                if found is not None and found.subtype else None
            if body is not None:
                builder.relation(person, RelationName.AFFILIATION, body, title.start("title"), mention.end,
                                 "lt-title-implies-body")
                break
