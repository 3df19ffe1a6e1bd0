"""A list item or table cell that gives a body's original name in brackets after its Lithuanian one.

``Rygos scenos menų centras (Rīgas Skatuves mākslas centrs)``, ``Tartu teatro laboratorija
(Tartu Teatrilabor, Estija)``: one body under two names (and its country), not one name
with a bracket in it.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word

__all__ = ["split_bracketed_originals"]

_WHOLE = re.compile(r"(?P<name>[^\W\d][^()]*?[^\s(])\s*\((?P<orig>[^\W\d][^(),]*?[^\s(),])"
                    r"(?:,\s*(?P<country>[^\W\d][^(),]*))?\)")


def _split(context: Context, key: str, start: int, end: int) -> None:
    match = _WHOLE.fullmatch(context.text, start, end)
    if match is None or len(match["orig"].split()) < 2 and not match["country"]:
        return
    country = country_from_word(match["country"]) if match["country"] else None
    if match["country"] and country is None:
        return  # "(Tartu, Kauno skyrius)": not a name and a country
    builder = context.builder
    builder.alias(key, *match.span("name"), "lt-original-name-in-item")
    builder.alias(key, *match.span("orig"), "lt-original-name-in-item")
    builder.relabel(key, match["name"])
    if country is not None:
        builder.attribute(key, AttributeName.COUNTRY, country, *match.span("country"), "lt-original-name-in-item")


def split_bracketed_originals(context: Context) -> None:
    builder = context.builder
    for key in builder.keys(EntityType.ORGANISATION):
        for mention in builder.mentions_of(key):
            if "(" in mention.quote and mention.quote.endswith(")"):
                _split(context, builder.resolve_key(key), mention.start, mention.end)
