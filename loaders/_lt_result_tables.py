"""Tables of funded projects: ``Nr. | Projekto pavadinimas | Pareiškėjas | Skirta suma, Eur`` and a row per project.

Call results and project lists give one row per project under a header row whose cells are
field labels (``data/field_labels.tsv``: ``Projekto pavadinimas`` / ``Project title``,
``Pareiškėjas`` / ``Lead partner``, ``Partneriai``, ``Skirta suma`` / ``Budget``,
``Įgyvendinimo laikotarpis``). The title cell names the row's project; the role cells name its
coordinator and partners; an amount is its budget (in the currency the header or cell states);
a period cell gives its dates.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import find_period
from innograph.loaders._fields import field_of
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._money import find_money
from innograph.loaders._orgs import make_org
from innograph.loaders._partner_items import split_items
from innograph.loaders._text import Line

__all__ = ["table_projects"]

_CELL = re.compile(r"[^|]+")
#: ``Skirta suma, Eur`` / ``Budget (EUR)``: the unit after a header cell's label.
_UNIT = re.compile(r"\s*(?:,\s*|\()\s*(?P<unit>Eur|EUR|eur\.?|eurais|€)\)?\s*$")
_ROLES = {"coordinator": RelationName.COORDINATOR, "participant": RelationName.PARTICIPANT,
          "associated": RelationName.ASSOCIATED_PARTNER}
_MIN_COLUMNS = 2


def _columns(line: Line) -> tuple[dict[int, str], bool] | None:
    """Field of each column of a header row (and whether its amounts are in euro), if it names a title column."""
    columns: dict[int, str] = {}
    euro = False
    for index, cell in enumerate(_CELL.finditer(line.text)):
        text = cell.group().strip()
        unit = _UNIT.search(text)
        euro = euro or unit is not None
        item = field_of(Line(0, 0, (text[: unit.start()] if unit else text) + ": x", 0))
        if item is not None:
            columns[index] = item.field
    return (columns, euro) if "title" in columns.values() and len(columns) >= _MIN_COLUMNS else None


def _cells(line: Line) -> list[tuple[int, int]]:
    spans = []
    for cell in _CELL.finditer(line.text):
        lead = len(cell.group()) - len(cell.group().lstrip())
        spans.append((line.start + cell.start() + lead, line.start + cell.start() + len(cell.group().rstrip())))
    return spans


def _project(context: Context, start: int, end: int) -> str | None:
    text = context.text[start:end]
    inner = re.fullmatch(r"[„“\"«](.+?)[”“\"»]", text)
    if inner is not None:
        start, end = start + 1, end - 1
    return context.builder.entity(EntityType.PROJECT, start, end, "result-table") if end - start > 1 else None


def _bodies(context: Context, start: int, end: int) -> list[str]:
    keys = []
    for a, b in split_items(context.text[start:end], start):
        found = mentions_in(context, a, b, EntityType.ORGANISATION)
        key = found[0][2] if found else make_org(context, a, b, "result-table")
        if key is not None:
            keys.append(key)
    return keys


def _cell_fact(context: Context, project: str, field: str, span: tuple[int, int], euro: bool) -> None:
    builder, text = context.builder, context.text[span[0] : span[1]]
    if field in _ROLES:
        for body in _bodies(context, *span):
            builder.relation(project, _ROLES[field], body, *span, "result-table")
    elif field in ("budget", "funding") and (money := find_money(text)) is not None:
        builder.attribute(project, AttributeName.BUDGET, money.amount, span[0] + money.start, span[0] + money.end,
                          "result-table")
        if money.currency or euro:
            builder.attribute(project, AttributeName.CURRENCY, money.currency or "EUR", span[0] + money.start,
                              span[0] + money.end, "result-table")
    elif field == "period" and (period := find_period(text)) is not None:
        builder.attribute(project, AttributeName.START_DATE, period[0], *span, "result-table")
        builder.attribute(project, AttributeName.END_DATE, period[1], *span, "result-table")


def table_projects(context: Context) -> list[str]:
    """The projects of every result table, each with its cells' facts; those given an amount (funded) returned."""
    funded: list[str] = []
    header: tuple[dict[int, str], bool] | None = None
    for line in context.view.lines:
        if "|" not in line.text:
            header = None
            continue
        if header is None:
            header = _columns(line)
            continue
        cells, (columns, euro) = _cells(line), header
        title = next((cells[i] for i, field in columns.items() if field == "title" and i < len(cells)), None)
        project = _project(context, *title) if title else None
        for index, field in columns.items() if project else ():
            if index < len(cells) and field != "title":
                _cell_fact(context, project, field, cells[index], euro)
        if project and any(f in ("budget", "funding") and i < len(cells) for i, f in columns.items()):
            funded.append(context.builder.resolve_key(project))
    return funded
