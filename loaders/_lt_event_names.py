"""Lithuanian events named after a dash or heading a list item: ``renginys – „Robotų diena 2024“``.

``Artimiausias renginys – „X“``, ``projekto renginys – Jūros savaitė 2022 – vyks ...``,
``surengs renginį – „Y hakatoną 2023“`` (named after a word for an event and a dash),
and a list item ``• Verslo dienos 2024 – birželio 13–14 d., Kaunas`` (a name ending in
a year, then a dash and a date). The same event in another case (``Jūros savaitėje``)
is a mention of it.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._data import months
from innograph.loaders._lt import stem

__all__ = ["find_lt_event_names"]

_CAP = "A-ZĄČĘĖĮŠŲŪŽ"
_YEAR_NAME = rf"(?P<name>[{_CAP}][\w.+-]*(?:[ \t]+[\w.+-]+){{0,5}}?[ \t]+(?:19|20)\d\d)\b"
_QUOTED = r"[„“\"](?P<quoted>[^„“”\"\n]{3,80})[“”\"]"
_AFTER_WORD = re.compile(rf"\b(?:[Rr]engin(?:ys|į|io)|event)\s*[–—:-]\s*(?:{_QUOTED}|{_YEAR_NAME})")
#: ``„Pelkių diena 2023“ – pirmasis projekto renginys`` / ``vyks „Jūros diena 2025“``: a quoted name ending in a
#: year that the sentence calls an event, or that takes place.
_QUOTED_YEAR = r"[„“\"](?P<dated>[^„“”\"\n]{3,70}?\s(?:19|20)\d\d)[“”\"]"
_EVENT_AFTER = re.compile(rf"{_QUOTED_YEAR}\s*[–—-]\s*[^.;:\n]{{0,60}}?\b(?:renginys|konferencija|forumas|mugė|"
                          r"seminaras|šventė|festivalis|diskusija|hakatonas|stovykla|mokykla)\b")
_TAKES_PLACE = re.compile(rf"\b(?:vyks|vyko|įvyks|įvyko|vyksta|prasidės|surengtas|surengta|bus\s+surengta)\s+{_QUOTED_YEAR}")
#: ``„Jūros savaitė 2026“ vyks …`` / ``„X 2025“ įvyko …``: the dated name is the subject of taking place.
_PLACE_TAKEN = re.compile(rf"{_QUOTED_YEAR}\s+(?:(?:jau|vėl|taip pat)\s+)?(?:vyks|vyko|įvyks|įvyko|vyksta|prasidės|prasidėjo|"
                          r"bus\s+surengt\w*|surengt\w*|buvo\s+surengt\w*)\b")
_LIST_ITEM = re.compile(rf"^[ \t]*(?:[-•*·]\s*)?{_YEAR_NAME}\s+[–—-]\s+(?P<when>[\w]+)", re.M)


def _add(context: Context, start: int, end: int, rule: str) -> str | None:
    name = context.text[start:end]
    if context.builder.find_any(name) is not None or len(name.split()) > 8:
        return None
    return context.builder.entity(EntityType.EVENT, start, end, rule)


def _other_cases(context: Context, key: str, start: int, end: int) -> None:
    """``Jūros savaitė 2022`` is also named ``Jūros savaitėje``: the words before the year, the last in any case."""
    words = context.text[start:end].split()
    if len(words) < 3 or not re.fullmatch(r"(?:19|20)\d\d", words[-1]):
        return
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words[:-2])) + r"\s+" + re.escape(stem(words[-2])) + r"\w*")
    for match in pattern.finditer(context.text):
        if not start <= match.start() < end and context.builder.find_any(match.group()) in (None, key):
            context.builder.alias(key, match.start(), match.end(), "lt-event-case-form")


def find_lt_event_names(context: Context) -> None:
    found: list[tuple[int, int, str]] = []
    for match in _AFTER_WORD.finditer(context.text):
        group = "quoted" if match["quoted"] else "name"
        found.append((match.start(group), match.end(group), "lt-event-after-dash"))
    for pattern in (_EVENT_AFTER, _TAKES_PLACE, _PLACE_TAKEN):
        found.extend((m.start("dated"), m.end("dated"), "lt-dated-event-name") for m in pattern.finditer(context.text))
    for match in _LIST_ITEM.finditer(context.text):
        if match["when"].lower() in months() or match["when"][:1].isdigit():
            found.append((match.start("name"), match.end("name"), "lt-event-list-item"))
    for start, end, rule in found:
        key = _add(context, start, end, rule)
        if key is not None:
            _other_cases(context, key, start, end)
