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

__all__ = ["merge_bracket_fragments", "merge_bracketed_twins", "split_bracketed_originals"]

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


def _opens_bracket(between: str) -> bool:
    """`` (`` or `` (Latvian `` between two names: the second opens the bracket, after a country word at most."""
    match = re.fullmatch(r"\s*\(\s*(?:(?P<word>[^\W\d_]+)\s+)?", between)
    return match is not None and (match["word"] is None or country_from_word(match["word"]) is not None)


def merge_bracketed_twins(context: Context) -> None:
    """``Latvijos miškų institutas (Latvian Forest Institute)``: a body named alone in the brackets right after
    another body's name is that body under its original name (an acronym there may be a longer name's)."""
    builder = context.builder
    slots = sorted((m.start, m.end, key) for key in builder.keys(EntityType.ORGANISATION)
                   for m in builder.mentions_of(key))
    for (_s, end, key), (start, close, other) in zip(slots, slots[1:]):
        if _opens_bracket(context.text[end:start]) and context.text[close : close + 1] == ")" \
                and len(context.text[start:close].split()) >= 2 \
                and builder.resolve_key(key) != builder.resolve_key(other) \
                and builder.subtype_of(key) == builder.subtype_of(other):  # "asociacija (X klasteris)": two bodies
            label = builder.label_of(key)
            builder.merge(key, other)
            builder.relabel(key, label)


def merge_bracket_fragments(context: Context) -> None:
    """``Forest Research Institute`` read inside ``(Forest Research Institute of Latvia)``, a body's original
    name in brackets: when every mention of it lies inside such a bracketed name, it is that body."""
    builder = context.builder
    keys = builder.keys(EntityType.ORGANISATION)
    bracketed = [(m.start, m.end, key) for key in keys for m in builder.mentions_of(key)
                 if context.text[max(0, m.start - 1) : m.start] == "("]
    for key in keys:
        mentions = builder.mentions_of(key)
        outer = {builder.resolve_key(k) for m in mentions for s, e, k in bracketed
                 if s <= m.start and m.end <= e and (s, e) != (m.start, m.end)}
        if len(outer) == 1 and all(any(s <= m.start and m.end <= e for s, e, _k in bracketed) for m in mentions):
            other = outer.pop()
            if other != builder.resolve_key(key) and builder.subtype_of(other) == builder.subtype_of(key):
                label = builder.label_of(other)
                builder.merge(other, key)
                builder.relabel(other, label)
