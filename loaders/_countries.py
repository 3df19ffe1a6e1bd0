"""Countries from codes (``(LT)``, ``(EL)``), names and adjectives, English and Lithuanian.

Names come from pycountry (ISO 3166-1) and its Lithuanian translation; case
forms of Lithuanian names (``Vokietijos``, ``Vokietijoje``) are matched through
their stem; adjectives and demonyms from ``data/country_adjectives.tsv``.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

from innograph.loaders._data import country_adjectives, country_code_aliases
from innograph.loaders._lt import same_lemma, stem

__all__ = ["country_from_code", "country_from_word", "country_said_before", "country_words"]

#: ISO 3166 names shortened the way documents write them.
_SHORT_NAMES = {"Czechia": "CZ", "Russia": "RU", "Moldova": "MD", "Netherlands": "NL", "UK": "GB"}


def country_from_code(code: str) -> str | None:
    """ISO alpha-2 for a two-letter code as EU documents write it, or None."""
    code = code.upper()
    code = country_code_aliases().get(code, code)
    return code if pycountry.countries.get(alpha_2=code) is not None else None


def country_code(text: str) -> str | None:
    """ISO alpha-2 when ``text`` is written as a two-letter capital country code (``LT``, ``EL``), else None.

    >>> country_code("EL"), country_code("Lt"), country_code("LIC")
    ('GR', None, None)
    """
    return country_from_code(text) if len(text) == 2 and text.isupper() else None


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """English and Lithuanian country names -> alpha-2."""
    lithuanian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["lt"], fallback=True)
    table: dict[str, str] = dict(_SHORT_NAMES)
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name:
                table[name] = country.alpha_2
                table[lithuanian.gettext(name)] = country.alpha_2
    return table


@lru_cache(maxsize=1)
def _lt_stems() -> dict[str, tuple[str, str]]:
    """Stems of one-word Lithuanian country names (``vokietij``) -> (name, alpha-2)."""
    lithuanian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["lt"], fallback=True)
    table: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        name = lithuanian.gettext(country.name)
        if name != country.name and " " not in name and len(name) > 4:
            table[stem(name)] = (name, country.alpha_2)
    return table


def country_from_word(word: str) -> str | None:
    """Alpha-2 for a country name, a case form of a Lithuanian one, or an adjective."""
    if word in _names():
        return _names()[word]
    if word in country_adjectives():
        return country_adjectives()[word]
    demonym = next((code for form, code in country_adjectives().items()  # "Lenkų" / "lenkų" of "lenkai"
                    if form.islower() and form.endswith("ai") and word.lower() == form[:-2] + "ų"), None)
    if demonym is not None:
        return demonym
    if word[:1].isupper() and len(word) > 4:
        found = _lt_stems().get(stem(word))
        if found is not None and same_lemma(word, found[0]):
            return found[1]
    return None


def country_words() -> frozenset[str]:
    """Every exact country name and adjective known (for name chunking)."""
    return frozenset(_names()) | frozenset(country_adjectives())


#: ``Viešnia iš Ispanijos „…`` / ``Svečias iš Latvijos – …`` / ``from Latvia "…``: where the next name is from.
_FROM_COUNTRY = re.compile(r"\b(?:iš|from)\s+(?P<country>[A-ZĄČĘĖĮŠŲŪŽ]\w+)\s*(?:[–—-]\s*)?[„“\"]?$")


def country_said_before(text: str, position: int, reach: int = 40) -> tuple[str, int] | None:
    """The country a ``from X`` / ``iš X`` right before ``position`` names, with where that phrase starts."""
    window = max(0, position - reach)
    found = _FROM_COUNTRY.search(text[window:position])
    country = country_from_word(found["country"]) if found else None
    return (country, window + found.start()) if country else None
