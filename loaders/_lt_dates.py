"""Lithuanian dates relative to the document's own date: ``pernai liepą`` (last year in July).

``pernai`` / ``praėjusiais metais`` / ``praėjusių metų`` (last year), ``šiemet`` /
``šiais metais`` / ``šių metų`` / ``š. m.`` (this year), ``kitąmet`` / ``kitais metais``
/ ``kitų metų`` (next year), ``užpernai`` (two years ago), then a month in any case and an
optional day (``praėjusių metų spalio 3 d.``), or a season (``pernai rudenį``: the year). Without the document's date they give nothing.
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
    return found


def find_lt_dates(text: str, issued: dt.date | None) -> list[Found]:
    """:func:`find_dates` plus dates relative to ``issued``, left to right, without overlaps."""
    found = find_dates(text)
    for item in _relative(text, issued) if issued else []:
        if not any(item.start < other.end and other.start < item.end for other in found):
            found.append(item)
    return sorted(found, key=lambda item: item.start)
