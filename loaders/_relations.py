"""Relations stated in English prose.

``coordinated / led / managed / represented by X``, ``project coordinator, the X``,
partnership paragraphs (``the partnership is formed by ...``), ``X cooperates with
Y``, ``member of``, ``part of``, ``responsible for the management of``,
``funded by``, ``organised / hosted by``, sister projects. A paragraph that starts
with ``coordinated by X`` describes a project: named by the short line above it,
by ``the objective of NAME``, or else by a short description.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._countries import country_from_code, country_from_word
from innograph.loaders._names import chunks, is_acronym
from innograph.loaders._orgs import make_org
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._text import Line, sentences

__all__ = ["find_paragraph_projects", "keys_in", "slot_entity"]

_LEAD = r"(?:coordinated|led|managed|represented|headed|run|administered)\s+by\s+"
_LEAD_RE = re.compile(r"\b" + _LEAD)
_PARAGRAPH_PROJECT = re.compile(r"^(?:(?:a|the|this)\s+(?:\w+\s+){0,2}?project,?\s+)?" + _LEAD, re.I)
_SISTER = re.compile(r"\b(?:sister|twin|follow-up|predecessor)\s+project\b")
_OBJECTIVE = re.compile(r"\b(?:objective|aim|goal)s?\s+of\s+(?P<name>[A-Za-z][\w-]*[A-Z][\w-]*)\b")
_STARTED = re.compile(r"\b(?:beginning of the project|project (?:started|began|was launched))\b[^.]{0,40}?\b(?P<y>(?:19|20)\d\d)\b")
_DESCRIPTION_WORDS = 12


def keys_in(context: Context, start: int, end: int, type_: EntityType | None = None) -> list[str]:
    """Entities with a mention inside ``[start, end)``, in text order."""
    return context.builder.keys_between(start, end, type_)


def _slot(context: Context, position: int, limit: int) -> tuple[int, int] | None:
    """The name starting at ``position`` (first chunk there), as a span."""
    window = context.text[position:limit]
    clause = re.match(r"[^,;:.–()]*", window)
    found = [c for c in chunks(window, position) if not country_from_word(c.text)]
    if not found:
        return None
    known = [c for c in found if c.end <= position + clause.end() and context.builder.find_any(c.text)]
    chunk = known[0] if known else found[0]
    if not known and found[0].start - position > 4:
        return None
    bracket = re.match(r"\s*\(([A-Z][\w-]{1,15})\)", context.text[chunk.end : chunk.end + 20])
    acronym = bracket is not None and is_acronym(bracket.group(1)) and country_from_code(bracket.group(1)) is None
    return chunk.start, chunk.end + (bracket.end() if acronym else 0)  # "(SE)" is a country, no acronym


_MEMBER_AFTER = re.compile(r"\s+(?:partner|member)\s+(?=[A-Z])")


def slot_entity(context: Context, position: int, limit: int, rule: str) -> str | None:
    span = _slot(context, position, limit)
    if span is None:
        return None
    member = _MEMBER_AFTER.match(context.text, span[1], limit)
    if member is not None:  # "the Enterprise Europe Network partner X": X, a member of the network
        network = make_org(context, *span, rule)
        key = slot_entity(context, member.end(), limit, rule)
        if network is not None and key is not None and context.builder.type_of(key) is EntityType.ORGANISATION:
            context.builder.relation(key, RelationName.MEMBER_OF, network, span[0], member.end(), "network-partner-named")
        return key
    found = programme_in(context.text[span[0] : span[1]])
    if found is not None:
        return programme_entity(context, found[0], span[0] + found[1], span[0] + found[2], rule)
    starting = [k for k in context.builder.keys(EntityType.PROGRAMME)  # "the Interreg Central\nBaltic programme"
                if any(m.start == span[0] for m in context.builder.mentions_of(k))]
    if starting:
        return starting[0]
    bracket = context.text.find(" (", span[0], span[1])
    key = make_org(context, span[0], bracket if bracket > 0 else span[1], rule)
    if key is not None and bracket > 0:
        inner = re.match(r"\s*\(([\w-]+)\)", context.text[bracket : span[1]])
        if inner:
            context.builder.alias(key, bracket + inner.start(1), bracket + inner.end(1), rule)
    return key


def _title_above(context: Context, line: Line) -> Line | None:
    """A short title line right above a paragraph (``BSHR HealthPort``)."""
    if line.index == 0:
        return None
    above = context.view.lines[line.index - 1]
    words = above.text.split()
    if 1 <= len(words) <= 6 and not re.search(r"[.:;,!?]$", above.text) and above.text[0].isupper():
        return above
    return None


def _described_project(context: Context, line: Line) -> str:
    builder = context.builder
    title = _title_above(context, line)
    if title is not None:
        return builder.entity(EntityType.PROJECT, title.start, title.end, "title-above-paragraph")
    named = _OBJECTIVE.search(line.text)
    if named and builder.find_any(named["name"]) is None:
        start = line.start + named.start("name")
        return builder.entity(EntityType.PROJECT, start, start + len(named["name"]), "objective-of-name")
    words = re.sub(r"\s+", " ", line.text).split(" ")[:_DESCRIPTION_WORDS]
    label = "Project " + " ".join(words).rstrip(",.;:") + ("…" if len(line.text.split()) > _DESCRIPTION_WORDS else "")
    end = line.start + len(" ".join(words))
    return builder.described(EntityType.PROJECT, label, line.start, min(end, line.end), "described-project")


def _entry_project(context: Context, line: Line) -> str | None:
    """The project an entry's heading names, when the paragraph stands under one."""
    index = context.section_at(line.start)
    return context.focus.get(index) if context.section(index).header is not None else None


def find_paragraph_projects(context: Context) -> None:
    """Paragraphs that begin with ``coordinated by X``: a project each, X its coordinator."""
    for line in context.view.lines:
        match = _PARAGRAPH_PROJECT.match(line.text)
        if match is None:
            continue
        org = slot_entity(context, line.start + match.end(), line.end, "paragraph-led-by")
        if org is None or context.builder.type_of(org) is not EntityType.ORGANISATION:
            continue
        project = _entry_project(context, line) or _described_project(context, line)
        context.builder.relation(project, RelationName.COORDINATOR, org, line.start,
                                 line.start + match.end() + len(context.builder.label_of(org)) + 4, "paragraph-led-by")
        _sister(context, project, line)
        _started(context, project, line)


def _sister(context: Context, project: str, line: Line) -> None:
    for sentence in sentences(line):
        if not _SISTER.search(sentence.text):
            continue
        found = [c for c in chunks(sentence.text, sentence.start) if context.builder.find_any(c.text) is None]
        if found:
            other = context.builder.entity(EntityType.PROJECT, found[-1].start, found[-1].end, "sister-project")
            context.builder.relation(project, RelationName.RELATED_PROJECT, other, sentence.start, sentence.end,
                                     "sister-project")


def _started(context: Context, project: str, line: Line) -> None:
    match = _STARTED.search(line.text)
    if match:
        context.builder.attribute(project, AttributeName.START_DATE, match["y"],
                                  line.start + match.start("y"), line.start + match.end("y"), "project-started-in")
