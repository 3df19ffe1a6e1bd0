"""People: names next to a job title, after a reporting verb, or with a Lithuanian surname suffix.

``MITA direktorius Kęstutis Šetkus`` / ``Project Manager Jolita Razumiene``: a
title right before the name, the organisation right before the title.
``Aleksandras Izgorodinas, Lietuvos inovacijų centro (LIC) ekspertas``: the title
after the name, in the same clause. ``Doris Pold iš Estijos ICT klasterio``: from
an organisation. ``– sako M. Bulota``: a speaker. Inflected Lithuanian names get a
nominative label; ``M. Bulota`` joins ``Mindaugas Bulota`` in the same document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._speaker_bodies import speakers_body
from innograph.loaders._countries import country_from_word
from innograph.loaders._data import lt_endings, role_words, speech_words
from innograph.loaders._lt import FEMALE as _FEMALE, is_verb, nominative, person_nominative, stem
from innograph.loaders._names import chunks, is_acronym, type_word
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_people"]

_WORD = r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?"
_PERSON = re.compile(rf"(?:[^\W\d_]\.\s?{_WORD}|{_WORD}(?:\s{_WORD}){{1,2}})")
_CLAUSE_BEFORE = 80
#: Academic titles between a job title and the name (``direktorė dr. Rasa ...``, ``Prof. Jane Doe``).
_ACADEMIC = re.compile(r"(?:(?:[Dd]r|[Pp]rof|[Dd]oc|habil)\.|(?:Dr|Prof|Mr|Mrs|Ms)(?=\s))\s+(?:(?:habil|[Dd]r)\.\s+)?")
#: Forms of address written without a full stop (British usage: ``Dr Jane Doe``): no part of the name.
_ADDRESS = frozenset(("Dr", "Prof", "Mr", "Mrs", "Ms"))


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    forms: dict[str, str] = {}
    for title, lang in role_words():
        forms[title] = title
        if lang == "lt":
            for form in _lt_forms(title):
                forms.setdefault(form, title)
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)


def _lt_forms(lemma: str) -> set[str]:
    forms = set()
    for cls, case, ending in lt_endings():
        nominatives = [r[2] for r in lt_endings() if r[0] == cls and r[1] == "nom"]
        if cls == "verb" or not nominatives or not lemma.endswith(nominatives[0]) or case.startswith("pl_"):
            continue
        root = lemma[: len(lemma) - len(nominatives[0])]
        forms.update({root + ending, root + "ų"})
    return forms


def _plausible(context: Context, words: list[str]) -> bool:
    initial = len(words[0]) == 2 and words[0].endswith(".")
    if words[0] in _ADDRESS:
        return False
    if len(words) == 3 and context.document.language != "en" and is_verb(words[0].lower()):
        return False  # "Kalbėjo Jonas Jonaitis": a verb opening the sentence, then the name
    for word in words[1:] if initial else words:
        if len(word) < 2 or not all(p[:1].isupper() and p[1:] in ("", p[1:].lower()) for p in word.replace("’", "").split("-")):
            return False  # each part of Lars-Göran capitalised
        if type_word(word) or country_from_word(word) or _named_body(context, word):
            return False
    return not _named_body(context, " ".join(words))


def _named_body(context: Context, name: str) -> bool:
    """A known entity other than a person has this name."""
    known = context.builder.find_any(name)
    return known is not None and context.builder.type_of(known) is not EntityType.PERSON


def _person_at(context: Context, position: int, limit: int) -> tuple[int, int] | None:
    window = context.text[position:limit]
    lead = len(window) - len(window.lstrip(" „“\"”"))
    title = _ACADEMIC.match(window, lead)
    lead = title.end() if title else lead
    match = _PERSON.match(window, lead)
    if match is None:
        return None
    words = list(re.finditer(r"\S+", match.group()))
    while len(words) > 2 and not words[-1].group()[0].isupper():
        words.pop()
    if not _plausible(context, [w.group() for w in words]):
        return None
    return position + match.start(), position + match.start() + words[-1].end()


def _person(context: Context, span: tuple[int, int], rule: str) -> str:
    name = context.text[span[0] : span[1]]
    builder = context.builder
    label = person_nominative(name) if context.document.language != "en" else None  # English text: no Lithuanian cases
    initial = _same_person(context, name, label)
    if initial is not None:
        builder.alias(initial, span[0], span[1], rule)
        return initial
    return builder.entity(EntityType.PERSON, span[0], span[1], rule, label=label,
                          language="lt" if label else None)


def _same_person(context: Context, name: str, label: str | None) -> str | None:
    """``M. Bulota`` / ``Mindaugas Bulota``: same initial and surname stem in one document."""
    words = (label or name).split()
    for key in context.builder.keys(EntityType.PERSON):
        other = context.builder.label_of(key).split()
        if len(other) >= 2 and len(words) >= 2 and stem(other[-1]) == stem(words[-1]) \
                and other[0][0] == words[0][0] and (words[0].endswith(".") or other[0].endswith(".")):
            return key
    return None


def _affiliate(context: Context, person: str, org_span: tuple[int, int], sentence: Span, rule: str) -> None:
    """The organisation named last in ``org_span``, if nothing but a few plain words follows it."""
    last: tuple[int, str] | None = None
    for key in keys_in(context, org_span[0], org_span[1]):
        for mention in context.builder.mentions_of(key):
            if org_span[0] <= mention.start and mention.end <= org_span[1]:
                candidate = (mention.end, -(mention.end - mention.start))
                if last is None or candidate > last[0]:
                    last = (candidate, key)
    if last is None or context.builder.type_of(last[1]) is not EntityType.ORGANISATION:
        return
    gap = context.text[last[0][0] : org_span[1]]
    if len(gap.split()) <= 6 and not re.search(r"[„“”\"]", gap.replace(")", "")):
        context.builder.relation(person, RelationName.AFFILIATION, last[1], sentence.start, sentence.end, rule)


def _title_before(context: Context, sentence: Span) -> None:
    for match in _role_pattern().finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        follow = _role_pattern().match(sentence.text, match.end() + 1)
        name_from = sentence.start + follow.end() if follow else end
        span = _person_at(context, name_from, sentence.end)
        if span is None:
            continue
        person = _person(context, span, "title-then-name")
        context.builder.attribute(person, AttributeName.JOB_TITLE, context.text[start:name_from].strip(), start,
                                  name_from, "title-then-name", language=_lang(context))
        clause = context.text.rfind(",", max(sentence.start, start - _CLAUSE_BEFORE), start)
        _affiliate(context, person, (max(clause + 1, sentence.start, start - _CLAUSE_BEFORE), start), sentence,
                   "organisation-title-name")


def _title_after(context: Context, sentence: Span) -> None:
    for match in re.finditer(r",\s", sentence.text):
        head = sentence.text[: match.start()]
        name = re.search(rf"{_WORD}(?:\s{_WORD}){{1,2}}$", head)
        clause = re.match(r"[^,;.–—]*", sentence.text[match.end() :])
        role = _role_pattern().search(clause.group()) if clause else None
        if name is None or role is None:
            continue
        role_end = sentence.start + match.end() + role.end()
        if _person_at(context, role_end, sentence.end) is not None:
            continue  # "A, Latvian X cluster head B ...": the title is B's
        span = _trim_person(context, sentence.start + name.start(), sentence.start + name.end())
        if span is None:
            continue
        person = _person(context, span, "name-comma-title")
        role_start = sentence.start + match.end() + role.start()
        context.builder.attribute(person, AttributeName.JOB_TITLE, role.group(), role_start,
                                  role_start + len(role.group()), "name-comma-title", language=_lang(context))
        _affiliate(context, person, (sentence.start + match.end(), sentence.start + match.end() + clause.end()),
                   sentence, "name-comma-organisation-title")


def _trim_person(context: Context, start: int, end: int) -> tuple[int, int] | None:
    """The last two or three words before a comma that form a plausible name."""
    words = list(re.finditer(_WORD, context.text[start:end]))
    for size in (2, 3)[:: -1 if _opens_clause(context, start, words) else 1]:
        if len(words) >= size:
            first = words[-size]
            span = _person_at(context, start + first.start(), end)
            if span is not None and span[1] == end:
                return span
    return None


def _opens_clause(context: Context, start: int, words: list[re.Match[str]]) -> bool:
    """Three capitalised words right after a sentence or clause start: a three-word name."""
    if len(words) < 3:
        return False
    before = context.text[max(0, start + words[-3].start() - 3) : start + words[-3].start()]
    return not before.strip() or before.rstrip()[-1:] in ".:;!?\"”“„"


def _lang(context: Context) -> str:
    return context.document.language if context.document.language in ("en", "lt") else "en"


def _from_organisation(context: Context, sentence: Span) -> None:
    """``Doris Pold iš Estijos ICT klasterio`` / ``Jane Doe from the X Agency`` / ``Jane Doe of the X Office``."""
    for match in re.finditer(rf"({_WORD}\s{_WORD})\s+(?:iš|from(?:\s+the)?|of\s+the)\s+", sentence.text):
        span = _person_at(context, sentence.start + match.start(1), sentence.start + match.end(1))
        if span is None or re.search(r"[A-Z]\w*\s+$", sentence.text[: match.start(1)]) \
                or match.group().endswith("of the ") and re.search(r"\b(?:and|&|of)\s+$", sentence.text[: match.start(1)]):
            continue  # "Kalmar Marine Research Station from Sweden", "X and Innovation Community of the Y": names' ends
        at = sentence.start + match.end()
        found = [(m.end - m.start, key) for key in keys_in(context, at, sentence.end, EntityType.ORGANISATION)
                 for m in context.builder.mentions_of(key) if m.start == at]
        person = _person(context, span, "name-from-organisation")
        if found:
            context.builder.relation(person, RelationName.AFFILIATION, max(found)[1], sentence.start, sentence.end,
                                     "name-from-organisation")


def _speakers(context: Context, sentence: Span) -> None:
    for word in speech_words():
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}\s+", sentence.text, re.I):
            span = _person_at(context, sentence.start + match.end(), sentence.end)
            if span is not None:
                _person(context, span, "reporting-verb-name")


def _female_surnames(context: Context, sentence: Span) -> None:
    for match in re.finditer(rf"(?<![\w.])(?=({_WORD}\s{_WORD}))", sentence.text):
        last = match.group(1).split()[-1]
        if _FEMALE.search(nominative(last)) and match.start() > 0:
            span = _person_at(context, sentence.start + match.start(1), sentence.start + match.end(1))
            if span is not None:
                _person(context, span, "lithuanian-surname")


def _name_and_bracket(context: Context, sentence: Span) -> None:
    """``Anna Berg (Skåne Food Agency) presented``: a person and the organisation in brackets after the name."""
    for match in re.finditer(rf"(?<![\w.])({_WORD}(?:\s{_WORD}){{1,2}})\s\((?P<org>[^()]{{3,100}})\)", sentence.text):
        inner, org = sentence.start + match.start("org"), match["org"]
        title = re.match(r"(?P<title>[^,]{2,60}),\s+", org)  # "(President, Nordby Kelp Association)"
        if title is not None and _role_pattern().fullmatch(title["title"].strip()):
            inner, org = inner + title.end(), org[title.end() :]
        known = context.builder.find_any(org.strip()) or speakers_body(context, sentence.text, org.strip(), inner)
        if known is None or context.builder.type_of(known) is not EntityType.ORGANISATION:
            continue
        span = _trim_person(context, sentence.start + match.start(1), sentence.start + match.end(1))
        before = context.text[max(sentence.start, (span or (0, 0))[0] - 5) : (span or (0, 0))[0]]
        inside = span is not None and any(m.start <= span[0] and span[1] <= m.end for m in context.builder.mentions_of(known))
        if span is not None and not inside and not re.search(r"\b(?:of|for|the|in|on|at|to)\s+$", before, re.I) \
                and not (is_acronym(org.strip()) and _spells(org.strip(), match[1])):
            person = _person(context, span, "name-and-organisation-in-brackets")
            context.builder.alias(known, inner, inner + len(org), "name-and-organisation-in-brackets")
            context.builder.relation(person, RelationName.AFFILIATION, known, sentence.start, sentence.end,
                                     "name-and-organisation-in-brackets")


def _spells(acronym: str, words: str) -> bool:
    """``Public Procurement (PP...)``: the bracket is the acronym of the words, not of a person's employer."""
    from innograph.loaders._mentions import acronym_fits

    return acronym_fits(acronym, words)


def _possessive_title(context: Context, sentence: Span) -> None:
    """``Tartu Science Park's CEO Jaan Tamm``: the organisation owns the title."""
    from innograph.loaders._orgs import make_org

    for match in re.finditer(r"(?P<org>(?:[A-Z][\w&-]*\s){0,5}[A-Z][\w&-]*)['’]s\s+(?=\w)", sentence.text):
        role = _role_pattern().match(sentence.text, match.end())
        span = _person_at(context, sentence.start + role.end(), sentence.end) if role else None
        if span is None:
            continue
        found = chunks(match["org"], sentence.start + match.start("org"))
        if not found or found[-1].end != sentence.start + match.end("org"):
            continue
        start, end = found[-1].start, found[-1].end
        org = context.builder.find_any(found[-1].text) or make_org(context, start, end, "possessive-title-organisation")
        if org is None or context.builder.type_of(org) is not EntityType.ORGANISATION:
            continue
        person = _person(context, span, "possessive-title-name")
        context.builder.relation(person, RelationName.AFFILIATION, org, sentence.start, sentence.end,
                                 "possessive-title-name")


def find_people(context: Context) -> None:
    spans = [sentence for line in context.view.lines for sentence in sentences(line)]
    for rule in (_title_before, _title_after, _from_organisation, _speakers, _female_surnames, _name_and_bracket,
                 _possessive_title):
        for sentence in spans:
            rule(context, sentence)


def person_span(context: Context, position: int, limit: int) -> tuple[int, int] | None:
    """Span of a plausible person's name starting at ``position`` (before ``limit``), or None."""
    return _person_at(context, position, limit)


def make_person(context: Context, span: tuple[int, int], rule: str) -> str:
    """The person named by ``span`` (joined with an initialled form of the same name)."""
    return _person(context, span, rule)


def role_pattern() -> re.Pattern[str]:
    """Any job title of ``data/role_words.tsv`` (Lithuanian titles in every case form)."""
    return _role_pattern()
