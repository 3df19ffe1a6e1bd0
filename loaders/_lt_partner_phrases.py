"""Partners, funding and kin of a project in more Lithuanian phrasings.

``Kartu su partneriais – A, B ir C – universitetas parengs ...`` (partners of the project
the article is about, also when the sentence does not say ``projektas``);
``konsorciume taip pat dalyvauja A, B ir C``; ``X jame dalyvavo kaip partneris``,
``Asocijuotuoju partneriu tapo X`` (participants); ``Projektą X vykdo kartu su partneriais`` (X leads it);
``... projekto „Y“ darbus. Tada A kartu su B ... išbandė`` (A and B carried out Y); ``finansuotą iš Nordplus programos`` (funded by); ``„Y“ yra jo tęsinys``
(Y continues the project named before it); ``sesers projektas „X“`` (X is related to the
project the article is about).
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt import is_verb
from innograph.loaders._lt_project_ties import earlier_project
from innograph.loaders._lt_slots import Slot, close_before, head_case, mentions_in, orgs_in, referent
from innograph.loaders._text import Span, sentences

__all__ = ["find_partner_phrases"]

_WITH_PARTNERS = re.compile(r"(?i)\bkartu su partneri(?:ais|ais,)\s*[–—:-]\s*")
_DASH = re.compile(r"\s[–—]\s")
_CONSORTIUM = re.compile(r"\b(?:konsorcium\w*|partnerystėje)\s+(?:taip pat\s+|dar\s+|kartu\s+)?"
                         r"(?:dalyvauja|dalyvaus|dalyvavo)\s+(?:ir\s+)?")
_AS_PARTNER = re.compile(r"\s+(?:jame\s+|juose\s+|projekte\s+)?dalyv(?:auja|avo|aus)\s+kaip\s+partner(?:is|ė|iai)\b")
_LEADS_WITH_PARTNERS = re.compile(r"\b(?:vykdo|įgyvendina|vykdys|įgyvendins|vykdė|įgyvendino)\s+kartu su partneri")
_BECAME_PARTNER = re.compile(r"\b(?:[Aa]socijuot(?:uoju|ąja)\s+)?[Pp]artner(?:iu|e)\s+tapo\s+")
_QUOTED = r"(?:[„“\"][^„“”\"]{1,60}[“”\"]\s+)?"
_ONE_OF = re.compile(rf"\s+(?:[–—-]|yra)\s+(?:vienas|viena)\s+iš\s+(?:šio\s+)?(?:projekto\s+{_QUOTED})?partnerių\b")
_IS_LEAD = re.compile(rf"\s+(?:[–—-]|yra)\s+(?:šio\s+)?projekto\s+{_QUOTED}(?:koordinator(?:ius|ė)|"
                      r"vadovaujantysis\s+partneris|pagrindinis\s+partneris)\b")
_LEAD_OF = re.compile(rf"\b(?:[Pp]agrindinis|[Vv]adovaujantysis)\s+projekto\s+[„“\"][^„“”\"]{{1,60}}[“”\"]\s+"
                      r"partneris\s*(?:[–—:-]|yra)\s*")
_AS_PARTNER_RIGHTS = re.compile(r"\bpartnerio\s+teisėmis\s+(?:taip pat\s+)?dalyv(?:auja|avo|aus)\s+(?:ir\s+)?")
_THEN = re.compile(r"^\W*(?:Tada|Tuomet)\s+")
_WORD = re.compile(r"(?<![\w„“\"])[a-ząčęėįšųūž]{4,}\b")
_FUNDS = re.compile(r"[“”\"]?\s+lėšomis\b")
#: ``finansuotą iš X``, ``įgyvendinamas pagal X programą``, ``skirta X programos parama``: X funds the project.
_FUNDED_FROM = re.compile(r"\bfinansuot(?:ą|as|o|a|ų|us)\s+(?:iš\s+)?|\b(?:įgyvendinam|vykdom|įgyvendint|vykdyt)(?:as|a|ą|o)"
                          r"\s+pagal\s+|\bskirt(?:a|as|i|os)\s+(?=[^.;]{2,80}?\b(?:parama|finansavimas|lėšos)\b)")
_CONTINUATION = re.compile(r"[“”\"]?\s+yra\s+(?:jo|jos|šio projekto|to projekto)\s+tęsin(?:ys|iu|į)\b")
_SEQUEL_OF = re.compile(r"[“”\"]?\s+yra\s+(?:\w+\s+){0,2}projekto\s+[„“\"][^„“”\"]{1,60}[“”\"]\s+(?:tęsin(?:ys|iu)|tąsa)\b")
_SISTER = re.compile(r"(?i)\bsesers\s+projekt(?:as|ą|u|o)\s+[„“\"]?")


def _project(context: Context, line: Span, sentence: Span) -> str | None:
    named = mentions_in(context, sentence.start, sentence.end, EntityType.PROJECT)
    return named[0][2] if named else earlier_project(context, line, sentence.start)


def _add(context: Context, project: str | None, name: RelationName, slots: list[Slot], sentence: Span,
         rule: str) -> None:
    for _s, _e, org in slots if project else []:
        context.builder.relation(project, name, org, sentence.start, sentence.end, rule)  # type: ignore[arg-type]


def _partners(context: Context, line: Span, sentence: Span) -> None:
    for pattern, rule in ((_WITH_PARTNERS, "lt-with-partners-list"), (_CONSORTIUM, "lt-consortium-takes-part")):
        for match in pattern.finditer(sentence.text):
            at = sentence.start + match.end()
            dash = _DASH.search(context.text, at, sentence.end)
            found = orgs_in(context, at, dash.start() if dash else sentence.end)
            _add(context, _project(context, line, sentence), RelationName.PARTICIPANT, found, sentence, rule)
    for match in _AS_PARTNER.finditer(sentence.text):
        found = close_before(context, sentence, sentence.start + match.start(), 2)[-1:] or \
            _acronym_before(context, sentence.start + match.start())
        _add(context, _project(context, line, sentence), RelationName.PARTICIPANT, found, sentence,
             "lt-takes-part-as-partner")
    for match in _LEADS_WITH_PARTNERS.finditer(sentence.text):  # "Projektą inkubatorius vykdo kartu su partneriais"
        subject = [slot for slot in orgs_in(context, sentence.start, sentence.start + match.start())
                   if head_case(context, slot) in ("nom", None)][-1:]
        _add(context, _project(context, line, sentence), RelationName.COORDINATOR, subject, sentence,
             "lt-carries-out-with-partners")
    for match in _BECAME_PARTNER.finditer(sentence.text):  # "Asocijuotuoju partneriu tapo X"
        at = sentence.start + match.end()
        found = [slot for slot in orgs_in(context, at, sentence.end)[:1] if slot[0] - at <= 2]
        _add(context, _project(context, line, sentence), RelationName.PARTICIPANT, found, sentence,
             "lt-became-partner")


def _then(context: Context, line: Span, sentence: Span) -> None:
    """``... projekto „Y“ darbus. Tada A kartu su B ... „Z“ lėšomis išbandė ...``: A and B carried out Y, with Z's money."""
    if not _THEN.match(sentence.text):
        return
    earlier = mentions_in(context, line.start, sentence.start, EntityType.PROJECT)
    if not earlier or mentions_in(context, sentence.start, sentence.end, EntityType.PROJECT):
        return
    project, named = earlier[-1][2], orgs_in(context, sentence.start, sentence.end)
    verbs = [sentence.start + m.start() for m in _WORD.finditer(sentence.text)
             if is_verb(m.group()) and not any(s <= sentence.start + m.start() < e for s, e, _k in named)]
    end = min([*verbs, sentence.end])
    doers = [slot for slot in named if slot[1] <= end and head_case(context, slot) in ("nom", "ins", None)]
    _add(context, project, RelationName.PARTICIPANT, doers, sentence, "lt-then-carried-out")
    for _s, p_end, programme in mentions_in(context, sentence.start, sentence.end, EntityType.PROGRAMME):
        if _FUNDS.match(context.text, p_end):
            context.builder.relation(project, RelationName.FUNDED_BY, programme, sentence.start, sentence.end,
                                     "lt-then-funded")


def _roles_said(context: Context, line: Span, sentence: Span) -> None:
    """``X – vienas iš projekto partnerių``, ``X yra projekto koordinatorius``, ``Pagrindinis projekto „Y“
    partneris – X``, ``partnerio teisėmis dalyvauja X``: a body's role in the sentence's project."""
    project = _project(context, line, sentence)
    for pattern, name, rule in ((_ONE_OF, RelationName.PARTICIPANT, "lt-one-of-the-partners"),
                                (_IS_LEAD, RelationName.COORDINATOR, "lt-is-the-coordinator")):
        for match in pattern.finditer(sentence.text):
            found = close_before(context, sentence, sentence.start + match.start(), 3)[-1:]
            _add(context, project, name, [s for s in found if head_case(context, s) in ("nom", None)], sentence, rule)
    for pattern, name, rule in ((_LEAD_OF, RelationName.COORDINATOR, "lt-lead-partner-of"),
                                (_AS_PARTNER_RIGHTS, RelationName.PARTICIPANT, "lt-takes-part-as-partner")):
        for match in pattern.finditer(sentence.text):
            at = sentence.start + match.end()
            found = [slot for slot in orgs_in(context, at, sentence.end)[:1] if slot[0] - at <= 2]
            _add(context, project, name, found, sentence, rule)


def _acronym_before(context: Context, position: int) -> list[Slot]:
    """``DU`` right before ``position``: an acronym the article gave a body, where no rule marked it."""
    word = re.search(r"\b([A-ZĄČĘĖĮŠŲŪŽ]{2,8})\s*$", context.text[max(0, position - 12) : position])
    keys = [key for key in context.builder.keys(EntityType.ORGANISATION)
            if word and word.group(1) in context.builder.names_of(key)] if word else []
    return [(position - len(word.group(1)), position, keys[0])] if len(keys) == 1 else []


def _funding(context: Context, line: Span, sentence: Span) -> None:
    for match in _FUNDED_FROM.finditer(sentence.text):
        at = sentence.start + match.end()
        found = mentions_in(context, at, min(sentence.end, at + 80), EntityType.PROGRAMME)
        if found and found[0][0] - at <= 2:
            project = _project(context, line, sentence)
            if project is not None:
                context.builder.relation(project, RelationName.FUNDED_BY, found[0][2], sentence.start, sentence.end,
                                         "lt-financed-from")


def _kin(context: Context, line: Span, sentence: Span) -> None:
    builder = context.builder
    for match in _CONTINUATION.finditer(sentence.text):
        before = mentions_in(context, line.start, sentence.start + match.start() + 1, EntityType.PROJECT)
        if len(before) >= 2 and before[-1][2] != before[-2][2]:
            builder.relation(before[-1][2], RelationName.RELATED_PROJECT, before[-2][2], sentence.start, sentence.end,
                             "lt-is-its-continuation")
    for match in _SEQUEL_OF.finditer(sentence.text):  # "„B“ yra (ankstesnio) projekto „A“ tęsinys"
        at, end = sentence.start + match.start(), sentence.start + match.end()
        subject = mentions_in(context, sentence.start, at + 1, EntityType.PROJECT)[-1:]
        earlier = mentions_in(context, at, end, EntityType.PROJECT)[:1]
        if subject and earlier and subject[0][2] != earlier[0][2]:
            builder.relation(subject[0][2], RelationName.RELATED_PROJECT, earlier[0][2], sentence.start, sentence.end,
                             "lt-is-its-continuation")
    for match in _SISTER.finditer(sentence.text):
        at = sentence.start + match.end()
        sister = [slot for slot in mentions_in(context, at, sentence.end, EntityType.PROJECT) if slot[0] <= at + 2]
        main = referent(context, sentence.start, None, EntityType.PROJECT)
        if sister and main is not None and main != sister[0][2]:
            builder.relation(sister[0][2], RelationName.RELATED_PROJECT, main, sentence.start, sentence.end,
                             "lt-sister-project")


def find_partner_phrases(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _partners(context, line, sentence)
            _funding(context, line, sentence)
            _kin(context, line, sentence)
            _then(context, line, sentence)
            _roles_said(context, line, sentence)
