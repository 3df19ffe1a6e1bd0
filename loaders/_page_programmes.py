"""Programmes a project page states outside its fields and sentences.

* a line that opens with a programme's name, alone or before ``|`` (``Interreg Baltic Sea
  Region 2021-2027 | Priority 2 | Ongoing``), on a page about one project: the programme
  funding it (programme sites put such a line under the title and in the footer);
* ``the Culture strand of Creative Europe`` / ``Creative Europe's Culture strand``: a part of the
  programme, funding the project the line names;
* a programme named in a budget line (``3.1 million euro, of which 2.5 million is ERDF
  co-financing``): the fund co-finances the project.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._fields import field_of, section_project
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._relations import keys_in

__all__ = ["find_page_programmes", "find_programme_parts"]

_REST = re.compile(r"\s*(?:(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d)?\s*(?:\|.*)?")
_LINE_WORDS = 16


def _programme_lines(context: Context, project: str) -> None:
    for line in context.view.lines:
        found = programme_in(line.text + " ")
        if found is None or found[1] != 0 or len(line.text.split()) > _LINE_WORDS \
                or not _REST.fullmatch(line.text, found[2]) or context.focus_at(line.start) not in (None, project):
            continue
        programme = programme_entity(context, found[0], line.start, line.start + found[2], "page-programme-line")
        context.builder.relation(project, RelationName.FUNDED_BY, programme, line.start, line.end, "page-programme-line")


def _budget_lines(context: Context) -> None:
    for line in context.view.lines:
        item = field_of(line)
        if item is None or item.field != "budget":
            continue
        found = programme_in(item.value + " ")
        if found is not None:
            start, end = item.value_start + found[1], item.value_start + found[2]
            programme = programme_entity(context, found[0], start, end, "budget-line-programme")
            project = section_project(context, context.section_at(line.start))
            context.builder.relation(project, RelationName.FUNDED_BY, programme, line.start, line.end,
                                     "budget-line-programme")


def find_page_programmes(context: Context) -> None:
    if context.page_project is not None:
        _programme_lines(context, context.page_project)
    _budget_lines(context)


#: ``the Culture strand of Creative Europe`` / ``Creative Europe's Culture strand``: a named part of a programme.
_PART = r"(?P<part>(?:[A-Z][\w+-]*\s+){1,5}(?:strand|action|sub-?programme|call|instrument|priority))\b"
_PART_OF = re.compile(rf"{_PART}\s+of\s+(?:the\s+)?")
_PART_AFTER = re.compile(rf"['’]s\s+{_PART}")


def _part(context: Context, part: tuple[int, int], programme: tuple[object, int, int], rule: str) -> None:
    parent = programme_entity(context, programme[0], programme[1], programme[2], rule)  # type: ignore[arg-type]
    key = context.builder.entity(EntityType.PROGRAMME, *part, rule)
    if context.builder.resolve_key(key) == context.builder.resolve_key(parent):
        return
    context.builder.relation(key, RelationName.PART_OF, parent, min(part[0], programme[1]), max(part[1], programme[2]), rule)
    named = keys_in(context, context.view.line_at(part[0]).start, part[0], EntityType.PROJECT)
    project = named[-1] if named else context.focus_at(part[0])
    if project is not None:
        context.builder.relation(project, RelationName.FUNDED_BY, key, part[0], part[1], rule)


def find_programme_parts(context: Context) -> None:
    text = context.text
    for match in _PART_OF.finditer(text):
        found = programme_in(text[match.end() : match.end() + 80] + " ")
        if found is not None and found[1] == 0 and programme_in(match["part"] + " ") is None:
            _part(context, match.span("part"), (found[0], match.end(), match.end() + found[2]), "part-of-programme")
    for match in _PART_AFTER.finditer(text):
        found = programme_in(text[max(0, match.start() - 60) : match.start()] + " ")
        start = max(0, match.start() - 60)
        if found is not None and start + found[2] == match.start() and programme_in(match["part"] + " ") is None:
            _part(context, match.span("part"), (found[0], start + found[1], start + found[2]), "programme-s-part")
