"""Lists of organisations in running text, and units named in brackets.

``... selected to form a business mission to the EVENT: A (cluster X), B, C (LISPA)``:
after a colon that follows an event, every item takes part in the event.
``LINPRA (Lithuanian Plastics Cluster)`` / ``parkas (SGD klasteris)``: a cluster
named in brackets after an organisation is a member of it.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._lt_names import lt_names
from innograph.loaders._national import lead_country
from innograph.loaders._names import is_acronym, is_name_word, tokens, type_word
from innograph.loaders._orgs import head_type, make_org
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_lists"]

_SPLIT = re.compile(r"\s*(?:;|,|\band\b|\bir\b)\s*")
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{2,80})\)\s*$")
_QUOTED = re.compile(r"[„“\"](?P<name>[^„“”\"]{2,120})[“”\"]")
_MAX_ITEMS = 30
#: ``A kartu su Danijos partneriais`` / ``A together with partners from Denmark``: the item ends before it.
_COMPANY = re.compile(r"\s+(?:kartu su|together with|jointly with)\s")
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


def _cut_company(text: str, start: int, end: int) -> int:
    match = _COMPANY.search(text, start, end)
    return match.start() if match else end


def _names_a_body(item: str) -> bool:
    """An item with a capitalised word that is not a country (``Latvijos ir Lenkijos partneriais`` has none)."""
    words = [t.text for t in tokens(item) if is_name_word(t.text)]
    return any(country_from_word(word) is None for word in words)


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
    """``... selected ... to the EVENT: A, B`` (attendees); ``clusters from Lithuania: A, B`` (their country)."""
    colon = sentence.text.find(":")
    if colon < 0:
        return
    lead = sentence.text[:colon]
    events = keys_in(context, sentence.start, sentence.start + colon, EntityType.EVENT)
    event = events[-1] if events and _PARTICIPATION.search(lead) else None
    country = lead_country(lead)
    if event is None and country is None:
        return
    for start, end in _top_level_items(sentence.text[colon + 1 :], sentence.start + colon + 1):
        end = _cut_company(context.text, start, end)
        if not _names_a_body(context.text[start:end]):
            continue
        for key in _item(context, start, end):
            if context.builder.type_of(key) is not EntityType.ORGANISATION:
                continue
            if event is not None:
                context.builder.relation(event, RelationName.ATTENDEE, key, sentence.start, sentence.end,
                                         "event-attendee-list")
            if country is not None and not context.builder.has_attribute(key, AttributeName.COUNTRY):
                context.builder.attribute(key, AttributeName.COUNTRY, country, sentence.start, end,
                                          "list-after-country-cue")


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


_MEMBERS = re.compile(r"(?i),?\s*\b(?:kuri(?:am|ai|ems|oms|o|os)\s+priklauso|whose\s+members\s+(?:are|include)|"
                      r"(?:its\s+)?members\s+(?:are|include)|nariai\s+yra|nariais\s+yra)\s+")
_OTHERS = re.compile(r"(?i)\s+(?:ir|and|bei)\s+(?:kit\w*|other|more|many)\b.*$")
_ANAPHOR = re.compile(r"(?i)\b(?:šio|šios|šiam|this|the)\s+(?:\w+\s+)?(?P<head>\w+)\W*$")


def _anaphor(context: Context, position: int) -> str | None:
    """``Šio bendradarbystės centro, kuriam ...``: the last body before, named with the same type word."""
    match = _ANAPHOR.search(context.text, max(0, position - 60), position)
    head = type_word(match["head"]) if match else None
    if head is None or head.cls != EntityType.ORGANISATION.value:
        return None
    stem = match["head"].lower()[:5]
    for key in reversed(keys_in(context, max(0, position - 1500), match.start(), EntityType.ORGANISATION)):
        if any(stem in context.text[max(0, m.start - 30) : m.end].lower() for m in context.builder.mentions_of(key)):
            return key
    return None


_QUOTED_NAME = re.compile(r"\s*[„“\"](?P<name>[^„“”\"\n]{2,60})[“”\"]\s*$")


def _owner_before(context: Context, sentence: Span, cue: int) -> str | None:
    """The body named right before the cue; ``tinklas „BlueLink“``: the quoted name is its name too."""
    best: tuple[int, str] | None = None
    for key in keys_in(context, max(sentence.start, cue - 120), cue, EntityType.ORGANISATION):
        for mention in context.builder.mentions_of(key):
            quoted = _QUOTED_NAME.match(context.text, mention.end, cue)
            if (cue - 3 <= mention.end <= cue or quoted) and (best is None or mention.end > best[0]):
                best = (mention.end, key)
                if quoted:
                    context.builder.alias(key, quoted.start("name"), quoted.end("name"), "type-word-and-quoted-name")
    return best[1] if best else None


def _member_list(context: Context, sentence: Span) -> None:
    """``X, kuriam priklauso A, B, „C“ ir kitos įmonės`` / ``X, whose members are A, B``: each is a member of X."""
    match = _MEMBERS.search(sentence.text)
    if match is None:
        return
    cue = sentence.start + match.start()
    owner = _owner_before(context, sentence, cue) or _anaphor(context, cue)
    if owner is None:
        return
    tail = sentence.text[match.end() :]
    tail = _OTHERS.sub("", re.split(r"[.;]|\s[–—]\s", tail)[0])
    for start, end in _top_level_items(tail, sentence.start + match.end()):
        if _names_a_body(context.text[start:end]):
            for key in _item(context, start, end):
                context.builder.relation(key, RelationName.MEMBER_OF, owner, sentence.start, sentence.end,
                                         "member-list")


def find_lists(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _attendee_list(context, sentence)
            _member_list(context, sentence)
    _member_brackets(context)
