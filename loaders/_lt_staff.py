"""People listed with their titles on a body's own page, and a news item's byline.

On a page whose title names the body (its owner), a person given a title on a line that
names no other body works for the owner (``KOMANDA``: ``Direktorius dr. X – x@…``). Near the
top of a news item, a line that is a Lithuanian person's name alone over a line that is a
quoted name alone (``Vardenė Pavardenė`` / ``„Krašto žinios“``) is the author and the
outlet they write for. A contact line ``Vardenė Pavardenė, projekto koordinatorė, VšĮ „X“``
(a name, a title, a body, comma after comma) gives the person's body.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt import FEMALE
from innograph.loaders._lt_slots import TITLES, orgs_in

__all__ = ["bylines", "page_staff", "titled_contacts"]

_AUTHOR = re.compile(r"^[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+ (?P<last>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+(?:-[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+)?)$")
_MALE = re.compile(r"(?:as|is|ys|us|ius|a|ė)$")
_OUTLET = re.compile(r"^[„“\"](?P<name>[^„“”\"]{3,60})[”“\"]$")
_BYLINE_LINES = 20


def bylines(context: Context) -> None:
    """A Lithuanian author's name over a quoted outlet near the top: the author writes for that outlet."""
    if context.document.language not in ("lt", "mixed"):
        return
    lines = context.view.lines[:_BYLINE_LINES]
    for line, following in zip(lines, lines[1:]):
        author, outlet = _AUTHOR.match(line.text), _OUTLET.match(following.text)
        if author is None or outlet is None or not (FEMALE.search(author["last"]) or _MALE.search(author["last"])):
            continue
        builder = context.builder
        person = builder.find(EntityType.PERSON, line.text) or builder.entity(EntityType.PERSON, line.start, line.end,
                                                                             "lt-byline")
        start = following.start + outlet.start("name")
        body = builder.find_any(outlet["name"]) or builder.entity(EntityType.ORGANISATION, start,
                                                                  start + len(outlet["name"]), "lt-byline")
        if builder.type_of(body) is EntityType.ORGANISATION:
            builder.relation(person, RelationName.AFFILIATION, body, line.start, following.end, "lt-byline")
        return


def page_staff(context: Context) -> None:
    """Affiliate each titled person without a body of their own to the page's owner."""
    builder, owner = context.builder, context.owner
    if owner is None or context.document.language not in ("lt", "mixed"):
        return
    for key in builder.keys(EntityType.PERSON):
        if builder.has_relation(key, RelationName.AFFILIATION) or not builder.has_attribute(key, AttributeName.JOB_TITLE):
            continue
        mention = builder.mentions_of(key)[0]
        line = context.view.line_at(mention.start)
        if any(org != owner for _s, _e, org in orgs_in(context, line.start, line.end)):
            continue
        builder.relation(key, RelationName.AFFILIATION, owner, mention.start, mention.end, "lt-staff-of-the-page-body")


_NAME_TITLE_BODY = re.compile(rf",\s+(?:[a-ząčęėįšųūž]+\s+){{0,3}}(?:{TITLES})(?:\s+[a-ząčęėįšųūž]+){{0,2}},\s+")


def titled_contacts(context: Context) -> None:
    """``Name, title, Body``: the person works for the body named right after the title."""
    if context.document.language not in ("lt", "mixed"):
        return
    builder = context.builder
    for key in builder.keys(EntityType.PERSON):
        for mention in builder.mentions_of(key):
            match = _NAME_TITLE_BODY.match(context.text, mention.end)
            found = orgs_in(context, match.end(), match.end() + 120)[:1] if match else []
            if found and found[0][0] <= match.end() + 4:
                builder.relation(key, RelationName.AFFILIATION, found[0][2], mention.start, found[0][1],
                                 "lt-name-title-body")
                break
