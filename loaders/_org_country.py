"""Countries of organisations as English prose states them.

``the Swedish cluster X`` / ``a Finnish company network X`` / ``the Lithuanian X
Cluster``: a country adjective before the name (with at most a few lowercase
type words between). ``X from Finland`` / ``X (Denmark)`` / ``X (ACR) in Gdańsk,
Poland``: a country named right after it. A name that only differs from another by a leading adjective
(``Lithuanian X Cluster`` / ``X Cluster``) is the same body. Only what is written
counts; a city inside a name gives no country.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._data import country_adjectives
from innograph.loaders._cities import city_country

__all__ = ["organisation_countries"]

_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|The|A|An)\s+(?P<adj>[A-Z][a-z]+)\s+"
    r"(?:(?!(?:and|or|by|with|of|from|to|in|for|at|on|as|is|was|were|are)\b)[a-z][\w-]*\s+){0,3}$")
_COUNTRY_AFTER = re.compile(r"^(?:\s+from\s+(?:the\s+)?|\s*\(\s*|(?:\s+\([A-Z][\w-]{1,12}\))?\s+(?:based\s+)?in\s+"
                            r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+,\s+)(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*\)|\b)")


def _adjective(word: str) -> str | None:
    return country_adjectives().get(word)


def _merge_adjective_variants(context: Context) -> None:
    """``Lithuanian X Cluster`` and ``X Cluster`` in one document: one body, in that country."""
    builder = context.builder
    for key in builder.keys(EntityType.ORGANISATION):
        label = builder.label_of(key)
        first, _, rest = label.partition(" ")
        country = _adjective(first)
        other = builder.find(EntityType.ORGANISATION, rest) if country and len(rest.split()) >= 2 else None
        if other is None or builder.resolve_key(other) == builder.resolve_key(key):
            continue
        mention = builder.mentions_of(key)[0]
        builder.attribute(key, AttributeName.COUNTRY, country, mention.start, mention.end, "country-adjective-in-name")
        builder.merge(key, other)
        builder.relabel(key, rest)


def _from_mentions(context: Context, key: str) -> None:
    builder = context.builder
    for mention in builder.mentions_of(key):
        line = context.view.line_at(mention.start)
        window = max(line.start, mention.start - 60)
        before = _ADJECTIVE_BEFORE.search(context.text[window : mention.start])
        country = _adjective(before["adj"]) if before else None
        start = window + before.start("adj") if before else mention.start
        if country is None:
            after = _COUNTRY_AFTER.match(context.text[mention.end : min(line.end, mention.end + 60)])
            country = country_from_word(after["country"]) if after and after["country"] in _names() else None
            start = mention.start
        if country:
            builder.attribute(key, AttributeName.COUNTRY, country, start, mention.end, "country-stated-next-to-name")
            return


def _names() -> frozenset[str]:
    from innograph.loaders._countries import country_words

    return country_words() - frozenset(country_adjectives())


_SEAT = re.compile(r"\b(?:founded|established|based|registered|located|headquartered|seated)\s+in\s+"
                   r"(?P<place>[^\W\d_a-z][\w-]+)(?:,\s+(?P<country>[A-Z][\w-]+))?")


def _seats(context: Context) -> None:
    """``X was founded in Kaunas, Lithuania`` / ``an association registered in Tartu``: where X is based."""
    builder = context.builder
    for match in _SEAT.finditer(context.text):
        line = context.view.line_at(match.start())
        before = builder.keys_between(max(line.start, match.start() - 200), match.start(), EntityType.ORGANISATION)
        if not before or builder.has_attribute(before[-1], AttributeName.COUNTRY):
            continue
        country = (country_from_word(match["country"]) if match["country"] else None) \
            or country_from_word(match["place"]) or city_country(match["place"])
        if country:
            builder.attribute(before[-1], AttributeName.COUNTRY, country, match.start(), match.end(), "seat-in-place")


_BOTH_FROM = re.compile(r",\s+(?:both|all(?:\s+\w+)?)\s+(?:from|based\s+in|in)\s+(?:the\s+)?(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _both_from(context: Context) -> None:
    """``The City of X and the Y Alliance, both from Poland``: each body named in the clause before."""
    builder = context.builder
    for match in _BOTH_FROM.finditer(context.text):
        country = country_from_word(match["country"])
        line = context.view.line_at(match.start())
        cut = max([line.start, *(line.start + m.end() for m in re.finditer(r"[.;:]\s", context.text[line.start : match.start()]))])
        for key in builder.keys_between(cut, match.start(), EntityType.ORGANISATION) if country else ():
            if not builder.has_attribute(key, AttributeName.COUNTRY):
                builder.attribute(key, AttributeName.COUNTRY, country, match.start(), match.end(), "both-from-country")


_FOUNDED = re.compile(r"\b(?:was|were)\s+(?:founded|established|set\s+up|created)\b[^.;]{0,60}?\bin\s+(?P<year>(?:19|20)\d\d)\b")


def _founding_years(context: Context) -> None:
    """``X was founded in Kaunas in 2014``: the organisation's start."""
    builder = context.builder
    for match in _FOUNDED.finditer(context.text):
        line = context.view.line_at(match.start())
        before = builder.keys_between(max(line.start, match.start() - 120), match.start(), EntityType.ORGANISATION)
        if before and not builder.has_attribute(before[0], AttributeName.START_DATE):
            builder.attribute(before[0], AttributeName.START_DATE, match["year"], match.start("year"), match.end("year"),
                              "organisation-founded-in")


#: A postal address: a postcode, a town and the country (``17, 70-412 Szczecin, Poland`` / ``3, 20308 Narva, Estonia``).
_POSTAL = re.compile(r"\b(?:[A-Z]{1,2}-?)?\d{2,5}(?:[- ]\d{2,3})?[ \t]+[A-ZÀ-ÞĀ-Ž][\w-]+,[ \t]+(?P<country>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")


def _postal_addresses(context: Context) -> None:
    """A body's postal address on its line, or on the line right under its name, gives its country."""
    builder = context.builder
    for match in _POSTAL.finditer(context.text):
        country = country_from_word(match["country"])
        line = context.view.line_at(match.start())
        above = context.view.lines[line.index - 1] if line.index > 0 else None
        named = builder.keys_between(line.start, match.start(), EntityType.ORGANISATION)
        if not named and above is not None and "\n\n" not in context.text[above.end : line.start]:
            named = [k for k in builder.keys_between(above.start, above.end, EntityType.ORGANISATION)
                     if any(m.start == above.start and m.end == above.end for m in builder.mentions_of(k))]
        if country and named and not builder.has_attribute(named[0], AttributeName.COUNTRY):
            builder.attribute(named[0], AttributeName.COUNTRY, country, match.start(), match.end(), "postal-address")


def _units_and_bodies(context: Context) -> None:
    """A unit and the body it is part of (``Lab at X University``, ``X Academy, Department of Y (FI)``)
    stand in one country: the one stated for either is the other's."""
    builder = context.builder
    for relation in builder.relations_named(RelationName.PART_OF):
        pair = (relation.subject, relation.object)
        if any(builder.type_of(key) is not EntityType.ORGANISATION for key in pair):
            continue
        for key, other in (pair, pair[::-1]):
            country = builder.value_of(other, AttributeName.COUNTRY)
            if country and not builder.has_attribute(key, AttributeName.COUNTRY):
                builder.attribute(key, AttributeName.COUNTRY, country, relation.evidence.start, relation.evidence.end,
                                  "country-of-unit-and-body")


def organisation_countries(context: Context) -> None:
    _merge_adjective_variants(context)
    _both_from(context)
    _seats(context)
    _postal_addresses(context)
    _founding_years(context)
    builder = context.builder
    for key in builder.keys(EntityType.ORGANISATION):
        if not builder.has_attribute(key, AttributeName.COUNTRY):
            _from_mentions(context, key)
    _units_and_bodies(context)
