"""Finding entities by name: every label (preferred, alternative, rdfs:label, acronym) in every language,
folded to lower-case ASCII words, ranked exact > prefix > words > substring > fuzzy.

>>> fold("Lietuvos inovacijų  Centras!")
'lietuvos inovaciju centras'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

__all__ = ["Entry", "Hit", "SearchIndex", "fold", "locate", "MATCHES"]

_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ı": "i", "œ": "oe"})
_WORD = re.compile(r"\w+")
#: match kinds, best first, with the score each starts from
MATCHES = {"exact": 400.0, "prefix": 300.0, "words": 250.0, "substring": 200.0, "fuzzy": 0.0}
FUZZY_CUTOFF = 85.0  # rapidfuzz scores, 0-100
WORD_CUTOFF = 75.0  # each word of a fuzzy match


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain)).replace("_", " ")


def locate(text: str, query: str) -> tuple[int, int] | None:
    """Where in ``text`` the folded ``query`` occurs, as (start, end) in ``text``; None if nowhere.

    >>> text = "Mokslo, inovacijų ir technologijų agentūra"
    >>> start, end = locate(text, "MOKSLO inovaciju")
    >>> text[start:end]
    'Mokslo, inovacijų'
    """
    wanted = fold(query)
    folded: list[str] = []
    origin: list[int] = []  # index in text of each character of folded
    for index, char in enumerate(text):
        for piece in fold(char) or " ":
            if piece == " " and (not folded or folded[-1] == " "):
                continue
            folded.append(piece)
            origin.append(index)
    found = "".join(folded).find(wanted) if wanted else -1
    return None if found < 0 else (origin[found], origin[found + len(wanted) - 1] + 1)


@dataclass(frozen=True)
class Entry:
    iri: str
    label: str  # the entity's display label
    types: tuple[str, ...]  # class IRIs, most specific first
    names: tuple[str, ...]  # every label and acronym
    note: str = ""  # a title or description, for the snippet


@dataclass(frozen=True)
class Hit:
    entry: Entry
    match: str  # a key of MATCHES
    matched: str  # the name that matched
    score: float


def _kind(query: str, name: str) -> str | None:
    if name == query:
        return "exact"
    if name.startswith(query):
        return "prefix"
    words = name.split()
    if all(any(word.startswith(q) for word in words) for q in query.split()):
        return "words"
    return "substring" if query in name else None


class SearchIndex:
    """Labels of entities, folded once; :meth:`search` ranks the entities a query names."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = list(entries)
        self._names: list[tuple[str, int, str]] = []  # (folded name, entry index, name)
        for index, entry in enumerate(self.entries):
            for name in dict.fromkeys(entry.names):
                if folded := fold(name):
                    self._names.append((folded, index, name))
        self._vocabulary: dict[str, set[int]] = {}  # word -> positions in _names of the names that have it
        for position, (folded, _, _) in enumerate(self._names):
            for word in folded.split():
                self._vocabulary.setdefault(word, set()).add(position)

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        wanted = fold(query)
        if not wanted:
            return []
        best: dict[int, Hit] = {}
        for folded, index, name in self._names:
            kind = _kind(wanted, folded)
            if kind is not None:
                # a closer length is a closer match: "ivita" before "ivita sveikatingumo klasteris"
                self._keep(best, index, kind, name, MATCHES[kind] + 99.0 * len(wanted) / len(folded))
        for score, position in self._fuzzy(wanted):
            _, index, name = self._names[position]
            self._keep(best, index, "fuzzy", name, score)
        return sorted(best.values(), key=lambda h: (-h.score, h.entry.label.casefold(), h.entry.iri))[:limit]

    def _fuzzy(self, wanted: str) -> list[tuple[float, int]]:
        """(score, name position) of names whose words are near spellings of every query word
        ("nordjyland" ~ "nordjylland region"), or that have the same letters spaced differently
        ("scan balt" ~ "ScanBalt")."""
        found: list[tuple[float, int]] = []
        solid = [folded.replace(" ", "") for folded, _, _ in self._names]
        for _, score, position in process.extract(wanted.replace(" ", ""), solid, scorer=fuzz.ratio,
                                                  score_cutoff=FUZZY_CUTOFF, limit=None):
            found.append((score, position))
        return found + self._near_words(wanted.split())

    def _near_words(self, words: list[str]) -> list[tuple[float, int]]:
        scores: dict[int, float] | None = None
        for word in words:
            near: dict[int, float] = {}
            for key, score, _ in process.extract(word, list(self._vocabulary), scorer=fuzz.ratio,
                                                 score_cutoff=WORD_CUTOFF, limit=None):
                for position in self._vocabulary[key]:
                    near[position] = max(near.get(position, 0.0), score)
            scores = near if scores is None else {p: scores[p] + s for p, s in near.items() if p in scores}
        return [(total / len(words), p) for p, total in (scores or {}).items() if total / len(words) >= FUZZY_CUTOFF]

    def _keep(self, best: dict[int, Hit], index: int, kind: str, name: str, score: float) -> None:
        if index not in best or score > best[index].score:
            best[index] = Hit(self.entries[index], kind, name, score)
