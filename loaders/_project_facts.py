"""A project's period, number and funding as news prose states them (English).

``It runs for 48 months, from 1 January 2023 until 31 December 2026`` (start, end);
``(Grant Agreement No. 101099999)`` (identifier); ``funded with EUR 4.9 million by
Horizon Europe`` / ``is funded by Interreg Baltic Sea Region with EUR 2.9 million``
(budget: the single amount stated, and the programme); ``an Interreg … project
(2022-2025)`` (years). The project is the one the sentence names before the cue, or
the one its section is about when the sentence begins ``The project`` / ``It``.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import find_dates
from innograph.loaders._money import find_money
from innograph.loaders._programmes import programme_in
from innograph.loaders._project_cues import YEAR_RANGE, add_years, programme_within
from innograph.loaders._relations import keys_in, slot_entity
from innograph.loaders._text import Span, page_sentences

__all__ = ["find_project_facts"]

_RUNS = re.compile(r"\b(?:runs?|running|will\s+run|lasts?|will\s+last|is\s+implemented|takes\s+place)\b[^.;]{0,40}?"
                   r"\bfrom\s+(?P<span>[^.;]{6,60}?\s+(?:until|till|to|through)\s+[^.;()]{6,30})")
_NUMBER = re.compile(r"\b(?:Grant\s+Agreement|Project)\s+(?:No\.?|[Nn]umber|nr\.?)\s*:?\s*(?P<id>[A-Z0-9][\w./-]*\d[\w./-]*)")
_TEXT = r"(?:[^.;]|\.(?=\d))"  # no sentence end, but the point of ``4.9 million``
_FUNDED_WITH = re.compile(rf"\bfunded\s+(?:with\s+(?P<before>{_TEXT}{{3,40}}?)\s+by\s+(?:the\s+)?(?=[A-Z])|"
                          rf"by\s+{_TEXT}{{3,60}}?\s+with\s+(?P<after>{_TEXT}{{3,40}}))")
_YEARS = re.compile(rf"\bproject\s+\({YEAR_RANGE}\)")
_BRACKET = re.compile(rf"\s*\((?P<prog>[^()\n\d]{{3,60}}?)(?:,?\s*{YEAR_RANGE})?\)")
#: ``NAME (Programme, 2019-2022)``: a name with capitals inside it or an acronym, then a bracket.
_NAME_BRACKET = re.compile(r"(?<![\w-])(?:(?:The|This|That|In|On|At|By|With|From|For|And)\s+)?"
                           rf"(?P<name>[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){{0,2}})\s+\((?P<prog>[^()\n\d,;]{{3,60}})"
                           rf"(?:[,;]\s*(?:{YEAR_RANGE}|(?P<year>(?:19|20)\d\d)))?\)")
_IS_A_PROJECT = re.compile(r"^[^,;]{2,60}?\s(?:is|was)\s+(?:an?|the)\s+(?P<what>[^,;.]{2,60}?)\s+project\b")
#: ``On 1 October 2025 we started X`` / ``X was launched on 3 May 2024``: the day a project began.
_LAUNCHED = re.compile(r"\b(?:started|launched|kicked\s+off|began|commenced)\b")
_ANAPHOR = re.compile(r"^(?:The\s+project|It|This\s+project|The\s+consortium)\b")


def _projects_named(context: Context, start: int, end: int) -> list[str]:
    """Projects with a mention in ``[start, end)``, else those whose name the text there holds."""
    named = keys_in(context, start, end, EntityType.PROJECT)
    if named:
        return named
    text = context.text[start:end]
    found = sorted((at.start(), key) for key in context.builder.keys(EntityType.PROJECT)
                   for name in context.builder.names_of(key)
                   if len(name) > 2 and (at := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)))
    return [key for _at, key in found]


def _project(context: Context, sentence: Span, position: int) -> str | None:
    named = _projects_named(context, sentence.start, position)
    if named:
        return named[0]
    return context.focus_at(sentence.start) if _ANAPHOR.match(sentence.text) else None


def _period(context: Context, sentence: Span) -> None:
    match = _RUNS.search(sentence.text)
    project = _project(context, sentence, sentence.start + match.start()) if match else None
    if match is None or project is None:
        return
    dates = find_dates(match["span"])
    offset = sentence.start + match.start("span")
    if len(dates) >= 2 and not context.builder.has_attribute(project, AttributeName.START_DATE):
        for name, found in ((AttributeName.START_DATE, dates[0]), (AttributeName.END_DATE, dates[-1])):
            context.builder.attribute(project, name, found.value, offset + found.start, offset + found.end,
                                      "project-runs-from-until")


def _launched(context: Context, sentence: Span) -> None:
    """A sentence telling one named project began, with one date (a day or a month): its start."""
    if _LAUNCHED.search(sentence.text) is None:
        return
    named = keys_in(context, sentence.start, sentence.end, EntityType.PROJECT)
    dates = [d for d in find_dates(sentence.text) if not isinstance(d.value, str) or "-" in d.value]
    if len(named) != 1 or len(dates) != 1 or context.builder.has_attribute(named[0], AttributeName.START_DATE):
        return
    start = sentence.start + dates[0].start
    context.builder.attribute(named[0], AttributeName.START_DATE, dates[0].value, start,
                              sentence.start + dates[0].end, "project-launched-on")


def _number(context: Context, sentence: Span) -> None:
    match = _NUMBER.search(sentence.text)
    project = _project(context, sentence, sentence.start + match.start()) if match else None
    if match is None or project is None or context.builder.has_attribute(project, AttributeName.IDENTIFIER):
        return
    start = sentence.start + match.start("id")
    context.builder.attribute(project, AttributeName.IDENTIFIER, match["id"].rstrip(".,)"), start,
                              start + len(match["id"].rstrip(".,)")), "project-number-in-text")


def _funding(context: Context, sentence: Span) -> None:
    match = _FUNDED_WITH.search(sentence.text)
    project = _project(context, sentence, sentence.start + match.start()) if match else None
    if match is None or project is None:
        return
    group = "before" if match["before"] else "after"
    money = find_money(match[group])
    builder = context.builder
    if money is not None and not builder.has_attribute(project, AttributeName.BUDGET):
        offset = sentence.start + match.start(group)
        builder.attribute(project, AttributeName.BUDGET, money.amount, offset + money.start, offset + money.end,
                          "project-funded-with")
        if money.currency:
            builder.attribute(project, AttributeName.CURRENCY, money.currency, offset + money.start,
                              offset + money.end, "project-funded-with")
    if group == "before":
        programme = slot_entity(context, sentence.start + match.end(), sentence.end, "funded-with-by")
        if programme is not None and builder.type_of(programme) is EntityType.PROGRAMME:
            builder.relation(project, RelationName.FUNDED_BY, programme, sentence.start, sentence.end, "funded-with-by")


def _years(context: Context, sentence: Span) -> None:
    for match in _YEARS.finditer(sentence.text):
        project = _project(context, sentence, sentence.start + match.start())
        if project is not None and not context.builder.has_attribute(project, AttributeName.START_DATE):
            add_years(context, project, match, sentence.start, "project-years-after-project")


def _programme_in_brackets(context: Context) -> None:
    """``BioLoop (Interreg Baltic Sea Region 2016-2019)``: the project's programme and years."""
    builder = context.builder
    for project in builder.keys(EntityType.PROJECT):
        for mention in builder.mentions_of(project):
            match = _BRACKET.match(context.text, mention.end)
            if match is None:
                continue
            found = programme_within(context, match["prog"], match.start("prog"), "programme-in-brackets")
            if found is None:
                continue
            builder.relation(project, RelationName.FUNDED_BY, found[0], mention.start, match.end(), "programme-in-brackets")
            if match["y1"] and not builder.has_attribute(project, AttributeName.START_DATE):
                add_years(context, project, match, 0, "programme-in-brackets")


def _is_a_programme_project(context: Context, sentence: Span) -> None:
    """``WindPort is a Horizon 2020 project``: the project named before ``is`` is funded by the programme."""
    match = _IS_A_PROJECT.search(sentence.text)
    named = _projects_named(context, sentence.start, sentence.start + match.start("what")) if match else []
    if not named or match is None:
        return
    found = programme_within(context, match["what"], sentence.start + match.start("what"), "name-is-a-programme-project")
    if found is not None:
        context.builder.relation(named[-1], RelationName.FUNDED_BY, found[0], sentence.start, sentence.end,
                                 "name-is-a-programme-project")


def _named_in_brackets(context: Context) -> None:
    """``SEALINK (Interreg South Baltic, 2019-2022)``: a distinctive name with a programme (and years) in
    brackets after it is a project of that programme."""
    for match in _NAME_BRACKET.finditer(context.text):
        found = programme_in(match["prog"] + " ")
        named = context.builder.find(EntityType.PROGRAMME, match["prog"].strip())  # "Interreg Estonia–Latvia"
        known = context.builder.find_any(match["name"])
        if not any(sum(ch.isupper() or ch.isdigit() for ch in word) > 1 for word in match["name"].split()) \
                or programme_in(match["name"] + " ") is not None:
            continue  # a distinctive name (capitals or digits inside a word), not a programme's own
        if (found is None or found[1] != 0) and named is None \
                or known is not None and context.builder.type_of(known) is not EntityType.PROJECT:
            continue
        rule = "name-programme-in-brackets"
        key = context.builder.entity(EntityType.PROJECT, match.start("name"), match.end("name"), rule)
        programme = named or programme_within(context, match["prog"], match.start("prog"), rule)[0]
        context.builder.relation(key, RelationName.FUNDED_BY, programme, match.start(), match.end(), rule)
        if match["y1"] and not context.builder.has_attribute(key, AttributeName.START_DATE):
            add_years(context, key, match, 0, rule)
        elif match["year"] and not context.builder.has_attribute(key, AttributeName.START_DATE):
            context.builder.attribute(key, AttributeName.START_DATE, match["year"], *match.span("year"), rule)


def find_project_facts(context: Context) -> None:
    _named_in_brackets(context)
    _programme_in_brackets(context)
    spans = page_sentences(context.view)
    for rule in (_period, _number, _funding, _years, _is_a_programme_project, _launched):
        for sentence in spans:
            rule(context, sentence)
