"""Lithuanian organisation and event names in the text, as entities.

Each type-word-anchored name (:mod:`._lt_names`) becomes an entity with a
nominative label; the proper-name part (``SMART Food`` of ``SMART Food
klasteris``) and a following acronym (``(MITA)``, ``asociacija LINPRA``) are its
aliases. A name inside a longer one (``Ukrainos ... akademijos`` in ``Ukrainos
... akademijos Fizikos instituto``) is the body the longer one is part of.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_code, country_from_word
from innograph.loaders._lt_names import LtName, lt_names
from innograph.loaders._names import is_acronym
from innograph.loaders._orgs import make_org
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._text import sentences

__all__ = ["find_lt_names"]

_ACRONYM_AFTER = re.compile(r"^\s*(?:\((?P<bracket>[A-Za-zĄ-ž][\w-]{1,15})\)|(?P<bare>[A-Z][A-Za-z]{2,10})\b)")
_FROM_COUNTRY = re.compile(r"\biš\s+(?P<country>[A-ZĄČĘĖĮŠŲŪŽ]\w+)\s*[„“\"]?$")


def _event(context: Context, name: LtName) -> str:
    key = context.builder.entity(EntityType.EVENT, name.start, name.end, "lt-typed-name",
                                 subtype=name.head.subtype, language="lt")
    return key


def _org(context: Context, name: LtName) -> str | None:
    found = programme_in(context.text[name.start : name.end])
    if found is not None:
        programme, start, end = found
        return programme_entity(context, programme, name.start + start, name.start + end, "lt-typed-name")
    if name.bare is not None and name.bare == (name.start, name.end):
        key = make_org(context, name.start, name.end, "lt-name-and-type-word", subtype=name.head.subtype)
    else:
        key = make_org(context, name.start, name.end, "lt-typed-name", subtype=name.head.subtype)
        if key is not None and name.bare is not None:
            context.builder.alias(key, name.bare[0], name.bare[1], "lt-typed-name")
    if key is not None:
        _acronym(context, key, name.end)
        _from_country(context, key, name)
    return key


def _acronym(context: Context, key: str, end: int) -> None:
    match = _ACRONYM_AFTER.match(context.text[end : end + 24])
    if match is None:
        return
    group = "bracket" if match["bracket"] else "bare"
    value = match[group]
    if not is_acronym(value) or country_from_word(value) or country_code(value):
        return
    start = end + match.start(group)
    context.builder.alias(key, start, start + len(value), "lt-acronym")
    context.builder.attribute(key, AttributeName.ACRONYM, value, start, start + len(value), "lt-acronym")


def _from_country(context: Context, key: str, name: LtName) -> None:
    """``Viešnia iš Ispanijos „AVAESEN“ klasterio``: the body is from Spain."""
    match = _FROM_COUNTRY.search(context.text[max(0, name.start - 40) : name.start])
    country = country_from_word(match["country"]) if match else None
    if country:
        context.builder.attribute(key, AttributeName.COUNTRY, country, name.start - 40 + match.start(),
                                  name.head_start, "lt-from-country")


def find_lt_names(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            found = lt_names(sentence.text, sentence.start)
            keys: list[tuple[LtName, str]] = []
            for name in found:
                if name.head.cls == EntityType.ORGANISATION.value:
                    key = _org(context, name)
                elif name.head.cls == EntityType.EVENT.value:
                    key = _event(context, name)
                else:
                    key = None
                if key is not None:
                    keys.append((name, key))
            _nested(context, keys)


def _nested(context: Context, keys: list[tuple[LtName, str]]) -> None:
    for outer, outer_key in keys:
        for inner, inner_key in keys:
            if inner_key != outer_key and outer.start == inner.start and inner.end < outer.end \
                    and context.builder.type_of(inner_key) is context.builder.type_of(outer_key):
                context.builder.relation(outer_key, RelationName.PART_OF, inner_key, outer.start, outer.end,
                                         "lt-nested-name")
