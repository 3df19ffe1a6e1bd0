"""One body under two written forms: its own-language name in brackets, its parent's acronym before it.

``Švedijos Kalmaro savivaldybė (Kalmar kommun)``, ``tinklo (European DIH Network)``,
``Logistikos fakultetas (Wydział Logistyki, Uniwersytet Morski w Gdyni)``: the bracket
holds the body's name in its own language (for a unit, then its parent's, after a comma).
A bracket of one word (an acronym, a city), with digits (years) or lowercase words first
(``toliau – Agentūra``) or a Lithuanian type word (``SGD klasteris``) is no such name.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_code, country_from_word
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._names import type_word

__all__ = ["bracketed_acronyms", "names_without_legal_form", "complete_quoted_names", "find_original_names", "merge_prefixed_units"]

_UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲÕÄÖÜÅÆØŁŚŹŻĆŃ"
_BRACKET = re.compile(rf"\s*\((?P<inner>[{_UPPER}][^()\d\n;:]{{3,90}})\)")
_PIECE = re.compile(r",\s+")


def _is_name(piece: str) -> bool:
    """Two or more words, capitalised, no country first and no Lithuanian type word (``SGD klasteris``
    in brackets is another body)."""
    words = piece.split()
    lithuanian = any((found := type_word(word)) is not None and found.lang == "lt" for word in words)
    return len(words) >= 2 and words[0][:1].isupper() and country_from_word(words[0]) is None and not lithuanian


def _parents(context: Context) -> dict[str, str]:
    return {r.subject: r.object for r in context.builder.records().relations if r.name is RelationName.PART_OF}


def find_original_names(context: Context) -> None:
    """Alias each bracketed own-language name to the Lithuanian-named body right before it."""
    if context.document.language not in ("lt", "mixed", "mul"):
        return
    builder = context.builder
    parents: dict[str, str] | None = None
    for _start, end, key in mentions_in(context, 0, len(context.text), EntityType.ORGANISATION):
        match = _BRACKET.match(context.text, end)
        if match is None:
            continue
        pieces = _PIECE.split(match["inner"].strip())
        country = country_from_word(pieces[-1]) if len(pieces) == 2 else None  # "(Urząd Gminy X, Lenkija)"
        pieces = pieces[:1] if country else pieces
        if len(pieces) > 2 or not all(_is_name(piece) for piece in pieces):
            continue
        at = match.start("inner")
        if country and builder.type_of(key) is EntityType.ORGANISATION:
            builder.attribute(key, AttributeName.COUNTRY, country, match.start("inner"), match.end("inner"),
                              "lt-original-name-country")
        parents = _parents(context) if parents is None and len(pieces) == 2 else parents
        key = builder.resolve_key(key)
        targets = [key, (parents or {}).get(key)]
        for piece, target in zip(pieces, targets):
            at = context.text.index(piece, at)
            target = builder.resolve_key(target) if target is not None else None
            if target is not None and builder.type_of(target) is EntityType.ORGANISATION:
                builder.alias(target, at, at + len(piece), "lt-original-name")
            at += len(piece)


def merge_prefixed_units(context: Context) -> None:
    """``NTU Mechatronikos fakultetas`` and ``Mechatronikos fakulteto``: a unit written after its parent's
    acronym or name is the unit the article also names without it."""
    builder = context.builder
    keys = builder.keys(EntityType.ORGANISATION)
    names = {key: builder.names_of(key) for key in keys}
    for key in keys:
        for name in names[key]:
            for parent in keys:
                prefix = next((p for p in names[parent] if name.startswith(p + " ") and p != name), None)
                rest = name[len(prefix) + 1 :] if prefix else ""
                unit = builder.find(EntityType.ORGANISATION, rest) if len(rest.split()) >= 2 else None
                if unit is not None and builder.resolve_key(unit) not in (builder.resolve_key(key),
                                                                         builder.resolve_key(parent)):
                    label = builder.label_of(unit)
                    builder.merge(unit, key)
                    builder.relabel(key, label)


def _lithuanian_head(name: str) -> bool:
    found = type_word(name.split()[-1]) if name.split() and name.split()[-1][:1].islower() else None
    return found is not None and found.lang == "lt"


_QUOTED = re.compile(r"[„“\"](?P<name>[^„“”\"\n]{3,80})[“”\"]")


def complete_quoted_names(context: Context) -> None:
    """``„Verpackungsinstitut Rostock e.V.“``: a body found only in the end of a quoted name (``Rostock e.V.``)
    is named by the whole quoted name."""
    builder = context.builder
    for match in _QUOTED.finditer(context.text):
        start, end = match.span("name")
        for m_start, m_end, key in mentions_in(context, start + 1, end, EntityType.ORGANISATION):
            if m_end == end and context.text[start:m_start].strip() and context.text[start:start + 1].isupper():
                builder.alias(key, start, end, "lt-whole-quoted-name")
                builder.relabel(key, match["name"])
        quoted = builder.find(EntityType.ORGANISATION, match["name"])
        described = [slot for slot in mentions_in(context, max(0, match.start() - 120), match.start(),
                                                  EntityType.ORGANISATION) if slot[1] == match.start() - 1]
        if quoted is not None and described and _lithuanian_head(context.text[described[0][0] : described[0][1]]):
            builder.merge(quoted, described[0][2])  # "Vokietijos ... institutas „Verpackungsinstitut Rostock e.V.“"


_ACRONYM = re.compile(r"[”“\"]?\s*\((?P<acr>[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ][A-Z0-9ĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ&-]{1,9})\)")


def bracketed_acronyms(context: Context) -> None:
    """``centro „Latgales Digitālo Inovāciju Centrs“ (LDIC)``: an acronym in brackets after a body's name is its
    name too, wherever else it is used (not a country code, not another body's; after ``X prie Y`` it is X's)."""
    if context.document.language not in ("lt", "mixed", "mul"):
        return
    builder = context.builder
    for start, end, key in mentions_in(context, 0, len(context.text), EntityType.ORGANISATION):
        match = _ACRONYM.match(context.text, end)
        at = re.search(r"\s+prie\s+$", context.text[max(0, start - 8) : start])
        if at is not None:  # "Valstybinė ... tarnyba prie Aplinkos ministerijos (VSTT)": the service's acronym
            left = [slot for slot in mentions_in(context, max(0, start - 160), start, EntityType.ORGANISATION)
                    if slot[1] == start - len(at.group())]
            key = left[-1][2] if left else key
        if match is None or at is not None and key is None or country_from_word(match["acr"]) or country_code(match["acr"]) \
                or builder.find_any(match["acr"]) is not None:
            continue
        for use in re.finditer(rf"(?<![\w-]){re.escape(match['acr'])}(?![\w-])", context.text):
            builder.alias(key, use.start(), use.end(), "lt-bracketed-acronym")
        builder.attribute(key, AttributeName.ACRONYM, match["acr"], match.start("acr"), match.end("acr"),
                          "lt-bracketed-acronym")


def names_without_legal_form(context: Context) -> None:
    """``„Verpackungsinstitut Rostock“ atstovas`` after ``„Verpackungsinstitut Rostock e.V.“``: the name without its
    legal-form suffix (two words or more) is the same body."""
    from innograph.loaders._data import legal_forms

    if context.document.language not in ("lt", "mixed", "mul"):
        return
    suffixes = {form.form for form in legal_forms() if form.position == "suffix"}
    builder = context.builder
    for key in builder.keys(EntityType.ORGANISATION):
        words = builder.label_of(key).split()
        if len(words) < 3 or words[-1] not in suffixes:
            continue
        short = " ".join(words[:-1])
        for use in re.finditer(rf"(?<![\w-]){re.escape(short)}(?!\s+{re.escape(words[-1])})(?![\w-])", context.text):
            if builder.find_any(short) in (None, key):
                builder.alias(key, use.start(), use.end(), "lt-name-without-legal-form")
