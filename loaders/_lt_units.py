"""Units of Lithuanian bodies: faculties, departments and divisions, and the body each is part of.

``KTU Chemijos fakultetas`` / ``Kauno universiteto (KU) Chemijos fakultetas`` (the unit right
after its parent's acronym or genitive name; the unit named alone elsewhere is the same
one); ``fakultetas įtrauks savo Fizikos katedrą`` (the subject's unit);
``Savivaldybėje ... atsakingas Planavimo skyrius`` (a sentence set in a body, by its type
word in the locative, names that body's unit). Unit words: ``data/lt_unit_words.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._data import _rows
from innograph.loaders._lt import case_of, roots
from innograph.loaders._lt_slots import mentions_in, orgs_in, referent, referent_by_head
from innograph.loaders._names import type_word
from innograph.loaders._text import Span, sentences

__all__ = ["find_lt_units"]

_ORG = EntityType.ORGANISATION
_BETWEEN = re.compile(r"\s+(?:\([^()\s]{1,15}\)\s+)?")
_OWN = re.compile(r"\bsavo\s+")
_SET_IN = re.compile(r"^\W*(?P<word>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+(?:je|oje|ėje|uje))\b")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(row[0].strip() for row in _rows("lt_unit_words.tsv"))


def _is_unit(name: str) -> bool:
    found = type_word(name.split()[-1]) if name.split() else None
    return found is not None and found.lang == "lt" and found.word in _unit_words()


def _same_name(a: str, b: str) -> bool:
    left, right = a.split(), b.split()
    return len(left) == len(right) and all(roots(x) & roots(y) for x, y in zip(left, right))


_ACRONYM_LEAD = re.compile(r"^(?:[A-ZĄČĘĖĮŠŲŪŽ]{2,}\s+){1,2}(?=[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž])")


def _parent_prefix(context: Context, key: str, quote: str) -> tuple[str | None, str]:
    """(parent, its written prefix) of ``KTU Chemijos fakultetas``; an acronym of no body known: (None, it)."""
    for parent in context.builder.keys(_ORG):
        prefix = next((p for p in context.builder.names_of(parent) if quote.startswith(p + " ")), None)
        if prefix and parent != key:
            return parent, prefix
    lead = _ACRONYM_LEAD.match(quote)
    return None, lead.group().strip() if lead else ""


def _prefixed(context: Context) -> None:
    """``KTU Chemijos fakultetas``: part of KTU, and the ``Chemijos fakulteto`` named elsewhere."""
    builder = context.builder
    for key in builder.keys(_ORG):
        for mention in builder.mentions_of(key):
            parent, prefix = _parent_prefix(context, key, mention.quote)
            rest = mention.quote[len(prefix) + 1 :] if prefix else ""
            if len(rest.split()) < 2 or not rest[:1].isupper() or not _is_unit(rest):
                continue
            if parent is not None:
                builder.relation(key, RelationName.PART_OF, parent, mention.start, mention.end, "lt-unit-after-parent")
            same = [o for o in builder.keys(_ORG) if o not in (key, parent)
                    and any(_same_name(rest, n) for n in builder.names_of(o) if n != mention.quote)]
            builder.alias(key, mention.end - len(rest), mention.end, "lt-unit-after-parent")
            if len({builder.resolve_key(o) for o in same}) == 1 and builder.resolve_key(same[0]) != builder.resolve_key(key):
                label = builder.label_of(same[0])
                builder.merge(same[0], key)
                builder.relabel(same[0], label)
            break


def _after_genitive(context: Context) -> None:
    """``Kauno universiteto (KU) Chemijos fakultetas``: the unit right after its parent's genitive name."""
    slots = [slot for slot in mentions_in(context, 0, len(context.text), _ORG)  # not "(DU)" after the parent
             if not (context.text[slot[0] - 1 : slot[0]] == "(" and context.text[slot[1] : slot[1] + 1] == ")")]
    for (_s, end, parent), (start, unit_end, unit) in zip(slots, slots[1:]):
        words = context.text[_s:end].split()
        if parent != unit and _BETWEEN.fullmatch(context.text, end, start) and words and case_of(words[-1]) == "gen" \
                and _is_unit(context.text[start:unit_end]) and not _is_unit(context.text[_s:end]):
            context.builder.relation(unit, RelationName.PART_OF, parent, _s, unit_end, "lt-unit-after-parent")


def _units_in(context: Context, sentence: Span) -> list[tuple[int, int, str]]:
    return [slot for slot in mentions_in(context, sentence.start, sentence.end, _ORG)
            if _is_unit(context.builder.label_of(slot[2]))]


def _own_and_set_in(context: Context, sentence: Span) -> None:
    builder = context.builder
    for match in _OWN.finditer(sentence.text):
        at = sentence.start + match.end()
        unit = [slot for slot in _units_in(context, sentence) if slot[0] == at]
        owner = orgs_in(context, sentence.start, sentence.start + match.start())[-1:]
        if unit and owner and owner[0][2] != unit[0][2]:
            builder.relation(unit[0][2], RelationName.PART_OF, owner[0][2], sentence.start, sentence.end, "lt-own-unit")
    place = _SET_IN.match(sentence.text)
    word = type_word(place["word"]) if place else None
    if word is None or word.lang != "lt" or word.cls != _ORG.value or word.kind != "head":
        return
    body = referent(context, sentence.start, word.subtype, _ORG) if word.subtype else \
        referent_by_head(context, sentence.start, word.word)
    for _s, _e, unit in _units_in(context, sentence)[:1]:
        if body is not None and body != unit and not builder.has_relation(unit, RelationName.PART_OF):
            builder.relation(unit, RelationName.PART_OF, body, sentence.start, sentence.end, "lt-unit-in-the-body")


def find_lt_units(context: Context) -> None:
    _prefixed(context)
    _after_genitive(context)
    for line in context.view.lines:
        for sentence in sentences(line):
            _own_and_set_in(context, sentence)
