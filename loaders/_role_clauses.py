"""A body's role in a project said in a clause of its own (English).

* ``X was the lead partner of this cross-border project with A (SE) and B (NO)`` /
  ``X leads this small project with A``: X coordinates, A and B take part;
* ``X is one of eight partners, together with A and B`` / ``X joined as a service partner``: X (and A, B) take part;
* ``… with A and B as partners`` / ``the project X, which A and B completed``: A and B take part.

The project is the one the line opens with (a one-line entry), else the last one named
before the clause in its sentence, else the section's.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_code
from innograph.loaders._names import type_word
from innograph.loaders._relations import keys_in, slot_entity
from innograph.loaders._text import Span, sentences

__all__ = ["find_role_clauses", "listed_orgs", "role_project"]

_LEADS = re.compile(r"\b(?:is|was|acts\s+as|acted\s+as)\s+(?:the\s+)?(?:lead\s+partner|coordinator)\s+of\s+(?:(?:this|the)\b"
                    r"[^.;]{0,60}?\bproject\b|(?P<named>(?=[A-Z„“\"])))|\bleads\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?project\b")
_TAKES_PART = (r"\b(?:joins|joined|will\s+join|takes\s+part|took\s+part|participates|participated|is\s+involved|"
               r"was\s+involved)")
_JOINS = re.compile(r"\b(?:is|was|are|were)\s+one\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:project\s+)?partners\b|"
                    rf"{_TAKES_PART}\s+(?:the\s+project\s+)?as\s+(?:an?\s+)?(?!associated)(?:[\w-]+\s+)?partner\b")
_JOIN_PLURAL = re.compile(r"\b(?:take\s+part|join|participate|are\s+involved)\s+(?:in\s+the\s+project\s+)?as\s+"
                          r"(?:project\s+)?partners\b")
#: ``X joins as associated partner`` / ``X takes part as an associated organisation``.
_JOINS_ASSOCIATED = re.compile(rf"{_TAKES_PART}\s+(?:the\s+project\s+)?as\s+(?:an?\s+)?associated\s+"
                               r"(?:partner|organi[sz]ation|member|beneficiary|institution)\b")
_WITH = re.compile(r"\s*,?\s*(?:together\s+)?with\s+(?:the\s+)?(?=[A-Z])")
_AS_PARTNERS = re.compile(r"\bwith\s+(?:the\s+)?(?P<list>[A-Z][^;.]{2,160}?)\s+as\s+(?:an?\s+)?(?:project\s+)?partners?\b")
#: What lies before the next name of a list: a comma or ``and`` (none before the first), an article.
_WHICH_RAN = re.compile(r"(?<=[a-zA-Z0-9\"”]),\s+which\s+(?P<list>[A-Z][^,;.]{1,100}?(?:\s+and\s+(?:the\s+)?[A-Z][^,;.]{1,80}?)?)"
                        r"\s+(?:completed|ran|implemented|carried\s+out|delivered|finished|coordinated|led)\b")
_ITEM_GAP = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+))?\s*(?:the\s+)?(?=[A-Z])")
_POSSESSIVE = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}?['’]s\s+(?=[A-Z])")
_NOTE = re.compile(r"(?:\s*\([^()]{1,40}\))?")
_RULE = "role-clause"


def role_project(context: Context, sentence: Span, position: int) -> str | None:
    line = context.view.line_at(sentence.start)
    opening = keys_in(context, line.start, min(line.end, line.start + 60), EntityType.PROJECT)
    if opening and any(m.start == line.start for m in context.builder.mentions_of(opening[0])):
        return opening[0]
    named = keys_in(context, sentence.start, position, EntityType.PROJECT)
    return named[-1] if named else context.focus_at(sentence.start)


def _subject(context: Context, sentence: Span, position: int) -> str | None:
    """The body named last before the clause, unless a ``;`` (another clause) lies between them."""
    found = keys_in(context, sentence.start, position, EntityType.ORGANISATION)
    if not found:
        return None
    end = max(m.end for m in context.builder.mentions_of(found[-1]) if sentence.start <= m.end <= position)
    return None if ";" in context.text[end:position] else found[-1]


def _name_end(context: Context, start: int, end: int) -> int:
    """Where the name at ``start`` can end: before `` and `` when the words before it end in a type word
    or legal form (``Lulea Park AB and Vilniaus …``), else at ``end`` (``Faculty of Arts and Design``)."""
    joined = re.search(r"\s+and\s+", context.text[start:end])
    left = context.text[start : start + joined.start()].split() if joined else []
    return start + joined.start() if left and type_word(left[-1].strip(",")) is not None else end


def listed_orgs(context: Context, start: int, end: int) -> list[str]:
    """Each organisation of ``A (SE), B's Faculty of X and Y, and C`` in ``text[start:end]``, name by name."""
    found: list[str] = []
    position = start
    while (gap := _ITEM_GAP.match(context.text, position, end)) is not None:
        owned = _POSSESSIVE.match(context.text, gap.end(), end)  # "Riga kolegija's Faculty of X": the faculty
        at = owned.end() if owned else gap.end()
        key = slot_entity(context, at, _name_end(context, at, end), _RULE)
        mention = max((m.end for m in context.builder.mentions_of(key) if at <= m.start < end), default=None) \
            if key is not None else None
        if mention is None or context.builder.type_of(key) is not EntityType.ORGANISATION:
            break
        found.append(key)
        note = _NOTE.match(context.text, mention, end)
        _country_note(context, key, note)
        position = note.end()
    return found


def _country_note(context: Context, key: str, note: re.Match[str]) -> None:
    """``A (SE)``: the country code in the note after a listed name is the body's country."""
    code = note.group().strip(" ()")
    country = country_from_code(code) if len(code) == 2 and code.isupper() else None
    if country is not None and not context.builder.has_attribute(key, AttributeName.COUNTRY):
        context.builder.attribute(key, AttributeName.COUNTRY, country, note.start(), note.end(), _RULE)


def _clause(context: Context, sentence: Span) -> None:
    builder = context.builder
    for pattern, role in ((_LEADS, RelationName.COORDINATOR), (_JOINS, RelationName.PARTICIPANT),
                          (_JOINS_ASSOCIATED, RelationName.ASSOCIATED_PARTNER)):
        for match in pattern.finditer(sentence.text):
            at = sentence.start + match.start()
            named = keys_in(context, sentence.start + match.end(), sentence.end, EntityType.PROJECT) \
                if match.groupdict().get("named") is not None else []  # "X is the lead partner of SEALOOP"
            body, project = _subject(context, sentence, at), named[0] if named else role_project(context, sentence, at)
            if body is None or project is None:
                continue
            builder.relation(project, role, body, sentence.start, sentence.end, _RULE)
            partners = _WITH.match(sentence.text, match.end())
            if partners is not None:
                for org in listed_orgs(context, sentence.start + partners.end(), sentence.end):
                    builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end, _RULE)
    for match in _JOIN_PLURAL.finditer(sentence.text):  # "the A and the B take part as partners"
        at = sentence.start + match.start()
        clause = max(sentence.start, context.text.rfind(";", sentence.start, at) + 1)
        project = role_project(context, sentence, at)
        for org in keys_in(context, clause, at, EntityType.ORGANISATION) if project else []:
            builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end, _RULE)
    for match in _WHICH_RAN.finditer(sentence.text):  # "the project H2Port, which A and B completed": A, B took part
        project = role_project(context, sentence, sentence.start + match.start())
        for org in listed_orgs(context, sentence.start + match.start("list"), sentence.start + match.end("list")) if project else []:
            builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end, _RULE)
    for match in _AS_PARTNERS.finditer(sentence.text):
        project = role_project(context, sentence, sentence.start + match.start())
        for org in listed_orgs(context, sentence.start + match.start("list"), sentence.start + match.end("list")) if project else []:
            builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end, _RULE)


def find_role_clauses(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _clause(context, sentence)
