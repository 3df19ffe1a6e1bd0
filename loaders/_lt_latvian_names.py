"""Latvian names of bodies in Lithuanian news on cross-border co-operation.

``projektą koordinuoja Kurzemes plānošanas reģions``, ``Jelgavas biznesa inkubators``: a
capitalised word, up to three more words and a Latvian type word (``data/lv_type_words.tsv``)
name a body in Latvia; the name is kept as written, with its subtype and the country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._data import _rows
from innograph.loaders._names import type_word

__all__ = ["find_latvian_names", "latvian_heads"]

_UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽ"
_QUOTE_AFTER = re.compile(r"\s*[„“\"]")


@lru_cache(maxsize=1)
def latvian_heads() -> dict[str, str | None]:
    """Latvian word heading a body's name -> subtype (``data/lv_type_words.tsv``)."""
    return {row[0].strip(): (row[1].strip() if len(row) > 1 else "") or None for row in _rows("lv_type_words.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, latvian_heads()), key=len, reverse=True))
    return re.compile(rf"(?<![\w„“\"])(?P<name>[{_UPPER}][^\W\d_]+(?:[ ][^\W\d_]+){{0,3}}?[ ](?P<head>{heads}))(?!\w)")


@lru_cache(maxsize=1)
def _quoted() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, latvian_heads()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<head>{heads})\s+[„“\"](?P<name>[^„“”\"\n]{{2,60}})[“”\"]")


def find_latvian_names(context: Context) -> None:
    if context.document.language not in ("lt", "mixed", "mul"):
        return
    builder = context.builder
    for match in _quoted().finditer(context.text):  # "biedrība „Zaļā josta“": the quoted name after the word
        start, end = match.span("name")
        around = [key for key in builder.keys(EntityType.ORGANISATION) for m in builder.mentions_of(key)
                  if m.start < end and start < m.end]
        if around:  # "Biomedicīnas pētījumu centrs „BioRīga“" read whole by a list: its quoted name too
            builder.alias(around[0], start, end, "lv-type-word-and-quoted-name")
        else:
            key = builder.entity(EntityType.ORGANISATION, start, end, "lv-type-word-and-quoted-name",
                                 subtype=latvian_heads()[match["head"]])
            builder.attribute(key, AttributeName.COUNTRY, "LV", match.start(), match.end(), "lv-type-word-and-quoted-name")
    for match in _pattern().finditer(context.text):
        start, end = match.span("name")
        if _QUOTE_AFTER.match(context.text, end) or any(
                (found := type_word(w)) is not None and found.lang == "lt" for w in match["name"].split()[1:-1]):
            continue  # "Latvijos organizacija biedrība „X“": a description and the quoted name's type word
        overlapping = [key for key in builder.keys(EntityType.ORGANISATION) for m in builder.mentions_of(key)
                       if m.start < end and start < m.end]
        key = overlapping[0] if overlapping else None
        if key is None:
            key = builder.entity(EntityType.ORGANISATION, start, end, "lv-typed-name", subtype=latvian_heads()[match["head"]])
        if not builder.has_attribute(key, AttributeName.COUNTRY):
            builder.attribute(key, AttributeName.COUNTRY, "LV", start, end, "lv-typed-name")
