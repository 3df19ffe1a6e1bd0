"""Knowledge and Innovation Communities named with their institute's short name: ``EIT Food``.

The European Institute of Innovation and Technology runs its communities under names that
begin with its acronym and go on with capitalised words (``EIT Health InnoStars``,
``EIT Culture & Creativity``). Such a name is a network's, unless the gazetteer knows it as
a funding line (a programme). Source of the naming: https://eit.europa.eu/our-communities.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._programmes import programme_in

__all__ = ["find_community_names"]

_WORD = r"(?:[A-Z][\w-]*|&)"
_NAMED = re.compile(rf"(?<![\w-])EIT\s+(?P<rest>[A-Z][\w-]*(?:\s+{_WORD}){{0,3}})")
#: Words that end the name: what follows names something else (``EIT Food project``, ``EIT Health calls``).
_NOT_NAME = frozenset("RIS Regional Call Calls Programme Project Projects The In And".split())


def find_community_names(context: Context) -> None:
    builder = context.builder
    for match in _NAMED.finditer(context.text):
        words = match["rest"].split()
        while words and (words[-1] in _NOT_NAME or words[-1] == "&"):
            words.pop()
        if not words or words[0] in _NOT_NAME:
            continue
        end = match.start("rest") + len(" ".join(words))
        name = context.text[match.start() : end]
        known = builder.find_any(name)
        if known is not None:
            builder.alias(known, match.start(), end, "eit-community-name")
        elif programme_in(name + " ") is None:
            builder.entity(EntityType.ORGANISATION, match.start(), end, "eit-community-name", subtype="Network")
