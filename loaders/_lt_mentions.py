"""Lithuanian organisation and event names in the text, as entities.

Each type-word-anchored name (:mod:`._lt_names`) becomes an entity with a
nominative label; the proper-name part (``SMART Food`` of ``SMART Food
klasteris``) and a following acronym (``(MITA)``, ``asociacija LINPRA``) are its
aliases. A name inside a longer one (``Ukrainos ... akademijos`` in ``Ukrainos
... akademijos Fizikos instituto``) is the body the longer one is part of.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_code, country_from_word, country_said_before
from innograph.loaders._lt_bilingual import quoted_projects
from innograph.loaders._lt_name_ends import legal_name_end
from innograph.loaders._lt_names import LtName, lt_names
from innograph.loaders._lt_described import find_lt_described
from innograph.loaders._lt_event_names import find_lt_event_names
from innograph.loaders._lt_partner_items import find_lt_partner_items
from innograph.loaders._lt import case_of
from innograph.loaders._lt_slots import TITLES, mentions_in
from innograph.loaders._name_cues import is_course
from innograph.loaders._names import is_acronym, type_word
from innograph.loaders._orgs import _lt_label as lt_label, make_org
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._text import sentences

__all__ = ["find_lt_names"]

_ACRONYM_AFTER = re.compile(r"^\s*(?:\((?P<bracket>[A-Za-zĄ-ž][\w-]{1,15})\)|(?P<bare>[A-Z][A-Za-z]{2,10})\b)")
_AT_BODY = re.compile(r"\bprie\s+$")


_PROJECT_BEFORE = re.compile(r"(?i)\bprojekt\w*\s*$")
_BELONGS_TO = re.compile(r"\bpriklaus(?:o|ė|ys)\s+(?:ir\s+)?$")


def _event(context: Context, name: LtName) -> str | None:
    """An event named before its type word; not ``projekto „X“ renginys``, where X names the project whose
    event it is (the event is named elsewhere, or not at all)."""
    written = context.text[name.start : name.end].strip("„“”\"")
    if _BELONGS_TO.search(context.text, max(0, name.start - 30), name.start):  # "priklauso … konferencijai": members
        return make_org(context, name.start, name.end, "lt-body-one-belongs-to", subtype="Association")
    if _PROJECT_BEFORE.search(context.text, max(0, name.start - 30), name.start) \
            or context.builder.find(EntityType.PROJECT, written) is not None:
        return None
    key = context.builder.entity(EntityType.EVENT, name.start, name.end, "lt-typed-name",
                                 subtype=name.head.subtype, language="lt")
    return key


_MIN_PROGRAMME_WORDS = 3


def _programme(context: Context, name: LtName) -> str | None:
    """``Kauno miesto inovacijų rėmimo programa`` / ``programą „Kūrybinės partnerystės“``: a programme the
    gazetteer does not know, named in Lithuanian."""
    written = context.text[name.start : name.end]
    found = programme_in(written)
    if found is not None:
        programme, start, end = found
        return programme_entity(context, programme, name.start + start, name.start + end, "lt-typed-name")
    if name.whole is None and (len(written.split()) < _MIN_PROGRAMME_WORDS or not written[:1].isupper()):
        return None
    after = mentions_in(context, name.end, name.end + 80, EntityType.PROGRAMME) if name.whole is None else []
    if after and after[0][0] - name.end <= 2:
        return None  # "aplinkos ir klimato politikos programos LIFE": a description of the programme named next
    label = None if name.whole is not None else lt_label(written)
    if is_course(written):
        return context.builder.entity(EntityType.EVENT, name.start, name.end, "lt-course-programme", label=label,
                                      subtype="Training", language="lt")
    return context.builder.entity(EntityType.PROGRAMME, name.start, name.end, "lt-typed-programme", label=label,
                                  language="lt")


def _org(context: Context, name: LtName) -> str | None:
    longer = [s for s in mentions_in(context, name.start, name.end + 80, EntityType.PROGRAMME) if s[0] <= name.start < name.end <= s[1]]
    if longer:  # "Europos žemės ūkio fondo" of "... fondo kaimo plėtrai": a programme's name, no body
        return longer[0][2]
    found = programme_in(context.text[name.start : name.end])
    if found is not None:
        programme, start, end = found
        return programme_entity(context, programme, name.start + start, name.start + end, "lt-typed-name")
    if name.whole is not None:
        key = _quoted_org(context, name)
        if key is not None:
            _from_country(context, key, name)
        return key
    if name.bare is not None and name.bare == (name.start, name.end):
        key = make_org(context, name.start, name.end, "lt-name-and-type-word", subtype=name.head.subtype)
    else:
        key = make_org(context, name.start, name.end, "lt-typed-name", subtype=name.head.subtype)
        if key is not None and name.bare is not None:
            context.builder.alias(key, name.bare[0], name.bare[1], "lt-typed-name")
    if key is not None:
        if not _AT_BODY.search(context.text, max(0, name.start - 6), name.start):  # "X prie Y (Z)": Z is X's
            _acronym(context, key, name.end)
        _from_country(context, key, name)
    return key


_HEAD_WORD = re.compile(r"[^\W\d_][\w-]*")


def _quoted_org(context: Context, name: LtName) -> str | None:
    """``Estijos klasterio „Tartu BioHealth“``: the quoted text names the body, the words before say its kind
    and country. When they are a name themselves (``Lietuvos ... asociacija „LAuGEA“``: a capitalised word
    other than a country, two or more common words, or a quoted acronym) both name one body."""
    assert name.whole is not None
    head = _HEAD_WORD.match(context.text, name.head_start)
    head_end = head.end() if head else name.head_start
    lead = context.text[name.whole[0] : name.head_start].split()
    countries = [code for word in lead if (code := country_from_word(word))]
    proper = [w for w in lead if w[:1].isupper() and country_from_word(w) is None]
    if len(lead) == 1 and case_of(lead[0]) == "gen":  # "Dzūkijos klasteriu „Medis“": whose, not which
        proper = []
    common = [w for w in lead if w[:1].islower()]
    rule = "lt-type-word-and-quoted-name"
    if proper or len(common) >= 2 or is_acronym(context.text[name.start : name.end]):
        key = make_org(context, name.whole[0], head_end, rule, subtype=name.head.subtype)
        if key is not None:
            context.builder.alias(key, name.start, name.end, rule)
        return key
    key = make_org(context, name.start, name.end, rule, subtype=name.head.subtype)
    if key is None:
        return None
    context.builder.set_subtype(key, name.head.subtype)
    context.builder.alias(key, name.whole[0], name.whole[1], rule)
    if len(set(countries)) == 1:
        context.builder.attribute(key, AttributeName.COUNTRY, countries[0], name.whole[0], name.whole[1],
                                  "lt-country-type-word-and-quoted-name")
    return key


def _acronym(context: Context, key: str, end: int, *, bracketed: bool = False) -> None:
    """``(MITA)`` after a name is its acronym; unless ``bracketed``, so is ``asociacija LINPRA``'s bare one."""
    match = _ACRONYM_AFTER.match(context.text[end : end + 24])
    if match is None or bracketed and not match["bracket"]:
        return
    group = "bracket" if match["bracket"] else "bare"
    value = match[group]
    if not is_acronym(value) or country_from_word(value) or country_code(value):
        return
    start = end + match.start(group)
    own = re.match(r"(?:\s+[A-Z][a-z]+)+", context.text[start + len(value) : start + len(value) + 40]) if group == "bare" else None
    if own and all(case_of(word) is None for word in own.group().split()):  # "instituto NORDLAB Research": its own name
        context.builder.alias(key, start, start + len(value) + own.end(), "lt-own-name")
    context.builder.alias(key, start, start + len(value), "lt-acronym")
    context.builder.attribute(key, AttributeName.ACRONYM, value, start, start + len(value), "lt-acronym")


def _from_country(context: Context, key: str, name: LtName) -> None:
    """``Viešnia iš Ispanijos „AVAESEN“ klasterio`` / ``Svečias iš Latvijos – klasterio „X“``: from that country."""
    first = min(name.start, name.whole[0] if name.whole else name.start)
    said = country_said_before(context.text, first)
    if said:
        context.builder.attribute(key, AttributeName.COUNTRY, said[0], said[1], max(name.end, name.head_start),
                                  "lt-from-country")


#: Lithuanian legal forms before a name (``UAB „Namų logika“``); ``AB`` only with quotes (Swedish ``AB`` follows
#: a name). Source: the legal forms of the Civil Code, as listed in type_words.tsv.
_LEGAL = re.compile(r"(?<![\w-])(?P<form>UAB|VšĮ|ŽŪB|AB|MB|IĮ|SIA|OÜ|AS|Sp\.\s?z\s?o\.o\.)\s+(?:[„“\"](?P<quoted>[^„“”\"\n]{2,80}?)[“”\"]"
                    r"|(?P<bare>[A-ZĄČĘĖĮŠŲŪŽ][\w-]+(?:\s+[A-ZĄČĘĖĮŠŲŪŽ][\w-]+){0,3}))")


def _legal_forms(context: Context) -> list[tuple[int, int]]:
    """``UAB „Biomedika LT“`` / ``VšĮ „X“`` / ``UAB Termoventa``: a company or public body of Lithuania.

    Returns the spans of the quoted names (a name inside one is not a name of its own)."""
    quoted: list[tuple[int, int]] = []
    for match in _LEGAL.finditer(context.text):
        group = "quoted" if match["quoted"] else "bare"
        if group == "bare" and match["form"] in ("AB", "SIA", "OÜ", "AS"):
            continue  # a Swedish "AB" after a name; Latvian and Estonian forms only before a quoted name
        start, end = match.span(group)
        if group == "quoted":
            quoted.append((start, end))
        else:
            end = legal_name_end(context.text, end)
        end = _known_name_end(context, start) or end
        word = type_word(match["form"])
        key = make_org(context, start, end, "lt-legal-form", subtype=word.subtype if word else None)
        if key is None:
            continue
        context.builder.alias(key, match.start(), end + (1 if group == "quoted" else 0), "lt-legal-form")
        if match["form"] in ("UAB", "VšĮ", "ŽŪB", "AB", "MB", "IĮ"):  # SIA, OÜ, AS, Sp. z o.o.: no convention on country
            context.builder.attribute(key, AttributeName.COUNTRY, "LT", match.start(), end, "lt-legal-form")
        _acronym(context, key, end + (1 if group == "quoted" else 0), bracketed=True)
    return quoted


def _known_name_end(context: Context, start: int) -> int | None:
    """End of the longest organisation name already known that starts at ``start`` (``Namų logika``)."""
    builder, best = context.builder, None
    for key in builder.keys(EntityType.ORGANISATION):
        for name in builder.names_of(key):
            if len(name) > 3 and context.text.startswith(name, start) and (best is None or start + len(name) > best):
                best = start + len(name)
    return best


def _common_phrase(context: Context, name: LtName) -> bool:
    """``Kontaktų mugė`` as a heading, when the text also writes ``kontaktų mugė``: a common noun phrase."""
    if name.whole is not None or name.bare is not None:
        return False
    written = context.text[name.start : name.end]
    return written[:1].isupper() and (written[:1].lower() + written[1:]) in context.text


_PLACE_GENITIVES = frozenset(("europos", "pasaulio", "regiono", "šalies"))


def _generic(context: Context, name: LtName) -> bool:
    """``Norvegijos klasteris`` / ``Europos klasterio``: a place and a type word say what, not which."""
    words = context.text[name.start : name.end].split()
    if name.whole is not None or name.bare is not None or len(words) != 2 or not words[1][:1].islower():
        return False
    head = type_word(words[0].lower())  # "Savivaldybės taryba": the council of the body, no name
    return country_from_word(words[0]) is not None or words[0].lower() in _PLACE_GENITIVES or (
        head is not None and head.lang == "lt" and head.cls == EntityType.ORGANISATION.value and head.kind == "head")


def _after_title(context: Context, name: LtName) -> bool:
    """``su vadove Rasa Jonaite savivaldybė susitarė``: after a role word, a non-genitive capitalised run
    is a person's name, not the start of a body's name."""
    first = context.text[name.start : name.end].split()[0]
    if not first[:1].isupper() or case_of(first) == "gen" or name.whole is not None:
        return False
    return _title_before().search(context.text, max(0, name.start - 30), name.start) is not None


@lru_cache(maxsize=1)
def _title_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{TITLES})\s+(?:(?:dr|prof|doc)\.\s+)?$")


def find_lt_names(context: Context) -> None:
    quoted = _legal_forms(context)
    quoted_projects(context)
    for line in context.view.lines:
        for sentence in sentences(line):
            found = lt_names(sentence.text, sentence.start)
            keys: list[tuple[LtName, str]] = []
            for name in found:
                if _after_title(context, name):
                    continue
                if _common_phrase(context, name) or _generic(context, name) or any(s <= name.start and name.end <= e and (s, e) != (name.start, name.end)
                                                         for s, e in quoted):
                    continue
                if name.head.cls == EntityType.ORGANISATION.value:
                    key = _org(context, name)
                elif name.head.cls == EntityType.EVENT.value:
                    key = _event(context, name)
                else:
                    key = _programme(context, name)
                if key is not None:
                    keys.append((name, key))
            _nested(context, keys)
    find_lt_event_names(context)
    find_lt_partner_items(context)
    find_lt_described(context)


def _nested(context: Context, keys: list[tuple[LtName, str]]) -> None:
    for outer, outer_key in keys:
        for inner, inner_key in keys:
            if inner_key != outer_key and outer.start == inner.start and inner.end < outer.end \
                    and context.builder.type_of(inner_key) is context.builder.type_of(outer_key):
                if outer.head.word == "administracija":  # "X savivaldybės administracija": the body itself
                    context.builder.merge(outer_key, inner_key)
                    continue
                context.builder.relation(outer_key, RelationName.PART_OF, inner_key, outer.start, outer.end,
                                         "lt-nested-name")
                rest = context.text[inner.end : outer.end]
                own = len(rest) - len(rest.lstrip())
                if rest.strip()[:1].isupper() and len(rest.split()) >= 2:  # "... kolegijos Statybos fakultetas"
                    context.builder.alias(outer_key, inner.end + own, outer.end, "lt-unit-own-name")
