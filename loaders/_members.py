"""Member lists of an organisation's own page, and its bilingual title.

Under a ``Members`` / ``Our members`` heading, every bulleted item (sub-headings such
as ``Companies:`` allowed) names a member of the page's organisation: the item's
name runs to the first dash, bracket or comma. ``Kauno ... klasteris / Kaunas ...
Cluster`` in the title line: one body named in two languages.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._contacts import page_organisation
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import page_body
from innograph.loaders._orgs import make_org
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Line

__all__ = ["find_member_lists", "merge_bilingual_title"]

_HEADING = re.compile(r"(?i)^(?:(?:our\s+|cluster\s+|network\s+|association\s+)?members(?:\s+of\s+the\s+\w+)?|"
                      r"(?:mūsų\s+|klasterio\s+|asociacijos\s+|tinklo\s+)?nariai)(?:\s*\([^()]{1,30}\))?\s*:?$")
_BULLET = re.compile(r"^(?:[•\-*▪·◦►▸‣–]|\d{1,3}[.)])\s+")
_SUBHEADING = re.compile(r"^[A-Z][\w ,&/-]{1,50}:$")
_ITEM_END = re.compile(r"\s+[–—-]\s|\s*\(|,\s|;|\s+\|")
_MAX_ITEMS = 80


def _member_items(context: Context, heading: Line) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    for line in context.view.lines[heading.index + 1 : heading.index + 1 + _MAX_ITEMS]:
        bullet = _BULLET.match(line.text)
        if bullet is None:
            if _SUBHEADING.match(line.text):
                continue
            break
        start = line.start + bullet.end()
        end = _ITEM_END.search(line.text, bullet.end())
        items.append((start, line.start + end.start() if end else line.end))
    return items


def _item_org(context: Context, start: int, end: int) -> str | None:
    builder = context.builder
    known = builder.find_any(context.text[start:end].strip())
    if known is not None:
        return known if builder.type_of(known) is EntityType.ORGANISATION else None
    inside = [k for k in keys_in(context, start, end, EntityType.ORGANISATION)
              if any(m.start == start for m in builder.mentions_of(k))]
    return inside[0] if inside else make_org(context, start, end, "member-list-item", whole=True)


def find_member_lists(context: Context) -> None:
    owner = page_organisation(context) or page_body(context)
    if owner is None:
        return
    for line in context.view.lines:
        if not _HEADING.match(line.text):
            continue
        for start, end in _member_items(context, line):
            member = _item_org(context, start, end)
            if member is not None:
                context.builder.relation(member, RelationName.MEMBER_OF, owner, start, end, "member-list-under-heading")


def merge_bilingual_title(context: Context) -> None:
    """``A / B`` in the title line, each one organisation of the same subtype: one body."""
    builder = context.builder
    for line in context.view.lines[:2]:
        halves = line.text.split(" / ")
        if len(halves) != 2:
            continue
        middle = line.start + len(halves[0])
        left = keys_in(context, line.start, middle, EntityType.ORGANISATION)
        right = keys_in(context, middle + 3, line.end, EntityType.ORGANISATION)
        if len(left) == 1 and len(right) == 1 and builder.subtype_of(left[0]) == builder.subtype_of(right[0]):
            builder.merge(left[0], right[0])
