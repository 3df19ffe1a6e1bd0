"""Plain entry headings: a project's name alone on a line above its fields.

Pages that list several projects often give each one a heading with no bullet or
number (``Baltic Loom`` / ``Funding: …`` / ``Partners: …``); :mod:`._text` makes such a
line a section header, and this pass makes its name the section's project when the
section states what a project has (a programme, period, budget, partners or funding).
"""

from __future__ import annotations

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._fields import PROJECT_FIELDS, field_of
from innograph.loaders._orgs import head_type
from innograph.loaders._programmes import programme_in
from innograph.loaders._text import FUNDING_LINE, Line, Section

__all__ = ["heading_project"]

#: Fields only a project entry states (a contact block has none of them).
_ENTRY_FIELDS = PROJECT_FIELDS | {"funding", "participant", "coordinator", "associated"}


def _states_project(section: Section) -> bool:
    return any(FUNDING_LINE.match(line.text) or ((item := field_of(line)) is not None and item.field in _ENTRY_FIELDS)
               for line in section.lines[1:])


def heading_project(context: Context, index: int, header: Line) -> None:
    """The heading's name is the project of its section, unless it names a programme, body or event."""
    name = header.text
    if programme_in(name) or head_type(name)[0] is not None or not _states_project(context.section(index)):
        return
    known = context.builder.find_any(name)
    if known is not None and context.builder.type_of(known) is not EntityType.PROJECT:
        return
    key = known or context.builder.entity(EntityType.PROJECT, header.start, header.end, "entry-heading")
    context.focus[index] = key
