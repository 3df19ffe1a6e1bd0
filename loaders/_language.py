"""Language of a document: ``en``, ``lt``, ``mixed`` (two substantial languages) or ``und``.

lingua is restricted to the languages this corpus can contain and the detector
is built once. Long documents are judged on a bounded sample of their blocks.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["detect_language"]

_LANGUAGES = (
    Language.ENGLISH, Language.LITHUANIAN, Language.GERMAN, Language.POLISH, Language.LATVIAN,
    Language.ESTONIAN, Language.FINNISH, Language.SWEDISH, Language.DANISH, Language.RUSSIAN,
)
_MIN_BLOCK = 40  # characters: shorter blocks (captions, dates) say little
_MAX_BLOCKS = 200
_MAX_BLOCK_CHARS = 2000
_MIXED_SHARE = 0.2  # the second language must cover this share of the text


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).build()


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def _blocks(text: str) -> list[str]:
    blocks = [block.strip() for block in text.split("\n") if len(block.strip()) >= _MIN_BLOCK]
    if len(blocks) > _MAX_BLOCKS:
        step = len(blocks) / _MAX_BLOCKS
        blocks = [blocks[int(index * step)] for index in range(_MAX_BLOCKS)]
    return [block[:_MAX_BLOCK_CHARS] for block in blocks]


def detect_language(text: str) -> str:
    """``en``/``lt``/... for one dominant language, ``mixed`` for two, ``und`` if unsure."""
    shares: Counter[str] = Counter()
    for block in _blocks(text):
        language = _detector().detect_language_of(block)
        if language is not None:
            shares[_code(language)] += len(block)
    if not shares:
        short = _detector().detect_language_of(text[:_MAX_BLOCK_CHARS]) if text.strip() else None
        return _code(short) if short is not None and len(text.strip()) >= 10 else "und"
    total = sum(shares.values())
    ranked = shares.most_common(2)
    if len(ranked) == 2 and ranked[1][1] / total >= _MIXED_SHARE:
        return "mixed"
    return ranked[0][0]

