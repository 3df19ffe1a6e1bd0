"""Events named by a word or two and a year: ``NordMatch 2023``, ``Circular Textiles Lab 2021``.

A capitalised name ending in a year is an event when its sentence speaks of one (an
event word, ``held``, ``took place``, ``organised``, ``participants`` ...), or when
another edition of the same name (``NordMatch 2024``) already is one.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._data import months
from innograph.loaders._mentions import sentence_chunks

__all__ = ["year_named_events"]

_MAX_WORDS = 7  # words of an event's name with its year
_YEAR_END = re.compile(r"\s(?:19|20)\d\d$")
_CUE = re.compile(r"(?i)\b(?:events?|conferences?|forums?|matchmaking|summits?|fairs?|festivals?|workshops?|seminars?|"
                  r"meetings?|edition|held|took place|takes place|organi[sz]\w*|hosted|co-organi[sz]\w*|participants|"
                  r"attendees|registration|B2B|visitors|delegates?|speakers?|(?:summer|winter|spring|autumn)\s+schools?|"
                  r"hackathons?|bootcamps?|biennale|exhibitions?)\b")

#: ``vyks Vilniuje 2025 m. spalio 14 d.``: a year followed by the Lithuanian year mark is a date, no name's year.
_DATE_YEAR = re.compile(r"\s*m\.")
#: What lies between an event's name and its short form in brackets.
_BRACKETED = re.compile(r"\s*\(\s*")


def _candidate(context: Context, text: str) -> bool:
    words = text.split()
    if len(words) < 2 or len(words) > _MAX_WORDS or not _YEAR_END.search(text) or any(w.lower() in months() for w in words):
        return False
    if any(w[0].isdigit() for w in words[:-1]) or words[-2] in ("in", "of", "on", "since", "until"):
        return False  # "Klaipėda in 2026": a place and a year, no name
    return context.builder.find_any(text) is None and context.builder.find_any(" ".join(words[:-1])) is None


#: A lowercase word that ends a run of names before an event's own (``… met in Szczecin for Nordic Expo 2025``).
_LEAD_OUT = re.compile(r"\s(?:for|at|in|to|with|by|during|from)\s")


def _tail(text: str) -> int:
    """Where the last name of a run of capitalised words starts: after its last linking word, if it is too long."""
    if len(text.split()) <= _MAX_WORDS:
        return 0
    ends = [match.end() for match in _LEAD_OUT.finditer(text)]
    return ends[-1] if ends else 0


def year_named_events(context: Context) -> None:
    found: list[tuple[int, int, str, bool]] = []
    for start, end, chunks in sentence_chunks(context):
        cue = bool(_CUE.search(context.text[start:end]))
        for chunk in chunks:
            start_at = chunk.start + _tail(chunk.text)
            text = context.text[start_at : chunk.end]
            if _candidate(context, text) and not _DATE_YEAR.match(context.text, chunk.end):
                found.append((start_at, chunk.end, " ".join(text.split()[:-1]), cue))
    events = {stem for _s, _e, stem, cue in found if cue}
    for start, end, stem, _cue in found:
        if stem not in events:
            continue
        named = _named_before(context, start, end)
        if named is not None:  # "Nordic Forum 2024 (NF 2024)": the short form of the event just named
            context.builder.alias(named, start, end, "event-short-form")
        else:
            context.builder.entity(EntityType.EVENT, start, end, "event-name-with-year")


def _named_before(context: Context, start: int, end: int) -> str | None:
    """The event whose name ends just before ``(`` when ``text[start:end]`` closes with ``)``."""
    if context.text[end : end + 1] != ")":
        return None
    for key in context.builder.keys_between(max(0, start - 120), start, EntityType.EVENT):
        if any(_BRACKETED.fullmatch(context.text, m.end, start) for m in context.builder.mentions_of(key)):
            return key
    return None
