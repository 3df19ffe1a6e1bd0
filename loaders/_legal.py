"""Company names marked by a legal form written before or after them, outside quotes.

``Nordholm Logistics ApS``, ``Havsbruk Analytics AB``, ``Rheinwerk e.V.``: capitalised
words right before a legal-form suffix. ``SIA Meža Dati``, ``UAB Linų audiniai``: a
legal-form prefix and the words after it up to punctuation, a dash or a conjunction
(Baltic company names keep lowercase words after the first). Which forms are
prefixes or suffixes, and the country a form implies, are data
(``data/legal_forms.tsv``); the country is recorded only where the gold convention
takes the form as stating it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._data import legal_forms
from innograph.loaders._orgs import head_type

__all__ = ["find_legal_names"]

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ](?:[\w'’&-]|\.(?=\w))*"
_LOWER = r"[a-zß-öø-ÿā-ž][\w'’-]*"
#: Words after a prefix form that end the name rather than continue it.
_STOP = frozenset("""and or the a an of in on at for from with to by as is are was were has have which that who
    its their his her this these ir su iš bei kuri kuris will would can could also took joined signed""".split())


#: ``Copenhagen-based`` / ``EU-funded``: a word describing the name that follows, no part of it.
_DESCRIBED = re.compile(r"-(?:based|affiliated|led|owned|funded)$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = legal_forms()
    suffixes = "|".join(re.escape(f.form) for f in forms if f.position == "suffix")
    # Lithuanian prefix forms (UAB „X“, VšĮ X) are read by the Lithuanian passes (_lt_names), which
    # also put the name's nominative first; here only the other prefix forms.
    prefixes = "|".join(re.escape(f.form) for f in forms if f.position == "prefix" and f.country != "LT")
    suffix = re.compile(rf"(?<![\w„“\"])(?P<name>{_CAP}(?:[ \t](?:(?:&|of)[ \t])?{_CAP}){{0,4}})[ \t](?P<form>{suffixes})(?![\w/])(?!\s[„“\"])")
    prefix = re.compile(rf"(?<![\w/])(?P<form>{prefixes})\s(?=(?P<name>{_CAP}(?:\s(?:{_CAP}|{_LOWER})){{0,3}}))")
    return suffix, prefix


def _country(form: str, position: str) -> str | None:
    return next((f.country for f in legal_forms() if f.form == form and f.position == position), None)


def _prefix_end(name: str) -> int:
    """Length of the name after a prefix form, cut before a stop word or a lowercase run after a capital one."""
    words = list(re.finditer(r"\S+", name))
    end = words[0].end()
    for word in words[1:]:
        if word.group().lower() in _STOP or re.search(r"(?:ed|ing)$", word.group()) or not word.group()[0].isalpha():
            break
        end = word.end()
    return end


def _record(context: Context, start: int, end: int, form_span: tuple[int, int], position: str) -> None:
    form = context.text[form_span[0] : form_span[1]]
    taken = context.builder.keys_between(start, end)
    if any(context.builder.type_of(k) is not EntityType.ORGANISATION for k in taken):
        return
    builder = context.builder
    known = builder.find_any(context.text[start:end])
    if known is not None and builder.type_of(known) is EntityType.ORGANISATION:
        builder.alias(known, start, end, "legal-form-name")
        key = known
    else:
        subtype = head_type(context.text[start:end])[1] or "Company"
        key = builder.entity(EntityType.ORGANISATION, start, end, "legal-form-name", subtype=subtype)
    country = _country(form, position)
    if key is not None and country and not context.builder.has_attribute(key, AttributeName.COUNTRY):
        context.builder.attribute(key, AttributeName.COUNTRY, country, *form_span, "legal-form-country")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from innograph.loaders._data import role_words

    return frozenset(title for title, _lang in role_words())


def _plural_type_word(word: str) -> bool:
    from innograph.loaders._names import type_word

    found = type_word(word)
    return found is not None and found.lang == "en" and word.lower() != found.word and word.lower().endswith("s")


def find_legal_names(context: Context) -> None:
    from innograph.loaders._lt_partner_items import lt_country_before_name

    suffix, prefix = _patterns()
    text = context.text
    for match in suffix.finditer(text):
        words = match["name"].split()
        while words and (words[0].lower() in _STOP or not words[0][0].isupper()  # Ā-ſ holds lowercase "į" too
                         or _DESCRIBED.search(words[0])):  # "Copenhagen-based X ApS"
            words.pop(0)
        while len(words) > 2 and words[1] == "of" and words[0].lower() in _titles():  # "CEO of X Oy": X Oy
            words = words[2:]
        if len(words) > 1 and _plural_type_word(words[0]):  # "Companies X AS showed …": a common noun, then the name
            words.pop(0)
        if lt_country_before_name(words) is not None:  # "Suomijos Turku Bio Valley Oy": where, not the name
            words.pop(0)
        if not words:
            continue
        start = match.end("name") - len(" ".join(words))
        _record(context, start, match.end(), match.span("form"), "suffix")
    for match in prefix.finditer(text):
        end = match.start("name") + _prefix_end(match["name"])
        _record(context, match.start(), end, match.span("form"), "prefix")
