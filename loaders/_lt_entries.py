"""Numbered entries of a call's results list, each a project named in quotes above its fields.

Lithuanian call results and project lists write each entry as ``1. „Name“`` (the name in
sentence case, so not the capitalised words the plain-entry rule wants) over fields
(``Pareiškėjas: …`` / ``Partneriai: …`` / ``Skirta suma: …``). The quoted name, without its
number and quotes, is the section's project.

A sentence of such a page that says how *the projects* (plural) are funded
(``Projektai finansuojami … lėšomis``, ``projektų, kuriems skiriamas finansavimas pagal …``)
funds every entry that states an allocated amount; an entry without one (a reserve list) is
not funded yet.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._fields import field_of
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._text import Line, sentences

__all__ = ["entry_funding", "quoted_entry"]

#: ``1. „Name“`` / ``• "Name" (ACR)``: an entry header that is a quoted name alone.
_QUOTED_HEADER = re.compile(r"^(?:\d{1,2}[.)]|[•♦◆■▪►*-])\s*[„“\"«](?P<name>[^”“\"»\n]{2,80})[”“\"»]\s*(?:\([^()\n]{1,40}\))?\s*$")
_ENTRY_FIELDS = frozenset(("period", "start", "end", "identifier", "budget", "funding", "programme",
                           "coordinator", "participant", "associated", "acronym", "website"))


def quoted_entry(context: Context, index: int, header: Line) -> bool:
    """Make the quoted name of a numbered entry header its section's project; False when it is none."""
    match = _QUOTED_HEADER.match(header.text)
    section = context.view.sections[index]
    if match is None or not any((item := field_of(line)) is not None and item.field in _ENTRY_FIELDS
                                for line in section.lines[1:]):
        return False
    known = context.builder.find_any(match["name"])
    if known is not None and context.builder.type_of(known) is not EntityType.PROJECT:
        return False
    start = header.start + match.start("name")
    key = known or context.builder.entity(EntityType.PROJECT, start, start + len(match["name"]), "entry-quoted-header")
    context.focus[index] = key
    return True


def _funded_entries(context: Context) -> list[str]:
    """Projects of entries that state an allocated amount (``Skirta suma:``, ``Budget:``)."""
    found = []
    for index, section in enumerate(context.view.sections):
        key = context.focus.get(index)
        if key is None or section.header is None or not _QUOTED_HEADER.match(section.header.text):
            continue
        if any((item := field_of(line)) is not None and item.field in ("budget", "funding") for line in section.lines):
            found.append(context.builder.resolve_key(key))
    return found


#: ``Projektai finansuojami … lėšomis`` / ``projektų, kuriems skiriamas finansavimas pagal …``: how the listed
#: projects (plural) are funded.
_PROJECTS = re.compile(r"\b[Pp]rojekt(?:ai|ų|ams)\b")
_FUNDED = re.compile(r"\b(?:finansuojam\w*|finansuot\w*|finansavim\w*|lėšomis|skiriam\w*|skirt\w*|remiam\w*)\b")


def entry_funding(context: Context) -> None:
    """A sentence outside the entries saying how the projects are funded: each funded entry is funded so."""
    projects = _funded_entries(context)
    if len(projects) < 2:
        return
    for section in context.view.sections:
        if section.header is not None:
            continue
        for line in section.lines:
            for sentence in sentences(line):
                if not (_PROJECTS.search(sentence.text) and _FUNDED.search(sentence.text)):
                    continue
                for _s, _e, programme in mentions_in(context, sentence.start, sentence.end, EntityType.PROGRAMME):
                    for project in projects:
                        context.builder.relation(project, RelationName.FUNDED_BY, programme, sentence.start,
                                                 sentence.end, "lt-listed-projects-funded")
