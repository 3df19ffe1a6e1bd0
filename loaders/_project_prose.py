"""Projects as English prose mentions them in passing (an organisation's page, a news item).

``the Interreg Europe project TEXTILE`` / ``ReWood, an Interreg Baltic Sea Region
project`` (funded by the programme); ``X took part in the ... project NAME`` /
``X is a partner in NAME`` (participant); ``X has been coordinating NAME`` /
``X coordinates NAME`` (coordinator); ``NAME, a ... project in cooperation with A
and B`` (participants); ``NAME (2019–2022)`` / ``NAME (May 2019 – June 2021)``
(its period).
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import find_dates
from innograph.loaders._project_cues import APPOSED, YEAR_RANGE, add_period, project_named
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, page_sentences
from innograph.loaders._ties import subject_of

__all__ = ["find_project_prose", "name_projects_in_prose"]

_PROJECT, _PROGRAMME, _ORG = EntityType.PROJECT, EntityType.PROGRAMME, EntityType.ORGANISATION
_CAPITALISED = r"[A-Z][\w+-]*"
_NAME = rf"{_CAPITALISED}(?:\s{_CAPITALISED}){{0,2}}"
#: ``NAME, an `` right before a programme's name.
_APPOSITION = re.compile(rf"(?P<name>{_NAME}){APPOSED}$")
_TOOK_PART = re.compile(r"\b(?:took|takes|take)\s+part\s+in|\bparticipated\s+in|\bparticipates\s+in|"
                        r"\b(?:is|was|are|were)\s+(?:a\s+)?partners?\s+(?:in|of)\b")
_COORDINATING = re.compile(r"\b(?:has\s+been\s+|is\s+|was\s+)?(?:coordinating|coordinates)\s+(?:the\s+)?")
_WITH = re.compile(r"\b(?:in\s+(?:co-?operation|collaboration|partnership)|together|jointly)\s+with\s+")
_PERIOD = re.compile(r"^\s*\((?P<inner>[^()]{4,40})\)")
_YEARS_ONLY = re.compile(rf"\s*{YEAR_RANGE}\s*")
#: ``project`` as the next word after a programme's name.
_PROJECT_NEXT = re.compile(r"\s+project\b")
#: ``PROGRAMME project NAME``: the name after ``project``.
_NAME_AFTER = re.compile(rf"\s+project\s+(?P<name>{_CAPITALISED}(?:\s{_CAPITALISED}){{0,3}})(?=[,.;:)]|\s+[a-z(–-]|$)")
#: ``NAME (2018–2019), a PROGRAMME``: the name (and period) before a programme's name.
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})(?P<period>\s*\([^()]{{4,40}}\))?{APPOSED}(?:\w+\s+)?$")


def name_projects_in_prose(context: Context) -> None:
    """``the PROGRAMME project NAME`` / ``NAME (2018–2019), a PROGRAMME project``: NAME is a project of it."""
    builder = context.builder
    for programme in builder.keys(_PROGRAMME):
        for mention in builder.mentions_of(programme):
            line = context.view.line_at(mention.start)
            after = _NAME_AFTER.match(context.text, mention.end, line.end)
            if after and builder.find_any(after["name"]) is None:
                key = builder.entity(_PROJECT, after.start("name"), after.end("name"), "programme-project-name")
                builder.relation(key, RelationName.FUNDED_BY, programme, mention.start, after.end(), "programme-project")
                continue
            if not _PROJECT_NEXT.match(context.text, mention.end, line.end):
                continue
            before = _NAME_BEFORE.search(context.text, line.start, mention.start)
            if before is None or builder.find_any(before["name"]) not in (None, *builder.keys(_PROJECT)):
                continue
            key = builder.find_any(before["name"]) or builder.entity(_PROJECT, before.start("name"), before.end("name"),
                                                                     "name-comma-programme-project")
            builder.relation(key, RelationName.FUNDED_BY, programme, before.start(), mention.end, "programme-project")


def _mention_at(context: Context, position: int, limit: int, type_: EntityType) -> tuple[str, int] | None:
    """(key, end) of the entity of ``type_`` named starting within 4 characters of ``position``."""
    for key in keys_in(context, position, limit, type_):
        for mention in context.builder.mentions_of(key):
            if position <= mention.start <= position + 4:
                return key, mention.end
    return None


def _programme_projects(context: Context, sentence: Span) -> None:
    """``PROGRAMME project NAME`` and ``NAME, a PROGRAMME project``."""
    builder = context.builder
    for programme in keys_in(context, sentence.start, sentence.end, _PROGRAMME):
        for mention in builder.mentions_of(programme):
            if not sentence.start <= mention.start < sentence.end:
                continue
            after = re.match(r"\s+project\s+", context.text[mention.end : sentence.end])
            project = _mention_at(context, mention.end + after.end(), sentence.end, _PROJECT) if after else None
            if project is None and _PROJECT_NEXT.match(context.text, mention.end, sentence.end):
                project = _apposed_project(context, sentence, mention.start)
            if project is not None:
                builder.relation(project[0], RelationName.FUNDED_BY, programme, sentence.start, sentence.end,
                                 "programme-project")
                _period(context, project[0], project[1])


def _apposed_project(context: Context, sentence: Span, programme_start: int) -> tuple[str, int] | None:
    """``BioReef, an Interreg South Baltic project``: the name before the comma is the project."""
    head = context.text[sentence.start : programme_start]
    match = _APPOSITION.search(head)
    if match is None:
        return None
    start = sentence.start + match.start("name")
    key = project_named(context, match["name"], start, "name-comma-programme-project")
    return (key, start + len(match["name"])) if key is not None else None


def _period(context: Context, project: str, end: int) -> None:
    match = _PERIOD.match(context.text[end : end + 50])
    if match is None or context.builder.has_attribute(project, AttributeName.START_DATE):
        return
    found = find_dates(match["inner"])
    years = _YEARS_ONLY.fullmatch(match["inner"])
    at = end + match.start("inner")
    if years:
        values = (years[1], years[2])
    elif len(found) == 2:
        values = (found[0].value, found[1].value)
    else:
        return
    add_period(context, project, values, at, at + len(match["inner"]), "project-period-in-brackets")


def _roles(context: Context, sentence: Span) -> None:
    builder = context.builder
    for pattern, name, rule in ((_TOOK_PART, RelationName.PARTICIPANT, "took-part-in-project"),
                                (_COORDINATING, RelationName.COORDINATOR, "coordinates-project")):
        for match in pattern.finditer(sentence.text):
            orgs = keys_in(context, sentence.start, sentence.start + match.start(), _ORG)
            org = orgs[0] if orgs else subject_of(context, sentence, sentence.start + match.start())
            after = keys_in(context, sentence.start + match.end(), sentence.end)
            project = next((k for k in after if builder.type_of(k) is _PROJECT), None)
            if project is None and re.match(r"(?:(?:the|this)\s+)?project\b", sentence.text[match.end() :]):
                project = _project_of(context, sentence, sentence.start)  # "The cluster coordinates the project"
                after = [project] if project else []
            between = [k for k in after[: after.index(project)] if builder.type_of(k) is not _PROGRAMME] if project else []
            gap = context.text[sentence.start + match.end() : _first_start(context, project, sentence)] if project else ""
            if org is not None and project is not None and not between and len(gap.split()) <= 6 \
                    and not re.search(r"[,;:.()]", gap):
                builder.relation(project, name, org, sentence.start, sentence.end, rule)
                ends = [m.end for m in builder.mentions_of(project) if sentence.start <= m.start < sentence.end]
                _period(context, project, ends[0]) if ends else None


def _first_start(context: Context, key: str, sentence: Span) -> int:
    return min((m.start for m in context.builder.mentions_of(key) if sentence.start <= m.start < sentence.end),
               default=sentence.start)


def _together(context: Context, sentence: Span) -> None:
    builder = context.builder
    for match in _WITH.finditer(sentence.text):
        projects = keys_in(context, sentence.start, sentence.start + match.start(), _PROJECT)
        if not projects and re.search(r"\b(?:the|this)\s+project\b", sentence.text[: match.start()]):
            projects = [p for p in (_project_of(context, sentence, sentence.start),) if p]
        if not projects or keys_in(context, sentence.start, sentence.start + match.start(), EntityType.EVENT):
            continue
        for org in keys_in(context, sentence.start + match.end(), sentence.end, _ORG):
            builder.relation(projects[-1], RelationName.PARTICIPANT, org, sentence.start, sentence.end,
                             "project-in-cooperation-with")


_LEAD_MARK = re.compile(r"^\s*\((?:the\s+)?(?:lead\s+partner|lead\s+beneficiary|project\s+coordinator|coordinator|leader)\)")
_IN_WHICH = re.compile(r"\bproject\s+(?:in\s+which|where|through\s+which)\s+")
_RELATED = re.compile(r"\b(?:continues|continuing|builds\s+on|building\s+on|follows\s+up|follow-up\s+(?:of|to)|"
                      r"successor\s+(?:of|to)|sister\s+project|twin\s+project|(?:are|is)\s+shared\s+with)\b")


def _lead_marks(context: Context, sentence: Span) -> None:
    """``Its partners are A (lead partner), B and C``: A coordinates the project the sentence is about."""
    builder = context.builder
    for org in keys_in(context, sentence.start, sentence.end, _ORG):
        for mention in builder.mentions_of(org):
            if sentence.start <= mention.start < sentence.end and _LEAD_MARK.match(context.text[mention.end : sentence.end]):
                project = _project_of(context, sentence, mention.start)
                if project is not None:
                    builder.relation(project, RelationName.COORDINATOR, org, sentence.start, sentence.end,
                                     "lead-partner-in-brackets")


def _project_of(context: Context, sentence: Span, position: int) -> str | None:
    line = context.view.line_at(sentence.start)
    named = keys_in(context, line.start, position, _PROJECT)
    return named[-1] if named else context.focus_at(position)


def _in_which(context: Context, sentence: Span) -> None:
    """``OffshoreLink, a ... project in which A and B tested ...``: A and B took part in it."""
    for match in _IN_WHICH.finditer(sentence.text):
        project = _project_of(context, sentence, sentence.start + match.start())
        end = re.search(r"[.;]|\s[a-z]+ed\b", sentence.text[match.end() :])
        limit = sentence.start + match.end() + (end.start() if end else len(sentence.text) - match.end())
        for org in keys_in(context, sentence.start + match.end(), limit, _ORG) if project else ():
            context.builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end,
                                     "project-in-which")


def _related(context: Context, sentence: Span) -> None:
    """``X builds on the results of Y`` / ``continues the work of Y`` / ``results are shared with the project Y``."""
    for match in _RELATED.finditer(sentence.text):
        at = sentence.start + match.start()
        before = keys_in(context, sentence.start, at, _PROJECT) or [p for p in (context.focus_at(at),) if p]
        after = keys_in(context, sentence.start + match.end(), sentence.end, _PROJECT)
        if before and after and before[-1] != after[0]:
            context.builder.relation(before[-1], RelationName.RELATED_PROJECT, after[0], sentence.start, sentence.end,
                                     "related-project")


def _periods(context: Context) -> None:
    """``NAME (1 July 2020 – 30 June 2023)`` or ``NAME – Title (August 2019 – July 2023)``: the project's period."""
    builder = context.builder
    for project in builder.keys(_PROJECT):
        for mention in sorted(builder.mentions_of(project), key=lambda m: m.start):
            line = context.view.line_at(mention.start)
            title = re.match(r"\s+[–—-]\s+[^()\n.;]{3,100}?(?=\s*\()", context.text[mention.end : line.end])
            _period(context, project, mention.end + (title.end() if title else 0))


def find_project_prose(context: Context) -> None:
    spans = page_sentences(context.view)
    _periods(context)
    for rule in (_programme_projects, _roles, _together, _lead_marks, _in_which, _related):
        for sentence in spans:
            rule(context, sentence)
