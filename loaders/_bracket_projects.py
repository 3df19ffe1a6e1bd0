"""Projects introduced by their programme and years in brackets: ``SeaWeave (Nordplus Adult, 2019-2021)``.

Lists of completed projects and background paragraphs name an earlier project once, with a
bracket that holds a known programme and a year range. The name before such a bracket is a
project, funded by that programme (and by the strand named after it), running those years.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._orgs import head_type
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._project_cues import YEAR_RANGE, YEARS, add_period, add_years, programme_within, project_named
from innograph.loaders._relations import slot_entity
from innograph.loaders._text import Line
from innograph.loaders._subprogrammes import sub_programme

__all__ = ["find_bracket_projects"]

_WORD = r"(?:[A-ZĄČĘĖĮŠŲŪŽÀ-ÖØ-Þ][\w+&'-]*|\d{1,4})"
_NAMED = re.compile(rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,4}})[ \t]*\((?P<note>[^()\n]{{4,80}})\)")
#: Capitalised words that open a sentence or a clause, never a project's name.
_OPENERS = frozenset("The This That These Our Its Their A An In On For And Since From Until With By".split())
_RULE = "name-programme-years"
#: A list line opening with an unnamed project and its years in brackets.
_UNNAMED = re.compile(rf"^An?\s+(?P<what>(?:pilot|project|study|network|initiative)\b[^.;()\n]{{3,100}}?)\s*\({YEAR_RANGE}\)")
#: ``NAME (2019-2021) is funded by`` / ``… was led by``: a name with years, then what only a project is.
_NAME_YEARS_VERB = re.compile(rf"(?<![\w,(])(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]*\((?P<note>{YEAR_RANGE})\)\s+"
                              r"(?:is|was)\s+(?:co-?)?(?:funded|financed|led|coordinated|implemented)\s+by\b")
_FUNDS = re.compile(r"\s*,?\s*(?:co-?)?(?:financed|funded|supported)\s+(?:from|by|under)\s+(?:the\s+)?")
_LED = re.compile(r"\b(?:led|coordinated)\s+by\s+(?:the\s+)?(?=[A-Z])")


def _name(match: re.Match[str]) -> tuple[int, int] | None:
    words = match["name"].split()
    skipped = 0
    while words and words[0] in _OPENERS:
        skipped += len(words.pop(0)) + 1
    name = " ".join(words)
    if not words or programme_in(name + " ") is not None or head_type(name)[0] is not None:
        return None
    start = match.start("name") + skipped
    return start, start + len(name)


def _one(context: Context, match: re.Match[str]) -> None:
    note, offset = match["note"], match.start("note")
    years = YEARS.search(note)
    span = _name(match)
    if years is None or span is None or programme_in(note + " ") is None or programme_in(note + " ")[1] != 0:
        return
    key = project_named(context, context.text[span[0] : span[1]], span[0], _RULE)
    found = programme_within(context, note, offset, _RULE) if key is not None else None
    if key is None or found is None:
        return
    programme, end = found
    context.builder.relation(key, RelationName.FUNDED_BY, programme, match.start(), match.end(), _RULE)
    sub_programme(context, key, programme, note[end : years.start()].rstrip(" ,;"), offset + end, _RULE)
    add_period(context, key, (years[1], years[2]), offset + years.start(), offset + years.end(), _RULE)


def _described(context: Context, line: Line) -> None:
    """``A pilot on design vouchers (2019-2021) financed from the COSME programme, led by X``: a project
    listed without a name, with its years, programme and lead."""
    match = _UNNAMED.match(line.text)
    funded = _FUNDS.search(line.text, match.end()) if match else None
    found = programme_in(line.text[funded.end() :] + " ") if funded else None
    if match is None or funded is None or found is None or found[1] > 4:
        return
    builder, start = context.builder, line.start
    key = builder.described(EntityType.PROJECT, match["what"][:1].upper() + match["what"][1:].rstrip(), start,
                            start + match.end("what"), _RULE)
    add_years(context, key, match, start, _RULE)
    offset = start + funded.end()
    programme = programme_entity(context, found[0], offset + found[1], offset + found[2], _RULE)
    builder.relation(key, RelationName.FUNDED_BY, programme, start, line.end, _RULE)
    led = _LED.search(line.text, funded.end())
    org = slot_entity(context, start + led.end(), line.end, _RULE) if led else None
    if org is not None and builder.type_of(org) is EntityType.ORGANISATION:
        builder.relation(key, RelationName.COORDINATOR, org, start, line.end, _RULE)


def find_bracket_projects(context: Context) -> None:
    for match in _NAMED.finditer(context.text):
        _one(context, match)
    for line in context.view.lines:
        _described(context, line)
    for match in _NAME_YEARS_VERB.finditer(context.text):  # "SeaWeave (2019-2021) was funded by ...": a project
        span = _name(match)
        if span is not None and context.builder.find_any(context.text[span[0] : span[1]]) is None:
            key = project_named(context, context.text[span[0] : span[1]], span[0], "name-years-verb")
            if key is not None:
                add_years(context, key, match, 0, "name-years-verb")
