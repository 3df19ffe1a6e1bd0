"""Programme mentions from the gazetteer (``ontology/reference/programmes.ttl``), in any case form.

Every preferred and alternative label is a pattern; patterns are tried longest
first, so ``Interreg Europe`` wins over ``Interreg``. Hyphens and dashes are one
character class, and a generic word of a label (``Programme``, ``Fund``) matches
in either initial case. An entry whose English name is headed by an organisation
type word (``... Institute of ...``) names a body, not a funding line, and is
left to the organisation passes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._data import Programme, programmes
from innograph.loaders._lt import stem
from innograph.loaders._orgs import names_a_body

__all__ = ["find_programmes", "gazetteer", "programme_entity", "programme_for_url", "programme_in"]

_DASHES = "-–—"
_NAMED_PROGRAMME = re.compile(
    r"(?<![\w+-])(?P<name>(?:[A-ZĄČĘĖĮŠŲŪŽ][\w+-]*[ \t]+){2,4}(?:[a-z]\w+[ \t]+)?(?:[Pp]rogramme|[Pp]rogram))\b")
_NOT_FIRST = frozenset("The This That These Our Its Their Each Every Any In On For Under With And EU".split())
_TRAINING = re.compile(r"(?i)\b(?:leader\w*|training|mentor\w*|accelerat\w*|exchange|study|summer|school|"
                       r"master'?s?|bachelor'?s?|doctoral|phd|degree|work)\b")
#: ``the regional programme "Blue Coast 2030"``: a programme's name in quotes after the word.
_PROGRAMME_QUOTED = re.compile(r"\b[Pp]rogram(?:me)?\s+[„“\"«](?P<name>[A-Z][^”“\"»\n]{2,60})[”“\"»]")
#: ``Interreg (V-A) Estonia–Latvia``: an Interreg cross-border programme is named by the countries it spans
#: (Regulation (EU) 2021/1059, Article 3: cross-border co-operation between adjacent regions).
_COUNTRY_PAIR = re.compile(rf"\bInterreg(?:[ \t]+[IVX]{{1,4}}(?:[{_DASHES}][A-D])?)?[ \t]+(?P<a>[A-Z][a-zė]+)[ \t]*[{_DASHES}]"
                           r"[ \t]*(?P<b>[A-Z][a-zė]+)\b")
#: ``Interreg V-A`` / ``Interreg IV C``: a generation before the current one (VI, 2021–2027) is an earlier
#: programme of the line, with its own period and rules (the gold sets annotate it so).
_EARLIER_GENERATION = re.compile(rf"\bInterreg[ \t\u00a0]+(?:I{{1,3}}|IV|V)(?:[{_DASHES}][A-D])?(?=[ \t\u00a0\n])")
_GENERIC = frozenset("programme program programa programos fund fondas framework network".split())


def _word_pattern(word: str) -> str:
    root = stem(word) if len(word) > 4 and word.isalpha() else word.lower()
    if root == word.lower():
        pattern = re.sub(r"\\-|[–—]", f"[{_DASHES}]", re.escape(word))
    else:
        pattern = re.escape(word[: len(root)]) + r"\w{0,5}"
    if word.lower() in _GENERIC:  # "Erasmus+ programme" / "Erasmus+ Programme"
        pattern = f"[{word[0].upper()}{word[0].lower()}]" + pattern[1:]
    return pattern


_GAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"  # never across a blank line
#: A generation and strand after a programme family's name (``Interreg VI-A Lithuania–Poland``): the
#: same programme line, numbered by its period (Regulation (EU) 2021/1059 names the strands A-D).
_GENERATION = rf"(?:{_GAP}[IVX]{{1,4}}(?:[{_DASHES}][A-D])?(?=[ \t\u00a0\n]))?"


def _alias_pattern(alias: str) -> str:
    words = [_word_pattern(word) for word in alias.split()]
    tail = _GAP.join(words[1:])
    body = words[0] + (_GENERATION + _GAP + tail if tail else "")
    return r"(?<![\w+])" + body + r"(?![\w+])"


def _family_names(pairs: list[tuple[str, Programme]]) -> frozenset[str]:
    """One-word aliases (``Interreg``) that open the labels of other programmes but not their own
    programme's label: a family's name, which alone does not say which programme of the family."""
    openers: dict[str, set[str]] = {}
    for alias, programme in pairs:
        if len(alias.split()) > 1:
            openers.setdefault(alias.split()[0], set()).add(programme.ident)
    return frozenset(alias for alias, programme in pairs if len(alias.split()) == 1
                     and openers.get(alias, set()) - {programme.ident}
                     and programme.label.split()[0] != alias)


@lru_cache(maxsize=1)
def gazetteer() -> tuple[Programme, ...]:
    """Gazetteer programmes that documents name as programmes (not bodies)."""
    return tuple(p for p in programmes() if not names_a_body(p.label))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], Programme], ...]:
    pairs = [(alias, programme) for programme in gazetteer() for alias in {programme.label, *programme.aliases}]
    family = _family_names(pairs)
    pairs = [(alias, programme) for alias, programme in pairs if alias not in family]
    pairs.sort(key=lambda pair: (-len(pair[0]), pair[0], pair[1].ident))
    return tuple((re.compile(_alias_pattern(alias)), programme) for alias, programme in pairs)


def programme_in(text: str) -> tuple[Programme, int, int] | None:
    """The first (longest at that place) gazetteer programme named in ``text``."""
    best: tuple[Programme, int, int] | None = None
    for pattern, programme in _patterns():
        match = pattern.search(text)
        if match and (best is None or (match.start(), -match.end()) < (best[1], -best[2])):
            best = (programme, match.start(), match.end())
    return best


def programme_for_url(address: str) -> tuple[Programme, int] | None:
    """(programme, length of its matched prefix) for a web address whose start is a programme's project pages.

    ``address`` is without scheme and ``www.``; the longest matching prefix wins.
    """
    lower = address.lower()
    found = [(len(prefix), programme) for programme in gazetteer() for prefix in programme.url_prefixes
             if lower.startswith(prefix)]
    if not found:
        return None
    length, programme = max(found, key=lambda item: (item[0], item[1].ident))
    return programme, length


def programme_entity(context: Context, programme: Programme, start: int, end: int, rule: str) -> str:
    key = context.builder.entity(EntityType.PROGRAMME, start, end, rule, label=programme.label, language="en")
    context.builder.relabel(key, programme.label, "en")
    return key


def find_programmes(context: Context) -> None:
    """Every gazetteer programme mention becomes (a mention of) a Programme entity."""
    taken: list[tuple[int, int, Programme]] = []
    earlier: list[tuple[int, int]] = []
    for pattern, programme in _patterns():
        for match in pattern.finditer(context.text):
            if any(match.start() < end and start < match.end() for start, end, _p in taken):
                continue
            taken.append((match.start(), match.end(), programme))
            if _EARLIER_GENERATION.search(match.group()):  # "Interreg V-A …" (2014–2020): its own programme
                earlier.append((match.start(), match.end()))
                context.builder.entity(EntityType.PROGRAMME, match.start(), match.end(), "programme-earlier-generation")
                continue
            programme_entity(context, programme, match.start(), match.end(), "programme-gazetteer")
    _parts(context, sorted((item for item in taken if item[:2] not in earlier), key=lambda item: item[0]))
    _named_programmes(context, taken)


def _named_programmes(context: Context, taken: list[tuple[int, int, Programme]]) -> None:
    """``the Lithuanian National progress programme``: capitalised words before *programme*,
    a programme the gazetteer does not know (training and leadership programmes are events)."""
    for match in _NAMED_PROGRAMME.finditer(context.text):
        words = match["name"].split()
        if words[0] in _NOT_FIRST or _TRAINING.search(match["name"]) or names_a_body(match["name"]):
            continue
        if any(match.start() < end and start < match.end() for start, end, _p in taken):
            continue
        context.builder.entity(EntityType.PROGRAMME, match.start("name"), match.end("name"), "name-programme")
    for match in _COUNTRY_PAIR.finditer(context.text):  # "Interreg Estonia–Latvia": a cross-border programme
        if _countries(match) and not any(match.start() < end and start < match.end() for start, end, _p in taken):
            context.builder.entity(EntityType.PROGRAMME, match.start(), match.end(), "interreg-country-pair")
    for match in _PROGRAMME_QUOTED.finditer(context.text):  # regional programme "Blue Coast 2030"
        if not any(match.start("name") < end and start < match.end("name") for start, end, _p in taken):
            context.builder.entity(EntityType.PROGRAMME, match.start("name"), match.end("name"), "programme-quoted-name")

def _countries(match: re.Match[str]) -> bool:
    from innograph.loaders._countries import country_from_word

    return country_from_word(match["a"]) is not None and country_from_word(match["b"]) is not None


def _parts(context: Context, taken: list[tuple[int, int, Programme]]) -> None:
    """``BSR Innovation Express, a call of the BSR Stars programme``: a programme and the one the
    gazetteer says it belongs to, named in one sentence, give ``partOf`` with that sentence."""
    for (start, end, programme), (o_start, o_end, other) in zip(taken, taken[1:]):
        pair = {programme.ident: programme, other.ident: other}
        child = next((p for p in pair.values() if set(p.part_of) & set(pair) - {p.ident}), None)
        between = context.text[end:o_start]
        if child is None or len(between) > 120 or re.search(r"[.!?]\s|\n", between):
            continue
        parent = other if child is programme else programme
        keys = {p.ident: context.builder.find(EntityType.PROGRAMME, p.label) for p in (child, parent)}
        if None not in keys.values():
            context.builder.relation(keys[child.ident], RelationName.PART_OF, keys[parent.ident], start, o_end,
                                     "gazetteer-part-of")
