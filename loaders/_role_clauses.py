"""A body's role in a project said in a clause of its own (English).

* ``X was the lead partner of this cross-border project with A (SE) and B (NO)`` /
  ``X leads this small project with A``: X coordinates, A and B take part;
* ``X is one of eight partners`` / ``X joined as a service partner``: X takes part;
* ``… with A and B as partners``: A and B take part.

The project is the one the line opens with (a one-line entry), else the last one named
before the clause in its sentence, else the section's.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._relations import keys_in, slot_entity
from innograph.loaders._text import Span, sentences

__all__ = ["find_role_clauses"]

_LEADS = re.compile(r"\b(?:is|was|acts\s+as|acted\s+as)\s+(?:the\s+)?(?:lead\s+partner|coordinator)\s+of\s+(?:this|the)\b"
                    r"[^.;]{0,60}?\bproject\b|\bleads\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?project\b")
_JOINS = re.compile(r"\b(?:is|was|are|were)\s+one\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:project\s+)?partners\b|"
                    r"\bjoined\s+(?:the\s+project\s+)?as\s+(?:an?\s+)?(?:[\w-]+\s+)?partner\b")
_WITH = re.compile(r"\s*with\s+(?:the\s+)?(?=[A-Z])")
_AS_PARTNERS = re.compile(r"\bwith\s+(?:the\s+)?(?P<list>[A-Z][^;.]{2,160}?)\s+as\s+(?:project\s+)?partners\b")
_ITEM_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+)(?:the\s+)?")
_RULE = "role-clause"


def _project(context: Context, sentence: Span, position: int) -> str | None:
    line = context.view.line_at(sentence.start)
    opening = keys_in(context, line.start, min(line.end, line.start + 60), EntityType.PROJECT)
    if opening and any(m.start == line.start for m in context.builder.mentions_of(opening[0])):
        return opening[0]
    named = keys_in(context, sentence.start, position, EntityType.PROJECT)
    return named[-1] if named else context.focus_at(sentence.start)


def _subject(context: Context, sentence: Span, position: int) -> str | None:
    found = keys_in(context, sentence.start, position, EntityType.ORGANISATION)
    return found[-1] if found else None


def _listed(context: Context, start: int, end: int) -> list[str]:
    """Each organisation of ``A (SE), B and C`` in ``text[start:end]``."""
    found: list[str] = []
    position = start
    for piece in _ITEM_SPLIT.split(context.text[start:end]):
        at = context.text.find(piece, position, end) if piece else -1
        if at >= 0 and piece[:1].isupper():
            key = slot_entity(context, at, at + len(piece), _RULE)
            if key is not None and context.builder.type_of(key) is EntityType.ORGANISATION:
                found.append(key)
            position = at + len(piece)
    return found


def _clause(context: Context, sentence: Span) -> None:
    builder = context.builder
    for pattern, role in ((_LEADS, RelationName.COORDINATOR), (_JOINS, RelationName.PARTICIPANT)):
        for match in pattern.finditer(sentence.text):
            at = sentence.start + match.start()
            body, project = _subject(context, sentence, at), _project(context, sentence, at)
            if body is None or project is None:
                continue
            builder.relation(project, role, body, sentence.start, sentence.end, _RULE)
            partners = _WITH.match(sentence.text, match.end())
            if role is RelationName.COORDINATOR and partners is not None:
                for org in _listed(context, sentence.start + partners.end(), sentence.end):
                    builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end, _RULE)
    for match in _AS_PARTNERS.finditer(sentence.text):
        project = _project(context, sentence, sentence.start + match.start())
        for org in _listed(context, sentence.start + match.start("list"), sentence.start + match.end("list")) if project else []:
            builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end, _RULE)


def find_role_clauses(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _clause(context, sentence)
