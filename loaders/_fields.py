"""``Label: value`` fields of project pages (dates, number, budget, programme, partners).

Field names and their meaning are in ``data/field_labels.tsv``. A field belongs to
the focus project of its section; a section with fields but no named project gets
a project named after the document title.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._data import field_labels
from innograph.loaders._subprogrammes import sub_programme
from innograph.loaders._dates import find_dates, find_period
from innograph.loaders._money import find_money
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._text import Line

__all__ = ["Field", "PROJECT_FIELDS", "field_of", "fields_of", "find_fields", "quoted_name", "section_project", "with_next_value"]

_ID = re.compile(r"[A-Z0-9][A-Za-z0-9/._-]*\d[A-Za-z0-9/._-]*")
_URL = re.compile(r"https?://\S+|www\.\S+")
_NAME_WORDS = 6  # a page title this short, on a page of project fields, is the project's name
PROJECT_FIELDS = frozenset(("period", "start", "end", "identifier", "budget", "programme", "acronym", "title", "website"))
#: ``„Name“: what it does`` / ``"Name" – what it does``: a title led by a quoted name.
_QUOTED_NAME = re.compile(r"^[„“\"«](?P<name>[^”“\"»\n]{2,60})[”“\"»]\s*(?::|\s[–—-])\s")
_VALUE_FIELDS = PROJECT_FIELDS | {"funding"}
#: ``• 09:30 Welcome`` under ``Programme``: an event's agenda, no funding programme.
_AGENDA_ITEM = re.compile(r"^(?:[•*▪·-]\s*)?\d{1,2}(?::\d{2}(?!\d)|\.\d{2}(?![.\d]))")
_MAX_VALUE = 200  # characters: a value on the line after its label is a short line
_MENU = re.compile(r"\s{3}|\||[>»›]|^\W*$|\d{4}-\d\d-\d\d|\d{4} m\.")  # menus, breadcrumbs, dates


class Field:
    def __init__(self, line: Line, field: str, label_end: int, value_start: int) -> None:
        self.line, self.field = line, field
        self.label_end, self.value_start = label_end, value_start

    @property
    def value(self) -> str:
        return self.line.text[self.value_start - self.line.start :]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    labels = "|".join(f"(?P<f{index}>{label})" for index, (label, _f) in enumerate(field_labels()))
    return re.compile(rf"^(?:[•\-*]\s*|\d{{1,2}}[.)]\s+)?(?:{labels})(?P<sep>\s*[:|]|[ \t]{{3,}}(?=\S)|\s+(?=\S*\d)|\s*$)\s*", re.I)


#: A cell of a line of ``|``-separated cells that states a field (``2023–2026 | Lead partner: X``).
_CELL = re.compile(r"(?:^|(?<=\s\|\s))\s*(?P<cell>[A-Z][\w ]{1,30}:\s+[^|\n]*?)(?=\s+\||$)")


def fields_of(line: Line) -> list[Field]:
    """The fields ``line`` states: one, or one per ``Label: value`` cell of a line of ``|`` cells."""
    cells = [Line(line.start + m.start("cell"), line.start + m.end("cell"), m["cell"], line.index)
             for m in _CELL.finditer(line.text)] if " | " in line.text else []
    found = [item for cell in cells if (item := field_of(cell)) is not None and item.value.strip()]
    whole = field_of(line)
    return found if found and (whole is None or whole.field not in PROJECT_FIELDS or len(found) > 1) \
        else [whole] if whole is not None else []


def field_of(line: Line) -> Field | None:
    """The field ``line`` states, if it starts with a known label."""
    match = _pattern().match(line.text)
    if match is None:
        return None
    index = next(int(name[1:]) for name, value in match.groupdict().items() if value and name.startswith("f"))
    label, field = field_labels()[index]
    column = len(match["sep"]) >= 3 and not match["sep"].strip()  # "Start date      01.09.2024": a label column
    if not {":", "|"} & set(match["sep"]) and not column and field not in ("identifier",) \
            and match.end() < len(line.text):
        return None
    if "|" in match["sep"] and "|" in line.text[match.end() :]:
        return None  # "Partner | City | Country": a table's header row, no field
    return Field(line, field, line.start + match.end("sep"), line.start + match.end())


#: ``Startavo projektas „Name“`` / ``New project “Name” launched``: a title naming its project in quotes.
_PROJECT_QUOTED = re.compile(r"(?i)\bproje[ck]t\w{0,4}\s+[„“\"«](?P<name>[^”“\"»\n]{2,60})[”“\"»]")


def quoted_name(line: Line) -> tuple[int, int] | None:
    """Span of the quoted name leading a title line (``„Name“: what it does``) or following its word
    ``projektas``/``project``, if it has one."""
    match = _QUOTED_NAME.match(line.text) or _PROJECT_QUOTED.search(line.text)
    return (line.start + match.start("name"), line.start + match.end("name")) if match else None


def with_next_value(lines: tuple[Line, ...], item: Field) -> Field:
    """A bare label (``Project number`` alone, as a ``<dl>`` reads) takes the next line as its value.

    Only single-valued project fields do; a partner label keeps its list below it.
    """
    after = item.line.index + 1
    if item.value.strip() or item.field not in _VALUE_FIELDS or after >= len(lines):
        return item
    following = lines[after]
    if field_of(following) is not None or len(following.text) > _MAX_VALUE or _AGENDA_ITEM.match(following.text):
        return item
    return Field(following, item.field, following.start, following.start)


def section_project(context: Context, index: int) -> str:
    """The focus project of section ``index``, made from the title when it has none."""
    key = context.focus.get(index) or context.page_project
    if key is None:
        section = context.section(index)
        first = section.header or section.lines[0]
        quoted = quoted_name(first)
        body = context.builder.find(EntityType.ORGANISATION, first.text) if first.text == context.document.title else None
        if first.text == context.document.title and quoted is not None:
            key = context.builder.entity(EntityType.PROJECT, *quoted, "page-title-names-project")
        elif body is not None:  # "UPĖS KRAŠTO TARYBA": the site's header names its publisher, not the project
            line = _heading_after(context, first)
            key = context.builder.described(EntityType.PROJECT, line.text, line.start, line.end, "fields-under-body-header")
        elif first.text == context.document.title and len(first.text.split()) <= _NAME_WORDS:
            key = context.builder.entity(EntityType.PROJECT, first.start, first.end, "page-title-names-project")
        else:  # named after the page's title, unless that names the site's body
            title = context.document.title
            label = title if title and context.builder.find(EntityType.ORGANISATION, title) is None else first.text[:80]
            key = context.builder.described(EntityType.PROJECT, label, first.start, first.end, "fields-without-name")
        context.focus[index] = key
    return key


def _heading_after(context: Context, header: Line) -> Line:
    """The first short line after the site's header that is no menu or field (the page's own heading)."""
    for line in context.view.lines[header.index + 1 : header.index + 8]:
        if len(line.text.split()) <= 14 and not _MENU.search(line.text) and field_of(line) is None:
            return line
    return header


def _dates(context: Context, key: str, item: Field) -> None:
    b, value, offset = context.builder, item.value, item.value_start
    period = find_period(value)
    if item.field == "period" and period is not None:
        start, end, s, e = period
        b.attribute(key, AttributeName.START_DATE, start, offset + s, offset + e, "field-" + item.field)
        b.attribute(key, AttributeName.END_DATE, end, offset + s, offset + e, "field-" + item.field)
        return
    dates = find_dates(value)
    if dates:
        name = AttributeName.END_DATE if item.field == "end" else AttributeName.START_DATE
        b.attribute(key, name, dates[0].value, offset + dates[0].start, offset + dates[0].end, "field-" + item.field)


def _apply(context: Context, key: str, item: Field) -> None:
    b, value, offset, rule = context.builder, item.value, item.value_start, "field-" + item.field
    if item.field in ("period", "start", "end"):
        _dates(context, key, item)
    elif item.field == "identifier" and (match := _ID.search(value)):
        b.attribute(key, AttributeName.IDENTIFIER, match.group(), offset + match.start(), offset + match.end(), rule)
    elif item.field == "budget" and (money := find_money(value)):
        b.attribute(key, AttributeName.BUDGET, money.amount, offset + money.start, offset + money.end, rule)
        if money.currency:
            b.attribute(key, AttributeName.CURRENCY, money.currency, offset + money.start, offset + money.end, rule)
    elif item.field == "programme" and value.strip():
        _programme(context, key, item)
    elif item.field == "acronym" and value.strip():
        b.alias(key, offset, item.line.end, rule)
        b.attribute(key, AttributeName.ACRONYM, value.strip(), offset, item.line.end, rule)
    elif item.field == "title" and value.strip():
        if not b.names_of(key) or b.label_of(key) == context.document.title:  # a made-up label or the page's caption
            b.relabel(key, value.strip())
        b.alias(key, offset, item.line.end, rule)
        b.attribute(key, AttributeName.TITLE, value.strip(), offset, item.line.end, rule)
    elif item.field == "website" and (match := _URL.search(value)):
        url = match.group().rstrip(".,;)")
        url = url if url.startswith("http") else "https://" + url
        b.attribute(key, AttributeName.WEBSITE, url, offset + match.start(), offset + match.end(), rule)


def _programme(context: Context, key: str, item: Field) -> None:
    if _AGENDA_ITEM.match(item.value):
        return  # "Programa" over "09:00 Atidarymas": an event's agenda, no funding programme
    found = programme_in(item.value)
    if found is not None:
        programme, start, end = found
        prog = programme_entity(context, programme, item.value_start + start, item.value_start + end, "field-programme")
        sub_programme(context, key, prog, item.value[end:], item.value_start + end, "field-programme-part")
    elif "|" in item.value:  # "Programme | Projects | News": a site menu, no field
        return
    else:
        prog = context.builder.entity(EntityType.PROGRAMME, item.value_start, item.line.end, "field-programme")
    context.builder.relation(key, RelationName.FUNDED_BY, prog, item.line.start, item.line.end, "field-programme")


def _funding(context: Context, key: str, item: Field, budgeted: set[str]) -> None:
    """``EU grant: 247 890 EUR`` is the budget of a project without a total; ``Funding: Horizon 2020`` its programme."""
    money = find_money(item.value)
    if money is None or money.currency is None and not re.match(r"\s*[\d\s.,]+\s*$", item.value):
        if programme_in(item.value) is not None:  # "… lėšos pagal 2021–2027 m. programą": a year, no amount
            _programme(context, key, item)
        return
    found = programme_in(context.text[item.line.start : item.label_end])
    if found is not None:
        prog = programme_entity(context, found[0], item.line.start + found[1], item.line.start + found[2], "field-funding")
        context.builder.relation(key, RelationName.FUNDED_BY, prog, item.line.start, item.line.end, "field-funding")
    if key not in budgeted:
        _apply(context, key, Field(item.line, "budget", item.label_end, item.value_start))


def find_fields(context: Context) -> list[Field]:
    """Apply project fields; return every field found (partner lists use the rest)."""
    found: list[Field] = []
    funding: list[tuple[str, Field]] = []
    for index, section in enumerate(context.view.sections):
        for item in (item for line in section.lines for item in fields_of(line)):
            item = with_next_value(context.view.lines, item)
            found.append(item)
            if item.field in PROJECT_FIELDS and item.value.strip():
                _apply(context, section_project(context, index), item)
            elif item.field == "funding" and item.value.strip():
                funding.append((section_project(context, index), item))
    budgeted = {context.builder.resolve_key(section_project(context, context.section_at(item.line.start)))
                for item in found if item.field == "budget"}
    for key, item in funding:
        _funding(context, context.builder.resolve_key(key), item, budgeted)
    return found


def is_date(value: object) -> bool:
    return isinstance(value, (dt.date, str))
