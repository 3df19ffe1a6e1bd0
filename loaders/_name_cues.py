"""Names whose surroundings say what they are.

- ``„Food quality cluster”`` / ``"Nordic Hydrogen Network"``: a short quoted name whose last word is an
  organisation type word (in any language the type words know) names an organisation;
- ``„EIT Food“ – partnerių tinklas …`` / ``"GreenLink" – a network of …``: a quoted name that a dash
  defines by an organisation type word names one too;
- ``MITA and LIC coordinators`` / ``MITA ir LIC``: an unknown acronym joined by "and" to a known
  organisation's acronym is an organisation as well.
- ``… is “Warm Walls”, linking … . The project …``: a quoted name the next sentence calls the project is one.
- ``Baltic Leaders Programme`` / ``lyderių programa``: a programme people attend (a course word before
  the head, data: ``course_words.tsv``) is a training event, not a funding programme.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._countries import country_code, country_from_word, country_said_before
from innograph.loaders._data import TypeWord, common_acronyms, course_words
from innograph.loaders._names import is_acronym, type_word
from innograph.loaders._orgs import make_org
from innograph.loaders._programmes import programme_in

__all__ = ["find_name_cues", "is_course"]

_QUOTED = re.compile(r"[„“\"](?P<name>[^\W\d_][^„“”\"\n.!?;:,]{1,79}?)[“”\"]")
_DASH = re.compile(r"^[ \t]*[–—-][ \t]+")
_PAIR = re.compile(r"(?<![\w&-])(?P<a>[A-Z][A-Za-z0-9]{1,9})\s+(?:and|ir|&)\s+(?P<b>[A-Z][A-Za-z0-9]{1,9})(?![\w&-])")
_MAX_WORDS = 6
_ORGANISATION = EntityType.ORGANISATION.value


def is_course(name: str) -> bool:
    """``Baltic Leaders Programme`` / ``Baltijos lyderių programą``: the word before the head is a course word."""
    words = name.split()
    return len(words) >= 2 and words[-2].lower() in course_words()


def _org_head(word: str) -> TypeWord | None:
    found = type_word(word)
    return found if found is not None and found.cls == _ORGANISATION and found.kind == "head" else None


def _defined_by_dash(text: str, end: int) -> TypeWord | None:
    """``– partnerių tinklas`` / ``– a network of``: the first type word of the three after a dash."""
    dash = _DASH.match(text[end : end + 8])
    if dash is None:
        return None
    for word in text[end + dash.end() : end + dash.end() + 60].split()[:3]:
        found = type_word(word.strip(",.;:()"))
        if found is not None:
            return found if found.cls == _ORGANISATION and found.kind == "head" else None
    return None


#: ``… is “Comfort at Home”, linking … . The project develops …``: the next sentence calls it the project.
_NEXT_SENTENCE_PROJECT = re.compile(r"[^.!?\n]{0,200}[.!?]\s+(?:(?:The|This)\s+project|Projektas|Šis\s+projektas)\b")


def _project_follows(text: str, end: int) -> bool:
    return bool(_NEXT_SENTENCE_PROJECT.match(text, end))


def _quoted_names(context: Context) -> None:
    for match in _QUOTED.finditer(context.text):
        name = match["name"].strip()
        words = name.split()
        if len(words) > _MAX_WORDS or context.builder.find_any(name):
            continue
        if context.text[match.start() - 1 : match.start()] != "(" and _project_follows(context.text, match.end()):
            context.builder.entity(EntityType.PROJECT, match.start("name"), match.end("name"),
                                   "quoted-name-then-the-project")
            continue
        head = _org_head(words[-1]) if len(words) >= 2 else None
        head = head or _defined_by_dash(context.text, match.end())
        if head is not None:
            key = make_org(context, match.start("name"), match.end("name"), "quoted-name-and-type-word",
                           subtype=head.subtype)
            _from_country(context, key, match.start())


def _from_country(context: Context, key: str | None, start: int) -> None:
    """``partneris iš Latvijos „X cluster”`` / ``from Latvia "X Network"``: the body is from that country."""
    said = country_said_before(context.text, start)
    if key is not None and said and not context.builder.has_attribute(key, AttributeName.COUNTRY):
        context.builder.attribute(key, AttributeName.COUNTRY, said[0], said[1], start, "quoted-name-from-country")


def _new_acronym(context: Context, word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return (len(letters) >= 3 and all(ch.isupper() for ch in letters) and word not in common_acronyms()
            and country_code(word) is None and country_from_word(word) is None and programme_in(word) is None
            and context.builder.find_any(word) is None)


def _coordinated_acronyms(context: Context) -> None:
    builder = context.builder
    for match in _PAIR.finditer(context.text):
        for known, other in (("a", "b"), ("b", "a")):
            key = builder.find_any(match[known])
            if key is None or builder.type_of(key) is not EntityType.ORGANISATION or not is_acronym(match[known]):
                continue
            if _new_acronym(context, match[other]):
                make_org(context, match.start(other), match.end(other), "acronym-beside-known-acronym")


def find_name_cues(context: Context) -> None:
    _quoted_names(context)
    _coordinated_acronyms(context)
