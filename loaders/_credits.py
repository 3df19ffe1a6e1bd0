"""Picture credits: ``Photo: Jane Doe / Harbour Trust`` names the person who took the pictures.

A credit line (``Photo:``, ``Cover photo:``, ``Photos:``, ``Nuotraukos / Photos:``) lists
its authors apart by ``/``, ``,`` or ``|``; a part of two or three capitalised words that
is no known body, and holds no organisation type word, is a person.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._names import type_word

__all__ = ["find_credits"]

#: The label of a credit line, in English or Lithuanian (``Nuotr.``, ``Nuotraukos``), maybe both.
_LABEL = r"(?:(?:cover\s+)?(?:photos?|pictures?|images?)(?:\s+credits?)?|photo\s+by|nuotr(?:\.|aukos|auka)?)"
_CREDIT = re.compile(rf"(?im)(?:^|[·|•]\s)[ \t]*(?:[©(]\s*)?(?:{_LABEL}\s*/\s*)?{_LABEL}\s*:?\s+(?P<value>[^\n]{{3,120}})$")
_PART = re.compile(r"[^/,|©()]+")
_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?(?:\s+[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?){1,2}")


def _person_name(context: Context, text: str) -> bool:
    words = text.split()
    known = context.builder.find_any(text)
    return _NAME.fullmatch(text) is not None and all(w[0].isupper() and w[1:] == w[1:].lower() for w in words) \
        and not any(type_word(w) for w in words) and (known is None or context.builder.type_of(known) is EntityType.PERSON)


def find_credits(context: Context) -> None:
    """Every author named in a picture credit becomes a person."""
    for line in _CREDIT.finditer(context.text):
        for part in _PART.finditer(line["value"]):
            text = part.group().strip()
            if not _person_name(context, text):
                continue
            start = line.start("value") + part.start() + part.group().index(text)
            context.builder.entity(EntityType.PERSON, start, start + len(text), "picture-credit")
