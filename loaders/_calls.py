"""Funding measures and the projects a call funded (English).

``The Cluster Accelerator is a measure of the regional ERDF programme``: the named
measure is a programme, part of the programme it belongs to. ``… selected the
projects funded in the 2021 call of the Cluster Accelerator``: every project a
numbered entry of the page introduces is funded by that measure.
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


def _funded_entries(context: Context) -> None:
    builder = context.builder
    entries = [key for index, key in context.focus.items() if context.section(index).header is not None]
    for match in _CALL_FUNDED.finditer(context.text):
        programme = builder.find(EntityType.PROGRAMME, match["name"])
        if programme is None:
            continue
        for project in dict.fromkeys(entries):
            if builder.type_of(project) is EntityType.PROJECT:
                builder.relation(project, RelationName.FUNDED_BY, programme, match.start(), match.end(), "call-funded")
        return


def find_calls(context: Context) -> None:
    _measures(context)
    _funded_entries(context)
