"""A quoted name a dash explains: ``„Baltic Agro Link“ – tarptautinis klasterių tinklas``.

A Lithuanian text introduces a body by its quoted name, a dash (``– tai``) and what it
is: a few lowercase words ending in an organisation type word in the nominative. The
name is an organisation of that type (a network, a cluster, an association ...).
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._lt import case_of
from innograph.loaders._names import type_word

__all__ = ["find_lt_described"]

_LOWER = "a-ząčęėįšųūž"
_DESCRIBED = re.compile(rf"[„“\"](?P<name>[A-ZĄČĘĖĮŠŲŪŽ][^„“”\"\n]{{1,60}})[“”\"]\s*[–—-]\s*(?:tai\s+)?"
                        rf"(?P<words>[{_LOWER}]+(?:\s+[{_LOWER}]+){{0,3}})\b")


def find_lt_described(context: Context) -> None:
    from innograph.loaders._orgs import make_org

    for match in _DESCRIBED.finditer(context.text):
        heads = [found for head in match["words"].split() if (found := type_word(head)) is not None
                 and found.lang == "lt" and case_of(head) == "nom"]
        word = heads[0] if heads else None
        if word is None or word.cls != EntityType.ORGANISATION.value or word.kind != "head" \
                or context.builder.find_any(match["name"]) is not None:
            continue
        make_org(context, match.start("name"), match.end("name"), "lt-quoted-name-described", subtype=word.subtype)
