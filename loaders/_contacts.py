"""People in contact lines and team lists, with their roles and organisations.

One short line per person, its parts split at commas and dashes::

    Anna Berg, project manager, Skåne Food Agency
    Communication: Jonas Vik, Bothnia Ports Cluster – jonas@example.org
    Eva Lind – cluster manager
    Ola Nes – chair of the board of the X Association, CEO of Y AS
    Maria Holm, project officer            (the next line: the organisation)

The person is the first part (after an optional ``Label:``); a part naming a role is
the job title; a part that is an organisation, or a role ``of``/``at`` one, gives an
affiliation. A team member with a role and no organisation works for the page's own
organisation (the one its title line names).
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_word
from innograph.loaders._names import chunks, type_word
from innograph.loaders._cities import city_country
from innograph.loaders._orgs import make_org, names_a_body
from innograph.loaders._relations import keys_in
from innograph.loaders._people import person_span, make_person, role_pattern
from innograph.loaders._text import Line, Span, sentences
from innograph.loaders._units import unit_and_parent

__all__ = ["CONTACT_HEADING", "find_contacts", "page_organisation"]

_MAX_LINE = 220
_LABEL = re.compile(r"^(?:[-•*▪·]\s*)?(?:(?P<label>[A-Z][\w /&-]{1,40}(?:,\s[\w /&-]{1,40})?):\s+)?")  # "Role, Project: Name"
_PARTS = re.compile(r"\s*(?:,|\s[–—-]\s|\|)\s*")
_NOISE = re.compile(r"@|https?://|www\.|^\+?[\d ()-]{6,}$|^(?:tel|phone|e-?mail|mob)\b", re.I)
_OF_ORG = re.compile(r"\b(?:of|at|in|for)\s+(?:the\s+)?(?=[A-Z])")
_CONTACT_LABEL = re.compile(r"(?i)contact|communication|press|media|enquir|inquir|question|responsible|person|team|lead|manager")
_FUNCTION = frozenset("the a an this our their its and or of in on at for with".split())
CONTACT_HEADING = re.compile(r"(?i)^(?:#+\s*)?(?:contacts?|contact\s+persons?|press\s+contact|kontaktai)\s*:?$")
#: Two sentences on one line (``Prof. Name`` is one: a title's full stop ends nothing).
_SENTENCE_BREAK = re.compile(r"(?<!\bProf)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)[.!?]\s+[A-Z]")
_TITLE = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Assoc\. Prof)\.?\s+")


def page_organisation(context: Context) -> str | None:
    """The organisation the page is about: its owner (see :mod:`._owner`), else the one named in its first line."""
    if context.owner is not None:
        return context.owner
    if not context.view.lines:
        return None
    first = context.view.lines[0]
    found = context.builder.keys_between(first.start, first.end, EntityType.ORGANISATION)
    return found[0] if found else None


def _parts(line: Span, start: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for match in _PARTS.finditer(line.text, start - line.start):
        spans.append((cursor, line.start + match.start()))
        cursor = line.start + match.end()
    spans.append((cursor, line.end))
    return [(s, e) for s, e in spans if e > s]


def _org_of_part(context: Context, start: int, end: int, role: bool, after_role: bool = False) -> str | None:
    """The organisation a part names: the whole part, or the name after ``of``/``at`` in a role
    (the last one, else an earlier one naming a known body: ``head of the group at X's Faculty of Y and …``).

    A note in brackets closing the part (``(Sweden)``) is no part of the name.
    """
    note = re.search(r"\s*\([^()]{2,40}\)\s*$", context.text[start:end])
    end = start + note.start() if note else end
    found = _org_named_in_part(context, start, end, role, after_role)
    return found if found is not None or not role else _known_after_place(context, start, end)


def _known_after_place(context: Context, start: int, end: int) -> str | None:
    for place in _OF_ORG.finditer(context.text, start, end):
        near = [k for k in keys_in(context, place.end(), end, EntityType.ORGANISATION)
                if any(place.end() <= m.start <= place.end() + 8 and m.end <= end for m in context.builder.mentions_of(k))]
        if near:
            return near[-1]
    return None


def _one_body(text: str, start: int) -> bool:
    """``Ministry of Economic Affairs`` after ``Secretary General of the``: the rest of the part is one body's name."""
    found = chunks(text, start)
    head = re.split(r"\s(?:of|for)\s", found[0].text)[0].split() if found else []
    return len(found) == 1 and found[0].start == start and found[0].end == start + len(text.rstrip(" .;")) \
        and any(type_word(word) for word in head) and names_a_body(found[0].text)


def _org_named_in_part(context: Context, start: int, end: int, role: bool, after_role: bool) -> str | None:
    text = context.text[start:end]
    if role:
        places = list(_OF_ORG.finditer(text))
        if not places:
            return None
        start = start + next((p.end() for p in places if _one_body(text[p.end() :], start + p.end())), places[-1].end())
        text = context.text[start:end]
    builder = context.builder
    whole_known = builder.find_any(text.strip(" .;"))
    if whole_known is not None and builder.type_of(whole_known) is EntityType.ORGANISATION:
        return whole_known
    found = chunks(text, start)
    if not found or found[-1].end != start + len(text.rstrip(" .;")) or _NOISE.search(text):
        return None
    if not role and (len(found) > 1 or found[0].start != start + len(text) - len(text.lstrip())):
        return None  # a part that is more than one name is no organisation line
    known = builder.find_any(found[-1].text)
    if known is not None:
        return known if builder.type_of(known) is EntityType.ORGANISATION else None
    name = found[-1].text if role else text.strip()
    if city_country(name) or country_from_word(name) or not names_a_body(name) and not (after_role and
                                                                                        found[-1].tokens[1:]) \
            and (not role or not found[-1].tokens[1:]):
        return None  # "..., Tallinn" is a place; an untyped name needs a role "of" it or before it
    return make_org(context, found[0].start if role else start, found[-1].end, "contact-line-organisation")


def _contact_line(context: Context, line: Span, team: str | None, listed: bool = False) -> bool:
    label = _LABEL.match(line.text)
    parts = _parts(line, line.start + label.end())
    if not parts:
        return False
    name_start, name_end = parts[0]
    title = _TITLE.match(context.text[name_start:name_end])
    span = person_span(context, name_start + (title.end() if title else 0), name_end)
    if span is None or span[1] != name_end or context.text[span[0] : span[1]].split()[0].lower() in _FUNCTION:
        return False
    if label["label"] and not (listed or _CONTACT_LABEL.search(label["label"]) or role_pattern().search(label["label"])):
        return False  # under a Contacts heading any label (``Finance:``) says what the person does
    roles = [(s, e) for s, e in parts[1:] if role_pattern().search(context.text[s:e])]
    if not roles and not label["label"]:
        return False
    person = make_person(context, span, "contact-line")
    if label["label"] and role_pattern().search(label["label"]):
        roles.insert(0, (line.start + label.start("label"), line.start + label.end("label")))
    for s, e in roles[:1]:
        context.builder.attribute(person, AttributeName.JOB_TITLE, _role_text(context, s, e), s, e, "contact-line-role",
                                  language="en")
    orgs = []
    for index, (s, e) in enumerate(parts[1:], 1):
        org = _org_of_part(context, s, e, (s, e) in roles, parts[index - 1] in roles)
        place = country_from_word(context.text[s:e].strip()) if org is None and orgs else None
        if place and context.text[s:e].strip()[:1].isupper() and not context.builder.has_attribute(orgs[-1], AttributeName.COUNTRY):
            context.builder.attribute(orgs[-1], AttributeName.COUNTRY, place, s, e, "contact-line-country")
        if org is None and (s, e) not in roles:
            break
        orgs += [org] if org is not None else []
    if not orgs and roles:
        below = _orgs_on_next_line(context, line) if isinstance(line, Line) else []
        orgs = below or [o for o in (team,) if o is not None]
    for org in dict.fromkeys(orgs):
        context.builder.relation(person, RelationName.AFFILIATION, org, line.start, line.end, "contact-line")
    return True


def _card_team(context: Context, line: Line) -> str | None:
    """The body whose directory card holds ``line``: a contact there works for it."""
    from innograph.loaders._cards import card_body_org, card_of

    card = card_of(context, line.start)
    return card_body_org(context, card) if card is not None and line in card.lines else None


def _role_text(context: Context, start: int, end: int) -> str:
    text = context.text[start:end]
    place = _OF_ORG.search(text)
    return (text[: place.start()] if place else text).strip()


def _org_on_next_line(context: Context, line: Line) -> str | None:
    if line.index + 1 >= len(context.view.lines):
        return None
    below = context.view.lines[line.index + 1]
    if len(below.text) >= 120 or "\n\n" in context.text[line.end : below.start]:
        return None  # a blank line between: the next block, not this person's body
    return _org_of_part(context, below.start, below.end, False)


def _orgs_on_next_line(context: Context, line: Line) -> list[str]:
    """The body on the line below a name and role; ``Faculty of X, Y University`` there gives both (unit, parent)."""
    below = context.view.lines[line.index + 1] if line.index + 1 < len(context.view.lines) else None
    sides = unit_and_parent(context.text, below.start, below.end) if below is not None and len(below.text) < 120 else None
    if sides is None:
        return [org for org in (_org_on_next_line(context, line),) if org is not None]
    unit, parent = make_org(context, *sides[0], "contact-unit-line"), make_org(context, *sides[1], "contact-unit-line")
    if unit is None or parent is None or unit == parent:
        return [org for org in (unit, parent) if org is not None]
    context.builder.relation(unit, RelationName.PART_OF, parent, below.start, below.end, "contact-unit-line")
    return [unit, parent]


def _titled_by_type_word(context: Context, position: int) -> str | None:
    """The body ``cluster`` in ``cluster manager NAME`` / ``association chair NAME`` refers to."""
    from innograph.loaders._ties import anaphor

    words = context.text[max(0, position - 60) : position].split()
    for size in (2, 3, 4):
        if len(words) < size or not words[-size].isalpha() or not words[-size].islower():
            continue
        role = " ".join(words[-size + 1 :])
        if not role_pattern().fullmatch(role) or (len(words) > size and words[-size - 1][:1].isupper()):
            continue
        org = anaphor(context, words[-size], position)
        if org is not None:
            return org
    return None


def _typed_titles(context: Context) -> None:
    """``said cluster coordinator Eva Lind``: a title led by a type word names the page's body of that type."""
    builder = context.builder
    for person in builder.keys(EntityType.PERSON):
        if builder.has_relation(person, RelationName.AFFILIATION):
            continue
        for mention in builder.mentions_of(person):
            org = _titled_by_type_word(context, mention.start)
            if org is not None:
                builder.relation(person, RelationName.AFFILIATION, org, max(0, mention.start - 40), mention.end,
                                 "type-word-title-name")
                break


_WHO_HEADS = re.compile(r",?\s+who\s+(?:heads|leads|manages|directs|chairs|represents|founded|co-founded|"
                        r"works\s+(?:at|for|with)|is\s+(?:the\s+)?\w+\s+(?:of|at))\s+(?:the\s+)?")
_REPRESENTED = re.compile(r"\b(?:was|were|is|are)\s+represented\s+by\s+(?:its|their|the)?\s*")


def _relative_roles(context: Context) -> None:
    """``Olaf Berg, who heads the Kiel X Network`` / ``The cluster was represented by its manager Eva Lind``."""
    from innograph.loaders._ties import subject_of

    builder = context.builder
    for who in _WHO_HEADS.finditer(context.text):
        name = re.search(r"(?:^|[\s“\"(])((?:[^\W\d_][\w'’-]*\s){1,2}[^\W\d_][\w'’-]*)$",
                         context.text[max(0, who.start() - 50) : who.start()])
        span = person_span(context, who.start() - len(name.group(1)), who.start()) if name else None
        if span is not None and span[1] == who.start() and _org_named_at(context, who.end(), who.end() + 120):
            make_person(context, span, "name-who-heads")
    for person in builder.keys(EntityType.PERSON):
        for mention in builder.mentions_of(person):
            line = context.view.line_at(mention.start)
            who = _WHO_HEADS.match(context.text, mention.end, line.end)
            org = _org_named_at(context, who.end(), line.end) if who else None
            if org is None:
                sentence = next((s for s in sentences(line) if s.start <= mention.start <= s.end), line)
                by = list(_REPRESENTED.finditer(context.text, sentence.start, mention.start))
                if by and len(context.text[by[-1].end() : mention.start].split()) <= 3:
                    orgs = keys_in(context, sentence.start, by[-1].start(), EntityType.ORGANISATION)
                    org = orgs[-1] if orgs else subject_of(context, sentence, by[-1].start())
            if org is not None:
                builder.relation(person, RelationName.AFFILIATION, org, line.start, line.end, "who-heads-or-represented-by")


def _org_named_at(context: Context, position: int, limit: int) -> str | None:
    found = [k for k in keys_in(context, position, limit, EntityType.ORGANISATION)
             if any(m.start == position for m in context.builder.mentions_of(k))]
    return found[0] if found else None


def find_contacts(context: Context) -> None:
    team, listed = page_organisation(context), False
    for line in context.view.lines:
        listed = bool(CONTACT_HEADING.match(line.text)) or listed and not (
            context.view.blank_before(line) and ":" not in line.text and len(line.text.split()) <= 6)
        if len(line.text) <= _MAX_LINE and not _SENTENCE_BREAK.search(line.text):
            _contact_line(context, line, _card_team(context, line) or team, listed)
            continue
        for sentence in sentences(line):
            _contact_line(context, sentence, None)
    _typed_titles(context)
    _relative_roles(context)
    _name_above_organisation(context)


def _name_above_organisation(context: Context) -> None:
    """``Contact`` / a name alone on its line / the organisation on the next: the person works there."""
    lines = context.view.lines
    for line in lines[1:-1]:
        if not CONTACT_HEADING.match(lines[line.index - 1].text):
            continue
        span = person_span(context, line.start, line.end)
        org = _org_on_next_line(context, line) if span == (line.start, line.end) else None
        if org is not None:
            person = make_person(context, span, "contact-name-above-organisation")
            context.builder.relation(person, RelationName.AFFILIATION, org, line.start, lines[line.index + 1].end,
                                     "contact-name-above-organisation")
