"""A body's own page speaking in the first person plural: ``įgyvendiname``, ``Esame partneriai``.

The verbs of ``data/lt_we_verbs.tsv`` in the first person plural make the page's body (its
owner; else the body the page names most) coordinator or partner of the project its clause
names or refers to (``Erasmus+ projektą „X“ koordinuojame patys``), organiser of the event
its sentence is about (``Renginį organizuojame kartu su Y``: Y as well), a member of the body
it names (``priklausome tinklui „Z“``) or a partner in co-operation (``bendradarbiaujame su
A``). ``Esame partneriai`` (a partner in the project), ``Esame X asociacijos nariai`` (a member
of X), and ``sutartį esame pasirašę su A ir B`` / ``pasirašytas bendradarbiavimo memorandumas
su A`` (co-operation) say the same without a role verb.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._data import lt_we_verbs
from innograph.loaders._lt_project_ties import earlier_project
from innograph.loaders._lt_slots import clause_end, event_of, mentions_in, orgs_in, page_body
from innograph.loaders._text import Span, sentences

__all__ = ["find_lt_we"]

_BE_PARTNER = re.compile(r"(?i)\besame\s+(?:\w+\s+){0,2}?partner\w*")
_BE_MEMBER = re.compile(r"(?i)\besame\s+(?P<what>[^.;]{0,120}?)\bnar(?:iai|ys|ė|ės)\b")
_AGREEMENT = re.compile(r"(?i)(?:(?:sutart|memorandum)\w*\s+(?:\w+\s+){0,2}?(?:pasirašę|pasirašėme|pasirašiusi\w*|"
                        r"pasirašyt\w*)|pasirašyt\w*\s+(?:\w+\s+){0,2}?(?:sutart|memorandum)\w*)\s+su\s+")
_TOGETHER = re.compile(r"(?i)\bkartu\s+su\s+")
_CLAUSE = re.compile(r",\s+(?:o|bet|tačiau|ir)\s+|;")
_PROJECT_WORD = re.compile(r"(?i)\bprojekt\w*")


@lru_cache(maxsize=1)
def _verbs() -> tuple[tuple[re.Pattern[str], RelationName], ...]:
    return tuple((re.compile(rf"(?i)\b{re.escape(form)}e\b"), RelationName(relation)) for form, relation in lt_we_verbs())


def _we(context: Context) -> str | None:
    """The page's body: its owner, else the organisation named most often (and more often than any other)."""
    body = page_body(context)
    if body is not None:
        return body
    counts = Counter({key: len(context.builder.mentions_of(key)) for key in context.builder.keys(EntityType.ORGANISATION)})
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _clause(sentence: Span, position: int) -> tuple[int, int]:
    """The clause of ``sentence`` around ``position`` (``…, o projektą „X“ koordinuojame patys``)."""
    cuts = [sentence.start + m.end() for m in _CLAUSE.finditer(sentence.text) if sentence.start + m.end() <= position]
    after = [sentence.start + m.start() for m in _CLAUSE.finditer(sentence.text) if sentence.start + m.start() > position]
    return (cuts[-1] if cuts else sentence.start), (after[0] if after else sentence.end)


def _project(context: Context, line: Span, sentence: Span, position: int) -> str | None:
    start, end = _clause(sentence, position)
    named = mentions_in(context, start, end, EntityType.PROJECT) or mentions_in(context, sentence.start, sentence.end,
                                                                                 EntityType.PROJECT)
    if named:
        return named[0][2]
    return earlier_project(context, line, sentence.start) if _PROJECT_WORD.search(sentence.text) else None


def _together(context: Context, sentence: Span) -> list[str]:
    match = _TOGETHER.search(sentence.text)
    if match is None:
        return []
    at = sentence.start + match.end()
    return [key for _s, _e, key in orgs_in(context, at, clause_end(sentence, at))]


def _verb(context: Context, we: str, line: Span, sentence: Span, match: re.Match[str], relation: RelationName) -> None:
    builder, at = context.builder, sentence.start + match.start()
    if relation in (RelationName.COORDINATOR, RelationName.PARTICIPANT):
        project = _project(context, line, sentence, at)
        if project is not None:
            builder.relation(project, relation, we, sentence.start, sentence.end, "lt-we-verb")
    elif relation is RelationName.ORGANISER:
        event = event_of(context, sentence)
        for org in [we, *_together(context, sentence)] if event is not None else []:
            builder.relation(event, relation, org, sentence.start, sentence.end, "lt-we-verb")
    else:
        start = sentence.start + match.end()
        for _s, _e, org in orgs_in(context, start, clause_end(sentence, start))[: None if relation is
                                                                                  RelationName.COOPERATES_WITH else 1]:
            if org != we:
                builder.relation(we, relation, org, sentence.start, sentence.end, "lt-we-verb")


def _being(context: Context, we: str, line: Span, sentence: Span) -> None:
    builder = context.builder
    partner = _BE_PARTNER.search(sentence.text)
    project = _project(context, line, sentence, sentence.start + partner.start()) if partner else None
    if project is not None:
        builder.relation(project, RelationName.PARTICIPANT, we, sentence.start, sentence.end, "lt-we-are-partners")
    member = _BE_MEMBER.search(sentence.text)
    for _s, _e, org in orgs_in(context, sentence.start + member.start("what"), sentence.start + member.end("what"))[:1] \
            if member else []:
        builder.relation(we, RelationName.MEMBER_OF, org, sentence.start, sentence.end, "lt-we-are-members")
    agreement = _AGREEMENT.search(sentence.text)
    at = sentence.start + agreement.end() if agreement else 0
    for _s, _e, org in orgs_in(context, at, clause_end(sentence, at)) if agreement else []:
        if org != we:
            builder.relation(we, RelationName.COOPERATES_WITH, org, sentence.start, sentence.end, "lt-we-signed")


def _quoted_speech(line: Span, sentence: Span) -> bool:
    """The sentence is (inside) someone's words in quotes: their "we" is their own body, not the page's."""
    before = line.text[: sentence.start - line.start]
    return sentence.text[:1] in "„“\"" or before.count("„") > before.count("“")


def find_lt_we(context: Context) -> None:
    """Roles of the page's body from what it says of itself in the first person plural."""
    if context.document.language not in ("lt", "mixed"):
        return
    we = _we(context)
    if we is None:
        return
    for line in context.view.lines:
        for sentence in sentences(line):
            if _quoted_speech(line, sentence):
                continue
            for pattern, relation in _verbs():
                for match in pattern.finditer(sentence.text):
                    _verb(context, we, line, sentence, match, relation)
            _being(context, we, line, sentence)
