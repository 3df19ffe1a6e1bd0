"""Numbered entries of a call's results list, each a project named in quotes above its fields.

Lithuanian call results and project lists write each entry as ``1. „Name“`` (the name in
sentence case, so not the capitalised words the plain-entry rule wants) over fields
(``Pareiškėjas: …`` / ``Partneriai: …`` / ``Skirta suma: …``). The quoted name, without its
number and quotes, is the section's project; so is an unquoted ``2. Name`` over a role field and
an amount or period (or a role field alone right after such an entry: a reserve list).

A sentence of such a page that says how *the projects* (plural) are funded
(``Projektai finansuojami … lėšomis``, ``projektų, kuriems skiriamas finansavimas pagal …``)
funds every entry (and every row of a result table, :mod:`._lt_result_tables`) that states an
allocated amount; an entry without one (a reserve list) is not funded yet.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._fields import field_of
from innograph.loaders._lt_lead_names import funded_leads
from innograph.loaders._lt_result_tables import table_projects
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._orgs import head_type
from innograph.loaders._programmes import programme_in
from innograph.loaders._lt_dates import find_lt_dates
from innograph.loaders._text import Line, Span, sentences

__all__ = ["entry_funding", "quoted_entry"]

#: ``1. „Name“`` / ``• "Name" (ACR)``: an entry header that is a quoted name alone.
_QUOTED_HEADER = re.compile(r"^(?:\d{1,2}[.)]|[•♦◆■▪►▸‣*-])\s*[„“\"«](?P<name>[^”“\"»\n]{2,80})[”“\"»]\s*(?:\([^()\n]{1,40}\))?\s*$")
#: ``2. Saulėtas kiemas Biržuose`` (no quotes, sentence case): a numbered name alone, no title after a dash.
_PLAIN_HEADER = re.compile(r"^\d{1,2}[.)]\s+(?P<name>[A-ZĄČĘĖĮŠŲŪŽ][^.:;!?()„“”\"|]{2,80}?)\s*$")
_ENTRY_FIELDS = frozenset(("period", "start", "end", "identifier", "budget", "funding", "programme",
                           "coordinator", "participant", "associated", "acronym", "website"))
_ROLE_FIELDS, _MONEY_FIELDS = frozenset(("coordinator", "participant")), frozenset(("budget", "funding", "period"))


def _entry_name(context: Context, index: int, header: Line) -> re.Match[str] | None:
    """The name of an entry header over project fields: quoted, or plain over a role field and an amount or period
    (``Pareiškėjas:`` + ``Skirta suma:``; a role field alone after such an entry), so a numbered body or event is none."""
    fields = {item.field for line in context.view.sections[index].lines[1:] if (item := field_of(line)) is not None}
    quoted = _QUOTED_HEADER.match(header.text)
    if quoted is not None:
        return quoted if fields & _ENTRY_FIELDS else None
    plain = _PLAIN_HEADER.match(header.text)
    listed = index > 0 and index - 1 in context.focus and context.view.sections[index - 1].header is not None
    if plain is None or not (fields & _ROLE_FIELDS and (fields & _MONEY_FIELDS or listed)) \
            or re.search(r"\s[–—-]\s", plain["name"]):
        return None
    return plain if head_type(plain["name"])[0] is None and programme_in(plain["name"] + " ") is None else None


def quoted_entry(context: Context, index: int, header: Line) -> bool:
    """Make the name of a numbered entry header its section's project; False when it is none."""
    match = _entry_name(context, index, header)
    if match is None:
        return False
    known = context.builder.find_any(match["name"])
    if known is not None and context.builder.type_of(known) is not EntityType.PROJECT:
        return False
    start = header.start + match.start("name")
    rule = "entry-quoted-header" if match.re is _QUOTED_HEADER else "entry-plain-header"
    key = known or context.builder.entity(EntityType.PROJECT, start, start + len(match["name"]), rule)
    context.focus[index] = key
    return True


def _funded_entries(context: Context) -> list[str]:
    """Projects of entries that state an allocated amount (``Skirta suma:``, ``Budget:``)."""
    found = []
    for index, section in enumerate(context.view.sections):
        key = context.focus.get(index)
        if key is None or section.header is None or _entry_name(context, index, section.header) is None:
            continue
        if any((item := field_of(line)) is not None and item.field in ("budget", "funding") for line in section.lines):
            found.append(context.builder.resolve_key(key))
    return found


#: ``Projektai finansuojami … lėšomis`` / ``projektų, kuriems skiriamas finansavimas pagal …``: how the listed
#: projects (plural) are funded.
_PROJECTS = re.compile(r"\b[Pp]rojekt(?:ai|ų|ams)\b")
_FUNDED = re.compile(r"\b(?:finansuojam\w*|finansuot\w*|finansavim\w*|lėšomis|skiriam\w*|skirt\w*|skyr\w*|remiam\w*)\b")


def _funding_fields(context: Context) -> None:
    """``Finansavimas: X fondo lėšos pagal Y programą``: every programme a funding field names funds its project."""
    for index, section in enumerate(context.view.sections):
        key = context.focus.get(index)
        for line in section.lines if key is not None else ():
            item = field_of(line)
            if item is None or item.field not in ("funding", "programme"):
                continue
            for _s, _e, programme in mentions_in(context, item.value_start, line.end, EntityType.PROGRAMME):
                context.builder.relation(key, RelationName.FUNDED_BY, programme, line.start, line.end,
                                         "lt-funding-field")


#: ``Visi projektai turi būti įgyvendinti iki 2028 m. birželio 30 d.``: the end of every listed project.
_ALL_END = re.compile(r"\b[Vv]is(?:i|ų|iems)\s+projekt\w*\s+(?:[^.;]{0,60}?\s)?iki\s+")


def _common_end(context: Context, sentence: Span, projects: list[str]) -> None:
    match = _ALL_END.search(sentence.text)
    found = find_lt_dates(sentence.text[match.end() :], context.document.issued) if match else []
    if not found or found[0].start != 0:
        return
    start = sentence.start + match.end()
    for project in projects:
        if not context.builder.has_attribute(project, AttributeName.END_DATE):
            context.builder.attribute(project, AttributeName.END_DATE, found[0].value, start, start + found[0].end,
                                      "lt-listed-projects-end")


def entry_funding(context: Context) -> None:
    """A sentence outside the entries saying how the projects are funded: each funded entry (or row of a result
    table, read here) is funded so."""
    _funding_fields(context)
    projects = list(dict.fromkeys(_funded_entries(context) + table_projects(context) + funded_leads(context)))
    if len(projects) < 2:
        return
    for section in context.view.sections:
        if section.header is not None:
            continue
        for line in section.lines:
            for sentence in sentences(line):
                _common_end(context, sentence, projects)
                if not (_PROJECTS.search(sentence.text) and _FUNDED.search(sentence.text)):
                    continue
                # the programmes of the sentence and of the rest of its paragraph ("Lėšos skiriamos pagal …")
                for _s, _e, programme in mentions_in(context, sentence.start, line.end, EntityType.PROGRAMME):
                    for project in projects:
                        context.builder.relation(project, RelationName.FUNDED_BY, programme, sentence.start,
                                                 sentence.end, "lt-listed-projects-funded")
