"""Tables of projects laid out in columns of spaces, as in annual reports and plain-text exports.

A header row whose cells (two or more spaces apart) are field labels (``data/field_labels.tsv``:
``Projektas``, ``Programa``, ``Bendra vertė``, ``Laikotarpis``), with a title column, opens the
table; a header cell may go on in the row under it (``Agentūros`` / ``vaidmuo``). Each body row
starts with a title cell; a row whose title column is empty goes on the cells above it (a
programme's name or a period broken over two lines). A row's title names its project; its
programme cell funds it; its amount is its budget and its period its dates; a ``vaidmuo``
(role) column gives the role of the body whose report it is (``Pagrindinis partneris``: the
lead, ``Partneris``: a partner). Rules of dashes and a ``Šaltinis:`` line end nothing but
themselves; a blank line or prose ends the table.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import find_period
from innograph.loaders._fields import field_of
from innograph.loaders._lt_slots import mentions_in, page_body
from innograph.loaders._money import find_money
from innograph.loaders._text import Line

__all__ = ["find_column_tables"]

_CELL = re.compile(r"\S+(?: \S+)*")
_RULE = re.compile(r"^\s*[-=_–—]{5,}\s*$")
_ROLE = re.compile(r"(?i)\bvaidm")
_PROJECT = re.compile(r"(?i)projekt(?:as|ai)|project")  # a title column headed by the word alone
_LEAD = re.compile(r"(?i)\b(?:pagrindin\w*|vadovaujanti\w*)\s+partner|\bkoordinator|\blyder")
_TOLERANCE = 2


def _cells(context: Context, line: Line) -> list[tuple[int, int, str]]:
    """(column, document start, text) of each cell of a line; the column counts from the line's first character."""
    raw = context.text.rfind("\n", 0, line.start) + 1
    return [(line.start - raw + m.start(), line.start + m.start(), m.group()) for m in _CELL.finditer(line.text)]


def _header(context: Context, line: Line, following: Line | None) -> dict[int, str] | None:
    """Column -> field of a header row (``role`` for a ``… vaidmuo`` cell), if it has a title column; a cell goes
    on in the row under it when that row has nothing in the first column (``Agentūros`` / ``vaidmuo``)."""
    texts = {column: text for column, _start, text in _cells(context, line)}
    if not texts:
        return None
    more = _cells(context, following) if following is not None else []
    if more and more[0][0] > min(texts) + _TOLERANCE:
        for column, _start, text in more:
            at = _column_of(texts, column)
            if at is not None:
                texts[at] = f"{texts[at]} {text}"
    columns: dict[int, str] = {}
    for column, text in texts.items():
        item = field_of(Line(0, 0, text + ": x", 0))
        field = item.field if item is not None else "role" if _ROLE.search(text) else \
            "title" if _PROJECT.fullmatch(text) else "other"
        columns[column] = field
    fields = set(columns.values())
    return columns if len(columns) >= 3 and "title" in fields and len(fields - {"other"}) >= 3 else None


def _column_of(columns: dict[int, str], at: int) -> int | None:
    starts = [c for c in sorted(columns) if c <= at + _TOLERANCE]
    return starts[-1] if starts else None


def _rows(context: Context, lines: tuple[Line, ...], columns: dict[int, str]) -> list[dict[int, list[tuple[int, str]]]]:
    rows: list[dict[int, list[tuple[int, str]]]] = []
    title = min(columns)
    for line in lines:
        if _RULE.match(line.text) or line.text.strip().lower().startswith("šaltinis"):
            continue
        cells = _cells(context, line)
        if not cells or cells[0][0] > max(columns) + 20 or any(len(text) > 60 for _c, _s, text in cells):
            break  # prose: the table is over
        placed = [(col, start, text) for column, start, text in cells if (col := _column_of(columns, column)) is not None]
        if any(col == title for col, _s, _t in placed) or not rows:
            rows.append({})
        for col, start, text in placed:
            rows[-1].setdefault(col, []).append((start, text))
    return rows


def _apply(context: Context, columns: dict[int, str], row: dict[int, list[tuple[int, str]]], body: str | None) -> None:
    builder = context.builder
    title = row.get(min(columns))
    if not title:
        return
    start, name = title[0]
    name = name.strip("„“\"")
    key = builder.find(EntityType.PROJECT, name) or builder.entity(EntityType.PROJECT, start, start + len(name),
                                                                    "lt-column-table")
    for column, parts in row.items():
        field, text, first = columns[column], " ".join(t for _s, t in parts), parts[0][0]
        last = parts[-1][0] + len(parts[-1][1])
        if field == "programme":
            for _s, _e, programme in mentions_in(context, first, last, EntityType.PROGRAMME):
                builder.relation(key, RelationName.FUNDED_BY, programme, first, last, "lt-column-table")
        elif field == "budget" and (money := find_money(text)) is not None and money.currency is not None:
            builder.attribute(key, AttributeName.BUDGET, money.amount, first, last, "lt-column-table")
            builder.attribute(key, AttributeName.CURRENCY, money.currency, first, last, "lt-column-table")
        elif field == "period" and (period := find_period(text)) is not None:
            builder.attribute(key, AttributeName.START_DATE, period[0], first, last, "lt-column-table")
            builder.attribute(key, AttributeName.END_DATE, period[1], first, last, "lt-column-table")
        elif field == "role" and body is not None:
            role = RelationName.COORDINATOR if _LEAD.search(text) else RelationName.PARTICIPANT
            builder.relation(key, role, body, first, last, "lt-column-table-role")


def find_column_tables(context: Context) -> None:
    """Projects, programmes, budgets, periods and the report's body's roles from column tables of projects."""
    lines = context.view.lines
    for index, line in enumerate(lines):
        columns = _header(context, line, lines[index + 1] if index + 1 < len(lines) else None)
        if columns is None:
            continue
        rows = _rows(context, lines[index + 1 :], columns)
        for row in rows[1:] if rows and min(columns) not in rows[0] else rows:  # the header's own second line
            _apply(context, columns, row, page_body(context))
