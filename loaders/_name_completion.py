"""Project names cut short by a one-word pattern: ``ReGrow`` where the text always says ``ReGrow Tartu``.

The naming patterns take one distinctive word (``we started X``, ``the X project``). When
every mention of that word in the text is followed by the same capitalised word, the two
are one name, and the project is named by both.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._names import type_word

__all__ = ["complete_project_names"]

_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-Z][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-])")
_MIN_MENTIONS = 2  # a name said once could be followed by anything


def _completion(context: Context, name: str) -> tuple[str, int, int] | None:
    """(the longer name, its first start, its first end) when every mention of ``name`` is followed by one word."""
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", context.text))
    following = [_NEXT_WORD.match(context.text, m.end()) for m in mentions]
    words = {f["word"] for f in following if f is not None}
    if len(mentions) < _MIN_MENTIONS or None in following or len(words) != 1:
        return None
    word = words.pop()
    if type_word(word) is not None:
        return None  # "X Cluster", "X Project": the body or a description, not more of the name
    return f"{name} {word}", mentions[0].start(), following[0].end()


def complete_project_names(context: Context) -> None:
    """Give a one-word project name the word that always follows it in the text."""
    builder = context.builder
    for key in builder.keys(EntityType.PROJECT):
        label = builder.label_of(key)
        if len(label.split()) != 1:
            continue
        found = _completion(context, label)
        if found is None or builder.find_any(found[0]) not in (None, builder.resolve_key(key)):
            continue
        longer = builder.entity(EntityType.PROJECT, found[1], found[2], "name-always-followed")
        builder.merge(key, longer)
        builder.relabel(key, found[0])
