"""One body under its Lithuanian and its English name, and Lithuanian quoted project names.

``Kauno išmaniųjų pastatų klasteris / Kaunas Smart Building Cluster``: two names
side by side with a slash are one body. In a document written in both languages,
a Lithuanian name and an English one with as many words, the same place word first
(``Kauno`` / ``Kaunas``) and type words of the same class and subtype (``taryba`` /
``Council``) are one body too. ``projektas „SmartBuild Nordic“`` / ``projektas – „X“``: the quoted words
after ``projektas`` (any case) are the project's whole name.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._data import lt_compass_words
from innograph.loaders._lt import roots
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._names import type_word
from innograph.loaders._orgs import head_type

__all__ = ["merge_bilingual", "merge_bilingual_events", "quoted_projects"]  # merge_bilingual also folds name fragments

_SLASH = re.compile(r"\s*/\s*")
#: ``projektas „X“`` and a strategic partnership, a project too: ``klasterių partnerystėje „X“``; on one
#: line (a heading ``... partnerystės`` is not the word before the next paragraph's quoted name).
_QUOTED_PROJECT = re.compile(r"\b(?:[Pp]rojekt(?:as|o|ą|ui|u|e)|partneryst(?:ė|ės|ei|ę|ėje))[ \t]+(?:[–—][ \t]+)?[„“\"](?P<name>[^\W\d_](?:[^„“”\"\n.;:]|(?<=\d)\.(?=\d)){1,60}?)[“”\"]")
_MAX_WORDS = 6
_QUALIFIES = re.compile(r"\s+projekt\w*")


def quoted_projects(context: Context) -> None:
    builder = context.builder
    for match in _QUOTED_PROJECT.finditer(context.text):
        start, end = match.span("name")
        if len(match["name"].split()) > _MAX_WORDS or _QUALIFIES.match(context.text, match.end()):
            continue  # "strateginės partnerystės „Erasmus+“ projektą": the quoted word qualifies the project
        cut = [key for key in builder.keys(EntityType.PROJECT) for m in builder.mentions_of(key)
               if m.start == start and m.end < end]  # a name cut short by a one-word pattern
        key = builder.entity(EntityType.PROJECT, start, end, "lt-project-quoted-name")
        for other in cut:
            builder.merge(other, key)
            builder.relabel(other, match["name"])


def _aligned(lithuanian: str, english: str) -> bool:
    """``Kauno``/``Kaunas`` (one root), ``Lietuvos``/``Lithuania`` (one country), ``Pietų``/``Southern``."""
    country = country_from_word(lithuanian)
    return bool(roots(lithuanian) & roots(english)) or country is not None and country == country_from_word(english) \
        or english in lt_compass_words().get(lithuanian, ())


_FUNCTION_WORDS = frozenset("ir of the and for".split())


def _shared_proper_word(lithuanian: str, english: str) -> bool:
    """``Kainuu regiono taryba`` / ``Regional Council of Kainuu``: as many words besides function words, the same
    kind of body, and one proper word (no country, no type word) in both, in any order."""
    lt_words = [w for w in lithuanian.split() if w.lower() not in _FUNCTION_WORDS]
    en_words = [w for w in english.split() if w.lower() not in _FUNCTION_WORDS]
    if len(lt_words) != len(en_words) or len(lt_words) < 2 or head_type(lithuanian)[0] is None \
            or head_type(lithuanian) != head_type(english):
        return False
    proper = [w for w in lt_words if w[:1].isupper() and not type_word(w) and country_from_word(w) is None]
    return any(roots(w) & roots(v) for w in proper for v in en_words if v[:1].isupper() and len(v) > 3)


def _same_body(lithuanian: str, english: str) -> bool:
    lt_words, en_words = lithuanian.split(), english.split()
    if _shared_proper_word(lithuanian, english):
        return True
    if len(lt_words) != len(en_words) or len(lt_words) < 2:
        return False
    if not lt_words[0][:1].isupper() or not _aligned(lt_words[0], en_words[0]):
        return False
    if en_words[0] in lt_compass_words().get(lt_words[0], ()) and not _aligned(lt_words[1], en_words[1]):
        return False  # "Rytų Lietuvos …" / "Eastern Lithuania …": the place after the compass word too
    lt_word, en_word = type_word(lt_words[-1]), type_word(en_words[-1])
    if lt_word is None or en_word is None or lt_word.lang != "lt" or en_word.lang != "en":
        return False
    lt_head, en_head = head_type(lithuanian), head_type(english)
    return lt_head[0] is not None and lt_head == en_head


def _fold_fragments(context: Context) -> None:
    """``Išmanūs`` cut from ``Išmanūs pastatai`` (an English pattern stops at the lowercase word): when every
    mention of an untyped name lies inside mentions of a longer name it begins, both are that longer name."""
    builder = context.builder
    for key in builder.keys(EntityType.ORGANISATION):
        names = builder.names_of(key)
        if any(type_word(word) for name in names for word in name.split()):
            continue
        for other in builder.keys(EntityType.ORGANISATION):
            if other == key or builder.resolve_key(other) == builder.resolve_key(key):
                continue
            outer = builder.mentions_of(other)
            if all(any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in outer)
                   for m in builder.mentions_of(key)) and any(n.startswith(f"{names[0]} ") for n in builder.names_of(other)):
                label = builder.label_of(other)
                builder.merge(key, other)
                builder.relabel(key, label)
                break


def merge_bilingual(context: Context) -> None:
    builder = context.builder
    _fold_fragments(context)
    orgs = mentions_in(context, 0, len(context.text), EntityType.ORGANISATION)
    for left, right in zip(orgs, orgs[1:]):
        if _SLASH.fullmatch(context.text[left[1] : right[0]]) and "\n" not in context.text[left[1] : right[0]]:
            builder.merge(left[2], right[2])
    if context.document.language not in ("mul", "mixed"):
        return
    keys = builder.keys(EntityType.ORGANISATION)
    for key in keys:
        for other in keys:
            if key != other and builder.resolve_key(key) != builder.resolve_key(other) and any(
                    _same_body(a, b) for a in builder.names_of(key) for b in builder.names_of(other)):
                builder.merge(key, other)


_EN_WORDS = frozenset("the of and by in on with for to was is are will".split())
_LT_WORDS = frozenset("ir su iš į yra kad bei buvo bus vyks vyko d. m. kuris kuri kurį".split())


def _language_at(context: Context, key: str) -> str:
    """The language of the line an entity is first named in: by its function words (names of places and
    bodies mislead a detector on a short line), else by the detector."""
    from innograph.loaders._language import detect_language

    text = context.view.line_at(context.builder.mentions_of(key)[0].start).text
    words = text.lower().split()
    english, lithuanian = sum(w in _EN_WORDS for w in words), sum(w in _LT_WORDS for w in words)
    return "en" if english > lithuanian else "lt" if lithuanian > english else detect_language(text)


def merge_bilingual_events(context: Context) -> None:
    """In a document in both languages, a Lithuanian and an English event on the same days are one event
    (``seminaras „Išmanūs pastatai Šiaurėje“`` / ``the seminar “Smart Buildings in the North”``)."""
    builder = context.builder
    if context.document.language not in ("mul", "mixed"):
        return
    dated: dict[tuple[str, str], list[str]] = {}
    for key in builder.keys(EntityType.EVENT):
        start, end = builder.value_of(key, AttributeName.START_DATE), builder.value_of(key, AttributeName.END_DATE)
        if start is not None:
            dated.setdefault((str(start), str(end)), []).append(key)
    for keys in dated.values():
        if len(keys) == 2 and {_language_at(context, key) for key in keys} == {"lt", "en"}:
            builder.merge(*keys)
