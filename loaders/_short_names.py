"""Short forms of organisation names in one document: ``Warnow Institute`` for
``Warnow Institute for Energy Systems``.

A name that is the first segment of a longer organisation name of the same document
(the words before ``for`` / ``of`` / ``in``), ending in the same type word, names the
same body, when no other body of the document starts that way. A description ``the
Riga incubator`` / ``the Gdańsk association`` (a capitalised word and a lower-case
type word) names the one body of the document whose name holds both words. The
distinctive first word of a name (``SkyWays`` of ``SkyWays Drone Cluster``, inner
capitals) standing alone names that body when no other name starts with it.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._mentions import propagate_mentions
from innograph.loaders._names import type_word
from innograph.loaders._orgs import head_type

__all__ = ["merge_short_forms"]

_SEGMENT = re.compile(r"^(?P<head>.+?)\s+(?:for|of|in|on)\s+")
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+$")  # SkyWays, BioPort: a coined word
_DESCRIPTION = re.compile(r"\bthe\s+(?P<name>(?P<word>[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+)\s+(?P<type>[a-z]{3,}))\b")


def _heads(context: Context) -> dict[str, set[str]]:
    """First segment of every longer organisation name -> the keys named so."""
    builder = context.builder
    found: dict[str, set[str]] = {}
    for key in builder.keys(EntityType.ORGANISATION):
        for name in builder.names_of(key):
            match = _SEGMENT.match(name)
            if match and len(match["head"].split()) >= 2 and head_type(match["head"])[0]:
                found.setdefault(match["head"], set()).add(builder.resolve_key(key))
    return found


def merge_short_forms(context: Context) -> None:
    merge_descriptions(context)
    builder = context.builder
    heads = _heads(context)
    for key in builder.keys(EntityType.ORGANISATION):
        for name in builder.names_of(key):
            longer = heads.get(name, set()) - {builder.resolve_key(key)}
            if len(longer) == 1:
                builder.merge(next(iter(longer)), key)
                break


def _holding(context: Context, word: str, type_: str, exclude: str) -> list[str]:
    """Organisations with a name holding ``word`` and a form of ``type_`` (other than the name ``exclude``)."""
    builder, found = context.builder, []
    for key in builder.keys(EntityType.ORGANISATION):
        names = [n for n in builder.names_of(key) if n.lower() != exclude.lower()]
        if any(word in n.split() and re.search(rf"(?i)\b{re.escape(type_)}", n) for n in names):
            found.append(builder.resolve_key(key))
    return list(dict.fromkeys(found))


def _first_words(context: Context) -> bool:
    """``SkyWays`` alone for ``SkyWays Drone Cluster``: an alias where the word stands alone."""
    builder, added = context.builder, False
    starts: dict[str, set[str]] = {}
    for key in builder.keys(EntityType.ORGANISATION):  # "SkyWays Demo Day" (an event named after it) does not count
        for name in builder.names_of(key):
            starts.setdefault(name.split()[0], set()).add(builder.resolve_key(key))
    for word, keys in starts.items():
        key = next(iter(keys))
        if len(keys) != 1 or not _INNER_CAPITAL.match(word) or builder.find_any(word) is not None:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?!\s+[A-Z])", context.text):
            builder.alias(key, match.start(), match.end(), "first-word-of-name")
            added = True
    return added


def merge_descriptions(context: Context) -> None:
    """``the Riga incubator`` is the document's only body named with *Riga* and *Incubator*."""
    builder, added = context.builder, _first_words(context)
    for match in _DESCRIPTION.finditer(context.text):
        found = type_word(match["type"])
        if found is None or found.cls != EntityType.ORGANISATION.value:
            continue
        bodies = _holding(context, match["word"], match["type"], match["name"])
        if len(bodies) != 1:
            continue
        described = builder.find(EntityType.ORGANISATION, match["name"])
        if described is not None and builder.resolve_key(described) != bodies[0]:
            builder.merge(bodies[0], described)
        elif described is None:
            builder.alias(bodies[0], match.start("name"), match.end("name"), "described-body")
        added = True
    if added:
        propagate_mentions(context)
