"""A project's dates given as labelled values in Lithuanian prose.

``Projekto įgyvendinimo laikotarpis – 2024-01-01–2026-12-31`` / ``trukmė: 2024 m. sausio
1 d. – 2026 m. birželio 30 d.`` (start and end); ``Projekto pradžia – 2024 m. kovo 1 d.``,
``pabaiga – 2027 m. kovo 31 d.`` (one of them); ``Šiemet rugsėjį baigėsi projektas`` (a date right
before the verb of ending: the end). The project is the one the sentence names, else the one the
paragraph or article is about.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._dates import find_period
from innograph.loaders._lt_dates import find_lt_dates
from innograph.loaders._lt_project_ties import earlier_project
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._text import Span, sentences

__all__ = ["labelled_project_dates"]

_LABEL = r"(?:[„“\"][^„“”\"]{1,60}[“”\"]\s+)?"
#: ``Projekto vertė – …, trukmė – 2025-03-01–2027-02-28``: after a comma the project's period goes on unnamed.
_PERIOD = re.compile(rf"(?i)(?:\bprojekto\s+{_LABEL}|(?<=,\s))(?:įgyvendinimo\s+)?(?:laikotarpis|trukmė)\s*(?:[–—:-]|yra)\s*")
_ONE = re.compile(rf"(?i)\bprojekto\s+{_LABEL}(?P<which>pradžia|pabaiga)\s*(?:[–—:-]|yra)\s*")


def _project(context: Context, line: Span, sentence: Span) -> str | None:
    named = mentions_in(context, sentence.start, sentence.end, EntityType.PROJECT)
    return named[0][2] if named else earlier_project(context, line, sentence.start)


def _dates(context: Context, line: Span, sentence: Span) -> None:
    builder, issued = context.builder, context.document.issued
    for match in _PERIOD.finditer(sentence.text):
        period = find_period(sentence.text[match.end() : match.end() + 60])
        project = _project(context, line, sentence) if period and period[2] == 0 else None
        if project is not None and not builder.has_attribute(project, AttributeName.START_DATE):
            start = sentence.start + match.end()
            builder.attribute(project, AttributeName.START_DATE, period[0], start, start + period[3], "lt-project-period-label")
            builder.attribute(project, AttributeName.END_DATE, period[1], start, start + period[3], "lt-project-period-label")
    for match in _ONE.finditer(sentence.text):
        found = find_lt_dates(sentence.text[match.end() : match.end() + 40], issued)
        project = _project(context, line, sentence) if found and found[0].start == 0 else None
        name = AttributeName.START_DATE if match["which"].lower() == "pradžia" else AttributeName.END_DATE
        if project is not None and not builder.has_attribute(project, name):
            start = sentence.start + match.end()
            builder.attribute(project, name, found[0].value, start, start + found[0].end, "lt-project-date-label")


_ENDED = re.compile(r"\b(?:baigėsi|pasibaigė|buvo\s+baigtas|užbaigtas)\s+(?:\w+\s+){0,2}?projekt\w*")


def _ended(context: Context, line: Span, sentence: Span) -> None:
    match = _ENDED.search(sentence.text)
    before = find_lt_dates(sentence.text[: match.start()], context.document.issued) if match else []
    if not before or not re.fullmatch(r"\s*", sentence.text[before[-1].end : match.start()]):
        return
    project = _project(context, line, sentence)
    if project is not None and not context.builder.has_attribute(project, AttributeName.END_DATE):
        start = sentence.start + before[-1].start
        context.builder.attribute(project, AttributeName.END_DATE, before[-1].value, start,
                                  sentence.start + before[-1].end, "lt-project-ended-on")


def labelled_project_dates(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _dates(context, line, sentence)
            _ended(context, line, sentence)
