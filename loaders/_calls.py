"""Funding measures and the projects a call funded (English).

``The Cluster Accelerator is a measure of the regional ERDF programme``: the named
measure is a programme, part of the programme it belongs to. ``… selected the
projects funded in the 2021 call of the Cluster Accelerator``: every project a
numbered entry of the page introduces is funded by that measure. A quoted call
(``the call "Go Global 2024"``) is a programme; ``The call is a measure of the
regional programme Funds for X 2021-2027, financed by the ERDF`` makes the named
programme one too, part of the fund; a page of *selected projects* of the call
has its entries funded by it.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._programmes import programme_entity, programme_in

__all__ = ["find_calls"]

_NAME = r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,4})"
_MEASURE = re.compile(rf"\b(?:The\s+|the\s+)?{_NAME}\s+(?:is|was)\s+(?:a|an|the)\s+(?:new\s+)?(?:funding\s+)?"
                      r"(?:measure|instrument|scheme|call|sub-?programme|strand|programme\s+line)\s+(?:of|under|within)\s+"
                      r"(?:the\s+)?(?P<parent>[^.;\n]{2,80})")
_QUOTED_CALL = re.compile(r"\b(?i:call)\s+(?:(?i:for\s+proposals)\s+)?[„“\"](?P<name>[^”“\"\n]{3,80})[”“\"]")
_THE_CALL = re.compile(r"\b(?:The|This)\s+(?:call|measure|scheme)\s+(?:is|was)\s+(?:a|an|the)\s+(?:new\s+)?(?:funding\s+)?"
                       r"(?:measure|instrument|scheme|call)\s+(?:of|under|within)\s+(?:the\s+)?(?P<parent>[^.;\n]{2,160})")
_NAMED_PROGRAMME = re.compile(r"\bprogram(?:me)?\s+(?P<name>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|of|and|the|"
                              r"\d{4}(?:[-–]\d{4})?)){1,9})")
_FUNDED_BY = re.compile(r"\b(?:co-?)?(?:financed|funded)\s+(?:by|from|under)\s+(?:the\s+)?")
_SELECTED = re.compile(r"(?i)\b(?:selected\s+(?:projects|for\s+funding)|ranking\s+list|funded\s+projects|results\s+of\s+the\s+call)\b")
_CALL_FUNDED = re.compile(r"\bprojects?\s+(?:funded|selected|approved|financed)\s+(?:in|under|by|from)\s+(?:the\s+)?"
                          r"(?:\d{4}\s+)?(?:(?:first|second|third|open|joint)\s+)?(?:call\s+(?:of|for)\s+(?:the\s+)?)?"
                          rf"{_NAME}")


def _measures(context: Context) -> None:
    builder = context.builder
    for match in _MEASURE.finditer(context.text):
        known = builder.find_any(match["name"])
        if known is not None and builder.type_of(known) is not EntityType.PROGRAMME or programme_in(match["name"]):
            continue
        key = known or builder.entity(EntityType.PROGRAMME, match.start("name"), match.end("name"), "measure-of-programme")
        found = programme_in(match["parent"] + " ")
        if found is not None:
            start = match.start("parent")
            parent = programme_entity(context, found[0], start + found[1], start + found[2], "measure-of-programme")
            if parent != key:
                builder.relation(key, RelationName.PART_OF, parent, match.start(), match.end(), "measure-of-programme")


def _quoted_calls(context: Context) -> list[str]:
    """``the call "Go Global 2024"``: the call is a programme (an upper-case repeat is a name of it)."""
    builder, found = context.builder, []
    for match in sorted(_QUOTED_CALL.finditer(context.text), key=lambda m: m["name"].isupper()):
        known = builder.find_any(match["name"])
        if known is None and match["name"].isupper():
            continue
        if known is None or builder.type_of(known) is EntityType.PROGRAMME:
            found.append(builder.entity(EntityType.PROGRAMME, match.start("name"), match.end("name"), "quoted-call"))
    return list(dict.fromkeys(found))


def _call_in_programme(context: Context, call: str) -> None:
    """``The call is a measure of the regional programme NAME, financed by the ERDF``."""
    builder = context.builder
    for match in _THE_CALL.finditer(context.text):
        start = match.start("parent")
        named = _NAMED_PROGRAMME.search(match["parent"])
        found = programme_in(match["parent"] + " ")
        if named is not None and (found is None or found[1] > named.start("name")):
            name = re.sub(r"(?:\s+(?:for|of|and|the))+$", "", named["name"])
            parent = builder.entity(EntityType.PROGRAMME, start + named.start("name"), start + named.start("name") + len(name),
                                    "measure-of-programme")
        elif found is not None:
            parent = programme_entity(context, found[0], start + found[1], start + found[2], "measure-of-programme")
        else:
            continue
        builder.relation(call, RelationName.PART_OF, parent, match.start(), match.end(), "measure-of-programme")
        fund = _FUNDED_BY.search(match["parent"])
        fund_found = programme_in(match["parent"][fund.end() :] + " ") if fund else None
        if fund_found is not None and fund_found[1] == 0 and named is not None:
            at = start + fund.end()
            source = programme_entity(context, fund_found[0], at + fund_found[1], at + fund_found[2], "measure-of-programme")
            builder.relation(parent, RelationName.PART_OF, source, match.start(), match.end(), "measure-of-programme")


def _funded_entries(context: Context, calls: list[str]) -> None:
    builder = context.builder
    entries = [key for index, key in context.focus.items() if context.section(index).header is not None]
    funded = [(match, builder.find(EntityType.PROGRAMME, match["name"])) for match in _CALL_FUNDED.finditer(context.text)]
    selected = _SELECTED.search(context.text)
    if len(calls) == 1 and selected is not None:
        funded.append((selected, calls[0]))
    for match, programme in funded:
        if programme is None:
            continue
        for project in dict.fromkeys(entries):
            if builder.type_of(project) is EntityType.PROJECT:
                builder.relation(project, RelationName.FUNDED_BY, programme, match.start(), match.end(), "call-funded")
        return


def find_calls(context: Context) -> None:
    _measures(context)
    calls = _quoted_calls(context)
    if len(calls) == 1:
        _call_in_programme(context, calls[0])
    _funded_entries(context, calls)
