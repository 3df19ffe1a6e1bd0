"""Names in running text: tokens, capitalised chunks, typed names and match keys.

English names are runs of capitalised (or mixed-case: ``iVita``) words joined by
connectors (``of``, ``for``, ``and the``). Lithuanian names are anchored on their
type word at the end (``... agentūra``, ``... klasteris``) and run left over
genitive modifiers to a capitalised first word. Type words come from
``data/type_words.tsv``; nothing here knows any particular name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from innograph.loaders._data import TypeWord, type_words
from innograph.loaders._lt import stem

__all__ = [
    "Chunk", "Token", "chunks", "is_acronym", "is_name_word", "name_key", "tokens", "type_word",
]

_WORD = re.compile(r"[^\W_](?:[\w'’+&]|[-.](?=[^\W_]))*\+?")
CONNECTORS = frozenset("of for and in the de la du del der des di für und & on at zu van von".split())
#: Capitalised function words that begin sentences, never names.
_FUNCTION = frozenset(
    """the this these that those a an our its their his her in on at for from with by to as and but both
    all each every during after before through also thus therefore already now then when while one two
    three four five six seven eight nine ten it we they he she there here if since although however
    more most many some such other another about among between within without under over into via
    where which who what how why last next first second third new""".split()
)


_MAX_CHUNK = 16  # tokens: no name is longer; keeps work per chunk bounded


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


def tokens(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 2) \
        and word[:1].isalpha()


def is_name_word(word: str) -> bool:
    """Capitalised, mixed-case (``iVita``) or an acronym."""
    if not word[:1].isalpha():
        return False
    if word[0].isupper():
        return True
    return any(ch.isupper() for ch in word[1:3])


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def name_key(name: str) -> str:
    """Comparison key: no case, accents, quotes, leading article or case endings."""
    text = re.sub(r"[„“”\"«»'’‘`]", "", name)
    text = re.sub(r"[-–—/_.,:;()]+", " ", text).strip()
    text = re.sub(r"(?i)^(?:the|a|an)\s+", "", text)
    words = [_fold(stem(word)) if len(word) > 4 else _fold(word) for word in text.split()]
    return " ".join(word for word in words if word)


@lru_cache(maxsize=1)
def _type_forms() -> dict[str, TypeWord]:
    """Lowercase surface form -> type word (English plurals, Lithuanian case forms)."""
    from innograph.loaders._data import lt_endings

    forms: dict[str, TypeWord] = {}
    for word in type_words():
        if word.kind == "legal":
            forms[word.word] = word
        elif word.lang == "en":
            forms.setdefault(word.word, word)
            forms.setdefault(word.word + "s", word)
            if word.word.endswith("y"):
                forms.setdefault(word.word[:-1] + "ies", word)
        else:
            forms.setdefault(word.word, word)
            for cls, _case, ending in lt_endings():
                if cls == "verb":
                    continue
                nominative = _nominative_ending(cls)
                plural_only = word.cls == "Organisation" and not any(  # "rūmai": "rūmais" (events stay nominative)
                    row[0] == cls and row[1] == "nom" for row in lt_endings())
                if word.word.endswith(nominative) and (plural_only or not _case.startswith("pl_")):
                    forms.setdefault(word.word[: len(word.word) - len(nominative)] + ending, word)
    return forms


def _nominative_ending(cls: str) -> str:
    from innograph.loaders._data import lt_endings

    return next(row[2] for row in lt_endings() if row[0] == cls and row[1] in ("nom", "pl_nom"))


def type_word(word: str) -> TypeWord | None:
    """The type word ``word`` is a form of (legal forms are case-sensitive)."""
    forms = _type_forms()
    if word in forms and forms[word].kind == "legal":
        return forms[word]
    found = forms.get(word.lower())
    return found if found is not None and found.kind in ("head", "weak") else None


def lemma_of(word: str) -> str | None:
    """Nominative of a type word in any case form, keeping its capitalisation."""
    found = type_word(word)
    if found is None or found.lang != "lt":
        return None
    return found.word.capitalize() if word[:1].isupper() else found.word


def chunks(text: str, offset: int = 0) -> list[Chunk]:
    """Maximal runs of name words joined by connectors, in ``text`` (one sentence)."""
    toks = tokens(text, offset)
    found: list[Chunk] = []
    index = 0
    while index < len(toks):
        if not is_name_word(toks[index].text) or toks[index].text.lower() in _FUNCTION:
            index += 1
            continue
        last = _extend(text, offset, toks, index)
        run = toks[index : last + 1]
        found.append(Chunk(run[0].start, run[-1].end, text[run[0].start - offset : run[-1].end - offset], tuple(run)))
        index = last + 1
    from innograph.loaders._name_splits import split_person_of, split_possessive

    pieces = [piece for chunk in found for part in split_possessive(chunk, text, offset)
              for person in split_person_of(part, text, offset) for piece in _split_and(person, text, offset)]
    return [trimmed for piece in pieces for part in _split_dates(piece, text, offset)
            if (trimmed := _trim(part, text, offset)) is not None]


def _split_dates(chunk: Chunk, text: str, offset: int) -> list[Chunk]:
    """``Tallinn on 8 June for the X Forum``: a day and month inside a run separate two names."""
    from innograph.loaders._data import months

    toks = chunk.tokens
    for index in range(1, len(toks)):
        if toks[index].text.lower() in months() and (toks[index - 1].text.isdigit()
                                                     or index + 1 < len(toks) and toks[index + 1].text.isdigit()):
            left = toks[: max(0, index - 1 if toks[index - 1].text.isdigit() else index)]
            right = toks[index + 1 :]
            while left and (left[-1].text.lower() in CONNECTORS or left[-1].text.isdigit()):
                left = left[:-1]
            while right and (right[0].text.lower() in CONNECTORS or right[0].text.isdigit()):
                right = right[1:]
            return [_make(part, text, offset) for part in (left, right) if part]
    return [chunk]


def _trim(chunk: Chunk, text: str, offset: int) -> Chunk | None:
    """Drop a leading date (``March 2021 the X``), a leading job title (``CEO of X``) and a trailing ``and the
    <country adjective>``."""
    from innograph.loaders._data import country_adjectives, months, role_words
    from innograph.loaders._name_edges import drop_common_lead, drop_place_tail

    toks = list(chunk.tokens)
    while len(toks) > 1 and (toks[0].text.lower() in months() and (toks[1].text.isdigit() or len(toks[0].text) > 3)
                             or toks[0].text.isdigit() or (toks[0].text.lower() in _FUNCTION
                                                            and toks[0].text[0].islower())):
        toks.pop(0)
    toks = drop_common_lead(toks)
    titles = {title for title, _lang in role_words()}
    if len(toks) > 3 and f"{toks[0].text} {toks[1].text}".lower() in titles and toks[2].text in ("of", "at"):
        toks = toks[1:]  # "Project Manager at X": a two-word title
    if len(toks) > 2 and (toks[0].text.lower() in titles or toks[0] is not chunk.tokens[0]) and toks[1].text in ("of", "at"):
        toks = toks[2:]
        if len(toks) > 3 and type_word(toks[0].text) is None and toks[1].text in ("of", "for"):
            toks = toks[2:]  # "Director of Development of the X Authority": the title's field goes too
        while len(toks) > 1 and toks[0].text in ("the", "The"):
            toks = toks[1:]
    toks = drop_place_tail(toks)
    if len(toks) >= 3 and toks[-1].text in country_adjectives() and toks[-2].text.lower() in CONNECTORS:
        while toks and (toks[-1].text in country_adjectives() or toks[-1].text.lower() in CONNECTORS):
            toks.pop()
    if not toks or not is_name_word(toks[0].text):
        return None
    if len(toks) == len(chunk.tokens):
        return chunk
    return _make(tuple(toks), text, offset)


def _gap(text: str, offset: int, left: Token, right: Token) -> str:
    return text[left.end - offset : right.start - offset]


def _extend(text: str, offset: int, toks: list[Token], index: int) -> int:
    """Index of the last token of the chunk starting at ``index``."""
    last = index
    cursor = index + 1
    while cursor < len(toks) and cursor - index < _MAX_CHUNK:
        gap = _gap(text, offset, toks[cursor - 1], toks[cursor])
        word = toks[cursor].text
        if gap == " " and (is_name_word(word) or (word.isdigit() and len(word) <= 4)):
            last = cursor
            cursor += 1
            continue
        if gap == " " and word.lower() in CONNECTORS and word[0].islower() or (gap == " " and word == "&"):
            cursor += 1
            continue
        if gap == ", " and _comma_continues(toks, cursor) and last == cursor - 1:
            cursor += 1
            continue
        break
    return last


def _comma_continues(toks: list[Token], cursor: int) -> bool:
    """``Economic Affairs, Labour and Ports``: a comma inside a name before ``and X``."""
    window = [tok.text for tok in toks[cursor : cursor + 3]]
    return (
        len(window) == 3 and is_name_word(window[0]) and window[1] in ("and", "&")
        and is_name_word(window[2]) and window[0].lower() not in _FUNCTION
    )


def _split_and(chunk: Chunk, text: str, offset: int) -> list[Chunk]:
    """Split ``A and the B`` / ``A and B`` where both sides are names of their own (``ACR at the B`` too)."""
    from innograph.loaders._name_edges import unit_at

    toks = chunk.tokens
    for position, tok in enumerate(toks):
        if tok.text == "at" and position == 1 and is_acronym(toks[0].text) and len(toks) > 3:
            return [_make(toks[:1], text, offset), *_split_and(_make(toks[2:], text, offset), text, offset)]
        if tok.text == "at" and position > 1 and unit_at(toks[:position], toks[position + 1 :]):
            return [_make(toks[:position], text, offset), *_split_and(_make(toks[position + 1 :], text, offset),
                                                                       text, offset)]
        if tok.text not in ("and", "&") or position == 0:
            continue
        left, right = toks[:position], toks[position + 1 :]
        with_article = bool(right) and right[0].text == "the"
        if with_article:
            right = right[1:]
        if not right or not left:
            continue
        if not with_article:
            right_head = _first_segment(right)
            if not (_typed(right_head) or is_acronym(right[0].text)):
                continue
        if _standalone(right) and (_typed(left) or len(left) == 1 and _own_name(left[0].text)):
            return [_make(left, text, offset), *_split_and(_make(right, text, offset), text, offset)]
    return [chunk]


def _own_name(word: str) -> bool:
    """One word that is a name by itself: an acronym or mixed case (``BioNemunas``, ``H2Coast``)."""
    return is_acronym(word) or any(ch.isupper() for ch in word[1:])


def _first_segment(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """The words before the first connector (``University`` of ``University of Lodz``)."""
    for position, tok in enumerate(toks):
        if tok.text.lower() in CONNECTORS:
            return toks[:position]
    return toks


def _standalone(toks: tuple[Token, ...]) -> bool:
    if len(toks) == 1:
        return is_acronym(toks[0].text) or not toks[0].text[0].isupper()
    return _typed(toks) or is_acronym(toks[0].text)


def _typed(toks: tuple[Token, ...]) -> bool:
    return any(type_word(tok.text) is not None and tok.text[0].isupper() for tok in toks)


def _make(toks: tuple[Token, ...], text: str, offset: int) -> Chunk:
    while toks and toks[-1].text.lower() in CONNECTORS:
        toks = toks[:-1]
    return Chunk(toks[0].start, toks[-1].end, text[toks[0].start - offset : toks[-1].end - offset], toks)
