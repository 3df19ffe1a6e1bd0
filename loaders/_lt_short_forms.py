"""Short Lithuanian forms of a body named in full earlier: one body, not two.

``klasteris „Gintaro kelias“`` ... ``Gintaro kelio klasteris``: the quoted name put in the
genitive before the same type word; ``Upsalos medienos klasteris`` ... ``Upsalos
klasteriu``: the place word and the type word of the only body named with both.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._lt import roots, stem
from innograph.loaders._names import lemma_of, type_word

__all__ = ["initials_acronyms", "mention_case_forms", "merge_cut_names", "merge_lt_short_forms", "merge_title_parts"]

_QUOTED = re.compile(r"[„“\"]([^„“”\"]+)[“”\"]")


def _same_words(ours: list[str], theirs: list[str]) -> bool:
    return len(ours) == len(theirs) and all(roots(a) & roots(b) for a, b in zip(ours, theirs))


def _quoted_with_type(names: list[str]) -> list[tuple[list[str], str]]:
    """(words of the quoted name, type-word lemma) of forms like ``klasteris „Gintaro kelias“``."""
    found = []
    for name in names:
        match = _QUOTED.search(name)
        before = name[: match.start()].split() if match else []
        lemma = lemma_of(before[-1]) if before else None
        if match and lemma:
            found.append((match[1].split(), lemma.lower()))
    return found


def _short(name: str) -> tuple[list[str], str] | None:
    """(words before the type word, its lemma) of ``Gintaro kelio klasteris``, ``Upsalos klasteriu``."""
    words = name.split()
    lemma = lemma_of(words[-1]) if len(words) >= 2 else None
    if lemma is None or not words[0][:1].isupper() or any(_QUOTED.search(w) for w in words):
        return None
    return words[:-1], lemma.lower()


def _full_forms(context: Context, key: str) -> list[tuple[list[str], str]]:
    """(words before the type word, lemma) of a body's longer unquoted names."""
    return [found for name in context.builder.names_of(key) if (found := _short(name)) and len(found[0]) >= 2]


def merge_lt_short_forms(context: Context) -> None:
    merge_title_parts(context)
    builder = context.builder
    keys = builder.keys(EntityType.ORGANISATION)
    for key in keys:
        short = [found for name in builder.names_of(key) if (found := _short(name))]
        if not short or _quoted_with_type(builder.names_of(key)):
            continue
        words, lemma = short[0]
        quoted = [o for o in keys if o != key and any(
            lem == lemma and _same_words(words, q) for q, lem in _quoted_with_type(builder.names_of(o)))]
        placed = [o for o in keys if o != key and len(words) == 1 and any(
            lem == lemma and _same_words(words, full[:1]) for full, lem in _full_forms(context, o))]
        same = quoted if len(quoted) == 1 else placed if len(placed) == 1 else []
        if same and builder.resolve_key(same[0]) != builder.resolve_key(key):
            label = builder.label_of(same[0])
            builder.merge(same[0], key)
            builder.relabel(same[0], label)


def merge_title_parts(context: Context) -> None:
    """``KLASTERIS „X“`` as the page title: a body of the same subtype read inside the title is the owner."""
    builder, owner = context.builder, context.owner
    if owner is None or builder.type_of(owner) is not EntityType.ORGANISATION:
        return
    spans = [(m.start, m.end) for m in builder.mentions_of(owner)]
    for key in builder.keys(EntityType.ORGANISATION):
        if builder.resolve_key(key) == builder.resolve_key(owner) or builder.subtype_of(key) != builder.subtype_of(owner):
            continue
        if any(s <= m.start and m.end <= e for m in builder.mentions_of(key) for s, e in spans):
            label = builder.label_of(owner)
            builder.merge(owner, key)
            builder.relabel(owner, label)


def merge_cut_names(context: Context) -> None:
    """``Rīgas Skatuves`` read where the text says ``Rīgas Skatuves mākslas centrs`` (a pattern stopped at a
    lowercase word), when another body has that longer name: that body."""
    builder = context.builder
    names = {name: key for key in builder.keys(EntityType.ORGANISATION) for name in builder.names_of(key)}
    for key in builder.keys(EntityType.ORGANISATION):
        if any(type_word(word) for name in builder.names_of(key) for word in name.split()):
            continue  # "Kauno universiteto" before "... fakultetas": the parent, not a cut name
        for mention in builder.mentions_of(key):
            longer = [other for name, other in names.items() if name.startswith(f"{mention.quote} ")
                      and context.text.startswith(name, mention.start) and builder.resolve_key(other) != key]
            if len({builder.resolve_key(other) for other in longer}) == 1:
                label = builder.label_of(longer[0])
                builder.merge(longer[0], key)
                builder.relabel(longer[0], label)
                break


def mention_case_forms(context: Context) -> None:
    """``Inovacijų laivo vadovas``, ``Inovacijų laivui``: the case forms of a two- or three-word name without a type
    word (``Inovacijų laivas``), where no other name is read, are mentions of that body."""
    builder = context.builder
    taken = [(m.start, m.end) for key in builder.keys() for m in builder.mentions_of(key)]
    for key in builder.keys(EntityType.ORGANISATION):
        for name in {builder.label_of(key), *builder.names_of(key)}:
            _case_forms(context, key, name.split(), taken)


def _case_forms(context: Context, key: str, words: list[str], taken: list[tuple[int, int]]) -> None:
    if len(words) == 1 and words[0][:1].isupper() and words[0].isalpha() and len(stem(words[0])) >= 5 \
            and stem(words[0]) != words[0].lower():  # „Vėjotaka“ … su „Vėjotaka“: a quoted one-word name in a case
        pattern = rf"(?<=[„“\"]){re.escape(words[0][: len(stem(words[0]))])}\w{{1,4}}(?=[“”\"])"
        _alias_free(context, key, pattern, taken)
        return
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper() or not words[-1][:1].islower() \
            or any(type_word(w) or not w.isalpha() for w in words) or len(stem(words[-1])) < 3:
        return
    pattern = r"(?<![\w„“\"])" + r"\s+".join(map(re.escape, words[:-1])) + rf"\s+{re.escape(stem(words[-1]))}\w{{0,4}}\b"
    _alias_free(context, key, pattern, taken)


def _alias_free(context: Context, key: str, pattern: str, taken: list[tuple[int, int]]) -> None:
    for match in re.finditer(pattern, context.text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            context.builder.alias(key, match.start(), match.end(), "lt-name-case-form")
            taken.append(match.span())


_ACRONYM = re.compile(r"(?<![\w-])[A-ZĄČĘĖĮŠŲŪŽ]{3,6}(?![\w-])")


def initials_acronyms(context: Context) -> None:
    """``KTU`` in an article that names ``Kauno technologijos universitetas``: an acronym made of the initials
    of exactly one body's name, where no other name is read, is that body."""
    builder = context.builder
    taken = [(m.start, m.end) for key in builder.keys() for m in builder.mentions_of(key)]
    for match in _ACRONYM.finditer(context.text):
        if any(s < match.end() and match.start() < e for s, e in taken) or type_word(match.group()):
            continue
        owners = {builder.resolve_key(key) for key in builder.keys(EntityType.ORGANISATION)
                  for name in (builder.label_of(key), *builder.names_of(key))
                  if len(name.split()) >= 3 and "".join(w[0] for w in name.split()).upper() == match.group()}
        if len(owners) == 1:
            builder.alias(owners.pop(), match.start(), match.end(), "lt-initials-acronym")
