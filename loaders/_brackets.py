"""Notes in brackets after a listed name: ``(LT)``, ``(Sweden)``, ``(lead partner, Sweden)``.

A note is a country (an EU code or a name) and optionally a role; lists of names
(partners, participants) are split after each such note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from innograph.loaders._countries import country_from_code, country_from_word

__all__ = ["Note", "note_at_end", "split_after_notes"]

_NOTE = re.compile(r"\((?P<inner>[^()\n]{2,40})\)")
_AT_END = re.compile(r"\s*\((?P<inner>[^()\n]{2,40})\)\s*[.,;]?$")
_ROLES = (("coordinator", re.compile(r"(?i)^(?:lead\s+partner|lead\s+applicant|lead|coordinator|project\s+coordinator)$")),
          ("associated", re.compile(r"(?i)^associated(?:\s+partner)?$")))
_AFTER = r"\s*(?:[,;]|\band\b)\s*(?:and\s+)?"


@dataclass(frozen=True)
class Note:
    start: int  # of the bracket, in the text the note was found in
    end: int
    country: str | None
    role: str | None  # "coordinator", "associated" or None


def _note(match: re.Match[str]) -> Note | None:
    country = role = None
    for part in (p.strip() for p in match["inner"].split(",")):
        found = country_from_code(part) if len(part) == 2 and part.isupper() else country_from_word(part)
        if found is not None and country is None:
            country = found
            continue
        named = next((name for name, pattern in _ROLES if pattern.match(part)), None)
        if named is None:
            return None
        role = named
    return Note(match.start(), match.end(), country, role) if country or role else None


def note_at_end(text: str) -> Note | None:
    """The note closing ``text`` (``Name (lead partner, Sweden)``), if it is one."""
    match = _AT_END.search(text)
    if match is None:
        return None
    inner = re.search(r"\(", text[match.start():])
    assert inner is not None
    bracket = _NOTE.match(text, match.start() + inner.start())
    return _note(bracket) if bracket else None


def split_after_notes(value: str) -> list[int] | None:
    """Offsets in ``value`` where items end and the next begins, when at least two items carry notes."""
    notes = [note for match in _NOTE.finditer(value) if (note := _note(match)) is not None and note.country]
    if len(notes) < 2:
        return None
    cuts = []
    for note in notes:
        after = re.compile(_AFTER).match(value, note.end)
        if after is not None and after.end() < len(value):
            cuts.append((note.end, after.end()))
    return [offset for cut in cuts for offset in cut]
