"""Partner tables: a header row naming a partner column, then one row per partner.

HTML and Markdown tables reach the extractor as lines of cells joined by ``|``
(``1 | Vistula Agency | PL | Lead partner``). The header row says which column
holds the partner's name, its country and its role; a role cell (or a ``(lead
partner)`` note in any cell) makes the row's organisation the coordinator or an
associated partner, every other row is a participant of the table's project.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_code, country_from_word
from innograph.loaders._fields import section_project
from innograph.loaders._orgs import make_org
from innograph.loaders._text import Line
from innograph.loaders._units import unit_and_parent

__all__ = ["find_partner_tables"]

_CELL = re.compile(r"[^|]+")
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Za-z][\w&-]{1,15})\)\s*$")
_HEADER_WORDS = 4  # a header cell is a short label (``Partner name``), never a list of names
_NAME_COLUMN = re.compile(r"(?i)^(?:(?:project\s+)?partners?(?:\s+(?:name|organi[sz]ation))?|organi[sz]ations?(?:\s+name)?|"
                          r"(?:legal\s+)?names?|institutions?|beneficiar(?:y|ies)|participants?|partneris|partneriai|"
                          r"organizacija|pavadinimas)$")
_COUNTRY_COLUMN = re.compile(r"(?i)^(?:country|countries|state|šalis|valstybė)$")
_ROLE_COLUMN = re.compile(r"(?i)^(?:role|type|status|partner\s+type|vaidmuo|tipas)$")
_COORDINATOR = re.compile(r"(?i)\b(?:lead\s+partner|lead\s+beneficiary|coordinator|koordinatorius|pagrindinis\s+partneris)\b")
_ASSOCIATED = re.compile(r"(?i)\bassociated\b|\basocijuot")


def _cells(line: Line) -> list[tuple[int, int, str]]:
    """(start, end, text) of each non-empty cell, offsets into the document."""
    found = []
    for match in _CELL.finditer(line.text):
        text = match.group().strip()
        if text:
            lead = len(match.group()) - len(match.group().lstrip())
            found.append((line.start + match.start() + lead, line.start + match.start() + lead + len(text), text))
    return found


def _columns(line: Line) -> dict[str, int] | None:
    """Column index of name / country / role when ``line`` is a partner table's header row."""
    if "|" not in line.text:
        return None
    texts = [text for _s, _e, text in _cells(line)]
    columns: dict[str, int] = {}
    for index, text in enumerate(texts):
        for kind, pattern in (("name", _NAME_COLUMN), ("country", _COUNTRY_COLUMN), ("role", _ROLE_COLUMN)):
            if kind not in columns and pattern.match(text):
                columns[kind] = index
    if len(texts) == 2 and len(columns) == 1:  # "Partneriai | A; B": a field row of a two-column card, no header
        return None
    headed = all(len(text.split()) <= _HEADER_WORDS and not re.search(r"[\d;(]", text) for text in texts)
    return columns if "name" in columns and len(texts) >= 2 and headed else None


def _role(cells: list[tuple[int, int, str]], columns: dict[str, int]) -> RelationName:
    role_index = columns.get("role")
    texts = [cells[role_index][2]] if role_index is not None and role_index < len(cells) else [c[2] for c in cells]
    if any(_COORDINATOR.search(text) for text in texts):
        return RelationName.COORDINATOR
    if any(_ASSOCIATED.search(text) for text in texts):
        return RelationName.ASSOCIATED_PARTNER
    return RelationName.PARTICIPANT


def _country(cells: list[tuple[int, int, str]], columns: dict[str, int]) -> tuple[str, int, int] | None:
    index = columns.get("country")
    if index is None or index >= len(cells):
        return None
    start, end, text = cells[index]
    country = country_from_code(text) or country_from_word(text)
    return (country, start, end) if country else None


def _row(context: Context, line: Line, columns: dict[str, int], project: str) -> None:
    cells = _cells(line)
    if len(cells) <= columns["name"]:
        return
    start, end, name = cells[columns["name"]]
    name_end = start + len(re.sub(r"\s*\((?:lead partner|coordinator|associated[^)]*)\)\s*$", "", name, flags=re.I))
    country = _country(cells, columns)
    acronym = _ACRONYM.search(context.text, start, name_end)
    name_end = acronym.start() if acronym else name_end
    sides = unit_and_parent(context.text, start, name_end)
    unit = sides[0] if sides else (start, name_end)
    key = make_org(context, *unit, "partner-table", country_span=country[1:] if country else None, whole=True)
    if key is None:
        return
    if sides is not None:
        _parent(context, key, sides[1], country)
    if acronym is not None:  # "Baltic Cluster Association (BCA)": the acronym is another name
        context.builder.alias(key, acronym.start("acr"), acronym.end("acr"), "partner-table")
    if country is not None:
        context.builder.attribute(key, AttributeName.COUNTRY, country[0], country[1], country[2], "partner-table-country")
    context.builder.relation(project, _role(cells, columns), key, line.start, line.end, "partner-table")


def _parent(context: Context, unit: str, span: tuple[int, int], country: tuple[str, int, int] | None) -> None:
    """The parent of a ``Parent – Unit`` row: the unit is part of it, and both are in the row's country."""
    parent = make_org(context, *span, "partner-table-parent")
    if parent is None or parent == unit:
        return
    context.builder.relation(unit, RelationName.PART_OF, parent, span[0], span[1], "partner-table-parent")
    if country is not None:
        context.builder.attribute(parent, AttributeName.COUNTRY, country[0], country[1], country[2], "partner-table-country")


def find_partner_tables(context: Context) -> None:
    lines = context.view.lines
    index = 0
    while index < len(lines):
        columns = _columns(lines[index])
        index += 1
        if columns is None:
            continue
        project = section_project(context, context.section_at(lines[index - 1].start))
        while index < len(lines) and "|" in lines[index].text:
            _row(context, lines[index], columns, project)
            index += 1
