"""An event dated by a day relative to the page's own date: ``Last Thursday 90 firms met for X 2025``.

``yesterday``, ``today``, ``last <weekday>`` and ``on <weekday>`` (the latest such day
before the page's date) in the sentence that names the event, on a page whose date is
known (its dateline or byline), give the day the event took place.
"""

from __future__ import annotations

import datetime as dt
import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._relations import keys_in
from innograph.loaders._text import sentences

__all__ = ["relative_days"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(rf"(?i)\b(?:(?P<word>yesterday|today)|(?:last|on|this\s+past)\s+(?P<weekday>{'|'.join(_WEEKDAYS)}))\b")
#: The sentence tells something that took place (a past verb), not a plan (``will meet on Monday``).
_PAST = re.compile(r"\b(?:met|gathered|took\s+place|was\s+held|were\s+held|opened|closed|welcomed|hosted|came|attended|"
                   r"joined|signed|visited|presented|discussed)\b")


def _day(issued: dt.date, match: re.Match[str]) -> dt.date:
    if match["word"]:
        return issued - dt.timedelta(days=1 if match["word"].lower() == "yesterday" else 0)
    back = (issued.weekday() - _WEEKDAYS.index(match["weekday"].lower())) % 7 or 7
    return issued - dt.timedelta(days=back)


def relative_days(context: Context) -> None:
    """Date the event a sentence names by its relative day word."""
    issued, builder = context.document.issued, context.builder
    if issued is None:
        return
    for line in context.view.lines:
        for sentence in sentences(line):
            match = _DAY.search(sentence.text)
            if match is None or _PAST.search(sentence.text) is None:
                continue
            events = keys_in(context, sentence.start, sentence.end, EntityType.EVENT)
            if not events or builder.has_attribute(events[0], AttributeName.START_DATE):
                continue
            day = _day(issued, match)
            start, end = sentence.start + match.start(), sentence.start + match.end()
            builder.attribute(events[0], AttributeName.START_DATE, day, start, end, "relative-day")
            builder.attribute(events[0], AttributeName.END_DATE, day, start, end, "relative-day")
