"""Organisation names in running text, and every later mention of a known name.

Typed names (``University of Lodz``), names after a lowercase type word
(``cluster iVita``, ``SME network InoSpeed``), acronyms defined in brackets in
either direction, and ``NAME – a health cluster of Lithuania`` appositions.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._names import Chunk, chunks, is_acronym, is_name_word, type_word
from innograph.loaders._orgs import chunk_is_org, make_org
from innograph.loaders._text import sentences

__all__ = ["find_org_names", "propagate_mentions", "sentence_chunks"]

_BRACKET = re.compile(r"\s*\((?P<inner>[^()\n]{2,120})\)")
_APPOSITION = re.compile(
    r"^\s*[–—-]\s+(?:an?|the)\s+(?P<phrase>[a-z][a-z -]{0,60}?)"
    r"(?:\s+(?:of|in|from)\s+(?P<country>[A-Z]\w+)|\s*[,.;)]|\s*$)"
)


def sentence_chunks(context: Context) -> list[tuple[int, int, list[Chunk]]]:
    """(sentence start, sentence end, chunks) for every sentence of the document."""
    result = []
    for line in context.view.lines:
        for sentence in sentences(line):
            result.append((sentence.start, sentence.end, chunks(sentence.text, sentence.start)))
    return result


def _acronym_pair(context: Context, key: str, chunk: Chunk) -> None:
    """``Name (ACR)`` or ``ACR (Full Name)``: both are names of one entity."""
    match = _BRACKET.match(context.text, chunk.end)
    if match is None:
        return
    raw = match["inner"]
    inner = raw.strip().strip("„“”\"«»")
    start = match.start("inner") + raw.index(inner) if inner else match.start("inner")
    if is_acronym(inner) and " " not in inner and not country_from_word(inner):
        context.builder.alias(key, start, start + len(inner), "acronym-in-brackets")
        context.builder.attribute(key, AttributeName.ACRONYM, inner, start, start + len(inner), "acronym-in-brackets")
    elif is_acronym(chunk.text) and len(inner.split()) >= 2 and is_name_word(inner):
        context.builder.alias(key, start, start + len(inner), "expansion-in-brackets")
        context.builder.attribute(key, AttributeName.ACRONYM, chunk.text, chunk.start, chunk.end, "expansion-in-brackets")


def _after_type_word(context: Context, chunk: Chunk) -> str | None:
    """``cluster iVita``: a lowercase type word right before the name gives its type."""
    before = context.text[max(0, chunk.start - 40) : chunk.start]
    match = re.search(r"(?:^|\s)(?P<word>[a-z]+)\s$", before)
    if match is None:
        return None
    found = type_word(match["word"])
    if found is None or found.cls != EntityType.ORGANISATION.value or found.lang != "en":
        return None
    key = make_org(context, chunk.start, chunk.end, "type-word-then-name", subtype=found.subtype)
    adjective = re.search(r"\b(?P<adj>[A-Z][a-z]+)\s+(?:[a-zA-Z]+\s+){0,3}$", before[: match.start() + 1])
    country = country_from_word(adjective["adj"]) if adjective else None
    if key and country:
        start = chunk.start - len(before) + adjective.start("adj")
        context.builder.attribute(key, AttributeName.COUNTRY, country, start, chunk.end, "adjective-type-word-name")
    return key


def _apposition(context: Context, chunk: Chunk) -> str | None:
    """``IVITA – a health cluster of Lithuania``."""
    match = _APPOSITION.match(context.text[chunk.end : chunk.end + 120])
    if match is None:
        return None
    words = [type_word(word) for word in match["phrase"].split()]
    found = next((w for w in reversed(words) if w is not None), None)
    if found is None or found.cls != EntityType.ORGANISATION.value:
        return None
    key = make_org(context, chunk.start, chunk.end, "apposition", subtype=found.subtype)
    country = country_from_word(match["country"]) if match["country"] else None
    if key and country:
        context.builder.attribute(key, AttributeName.COUNTRY, country, chunk.start, chunk.end + match.end(), "apposition")
    return key


def find_org_names(context: Context) -> None:
    builder = context.builder
    for _start, _end, found in sentence_chunks(context):
        for chunk in found:
            known = builder.find_any(chunk.text)
            if known is not None:
                builder.alias(known, chunk.start, chunk.end, "known-name")
                _acronym_pair(context, known, chunk)
                continue
            key = None
            if chunk_is_org(chunk):
                key = make_org(context, chunk.start, chunk.end, "typed-name")
            else:
                key = _after_type_word(context, chunk) or _apposition(context, chunk)
            if key is not None:
                _acronym_pair(context, key, chunk)


def propagate_mentions(context: Context) -> None:
    """Every exact later occurrence of a known name is a mention of its entity."""
    builder = context.builder
    names = sorted({(name, key) for key in builder.keys() for name in builder.names_of(key)
                    if len(name) >= 3 and builder.type_of(key) is not EntityType.PERSON},
                   key=lambda pair: (-len(pair[0]), pair[0], pair[1]))
    taken: list[tuple[int, int]] = []
    for name, key in names:
        flags = 0 if is_acronym(name) or len(name) <= 4 else re.I
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", context.text, flags):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            builder.alias(key, match.start(), match.end(), "known-name")
