"""Directory cards: a body's name on a line of its own, its fields on the lines right under it.

::

    OUR MEMBERS

    Nordby Harbour Cluster
    Country: Denmark | City: Nordby | Member since: 2019
    Contact: Jens Aamot, cluster manager

A card is a short name line after a blank line whose next line states ``Label: value``
fields (alone or in ``|`` cells); the card runs to the next blank line. Its fields are
the body's: ``Country:`` gives its country, and a contact line names a person of that
body, not of the page's owner. Cards under a caption about members (``Full members``,
``Associate members``) are members of the page's organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._orgs import make_org
from innograph.loaders._text import Line, TextView

__all__ = ["Card", "card_body_org", "card_of", "cards", "find_cards"]

_CELL_FIELD = re.compile(r"(?:^|\s\|\s+)(?P<label>[A-Z][\w-]*(?: [\w-]+){0,2}):[ \t]+(?P<value>[^|\n]+?)(?=\s+\||$)")
_NAME_WORDS = 8
_CAPTION_WORDS = 6
_JOINERS = frozenset("of and for the in on at & -".split())
_OPENERS = frozenset("our your my the this about contact contacts share".split())
_FOUND: WeakKeyDictionary[TextView, list["Card"]] = WeakKeyDictionary()  # the cards of a text, found once
_MEMBERS = re.compile(r"(?i)\bmembers?\b|\bmembership\b")
_RUN_BY = re.compile(r"(?i)^(?:cluster|managing|management|host|legal)\s+(?:organi[sz]ation|body|entity):\s+"
                     r"|^(?:operated|managed|run|administered|hosted)\s+by:?\s+(?:the\s+)?")
_UNIT_OF = re.compile(r"(?i)^(?:an?|the)\s+(?:unit|department|division|branch|subsidiary|laboratory|lab|centre|center)\s+"
                      r"of\s+(?:the\s+)?(?=[A-Z])")
_COUNTRY_LABEL = re.compile(r"(?i)^(?:country|location)$")


@dataclass(frozen=True)
class Card:
    head: Line
    lines: tuple[Line, ...]  # the field lines under the head
    caption: Line | None  # the nearest caption line above the card


def _is_head(view: TextView, line: Line) -> bool:
    lines = view.lines
    if line.index + 1 >= len(lines) or not view.blank_before(line):
        return False
    below = lines[line.index + 1]
    adjacent = "\n\n" not in view.text[line.end : below.start]
    text = line.text
    return adjacent and len(text.split()) <= _NAME_WORDS and text[:1].isupper() and not text.endswith((".", ":", "?")) \
        and ":" not in text and "|" not in text and _CELL_FIELD.match(below.text) is not None


def _body(view: TextView, head: Line) -> tuple[Line, ...]:
    body: list[Line] = []
    for line in view.lines[head.index + 1 :]:
        if "\n\n" in view.text[(body[-1] if body else head).end : line.start]:
            break
        body.append(line)
    return tuple(body)


def cards(context: Context) -> list[Card]:
    """Every card of the text, in order."""
    view = context.view
    if view not in _FOUND:
        _FOUND[view] = _cards(view)
    return _FOUND[view]


def _cards(view: TextView) -> list[Card]:
    found: list[Card] = []
    caption: Line | None = None
    for line in view.lines:
        if _is_head(view, line):
            found.append(Card(line, _body(view, line), caption))
        elif view.blank_before(line) and len(line.text.split()) <= _CAPTION_WORDS and not line.text.endswith(".") \
                and not any(line in card.lines for card in found[-1:]):
            caption = line
    return found


def card_of(context: Context, position: int) -> Card | None:
    """The card holding ``position``, if one does."""
    return next((card for card in cards(context) if card.head.start <= position <= card.lines[-1].end), None)


def card_body_org(context: Context, card: Card) -> str | None:
    """The organisation the card's head names (made when the name is new)."""
    known = context.builder.find_any(card.head.text)
    if known is not None:
        return known if context.builder.type_of(known) is EntityType.ORGANISATION else None
    words = card.head.text.split()
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _JOINERS for w in words) or words[0].lower() in _OPENERS:
        return None  # "Project summary", "Our team": a caption over fields, no body's name
    return make_org(context, card.head.start, card.head.end, "card-head", whole=True)


def _runs_it(context: Context, key: str, line: Line) -> None:
    """``Cluster organisation: X`` (the body that runs the card's cluster; a member of it, as the genre's
    ``operated by`` is read) / ``A unit of X``: the card's body belongs to X."""
    match = _RUN_BY.match(line.text) or _UNIT_OF.match(line.text)
    if match is None:
        return
    start = line.start + match.end()
    other = make_org(context, start, line.end, "card-parent")
    if other is None or context.builder.resolve_key(other) == context.builder.resolve_key(key):
        return
    name = RelationName.MEMBER_OF if match.re is _RUN_BY else RelationName.PART_OF
    context.builder.relation(key, name, other, line.start, line.end, "card-parent")


def _fields(context: Context, key: str, card: Card) -> None:
    for line in card.lines:
        _runs_it(context, key, line)
        for match in _CELL_FIELD.finditer(line.text):
            if _COUNTRY_LABEL.match(match["label"]) and (country := country_from_word(match["value"].strip())):
                start = line.start + match.start("value")
                context.builder.attribute(key, AttributeName.COUNTRY, country, start, start + len(match["value"]),
                                          "card-country")


def find_cards(context: Context) -> None:
    """Card bodies get their fields; cards under a members caption are members of the page's body."""
    from innograph.loaders._contacts import page_organisation

    owner = page_organisation(context)
    for card in cards(context):
        key = card_body_org(context, card)
        if key is None:
            continue
        _fields(context, key, card)
        if owner is not None and card.caption is not None and _MEMBERS.search(card.caption.text) \
                and context.builder.resolve_key(key) != context.builder.resolve_key(owner):
            context.builder.relation(key, RelationName.MEMBER_OF, owner, card.head.start, card.lines[0].end,
                                     "member-card")
