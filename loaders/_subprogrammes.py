"""Strands, actions and instruments named right after a programme.

``Programme: Erasmus+ Alliances for Innovation (Lot 1)`` / ``Horizon Europe (Cluster 5 –
Climate, Energy and Mobility)`` / ``(Erasmus+ KA220-VET)``: the words after a known
programme's name (or in the brackets right after it) name a part of that programme,
which funds the project as well as the programme does. A period (``2021-2027``), a lot,
priority or call number, or another known programme is no such part.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._programmes import programme_in

__all__ = ["sub_programme"]

_BRACKETED = re.compile(r"\s*\((?P<part>[^()\n]{3,100})\)")
_PLAIN = re.compile(r"\s+(?:[–—-]\s+)?(?P<part>[^()\n,;|]{2,100}?)\s*(?=[(,;|]|\.(?:\s|$)|$)")
_NOT_A_PART = re.compile(r"(?i)^(?:\d[\d\s/–—-]*|(?:lot|priority|call|objective|measure|no\.?|nr\.?)\b.*|programme|program|"
                         r"(?:19|20)\d\d.*)$")
#: ``Cluster 6 - Food, Bioeconomy and Environment``: a numbered part and its title, commas and all, to the line's end.
_NUMBERED = re.compile(r"\s+(?:[–—-]\s+)?(?P<part>[A-Z][a-z]+\s+\d{1,2}\s*[–—-]\s*[A-Z][^()\n|;]{2,120}?)\s*(?=\n|$)")
_MAX_WORDS = 12


def _part(text: str) -> tuple[int, int] | None:
    """Span in ``text`` (what follows a programme's name) of the part it names, if any."""
    match = _BRACKETED.match(text) or _NUMBERED.match(text) or _PLAIN.match(text)
    if match is None:
        return None
    part = match["part"].strip()
    words = part.split()
    bracketed = match.re is _BRACKETED
    if _NOT_A_PART.match(part) or len(words) > _MAX_WORDS or programme_in(part + " ") is not None \
            or not (part[:1].isupper() or part[:1].isdigit()) or bracketed and len(words) < 2:
        return None
    start = match.start("part") + (len(match["part"]) - len(match["part"].lstrip()))
    return start, start + len(part)


def sub_programme(context: Context, project: str, programme: str, text: str, offset: int, rule: str) -> str | None:
    """The part of ``programme`` named by ``text`` (which starts right after the programme's name, at
    ``offset``): a programme part of it, funding ``project``."""
    span = _part(text)
    if span is None:
        return None
    builder = context.builder
    key = builder.entity(EntityType.PROGRAMME, offset + span[0], offset + span[1], rule)
    if builder.resolve_key(key) == builder.resolve_key(programme):
        return None
    builder.relation(key, RelationName.PART_OF, programme, offset + span[0], offset + span[1], rule)
    builder.relation(project, RelationName.FUNDED_BY, key, offset + span[0], offset + span[1], rule)
    return key
