"""An event's details: its dates, country and programme, read from the sentences that name it
(``on 21-23 September``, ``2017 m. rugsėjo 21-22 d.``, ``in Vilnius``), a headline's lead sentence, a
listing's ``City, Country``, or the year in its name (``Forum 2022``, ``next year``)."""

from __future__ import annotations

import datetime as dt
import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._cities import city_country
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._data import months
from innograph.loaders._dates import BYLINE, find_dates
from innograph.loaders._lt_dates import find_lt_dates
from innograph.loaders._events import merge_events
from innograph.loaders._programmes import programme_in
from innograph.loaders._text import sentences

__all__ = ["event_details"]

_DAY_RANGE = re.compile(r"\bon\s+(?P<m>[A-Z][a-z]+)\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?\b")
_DAY_FIRST = re.compile(r"\b[Oo]n\s+(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?\s+(?P<m>[A-Z][a-z]+)\b(?![\s,]+\d{4})")
_LT_DAY = re.compile(r"(?P<m>[A-ZĄČĘĖĮŠŲŪŽa-ząčęėįšųūž]{4,12})\s+(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?\s*d\.")
_PLACE_REACH = 60  # characters after an event's name where a listing states its place
_LISTED_COUNTRY = re.compile(r"(?:,\s+|\(\s*)(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*[,)]|\s*$)")
_IN_COUNTRY = re.compile(r"\bin\s+(?P<place>[A-Z][a-z]+)\b")


def _year(context: Context) -> int | None:
    return context.document.issued.year if context.document.issued else None


def event_details(context: Context) -> None:
    """Dates, country and programme of each event, from the sentence that first names it."""
    merge_events(context)
    builder = context.builder
    for key in builder.keys(EntityType.EVENT):
        for mention in sorted(builder.mentions_of(key), key=lambda m: m.start):
            window = _sentence_around(context, mention.start, mention.end)
            if not builder.has_attribute(key, AttributeName.START_DATE):
                _dates(context, key, window, mention.quote)
            if not builder.has_attribute(key, AttributeName.COUNTRY):
                _country(context, key, *window) or _listed_place(context, key, mention.end)
            found = programme_in(mention.quote)
            programme = builder.find(EntityType.PROGRAMME, found[0].label) if found else None
            if programme is not None:
                builder.relation(key, RelationName.PART_OF, programme, mention.start, mention.end, "event-of-programme")
        _from_headline_lead(context, key)
        if not builder.has_attribute(key, AttributeName.START_DATE):
            _year_of_name(context, key)


def _from_headline_lead(context: Context, key: str) -> None:
    """Still undated or unplaced: a headline that names the event, and the sentence under it."""
    builder = context.builder
    first = min(builder.mentions_of(key), key=lambda m: m.start)
    window = _lead_of_headline(context, _sentence_around(context, first.start, first.end))
    if window is None:
        return
    if not builder.has_attribute(key, AttributeName.START_DATE):
        _dates(context, key, window, first.quote)
    if not builder.has_attribute(key, AttributeName.COUNTRY):
        _country(context, key, *window)


_YEAR_AFTER = re.compile(r"^[\s”“\"]*(?P<y>(?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _name_year(context: Context, key: str) -> tuple[int, int] | None:
    """Span of the year an event's name carries (``Forum 2022``, ``„... forumas 2018”``)."""
    for mention in context.builder.mentions_of(key):
        inside = _YEAR.search(mention.quote)
        if inside:
            return mention.start + inside.start(), mention.start + inside.end()
        after = _YEAR_AFTER.match(context.text[mention.end : mention.end + 8])
        if after:
            return mention.end + after.start("y"), mention.end + after.end("y")
    return None


def _year_of_name(context: Context, key: str) -> None:
    """An event named with a year took place in that year; ``next year`` counts from the document's date."""
    span = _name_year(context, key)
    if span is not None:
        context.builder.attribute(key, AttributeName.START_DATE, context.text[span[0] : span[1]], *span,
                                  "event-year-in-name")
        return
    year = _year(context)
    for mention in context.builder.mentions_of(key) if year else ():
        window = _sentence_around(context, mention.start, mention.end)
        relative = _RELATIVE_YEAR.search(context.text, *window)
        if relative:
            shift = 1 if relative["next"] else -1 if relative["last"] else 0
            context.builder.attribute(key, AttributeName.START_DATE, f"{year + shift:04d}", relative.start(),
                                      relative.end(), "event-relative-year")
            return


_RELATIVE_YEAR = re.compile(
    r"(?i)\b(?:(?P<next>next year|kitais metais|kitąmet)|(?P<last>last year|pernai)|this year|šiemet|šiais metais)\b")


def _sentence_around(context: Context, start: int, end: int) -> tuple[int, int]:
    line = context.view.line_at(start)
    sentence = next((s for s in sentences(line) if s.start <= start <= s.end), line)
    return sentence.start, sentence.end


_HEADLINE_WORDS = 20


def _lead_of_headline(context: Context, window: tuple[int, int]) -> tuple[int, int] | None:
    """A news headline naming the event (no full stop, a short line) is dated and placed by the first
    sentence of the paragraph under it: the headline and that sentence together."""
    line = context.view.line_at(window[0])
    written = context.text[line.start : line.end].strip()
    if written.endswith((".", "!", "?")) or len(written.split()) > _HEADLINE_WORDS:
        return None
    following = [other for other in context.view.lines[line.index + 1 : line.index + 3] if other.end > other.start
                 and context.text[other.start : other.end].strip() and not BYLINE.match(other.text)]
    if not following:
        return None
    lead = next(iter(sentences(following[0])), following[0])
    return line.start, lead.end


def _dates(context: Context, key: str, window: tuple[int, int], name: str) -> None:
    text = context.text[window[0] : window[1]]
    found = [d for d in find_dates(text) if d.until is not None]
    if found:
        d = found[0]
        context.builder.attribute(key, AttributeName.START_DATE, d.value, window[0] + d.start, window[0] + d.end, "event-date")
        context.builder.attribute(key, AttributeName.END_DATE, d.until, window[0] + d.start, window[0] + d.end, "event-date")
        return
    single = [d for d in find_dates(text) if not isinstance(d.value, str) or "-" in d.value] or [
        d for d in find_lt_dates(text, context.document.issued)  # "praėjusį mėnesį", "pernai spalį" (no days)
        if isinstance(d.value, str) and "-" in d.value and not _DAY_RANGE.search(text) and not _LT_DAY.search(text)]
    if single and not _DAY_RANGE.search(text):
        d = single[0]
        context.builder.attribute(key, AttributeName.START_DATE, d.value, window[0] + d.start, window[0] + d.end, "event-date")
        if not isinstance(d.value, str):
            context.builder.attribute(key, AttributeName.END_DATE, d.value, window[0] + d.start, window[0] + d.end,
                                      "event-date")
        return
    day_first = _DAY_FIRST.search(text)
    match = _DAY_RANGE.search(text) or day_first or _LT_DAY.search(text)
    month = months().get(match["m"].lower()) if match else None
    in_name = _name_year(context, key)
    year = int(context.text[in_name[0] : in_name[1]]) if in_name else _year(context)
    if year is None and match is not None and match is day_first:
        year = _year_before(context, window[0])
    if match is None or month is None or year is None:
        return
    start, end = window[0] + match.start(), window[0] + match.end()
    first = dt.date(year, month, int(match["d1"]))
    context.builder.attribute(key, AttributeName.START_DATE, first, start, end, "event-day-and-document-year")
    last = dt.date(year, month, int(match["d2"])) if match["d2"] else first
    context.builder.attribute(key, AttributeName.END_DATE, last, start, end, "event-day-and-document-year")


def _year_before(context: Context, position: int) -> int | None:
    """A news item's day without a year (``on 11 March``) is in the year of its dateline (a full date in the first lines)."""
    lines = context.view.lines[:5]
    head = context.text[: min(lines[-1].end, position)] if lines else ""
    found = [d.value for d in find_dates(head) if isinstance(d.value, dt.date)]
    return found[0].year if found else None


def _listed_place(context: Context, key: str, end: int) -> None:
    """``X Study Visit - Cēsis, Latvia, 14-15 June`` / ``X, 9 June, Nida (Lithuania)``: the country after the name."""
    window = context.text[end : end + _PLACE_REACH].split("\n")[0]
    for match in _LISTED_COUNTRY.finditer(window):
        country = country_from_word(match["place"])
        if country and not context.builder.keys_between(end, end + match.start(), EntityType.ORGANISATION):
            context.builder.attribute(key, AttributeName.COUNTRY, country, end + match.start("place"),
                                      end + match.end("place"), "event-listed-place")
            return


def _country(context: Context, key: str, start: int, end: int) -> bool:
    text = context.text[start:end]
    places = list(_IN_COUNTRY.finditer(text))
    for lookup, rule in ((country_from_word, "event-in-country"), (city_country, "event-in-city")):
        for match in places:  # a country named anywhere in the sentence wins over a city
            country = lookup(match["place"])
            if country:
                context.builder.attribute(key, AttributeName.COUNTRY, country, start + match.start(),
                                          start + match.end(), rule)
                return True
    for word in re.finditer(r"\b[A-ZĄČĘĖĮŠŲŪŽ]\w+je\b", text):
        country = country_from_word(word.group())
        if country:
            context.builder.attribute(key, AttributeName.COUNTRY, country, start + word.start(), start + word.end(),
                                      "event-in-country")
            return True
    return False
