"""Where an event was held: ``held in Gdańsk`` / ``Riga, 12-13 March`` gives the country of the host city."""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._cities import city_country
from innograph.loaders._context import Context
from innograph.loaders._data import months
from innograph.loaders._relations import keys_in
from innograph.loaders._text import sentences

__all__ = ["host_city"]

_EVENT = EntityType.EVENT
_IN_CITY = re.compile(r"\b(?:in|at|to)\s+(?P<city>[A-ZÀ-Þ][\w-]+)|(?:^|,\s+)(?P<listed>[A-ZÀ-Þ][\w-]+)(?=\s*(?:,|\s[–—-]\s|$))")


def host_city(context: Context) -> None:
    """The country (and city) of each event from the host city named next to it."""
    builder = context.builder
    for event in builder.keys(_EVENT):
        if builder.has_attribute(event, AttributeName.COUNTRY):
            continue
        for mention in sorted(builder.mentions_of(event), key=lambda m: m.start):
            line = context.view.line_at(mention.start)
            window = next((s for s in sentences(line) if s.start <= mention.start <= s.end), line)
            if _city_in(context, event, mention.end, window.end) or _city_in(context, event, window.start, mention.start):
                break


def _city_in(context: Context, event: str, start: int, end: int) -> bool:
    names = [(m.start, m.end) for k in keys_in(context, start, end) for m in context.builder.mentions_of(k)]
    for match in _IN_CITY.finditer(context.text, start, end):
        group = "city" if match["city"] else "listed"
        at, word = match.start(group), match[group]
        if word.lower() in months() or any(s <= at < e for s, e in names):
            continue
        country = city_country(word)
        if country:
            context.builder.attribute(event, AttributeName.COUNTRY, country, at, at + len(word), "event-host-city")
            context.builder.attribute(event, AttributeName.CITY, word, at, at + len(word), "event-host-city")
            return True
    return False
