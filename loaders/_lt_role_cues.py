"""Roles in a project from the cue words of ``data/lt_role_cues.tsv``, matched by stem.

``Projektą koordinuojanti asociacija „X“``, ``įgyvendinamas vadovaujant VšĮ „X“``,
``Projekto lyderė – X``, ``Projekto vykdytojas – X`` (the body named right after the cue
leads the project); ``X prisijungė kaip asocijuotoji partnerė`` (the body named right
before it). Each cue is a run of word stems, so every inflection and gender and any
wording around it matches. A sentence that opens ``Kartu su X`` (``Kartu su X dirbs A ir
B``) puts X, already said to carry the project out, at the head of the work: it leads the
project when no other body was said to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import RelationName
from innograph.loaders._context import Context
from innograph.loaders._data import lt_role_cues
from innograph.loaders._lt_slots import clause_end, close_before, head_case, orgs_in
from innograph.loaders._text import Span

__all__ = ["continues_project", "cue_roles"]

#: Between a cue and the body after it: nothing, a dash or colon, ``yra``.
_GAP_AFTER = re.compile(r"\s*(?:[:–—-]\s*|yra\s+)?")
_TOGETHER_LEAD = re.compile(r"\W*Kartu su\s+")
#: ``X – projekto „Y“ partneris`` / ``X – pagrindinis projekto partneris``: the body before the dash holds the role.
_DASH_ROLE = re.compile(r"[”“\"]?\s*[–—]\s*(?:(?P<lead>pagrindin\w+)\s+|(?P<assoc>asocijuot\w+)\s+)?projekto\s+"
                        r"(?:[„“\"][^„“”\"\n]{1,60}[“”\"]\s+)?(?P<noun>partner|koordinator|lyder|vadov|dalyv)\w*")


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern[str], RelationName, str], ...]:
    return tuple((re.compile(r"(?i)\b" + r"\s+".join(re.escape(stem) + r"\w*" for stem in cue.split()) + r"\b"),
                  RelationName(relation), side) for cue, relation, side in lt_role_cues())


def _named_after(context: Context, sentence: Span, at: int) -> list[tuple[int, int, str]]:
    at += _GAP_AFTER.match(context.text, at).end() - at
    found = orgs_in(context, at, clause_end(sentence, at))[:1]
    if found and found[0][0] == at and head_case(context, found[0]) in ("nom", None):
        return found
    return []


def _lead_of_together(context: Context, sentence: Span, project: str) -> None:
    match = _TOGETHER_LEAD.match(sentence.text)
    if match is None or context.builder.has_relation(project, RelationName.COORDINATOR):
        return
    at = sentence.start + match.end()
    named = orgs_in(context, at, clause_end(sentence, at))
    found, others = named[:1], named[1:]  # "Kartu su X dirbs A ir B": A and B work with X, X leads
    if found and others and found[0][0] - at <= 1 and \
            context.builder.has_relation(project, RelationName.PARTICIPANT, found[0][2]):
        context.builder.relation(project, RelationName.COORDINATOR, found[0][2], sentence.start, sentence.end,
                                 "lt-together-with-lead")


def cue_roles(context: Context, sentence: Span, project: str) -> None:
    """The roles the cue words of ``sentence`` give in ``project``."""
    for pattern, relation, side in _cues():
        for match in pattern.finditer(sentence.text):
            if side == "after":
                found = _named_after(context, sentence, sentence.start + match.end())
            else:
                found = close_before(context, sentence, sentence.start + match.start(), 12)[-1:]
            for _start, _end, org in found:
                context.builder.relation(project, relation, org, sentence.start, sentence.end, "lt-role-cue")
    _lead_of_together(context, sentence, project)
    _dash_roles(context, sentence, project)


def _dash_roles(context: Context, sentence: Span, project: str) -> None:
    for start, end, org in orgs_in(context, sentence.start, sentence.end):
        match = _DASH_ROLE.match(context.text, end, sentence.end)
        if match is None or start != sentence.start and context.text[start - 2 : start].strip() not in ("", ",", ";"):
            continue
        lead = match["lead"] or match["noun"] in ("koordinator", "lyder", "vadov")
        relation = RelationName.COORDINATOR if lead else RelationName.ASSOCIATED_PARTNER if match["assoc"] \
            else RelationName.PARTICIPANT
        context.builder.relation(project, relation, org, sentence.start, sentence.end, "lt-dash-role")


def continues_project(text: str) -> bool:
    """The sentence goes on about the project of the sentence before (``Kartu su ja dirba …``, ``X prisijungė kaip
    partnerė``), though it does not say ``projektas``."""
    return bool(_TOGETHER_LEAD.match(text)) or any(side == "before" and pattern.search(text)
                                                     for pattern, _r, side in _cues())
