"""The page's own project: the short title of a project page, when the page states project fields."""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._fields import PROJECT_FIELDS, field_of, quoted_name, with_next_value
from innograph.loaders._headings import typed_name
from innograph.loaders._names import is_acronym, is_name_word
from innograph.loaders._programmes import programme_in
from innograph.loaders._text import Line, Section, caps_caption

__all__ = ["PROJECT_WORD", "TITLE_WORDS", "has_project_field", "page_project"]

PROJECT_WORD = r"(?:project|projekt\w{0,4})"
TITLE_WORDS, _HEAD_LINES = 6, 4  # words of a page title that can be a project's name; top lines that can hold it
_QUOTED_IN = re.compile(r"[„“\"«](?P<name>[^”“\"»\n]{2,60})[”“\"»]")
#: Site furniture above a page's name: menus, share buttons, cookie notices, breadcrumbs.
_MENU_LEFTOVER = re.compile(r"(?i)\s{3}|\||›|»|\s[/>]\s|·|^[•▪*-]\s|^(?:skip to|share|menu|home|search)\b|cookie")
#: ``NAME – what it does``: a page heading that starts with a short name.
_NAME_DASH = re.compile(r"^(?P<name>[^\s–—-][^–—]{0,40}?)\s+[–—-]\s+\S")


def page_project(context: Context) -> None:
    """A project page's own project: its short title, when the page states project fields.

    The title names the page's project when the lines before the first entry hold a
    project field (``Programme:``, ``Project number``, a period, a budget) or a sentence
    ``<title> is a … project``; every section without a project of its own is about it.
    A site header above the name (a programme's name, a cookie notice) is passed over:
    the name is the first short name-like line before the first field.
    """
    section = context.view.sections[0]
    has_field = has_project_field(context, section)
    for line in _head_lines(context, section):
        if has_field or _says_project(context.text, line.text):
            span = quoted_name(line) or _quoted_in(line) or (line.start, line.end)
            context.page_project = context.builder.entity(EntityType.PROJECT, *span, "page-title-names-project")
            context.focus[0] = context.page_project
            return


def _quoted_in(line: Line) -> tuple[int, int] | None:
    """``Startavo projektas „BioPilot BSR“`` / ``New project "SeaGrid" starts``: the quoted name in a heading."""
    match = _QUOTED_IN.search(line.text)
    return (line.start + match.start("name"), line.start + match.end("name")) if match else None


def _head_lines(context: Context, section: Section) -> list[Line]:
    """Name-like lines that head the page: the title, else short lines above the first field.

    Site furniture (menus, breadcrumbs, bulleted navigation) is passed over without
    counting; a heading ``NAME – what it does`` offers its NAME.
    """
    title = context.document.title
    lines = [line for line in section.lines[: _HEAD_LINES * 4] if _MENU_LEFTOVER.search(line.text) is None][:_HEAD_LINES]
    found = [line for line in lines if line.text == title]
    for line in lines:
        if field_of(line) is not None:
            break
        if line.text != title:
            found.append(line)
    found = [part for line in found for part in (line, _name_before_dash(line)) if part is not None]
    return [line for line in found if len(line.text.split()) <= TITLE_WORDS and not programme_in(line.text)
            and _title_is_name(line.text) and not caps_caption(context.text, line.text)]


def _name_before_dash(line: Line) -> Line | None:
    """``MIREWATER – Restoring mires …``: the short name before the dash of a long heading."""
    match = _NAME_DASH.match(line.text)
    if match is None or len(line.text.split()) <= TITLE_WORDS:
        return None
    return Line(line.start, line.start + match.end("name"), match["name"], line.index)


def _title_is_name(title: str) -> bool:
    """A name starts like one and is no sentence, nor a caption of common words (``Project data``)."""
    words = title.split()
    caption = len(words) > 1 and all(w.isalpha() and w.islower() for w in words[1:])
    return any(ch.isalpha() for ch in title) and all(is_name_word(w) or is_acronym(w) or not w.isalpha() for w in words[:1]) \
        and not title.endswith((".", "?", "!")) and not caption and not typed_name(title)  # the site's body


def has_project_field(context: Context, section: Section) -> bool:
    return any((item := field_of(line)) is not None and item.field in PROJECT_FIELDS
               and with_next_value(context.view.lines, item).value.strip() for line in section.lines)


def _says_project(text: str, title: str) -> bool:
    return re.search(rf"{re.escape(title)}\s+(?:is|was)\s+an?\s+[^.\n]{{0,80}}?\b{PROJECT_WORD}\b", text[:3000]) is not None
