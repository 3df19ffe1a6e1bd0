"""The edges of a run of name words that are no part of the name: a common word before it, a town after it.

``Companies X AS`` / ``Newsletter of the X Agency`` (before), ``X College in Esbjerg`` (after),
and ``Living Lab at X University`` (a unit and its body, two names).
"""

from __future__ import annotations

from innograph.loaders._names import CONNECTORS, Token, type_word

__all__ = ["drop_common_lead", "drop_place_tail", "unit_at"]


def drop_common_lead(toks: list[Token]) -> list[Token]:
    """``Companies X AS`` (a plural type word opening a sentence) / ``Newsletter of the X Agency`` (a word that
    no type word heads, then ``of the`` and a body's name): the words before the name are none of it."""
    first = type_word(toks[0].text) if toks else None
    if len(toks) > 2 and first is not None and first.lang == "en" and toks[0].text.lower() != first.word \
            and toks[0].text.lower().endswith("s"):
        return toks[1:]
    if len(toks) > 4 and first is None and toks[1].text == "of" and toks[2].text == "the" \
            and (last := type_word(toks[-1].text)) is not None and last.kind == "head" and not any(
                tok.text in CONNECTORS for tok in toks[3:]):
        return toks[3:]
    return toks


def drop_place_tail(toks: list[Token]) -> list[Token]:
    """``Nordby College in Esbjerg``: the body, then where it is."""
    head = type_word(toks[-3].text) if len(toks) >= 4 else None
    if head is not None and head.kind == "head" and toks[-2].text == "in" and toks[-1].text[:1].isupper():
        return toks[:-2]
    return toks


def unit_at(left: tuple[Token, ...], right: tuple[Token, ...]) -> bool:
    """``Living Lab at Nordby University``: a body's unit named before ``at`` and its body after it."""
    from innograph.loaders._units import is_unit

    right = right[1:] if right and right[0].text == "the" else right
    typed = any(type_word(tok.text) is not None and tok.text[0].isupper() for tok in right)
    return bool(right) and typed and is_unit(" ".join(tok.text for tok in left))
