"""Programme mentions from the gazetteer (``data/programmes.tsv``), in any case form."""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._data import Programme, programmes
from innograph.loaders._lt import stem

__all__ = ["find_programmes", "programme_entity", "programme_in", "programme_for_host"]


def _word_pattern(word: str) -> str:
    root = stem(word) if len(word) > 4 and word.isalpha() else word.lower()
    if root == word.lower():
        return re.escape(word)
    prefix = word[: len(root)]
    return re.escape(prefix) + r"\w{0,5}"


def _alias_pattern(alias: str) -> str:
    words = [_word_pattern(word) for word in alias.split()]
    return r"(?<![\w+])" + r"[\s\u00a0]+".join(words) + r"(?![\w+])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], Programme], ...]:
    pairs = []
    for programme in programmes():
        for alias in sorted({programme.label, *programme.aliases}, key=len, reverse=True):
            pairs.append((re.compile(_alias_pattern(alias)), programme))
    return tuple(pairs)


def programme_in(text: str) -> tuple[Programme, int, int] | None:
    """The first (longest at that place) gazetteer programme named in ``text``."""
    best: tuple[Programme, int, int] | None = None
    for pattern, programme in _patterns():
        match = pattern.search(text)
        if match and (best is None or (match.start(), -match.end()) < (best[1], -best[2])):
            best = (programme, match.start(), match.end())
    return best


def programme_for_host(host: str) -> Programme | None:
    host = host.lower().removeprefix("www.")
    return next((p for p in programmes() if host in p.hosts), None)


def programme_entity(context: Context, programme: Programme, start: int, end: int, rule: str) -> str:
    key = context.builder.entity(EntityType.PROGRAMME, start, end, rule, label=programme.label, language="en")
    context.builder.relabel(key, programme.label, "en")
    return key


def find_programmes(context: Context) -> None:
    """Every gazetteer programme mention becomes (a mention of) a Programme entity."""
    taken: list[tuple[int, int]] = []
    for pattern, programme in _patterns():
        for match in pattern.finditer(context.text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            programme_entity(context, programme, match.start(), match.end(), "programme-gazetteer")
