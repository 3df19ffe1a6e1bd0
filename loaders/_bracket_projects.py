"""Projects introduced by their programme and years in brackets: ``SeaWeave (Nordplus Adult, 2019-2021)``.

Lists of completed projects and background paragraphs name an earlier project once, with a
bracket that holds a known programme and a year range. The name before such a bracket is a
project, funded by that programme (and by the strand named after it), running those years.
"""

from __future__ import annotations

import re

from innograph.graph import RelationName
from innograph.loaders._context import Context
from innograph.loaders._orgs import head_type
from innograph.loaders._programmes import programme_in
from innograph.loaders._project_cues import YEARS, add_period, programme_within, project_named
from innograph.loaders._subprogrammes import sub_programme

__all__ = ["find_bracket_projects"]

_WORD = r"(?:[A-ZĄČĘĖĮŠŲŪŽÀ-ÖØ-Þ][\w+&'-]*|\d{1,4})"
_NAMED = re.compile(rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,4}})[ \t]*\((?P<note>[^()\n]{{4,80}})\)")
#: Capitalised words that open a sentence or a clause, never a project's name.
_OPENERS = frozenset("The This That These Our Its Their A An In On For And Since From Until With By".split())
_RULE = "name-programme-years"


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


def find_bracket_projects(context: Context) -> None:
    for match in _NAMED.finditer(context.text):
        _one(context, match)
