"""Projects named at the head of a paragraph or list item and then described in prose.

``1. „Name“ (skirta 1,2 mln. Eur). Projektą koordinuoja …``, ``▸ „Name“ (Programme,
2021–2023) – parkas koordinavo projektą …``, ``NAME. Projektui vadovauja …``: a name
(quoted, or one distinctive word: capitals inside it, ``BIO-X``) opens the paragraph,
possibly numbered or bulleted and followed by a bracket, and the sentence after it
speaks of *the project* (``projektas`` in any case, or the heading above the list says
``projektai``). The name is the paragraph's project, so the prose's ``projektas`` refers
to it; an amount in its bracket (``skirta …``, ``vertė …``) is its budget.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._money import find_money
from innograph.loaders._names import type_word
from innograph.loaders._orgs import head_type
from innograph.loaders._programmes import programme_in
from innograph.loaders._text import Line

__all__ = ["find_lead_projects", "funded_leads"]

_MARK = r"(?:\d{1,2}[.)]\s*|[•♦◆■▪►▸‣◦*–-]\s*)?"
_QUOTED = r"[„“\"«](?P<quoted>[^„“”\"»\n]{2,80})[”“\"»]"
_BARE = r"(?P<bare>[A-ZĄČĘĖĮŠŲŪŽ][\w+]*(?:[A-Z0-9][\w+]*|-[A-Z0-9][\w+-]*)(?:[ -][A-Z0-9][\w+-]*){0,2})"
_LEAD = re.compile(rf"^{_MARK}(?:{_QUOTED}|{_BARE})\s*(?:\((?P<bracket>[^()\n]{{1,80}})\))?\s*(?P<sep>[.:–—-])\s+")
#: A project word in the sentence after the name (``Projektą koordinuoja``, ``parkas koordinavo projektą``).
_PROJECT_WORD = re.compile(r"(?i)\bprojekt\w*")
#: The heading a list of projects stands under (``Finansuojami projektai``, ``VYKDOMI PROJEKTAI``).
_PROJECTS_HEADING = re.compile(r"(?i)\bprojekt(?:ai|ų)\b")
#: ``„X“ – asociacija, …``: the dash opens a description of a body, not of a project.
_BODY_AFTER = re.compile(r"(?i)(?:tai\s+)?(?:\w+\s+){0,2}?(?:asociacij|klaster|įmon|bendrov|centr|organizacij|"
                         r"universitet|kolegij|savivaldyb|agentūr|tinkl|renginy|forum|konferencij)\w*\b"
                         r"(?!\s+[„“\"A-ZĄČĘĖĮŠŲŪŽ])")  # "„X“ – klasteris „Y“ koordinavo …": Y is another body
_MONEY_CUE = re.compile(r"(?i)\b(?:skirt\w*|vertė|biudžet\w*|suma)\b")
_EVENT_WORDS = re.compile(r"(?i)(?:diena|dienos|savaitė|forumas|konferencija|mugė|šventė|festivalis|(?:19|20)\d\d)$")


#: ``„X“ (Vilnius). Projekto partneris nuo 2023 m.``: the item describes a body's role, not a project.
_PARTNER_AFTER = re.compile(r"(?i)(?:projekto|projektų)\s+(?:partner|dalyv|koordinator|vadov|lyder)")


def _typed_elsewhere(context: Context, name: str) -> bool:
    """The document writes the quoted name after a legal form or a body's type word (``UAB „X“``,
    ``klasteris „X“``): it names a body."""
    for match in re.finditer(rf"(?P<word>[\w.]+)\s+[„“\"]{re.escape(name)}[”“\"]", context.text):
        word = type_word(match["word"])
        if word is not None and word.cls == EntityType.ORGANISATION.value:
            return True
    return False


def _next_sentence(text: str) -> str:
    end = re.search(r"[.;!?](?:\s|$)", text)
    return text[: end.start()] if end else text


def _list_of_projects(context: Context, line: Line) -> bool:
    """The nearest short line above ``line`` (its heading) speaks of projects."""
    lines = context.view.lines
    index = next((i for i, other in enumerate(lines) if other.start == line.start), 0)
    for other in reversed(lines[max(0, index - 8) : index]):
        if len(other.text) <= 60 and not re.match(_MARK + r"\S", other.text[:3]) or other.text.isupper():
            return bool(_PROJECTS_HEADING.search(other.text))
    return False


def _lead(context: Context, line: Line) -> re.Match[str] | None:
    match = _LEAD.match(line.text)
    if match is None:
        return None
    name = match["quoted"] or match["bare"]
    rest = line.text[match.end() :]
    if head_type(name)[0] is not None or programme_in(name + " ") or _EVENT_WORDS.search(name) \
            or (match["sep"] != "." and _BODY_AFTER.match(rest)):
        return None
    known = context.builder.find_any(name)
    if known is not None and context.builder.type_of(known) is not EntityType.PROJECT or _typed_elsewhere(context, name) \
            or _PARTNER_AFTER.match(rest):
        return None
    cued = _PROJECT_WORD.search(_next_sentence(rest)) or match["bracket"] and _MONEY_CUE.search(match["bracket"])
    placed = match["quoted"] or _PROJECT_WORD.match(rest) or _list_of_projects(context, line)
    return match if cued and placed else None


def _budget(context: Context, key: str, line: Line, match: re.Match[str]) -> None:
    bracket = match["bracket"] or ""
    cue = _MONEY_CUE.search(bracket)
    money = find_money(bracket[cue.end() :]) if cue else None
    if money is None or money.currency is None or context.builder.has_attribute(key, AttributeName.BUDGET):
        return
    start = line.start + match.start("bracket") + cue.end()
    context.builder.attribute(key, AttributeName.BUDGET, money.amount, start + money.start, start + money.end,
                              "lt-lead-name-budget")
    context.builder.attribute(key, AttributeName.CURRENCY, money.currency, start + money.start, start + money.end,
                              "lt-lead-name-budget")


#: ``projektą TEXNET BSR`` / ``projekte SeaGrid``: an unquoted distinctive name (capitals, or capitals inside it)
#: right after the project word in any case, and ending the clause (an acronym before a noun is its subject).
_AFTER_WORD = re.compile(r"\b[Pp]rojekt(?:as|o|ą|ui|u|e)\s+(?P<name>(?:[A-Z][A-Z0-9]{2,}|[A-Z][a-z]+[A-Z][\w]*)"
                         r"(?:[- ](?:[A-Z][A-Z0-9]+|[A-Z][a-z]+[A-Z]\w*))*)\b"
                         r"(?=\s*[,.;:(]|\s+(?:ir|o|bei|kuris|kurį|kuriame|kurio)\b)")  # not "per projektą NTU mokslininkai"


#: ``SeaLink projektas`` / ``BalticBio projekte``: a name with capitals inside it (no bare acronym: ``KTU projektas``
#: is a body's project) right before the project word in any case.
_BEFORE_WORD = re.compile(r"(?<![\w„“\"-])(?P<name>[A-Z][a-z]+[A-Z][\w-]*(?:\s[A-Z][A-Z0-9]+)?)\s+projekt(?:as|o|ą|ui|e|u)\b")


def _named_after_word(context: Context) -> None:
    for match in [*_AFTER_WORD.finditer(context.text), *_BEFORE_WORD.finditer(context.text)]:
        name = match["name"]
        if programme_in(name + " ") or context.builder.find_any(name) is not None:
            continue
        context.builder.entity(EntityType.PROJECT, match.start("name"), match.end("name"), "lt-project-word-name")


def find_lead_projects(context: Context) -> None:
    """Each paragraph or list item headed by a project's name: that project, with the budget in its bracket."""
    if context.document.language not in ("lt", "mixed"):
        return
    _named_after_word(context)
    for line in context.view.lines:
        match = _lead(context, line)
        if match is None:
            continue
        group = "quoted" if match["quoted"] else "bare"
        start = line.start + match.start(group)
        key = context.builder.find_any(match[group]) or context.builder.entity(
            EntityType.PROJECT, start, start + len(match[group]), "lt-lead-name")
        section = context.section_at(line.start)
        if context.view.sections[section].header == line:
            context.focus.setdefault(section, key)
        _budget(context, key, line, match)


def funded_leads(context: Context) -> list[str]:
    """Projects heading a paragraph with an allocated amount in their bracket (``1. „X“ (skirta 1 mln. Eur)``)."""
    found = []
    for line in context.view.lines:
        match = _LEAD.match(line.text)
        if match is None or not (match["bracket"] and _MONEY_CUE.search(match["bracket"])):
            continue
        key = context.builder.find(EntityType.PROJECT, match["quoted"] or match["bare"])
        if key is not None:
            found.append(context.builder.resolve_key(key))
    return found
