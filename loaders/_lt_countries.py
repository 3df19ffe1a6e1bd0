"""A body's country written next to its name in Lithuanian.

``vokiečių X`` (the plural demonym in the genitive: German), ``Latvijos „X“`` (a country in
the genitive right before a quoted name), ``X (…, Švedija)`` (a country closing the bracket
after the name, after its original name or city). A unit's parent, named inside the unit's
name (``Y regiono tarybos plėtros skyrius``), is in the same country. The demonyms come from
``data/country_adjectives.tsv``; their genitive plural is the nominative's ``-ai`` made ``-ų``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._data import country_adjectives

__all__ = ["find_lt_countries"]

_DEMONYM_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-ząčęėįšųūž]{3,}ų)\s+$")
_COUNTRY_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]{3,})\s+[„“\"]$")
_BRACKET_AFTER = re.compile(r"[“”\"]?\s*\((?:[^()\n]{0,80},\s*)?(?P<word>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]{3,})\s*\)")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Genitive plural of each Lithuanian plural demonym (``vokiečiai`` -> ``vokiečių``) -> alpha-2."""
    return {form[:-2] + "ų": code for form, code in country_adjectives().items()
            if form.islower() and form.endswith("ai")}


def _stated(context: Context, start: int, end: int) -> tuple[str, int, int] | None:
    text = context.text
    before = _DEMONYM_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before["word"] in _demonyms():
        return _demonyms()[before["word"]], before.start(), end
    before = _COUNTRY_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and (code := country_from_word(before["word"])) is not None:
        return code, before.start(), end
    after = _BRACKET_AFTER.match(text, end)
    if after is not None and "\n" not in after.group() and (code := country_from_word(after["word"])) is not None:
        return code, start, after.end()
    return None


def find_lt_countries(context: Context) -> None:
    """Countries stated next to the names of bodies that have none yet; a unit's parent shares it."""
    if context.document.language not in ("lt", "mixed"):
        return
    builder = context.builder
    for key in builder.keys(EntityType.ORGANISATION):
        if builder.has_attribute(key, AttributeName.COUNTRY):
            continue
        for mention in builder.mentions_of(key):
            found = _stated(context, mention.start, mention.end)
            if found is None:
                continue
            builder.attribute(key, AttributeName.COUNTRY, found[0], found[1], found[2], "lt-country-next-to-name")
            for parent in builder.keys(EntityType.ORGANISATION):
                if builder.has_relation(key, RelationName.PART_OF, parent) and not builder.has_attribute(
                        parent, AttributeName.COUNTRY):
                    builder.attribute(parent, AttributeName.COUNTRY, found[0], found[1], found[2],
                                      "lt-country-of-unit")
            break
