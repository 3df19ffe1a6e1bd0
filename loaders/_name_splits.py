"""Where one run of capitalised words holds two names: a possessive, a person ``of the`` a body.

Used by :func:`._names.chunks` before it splits at ``and``.
"""

from __future__ import annotations

from innograph.loaders._names import Chunk, Token, _make, _typed, is_acronym, type_word

__all__ = ["split_person_of", "split_possessive"]


def split_person_of(chunk: Chunk, text: str, offset: int) -> list[Chunk]:
    """``Anna-Liisa Virta of the Tampere Film Office``: a two-word name, ``of the``, a typed body's name."""
    toks = chunk.tokens
    if len(toks) > 4 and toks[2].text == "of" and toks[3].text == "the" and not _typed(toks[:2]) \
            and not any(is_acronym(tok.text) for tok in toks[:2]) and _typed(toks[4:]):
        return [_make(toks[:2], text, offset), _make(toks[4:], text, offset)]
    return [chunk]


def split_possessive(chunk: Chunk, text: str, offset: int) -> list[Chunk]:
    """``Nordland University's Faculty of Arts``: a possessive ends one name; what it owns is another
    when it is a unit or the owner a typed body (``Fishermen's Association`` stays whole)."""
    from innograph.loaders._units import is_unit

    toks = chunk.tokens
    for index, tok in enumerate(toks[:-1]):
        if tok.text.endswith(("'s", "’s")) and len(tok.text) > 2 and (
                is_unit(text[toks[index + 1].start - offset : chunk.end - offset]) or type_word(tok.text[:-2])):
            left = (*toks[:index], Token(tok.start, tok.end - 2, tok.text[:-2]))
            return [_make(left, text, offset), *split_possessive(_make(toks[index + 1 :], text, offset), text, offset)]
    return [chunk]
