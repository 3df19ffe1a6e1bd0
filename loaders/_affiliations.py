"""Facts that follow from facts already found: units, ministers, speakers at events.

``KTU Nacionalinio inovacijų ir verslo centro`` / ``EIT Food Hub``: a body named
after another body's acronym is a unit of it (part of). A person who works for a
unit works for the body it is part of. ``Lietuvos ūkio ministras X`` / ``the
Minister of Economy X``: X works for the document's ministry of that name (or its
only ministry). In an event report, the organisations of the people who spoke,
presented or took part (``X ... pristatė pranešime``, ``panel ... X of Y``) are
the event's attendees (its organiser excepted).
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._units import is_unit
from innograph.loaders._names import is_acronym, tokens
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["derived_facts"]

_MINISTER = re.compile(r"(?i)\b(?:vice-?)?minist(?:ras|rė|er)\b")
_MINISTRY = re.compile(r"(?i)\bminist(?:ry|ries|erij\w*)\b")
_SPOKE = re.compile(
    r"(?i)\b(?:pranešim\w*|pristatė|atidarė|dalyvavo|diskusij\w*|pasakojo|dalinosi|kalbėjo|"
    r"presented|spoke|opened|panel\w*|took part|participated|keynote|speakers?)\b")
#: An event report ends where the next article's source line is (``Šaltinis:``, ``Source:``).
_ARTICLE_END = re.compile(r"(?im)^\s*(?:šaltinis|saltinis|source)\b")
_EVENT_REACH = 2500


def _units(context: Context) -> None:
    builder = context.builder
    for key in builder.keys(EntityType.ORGANISATION):
        for mention in builder.mentions_of(key):
            words = tokens(mention.quote)
            if len(words) < 2 or not is_acronym(words[0].text):
                continue
            parent = builder.find(EntityType.ORGANISATION, words[0].text)
            if parent is not None and builder.resolve_key(parent) != builder.resolve_key(key):
                builder.relation(key, RelationName.PART_OF, parent, mention.start, mention.end, "unit-named-after-body")
                break


def _sentence_of(context: Context, position: int) -> Span:
    line = context.view.line_at(position)
    return next((s for s in sentences(line) if s.start <= position <= s.end), line)


def _ministers(context: Context) -> None:
    builder = context.builder
    ministries = [k for k in builder.keys(EntityType.ORGANISATION) if any(_MINISTRY.search(n) for n in builder.names_of(k))]
    if not ministries:
        return
    for person in builder.keys(EntityType.PERSON):
        if builder.has_relation(person, RelationName.AFFILIATION):
            continue
        mention = builder.mentions_of(person)[0]
        sentence = _sentence_of(context, mention.start)
        before = context.text[max(sentence.start, mention.start - 40) : mention.start]
        title = list(_MINISTER.finditer(before))
        if not title:
            continue
        domain = {w.lower()[:4] for w in re.findall(r"\w{4,}", before[: title[-1].start()])}
        named = [k for k in ministries if any(w.lower()[:4] in domain for n in builder.names_of(k) for w in
                                               re.findall(r"\w{4,}", n) if not _MINISTRY.match(w))]
        found = named or (ministries if len(ministries) == 1 else [])
        if len(found) == 1:
            builder.relation(person, RelationName.AFFILIATION, found[0], sentence.start, sentence.end,
                             "minister-of-ministry")


#: Subtypes of bodies that employ their own staff even when part of a larger one.
_OWN_BODIES = frozenset(("Agency", "Cluster", "Company", "Association", "Network", "NonProfit"))


def _up_the_units(context: Context) -> None:
    """One level up: the unit's parent (not the parent's parent); an agency or cluster inside a larger
    body is no unit of it."""
    builder = context.builder
    people, orgs = builder.keys(EntityType.PERSON), builder.keys(EntityType.ORGANISATION)
    pairs = [(p, o) for p in people for o in orgs if builder.has_relation(p, RelationName.AFFILIATION, o)]
    for person, org in pairs:
        if builder.subtype_of(org) in _OWN_BODIES and not is_unit(builder.label_of(org)):
            continue  # an agency part of a regional council: its staff work at the agency only
        for parent in orgs:
            if builder.has_relation(org, RelationName.PART_OF, parent):
                mention = builder.mentions_of(person)[0]
                builder.relation(person, RelationName.AFFILIATION, parent, mention.start, mention.end,
                                 "affiliation-of-unit")


def _event_before(context: Context, position: int) -> str | None:
    start = max(0, position - _EVENT_REACH)
    ends = [m.end() for m in _ARTICLE_END.finditer(context.text, start, position)]
    start = max([start, *ends])
    best = [(m.end, key) for key in keys_in(context, start, position, EntityType.EVENT)
            for m in context.builder.mentions_of(key) if start <= m.start and m.end <= position]
    return max(best)[1] if best else None


def _speakers(context: Context) -> None:
    builder = context.builder
    for person in builder.keys(EntityType.PERSON):
        for mention in builder.mentions_of(person):
            sentence = _sentence_of(context, mention.start)
            event = _event_before(context, mention.start) if _SPOKE.search(sentence.text) else None
            if event is None:
                continue
            for org in builder.keys(EntityType.ORGANISATION):
                if builder.has_relation(person, RelationName.AFFILIATION, org) \
                        and not builder.has_relation(event, RelationName.ORGANISER, org):
                    builder.relation(event, RelationName.ATTENDEE, org, sentence.start, sentence.end,
                                     "speaker-at-event")


def derived_facts(context: Context) -> None:
    _units(context)
    _ministers(context)
    _up_the_units(context)
    _speakers(context)
