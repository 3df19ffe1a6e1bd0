"""Programmes a project page states outside its fields and sentences.

* a line that opens with a programme's name, alone or before ``|`` (``Interreg Baltic Sea
  Region 2021-2027 | Priority 2 | Ongoing``), on a page about one project: the programme
  funding it (programme sites put such a line under the title and in the footer);
* a programme named in a budget line (``3.1 million euro, of which 2.5 million is ERDF
  co-financing``): the fund co-finances the project.
"""

from __future__ import annotations

import re

from innograph.graph import RelationName
from innograph.loaders._context import Context
from innograph.loaders._fields import field_of, section_project
from innograph.loaders._programmes import programme_entity, programme_in

__all__ = ["find_page_programmes"]

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
