"""Lithuanian dates relative to the document's own date: ``pernai liepą`` (last year in July).

``pernai`` / ``praėjusiais metais`` / ``praėjusių metų`` (last year), ``šiemet`` /
``šiais metais`` / ``šių metų`` / ``š. m.`` (this year), ``kitąmet`` / ``kitais metais``
/ ``kitų metų`` (next year), ``užpernai`` (two years ago), then a month in any case and an
optional day (``praėjusių metų spalio 3 d.``), or a season (``pernai rudenį``: the year); ``praėjusį mėnesį`` (last
month). Without the document's date they give nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from innograph.loaders._data import months
from innograph.loaders._dates import Found, find_dates

__all__ = ["find_lt_dates"]

_RELATIVE = re.compile(
    r"(?i)\b(?:(?P<before>užpernai)|(?P<last>pernai|praėjusiais\s+metais|praėjusių\s+metų)|(?P<this>šiemet|šiais\s+metais|šių\s+metų|š\.\s?m\.)"
    r"|(?P<next>kitąmet|kitais\s+metais|kitų\s+metų))\s+(?P<m>[a-ząčęėįšųūž]{3,11})(?:\s+(?P<d>[0-3]?\d)\s*d\.)?")


_SEASONS = frozenset({"pavasarį", "vasarą", "rudenį", "žiemą"})
#: ``praėjusį mėnesį`` / ``praėjusio mėnesio`` (last month), ``šį mėnesį`` / ``šio mėnesio`` (this month), ``kitą
#: mėnesį`` (next month): the month relative to the document's.
_MONTH = re.compile(r"(?i)\b(?:(?P<last>praėjusį|praėjusio|praeitą|praeito)|(?P<this>šį|šio)|(?P<next>kitą|kito))\s+mėnes(?:į|io)\b")


#: ``pernai`` / ``šiemet`` with no month or season after it: the year alone.
_BARE_YEAR = re.compile(r"(?i)\b(?:užpernai|pernai|šiemet|kitąmet)\b(?!\s+(?:[a-ząčęėįšųūž]+ą|[a-ząčęėįšųūž]+į|"
                        r"sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)\b)")
#: ``praėjusį rudenį`` (last autumn): the year the last such season began in, before the document's date.
_LAST_SEASON = re.compile(r"(?i)\b(?:praėjusį|praeitą)\s+(?P<season>pavasarį|vasarą|rudenį|žiemą)\b")
_SEASON_START = {"pavasarį": 3, "vasarą": 6, "rudenį": 9, "žiemą": 12}


def _last_season(issued: dt.date, season: str) -> str:
    start = _SEASON_START[season.lower()]
    return f"{issued.year if issued.month >= start + 3 else issued.year - 1:04d}"


def _months_away(issued: dt.date, step: int) -> str:
    index = issued.year * 12 + issued.month - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _relative(text: str, issued: dt.date) -> list[Found]:
    found = []
    for match in _RELATIVE.finditer(text):
        month = months().get(match["m"].lower())
        year = issued.year - 2 if match["before"] else issued.year - 1 if match["last"] else \
            issued.year + 1 if match["next"] else issued.year
        if month is None:
            if match["m"].lower() in _SEASONS:  # "pernai rudenį": the year alone
                found.append(Found(match.start(), match.end(), f"{year:04d}"))
            continue
        if match["d"]:
            try:
                value: dt.date | str = dt.date(year, month, int(match["d"]))
            except ValueError:
                continue
        else:
            value = f"{year:04d}-{month:02d}"
        found.append(Found(match.start(), match.end(), value))
    for match in _BARE_YEAR.finditer(text):  # "Pernai pradėtas …": the year alone
        step = {"užpernai": -2, "pernai": -1, "šiemet": 0, "kitąmet": 1}[match.group().lower()]
        found.append(Found(match.start(), match.end(), f"{issued.year + step:04d}"))
    for match in _LAST_SEASON.finditer(text):
        found.append(Found(match.start(), match.end(), _last_season(issued, match["season"])))
    for match in _MONTH.finditer(text):
        step = -1 if match["last"] else 1 if match["next"] else 0
        found.append(Found(match.start(), match.end(), _months_away(issued, step)))
    return found


def find_lt_dates(text: str, issued: dt.date | None) -> list[Found]:
    """:func:`find_dates` plus dates relative to ``issued``, left to right, without overlaps."""
    found = find_dates(text)
    for item in _relative(text, issued) if issued else []:
        if not any(item.start < other.end and other.start < item.end for other in found):
            found.append(item)
    return sorted(found, key=lambda item: item.start)
