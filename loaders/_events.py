"""Events: named in English (``5th Cluster Collaboration and Matchmaking event``,
``Baltic Cluster Forum 2022``, ``event “Title”``), with their dates, country and
the programme they belong to; and the organisations listed as taking part
(``... were selected to form a business mission to the EVENT: A, B (C), D``).
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._mentions import sentence_chunks
from innograph.loaders._names import type_word
from innograph.loaders._orgs import head_type, make_org
from innograph.loaders._event_names import year_named_events
from innograph.loaders._cities import city_country

__all__ = ["find_events", "merge_events"]

#: ``a member of the Polish Cluster Managers Forum``: one joins a body, not an event.
_MEMBER_BEFORE = re.compile(r"\b(?:members?|partners?)\s+of\s+(?:the\s+)?$")
_ORDINAL_BEFORE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)\s+)$")
_EVENT_WORD_AFTER = re.compile(r"^\s+(?P<word>event|conference|forum|fair|summit|workshop|seminar)\b")
_QUOTED_EVENT = re.compile(r"\b(?i:event|conference|forum|seminar|workshop|webinar|visit|meeting|hackathon|exhibition|"
                           r"festival|summit|fair|days|training|camp|school)(?:,\s*|\s+)[“\"„](?P<title>[A-Z0-9ĄČĘĖĮŠŲŪŽ][^”\"“\n]{5,159})[”\"“]")
#: ``“Baltic Photonics” 2022``: an edition of a named event (a quoted name of up to six words, then its year).
_QUOTED_AND_YEAR = re.compile(r"[“\"„](?P<title>[A-Z][^\W\d_]*(?:[ -][^\W\d_][\w&-]*){0,5})[”\"“]\s+(?:19|20)\d\d\b")
#: ``Pirkanmaa Bioeconomy Forum (Finland)``: a body noted with its country, not an event (``Day 1``: no name).
_NOTED_COUNTRY = re.compile(r"\s*\((?P<country>[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)")
_PLACE_AT_END = re.compile(r"\s+in\s+(?P<place>[A-ZÀ-Þ][\w-]+)$")


_TITLE = re.compile(r"[„“\"](?P<title>[^„“”\"\n.!?;]{3,160})[“”\"]")


def _inside_title(text: str, start: int, end: int) -> bool:
    """``Action "Development of Skills through Consultation and Training"``: the words end a longer quoted
    title (of an action, a session, a report), they do not name an event of their own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(line_start + m.start("title") < start and end <= line_start + m.end("title")
               for m in _TITLE.finditer(line))


def _counted(name: str) -> bool:
    """``Training for 40 SME``: a count (a number that is no year) describes an event, no name does."""
    return any(word.isdigit() and len(word) < 4 for word in name.split()[1:])


def _noted_country(context: Context, position: int) -> bool:
    """``Pirkanmaa Bioeconomy Forum (Finland)``: a body noted with its country, not an event."""
    from innograph.loaders._countries import country_from_code

    match = _NOTED_COUNTRY.match(context.text, position)
    return match is not None and bool(country_from_word(match["country"]) or country_from_code(match["country"]))


def _english_events(context: Context) -> None:
    for start, end, found in sentence_chunks(context):
        for chunk in found:
            cls, subtype = head_type(chunk.text)
            word = _EVENT_WORD_AFTER.match(context.text[chunk.end : chunk.end + 20])
            if not any(type_word(t.text) is None and not t.text.isdigit() for t in chunk.tokens):
                continue
            joined = _MEMBER_BEFORE.search(context.text[max(0, chunk.start - 30) : chunk.start])
            if cls == EntityType.EVENT.value and (joined or _noted_country(context, chunk.end)):
                make_org(context, chunk.start, chunk.end, "event-word-body-joined" if joined else
                         "event-word-body-noted-with-country")
                continue
            if not any((tw := type_word(t.text)) is not None and tw.lang == "en" for t in chunk.tokens) and word is None:
                continue
            if cls != EntityType.EVENT.value and word is None:
                continue
            if cls is not None and cls != EntityType.EVENT.value or context.builder.find_any(chunk.text):
                continue
            if cls is None and not any(type_word(t.text) for t in chunk.tokens):
                continue
            if _inside_title(context.text, chunk.start, chunk.end) or _counted(chunk.text):
                continue
            name_start = chunk.start
            ordinal = _ORDINAL_BEFORE.search(context.text[max(0, chunk.start - 8) : chunk.start])
            if ordinal:
                name_start = chunk.start - len(ordinal.group())
            name_end = chunk.end + (word.end() if word else 0)
            place = _PLACE_AT_END.search(context.text[name_start:name_end])
            if place and (city_country(place["place"]) or country_from_word(place["place"])):
                name_end = name_start + place.start()  # "Summit 2023 in Oslo": the place is not in the name
            context.builder.entity(EntityType.EVENT, name_start, name_end, "event-name", subtype=subtype)
    year_named_events(context)
    for match in _QUOTED_EVENT.finditer(context.text):
        key = context.builder.entity(EntityType.EVENT, match.start("title"), match.end("title"), "event-quoted-title")
        _named_before_title(context, key, match.start("title") - 1)
    for match in _QUOTED_AND_YEAR.finditer(context.text):
        if context.builder.find_any(match["title"]) is None:
            context.builder.entity(EntityType.EVENT, match.start("title"), match.end("title"), "event-quoted-name-and-year")


def _named_before_title(context: Context, key: str, position: int) -> None:
    """``Final Conference "All-Year Coast"``: the event named right before its quoted title is the same event."""
    for other in context.builder.keys_between(max(0, position - 120), position, EntityType.EVENT):
        if any(0 <= position - m.end <= 1 for m in context.builder.mentions_of(other)):
            context.builder.merge(key, other)


_GENERIC = re.compile(
    r"(?i)^(?:\d+(?:st|nd|rd|th|-\w+)?|st|nd|rd|th|oji|ojoje|asis|ojo|international|annual|event|"
    r"tarptautin\w*|pirm\w*|metin\w*|20\d\d)$")


def _core(name: str) -> str:
    """An event name without ordinals, years and ``international``: one event, two wordings."""
    from innograph.loaders._names import name_key

    return name_key(" ".join(w for w in name.split() if not _GENERIC.match(w)))


def _profile(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content stems, numbers) of an event name: ``5-oji ... mugė`` -> ({klaster, mug, ...}, {5})."""
    from innograph.loaders._names import name_key

    words = name_key(name).split()
    numbers = frozenset(re.findall(r"\d+", name))
    return frozenset(w for w in words if not w.isdigit() and not _GENERIC.match(w) and len(w) > 2), numbers


def _same_event(a: str, b: str) -> bool:
    (words_a, numbers_a), (words_b, numbers_b) = _profile(a), _profile(b)
    if min(len(words_a), len(words_b)) < 2 or (numbers_a and numbers_b and numbers_a != numbers_b):
        return False
    return words_a <= words_b or words_b <= words_a


def merge_events(context: Context) -> None:
    """Two wordings of one event in a document (ordinal, year, word order, case) become one."""
    builder = context.builder
    keys = builder.keys(EntityType.EVENT)
    for index, key in enumerate(keys):
        for other in keys[index + 1 :]:
            if builder.resolve_key(key) == builder.resolve_key(other):
                continue
            if any(_same_event(a, b) for a in builder.names_of(key) for b in builder.names_of(other)):
                builder.merge(key, other)


def find_events(context: Context) -> None:
    _english_events(context)
