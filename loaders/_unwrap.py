"""Hard-wrapped prose (text taken from a PDF or a plain-text newsletter) joined back into lines.

A text laid out at a fixed width breaks its sentences and names over lines
(``Harbour Trust of Nordby\\n(HTN) acts as lead partner``). Where the layout
clearly is hard-wrapped — many lines of prose of nearly one width — a line that
reaches that width and runs on into the next line of its paragraph is joined to
it. The break becomes a space, so the text keeps its length and every offset.
"""

from __future__ import annotations

import re
import statistics

__all__ = ["unwrap"]

_MIN_PROSE_LINES = 8  # a layout needs this many wrapped lines to count as hard-wrapped
_MAX_WIDTH = 120  # a wrapped layout is narrower than this; paragraphs one line each are far longer
_FULL = 0.7  # a line this share of the width or longer was broken by the layout, not by its writer
_NARROW_SHARE = 0.8  # this share of prose lines keeps within the width
_RUN_ON_SHARE = 0.6  # this share of prose lines breaks off inside a sentence
#: A line that is no running prose: a bullet, a ``Label: value`` field, columns apart by gaps, a rule.
_NOT_PROSE = re.compile(r"^(?:[-•*▪►▸‣♦◆■–—]\s|\d{1,2}[.)]\s|[\w ()/-]{1,30}:(?:\s|$))|\S(?: {3,}|\t)\S|\s[|·•]\s|^\W*$")


def _prose(line: str) -> bool:
    return len(line.split()) >= 4 and _NOT_PROSE.search(line.strip()) is None


def _width(lines: list[str]) -> int | None:
    """The width prose lines are wrapped at, when the text is hard-wrapped."""
    lengths = sorted(len(line.strip()) for line in lines if _prose(line))
    if len(lengths) < _MIN_PROSE_LINES:
        return None
    width = lengths[int(len(lengths) * _NARROW_SHARE) - 1]
    run_on = sum(not line.rstrip().endswith((".", "!", "?", ":")) for line in lines if _prose(line))
    if width > _MAX_WIDTH or lengths[-1] > width * 1.5 or statistics.median(lengths) < width * _FULL \
            or run_on < len(lengths) * _RUN_ON_SHARE:
        return None
    return width


def _joins(line: str, following: str, width: int) -> bool:
    """``line`` runs on into ``following``: it is full-width prose and the next line carries on its paragraph."""
    body, after = line.strip(), following.strip()
    indented = line[:1].isspace() or following[:1].isspace()  # an indented block is a list, not running prose
    return bool(after) and not indented and len(body) >= width * _FULL and len(body) <= width * 1.2 \
        and _NOT_PROSE.search(body) is None and _NOT_PROSE.search(after) is None and not body.endswith(":")


def unwrap(text: str) -> str:
    """``text`` with the breaks of hard-wrapped paragraphs made spaces (same length, same offsets)."""
    lines = text.split("\n")
    width = _width(lines)
    if width is None:
        return text
    joined = [line + (" " if index + 1 < len(lines) and _joins(line, lines[index + 1], width) else "\n")
              for index, line in enumerate(lines)]
    return "".join(joined)[: len(text)]
