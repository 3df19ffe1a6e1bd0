"""Partner lists a sentence introduces: ``The work is shared with:`` and a bulleted list under it.

News and newsletters name a project's partners in prose that ends in a colon, then list
them one per bullet (``* Nordby University, which tests …;``): each item's body, named
before its first comma or clause, takes part in the project its part of the page is about.
"""

from __future__ import annotations

import re

from innograph.graph import RelationName
from innograph.loaders._context import Context
from innograph.loaders._orgs import make_org
from innograph.loaders._text import Line

__all__ = ["find_intro_lists"]

#: The words that end a sentence introducing a project's partners, up to its colon.
_INTRO = re.compile(r"(?i)\b(?:(?:is|are)\s+shared\s+(?:between|with|among)|(?:works?|working)\s+(?:together\s+)?with|"
                    r"together\s+with|brings\s+together|(?:partners|partnership|consortium)(?:\s+(?:are|is|includes?|"
                    r"comprises?|consists\s+of))?|(?:includes?|involves?|comprises?)(?:\s+the\s+following)?"
                    r"(?:\s+(?:partners|organi[sz]ations|bodies))?)\s*:$")
_BULLET = re.compile(r"^[•*\-–▪·]\s+(?=\S)")
#: Where an item's name ends: a comma, a semicolon, a bracket, a dash, ``which``/``that``/``who``.
_NAME_END = re.compile(r",|;|\s\(|\s[–—-]\s|\s(?:which|that|who|will|is|are)\s|\.$")
#: ``Nordby University, through its Coastal Lab in Esbjerg``: the unit the body works through.
_THROUGH = re.compile(r",?\s+(?:through|via)\s+(?:its|their|the)\s+(?P<unit>[A-Z][^,;()]*?)(?=\s+in\s|,|;|$)")


def _items(context: Context, intro: Line) -> list[Line]:
    lines, items = context.view.lines, []
    for line in lines[intro.index + 1 :]:
        if _BULLET.match(line.text) is None:
            break
        items.append(line)
    return items


def _item(context: Context, project: str, line: Line) -> None:
    builder = context.builder
    start = line.start + _BULLET.match(line.text).end()
    end_at = _NAME_END.search(context.text, start, line.end)
    end = end_at.start() if end_at else line.end
    body = make_org(context, start, end, "introduced-partner-list")
    if body is None:
        return
    builder.relation(project, RelationName.PARTICIPANT, body, line.start, line.end, "introduced-partner-list")
    through = _THROUGH.match(context.text, end, line.end)
    unit = make_org(context, through.start("unit"), through.end("unit"), "introduced-partner-unit") if through else None
    if unit is not None and unit != body:
        builder.relation(unit, RelationName.PART_OF, body, line.start, line.end, "introduced-partner-unit")


def find_intro_lists(context: Context) -> None:
    """Every item of a bulleted list a sentence introduces as partners takes part in the project of its part."""
    lines = context.view.lines
    for line in lines[:-1]:
        if _INTRO.search(line.text) is None or _BULLET.match(lines[line.index + 1].text) is None:
            continue
        project = context.focus_at(line.start) or context.page_project
        for item in _items(context, line) if project is not None else []:
            _item(context, project, item)
