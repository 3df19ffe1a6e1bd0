"""Relations stated in Lithuanian prose (and the English ``in cooperation with``).

Projects (:mod:`._lt_projects`), events (:mod:`._lt_events`) and memberships
(:mod:`._lt_members`) have modules of their own; here: ``„BSR Stars“ programos finansavimo
priemonę „Inovacijų ekspresas“`` (part of), ``X iniciatyva įvyko ... forumas``
(organiser), ``X bendradarbiaudamas su Y`` (cooperates with), an event that is
``viena iš ... projekto veiklų`` (part of the project).
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import find_dates
from innograph.loaders._lt_bilingual import merge_bilingual
from innograph.loaders._lt_events import find_lt_events
from innograph.loaders._lt_members import find_lt_members
from innograph.loaders._lt_original_names import (bracketed_acronyms, complete_quoted_names, find_original_names,
                                                  merge_prefixed_units, names_without_legal_form)
from innograph.loaders._lt_programme_forms import programme_word_forms
from innograph.loaders._lt_latvian_names import find_latvian_names
from innograph.loaders._lt_member_phrases import find_member_phrases
from innograph.loaders._lt_partner_phrases import find_partner_phrases
from innograph.loaders._lt_programme_parts import find_programme_parts
from innograph.loaders._lt_project_dates import labelled_project_dates
from innograph.loaders._lt_projects import find_lt_projects
from innograph.loaders._lt_relative_days import relative_event_days
from innograph.loaders._lt_units import find_lt_units
from innograph.loaders._lt_short_forms import (initials_acronyms, mention_case_forms, merge_cut_names,
                                              merge_lt_short_forms)
from innograph.loaders._lt_table_names import (merge_bracket_fragments, merge_bracketed_twins,
                                             split_bracketed_originals)
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_lt_relations"]

#: ``„BSR Stars“ programos priemonę „X“`` / ``programos „Horizontas Europa“ priemonės „Twinning“``
_INSTRUMENT = re.compile(r"\bprogramos\s+(?:finansavimo\s+)?priemon\w*\s+|(?<=[“”\"])\s+(?:finansavimo\s+)?priemon\w*\s+")
_INITIATIVE = re.compile(r"\s+iniciatyva\b")
_COOPERATING = re.compile(r"\b(?:bendradarbiaud\w*|bendradarbiaujant|in cooperation with)\s+(?:su\s+)*")
_CO_ORGANISED = re.compile(r"\b(?:surengė|organizavo|suorganizavo|rengė|rengia|organizuoja|surengs|organizuos)\s+$")
_ACTIVITY = re.compile(r"\b(?:veikl\w*|activit\w*)\b")


def _last_before(context: Context, sentence: Span, position: int, type_: EntityType, reach: int = 90) -> str | None:
    """The entity of ``type_`` whose mention ends closest before ``position`` (within ``reach``)."""
    best: tuple[int, str] | None = None
    for key in keys_in(context, max(sentence.start, position - reach), position, type_):
        for mention in context.builder.mentions_of(key):
            if mention.end <= position and mention.start >= max(sentence.start, position - reach):
                if best is None or mention.end > best[0]:
                    best = (mention.end, key)
    return best[1] if best else None


def _first_after(context: Context, sentence: Span, position: int, type_: EntityType, reach: int = 90) -> str | None:
    """The entity of ``type_`` whose mention starts first within ``reach`` after ``position``."""
    limit = min(sentence.end, position + reach)
    starts = [(m.start, -m.end, key) for key in context.builder.keys(type_)
              for m in context.builder.mentions_of(key) if position <= m.start < limit]
    return min(starts)[2] if starts else None


_THE_PROJECT = re.compile(r"(?i)\b(?:projekt\w*|the project)\b")
_ANAPHORA_REACH = 600


def _project(context: Context, sentence: Span) -> str | None:
    """The project named in the sentence, or the one last named before ``Projektas ...``/``the project``."""
    found = keys_in(context, sentence.start, sentence.end, EntityType.PROJECT)
    if found:
        return found[0]
    if not _THE_PROJECT.search(sentence.text):
        return None
    return _last_before(context, Span(max(0, sentence.start - _ANAPHORA_REACH), sentence.end, ""), sentence.start,
                        EntityType.PROJECT, _ANAPHORA_REACH)


def _programme_parts(context: Context, sentence: Span) -> None:
    for match in _INSTRUMENT.finditer(sentence.text):
        whole = _last_before(context, sentence, sentence.start + match.start(), EntityType.PROGRAMME, 20)
        part = _first_after(context, sentence, sentence.start + match.end(), EntityType.PROGRAMME, 4)
        if whole and part:
            context.builder.relation(part, RelationName.PART_OF, whole, sentence.start, sentence.end,
                                     "lt-programme-instrument")


_THE_EVENT = re.compile(r"(?i)^\W*(?:the\s+)?(?:forum\w*|renginys|renginio|konferencij\w*|event|conference)\b")


def _events(context: Context, sentence: Span) -> None:
    builder = context.builder
    events = keys_in(context, sentence.start, sentence.end, EntityType.EVENT)
    if not events and _THE_EVENT.match(sentence.text):  # "Forumas – viena iš ...": the event named before
        last = _last_before(context, Span(max(0, sentence.start - _ANAPHORA_REACH), sentence.end, ""),
                            sentence.start, EntityType.EVENT, _ANAPHORA_REACH)
        events = [last] if last else []
    if not events:
        return
    for match in _INITIATIVE.finditer(sentence.text):
        org = _last_before(context, sentence, sentence.start + match.start(), EntityType.ORGANISATION, 60)
        if org:
            builder.relation(events[0], RelationName.ORGANISER, org, sentence.start, sentence.end, "lt-initiative")
    project = _project(context, sentence)
    if project and _ACTIVITY.search(sentence.text):
        builder.relation(events[0], RelationName.PART_OF, project, sentence.start, sentence.end, "event-activity-of-project")


def _cooperation(context: Context, sentence: Span) -> None:
    for match in _COOPERATING.finditer(sentence.text):
        if _CO_ORGANISED.search(sentence.text, 0, match.start()):
            continue  # "X surengė bendradarbiaujant su Y": Y co-organised the event (an organiser, see _lt_events)
        subject = _last_before(context, sentence, sentence.start + match.start(), EntityType.ORGANISATION, 40)
        obj = _first_after(context, sentence, sentence.start + match.end(), EntityType.ORGANISATION, 10)
        if subject and obj:
            context.builder.relation(subject, RelationName.COOPERATES_WITH, obj, sentence.start, sentence.end,
                                     "cooperating-with")


_STARTS = re.compile(r"(?i)\b(?:projekt\w*|the project|project)\s+(?:(?:buvo\s+)?prasidėjo|pradėtas|startavo|"
                     r"started|began|was launched|kicked off)\b")


def _project_start(context: Context, sentence: Span) -> None:
    """``Projektas prasidėjo 2016 m. liepą`` / ``The project started in May 2019``: the project's start date."""
    match = _STARTS.search(sentence.text)
    project = _project(context, sentence) if match else None
    if project is None or context.builder.has_attribute(project, AttributeName.START_DATE):
        return
    found = find_dates(sentence.text[match.end() : match.end() + 60])
    if found:
        start = sentence.start + match.end() + found[0].start
        context.builder.attribute(project, AttributeName.START_DATE, found[0].value, start,
                                  sentence.start + match.end() + found[0].end, "project-started")


def find_lt_relations(context: Context) -> None:
    spans = [sentence for line in context.view.lines for sentence in sentences(line)]
    find_latvian_names(context)
    merge_bilingual(context)
    merge_lt_short_forms(context)
    split_bracketed_originals(context)
    merge_cut_names(context)
    complete_quoted_names(context)
    bracketed_acronyms(context)
    names_without_legal_form(context)
    find_original_names(context)
    merge_prefixed_units(context)
    merge_bracketed_twins(context)
    merge_bracket_fragments(context)
    mention_case_forms(context)
    initials_acronyms(context)
    programme_word_forms(context)
    find_lt_units(context)
    find_lt_projects(context)
    find_partner_phrases(context)
    for rule in (_programme_parts, _events, _cooperation, _project_start):
        for sentence in spans:
            rule(context, sentence)
    find_lt_events(context)
    find_lt_members(context)
    find_member_phrases(context)
    relative_event_days(context)
    labelled_project_dates(context)
    find_programme_parts(context)
