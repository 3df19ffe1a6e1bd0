"""What the English project passes read alike: cue words, years in brackets, apposition.

Shared by ``_project_links`` (projects named in passing, related projects),
``_project_prose`` (prose about a project's programme, partners and period) and
``_project_facts`` (a project's period, number and funding), so that each wording
has one pattern and each way of writing a fact one helper.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._dates import DateValue
from innograph.loaders._programmes import programme_entity, programme_in

__all__ = ["APPOSED", "LATER", "YEARS", "YEAR_RANGE", "add_period", "add_years", "programme_within",
           "project_named"]

#: ``2019–2022``: a start year ``y1`` and an end year ``y2`` joined by a hyphen or dash.
YEAR_RANGE = r"(?P<y1>(?:19|20)\d\d)\s*[–—-]\s*(?P<y2>(?:19|20)\d\d)"
#: A year range standing as words of its own.
YEARS = re.compile(rf"\b{YEAR_RANGE}\b")
#: ``NAME, a …`` / ``NAME, the …``: the comma and article of a name in apposition.
APPOSED = r",\s+(?:an?|the)\s+"
#: Words that make the project named next a later one (``sister``, ``follow-up`` …).
LATER = r"(?:sister|twin|follow-up|follow-on|successor)"


def add_period(context: Context, key: str, values: tuple[DateValue, DateValue], start: int, end: int, rule: str) -> None:
    """The project's start and end dates, both read from ``text[start:end]``."""
    context.builder.attribute(key, AttributeName.START_DATE, values[0], start, end, rule)
    context.builder.attribute(key, AttributeName.END_DATE, values[1], start, end, rule)


def add_years(context: Context, key: str, match: re.Match[str], offset: int, rule: str) -> None:
    """The project's start and end years, from the ``y1`` and ``y2`` groups of a ``YEAR_RANGE`` match."""
    for name, group in ((AttributeName.START_DATE, "y1"), (AttributeName.END_DATE, "y2")):
        context.builder.attribute(key, name, match[group], offset + match.start(group), offset + match.end(group), rule)


def project_named(context: Context, name: str, start: int, rule: str) -> str | None:
    """The project ``name`` (at ``start``) names: a known project, else a new one; None if it names something else."""
    known = context.builder.find_any(name)
    if known is not None:
        return known if context.builder.type_of(known) is EntityType.PROJECT else None
    return context.builder.entity(EntityType.PROJECT, start, start + len(name), rule)


def programme_within(context: Context, piece: str, offset: int, rule: str) -> tuple[str, int] | None:
    """(key, end within ``piece``) of the programme ``piece`` names; ``piece`` stands at ``offset`` in the text."""
    found = programme_in(piece + " ")
    if found is None:
        return None
    return programme_entity(context, found[0], offset + found[1], offset + found[2], rule), found[2]
