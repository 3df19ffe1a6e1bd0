"""The body in brackets after a speaker's name, when no pass has named it yet.

``Confirmed speakers include Jonas Ozols (BioRiga)``: in a sentence about speakers, the
brackets after a person's name hold the body the person comes from. It is taken when it
reads as a body: headed by a type word (``X Cluster``) or one mixed-case word (``BioRiga``).
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._orgs import head_type, make_org

__all__ = ["speakers_body"]

_SPEAKER_CUE = re.compile(r"(?i)\b(?:speakers?|keynotes?|panel+ists?|presenters?|spoke|presented|moderat\w+)\b")
_MIXED = re.compile(r"[A-Z][^\W\d_]*[A-Z][^\W\d_]*")


def speakers_body(context: Context, sentence: str, org: str, start: int) -> str | None:
    """Key of the body ``org`` (at ``start``) when ``sentence`` speaks of speakers and ``org`` reads as one."""
    if not _SPEAKER_CUE.search(sentence):
        return None
    if head_type(org)[0] != EntityType.ORGANISATION.value and not _MIXED.fullmatch(org):
        return None
    within = _named_within(context, org)
    if within is not None:  # "Research Centre „BioRiga“" named before: the same body
        context.builder.alias(within, start, start + len(org), "name-and-organisation-in-brackets")
        return within
    return make_org(context, start, start + len(org), "name-and-organisation-in-brackets")


def _named_within(context: Context, org: str) -> str | None:
    """The body one of whose names holds ``org`` quoted or bracketed (``X centrs „BioRiga“``)."""
    inner = re.compile(rf"[„“\"(]{re.escape(org)}(?:[”“\")]|$)")
    return next((key for key in context.builder.keys(EntityType.ORGANISATION)
                 if any(inner.search(name) for name in context.builder.names_of(key))), None)
