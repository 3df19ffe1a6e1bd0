"""Units of larger bodies: ``Parent – Unit`` and ``Parent, through its Unit`` in partner lines.

Which side of ``A – B`` is the unit is told by head words (``data/unit_words.tsv``):
a side headed by a unit word (``School of …``, ``… Lab``) belongs to the other side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._data import _rows
from innograph.loaders._names import tokens
from innograph.loaders._orgs import head_type

__all__ = ["THROUGH", "is_unit", "unit_headed", "possessive_units", "unit_and_parent", "unit_first",
           "units_at"]

#: ``Parent, through its Unit``: the parent takes part, acting through its unit.
THROUGH = re.compile(r",?\s+(?:through|via)\s+(?:its|their|the)\s+")
#: ``KUT's Faculty of Mechanical and Ocean Engineering``: a unit named after its body's possessive.
_POSSESSIVE_UNIT = re.compile(r"['’]s\s+(?P<unit>(?:Faculty|Department|School|Institute|Centre|Center|Laboratory|Lab|"
                              r"Office|Division)\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,5}|"
                              r"(?:[A-Z][\w-]*\s+){1,4}(?:Division|Department|Laboratory|Lab|Centre|Center|Unit|Office)\b)")
_DASH = re.compile(r"\s+[-–]\s+")
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in _rows("unit_words.tsv"))


def is_unit(name: str) -> bool:
    """``School of Hospitality``, ``Coastal Data Lab``: the first or the last word is a unit word."""
    words = [tok.text.lower() for tok in tokens(name)]
    return bool(words) and (words[0] in _unit_words() or words[-1] in _unit_words())


def unit_headed(name: str) -> bool:
    """``Faculty of X``, ``Department for Y``: the first word is a unit word."""
    words = [tok.text.lower() for tok in tokens(name)]
    return bool(words) and words[0] in _unit_words()


def unit_first(left: str, right: str) -> bool:
    """In ``left – right``, the left side is the unit (``Foundation X – Government of Y``, the default)
    unless only the right side is a unit, or only the right one starts with its unit word
    (``University X – School of Y``, ``Baltic Institute of X – Department of Y``)."""
    return not (is_unit(right) and not is_unit(left) or unit_headed(right) and not unit_headed(left))


def unit_and_parent(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(unit span, parent span) of ``Foundation X - Government of Y`` / ``University X – School of Y``.

    The left side is the unit unless only the right one is headed by a unit word.
    """
    comma = _comma_unit(text, start, end)
    if comma is not None:
        return comma
    parts = _DASH.split(text[start:end])
    if len(parts) != 2 or not all(head_type(part)[0] or is_unit(part) for part in parts):
        return None
    split = _DASH.search(text, start, end)
    assert split is not None
    left, right = (start, split.start()), (split.end(), end)
    return (left, right) if unit_first(*parts) else (right, left)


def _comma_unit(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``University X, Department of Y`` / ``University X (UX), Faculty of Y``: a body, then its unit;
    ``Faculty of Y, University X``: a unit headed by its unit word, then its body."""
    parts = text[start:end].split(", ")
    if len(parts) != 2:
        return None
    split = start + len(parts[0])
    bare = [_BRACKETED.sub("", part) for part in parts]
    if is_unit(parts[1]) and not is_unit(parts[0]) and head_type(bare[0])[0] is not None:
        return (split + 2, end), (start, split)
    if unit_headed(parts[0]) and not is_unit(bare[1]) and head_type(bare[1])[0] == EntityType.ORGANISATION.value:
        return (start, split), (split + 2, end)
    return None


def possessive_units(context: Context) -> None:
    """``KUT's Faculty of X`` / ``the Council's Creative Industries Division``: the unit is an organisation,
    part of the body before ``'s``."""
    from innograph.loaders._orgs import make_org

    builder = context.builder
    for match in _POSSESSIVE_UNIT.finditer(context.text):
        owner = _owner_before(context, match.start()) or _typed_before(context, match.start())
        unit = make_org(context, match.start("unit"), match.end("unit"), "possessive-unit") if owner else None
        if unit is not None and owner is not None and unit != owner:
            builder.relation(unit, RelationName.PART_OF, owner, match.start(), match.end(), "possessive-unit")


def units_at(context: Context) -> None:
    """``the Living Lab at Nordby University``: a unit named right before ``at`` and its body is part of it."""
    builder = context.builder
    for unit in builder.keys(EntityType.ORGANISATION):
        for mention in builder.mentions_of(unit):
            if not is_unit(context.text[mention.start : mention.end]):
                continue
            after = re.match(r"\s+at\s+(?:the\s+)?", context.text[mention.end : mention.end + 12])
            body = _org_at(context, mention.end + after.end()) if after else None
            if body is not None and builder.resolve_key(body) != builder.resolve_key(unit):
                builder.relation(unit, RelationName.PART_OF, body, mention.start, mention.end + after.end() + 1,
                                 "unit-at-body")


def _org_at(context: Context, position: int) -> str | None:
    return next((key for key in context.builder.keys(EntityType.ORGANISATION)
                 if any(m.start == position for m in context.builder.mentions_of(key))), None)


def _typed_before(context: Context, position: int) -> str | None:
    """``Vilniaus kolegija's``: a body named by up to four words before the possessive, headed by a type word."""
    from innograph.loaders._orgs import make_org

    offset = max(0, position - 60)
    window = context.text[offset:position]
    cut = max((m.end() for m in re.finditer(r",|\s(?:and|with|by)\s", window)), default=0)  # the list item's own words
    words = list(re.finditer(r"[\w&-]+", window[cut:]))[-4:]
    offset += cut
    for index, word in enumerate(words[:-1]):
        name = context.text[offset + word.start() : position]
        if word.group()[:1].isupper() and head_type(name)[0] == EntityType.ORGANISATION.value:
            return make_org(context, offset + word.start(), position, "possessive-unit")
    return None


def _owner_before(context: Context, position: int) -> str | None:
    """The organisation whose name (or acronym) ends right at ``position``."""
    words = re.findall(r"[\w&-]+|\s+", context.text[max(0, position - 80) : position])
    builder = context.builder
    for size in range(len(words), 0, -1):
        name = "".join(words[-size:]).strip()
        key = builder.find(EntityType.ORGANISATION, name) if name and name[0].isupper() else None
        if key is not None:
            return key
    return None

