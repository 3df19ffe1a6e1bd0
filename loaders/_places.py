"""Cities and their countries, from Lithuanian (in any case) and English names.

``Klaipėdoje`` (in Klaipėda), ``Kaune`` and ``in Kaunas`` all name a Lithuanian
city. The table is ``data/places.tsv``; Lithuanian case forms are matched through
their stem and declension class (:func:`._lt.same_lemma`).
"""

from __future__ import annotations

from functools import lru_cache

from innograph.loaders._data import _rows
from innograph.loaders._lt import _analyses, case_of, same_lemma, stem

__all__ = ["Place", "place_of", "place_in"]

Place = tuple[str, str]  # (city in the nominative of the language it was written in, ISO alpha-2)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Place], dict[str, tuple[str, Place]]]:
    exact: dict[str, Place] = {}
    stems: dict[str, tuple[str, Place]] = {}
    for lithuanian, english, country in _rows("places.tsv"):
        names = english.split("|")
        place = (names[0], country)
        for name in (lithuanian, *names):
            exact[name] = place
        if " " not in lithuanian:
            for root in _roots(lithuanian):
                stems.setdefault(root, (lithuanian, place))
    return exact, stems


def _roots(word: str) -> list[str]:
    """Every reading of ``word`` without a case ending (``Šiauliai``: ``šiaul``, ``šiauli``)."""
    lower = word.lower()
    return [stem(word), *(lower[: len(lower) - len(ending)] for _c, _k, ending in _analyses(word))]


def place_of(word: str, *, locative: bool = False) -> Place | None:
    """The city ``word`` names (``Kaune`` -> ``("Kaunas", "LT")``); ``locative``: only an *in X* form."""
    exact, stems = _table()
    if word in exact:
        return (word, exact[word][1]) if not locative or case_of(word) != "nom" else None
    roots = _roots(word) if word[:1].isupper() and len(word) > 3 else []
    found = next((stems[r] for r in roots if r in stems and same_lemma(word, stems[r][0])), None)
    if found is None:
        return None
    if locative and case_of(word) not in ("loc", "pl_loc"):
        return None
    return found[0], found[1][1]


def place_in(words: list[str]) -> tuple[int, Place] | None:
    """(index, place) of the first Lithuanian locative (``Klaipėdoje``), ``į`` + city (``Į Vilnių``) or English
    ``in X`` city in ``words``."""
    for index, word in enumerate(words):
        english = index > 0 and words[index - 1] == "in" and word in _table()[0]
        into = index > 0 and words[index - 1] in ("į", "Į") and case_of(word) not in (None, "nom")  # "Į Vilnių susirinko"
        found = (word, _table()[0][word][1]) if english else place_of(word, locative=not into)
        if found is not None:
            return index, found
    return None
