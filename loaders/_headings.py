"""Plain entry headings: a project's name alone on a line above its fields.

Pages that list several projects often give each one a heading with no bullet or
number (``Baltic Loom`` / ``Funding: …`` / ``Partners: …``); :mod:`._text` makes such a
line a section header, and this pass makes its name the section's project when the
section states what a project has (a programme, period, budget, partners or funding).
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import find_period
from innograph.loaders._money import find_money
from innograph.loaders._project_cues import YEARS, add_period, add_years
from innograph.loaders._fields import PROJECT_FIELDS, fields_of
from innograph.loaders._orgs import head_type
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._text import FUNDING_LINE, Line, Section, heading_name

__all__ = ["heading_project", "typed_name"]

#: Fields only a project entry states (a contact block has none of them).
_PROGRAMME_LINE_WORDS = 8  # a line naming the programme, not a sentence about it
_ENTRY_FIELDS = PROJECT_FIELDS | {"funding", "participant", "coordinator", "associated"}
_PROJECT_WORD = re.compile(r"(?i)(?:projektas|project)\s+[„“\"]?")


def _states_project(section: Section) -> bool:
    """A field, a funding line, or a line that opens with a programme's name (``Nordplus Junior (2023)``)."""
    return any(FUNDING_LINE.match(line.text) or any(item.field in _ENTRY_FIELDS for item in fields_of(line))
               for line in section.lines[1:]) \
        or len(section.lines) > 1 and (found := programme_in(section.lines[1].text + " ")) is not None and found[1] == 0


def typed_name(name: str) -> bool:
    """``Nordic Institute of Kelp`` / ``Kelp Summer School``: a body's or an event's name, no project's."""
    return head_type(name)[0] is not None


def heading_project(context: Context, index: int, header: Line) -> None:
    """The heading's name is the project of its section, unless it names a programme, body or event."""
    name = heading_name(header.text)
    if programme_in(name) or typed_name(name) or not _states_project(context.section(index)):
        return
    word = _PROJECT_WORD.match(name)  # "Projektas BioX" / "Project „BioX“": the name after the word
    offset = word.end() if word and len(name) > word.end() + 1 else 0
    name = name[offset:].rstrip("”“\"")
    known = context.builder.find_any(name)
    if known is not None and context.builder.type_of(known) is not EntityType.PROJECT:
        return
    key = known or context.builder.entity(EntityType.PROJECT, header.start + offset, header.start + offset + len(name),
                                          "entry-heading")
    context.focus[index] = key
    _programme_line(context, key, context.section(index))
    _period_piece(context, key, context.section(index))
    _amount_cell(context, key, context.section(index))


def _programme_line(context: Context, key: str, section: Section) -> None:
    """``Nordplus Junior (2023)`` right under the heading: the programme funding the entry's project."""
    line = section.lines[1] if len(section.lines) > 1 else None
    first = line.text.split(" | ")[0] if line is not None else ""  # "Interreg X | 2023–2026 | Lead partner: Y"
    found = programme_in(first + " ") if line is not None else None
    if line is None or found is None or found[1] != 0 or len(first.split()) > _PROGRAMME_LINE_WORDS:
        return
    programme = programme_entity(context, found[0], line.start, line.start + found[2], "entry-programme-line")
    context.builder.relation(key, RelationName.FUNDED_BY, programme, line.start, line.end, "entry-programme-line")


def _amount_cell(context: Context, key: str, section: Section) -> None:
    """``2023–2026 | EUR 1 480 000``: an amount alone in a ``|`` cell of the entry is its budget."""
    for line in section.lines[1:]:
        for cell in re.finditer(r"(?:^|(?<=\|))\s*(?P<text>[^|]+?)\s*(?=\||$)", line.text) if " | " in line.text else ():
            money = find_money(cell["text"])
            start, end = line.start + cell.start("text"), line.start + cell.end("text")
            if money is None or money.start != 0 or money.end != len(cell["text"]) \
                    or context.builder.has_attribute(key, AttributeName.BUDGET):
                continue
            context.builder.attribute(key, AttributeName.BUDGET, money.amount, start, end, "entry-amount")
            if money.currency:
                context.builder.attribute(key, AttributeName.CURRENCY, money.currency, start, end, "entry-amount")


def _period_piece(context: Context, key: str, section: Section) -> None:
    """``01/2024 - 12/2024.`` / ``2024-2027 | EU contribution …``: a period standing alone in the entry."""
    for line in section.lines[1:]:
        for piece in re.finditer(r"[^|.]+(?:\.\d[^|.]*)*", line.text):
            text = piece.group().strip()
            start = line.start + piece.start() + (len(piece.group()) - len(piece.group().lstrip()))
            years = YEARS.fullmatch(text)
            period = find_period(text)
            if years is not None:
                add_years(context, key, years, start, "entry-period")
                return
            if period is not None and period[2] == 0 and period[3] == len(text):
                add_period(context, key, period[:2], start, start + len(text), "entry-period")
                return
