"""HTTP content negotiation: pick one of the media types we can write from ``Accept``.

RFC 9110 §12.5.1: each media range has a quality (``q``, default 1); the quality
of a type is the one of the *most specific* range that matches it (``text/csv``
beats ``text/*`` beats ``*/*``); ``q=0`` means "not acceptable". Among the types
with the highest quality the server's own order of preference decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MediaRange", "parse_accept", "choose", "names_explicitly", "base_type"]


@dataclass(frozen=True)
class MediaRange:
    type: str  # "text", "*"
    subtype: str  # "csv", "*"
    q: float

    def specificity(self, media_type: str) -> int:
        """-1 if this range does not match ``media_type``; else 0 (*/*), 1 (type/*) or 2 (exact)."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def base_type(media_type: str) -> str:
    """``"text/csv; charset=utf-8"`` -> ``"text/csv"`` (lower case, no parameters)."""
    return media_type.split(";", 1)[0].strip().lower()


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an ``Accept`` header; an absent or blank header accepts anything."""
    if header is None or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for item in header.split(","):
        parsed = _parse_range(item)
        if parsed is not None:
            ranges.append(parsed)
    return ranges


def _parse_range(item: str) -> MediaRange | None:
    media, *params = item.split(";")
    kind, slash, sub = base_type(media).partition("/")
    if not slash or not kind or not sub:
        return None  # a malformed range matches nothing
    q = 1.0
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                q = min(max(float(value.strip()), 0.0), 1.0)
            except ValueError:
                q = 0.0
    return MediaRange(kind, sub, q)


def _quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    best, best_specificity = 0.0, -1
    for media_range in ranges:
        specificity = media_range.specificity(media_type)
        if specificity > best_specificity:
            best, best_specificity = media_range.q, specificity
    return best


def choose(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer (in the server's order of preference) the client likes best, or None.

    >>> choose("text/csv;q=0.5, application/*", ["text/csv", "application/sparql-results+json"])
    'application/sparql-results+json'
    >>> choose("text/*, text/csv;q=0", ["text/csv"]) is None
    True
    """
    ranges = parse_accept(accept)
    scored = [(_quality(ranges, offer), -index, offer) for index, offer in enumerate(offers)]
    quality, _, offer = max(scored, default=(0.0, 0, ""))
    return offer if quality > 0 else None


def names_explicitly(accept: str | None, media_type: str) -> bool:
    """True when ``Accept`` lists ``media_type`` itself (not through a wildcard) with q > 0.

    Browsers send ``text/html`` explicitly; command-line clients send ``*/*``.
    """
    return any(r.specificity(media_type) == 2 and r.q > 0 for r in parse_accept(accept))
