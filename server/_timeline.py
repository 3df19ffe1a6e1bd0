"""The data of the home page's project timeline: when each project ran.

``ig:startDate`` / ``ig:endDate`` are ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``. A start
stands for the first day of its period and an end for the last (``2010`` starts 2010-01-01,
``2016-07`` ends 2016-07-31). A project without an end (or with one before its start) is drawn to the end of its
start year and marked ``open``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

import pyoxigraph as ox

from ..graph import Store
from ._pictures import entity_path, labels, rows

__all__ = ["timeline", "period"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE = re.compile(r"^(-?\d{4,})(?:-(\d\d)(?:-(\d\d))?)?")
_PATTERNS = {f"{_XSD}date": 3, f"{_XSD}gYearMonth": 2, f"{_XSD}gYear": 1, f"{_XSD}dateTime": 3}
_DATES = """PREFIX ig: <https://w3id.org/innograph/ontology#>
SELECT ?project ?start ?end WHERE {
  ?project a ig:Project ; ig:startDate ?start .
  OPTIONAL { ?project ig:endDate ?end }
}"""


def period(literal: ox.Literal) -> tuple[date, date] | None:
    """First and last day of the period a date literal names; None if it is not a date this can read.

    >>> xsd = "http://www.w3.org/2001/XMLSchema#"
    >>> period(ox.Literal("2016-07", datatype=ox.NamedNode(xsd + "gYearMonth")))
    (datetime.date(2016, 7, 1), datetime.date(2016, 7, 31))
    >>> period(ox.Literal("2010", datatype=ox.NamedNode(xsd + "gYear")))
    (datetime.date(2010, 1, 1), datetime.date(2010, 12, 31))
    """
    parts = _PATTERNS.get(literal.datatype.value)
    match = _DATE.match(literal.value)
    if parts is None or match is None or any(g is None for g in match.groups()[:parts]):
        return None
    try:
        year = int(match.group(1))
        if parts == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(match.group(2))
        if parts == 2:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(match.group(3)))
        return day, day
    except ValueError:  # month 13, year 0, ...
        return None


def _spans(store: Store) -> dict[str, tuple[date, date | None]]:
    """Project IRI -> (earliest start, latest end or None), over every value the documents give."""
    spans: dict[str, tuple[date, date | None]] = {}
    for row in rows(store, _DATES):
        start = period(row["start"]) if isinstance(row["start"], ox.Literal) else None
        if start is None:
            continue
        end = period(row["end"]) if isinstance(row.get("end"), ox.Literal) else None
        iri = row["project"].value
        first, last = spans.get(iri, (start[0], None))
        ends = [d for d in (last, end[1] if end else None) if d is not None]
        spans[iri] = (min(first, start[0]), max(ends) if ends else None)
    return spans


def timeline(store: Store, base: str) -> dict[str, object]:
    """Every project with a start date, earliest first: label, from/to (ISO dates), whether its end is unknown."""
    spans = _spans(store)
    names = labels(store, spans)
    items = []
    for iri, (first, last) in sorted(spans.items(), key=lambda item: (item[1][0], item[0])):
        open_ended = last is None or last < first
        to = date(first.year, 12, 31) if open_ended or last is None else last
        items.append({"id": iri, "label": names.get(iri, iri.rsplit("/", 1)[-1]), "path": entity_path(iri, base),
                      "from": first.isoformat(), "to": to.isoformat(), "open": open_ended})
    return {"projects": items}
