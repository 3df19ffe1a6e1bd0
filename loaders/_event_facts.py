"""Who organised an event, who took part, what it belonged to and where it was held (English).

``It is organised by X`` / ``X, which organised the event`` / ``organised by the
cluster together with Y`` (organisers); a sentence about taking part
(``participating organisations``, ``took part``, ``delegation``, ``researchers from``,
``among them``) names attendees, organisers excepted; ``as part of X`` / ``under X``
/ ``day of the X programme`` and an event listed on a project's page or called a
``project event`` (part of); ``held in Gdańsk`` / ``Riga, 12-13 March`` (country
of the host city, found by :mod:`._event_places`). The event of a sentence is the one it names, else the last one
named before it.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._prose_ties import joined_names
from innograph.loaders._event_partners import named_after_project, partners_meet
from innograph.loaders._event_places import host_city
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences
from innograph.loaders._ties import anaphor

__all__ = ["event_facts"]

_EVENT, _ORG = EntityType.EVENT, EntityType.ORGANISATION
_REACH = 2000
_HEADLINE_LINES = 3  # lines at the top of a page whose event is the page's own
_ORGANISED = re.compile(r"\b(?:[Cc]o-)?(?:[Oo]rgani[sz]ed|[Hh]osted)\s+(?:jointly\s+)?by\s+|\bco-?(?:organi[sz]ed|hosted)\s+"
                        r"(?:together\s+)?with\s+")
_WHICH_ORGANISED = re.compile(r",?\s+(?:which|who)\s+(?:also\s+)?(?:co-)?(?:organi[sz]ed|hosted)\s+(?:the\s+\w+|it)\b")
_TOGETHER = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:(?:together|jointly)\s+with|in\s+(?:partnership|co-?operation|collaboration)"
                       r"\s+with|and)\s+)")
_MEMBER_AFTER = re.compile(r"\s+(?:partner|member)\s+(?=[A-Z])")
_THE_WORD = re.compile(r"(?:the\s+)?(?P<word>[a-z]+)\b")
_ATTEND = re.compile(r"(?i)\b(?:participating\s+organi[sz]ations|took\s+part|take\s+part|taking\s+part|participants|participated|"
                     r"guests\s+included|guests\s+were|"
                     r"attended|delegations?|representatives\s+of|among\s+them)\b")
#: Cues that speak of an event only next to it (the same or the previous paragraph).
_NEAR_ATTEND = re.compile(r"(?i)\b(?:researchers\s+from|(?:speakers?|trainers?|presenters?|lecturers?|mentors?|"
                          r"panel+ists?|experts?)\s+(?:from|included|include)|exhibitors|presented|showed\s+results|"
                          r"showcased|exhibited|pitched|will\s+(?:pitch|speak|present)|on\s+behalf\s+of|spoke|opened|moderated)\b")
_SPEAKERS_LABEL = re.compile(r"(?i)\b(?:speakers|panel+ists|presenters|speakers\s+included|the\s+panel)\s*:$")
_BULLET = re.compile(r"^(?:[*•\-–▪·♦◆►▸‣]|\d{1,2}[.)])\s+")  # a list item: each of its sentences is about its event
_SUBJECTLESS = re.compile(r"(?:Co-)?(?:Organi[sz]ed|Hosted|Held|Run|Moderated)\b")  # "Organised by X.": the event before
_PEOPLE_OF = re.compile(r"(?i)\b(?:companies|firms|members|member\s+companies|SMEs|students|pupils|start-?ups)\s+"
                        r"(?:of|from|at)\s+(?:the\s+)?$")
_PROJECT_TALK = re.compile(r"(?i)\bproject\b")
_PART_OF = re.compile(r"\b(?:as\s+(?:a\s+)?part\s+of|within|under|in\s+the\s+framework\s+of|"
                      r"(?:day|event|activity|session|meeting|conference|seminar|workshop|forum|training)\s+of|"
                      r"to\s+(?:mark|celebrate|close|conclude|launch|open)\s+(?:the\s+(?:end|close|conclusion|completion|"
                      r"start|launch|opening|results)\s+of)?)\s+(?:the\s+)?")
_PROJECT_EVENT = re.compile(r"(?i)\bproject(?:'s)?\s+(?:event|conference|seminar|workshop|meeting)s?\b")
_EVENTS_HEADING = re.compile(r"(?i)^(?:#+\s*)?(?:upcoming\s+|past\s+|project\s+)?events\s*:?$")


def _sentences(context: Context) -> list[Span]:
    return [sentence for line in context.view.lines for sentence in sentences(line)]


def _event_of(context: Context, sentence: Span) -> str | None:
    """The event a sentence speaks of: the one it names, else one named in its paragraph or the one above,
    else the event the page's headline names (a report's own event), else the last one named before it."""
    named = keys_in(context, sentence.start, sentence.end, _EVENT)
    if named:
        return named[0]
    line = context.view.line_at(sentence.start)
    above = context.view.lines[max(0, line.index - 1)]
    nearby = _last_before(context, min(above.start, _block_start(context, sentence.start)), sentence.start)
    if nearby is not None:
        return nearby
    return _headline_event(context) or _last_before(context, max(0, sentence.start - _REACH), sentence.start)


def _headline_event(context: Context) -> str | None:
    """The event a heading at the top of the page names (``Conference report: X 2023``), not a sentence."""
    for line in context.view.lines[:_HEADLINE_LINES]:
        named = keys_in(context, line.start, line.end, _EVENT)
        if named and not line.text.rstrip().endswith((".", "!", "?")):
            return named[0]
    return None


def _last_before(context: Context, start: int, end: int) -> str | None:
    before = keys_in(context, start, end, _EVENT)
    last = [(max(m.end for m in context.builder.mentions_of(k) if start <= m.end <= end), k) for k in before
            if any(start <= m.end <= end for m in context.builder.mentions_of(k))]
    return max(last)[1] if last else None


_ANAPHORIC_SUBJECT = re.compile(r"^(?:It|This|The)\s+(?:\w+\s+){0,2}?(?:event|matchmaking|conference|forum|seminar|"
                                r"workshop|meeting|fair|visit|summit|is|was|will)\b")


def _event_subject(context: Context, sentence: Span, position: int) -> str | None:
    """The event a sentence's clause before ``position`` is about: named there, or ``It`` / ``The event``."""
    named = keys_in(context, sentence.start, position, _EVENT)
    if named:
        return named[0]
    if _ANAPHORIC_SUBJECT.match(sentence.text):
        return _event_of(context, sentence)
    line = context.view.line_at(sentence.start)  # "• Bootcamp – 7 May. Training for staff, organised by X."
    listed = (_BULLET.match(line.text) or _SUBJECTLESS.match(sentence.text)) and line.start < sentence.start
    if listed:
        return _last_before(context, line.start, sentence.start)
    # "Nordic Kelp Days 2025 / 4-5 June, Nordby / Hosted by X.": the event heading the block
    return _last_before(context, _block_start(context, sentence.start), sentence.start) \
        if _SUBJECTLESS.match(sentence.text) else None


def _block_start(context: Context, position: int) -> int:
    """Where the paragraph (block of lines between blank lines) holding ``position`` starts."""
    return context.text.rfind("\n\n", 0, position) + 2 if "\n\n" in context.text[:position] else 0


def _org_at(context: Context, position: int, limit: int) -> str | None:
    """The organisation named (or referred to as ``the cluster``) right at ``position``."""
    found = [k for k in keys_in(context, position, limit, _ORG)
             if any(position <= m.start <= position + 4 for m in context.builder.mentions_of(k))]
    if found:
        return found[0]
    word = _THE_WORD.match(context.text, position)
    return anaphor(context, word["word"], position) if word else None


def _organiser_chain(context: Context, position: int, limit: int) -> list[str]:
    """``by A together with B`` / ``by A and B``: A and B."""
    found: list[str] = []
    while (org := _org_at(context, position, limit)) is not None and len(found) < 4:
        ends = [m.end for m in context.builder.mentions_of(org) if position <= m.start <= position + 4]
        end = ends[0] if ends else _THE_WORD.match(context.text, position).end()
        member = _MEMBER_AFTER.match(context.text, end)  # "the X Network partner Y": Y organises
        if member is not None and (named := _org_at(context, member.end(), limit)) is not None:
            org, end = named, min(m.end for m in context.builder.mentions_of(named) if m.start >= member.end())
        found.append(org)
        more = _TOGETHER.match(context.text, end)
        if more is None:
            break
        position = more.end()
    return found


def _organisers(context: Context, sentence: Span) -> None:
    event = None
    for match in _ORGANISED.finditer(sentence.text):
        event = event or _event_subject(context, sentence, sentence.start + match.start())
        for org in _organiser_chain(context, sentence.start + match.end(), sentence.end) if event else ():
            context.builder.relation(event, RelationName.ORGANISER, org, sentence.start, sentence.end, "organised-by")
    for match in _WHICH_ORGANISED.finditer(sentence.text):
        before = keys_in(context, sentence.start, sentence.start + match.start(), _ORG)
        event = event or _event_of(context, sentence)
        if before and event:
            context.builder.relation(event, RelationName.ORGANISER, before[-1], sentence.start, sentence.end,
                                     "which-organised-the-event")


_HOST = re.compile(r"\b(?:welcomed|hosted|organi[sz]ed|co-organi[sz]ed)\s")


def _hosts(context: Context, sentence: Span) -> None:
    """``X welcomed 200 participants to EVENT`` / ``X hosted EVENT``: X organised it."""
    for match in _HOST.finditer(sentence.text):
        at = sentence.start + match.end()
        events = [k for k in keys_in(context, at, min(sentence.end, at + 100), _EVENT)
                  if any(m.start >= at and _plain(context.text[at : m.start]) for m in context.builder.mentions_of(k))]
        start = _clause_start(context, sentence, sentence.start + match.start())
        before = keys_in(context, start, sentence.start + match.start(), _ORG)
        for org in joined_names(context, before) if events else []:  # "A and B hosted EVENT": both
            context.builder.relation(events[0], RelationName.ORGANISER, org, sentence.start, sentence.end, "hosted-the-event")


def _plain(gap: str) -> bool:
    """A few words with no punctuation between a verb and its object (``220 participants to``)."""
    return len(gap.split()) <= 7 and not re.search(r"[,;:.()“”\"]", gap)


def _clause_start(context: Context, sentence: Span, position: int) -> int:
    cuts = [m.end() for m in re.finditer(r"[;:]|,\s+(?:and|but|while)\b", context.text[sentence.start : position])]
    return sentence.start + (cuts[-1] if cuts else 0)


def _attendees(context: Context, sentence: Span) -> None:
    near = not _ATTEND.search(sentence.text)
    if near and not _NEAR_ATTEND.search(sentence.text):
        return
    event = _event_of(context, sentence)
    if near and event is not None and event != _headline_event(context):
        line = context.view.line_at(sentence.start)
        above = context.view.lines[max(0, line.index - 1)]
        block = min(above.start, _block_start(context, sentence.start))
        if not keys_in(context, block, sentence.end, _EVENT) and not _ATTEND.search(line.text):
            return  # a weak cue counts next to the event, in a paragraph about taking part or in its report
    if event is None or (_PROJECT_TALK.search(sentence.text) and not keys_in(context, sentence.start, sentence.end, _EVENT)
                         and not _ANAPHORIC_SUBJECT.match(sentence.text)):
        return
    _attend(context, event, sentence.start, sentence.end)


def _attend(context: Context, event: str, start: int, end: int) -> None:
    """Every organisation named in ``[start, end)`` attends ``event``, its organisers excepted."""
    for org in keys_in(context, start, end, _ORG):
        if _people_of(context, org, start, end):
            continue  # "companies of the X Cluster attended": the cluster itself did not
        if not context.builder.has_relation(event, RelationName.ORGANISER, org):
            context.builder.relation(event, RelationName.ATTENDEE, org, start, end, "took-part-in-event")


def _people_of(context: Context, org: str, start: int, end: int) -> bool:
    """Every mention of ``org`` in ``[start, end)`` follows ``companies of`` / ``students from`` / ``members of``."""
    spans = [m for m in context.builder.mentions_of(org) if start <= m.start < end]
    return bool(spans) and all(_PEOPLE_OF.search(context.text[max(start, m.start - 40) : m.start]) for m in spans)


def _speaker_lists(context: Context) -> None:
    """``Speakers:`` above bulleted lines ``Name, Title, Organisation - on …``: their organisations attend."""
    lines = context.view.lines
    for line in lines:
        if not _SPEAKERS_LABEL.search(line.text):
            continue
        event = _event_of(context, Span(line.start, line.end, line.text))
        for item in lines[line.index + 1 :]:
            if event is None or not _BULLET.match(item.text):
                break
            _attend(context, event, item.start, item.end)


def _parts(context: Context, sentence: Span) -> None:
    for match in _PART_OF.finditer(sentence.text):
        event = _event_subject(context, sentence, sentence.start + match.start())
        position = sentence.start + match.end()
        near = [k for k in keys_in(context, position, min(sentence.end, position + 60))
                if context.builder.type_of(k) in (EntityType.PROJECT, EntityType.PROGRAMME)]
        owners = [k for k in near if any(position <= m.start <= position + 4 for m in context.builder.mentions_of(k))]
        projects = [k for k in near if context.builder.type_of(k) is EntityType.PROJECT]
        if owners and projects and re.match(r"\s+project\b", context.text[_end_at(context, owners[0], position):]):
            owners = projects[:1]  # "as part of the Interreg X project NAME": the project
        if event and owners:
            context.builder.relation(event, RelationName.PART_OF, owners[0], sentence.start, sentence.end,
                                     "event-part-of")


def _end_at(context: Context, key: str, position: int) -> int:
    return min((m.end for m in context.builder.mentions_of(key) if m.start >= position), default=position)


def _page_project(context: Context, position: int) -> str | None:
    focus = context.focus_at(position)
    if focus is not None:
        return focus
    projects = context.builder.keys(EntityType.PROJECT)
    return projects[0] if len(projects) == 1 else None


def _listed_on_project_page(context: Context) -> None:
    builder = context.builder
    headings = [line.start for line in context.view.lines if _EVENTS_HEADING.match(line.text)]
    for event in builder.keys(_EVENT):
        if builder.has_relation(event, RelationName.PART_OF):
            continue
        first = min(m.start for m in builder.mentions_of(event))
        line = context.view.line_at(first)
        listed = any(h < first for h in headings) or _PROJECT_EVENT.search(context.text[max(line.start, first - 80) : first])
        project = _page_project(context, first) if listed else None
        if project is not None:
            builder.relation(event, RelationName.PART_OF, project, first, line.end, "event-on-project-page")


def event_facts(context: Context) -> None:
    if not context.builder.keys(_EVENT):
        return
    spans = _sentences(context)
    for rule in (_organisers, _hosts, _parts, _attendees):
        for sentence in spans:
            rule(context, sentence)
    _speaker_lists(context)
    partners_meet(context)
    named_after_project(context)
    _listed_on_project_page(context)
    host_city(context)
