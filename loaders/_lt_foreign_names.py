"""Foreign bodies named in their own language after a Lithuanian role cue.

``Projekto koordinatorius – Ventspils Augstskola (Latvija)``, ``projekte dalyvauja Tartu
Ülikool``, ``kurį koordinuoja Hochschule Stralsund``: Lithuanian text often names a
foreign partner in its own language, with no Lithuanian type word to find it by. After such a
cue, a run of two to six capitalised words with no Lithuanian case ending (each word one no
Lithuanian declension explains, or a nominative) is the body's name; a ``(Country)`` after it
is where it is.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._data import foreign_type_words
from innograph.loaders._lt_latvian_names import latvian_heads
from innograph.loaders._names import type_word
from innograph.loaders._orgs import make_org

__all__ = ["find_foreign_names"]

#: Role cues after which a body is named (coordinator, partner, taking part, coordinating).
_CUE = re.compile(r"\b(?:[Pp]rojekto\s+)?(?:koordinator(?:ius|ė)|partner(?:is|ė|iai|iais)|vadovaujantysis\s+partneris)\s*(?:yra\s+|[–—:]\s*)"
                  r"|\b(?:dalyvauja|dalyvaus|dalyvavo)\s+(?:ir\s+|taip\s+pat\s+)*|\b(?:koordinuoja|koordinavo|vadovauja)\s+")
_STOP = re.compile(r"[.;\n]\s")
_ITEM_APART = re.compile(r",\s+|\s+(?:ir|bei)\s+")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_RUN = re.compile(rf"(?P<name>[{_UPPER}][\w'’&-]+(?:\s+(?:(?:de|der|di|du|la|le|von|van|für|und|an|am|un|ja|och|i|w|we|z|na)\s+)?[{_UPPER}][\w'’&-]+){{1,5}})"
                  rf"(?:\s*\((?P<country>[{_UPPER}][\w ]+)\))?")


def _head(name: str) -> tuple[bool, str | None]:
    """Whether a word of the name ends in a foreign body word (and its subtype), no word being a Lithuanian type word."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2 or any((found := type_word(w)) is not None and found.lang == "lt" for w in words):
        return False, None  # "Kauno kolegija": a Lithuanian name, found by its own rules
    found = [_word_type(w) for w in words if _word_type(w)]
    return (True, found[0][1]) if found else (False, None)


def _word_type(word: str) -> tuple[str, str | None] | None:
    lower = word.lower()
    table = {**foreign_type_words(), **latvian_heads()}
    return next(((ending, subtype) for ending, subtype in table.items() if lower.endswith(ending)), None)


def find_foreign_names(context: Context) -> None:
    if context.document.language not in ("lt", "mixed", "mul"):
        return
    for cue in _CUE.finditer(context.text):
        stop = _STOP.search(context.text, cue.end())
        end = stop.start() if stop else len(context.text)
        starts = [cue.end(), *(m.end() for m in _ITEM_APART.finditer(context.text, cue.end(), end))]
        for start in starts:  # "partneriai: A, B ir C": every item of the list, not the inside of a bracket
            if context.text.count("(", cue.end(), start) == context.text.count(")", cue.end(), start):
                _body_at(context, start)


def _body_at(context: Context, start: int) -> None:
    match = _RUN.match(context.text, start)
    body, subtype = _head(match["name"]) if match else (False, None)
    if match is None or not body or context.builder.keys_between(*match.span("name"), EntityType.ORGANISATION):
        return
    key = make_org(context, *match.span("name"), "lt-foreign-name-after-role", subtype=subtype)
    country = country_from_word(match["country"]) if match["country"] else None
    if key is not None and country is not None:
        context.builder.attribute(key, AttributeName.COUNTRY, country, *match.span("country"), "lt-foreign-name-after-role")
