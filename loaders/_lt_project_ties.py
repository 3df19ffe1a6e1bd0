"""More of a project's ties in Lithuanian prose: its programme, sister project, partners and years.

``Interreg Europe projekto „X“`` / ``„Erasmus+“ projektą „X“`` and ``COSME programos
finansuojamas projektas „X“`` (funded by the programme named before it); ``„X“ tęsia
... projekto „Y“ darbus`` / ``Naujasis projektas remiasi ... projekto „Y“ patirtimi``
(related project); ``projektas „X“, kuriame dalyvauja ir Y`` / ``projekte dalyvaus
...: A, B ir C`` and ``Y buvo šio projekto partnerė`` (participants); ``„Y“
(2019–2021)``, ``2019–2022 m.`` and ``2019 m. įgyvendinto projekto „Y“`` (years).
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import Slot, clause_end, head_case, mentions_in, orgs_in, referent
from innograph.loaders._text import Span, sentences

__all__ = ["begun_projects", "earlier_project", "listed_partners", "project_ties"]

_Q = "[„“”\"]"
#: ``programos projekto „X“`` / ``finansuojamoje Europos strateginėje klasterių partnerystėje „X“``
_PROJECT_AFTER = re.compile(rf"{_Q}?\s*(?:programos\s+)?(?:[^\W\d_]+\s+){{0,4}}?(?:projekt|partneryst)\w*\s+{_Q}?")
#: ``X dalyvauja ir ... partnerystėje „Y“`` / ``X prisijungė prie projekto „Y“``: X takes part in Y.
_JOINS = re.compile(r"\b(?:dalyvauja|dalyvavo|dalyvaus|prisijungė\s+prie|prisijungs\s+prie)\s+(?:ir\s+)?")
_FUNDED_AFTER = re.compile(r"\s*(?:programos\s+|fondo\s+)?(?:bendrai\s+|iš dalies\s+)?(?:finansuojam|finansuot|remiam|remt)\w*\b")
_CONTINUES = re.compile(r"\b(?:tęsia|tęsė|pratęsia|remiasi|rėmėsi|paremtas|paremta|grindžiamas|yra\s+(?:\w+\s+)?tąsa|"
                        r"perima|perėmė|perims|plėtoja|vysto)\b")
_ITS = re.compile(r"\s+(?:jo|jų)\s+(?:metu|rezultat\w*|patirt\w*|darb\w*|sukurt\w*|idėj\w*)")
#: ``„Y“, 2016–2019 m. finansuotą …``: the years the project was funded or carried out in.
_YEARS_DONE = re.compile(r"[”“\"]?,\s*((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\s*m\.\s+(?:finansuot|įgyvendint|vykdyt)\w*")
_TAKES_PART = re.compile(r"\b(?:[Pp]rojekte|kuriame|jame|kuriuose)\s+(?:[„“\"][^„“”\"\n]{1,60}[“”\"]\s+)?(?:\w+\s+){0,2}?dalyv(?:auja|aus|avo|ausime)\s+(?:ir\s+)?")
_PARTNER_OF = re.compile(r"\b(?:yra|buvo|tapo|bus|taps|tampa)\s+(?:[^\s,.;]+\s+){0,6}?projekto\s+(?:[„“\"][^„“”\"]{1,60}[“”\"]\s+)?"
                         r"(?:partner(?:is|ė|iu|e)|dalyv(?:is|ė|iu|e))\b")
_WHICH_IS_PARTNER = re.compile(r"[”“\"]?,\s+kur(?:i|is|ie|ios)\s+(?:taip pat\s+)?(?:yra|bus|buvo|tapo)\s+(?:projekto\s+)?"
                               r"(?P<associated>asocijuot\w+\s+)?partner(?:is|ė|iai|ės|iu|e)\b")
_TOGETHER_WITH = re.compile(r"\bkartu\s+su\b")  # "X kartu su partneriais pradėjo ...": a lead only if said so
_BEGINS = re.compile(r"\b(?:pradeda|pradėjo|pradės|ėmė)\s+(?:įgyvendinti|vykdyti)\s+(?:\w+\s+){0,3}?projekt")
#: ``2021–2027 m. Europos Sąjungos fondų investicijų programos``: the years of a programme, not of the project.
_OF_PROGRAMME = re.compile(r"\s*(?:[\w+-]+\s+){0,5}?(?:program\w*|laikotarp\w*|period\w*)\b")
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?:\s*m\.|\))")
#: ``Projekto numeris X`` / ``Projektas (Nr. X)`` / ``Projektą „Y“ (Nr. X)``: the project's number.
_NUMBER = re.compile(r"\b(?:[Pp]rojekto\s+(?:numeris|nr\.|kodas|sutarties\s+nr\.)\s*(?:yra\s+|[:–—-]\s*)?|"
                     r"[Pp]rojekt\w{0,3}\s*(?:[„“\"][^„“”\"\n]{1,60}[“”\"]\s*)?\(\s*[Nn]r\.?\s*)"
                     r"(?P<id>[A-Z0-9][A-Z0-9./-]{5,}[A-Z0-9])")
#: ``EIT regioninės inovacijų schemos (EIT RIS) lėšomis``: a programme the gazetteer does not know.
_FUND_NAMED = re.compile(r"\b(?P<name>[A-ZĄČĘĖĮŠŲŪŽ][\w+-]*(?:\s+[a-ząčęėįšųūž]+){0,4}\s+(?:programos|schemos|fondo|priemonės))"
                         r"(?:\s*\((?P<acr>[A-Z][\w+-]*(?:\s[A-Z][\w+-]*){0,2})\))?\s+lėšomis\b")
_HEADS = {"programos": "programa", "schemos": "schema", "fondo": "fondas", "priemonės": "priemonė"}
_NAME_END = re.compile(rf"[\w -]{{0,25}}?{_Q}?\s*\(?(?=\d)")  # the rest of a longer name, its quote, "("
#: ``2019 m. įgyvendinto projekto „Y“`` / ``2022–2023 m. vykdyto projekto „Y“``: its year or years.
_DONE_IN = re.compile(r"\b((?:19|20)\d\d)(?:\s*[–—-]\s*((?:19|20)\d\d))?\s*m\.\s+(?:įgyvendint|vykdyt|baigt)\w*\s+"
                      r"projekt\w*\s+" + _Q + r"?$")


def _projects(context: Context, start: int, end: int) -> list[Slot]:
    return mentions_in(context, start, end, EntityType.PROJECT)


def _programme_in_brackets(context: Context, sentence: Span) -> None:
    """``projekto „BioScale LT-PL“ (Interreg Lietuva–Lenkija)``: the programme in brackets after a project funds it."""
    programmes = mentions_in(context, sentence.start, sentence.end, EntityType.PROGRAMME)
    for _p_start, p_end, project in _projects(context, sentence.start, sentence.end):
        bracket = re.match(rf"[\w -]{{0,25}}?{_Q}?\s*\(", context.text[p_end : sentence.end])  # the rest of the name
        inside = [slot for slot in programmes if bracket and slot[0] == p_end + bracket.end()]
        if inside and re.match(r"[^()]{0,12}\)", context.text[inside[0][1] : sentence.end]):
            context.builder.relation(project, RelationName.FUNDED_BY, inside[0][2], sentence.start, sentence.end,
                                     "lt-programme-in-brackets")


def _programme_named_before(context: Context, sentence: Span) -> None:
    """``Nordplus projekto „Y“``, ``COSME programos finansuojamas projektas „Y“``: Y is funded by it."""
    for p_start, p_end, programme in mentions_in(context, sentence.start, sentence.end, EntityType.PROGRAMME):
        rest = context.text[p_end : sentence.end]
        lead = _FUNDED_AFTER.match(rest)
        at = p_end + (lead.end() if lead else 0)
        match = _PROJECT_AFTER.match(context.text, at, sentence.end)
        projects = _projects(context, match.end(), sentence.end) if match else []
        if projects and projects[0][0] == match.end():
            context.builder.relation(projects[0][2], RelationName.FUNDED_BY, programme, sentence.start, sentence.end,
                                     "lt-programme-project")
        elif re.match(r"\s*(?:programos\s+)?projekt(?:as|u)\b", context.text[at : sentence.end]):
            subject = _projects(context, sentence.start, p_start)[:1]  # "„Y“ (2024–2026) – tai X programos projektas"
            if subject and re.search(r"[–—]\s*(?:tai\s+)?$|\s(?:yra|buvo)\s+$", context.text[subject[0][1] : p_start]):
                context.builder.relation(subject[0][2], RelationName.FUNDED_BY, programme, sentence.start,
                                         sentence.end, "lt-project-of-programme")


def earlier_project(context: Context, line: Span, position: int) -> str | None:
    """The project a bare ``projektas`` at ``position`` means: the last named before it in its paragraph,
    else the project of its entry (``3. „Name“`` over fields), else the one the article has named most."""
    earlier = mentions_in(context, line.start, position, EntityType.PROJECT)
    index = context.section_at(position)
    entry = context.focus.get(index) if context.view.sections[index].header is not None else None
    return earlier[-1][2] if earlier else entry or referent(context, position, None, EntityType.PROJECT)


def _related(context: Context, line: Span, sentence: Span, project: str | None) -> None:
    """``„X“ tęsia ... projekto „Y“ darbus``: X is related to Y (the project of the sentence, else X)."""
    match = _CONTINUES.search(sentence.text)
    if match is None:
        return
    at, end = sentence.start + match.start(), sentence.start + match.end()
    before, after = _projects(context, sentence.start, at), _projects(context, end, clause_end(sentence, end))
    subject = before[-1][2] if before else project
    if not before and after and subject == after[0][2] and re.search(r"(?i)projekt", sentence.text[: match.start()]):
        subject = earlier_project(context, line, sentence.start)  # "Projektas tęsia ... projekto „Y“"
    if not after and _ITS.match(sentence.text, match.end()):  # "„X“ remiasi jo rezultatais": the one named before
        earlier = [slot for slot in _projects(context, line.start, sentence.start) if slot[2] != subject]
        after = earlier[-1:]
    if after and subject and subject != after[0][2]:
        context.builder.relation(subject, RelationName.RELATED_PROJECT, after[0][2], sentence.start, sentence.end,
                                 "lt-continues-project")


def _event_ends_before(context: Context, position: int) -> bool:
    """An event's name ends right before ``position`` (``„X 2025“, kuriame``)."""
    return any(position - 4 <= m.end <= position for key in context.builder.keys(EntityType.EVENT)
               for m in context.builder.mentions_of(key))


def _participants(context: Context, sentence: Span, project: str | None) -> None:
    if project is None:
        return
    for match in _TAKES_PART.finditer(sentence.text):  # "projektas, kuriame dalyvauja ir Y" / "projekte dalyvaus: A, B"
        before = context.text[max(sentence.start, sentence.start + match.start() - 40) : sentence.start + match.start()]
        if mentions_in(context, sentence.start + match.start() - 4, sentence.start + match.start(), EntityType.EVENT) \
                or re.search(r"(?i)\b(?:rengin|konferencij|forum|seminar|mokym)\w*[“”\"]?,?\s*$", before) \
                or _event_ends_before(context, sentence.start + match.start()):
            continue  # "renginį „X“, kuriame dalyvavo A": A attended the event
        at = sentence.start + match.end()
        listed = re.match(r"[^,.;:]{0,40}:", context.text[at : sentence.end])  # "dalyvaus trys narės: A, B ir C"
        for _s, _e, org in mentions_in(context, at, sentence.end if listed else clause_end(sentence, at),
                                       EntityType.ORGANISATION):
            context.builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end,
                                     "lt-takes-part-in")
    for match in _WHICH_IS_PARTNER.finditer(sentence.text):  # "X, kuri yra asocijuotasis partneris"
        before = orgs_in(context, sentence.start, sentence.start + match.start())
        if before and sentence.start + match.start() - before[-1][1] <= 1:
            name = RelationName.ASSOCIATED_PARTNER if match["associated"] else RelationName.PARTICIPANT
            context.builder.relation(project, name, before[-1][2], sentence.start, sentence.end, "lt-which-is-partner")
    for match in (*_PARTNER_OF.finditer(sentence.text), *_BEGINS.finditer(sentence.text)):  # "Y buvo šio projekto partnerė"
        before = orgs_in(context, sentence.start, sentence.start + match.start())
        subjects = [slot for slot in before if head_case(context, slot) in ("nom", None)]
        if subjects:
            context.builder.relation(project, RelationName.PARTICIPANT, subjects[-1][2], sentence.start, sentence.end,
                                     "lt-partner-of-project")


def _joins(context: Context, line: Span, sentence: Span) -> None:
    """A body (nominative, right before the verb) that takes part in or joins the project named after it;
    ``ji dalyvavo ... projekte „Y“``: the body the sentence before is about."""
    for match in _JOINS.finditer(sentence.text):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        projects = _projects(context, end, min(clause_end(sentence, end), end + 90))
        before = orgs_in(context, max(sentence.start, at - 160), at)
        if not before and _PRONOUN_BEFORE.search(sentence.text, 0, match.start()):
            before, at = _subject_before(context, line, sentence), sentence.start
        gap = context.text[before[-1][1] : at] if before and before[-1][1] <= at else ""
        if projects and before and re.fullmatch(r"[”“\"]?(?:\s*\([^)]{1,20}\))?\s*", gap) \
                and head_case(context, before[-1]) in ("nom", None):
            for _s, _e, org in _joined_subjects(context, before):
                context.builder.relation(projects[0][2], RelationName.PARTICIPANT, org, sentence.start,
                                         sentence.end, "lt-joins-project")


def _joined_subjects(context: Context, before: list[Slot]) -> list[Slot]:
    """The last body before a verb with those joined to it (``UAB „A“ ir UAB „B“ dalyvauja``)."""
    subjects = [before[-1]]
    for slot in reversed(before[:-1]):
        if not re.fullmatch(r"[”“\"]?\s*(?:,|ir|bei)\s*", context.text[slot[1] : subjects[0][0]]):
            break
        subjects.insert(0, slot)
    return subjects


_PRONOUN_BEFORE = re.compile(r"\b(?:ji|jis|jie|jos)\s+(?:[a-ząčęėįšųūž]+\s+)?$")


def _subject_before(context: Context, line: Span, sentence: Span) -> list[Slot]:
    """The nominative body that opens the sentence before ``sentence`` in its paragraph, as a one-slot list."""
    earlier = [s for s in sentences(line) if s.end <= sentence.start]
    found = orgs_in(context, earlier[-1].start, earlier[-1].end) if earlier else []
    subjects = [slot for slot in found if head_case(context, slot) in ("nom", None)]
    return [(sentence.start, sentence.start, subjects[0][2])] if subjects else []


def _years(context: Context, sentence: Span, project: str | None) -> None:
    builder = context.builder
    for p_start, p_end, key in _projects(context, sentence.start, sentence.end):
        lead = _NAME_END.match(context.text, p_end, sentence.end)
        after = _YEARS.match(context.text, lead.end()) if lead else None
        before = _DONE_IN.search(context.text, max(sentence.start, p_start - 60), p_start)
        span = after or before or _YEARS_DONE.match(context.text, p_end, sentence.end)
        if span is not None and not builder.has_attribute(key, AttributeName.START_DATE):
            builder.attribute(key, AttributeName.START_DATE, span.group(1), span.start(), span.end(), "lt-project-years")
            builder.attribute(key, AttributeName.END_DATE, span.group(2) or span.group(1), span.start(), span.end(),
                              "lt-project-years")
    found = [m for m in _YEARS.finditer(sentence.text) if not _OF_PROGRAMME.match(sentence.text, m.end())]
    if project and len(found) == 1 and not _projects(context, sentence.start, sentence.end)[1:] \
            and not builder.has_attribute(project, AttributeName.START_DATE):
        start, end = sentence.start + found[0].start(), sentence.start + found[0].end()
        builder.attribute(project, AttributeName.START_DATE, found[0].group(1), start, end, "lt-project-years")
        builder.attribute(project, AttributeName.END_DATE, found[0].group(2), start, end, "lt-project-years")


def _number(context: Context, sentence: Span, project: str | None) -> None:
    """``Projekto numeris 2021-1-LT01-KA220-VET-000012345`` / ``Projektas (Nr. LL-00214)``: the identifier."""
    match = _NUMBER.search(sentence.text)
    if match is None or project is None or context.builder.has_attribute(project, AttributeName.IDENTIFIER):
        return
    start = sentence.start + match.start("id")
    context.builder.attribute(project, AttributeName.IDENTIFIER, match["id"], start, start + len(match["id"]),
                              "lt-project-number")


def _unknown_programme(context: Context, sentence: Span) -> None:
    """A fund or scheme whose money a project uses is a programme, named by its acronym when it has one."""
    builder = context.builder
    for match in _FUND_NAMED.finditer(sentence.text):
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        if any(m.start < end and start < m.end for key in builder.keys(EntityType.PROGRAMME)
               for m in builder.mentions_of(key)):
            continue  # a programme already read there, perhaps from further left ("Europos Sąjungos ...")
        words = match["name"].split()
        label = match["acr"] or " ".join([*words[:-1], _HEADS[words[-1]]])
        key = builder.entity(EntityType.PROGRAMME, start, end, "lt-funds-of-named-programme", label=label, language="lt")
        if match["acr"]:
            builder.alias(key, sentence.start + match.start("acr"), sentence.start + match.end("acr"),
                          "lt-funds-of-named-programme")


def project_ties(context: Context, line: Span, sentence: Span, project: str | None) -> None:
    """The ties above in one sentence of ``line``; ``project`` is the one the sentence is about, if any."""
    if project is not None:
        _unknown_programme(context, sentence)
    _programme_named_before(context, sentence)
    _programme_in_brackets(context, sentence)
    _related(context, line, sentence, project)
    _participants(context, sentence, project)
    _joins(context, line, sentence)
    _years(context, sentence, project)
    _number(context, sentence, project)


_BULLET = re.compile(r"\s*[•·▪*-]\s*")


def listed_partners(context: Context, lines: list[Span], project: str) -> None:
    """``Projektą įgyvendina X su partneriais:`` and then a bulleted list: each item's body takes part."""
    for line in lines:
        if not _BULLET.match(line.text):
            return
        found = orgs_in(context, line.start, line.end)
        if found:
            context.builder.relation(project, RelationName.PARTICIPANT, found[0][2], line.start, line.end,
                                     "lt-listed-partner")


def begun_projects(context: Context) -> None:
    """``X pradėjo įgyvendinti projektą „Y“``: the body that begins to carry out a project leads it, unless the
    page names another coordinator (run after every coordinator pattern)."""
    for line in context.view.lines:
        for sentence in sentences(line):
            match = _BEGINS.search(sentence.text)
            named = _projects(context, sentence.start, sentence.end) if match else []
            project = named[0][2] if named else earlier_project(context, line, sentence.start) if match else None
            if match is None or project is None or context.builder.has_relation(project, RelationName.COORDINATOR):
                continue
            before = orgs_in(context, sentence.start, sentence.start + match.start())
            subjects = [slot for slot in before if head_case(context, slot) in ("nom", None)]
            if subjects and not _TOGETHER_WITH.search(sentence.text, 0, match.start()):
                context.builder.relation(project, RelationName.COORDINATOR, subjects[-1][2], sentence.start,
                                         sentence.end, "lt-begins-project")
