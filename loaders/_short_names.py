"""Short forms of organisation names in one document: ``Warnow Institute`` for
``Warnow Institute for Energy Systems``.

A name that is the first segment of a longer organisation name of the same document
(the words before ``for`` / ``of`` / ``in``), ending in the same type word, names the
same body, when no other body of the document starts that way.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._orgs import head_type

__all__ = ["merge_short_forms"]

_SEGMENT = re.compile(r"^(?P<head>.+?)\s+(?:for|of|in|on)\s+")


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
    builder = context.builder
    heads = _heads(context)
    for key in builder.keys(EntityType.ORGANISATION):
        for name in builder.names_of(key):
            longer = heads.get(name, set()) - {builder.resolve_key(key)}
            if len(longer) == 1:
                builder.merge(next(iter(longer)), key)
                break
