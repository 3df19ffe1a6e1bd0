"""More ways English prose states roles and ties, each read from one sentence.

* ``X acts as coordinator`` / ``X is the project's lead partner``: X coordinates;
* ``A and B also take part in the project`` / ``… brings together A, B and C`` /
  ``implemented by A in partnership with B``: they take part;
* ``A belongs to the B cluster`` / ``the A Cluster is coordinated by B``: membership;
  ``A and B agreed to cooperate``: co-operation;
* ``EVENT, the final conference of PROJECT``: the event is the project's; ``X, the newest community
  of the Y Institute``: X is part of Y.

The project is the one the sentence names, else its line's or section's (see ``_role_clauses``).
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._relations import keys_in, slot_entity
from innograph.loaders._role_clauses import listed_orgs, role_project
from innograph.loaders._orgs import make_org
from innograph.loaders._people import make_person, person_span, role_pattern
from innograph.loaders._text import Span, sentences

__all__ = ["find_prose_people", "find_prose_ties", "joined_names"]

_ORG = EntityType.ORGANISATION
_ACTS = re.compile(r"\b(?:acts?|acted|serves?|served)\s+as\s+(?:the\s+)?(?:project\s+)?(?:coordinator|lead\s+partner)\b|"
                   r"\b(?:is|was)\s+the\s+project(?:['’]s)?\s+(?:coordinator|lead\s+partner)\b")
_TAKE_PART = re.compile(r"\b(?:also\s+)?(?:take|takes|took|are\s+taking)\s+part\s+in\s+(?:the|this)\s+(?:[\w-]+\s+)?project\b|"
                        r"\b(?:also\s+)?participat(?:e|es|ed)\s+in\s+(?:the|this)\s+(?:[\w-]+\s+)?project\b")
_GATHERS = re.compile(r"\b(?:brings|brought|bring)\s+together\s+(?:the\s+)?(?=[A-Z])|"
                      r"\b(?:implemented|carried\s+out)\s+by\s+(?:the\s+)?(?=[A-Z])")
#: ``implemented by A in partnership with B``: B too (an event's host "in partnership with" names no partner).
_WITH_PARTNER = re.compile(r"\bin\s+partnership\s+with\s+(?:the\s+)?(?=[A-Z])")
_BELONGS = re.compile(r"\b(?:also\s+)?belongs?\s+to\s+(?:the\s+)?(?=[A-Z])")
_AND_OF = re.compile(r"\b(?:is|are|was|were|became)\s+(?:also\s+)?(?:an?\s+)?members?\s+of\s+[^.;]{2,100}?\s+and\s+"
                     r"(?:also\s+)?of\s+(?:the\s+)?(?=[A-Z])")
_COORDINATED = re.compile(r"\b(?:is|are|was)\s+(?:\w+\s+)?coordinated\s+by\s+(?:the\s+)?(?=[A-Z])")
_AGREED = re.compile(r"\b(?:agreed|decided|signed\s+up)\s+to\s+(?:co-?operate|collaborate|work\s+together)\b")
_APPOSED_PARTNER = re.compile(r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,4}),\s+the\s+(?:\w+\s+)?partner\s+of\s+(?:the\s+)?(?=[A-Z])")
_COMMUNITY_OF = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:Knowledge\s+and\s+Innovation\s+)?[Cc]ommunity\s+of\s+"
                           r"(?:the\s+)?(?=[A-Z])")
_EVENT_OF = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:event|conference|meeting|seminar|workshop|forum|"
                       r"school|festival|fair)\s+of\s+(?:the\s+)?(?:[\w+-]+\s+){0,3}?(?:project\s+)?(?=[A-Z\"„“])")
#: ``Name, head of the cluster``: a title and ``the`` + a type word, closing the apposition.
_TITLE_OF_THE = re.compile(r",\s+(?P<title>[a-z][\w -]{1,40}?)\s+(?:of|at)\s+the\s+(?P<word>[a-z]+)\s*(?=[,.;)]|$)")
_NAME_BEFORE = re.compile(r"(?:^|(?<=\s))[A-Z][\w'’-]+\s[A-Z][\w'’-]+\s+(?:\w+\s+)?$")
_WORKS_AT = re.compile(r"\b(?:works?|worked|working)\s+(?:at|for)\s+(?:the\s+)?(?=[A-Z])")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)(?:the\s+)?")
_RULE = "prose-tie"


def _before(context: Context, sentence: Span, position: int) -> list[str]:
    return keys_in(context, sentence.start, position, _ORG)


def _roles(context: Context, sentence: Span) -> None:
    builder = context.builder
    for match in _ACTS.finditer(sentence.text):
        at = sentence.start + match.start()
        body, project = (_before(context, sentence, at) or [None])[-1], role_project(context, sentence, at)
        if body is not None and project is not None:
            builder.relation(project, RelationName.COORDINATOR, body, sentence.start, sentence.end, _RULE)
    for match in _TAKE_PART.finditer(sentence.text):
        project = role_project(context, sentence, sentence.start + match.end())
        for body in _before(context, sentence, sentence.start + match.start()) if project else []:
            builder.relation(project, RelationName.PARTICIPANT, body, sentence.start, sentence.end, _RULE)
    for match in _GATHERS.finditer(sentence.text):
        at = sentence.start + match.start()
        project = role_project(context, sentence, at)
        implemented = not match.group().startswith("br")
        if project is None or builder.type_of(project) is not EntityType.PROJECT or _before(context, sentence, at) \
                and not implemented:
            continue  # "the cluster brings together 40 firms": no project's partners
        starts = [sentence.start + match.end()]
        if implemented:
            starts += [sentence.start + m.end() for m in _WITH_PARTNER.finditer(sentence.text, match.end())]
        for body in (body for start in starts for body in listed_orgs(context, start, sentence.end)):
            builder.relation(project, RelationName.PARTICIPANT, body, sentence.start, sentence.end, _RULE)


def _ties(context: Context, sentence: Span) -> None:
    builder = context.builder
    for match in _BELONGS.finditer(sentence.text):
        subject = _before(context, sentence, sentence.start + match.start())
        found = keys_in(context, sentence.start + match.end(), sentence.end, _ORG)
        if subject and found and subject[-1] != found[0]:
            builder.relation(subject[-1], RelationName.MEMBER_OF, found[0], sentence.start, sentence.end, _RULE)
    for match in _AND_OF.finditer(sentence.text):  # "X is a member of A and of B": B too, named or not
        subject = _before(context, sentence, sentence.start + match.start())
        other = slot_entity(context, sentence.start + match.end(), sentence.end, _RULE)
        if subject and other is not None and builder.type_of(other) is _ORG and other != subject[-1]:
            builder.relation(subject[-1], RelationName.MEMBER_OF, other, sentence.start, sentence.end, _RULE)
    for match in _COORDINATED.finditer(sentence.text):  # "the X Cluster is coordinated by Y": Y runs it
        subject = _before(context, sentence, sentence.start + match.start())
        found = keys_in(context, sentence.start + match.end(), sentence.end, _ORG)
        if subject and found and builder.subtype_of(subject[-1]) in ("Cluster", "Network") and subject[-1] != found[0]:
            builder.relation(subject[-1], RelationName.MEMBER_OF, found[0], sentence.start, sentence.end, _RULE)
    for match in _AGREED.finditer(sentence.text):
        pair = _before(context, sentence, sentence.start + match.start())
        if len(pair) == 2:
            builder.relation(pair[0], RelationName.COOPERATES_WITH, pair[1], sentence.start, sentence.end, _RULE)
    for match in _APPOSED_PARTNER.finditer(sentence.text):  # "Kainuu Business, the regional partner of the EEN"
        network = slot_entity(context, sentence.start + match.end(), sentence.end, _RULE)
        if network is None or builder.subtype_of(network) != "Network" or _before(context, sentence, sentence.start + match.end("name")):
            continue
        member = make_org(context, sentence.start + match.start("name"), sentence.start + match.end("name"), _RULE)
        if member is not None and member != network:
            builder.relation(member, RelationName.MEMBER_OF, network, sentence.start, sentence.end, _RULE)
    for match in _COMMUNITY_OF.finditer(sentence.text):  # "X, the newest Knowledge and Innovation Community of Y"
        subject = _before(context, sentence, sentence.start + match.start())
        parent = slot_entity(context, sentence.start + match.end(), sentence.end, _RULE)
        if subject and parent is not None and builder.type_of(parent) is _ORG and parent != subject[-1]:
            builder.relation(subject[-1], RelationName.PART_OF, parent, sentence.start, sentence.end, _RULE)
    for match in _EVENT_OF.finditer(sentence.text):
        events = keys_in(context, sentence.start, sentence.start + match.start(), EntityType.EVENT)
        projects = keys_in(context, sentence.start + match.end(), sentence.end, EntityType.PROJECT)
        if events and projects:
            builder.relation(events[-1], RelationName.PART_OF, projects[0], sentence.start, sentence.end, _RULE)


def _people(context: Context, sentence: Span) -> None:
    """``Eva Lind, head of the cluster`` (the body the type word refers to) / ``Eva Lind works at X``."""
    from innograph.loaders._ties import anaphor

    builder = context.builder
    for match in _TITLE_OF_THE.finditer(sentence.text):
        people = keys_in(context, sentence.start, sentence.start + match.start() + 1, EntityType.PERSON)
        if people and role_pattern().fullmatch(match["title"]) is not None:
            body = anaphor(context, match["word"], sentence.start + match.start())
            if body is not None:
                builder.relation(people[-1], RelationName.AFFILIATION, body, sentence.start, sentence.end, _RULE)
    for match in _WORKS_AT.finditer(sentence.text):
        named = _NAME_BEFORE.search(sentence.text, 0, match.start())
        span = person_span(context, sentence.start + named.start(), sentence.start + named.end()) if named else None
        people = [make_person(context, span, _RULE)] if span else []
        found = keys_in(context, sentence.start + match.end(), sentence.end, _ORG)
        if people and found:
            builder.relation(people[-1], RelationName.AFFILIATION, found[0], sentence.start, sentence.end, _RULE)


def find_prose_ties(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _roles(context, sentence)
            _ties(context, sentence)


def joined_names(context: Context, keys: list[str]) -> list[str]:
    """The first of ``keys`` and those joined to it by ``,`` / ``and`` (``A and the B hosted``), in text order."""
    found = keys[:1]
    for key in keys[1:]:
        end = max(m.end for m in context.builder.mentions_of(found[-1]))
        start = min((m.start for m in context.builder.mentions_of(key) if m.start >= end), default=None)
        if start is None or not _JOIN.fullmatch(context.text, end, start):
            break
        found.append(key)
    return found


def find_prose_people(context: Context) -> None:
    """After the people passes: affiliations said with an anaphor or ``works at``."""
    for line in context.view.lines:
        for sentence in sentences(line):
            _people(context, sentence)
