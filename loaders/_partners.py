"""Partner lists under ``Lead partner:`` / ``Partners:`` / ``Associated organisations:``.

Items are numbered (``2. Name (ES)``) or bulleted lines, or plain short lines
right after the label; description paragraphs between numbered items are
skipped. ``(XX)`` is a country code (EU usage: ``EL`` is Greece); a table row
``Name | Country | Role`` is read cell by cell.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._brackets import note_at_end, split_after_notes
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_code, country_from_word
from innograph.loaders._fields import Field, field_of, section_project
from innograph.loaders._orgs import head_type, make_org
from innograph.loaders._owner import OUR
from innograph.loaders._text import Line
from innograph.loaders._partner_items import ACRONYM as _ACRONYM, split_items as _split_items
from innograph.loaders._units import THROUGH, unit_and_parent

__all__ = ["find_partners"]

_ROLE = {"coordinator": RelationName.COORDINATOR, "participant": RelationName.PARTICIPANT,
         "associated": RelationName.ASSOCIATED_PARTNER}
_MARK = re.compile(r"^(?:\d{1,3}\s*[.)]\s*|[•\-*▪–·]\s+)")
_PARTS = re.compile(r"\s+[-–]\s+")
#: ``Latvia - Name`` / ``Latvia: Name``: a partner line led by its country.
_LEAD_COUNTRY = re.compile(r"(?P<country>[A-Z][\w .'’-]{2,40}?)\s*(?:[-–—:]|\s[|/])\s+")
#: ``Name, Brussels`` / ``Name, Belgium``: a place after the name, up to three capitalised words.
_TRAIL_PLACE = re.compile(r",\s+(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+){0,2})\s*$")
_MAX_ITEM = 250
#: ``Cluster X, represented by its managing body Y`` / ``X (run by Y)``: Y runs the partner X.
_MANAGED_BY = re.compile(r",?\s+\(?(?:represented|managed|run|administered|operated)\s+by\s+(?:its\s+|the\s+)?"
                         r"(?:(?:managing|management|administering|legal)\s+(?:body|organi[sz]ation|entity)\s*,?\s*)?(?:the\s+)?")
_HEADING_WORDS = 4
_END_MARK = re.compile(r"(?:\s*;|(?<=[a-ząčęėįšųūž]{3})\.)\s*$")
_INLINE_ROLES = {"partners": "participant", "project partners": "participant", "partneriai": "participant",
                 "associated partners": "associated", "asocijuoti partneriai": "associated"}
_INLINE_LABEL = re.compile(r"(?<=[.!?] )(?i:(?:other|further|the other|kiti|kiti projekto)\s+)?(?P<label>(?i:project partners|partners|partneriai|associated partners|"
                           r"asocijuoti partneriai)):\s+")
_PROSE_LIST = re.compile(r"\b(?:the\s+|its\s+|our\s+)?(?:other\s+|further\s+|project\s+)?(?P<label>partners)\s+"
                         r"(?:are|include|includes|were|comprise|will\s+be)\s+(?:the\s+)?")
_SENTENCE_STOP = re.compile(r"(?<=[a-ząčęėįšųūž)]{2})\.(?:\s|$)|(?<=\))\.(?:\s|$)|\n")
_PERSON_FIRST = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s){1,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+),\s")
#: A table's header row (``Organisation | Country``), not a partner.
_LABEL_LINE = re.compile(r"^(?P<label>[A-Z][\w ]{1,30}):\s")
_HEADER_ROW = re.compile(
    r"(?i)^\s*(?:organi[sz]ations?|partners?|names?|institutions?|beneficiar(?:y|ies)|no\.?|#)\s*(?:\||$)")


def _items(context: Context, field: Field) -> list[tuple[Line, bool]]:
    """Lines that are items of the list under ``field`` (with: numbered/bulleted?)."""
    lines = context.view.lines
    items: list[tuple[Line, bool]] = []
    for line in lines[field.line.index + 1 :]:
        if field_of(line) is not None or _other_label(line.text):
            break
        marked = bool(_MARK.match(line.text))
        if items and not marked and _heading(context, line):
            break  # "Events", "Related projects": the next part of the page
        if marked and len(line.text) <= _MAX_ITEM:
            items.append((line, True))
        elif not marked and not any(m for _l, m in items) and _plain_item(line):
            if items and context.view.blank_before(line):
                break
            items.append((line, False))
        elif not items and not marked:
            break
    return items


def _heading(context: Context, line: Line) -> bool:
    """A short line after a blank one, with no closing punctuation: a heading."""
    return len(line.text.split()) <= _HEADING_WORDS and not re.search(r"[.!?,;:]$", line.text) \
        and context.view.blank_before(line)


def _other_label(text: str) -> bool:
    """``Contact: …`` below a list ends it (``Latvia: Name`` is an item led by its country)."""
    label = _LABEL_LINE.match(text)
    return label is not None and country_from_word(label["label"]) is None


def _plain_item(line: Line) -> bool:
    text = line.text
    return len(text) <= 150 and not re.search(r"[.!?]$", text) and len(text.split()) <= 20


def _inline_items(field: Field) -> list[tuple[int, int]]:
    """``Partners: A (LT); B (LV)`` on the label's own line."""
    return _split_items(field.value, field.value_start)


def _sentence_lists(context: Context) -> list[tuple[RelationName, int, int]]:
    """``… (LT). Partners: A (FI), B (EL) and C (PT).``: a list label inside a paragraph; ``the partners are
    A (NO), B (SE) and C (EL)`` when the items carry countries."""
    found = []
    for match in [*_INLINE_LABEL.finditer(context.text), *_PROSE_LIST.finditer(context.text)]:
        role = _ROLE.get(_INLINE_ROLES[match["label"].lower()])
        end = _SENTENCE_STOP.search(context.text, match.end())
        stop = end.start() if end else len(context.text)
        value = context.text[match.end() : stop]
        if match.re is _PROSE_LIST and split_after_notes(value) is None:
            continue
        found.extend((role, start, stop_) for start, stop_ in _split_items(value, match.end()))
    return found


def _item(context: Context, start: int, end: int, role: RelationName, project: str) -> str | None:
    text = context.text
    piece = text[start:end]
    if _HEADER_ROW.match(piece) or _contact(piece):
        return None
    mark = _MARK.match(piece)
    if mark:
        start += mark.end()
    end = start + len(_END_MARK.sub("", text[start:end]))  # "– Name, Latvija;" / "…, Suomija.": the list's punctuation
    our = OUR.match(text, start)
    if our is not None:
        if context.owner is not None:
            context.builder.relation(project, role, context.owner, start, our.end(), "partner-list-owner")
        return None
    cells = [c for c in re.finditer(r"[^|]+", text[start:end]) if c.group().strip()]
    if len(cells) > 1:
        end = start + cells[0].end()
    end, role = _role_note(text, start, end, role) if not cells[1:] else (end, role)
    country, code_span = _country(context, start, end, cells)
    if code_span is not None and code_span[0] < end and not cells[1:]:
        end = code_span[0]
    if country is None and not cells[1:]:
        start, end, country, code_span = _place(context, start, end)
    through = THROUGH.search(text, start, end)
    managed = _MANAGED_BY.search(text, start, end)
    key = _named(context, start, through.start() if through else managed.start() if managed else end, code_span)
    if key is None:
        return None
    if managed is not None:
        _manager(context, key, managed.end(), end)
    if through is not None:
        _unit(context, key, through.end(), end)
    if country:
        context.builder.attribute(key, AttributeName.COUNTRY, country, code_span[0], code_span[1], "partner-list-country")
    context.builder.relation(project, role, key, start, end if code_span is None else max(end, code_span[1]),
                             "partner-list")
    return key


def _role_note(text: str, start: int, end: int, role: RelationName) -> tuple[int, RelationName]:
    """``Name (lead partner, Sweden)``: the note's role overrides the list's; a note of a role alone is cut."""
    note = note_at_end(text[start:end])
    if note is None or note.role is None:
        return end, role
    return (end if note.country else start + note.start), _ROLE[note.role]


def _named(context: Context, start: int, end: int, code_span: tuple[int, int] | None) -> str | None:
    """The organisation a partner item names (with its ``(ACR)``; the unit of ``Parent – Unit``)."""
    if not re.search(r"[^\W\d_]", context.text[start:end]):
        return None  # "partneris   2027-02-28": a table's cells, no name
    acronym = _ACRONYM.search(context.text[start:end])
    name_end = start + acronym.start() if acronym else end
    sides = unit_and_parent(context.text, start, name_end)
    key = make_org(context, *(sides[0] if sides else (start, name_end)), "partner-list", country_span=code_span,
                   whole=True)
    if key is None:
        return None
    owner = key  # of the acronym: the name it follows ("Unit, Parent (ACR)": the parent's)
    if sides is not None:
        parent = _parent(context, *sides[1])
        if parent is not None and parent != key:
            context.builder.relation(key, RelationName.PART_OF, parent, start, name_end, "partner-list-parent")
            owner = parent if sides[1][0] > sides[0][0] else key
    if acronym:
        context.builder.alias(owner, start + acronym.start("acr"), start + acronym.end("acr"), "partner-list")
    return key


def _parent(context: Context, start: int, end: int) -> str | None:
    """The body of ``Body (ACR), Unit``, with its acronym as another name."""
    acronym = _ACRONYM.search(context.text[start:end])
    key = make_org(context, start, start + acronym.start() if acronym else end, "partner-list-parent")
    if key is not None and acronym:
        context.builder.alias(key, start + acronym.start("acr"), start + acronym.end("acr"), "partner-list")
    return key


def _place(context: Context, start: int, end: int) -> tuple[int, int, str | None, tuple[int, int] | None]:
    """``Latvia - Name`` / ``Name, Brussels`` / ``Name, Belgium``: the country or city is no part of the name."""
    text = context.text
    lead = _LEAD_COUNTRY.match(text, start, end)
    if lead is not None and (country := country_from_word(lead["country"])) is not None:
        return lead.end(), end, country, (lead.start("country"), lead.end("country"))
    trail = _TRAIL_PLACE.search(text, start, end)
    if trail is not None and head_type(trail["place"])[0] is None and " and " not in trail["place"]:
        country = country_from_word(trail["place"])
        span = (trail.start("place"), trail.end("place"))
        return start, trail.start(), country, span if country else None
    return start, end, None, None


def _manager(context: Context, managed: str, start: int, end: int) -> None:
    """``Cluster X, represented by its managing body Y``: the cluster is a member of the body that runs it."""
    body = make_org(context, start, end, "partner-list-managed-by")
    if body is not None and body != managed:
        context.builder.relation(managed, RelationName.MEMBER_OF, body, start, end, "partner-list-managed-by")


def _unit(context: Context, parent: str, start: int, end: int) -> None:
    """``Parent, through its Unit``: the unit is part of the parent (the parent is the partner)."""
    unit = make_org(context, start, end, "partner-list-unit")
    if unit is not None and unit != parent:
        context.builder.relation(unit, RelationName.PART_OF, parent, start, end, "partner-list-unit")


def _contact(piece: str) -> bool:
    """``Name Surname, Organisation – e-mail``: a contact line, whose person the people pass reads."""
    if "@" in piece:
        return True
    person = _PERSON_FIRST.match(piece)
    return person is not None and head_type(person["name"])[0] is None


def _country(context: Context, start: int, end: int, cells: list[re.Match[str]]) -> tuple[str | None, tuple[int, int] | None]:
    note = note_at_end(context.text[start:end])
    if note is not None and note.country is not None:
        return note.country, (start + note.start, start + note.end)
    for cell in cells[1:]:
        country = country_from_word(cell.group().strip()) or country_from_code(cell.group().strip())
        if country is not None:
            return country, (start + cell.start(), start + cell.end())
    return None, None


def _list_items(context: Context, field: Field, role: RelationName, project: str) -> None:
    """Items on the lines below a label; a line holding only a country is the previous item's country."""
    previous = None
    for line, _marked in _items(context, field):
        country = country_from_word(line.text)
        if country is None:
            previous = _item(context, line.start, line.end, role, project)
        elif previous is not None:
            context.builder.attribute(previous, AttributeName.COUNTRY, country, line.start, line.end,
                                      "partner-list-country")


def find_partners(context: Context, fields: list[Field]) -> None:
    for field in fields:
        role = _ROLE.get(field.field)
        if role is None:
            continue
        project = section_project(context, context.section_at(field.line.start))
        if field.value.strip():
            for start, end in _inline_items(field):
                _item(context, start, end, role, project)
            continue
        _list_items(context, field, role, project)
    for role, start, end in _sentence_lists(context):
        _item(context, start, end, role, _paragraph_project(context, start))


def _paragraph_project(context: Context, position: int) -> str:
    """The project a paragraph's ``Partners:`` belong to: the first one it names before them, else its section's."""
    line = context.view.line_at(position)
    before = context.text[line.start : position]
    named = sorted((found.start(), key) for key in context.builder.keys(EntityType.PROJECT)
                   for name in context.builder.names_of(key)
                   if len(name) > 2 and (found := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", before)))
    return named[0][1] if named else section_project(context, context.section_at(position))
