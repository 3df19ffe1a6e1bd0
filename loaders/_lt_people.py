"""Lithuanian people in their case forms: ``T. Jankausko`` and ``Tomo Jankausko`` are ``Tomas Jankauskas``.

News name a person in full once (``direktorius Tomas Jankauskas``) and later by an
initial or in another case (``T. Jankausko teigimu``, ``Pasak T. Jankausko``). A
later form whose initial and case-free stems agree with a known person is that
person (another surface form). A name before ``teigimu`` / ``nuomone`` /
``žodžiais`` (``in the words of``) is a person even when not named before.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._lt import case_of, nominative, same_lemma

__all__ = ["find_lt_people"]

_UPPER = "A-ZĄČĘĖĮŠŲŪŽ"
_LOWER = "a-ząčęėįšųūž"
_NAME = re.compile(rf"(?<![\w.])(?P<first>[{_UPPER}]\.|[{_UPPER}][{_LOWER}]+)\s(?P<last>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)\b")
#: ``X teigimu`` (as X says), ``X nuomone`` (in X's opinion), ``X žodžiais`` (in X's words).
_ACCORDING = re.compile(r"\s+(?:teigimu|nuomone|žodžiais|manymu|įsitikinimu)\b")


def _same(word: str, known: str) -> bool:
    """A case form of ``known`` (``Jankausko`` / ``Jankauskas``, ``Gudelienės`` / ``Gudelienė``)."""
    return word == known or (len(word) > 3 and same_lemma(word, known))


def _known(context: Context, first: str, last: str) -> str | None:
    for key in context.builder.keys(EntityType.PERSON):
        words = context.builder.label_of(key).split()
        if len(words) < 2 or not _same(last, words[-1]):
            continue
        if first.endswith(".") and words[0][0] == first[0] or _same(first, words[0]):
            return key
    return None


def _label(first: str, last: str) -> str | None:
    """Nominative label when the surname is in an oblique case (``T. Jankausko`` -> ``T. Jankauskas``)."""
    if case_of(last) in (None, "nom"):
        return None
    return f"{first if first.endswith('.') else nominative(first)} {nominative(last)}"


def find_lt_people(context: Context) -> None:
    builder = context.builder
    for match in _NAME.finditer(context.text):
        key = _known(context, match["first"], match["last"])
        if key is not None:
            builder.alias(key, match.start(), match.end(), "lt-person-case-form")
        elif _ACCORDING.match(context.text, match.end()) and builder.find_any(match.group()) is None:
            builder.entity(EntityType.PERSON, match.start(), match.end(), "lt-according-to-name",
                           label=_label(match["first"], match["last"]), language="lt")
