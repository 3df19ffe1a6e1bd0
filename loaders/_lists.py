"""Lists of organisations in running text, and units named in brackets.

``... selected to form a business mission to the EVENT: A (cluster X), B, C (LISPA)``:
after a colon that follows an event, every item takes part in the event.
``LINPRA (Lithuanian Plastics Cluster)`` / ``parkas (SGD klasteris)``: a cluster
named in brackets after an organisation is a member of it.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_names import lt_names
from innograph.loaders._names import is_acronym, tokens, type_word
from innograph.loaders._orgs import head_type, make_org
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_lists"]

_SPLIT = re.compile(r"\s*(?:;|,|\band\b|\bir\b)\s*")
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{2,80})\)\s*$")
_QUOTED = re.compile(r"[„“\"](?P<name>[^„“”\"]{2,120})[“”\"]")
_MAX_ITEMS = 30
_PARTICIPATION = re.compile(
    r"(?i)\b(?:selected|participants?|participated|attended|took part|represented|mission|delegation|"
    r"dalyv\w*|atrinkt\w*|atstov\w*)")


def _top_level_items(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans of list items split at ``,`` ``;`` ``and`` outside brackets and quotes."""
    items, depth, quoted, start = [], 0, False, 0
    index = 0
    while index < len(text):
        ch = text[index]
        depth += ch == "(" and not quoted
        depth -= ch == ")" and not quoted and depth > 0
        quoted = (not quoted) if ch in "„“”\"" and (ch != "“" or not quoted or True) else quoted
        if depth == 0 and not quoted:
            match = _SPLIT.match(text, index)
            if match and match.end() > index and (text[index] in ",;" or text[index - 1 : index] == " ") \
                    and _splits(text, start, index, match):
                items.append((offset + start, offset + index))
                index = start = match.end()
                continue
        index += 1
    items.append((offset + start, offset + len(text)))
    return [(s, e) for s, e in items if e - s >= 2][:_MAX_ITEMS]


def _splits(text: str, start: int, index: int, match: re.Match[str]) -> bool:
    """``and``/``ir`` separates items only between two names, not inside one (``gamintojų ir eksportuotojų``)."""
    if text[index] in ",;":
        return True
    after = text[match.end() : match.end() + 1]
    left = text[start:index].split()
    return bool(after) and (after.isupper() or after in "„“\"") and not (len(left) == 1 and not is_acronym(left[0]))


def _is_cluster_name(text: str) -> bool:
    cls, subtype = head_type(text)
    if subtype == "Cluster":
        return True
    return any(n.head.subtype == "Cluster" for n in lt_names(text)) or any(
        (tw := type_word(t.text)) is not None and tw.subtype == "Cluster" for t in tokens(text)[-1:])


def _item(context: Context, start: int, end: int) -> list[str]:
    """Organisations named by one list item (the item, and a cluster in its brackets)."""
    text = context.text[start:end].rstrip(" .")
    end = start + len(text)
    keys: list[str] = []
    bracket = _BRACKET.search(text)
    name_end = start + bracket.start() if bracket else end
    quoted = _QUOTED.search(context.text, start, name_end)
    if quoted is not None and quoted.start() > start and not context.text[start : quoted.start()].strip(" “„\"").islower():
        prefix = context.text[start : quoted.start()].strip()
        if all(type_word(w) for w in prefix.split()) or head_type(prefix)[0] is None:
            key = make_org(context, quoted.start("name"), quoted.end("name"), "list-item", whole=True)
        else:
            key = make_org(context, start, quoted.start(), "list-item", whole=True)
            if key:
                context.builder.alias(key, quoted.start("name"), quoted.end("name"), "list-item")
        if key:
            context.builder.alias(key, start, name_end, "list-item")
    else:
        key = make_org(context, start, name_end, "list-item", whole=True)
    if key is None:
        return keys
    keys.append(key)
    if bracket is not None:
        inner_start = start + bracket.start("inner")
        inner = bracket["inner"].strip()
        if is_acronym(inner) and " " not in inner:
            context.builder.alias(key, inner_start, inner_start + len(inner), "list-item-acronym")
        elif _is_cluster_name(inner):
            keys.extend(_bracketed_cluster(context, key, inner_start, inner, (start, end)))
    return keys


def _name_after_type_word(start: int, inner: str) -> tuple[int, str]:
    """``klasteris SMART FOOD`` / ``cluster SMART FOOD``: the name is what follows the type word."""
    words = inner.split(" ", 1)
    if len(words) == 2 and words[0].islower() and type_word(words[0]) is not None and words[1][:1].isupper():
        return start + len(words[0]) + 1, words[1]
    return start, inner


def _bracketed_cluster(context: Context, owner: str, start: int, inner: str, span: tuple[int, int]) -> list[str]:
    """``X (Y klasteris)``: Y is a member of X; ``X (klasteris Y)``: X acts as the cluster Y (same body)."""
    name_start, name = _name_after_type_word(start, inner)
    if name_start != start:
        context.builder.alias(owner, name_start, name_start + len(name), "cluster-name-in-brackets")
        context.builder.set_subtype(owner, "Cluster")
        return []
    member = make_org(context, start, start + len(inner), "cluster-in-brackets", subtype="Cluster")
    if member is None or member == owner:
        return []
    context.builder.relation(member, RelationName.MEMBER_OF, owner, span[0], span[1], "cluster-in-brackets")
    return [member]


def _attendee_list(context: Context, sentence: Span) -> None:
    colon = sentence.text.find(":")
    if colon < 0 or not _PARTICIPATION.search(sentence.text[:colon]):
        return
    events = keys_in(context, sentence.start, sentence.start + colon, EntityType.EVENT)
    if not events:
        return
    event = events[-1]
    for start, end in _top_level_items(sentence.text[colon + 1 :], sentence.start + colon + 1):
        for key in _item(context, start, end):
            if context.builder.type_of(key) is EntityType.ORGANISATION:
                context.builder.relation(event, RelationName.ATTENDEE, key, sentence.start, sentence.end,
                                         "event-attendee-list")


def _member_brackets(context: Context) -> None:
    """``X (Y cluster)`` anywhere: the cluster Y is a member of X."""
    for match in re.finditer(r"\((?P<inner>[^()\n]{3,80})\)", context.text):
        if not _is_cluster_name(match["inner"]):
            continue
        owners = [k for k in keys_in(context, max(0, match.start() - 120), match.start(), EntityType.ORGANISATION)
                  if any(m.end >= match.start() - 2 for m in context.builder.mentions_of(k) if m.end <= match.start())]
        if not owners:
            continue
        inner = match["inner"].strip()
        start = match.start("inner") + match["inner"].index(inner)
        _bracketed_cluster(context, owners[-1], start, inner, (max(0, match.start() - 1), match.end()))


def find_lists(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _attendee_list(context, sentence)
    _member_brackets(context)
