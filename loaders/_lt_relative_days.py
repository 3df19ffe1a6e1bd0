"""An event dated by a day word relative to the article: ``Vakar Kaune vyko forumas`` (the day before it).

``Vakar`` (yesterday), ``Užvakar`` (the day before), ``Šiandien`` (today) before a verb of
taking place in the sentence that names the event, in an article with its own date.
"""

from __future__ import annotations

import datetime as dt
import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._text import sentences

__all__ = ["relative_event_days"]

_DAY = re.compile(r"(?i)\b(?P<word>vakar|užvakar|šiandien)\b(?=[^.;]{0,40}?\b(?:vyko|įvyko|vyksta|prasidėjo|"
                  r"buvo\s+surengtas|atidarytas)\b)")
_OFFSET = {"vakar": -1, "užvakar": -2, "šiandien": 0}


def relative_event_days(context: Context) -> None:
    issued = context.document.issued
    if issued is None:
        return
    builder = context.builder
    for line in context.view.lines:
        for sentence in sentences(line):
            match = _DAY.search(sentence.text)
            events = mentions_in(context, sentence.start, sentence.end, EntityType.EVENT) if match else []
            if not events:
                continue
            day = issued + dt.timedelta(days=_OFFSET[match["word"].lower()])
            known = builder.value_of(events[0][2], AttributeName.START_DATE)
            if known is not None and known != str(day.year):  # a year from the event's name gets its day
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            builder.attribute(events[0][2], AttributeName.START_DATE, day, start, end, "lt-relative-day")
            builder.attribute(events[0][2], AttributeName.END_DATE, day, start, end, "lt-relative-day")
