"""Foreign partners listed in Lithuanian: ``partneriai – Latvijos Rīgas Tehniskā koledža, Estijos Tartu Kolledž``.

A country in the genitive before a capitalised name that is no Lithuanian case form
(``Suomijos Saimaa Industrial Academy``) says where the body is; it is not part of
the name (``Lietuvos Respublikos Seimas`` and ``Lietuvos inovacijų centras`` keep it).
Each item of a partner list that is such a name is an organisation.
"""

from __future__ import annotations

import re

from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._lt import case_of, nominative
from innograph.loaders._names import type_word

__all__ = ["find_lt_partner_items", "lt_country_before_name"]

_PARTNERS = re.compile(r"\b[Pp]artneri(?:ai|ų|s)\s*(?:yra\s*)?[:–—-]\s*")
_ITEM_SPLIT = re.compile(r",\s+|\s+(?:ir|bei)\s+")
_ITEM = re.compile(r"(?P<country>[A-ZĄČĘĖĮŠŲŪŽ]\w+)\s+(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲÕÄÖÜ][\w-]*(?:\s+[\w-]+){0,6}?)"
                   r"(?:\s*\([A-Z][\w-]{1,12}\))?\s*\.?")


#: Genitives of a state's own name (``Latvijos Respublikos``) and adjective endings (``Nacionalinės``,
#: ``Valstybinio``, ``Aukštosios``): these belong to the name; a place's genitive (``Gdynės``) does not.
_STATE_WORDS = frozenset({"respublikos", "karalystės", "federacijos", "kunigaikštystės", "konfederacijos"})
_ADJECTIVE_ENDS = ("inės", "inio", "ųjų", "osios", "iosios", "ojo", "iojo", "ančio", "ančios", "ės mokslų")


def _place_genitive(word: str) -> bool:
    lower = word.lower()
    return lower not in _STATE_WORDS and not lower.endswith(_ADJECTIVE_ENDS)


def lt_country_before_name(words: list[str]) -> str | None:
    """The country of ``Suomijos Saimaa Industrial Academy`` (None when the genitive is part of the name)."""
    if len(words) < 2 or not words[1][:1].isupper() or all(word.isupper() for word in words):
        return None  # an upper-case site header ("LIETUVOS INOVACIJŲ AGENTŪRA") keeps its first word
    if case_of(words[1]) == "gen":  # "Lenkijos Gdynės jūrinio universitetas", not "Ukrainos Nacionalinės ..."
        country = country_from_word(words[0]) if case_of(words[0]) == "gen" else None
        return country if country not in (None, "LT") and _place_genitive(words[1]) else None
    if any(word[:1].islower() and (type_word(word) or type_word(nominative(word))) for word in words[1:]):
        return None  # "Latvijos IT klasteris": a Lithuanian description keeps its country
    country = country_from_word(words[0])
    return country if country is not None and case_of(words[0]) == "gen" else None


def find_lt_partner_items(context: Context) -> None:
    from innograph.loaders._orgs import make_org

    for match in _PARTNERS.finditer(context.text):
        end = context.text.find("\n", match.end())
        stop = re.search(r"[.;](?:\s|$)", context.text[match.end() : end if end >= 0 else len(context.text)])
        limit = match.end() + stop.start() if stop else (end if end >= 0 else len(context.text))
        cursor = match.end()
        for piece in _ITEM_SPLIT.split(context.text[cursor:limit]):
            start = context.text.index(piece, cursor)
            cursor = start + len(piece)
            item = _ITEM.fullmatch(piece)
            if item is None or lt_country_before_name(piece.split()) is None:
                continue
            if context.builder.find_any(item["name"]) is None:
                make_org(context, start, start + item.end("name"), "lt-partner-list-item")
