"""Lithuanian case forms: nominative of an inflected word, and a case-free stem.

Driven by ``data/lt_endings.tsv``; no word lists. ``nominative`` only changes a
word whose ending is an oblique-case ending and not also a nominative one, so
foreign names in the nominative (``Fesenko``) are left alone by callers that
first check :func:`case_of` for every word of a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from innograph.loaders._data import lt_endings

__all__ = ["FEMALE", "case_of", "is_verb", "nominative", "person_nominative", "roots", "same_lemma", "stem"]

#: Endings of Lithuanian women's surnames (married, unmarried) in the nominative.
FEMALE = re.compile(r"(?:ienė|aitė|ytė|utė|ūtė)$")

_MIN_STEM = 3


@lru_cache(maxsize=4096)
def _analyses(word: str) -> tuple[tuple[str, str, str], ...]:
    """All (class, case, ending) whose ending ends ``word`` leaving a real stem."""
    lower = word.lower()
    return tuple(
        row
        for row in lt_endings()
        if lower.endswith(row[2]) and len(lower) - len(row[2]) >= _MIN_STEM and row[0] != "verb"
    )


def is_verb(word: str) -> bool:
    """A lowercase word with a past-tense or infinitive ending (``šturmavo``, ``registruotis``)."""
    lower = word.lower()
    return word == lower and any(
        row[0] == "verb" and lower.endswith(row[2]) and len(lower) > len(row[2]) + 2 for row in lt_endings()
    )


def case_of(word: str) -> str | None:
    """``"nom"`` when the word can be a nominative, else the longest ending's case."""
    analyses = _analyses(word)
    if not analyses:
        return None
    longest = len(analyses[0][2])
    best = [row for row in analyses if len(row[2]) == longest]
    if any(row[1] == "nom" for row in best):
        return "nom"
    return best[0][1]


def nominative(word: str) -> str:
    """The nominative form of an inflected Lithuanian word (best guess)."""
    analyses = _analyses(word)
    if not analyses or case_of(word) == "nom":
        return word
    cls, _case, ending = analyses[0]
    nominative_ending = next(
        (row[2] for row in lt_endings() if row[0] == cls and row[1] in ("nom", "pl_nom")), ending
    )
    base = word[: len(word) - len(ending)]
    if cls in ("is", "ys") and ending.startswith("i"):  # -čio/-džio are case forms of -tis/-dis
        base = re.sub(r"dž$", "d", re.sub(r"č$", "t", base))
    if word[-len(ending):].isupper():
        nominative_ending = nominative_ending.upper()
    return base + nominative_ending


def stem(word: str) -> str:
    """The word without its case ending (lowercase), for matching case forms."""
    analyses = _analyses(word)
    lower = word.lower()
    if not analyses:
        return lower
    return lower[: len(lower) - len(analyses[0][2])]


def roots(word: str) -> frozenset[str]:
    """Every reading of ``word`` without a case ending, accents folded (``Šiaulių``: ``siauli``, ``siaul``...)."""
    lower = word.lower()
    found = {lower, *(lower[: len(lower) - len(ending)] for _c, _k, ending in _analyses(word))}
    return frozenset(unicodedata.normalize("NFKD", r).encode("ascii", "ignore").decode("ascii") for r in found)


def same_lemma(word: str, lemma: str) -> bool:
    """``Vokietijoje`` is a case form of ``Vokietija`` (same root *and* declension class)."""
    lower, lemma_lower = word.lower(), lemma.lower()
    if lower == lemma_lower:
        return True
    for cls, _case, ending in _analyses(word):
        nominative_ending = next((r[2] for r in lt_endings() if r[0] == cls and r[1] in ("nom", "pl_nom")), None)
        if nominative_ending and lemma_lower.endswith(nominative_ending):
            if lower[: len(lower) - len(ending)] == lemma_lower[: len(lemma_lower) - len(nominative_ending)]:
                return True
    return False


def person_nominative(name: str) -> str | None:
    """``Astos Pundzienės`` -> ``Asta Pundzienė`` when every word is in one oblique case; a woman in the
    instrumental (``su Aiste Rimkute``) too."""
    words = name.split()
    body = [w for w in words if not w.endswith(".")]
    if body and body[-1].endswith("e") and FEMALE.search(body[-1][:-1] + "ė"):
        return " ".join(w[:-1] + "ė" if w in body and w.endswith("e") else w for w in words)
    cases = {case_of(w) for w in body}
    if len(cases) != 1 or None in cases or "nom" in cases or not any(FEMALE.search(nominative(w)) or
                                                                      case_of(w) in ("gen", "ins") for w in body):
        return None
    return " ".join(w if w.endswith(".") else nominative(w) for w in words)
