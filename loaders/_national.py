"""Countries implied by a national context, not stated next to the name.

``Vakarų Lietuvos verslo plėtros agentūra``: a Lithuanian name with one country in
its modifiers is of that country. In a Lithuanian news item about Lithuania, a body
with a Lithuanian name (``Pajūrio sveikatos inovacijų asociacija``, ``„MedTech
Pajūris“``) and no country of its own is Lithuanian.

``7 clusters from Lithuania were selected ...: A, B, C`` / ``Lietuvos pareiškėjai:
A, B``: a list after a lead that names one country and a group of organisations
gives each item that country. In a document about one country (it names that
country far more often than any other), a ministry or agency with no country of
its own (``Ūkio ministerija``, ``the Ministry of Economy``) is that country's.
"""

from __future__ import annotations

import re
from collections import Counter

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._lt import case_of
from innograph.loaders._names import type_word
from innograph.loaders._places import place_of

__all__ = ["lead_country", "lithuanian_bodies", "national_bodies"]

_GROUP = re.compile(
    r"(?i)\b(?:clusters?|organi[sz]ations?|companies|partners|applicants|participants|members|"
    r"klasteri\w*|pareiškėj\w*|dalyvi\w*|organizacij\w*|įmonės|įmonių|partneri\w*|nari\w*)\b")
_CAPITALISED = re.compile(r"\b[A-ZĄČĘĖĮŠŲŪŽ][\wąčęėįšųūž]{3,}\b")
#: Subtypes of national public bodies.
_NATIONAL = frozenset(("PublicAuthority", "Agency"))
#: Words of bodies above or across nations (``European Commission``, ``Nordic Council``).
_SUPRANATIONAL = re.compile(r"(?i)\b(?:europ\w*|eu|international\w*|tarptautin\w*|nordic|baltic|baltijos|šiaurės|"
                            r"united nations|world|global\w*|pasaul\w*)\b")
_MIN_MENTIONS = 3


def _countries_in(text: str) -> list[str]:
    return [code for word in _CAPITALISED.findall(text) if (code := country_from_word(word))]


def lead_country(lead: str) -> str | None:
    """The one country a list's lead names for a group of organisations (``Lithuanian clusters``)."""
    if not _GROUP.search(lead):
        return None
    found = set(_countries_in(lead))
    return found.pop() if len(found) == 1 else None


def document_country(context: Context) -> str | None:
    """The country a document is about: named at least 3 times and twice as often as any other."""
    counts = Counter(_countries_in(context.text)).most_common(2)
    if not counts or counts[0][1] < _MIN_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][1] < 2 * counts[1][1]:
        return None
    return counts[0][0]


def national_bodies(context: Context) -> None:
    """Ministries and agencies without a country of their own belong to the document's country."""
    builder = context.builder
    country = None
    for key in builder.keys(EntityType.ORGANISATION):
        if builder.subtype_of(key) not in _NATIONAL or builder.has_attribute(key, AttributeName.COUNTRY):
            continue
        if any(_SUPRANATIONAL.search(name) or _countries_in(name) for name in builder.names_of(key)):
            continue
        country = country or document_country(context)
        if country is None:
            return
        mention = builder.mentions_of(key)[0]
        builder.attribute(key, AttributeName.COUNTRY, country, mention.start, mention.end, "national-body-of-document")


_LITHUANIAN_LETTERS = re.compile(r"[ąčęėįšųūžĄČĘĖĮŠŲŪŽ]")


#: Type words of units (a department, a centre, a faculty) that often belong to a body abroad.
_UNIT_WORDS = frozenset(("departamentas", "centras", "fakultetas", "katedra", "padalinys", "skyrius", "laboratorija"))


def _lithuanian_name(builder, key: str) -> bool:  # type: ignore[no-untyped-def]
    """A body named in Lithuanian: a name headed by a Lithuanian type word (``... asociacija``), or a quoted
    name spelled with Lithuanian letters after one (``klasteriu „MedTech Pajūris“``); not units or networks."""
    if builder.subtype_of(key) == "Network" or any(_SUPRANATIONAL.search(n) for n in builder.names_of(key)):
        return False
    if any((place := place_of(n.split()[0])) and place[1] != "LT" for n in builder.names_of(key) if n.split()):
        return False  # "Tartu universitetas": named after a city abroad
    heads = [type_word(name.split()[-1]) for name in (builder.label_of(key), *builder.names_of(key)) if name.split()]
    heads = [h for h in heads if h is not None and h.lang == "lt" and h.cls == EntityType.ORGANISATION.value
             and h.kind != "legal"]
    if heads:
        return all(head.word not in _UNIT_WORDS for head in heads)
    label = builder.label_of(key)
    return any(m.rule == "lt-type-word-and-quoted-name" and m.quote.endswith(("“", "”", '"'))
               for m in builder.mentions_of(key)) and (bool(_LITHUANIAN_LETTERS.search(label)) or _lithuanian_words(label))


def _lithuanian_words(name: str) -> bool:
    """Every word of the name ends in a Lithuanian case ending (``Fotonikos vartai``, ``AgroLinkas``)."""
    words = re.findall(r"[^\W\d_]+", name)
    return bool(words) and not re.search(r"[āēīģķļņõäöüåøæ]", name.lower()) and all(len(w) > 3 and case_of(w) is not None for w in words)


def _country_in_name(builder, key: str) -> tuple[str, int, int] | None:  # type: ignore[no-untyped-def]
    for mention in builder.mentions_of(key):
        words = mention.quote.split()[:-1]
        found = {code for word in words if word[:1].isupper() and (code := country_from_word(word))}
        if len(found) == 1:
            return found.pop(), mention.start, mention.end
    return None


def lithuanian_bodies(context: Context) -> None:
    """Country of bodies with Lithuanian names: a country in the name, else Lithuania unless the text is about another."""
    builder = context.builder
    if context.document.language not in ("lt", "mixed", "mul"):
        return
    country = document_country(context)
    for key in builder.keys(EntityType.ORGANISATION):
        if builder.has_attribute(key, AttributeName.COUNTRY):
            continue
        named = _country_in_name(builder, key)
        if named is not None:
            builder.attribute(key, AttributeName.COUNTRY, named[0], named[1], named[2], "lt-country-in-name")
        elif country in ("LT", None) and _lithuanian_name(builder, key):
            mention = builder.mentions_of(key)[0]
            builder.attribute(key, AttributeName.COUNTRY, "LT", mention.start, mention.end, "lt-body-in-lt-news")
    _countries_of_parents(context)


def _countries_of_parents(context: Context) -> None:
    """A body with a Lithuanian name that is a member of a Lithuanian one is in Lithuania too
    (``Neries profesinio mokymo centras``, a member of a Kaunas cluster), and so is a unit of one
    (``Chemijos fakultetas`` of a Lithuanian university), as the later annotation sets record it."""
    builder = context.builder
    lithuanian = [key for key in builder.keys(EntityType.ORGANISATION) if builder.value_of(key, AttributeName.COUNTRY) == "LT"]
    for key in builder.keys(EntityType.ORGANISATION):
        if builder.has_attribute(key, AttributeName.COUNTRY) or not _lithuanian_head(builder, key):
            continue
        if any(builder.has_relation(key, RelationName.MEMBER_OF, parent) for parent in lithuanian):
            mention = builder.mentions_of(key)[0]
            builder.attribute(key, AttributeName.COUNTRY, "LT", mention.start, mention.end, "lt-member-of-lithuanian-body")
        elif any(builder.has_relation(key, RelationName.PART_OF, parent) for parent in lithuanian):
            mention = builder.mentions_of(key)[0]
            builder.attribute(key, AttributeName.COUNTRY, "LT", mention.start, mention.end, "lt-unit-of-lithuanian-body")


def _lithuanian_head(builder, key: str) -> bool:  # type: ignore[no-untyped-def]
    last = builder.label_of(key).split()[-1]
    head = type_word(last) if last[:1].islower() else None
    return head is not None and head.lang == "lt"
