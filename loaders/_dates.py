"""Dates and periods as written in English and Lithuanian project pages and news.

Numeric dates are read day-first (European usage) unless the first number
cannot be a month day pair that way. A value is a ``datetime.date``, or a string
``"YYYY-MM"`` / ``"YYYY"`` when the text gives no day / month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from innograph.loaders._data import months

__all__ = ["BYLINE", "DateValue", "Found", "find_dates", "find_period"]

#: A news byline: when and by whom the page was posted (``Posted on 14 October 2025 by Jane Doe | Events``).
#: Its date is the page's own, no date of what the page reports.
BYLINE = re.compile(r"(?i)^(?:posted|published|updated|last\s+updated|written|paskelbta|publikuota|atnaujinta)"
                    r"(?:\s+(?:on|in))?:?\s+(?=\S*\d|[a-z]+\s+\d)")

DateValue = dt.date | str

_MONTH = r"(?P<{g}>[A-Za-zĄČĘĖĮŠŲŪŽąčęėįšųūž]{{3,11}}\.?)"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DASH = r"\s*[-–—]\s*"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b" + _YEAR.format(g="y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./]" + _YEAR.format(g="y") + r"\b")),
    # 08/2021 / 2021-08 (a month)
    ("numeric-month", re.compile(r"(?<![\d./])(?P<m>0?[1-9]|1[0-2])[./]" + _YEAR.format(g="y") + r"\b")),
    ("iso-month", re.compile(r"\b" + _YEAR.format(g="y") + r"-(?P<m>0[1-9]|1[0-2])\b(?![-/]\d)")),
    # 2017 m. rugsėjo 21-22 d. / 2018 m. gegužės 16 d. / 2016 m. liepą
    ("lt", re.compile(_YEAR.format(g="y") + r"\s*m\.?\s+" + _MONTH.format(g="m")
                      + r"(?:\s+" + _DAY.format(g="d") + r"(?:" + _DASH + _DAY.format(g="d2") + r")?\s*d\.?)?")),
    # 21-22 September 2017 / 1 Jun 2018
    ("dmy", re.compile(r"\b" + _DAY.format(g="d") + r"(?:" + _DASH + _DAY.format(g="d2") + r")?\s+"
                       + _MONTH.format(g="m") + r",?\s+" + _YEAR.format(g="y") + r"\b")),
    # September 26, 2017 / September 26 d., 2017 / September 21-22, 2017
    ("mdy", re.compile(r"\b" + _MONTH.format(g="m") + r"\s+" + _DAY.format(g="d") + r"(?:" + _DASH
                       + _DAY.format(g="d2") + r")?(?:\s*d\.)?,?\s+" + _YEAR.format(g="y") + r"\b")),
    # September 2017 / rugsėjo 2017
    ("my", re.compile(r"\b" + _MONTH.format(g="m") + r",?\s+" + _YEAR.format(g="y") + r"\b")),
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: DateValue
    until: DateValue | None = None  # second day of a day range ("21-22 September")


def _month(word: str | None) -> int | None:
    if word is None:
        return None
    return months().get(word.lower().rstrip("."))


def _value(year: int, month: int | None, day: int | None) -> DateValue | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _read(kind: str, match: re.Match[str]) -> Found | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if kind in ("numeric-month", "iso-month"):
        month, day = int(groups["m"]), None
    elif kind in ("iso", "numeric"):
        day, month = int(groups["d"]), int(groups["m"])
        if kind == "numeric" and month > 12 >= day:
            day, month = month, day
    else:
        month = _month(groups.get("m"))
        if month is None:
            return None
        day = int(groups["d"]) if groups.get("d") else None
    value = _value(year, month, day)
    if value is None:
        return None
    until = _value(year, month, int(groups["d2"])) if groups.get("d2") else None
    return Found(match.start(), match.end(), value, until)


def find_dates(text: str) -> list[Found]:
    """Every date in ``text``, left to right, without overlaps (first pattern wins)."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            item = _read(kind, match)
            if item is not None:
                found.append(item)
                taken.append((item.start, item.end))
    return sorted(found, key=lambda item: item.start)


def find_period(text: str) -> tuple[DateValue, DateValue, int, int] | None:
    """The first ``start - end`` pair in ``text``: (start, end, span start, span end).

    A single date with a day range (``21-22 September 2017``) is a period too.
    """
    dates = find_dates(text)
    for first, second in zip(dates, dates[1:]):
        between = text[first.end : second.start]
        if re.fullmatch(r"\s*(?:[-–—→]|->|to|until|till|iki)\s*", between):
            return first.value, second.value, first.start, second.end
    for item in dates:
        if item.until is not None:
            return item.value, item.until, item.start, item.end
    return None
