"""Who organised an event, who took part, which project it belonged to, and where, in Lithuanian prose.

``Forumą organizavo X kartu su klasteriu „Y“`` / ``X surengė forumą`` / ``organizatoriai
– X ir Y`` (organisers); ``Seminare dalyvavo UAB „A“ ir B atstovai`` and the
organisations of speakers (``Y vadovė Z pristatė ...``) (attendees, organisers
excepted); ``surengtas įgyvendinant projektą`` / ``projekto renginys`` (part of the
project); ``Klaipėdoje vyko ...`` / ``in Kaunas`` (city and country).
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import TITLES, clause_end, close_before, event_of, mentions_in, orgs_in, referent
from innograph.loaders._places import place_in
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_lt_events"]



_ORGANISED = re.compile(r"\b(?:organizavo|suorganizavo|organizuoja|organizuos|surengė|rengė|rengia|surengs|"
                        r"kviečia\s+į|pakvietė\s+į|"  # "X kviečia į seminarą „Y“": the host invites
                        r"[Oo]rganizatori(?:us|ė|ai|ės|umi)|organizuotas|organizuotą|organizuota|surengtas|surengtą|"
                        r"organizuojamas|organizuojamą|organizuojama|rengiamas|rengiamą|rengiama)\b")
_TOGETHER = re.compile(r"\b(?:kartu|bendradarbiaujant)\s+su\s+")  # "surengė bendradarbiaujant su Y": Y as well
_PASSIVE = re.compile(r"(?:tas|tą|ta|mas|mą|ma)$")
_ATTENDED = re.compile(r"\b(?:dalyvavo|dalyvaus|dalyvauja|atstovavo|atstovaus|prisijungė|susirinko|užsiregistravo|"
                       r"užsiregistruos|registravosi)\b")
#: ``A ir B demonstravo naujus įrenginius``: exhibiting at the event the paragraph is about.
_SHOWED = re.compile(r"\b(?:demonstravo|demonstruos|demonstruoja|eksponavo|eksponuos|eksponuoja)\b")
#: ``Dalyvauti jau užsiregistravo A ir B``: registering names the event the paragraph is about.
_REGISTERED = re.compile(r"^\W*Dalyvauti\s+(?:\w+\s+)?(?:užsi)?registr")
_CLAUSE_START = re.compile(r",\s+(?=(?:kuri\w*|kur|kai|o|bet|tačiau)\b)|[;:]|\s[–—]\s")
#: Students of a school take part, the school does not (``kolegijos studentai``).
_PEOPLE_OF = re.compile(r"[”“\"]?\s+(?:studentai|studentų|moksleiviai|moksleivių|mokiniai|mokinių|dėstytojai|absolventai)\b")
_SPOKE = re.compile(r"\b(?:pranešim\w*|skaitė|pristatė|kalbėjo|pasakojo|pasidalijo|pasidalino|dalinosi|"
                    r"atidarė|moderavo|apžvelgė|papasakojo|dalinsis|pasidalins|dalijosi|pasidalys)\b")
#: A body followed by a person's title (``X projektų vadovė``): the speaker's body.
_TITLE_AFTER = re.compile(rf"[”“\"]?\)?\s+(?:[^\W\d_]+\s+){{0,2}}(?:{TITLES})\b")
_OF_PROJECT = re.compile(r"\b(?:įgyvendinant|vykdant|pagal)\s+projekt\w*|\b[Pp]rojekto\s+(?:[„“\"][^”“\"]+[”“\"]\s+)?"
                         r"(?:\w+\s+){0,2}(?:rengin\w*|veikl\w*|konferencij\w*|seminar\w*|forum\w*|mokym\w*|"
                         r"dirbtuv\w*)\b|\b[Pp]rojekto\s+[„“\"][^”“\"]+[”“\"]\s+lėšomis")  # "finansuojamas projekto „X“ lėšomis"


def _organisers(context: Context, sentence: Span, event: str) -> None:
    for match in _ORGANISED.finditer(sentence.text):
        at = sentence.start + match.end()
        at += len(re.match(r"\s*(?:[–—:|-]\s*)?", context.text[at:]).group())  # "organizatoriai – X ir Y"
        after = orgs_in(context, at, clause_end(sentence, at))
        if _PASSIVE.search(match.group()):  # "X organizuotas forumas": the body right before
            found = close_before(context, sentence, sentence.start + match.start())
        else:
            found = after or orgs_in(context, sentence.start, sentence.start + match.start())[-1:]
            if after and _TOGETHER.fullmatch(context.text, at, after[0][0]):  # "X surengė kartu su Y": X too
                found = [*orgs_in(context, sentence.start, sentence.start + match.start())[-1:], *after]
        together = _TOGETHER.search(sentence.text)  # "Konferenciją kartu su X organizavo Y": X as well
        if together and not _PASSIVE.search(match.group()):
            found = [*found, *orgs_in(context, sentence.start + together.end(), sentence.start + match.start())[:1]]
        for _start, _end, org in found:
            context.builder.relation(event, RelationName.ORGANISER, org, sentence.start, sentence.end,
                                     "lt-organised-by")


def _attendees(context: Context, sentence: Span, event: str, pattern: re.Pattern[str], *,
               speakers: bool = False) -> None:
    """Bodies named in a sentence that says they took part; ``speakers``: only bodies a speaker's title names."""
    builder = context.builder
    match = pattern.search(sentence.text)
    if match is None:
        return
    start, end = sentence.start, sentence.end
    if not speakers:  # the clause of "dalyvavo": not the organiser before ", kuriame dalyvaus ..."
        start = max([start, *(sentence.start + m.end() for m in _CLAUSE_START.finditer(sentence.text, 0, match.start()))])
        end = clause_end(sentence, sentence.start + match.end())
    slots = orgs_in(context, start, end, nested=not speakers)
    for index, (_start, org_end, org) in enumerate(slots):
        titled = _TITLE_AFTER.match(context.text, org_end) or (  # "A ir B atstovai": A's representatives too
            index + 1 < len(slots) and re.fullmatch(r"[”“\"]?\s+(?:ir|bei)\s+", context.text[org_end : slots[index + 1][0]])
            and _TITLE_AFTER.match(context.text, slots[index + 1][1]))
        if speakers and not titled or _PEOPLE_OF.match(context.text, org_end):
            continue
        if not builder.has_relation(event, RelationName.ORGANISER, org):
            builder.relation(event, RelationName.ATTENDEE, org, sentence.start, sentence.end, "lt-took-part")


def _part_of_project(context: Context, sentence: Span, event: str) -> None:
    match = _OF_PROJECT.search(sentence.text)
    if match is None:
        return
    projects = keys_in(context, sentence.start, sentence.end, EntityType.PROJECT)
    project = projects[0] if projects else referent(context, sentence.start, None, EntityType.PROJECT)
    if project is not None:
        context.builder.relation(event, RelationName.PART_OF, project, sentence.start, sentence.end,
                                 "lt-event-of-project")


_INITIATED = re.compile(r"\s+(?:inicijuojam|inicijuot|organizuojam|rengiam)\w*\b")


def _of_programme(context: Context, sentence: Span, event: str) -> None:
    """``5-oji BSR Stars inicijuojama ... mugė``: an event a programme initiates or runs is part of it."""
    for key in keys_in(context, sentence.start, sentence.end, EntityType.PROGRAMME):
        for mention in context.builder.mentions_of(key):
            if sentence.start <= mention.start and _INITIATED.match(context.text, mention.end):
                context.builder.relation(event, RelationName.PART_OF, key, sentence.start, sentence.end,
                                         "lt-event-of-programme")


def _place(context: Context, event: str) -> None:
    builder = context.builder
    if builder.has_attribute(event, AttributeName.COUNTRY):
        return
    for sentence in _sentences_about(context, event):
        inside = [(m.start, m.end) for key in keys_in(context, sentence.start, sentence.end, EntityType.ORGANISATION)
                  for m in builder.mentions_of(key)]
        words = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", sentence.text)
                 if not any(s <= sentence.start + m.start() < e for s, e in inside)]
        found = place_in([w for _s, w in words])
        if found is not None:
            index, (city, country) = found
            start = sentence.start + words[index][0]
            end = start + len(words[index][1])
            builder.attribute(event, AttributeName.COUNTRY, country, start, end, "lt-event-in-city")
            builder.attribute(event, AttributeName.CITY, city, start, end, "lt-event-in-city")
            return


def _sentences_about(context: Context, event: str) -> list[Span]:
    """The sentences naming the event, each followed by the next one when that names no other event."""
    found: list[Span] = []
    for mention in context.builder.mentions_of(event):
        spans = sentences(context.view.line_at(mention.start))
        index = next((i for i, s in enumerate(spans) if s.start <= mention.start <= s.end), None)
        if index is None:
            continue
        found.append(spans[index])
        if index + 1 < len(spans) and not keys_in(context, spans[index + 1].start, spans[index + 1].end, EntityType.EVENT):
            found.append(spans[index + 1])
    return found


def _listed_event(context: Context, sentence: Span) -> str | None:
    """``Verslo dienos 2024 – birželio 3 d. Organizatoriai: ...``: the event named before in the line; a facts
    row of its own (``Organizatoriai | A ir B``), the event of the page."""
    if not re.match(r"\W*Organizatori", sentence.text):
        return None
    line = context.view.line_at(sentence.start)
    earlier = mentions_in(context, line.start, sentence.start, EntityType.EVENT)
    if not earlier and sentence.start == line.start and re.match(r"\W*Organizatori\w*\s*[|:]", sentence.text):
        return referent(context, sentence.start, None, EntityType.EVENT)
    return earlier[-1][2] if earlier else None


#: ``• 09:30 Title – speaker, body`` / ``14:00 Company presentations: A, B``: a line of an event's agenda.
_AGENDA_LINE = re.compile(r"^\W{0,3}\d{1,2}[:.]\d{2}\b")
_AGENDA_TITLE_END = re.compile(r"\s[–—|]\s|:\s")


def _agenda(context: Context) -> None:
    """Bodies named on an event's agenda lines (speakers', presenting companies) attend the event."""
    for line in context.view.lines:
        event = referent(context, line.start, None, EntityType.EVENT) if _AGENDA_LINE.match(line.text) else None
        cut = ([None, *_AGENDA_TITLE_END.finditer(line.text)])[-1]  # the talk's title before the last one may read like a name
        for _s, _e, org in mentions_in(context, line.start + cut.end(), line.end, EntityType.ORGANISATION) \
                if event and cut else []:
            if not context.builder.has_relation(event, RelationName.ORGANISER, org):
                context.builder.relation(event, RelationName.ATTENDEE, org, line.start, line.end, "agenda-item")


def find_lt_events(context: Context) -> None:
    spans = [sentence for line in context.view.lines for sentence in sentences(line)]
    for sentence in spans:
        event = event_of(context, sentence) or _listed_event(context, sentence)
        if event is not None:
            _organisers(context, sentence, event)
            _part_of_project(context, sentence, event)
            _of_programme(context, sentence, event)
    for sentence in spans:
        event = event_of(context, sentence, loose=bool(_REGISTERED.match(sentence.text)))
        if event is not None:
            _attendees(context, sentence, event, _ATTENDED)
        loose = event_of(context, sentence, loose=True)
        if loose is not None:
            _attendees(context, sentence, loose, _SPOKE, speakers=True)
            _attendees(context, sentence, loose, _SHOWED)
    _agenda(context)
    for event in context.builder.keys(EntityType.EVENT):
        _place(context, event)
