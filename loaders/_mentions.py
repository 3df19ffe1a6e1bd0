"""Organisation names in running text, and every later mention of a known name.

Typed names (``University of Lodz``), names after a lowercase type word
(``cluster iVita``, ``SME network InoSpeed``), acronyms defined in brackets in
either direction, and ``NAME – a health cluster of Lithuania`` appositions.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._countries import country_code, country_from_word
from innograph.loaders._names import CONNECTORS, Chunk, chunks, is_acronym, is_name_word, tokens, type_word
from innograph.loaders._orgs import chunk_is_org, make_org
from innograph.loaders._name_cues import is_course
from innograph.loaders._text import sentences

__all__ = ["find_org_names", "propagate_mentions", "sentence_chunks"]

_BRACKET = re.compile(r"\s*\((?P<inner>[^()\n]{2,120})\)")
_APPOSITION = re.compile(
    r"^\s*[–—-]\s+(?:an?|the)\s+(?P<phrase>[a-z][a-z -]{0,60}?)"
    r"(?:\s+(?:of|in|from)\s+(?P<country>[A-Z]\w+)|\s*[,.;)]|\s*$)"
)


def sentence_chunks(context: Context) -> list[tuple[int, int, list[Chunk]]]:
    """(sentence start, sentence end, chunks) for every sentence of the document (computed once)."""
    if context.chunks is None:
        context.chunks = [
            (sentence.start, sentence.end, chunks(sentence.text, sentence.start))
            for line in context.view.lines for sentence in sentences(line)
        ]
    return context.chunks


def _acronym_pair(context: Context, key: str, chunk: Chunk) -> None:
    """``Name (ACR)`` or ``ACR (Full Name)``: both are names of one entity."""
    match = _BRACKET.match(context.text, chunk.end)
    if match is None:
        return
    raw = match["inner"]
    inner = raw.strip().strip("„“”\"«»")
    start = match.start("inner") + raw.index(inner) if inner else match.start("inner")
    code = country_code(inner)
    if code is not None:  # ``Name (LT)``: a country code, not an acronym
        context.builder.attribute(key, AttributeName.COUNTRY, code, start, start + len(inner), "country-code-in-brackets")
    elif is_acronym(inner) and " " not in inner and not country_from_word(inner):
        context.builder.alias(key, start, start + len(inner), "acronym-in-brackets")
        context.builder.attribute(key, AttributeName.ACRONYM, inner, start, start + len(inner), "acronym-in-brackets")
    elif _short_name(inner, chunk.text) and context.builder.type_of(key) is EntityType.ORGANISATION:
        context.builder.alias(key, start, start + len(inner), "short-name-in-brackets")
        context.builder.attribute(key, AttributeName.ACRONYM, inner, start, start + len(inner), "short-name-in-brackets")
    elif is_acronym(chunk.text) and len(inner.split()) >= 2 and is_name_word(inner):
        context.builder.alias(key, start, start + len(inner), "expansion-in-brackets")
        context.builder.attribute(key, AttributeName.ACRONYM, chunk.text, chunk.start, chunk.end, "expansion-in-brackets")


def _short_name(inner: str, name: str) -> bool:
    """``Nordic Agri-Tech Cluster (NordAgri)``: one mixed-case word built from the name's own words."""
    if " " in inner or not 4 <= len(inner) <= 15 or sum(ch.isupper() for ch in inner) < 2 or not inner[0].isupper():
        return False
    parts = re.findall(r"[A-Z][a-z]*", inner)
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    return len(parts) >= 2 and all(any(w.startswith(p.lower()) for w in words) for p in parts)


def _after_type_word(context: Context, chunk: Chunk) -> str | None:
    """``cluster iVita``: a lowercase type word right before the name gives its type."""
    before = context.text[max(0, chunk.start - 40) : chunk.start]
    match = re.search(r"(?:^|\s)(?P<word>[a-z]+)\s$", before)
    if match is None:
        return None
    found = type_word(match["word"])
    if found is None or found.cls != EntityType.ORGANISATION.value or found.lang != "en":
        return None
    end = chunk.end
    joined = re.search(r"\s(?:and|&)\s(?:the\s)?(?P<right>[A-Z].*)$", chunk.text)
    if joined and chunk_is_org(next(iter(chunks(joined["right"], chunk.start + joined.start("right"))), chunk)):
        end = chunk.start + joined.start()
        make_org(context, chunk.start + joined.start("right"), chunk.end, "typed-name")
    end = _baltic_tail(context, chunk.start, end)
    key = make_org(context, chunk.start, end, "type-word-then-name", subtype=found.subtype)
    adjective = re.search(r"\b(?P<adj>[A-Z][a-z]+)\s+(?:[a-zA-Z]+\s+){0,3}$", before[: match.start() + 1])
    country = country_from_word(adjective["adj"]) if adjective else None
    if key and country:
        start = chunk.start - len(before) + adjective.start("adj")
        context.builder.attribute(key, AttributeName.COUNTRY, country, start, end, "adjective-type-word-name")
    return key


_BALTIC_LETTERS = re.compile(r"[ąčęėįšųūžāēīķļņ]", re.I)
_BALTIC_WORD = re.compile(r"\s(?P<word>[a-ząčęėįšųūžāēīģķļņ]{3,}(?:as|is|ys|us|ai|ės|os|ų|ė|ja|ijos|a|i|s))(?=[\s,.;:)]|$)")


def _baltic_tail(context: Context, start: int, end: int) -> int:
    """``the association Išmanūs pastatai``: Lithuanian and Latvian names keep their lowercase words."""
    if not _BALTIC_LETTERS.search(context.text[start:end]):
        return end
    for _ in range(3):
        match = _BALTIC_WORD.match(context.text, end)
        if match is None or match["word"] in _ENGLISH_WORDS:
            break
        end = match.end()
    return end


_ENGLISH_WORDS = frozenset("""is was has as its this his this thus plus always across various this""".split())


def _apposition(context: Context, chunk: Chunk) -> str | None:
    """``IVITA – a health cluster of Lithuania``."""
    match = _APPOSITION.match(context.text[chunk.end : chunk.end + 120])
    if match is None:
        return None
    words = [type_word(word) for word in match["phrase"].split()]
    found = next((w for w in reversed(words) if w is not None), None)
    if found is None or found.cls != EntityType.ORGANISATION.value:
        return None
    key = make_org(context, chunk.start, chunk.end, "apposition", subtype=found.subtype)
    country = country_from_word(match["country"]) if match["country"] else None
    if key and country:
        context.builder.attribute(key, AttributeName.COUNTRY, country, chunk.start, chunk.end + match.end(), "apposition")
    return key


def _typed_programme(context: Context, chunk: Chunk) -> bool:
    """``the Kaunas City Innovation Support Programme``: a capitalised name headed by ``Programme`` / ``Fund``."""
    words = chunk.text.split()
    found = type_word(words[-1]) if len(words) >= 2 else None
    if found is None or found.cls != EntityType.PROGRAMME.value or found.lang != "en" or not words[-1][0].isupper():
        return False
    if is_course(chunk.text):
        context.builder.entity(EntityType.EVENT, chunk.start, chunk.end, "course-programme-name", subtype="Training")
        return True
    if any(type_word(w) is not None and type_word(w).cls == EntityType.ORGANISATION.value for w in words[:-1]):
        return False  # "Innovation Fund Agency", "Cluster Fund": named after a body, not a programme
    context.builder.entity(EntityType.PROGRAMME, chunk.start, chunk.end, "typed-programme-name")
    return True


def _outside_known(context: Context, found: list[Chunk]) -> list[Chunk]:
    """Chunks with the part an earlier-found name covers (``... A/S and the X Cluster``) cut off."""
    result = []
    for chunk in found:
        ends = [m.end for key in context.builder.keys_between(max(0, chunk.start - 80), chunk.end + 80)
                for m in context.builder.mentions_of(key) if m.start <= chunk.start < m.end < chunk.end]
        inside = any(m.start <= chunk.start and chunk.end <= m.end
                     for key in context.builder.keys_between(max(0, chunk.start - 80), chunk.end + 80)
                     for m in context.builder.mentions_of(key))
        if inside and context.builder.find_any(chunk.text) is None:
            continue
        if not ends:
            result.append(chunk)
            continue
        rest = max(ends)
        result.extend(chunks(context.text[rest : chunk.end], rest))
    return result


def find_org_names(context: Context) -> None:
    builder = context.builder
    for _start, _end, found in sentence_chunks(context):
        for chunk in _outside_known(context, found):
            known = builder.find_any(chunk.text)
            if known is not None:
                builder.alias(known, chunk.start, chunk.end, "known-name")
                _acronym_pair(context, known, chunk)
                continue
            key = _legal_form_and_quote(context, chunk)
            if key is not None:
                continue
            if _typed_programme(context, chunk):
                continue
            key = _after_type_word(context, chunk) if " and " in chunk.text else None
            if key is None and chunk_is_org(chunk):
                key = make_org(context, chunk.start, chunk.end, "typed-name")
                _acronym_before_bracket(context, key, chunk)
            else:
                key = _after_type_word(context, chunk) or _apposition(context, chunk)
            if key is not None:
                _acronym_pair(context, key, chunk)


_QUOTE_AFTER = re.compile(r"^[ \t]+[“„\"](?P<name>[^\s,.;:”“\"][^”“\"\n]{2,119})[”“\"]")
_BEFORE_BRACKET = re.compile(r"(?P<acr>[A-Za-z][\w-]{1,14})\s*\(\s*[„“\"]?$")


def _legal_form_and_quote(context: Context, chunk: Chunk) -> str | None:
    """``Public Enterprise “Science and Technology Park ...”``: the quoted text is the name."""
    match = _QUOTE_AFTER.match(context.text[chunk.end : chunk.end + 130])
    if match is None or not chunk_is_org(chunk) or type_word(chunk.tokens[-1].text) is None:
        return None
    start = chunk.end + match.start("name")
    key = make_org(context, start, start + len(match["name"]), "legal-form-and-quoted-name",
                   subtype=type_word(chunk.tokens[-1].text).subtype)
    if key is not None:
        context.builder.alias(key, chunk.start, chunk.end + match.end(), "legal-form-and-quoted-name")
    return key


def _acronym_before_bracket(context: Context, key: str | None, chunk: Chunk) -> None:
    """``MITA (Agency for Science, Innovation and Technology)``: the acronym names it too."""
    before = _BEFORE_BRACKET.search(context.text[max(0, chunk.start - 20) : chunk.start])
    if key is None or before is None or not is_acronym(before["acr"]) or not acronym_fits(before["acr"], chunk.text):
        return
    if context.text[chunk.end : chunk.end + 2].lstrip("”“\"")[:1] != ")":
        return
    start = chunk.start - (len(context.text[max(0, chunk.start - 20) : chunk.start]) - before.start("acr"))
    context.builder.alias(key, start, start + len(before["acr"]), "acronym-before-expansion")


def acronym_fits(acronym: str, name: str) -> bool:
    """Most letters of ``acronym`` start words of ``name`` (in any order: a translated expansion)."""
    initials = {word[0].upper() for word in re.findall(r"[^\W\d_]+", name) if word.lower() not in CONNECTORS}
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    return bool(letters) and sum(ch in initials for ch in letters) / len(letters) >= 0.6


def _case_blind(name: str) -> bool:
    return not (is_acronym(name) or len(name) <= 4)


def _occurrences(context: Context, names: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, key) of every whole-word occurrence, by one pass over the tokens.

    A name is looked up as a run of the text's tokens (a dictionary probe per token and
    name length), so the work grows with the text times the few distinct name lengths,
    not with the text times the number of names. Names that do not start and end on a
    token (a quote, a bracket) are searched with a pattern.
    """
    text, lookup, lengths, odd = context.text, {}, set(), []
    for name, key in names:
        parts = tokens(name)
        if not parts or parts[0].start != 0 or parts[-1].end != len(name):
            odd.append((name, key))
            continue
        lookup.setdefault((name.lower() if _case_blind(name) else name), (name, key))
        lengths.add(len(parts))
    found = []
    toks = tokens(text)
    for index, first in enumerate(toks):
        for size in lengths:
            if index + size > len(toks):
                continue
            end = toks[index + size - 1].end
            piece = text[first.start : end]
            hit = lookup.get(piece) or lookup.get(piece.lower())
            if hit and (hit[0] == piece or _case_blind(hit[0])) and _whole(text, first.start, end):
                found.append((first.start, end, *hit))
    for name, key in odd:
        flags = re.I if _case_blind(name) else 0
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, flags):
            found.append((match.start(), match.end(), name, key))
    return found


def _whole(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1 : start], text[end : end + 1]
    return not (before and (before.isalnum() or before in "_-")) and not (after and (after.isalnum() or after in "_-"))


def propagate_mentions(context: Context) -> None:
    """Every exact later occurrence of a known name is a mention of its entity (longer names first)."""
    builder = context.builder
    names = sorted({(name, key) for key in builder.keys() for name in builder.names_of(key)
                    if len(name) >= 3 and builder.type_of(key) is not EntityType.PERSON},
                   key=lambda pair: (-len(pair[0]), pair[0], pair[1]))
    order = {pair: index for index, pair in enumerate(names)}
    taken = bytearray(len(context.text))  # 1 where a longer name already matched
    for start, end, name, key in sorted(_occurrences(context, names), key=lambda o: (order[(o[2], o[3])], o[0])):
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        builder.alias(key, start, end, "known-name")
