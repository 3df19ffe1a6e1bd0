"""Items of an inline partner list: ``A (LT); B (LV)``, ``A Cluster, B Gymnasium (SE)``, ``A, B and C``.

Items are apart by ``;``, after each ``(XX)`` / ``(Country)`` note when items carry them,
and by commas (the last two by *and*) when one of the names is an organisation's and
none is a unit (``University X, Faculty of Y``) or a one-word place (``Name, Riga``).
A piece that starts a clause (``its Studio being responsible …``) is no item.
"""

from __future__ import annotations

import re

from innograph.loaders._brackets import split_after_notes
from innograph.loaders._data import legal_forms
from innograph.loaders._orgs import head_type
from innograph.loaders._units import unit_headed

__all__ = ["ACRONYM", "split_items"]

ACRONYM = re.compile(r"\s*\((?P<acr>[A-Za-z][\w&-]{1,15})\)\s*$")
#: ``its Studio being responsible for …``: a clause about the item before, no partner of its own.
_CLAUSE_ITEM = re.compile(r"\s*(?:its|their|his|her|which|who|whose|where|while)\b")
_LAST_AND = re.compile(r"\s+(?:and|ir|un|ja|och|og|und|i|oraz)\s+")
_BRACKET_END = re.compile(r"\s*\([^()]*\)\s*$")


def split_items(value: str, offset: int) -> list[tuple[int, int]]:
    """Items of an inline list: split at ``;``, or after each ``(XX)`` / ``(Country)`` when items carry them."""
    cuts = split_after_notes(value)
    if cuts is None:
        bounds = [(m.start(), m.end()) for m in re.finditer(";", value)]
    else:
        notes = list(zip(cuts[::2], cuts[1::2]))
        semicolons = [(m.start(), m.end()) for m in re.finditer(r";\s*(?:and\s+)?", value)
                      if not any(a <= m.start() < b for a, b in notes)]
        bounds = sorted(notes + semicolons)
    spans, cursor = [], 0
    for end, after in [*bounds, (len(value), len(value))]:
        piece = value[cursor:end]
        if piece.strip() and not _CLAUSE_ITEM.match(piece):
            lead = len(piece) - len(piece.lstrip())
            spans.extend(_comma_items(value, cursor + lead, cursor + len(piece.rstrip()), offset))
        cursor = after
    return spans


def _comma_items(value: str, start: int, end: int, offset: int) -> list[tuple[int, int]]:
    """``A Cluster, B Gymnasium (SE)`` / ``A, B and C``: names apart by commas (the last two by *and*)
    when one of them is an organisation's and none is a unit (``University X, Faculty of Y``) or a
    one-word place (``Name, Riga``)."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"(?:[^,(]|\([^()]*\))+", value[start:end])]  # not at "(X, LV)"
    if len(parts) >= 2:
        last = value[start + parts[-1][0] : start + parts[-1][1]]
        both = _LAST_AND.split(last)
        if len(both) == 2 and both[1].lstrip()[:1].isupper():  # not the inner 'un' of 'Biozinātņu un tehnoloģiju'
            cut = _LAST_AND.search(last)
            parts[-1:] = [(parts[-1][0], parts[-1][0] + cut.start()), (parts[-1][0] + cut.end(), parts[-1][1])]
    names = [ACRONYM.sub("", _BRACKET_END.sub("", value[start + a : start + b])).strip() for a, b in parts]
    if len(parts) < 2 or any(len(n.split()) < 2 or not n[:1].isupper() or unit_headed(n) for n in names) \
            or not any(head_type(n)[0] or _legal_led(n) for n in names):
        return [(offset + start, offset + end)]
    spans = []
    for a, b in parts:
        piece = value[start + a : start + b]
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + start + a + lead, offset + start + a + len(piece.rstrip())))
    return spans


def _legal_led(name: str) -> bool:
    """``UAB „Name“``: a legal form written before a quoted name heads a company's name."""
    return any(form.position == "prefix" and re.match(rf"{re.escape(form.form)}\s+[„“\"«]", name) for form in legal_forms())
