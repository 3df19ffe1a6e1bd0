"""A project's coordinator, partners, funding, budget and dates in Lithuanian prose.

``X koordinuojamas projektas`` (coordinator); ``kartu su A ir B``, ``projektą ...
vykdo A ir B``, ``X kartu su Y įgyvendinamas projektas``, ``partneriai: A, B``
(participants); ``finansuojamas pagal „BSR Stars“ programos priemonę „Inovacijų
ekspresas“`` (the instrument), ``... fondo lėšomis`` (funded by); ``Projekto
biudžetas – 333 524,80 Eur`` (budget); ``truks iki 2021 m. rugpjūčio`` (end);
``2021 m. kovo 1 d. prasidėjo ... projektas`` (start). The project is the one the
sentence names, or, when it says ``projektas`` in any case, the one the article
has named most.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import Found, find_period
from innograph.loaders._lt_dates import find_lt_dates
from innograph.loaders._lt_project_ties import earlier_project, listed_partners, project_ties
from innograph.loaders._lt_role_cues import continues_project, cue_roles
from innograph.loaders._lt_slots import Slot, clause_end, close_before, head_case, mentions_in, orgs_in
from innograph.loaders._money import find_money
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_lt_projects"]

_PROJECT_WORD = re.compile(r"(?i)\bprojekt\w*")
_COORDINATED = re.compile(r"\b(?:koordinuojam|vadovaujam)\w*")
_TAKEN_PART_IN = re.compile(r"\bdalyvaujam\w*\s+projekt")  # "klasterio dalyvaujamas projektas": the cluster takes part
_COORDINATES = re.compile(r"\b(?:koordinuoja|koordinavo|koordinuos|koordinuoti|vadovauja|vadovavo)\b")
#: ``X, vadovaujantis konsorciumui`` / ``vadovaujanti partnerių grupei``: X leads the project's partners.
_LEADS_GROUP = re.compile(r"\b(?:vadovaujant(?:is|i|ys|ioji|ysis)|koordinuojant(?:is|i|ys|ioji|ysis))\s+(?:\w+\s+){0,2}?"
                          r"(?:konsorcium\w*|partneri\w*|partneryst\w*|grup\w*|tinkl\w*|projekt\w*)")
#: ``konsorciumas, kurį sudaro A, B ir C`` / ``partnerystę sudaro`` / ``konsorciumą jungia``: the partners.
_MADE_UP_OF = re.compile(r"\b(?:konsorcium\w*|partneryst\w*|(?:partnerių|[Vv]eiklos|[Pp]rojekto|[Dd]arbo)\s+grup\w*)\s*,?\s*(?:kur(?:į|ią|is|i)\s+)?"
                         r"(?:\w+\s+)?(?:sudaro|sudarė|sudarys|jungia|jungė|sujungė|sudaryt\w*\s+iš)\s+")
_CARRIED_PASSIVE = re.compile(r"\b(?:įgyvendinam|vykdom)\w*")
_TOGETHER = re.compile(r"\b[Kk]artu su\s+(?:partneri\w*\s*)?[–—-]?\s*")
_BRACKET_BEFORE = re.compile(r"[”“\"]?\s*\([^()]{1,30}\)\s*$")  # "„BioX“ (Kaunas) kartu su": the bracket is skipped
_ORGANISES = re.compile(r"\b(?:organizuoja|organizavo|organizuos|rengia|surengė|surengs|rengė)\b[^,.;]*$")
_CARRIES = re.compile(r"\b(?:vykdo|įgyvendina|vykdė|įgyvendino|vykdys|įgyvendins|pradeda|pradėjo)\b")
_OVERSIGHT = re.compile(r"\b(?:priežiūr|kontrol|stebėsen|administravim|vertinim)\w*\s+$")
_PARTNERS = re.compile(r"\b[Pp]artner(?:iai|is|ių|ė|ės)\b\s*(?:yra\s+|[:–—-]\s*)?")
_ASSOCIATED = re.compile(r"(?i)\basocijuot\w*\s+$")
#: ``Kiti partneriai – A, B``: a sentence that lists the partners of the project of the sentence before.
_PARTNERS_LEAD = re.compile(r"\W*(?:(?:Kiti|Kitos|Kitas|Kita|Visi|Asocijuot\w+|Užsienio|Pagrindin\w+)\s+)?[Pp]artner(?:iai|ės|is|ė)\b")
_PARTNERS_LISTED = re.compile(r"\bpartneri(?:ai|ų)\s*[–—:]\s*")  # "... padės du partneriai – A ir B"
_LEAD_NAMED = re.compile(r"\b(?:[Pp]rojekto\s+(?:[„“\"][^„“”\"\n]{1,60}[“”\"]\s+)?koordinator(?:ius|ė)|[Pp]agrindinis\s+(?:projekto\s+)?partneris|"
                         r"[Vv]adovaujantis\s+partneris)\s*(?:yra\s+|[:–—-]\s*)")
_FUNDED = re.compile(r"\bfinansuojam\w*\s+")
#: ``projektą „Y“, 2016–2019 m. finansuotą X programos``: a past participle agreeing with the project named before it.
_FUNDED_PAST = re.compile(r"\bfinansuot(?:ą|as|o|ame|ų)\s+")
_FINANCES = re.compile(r"\b(?:finansuoja|finansavo|bendrai finansuoja|remia|rėmė|skiria|skyrė|skirs|finansavim\w*\s+(?:iš|pagal)|"
                       r"lėš\w*\s+(?:iš|pagal))\s+")
#: ``finansuoja Europos Sąjungos programa „X“``: the programme's owner and kind before its name.
#: A few lowercase words (``jau``, ``pernai spalį``) between a subject and its verb.
_ADVERBS = re.compile(r"[”“\"]?(?:\s+[a-ząčęėįšųūž]+){0,3}\s*")
#: ``koordinuoja ir kitą, su LIFE projektu susijusį darbą``: another piece of work, not the project named before.
_ANOTHER = re.compile(r"\bkit(?:ą|as|us|i|ą)\b[^.;]{0,50}?\b(?:projekt(?:ą|as|us|ai)|darb(?:ą|as|us|ai)|"
                      r"veikl(?:ą|a)|iniciatyv(?:ą|a))\b")
_PRONOUN = re.compile(r"\W*(?:Jis|Jo|Jam|Jį|Juo|Jame)\b")
_LISTED_TAKING_PART = re.compile(r"\b(?:dalyvaus|dalyvauja|dalyvavo|prisidės|prisideda)\s*:\s*$")
_EVENT_WORD = re.compile(r"(?i)\b(?:rengin|forum|konferencij|seminar|mug|dien|savait|mokym)\w*")  # "Forume dalyvaus:"
_LISTED_PARTNERS = re.compile(r"\bpartneri(?:ai|ais|ų)\s*:\s*$")
#: ``finansuojamas iš Europos Sąjungos mokslinių tyrimų ir inovacijų programos „X“``: a described programme.
_NAMED_BODY = re.compile(r"(?:iš\s+)?(?:[A-ZĄČĘĖĮŠŲŪŽ]\w*\s+){1,3}(?:(?:[a-ząčęėįšųūž]+|ir)\s+){0,5}?"
                         r"(?:program\w*|fond\w*|priemon\w*)?\s*[„“\"]?")
_GOT_FUNDING = re.compile(r"\b(?:gavo|gaus|laimėjo|gavusi|gavęs)\s+(?:\w+\s+)?finansavim\w*")
_INSTRUMENT_PROJECT = re.compile(r"\bpriemon\w*\s+[„“\"]?")
_FUNDS = re.compile(r"\s*(?:lėšomis|lėšos|lėšų|lėšas)\b")
_BUDGET = re.compile(r"\b(?:biudžetas|biudžeto|vertė|vertės|suma|finansavimas|(?:[Jj]am|[Jj]ai|[Pp]rojektui)\s+(?:[„“\"][^„“”\"\n]{1,60}[“”\"]\s+)?(?:skirta|skirti|skiriama))\b\s*(?:[–—:-]|yra|siekia|sudaro)?\s*")
_ENDS = re.compile(r"\b(?:truks|tęsis|baigsis|(?:už)?baigtas|bus\s+įgyvendinamas|įgyvendinamas|vykdomas|vyks)\s+(?:iki\s+)?")
_PERIOD = re.compile(r"\bnuo\s+(?=(?:19|20)\d\d)")
_STARTED = re.compile(r"\b(?:prasidėj(?:o|ęs|usio|usį|usiame)|prasidės|startav(?:o|ęs|usio|usį|usiame)|pradėtas(?:\s+įgyvendinti)?|pradėtas vykdyti|"
                      r"pradėjo(?=\s+(?:įgyvendinti\s+|vykdyti\s+)?projekt)|pradėjo\s+(?:įgyvendinti|vykdyti))\b")


def _project(context: Context, line: Span, sentence: Span) -> str | None:
    """The project the sentence names; else, when it says ``projektas``, the last one named earlier in its
    paragraph, else the one the article has named most."""
    found = keys_in(context, sentence.start, sentence.end, EntityType.PROJECT)
    if found:
        return found[0]
    if not _PROJECT_WORD.search(sentence.text):
        return None
    return earlier_project(context, line, sentence.start)


def _add(context: Context, project: str, name: RelationName, slots: list[Slot], sentence: Span, rule: str) -> None:
    for _start, _end, org in slots:
        context.builder.relation(project, name, org, sentence.start, sentence.end, rule)


def _roles(context: Context, sentence: Span, project: str) -> None:
    for match in _COORDINATED.finditer(sentence.text):
        found = close_before(context, sentence, sentence.start + match.start())
        _add(context, project, RelationName.COORDINATOR, found[:1], sentence, "lt-coordinated-by")
    for match in _TAKEN_PART_IN.finditer(sentence.text):
        found = close_before(context, sentence, sentence.start + match.start())
        _add(context, project, RelationName.PARTICIPANT, found[:1], sentence, "lt-taken-part-in")
    for match in _COORDINATES.finditer(sentence.text):  # "Projektą koordinuoja X" / "X koordinuoja projektą"
        at = sentence.start + match.end()
        together = _TOGETHER.search(sentence.text, match.end())  # "parkas koordinavo projektą kartu su X": X a partner
        after = orgs_in(context, at, min(clause_end(sentence, at), sentence.start + together.start() if together else at + 999))
        after = [slot for slot in after if head_case(context, slot) in ("nom", None)][:1] or after[:1]
        found = after or close_before(context, sentence, sentence.start + match.start(), 12)[-1:]
        _add(context, project, RelationName.COORDINATOR, found, sentence, "lt-coordinates")
    for match in _CARRIED_PASSIVE.finditer(sentence.text):
        found = close_before(context, sentence, sentence.start + match.start())
        _add(context, project, RelationName.PARTICIPANT, found, sentence, "lt-implemented-by")
    for pattern, rule in ((_TOGETHER, "lt-together-with"), (_CARRIES, "lt-carried-out-by")):
        for match in pattern.finditer(sentence.text):
            if pattern is _TOGETHER and _ORGANISES.search(sentence.text[: match.start()]):
                continue  # "renginys, kurį organizuoja X kartu su Y": organisers of the event, not partners
            if pattern is _CARRIES and _OVERSIGHT.search(sentence.text[: match.start()]):
                continue  # "Projekto priežiūrą vykdo X": X supervises, it is no partner
            at = sentence.start + match.end()
            found = orgs_in(context, at, clause_end(sentence, at))
            if pattern is _TOGETHER:  # "A kartu su B ...", "A (Kaunas) kartu su B": A as well
                place = _BRACKET_BEFORE.search(context.text, sentence.start, sentence.start + match.start())
                at_subject = sentence.start + (place.start() - sentence.start if place else match.start())
                found += close_before(context, sentence, at_subject)[-1:]
            else:  # "klasteris „X“ įgyvendins projektą": the body that carries it out
                found += _doer(context, sentence, sentence.start + match.start())
            _add(context, project, RelationName.PARTICIPANT, found, sentence, rule)


def _named_roles(context: Context, sentence: Span, project: str) -> None:
    """``Projekto koordinatorius – X`` (a body, not a person); ``Asocijuotieji partneriai – A ir B``."""
    for match in _LEAD_NAMED.finditer(sentence.text):
        at = sentence.start + match.end()
        found = orgs_in(context, at, clause_end(sentence, at))[:1]
        if found and found[0][0] - at <= 2 and head_case(context, found[0]) in ("nom", None):
            _add(context, project, RelationName.COORDINATOR, found, sentence, "lt-named-coordinator")
    for match in _PARTNERS.finditer(sentence.text):
        if _EVENT_WORD.search(sentence.text, max(0, match.start() - 15), match.start()) \
                or re.match(r"\s*atstov", sentence.text[match.end() :]):
            continue  # "Renginio partneriai – A ir B", "partnerių atstovai, taip pat A": not the project's partners
        associated = _ASSOCIATED.search(sentence.text, max(0, match.start() - 20), match.start())
        _add(context, project, RelationName.ASSOCIATED_PARTNER if associated else RelationName.PARTICIPANT,
             orgs_in(context, sentence.start + match.end(), sentence.end), sentence, "lt-partners")


def _consortium(context: Context, sentence: Span, project: str) -> None:
    for match in _LEADS_GROUP.finditer(sentence.text):  # "RSC, vadovaujantis konsorciumui"
        _add(context, project, RelationName.COORDINATOR, close_before(context, sentence, sentence.start + match.start(),
                                                                      12)[-1:], sentence, "lt-leads-consortium")
    for match in _MADE_UP_OF.finditer(sentence.text):  # "konsorciumui, kurį sudaro A, B ir C"
        at = sentence.start + match.end()
        _add(context, project, RelationName.PARTICIPANT, orgs_in(context, at, sentence.end), sentence,
             "lt-consortium-of")


def _doer(context: Context, sentence: Span, position: int) -> list[Slot]:
    """The nominative body right before a verb (``klasteris „X“ įgyvendins``, not ``Projektą vykdo``)."""
    found = orgs_in(context, max(sentence.start, position - 160), position)
    gap = context.text[found[-1][1] : position] if found else ""
    if found and _ADVERBS.fullmatch(gap) and head_case(context, found[-1]) in ("nom", None):
        return found[-1:]
    return []


def _programmes(context: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    return sorted((m.start, m.end, key) for key in keys_in(context, start, end, EntityType.PROGRAMME)
                  for m in context.builder.mentions_of(key) if start <= m.start and m.end <= end)


def _funding(context: Context, sentence: Span, project: str) -> None:
    builder = context.builder
    for match in _FUNDED.finditer(sentence.text):
        at = sentence.start + match.end()
        found = _programmes(context, at, clause_end(sentence, at))
        if not found or found[0][0] - at > 12 and not _NAMED_BODY.fullmatch(context.text[at : found[0][0]]):
            continue
        chosen = found[0]
        if len(found) > 1 and re.search(r"\bpriemon\w*", context.text[found[0][1] : found[1][0]]):
            chosen = found[1]  # "pagal „BSR Stars“ programos priemonę „Inovacijų ekspresas“": the instrument
        builder.relation(project, RelationName.FUNDED_BY, chosen[2], sentence.start, sentence.end, "lt-funded-by")
    for match in _FUNDED_PAST.finditer(sentence.text):
        at, before = sentence.start + match.end(), mentions_in(context, sentence.start, sentence.start + match.start(), EntityType.PROJECT)
        found = _programmes(context, at, clause_end(sentence, at))
        if before and found and found[0][0] - at <= 12:
            builder.relation(before[-1][2], RelationName.FUNDED_BY, found[0][2], sentence.start, sentence.end, "lt-funded-past")
    for match in _FINANCES.finditer(sentence.text):  # "Projektą finansuoja X" / "gavo finansavimą iš X"
        at = sentence.start + match.end()
        found = _programmes(context, at, clause_end(sentence, at))
        if found and (found[0][0] - at <= 12 or _NAMED_BODY.fullmatch(context.text[at : found[0][0]])):
            instrument = len(found) > 1 and re.search(r"\bpriemon\w*", context.text[found[0][1] : found[1][0]])
            builder.relation(project, RelationName.FUNDED_BY, found[1 if instrument else 0][2], sentence.start,
                             sentence.end, "lt-financed-by")
    for match in _INSTRUMENT_PROJECT.finditer(sentence.text):  # "ES priemonės „Inogeb LT“ projektas"
        at = sentence.start + match.end()
        found = _programmes(context, at, sentence.end)
        if found and found[0][0] - at <= 1 and re.match(r"[^.]{0,40}projekt", context.text[found[0][1] : sentence.end]):
            builder.relation(project, RelationName.FUNDED_BY, found[0][2], sentence.start, sentence.end,
                             "lt-instrument-project")
    for match in _FUNDS.finditer(sentence.text):
        at = sentence.start + match.start()
        found = [p for p in _programmes(context, sentence.start, at) if at - p[1] <= 2]
        if found:  # "„X“ remiasi projekto „Y“ rezultatais: ... fondo lėšomis": Y, the project named last before
            named = mentions_in(context, sentence.start, found[-1][0], EntityType.PROJECT)
            builder.relation(named[-1][2] if named else project, RelationName.FUNDED_BY, found[-1][2], sentence.start,
                             sentence.end, "lt-funds-of")


def _funding_ahead(context: Context, line: Span, sentence: Span) -> None:
    """``X gavo finansavimą iš Y. Projektas „Z“ prasidėjo ...``: Z is funded by Y and X takes part in it."""
    match = _GOT_FUNDING.search(sentence.text)
    ahead = mentions_in(context, sentence.end, line.end, EntityType.PROJECT) if match else []
    if not ahead:
        return
    _funding(context, sentence, ahead[0][2])
    subjects = [slot for slot in orgs_in(context, sentence.start, sentence.start + match.start())  # type: ignore[union-attr]
                if head_case(context, slot) in ("nom", None)]
    _add(context, ahead[0][2], RelationName.PARTICIPANT, subjects[-1:], sentence, "lt-got-funding")


def _budget(context: Context, sentence: Span, project: str) -> None:
    builder = context.builder
    match = _BUDGET.search(sentence.text)
    money = find_money(sentence.text[match.end() : match.end() + 40]) if match else None
    if money is None or money.start > 2 or money.currency is None or builder.has_attribute(project, AttributeName.BUDGET):
        return
    start, end = sentence.start + match.end() + money.start, sentence.start + match.end() + money.end
    builder.attribute(project, AttributeName.BUDGET, money.amount, start, end, "lt-project-budget")
    builder.attribute(project, AttributeName.CURRENCY, money.currency, start, end, "lt-project-budget")


def _dates(context: Context, sentence: Span, project: str) -> None:
    builder = context.builder
    issued = context.document.issued
    ends = _ENDS.search(sentence.text)
    found = find_lt_dates(sentence.text[ends.end() : ends.end() + 60], issued) if ends else []
    year = re.match(r"((?:19|20)\d\d)\s*m\.(?!\s*[a-ząčęėįšųūž]+(?:io|ės|o)\b)", sentence.text[ends.end() :]) if ends else None
    found = found or ([Found(0, year.end(1), year[1])] if year else [])  # "truks iki 2027 m.": the year
    period = find_period(sentence.text[ends.end() : ends.end() + 60]) if found else None
    if period is not None and period[2] == 0 and not builder.has_attribute(project, AttributeName.START_DATE):
        start = sentence.start + ends.end()  # "vykdomas 2022 m. lapkričio 1 d.–2025 m. spalio 31 d."
        builder.attribute(project, AttributeName.START_DATE, period[0], start, start + period[3], "lt-project-period")
        builder.attribute(project, AttributeName.END_DATE, period[1], start, start + period[3], "lt-project-period")
    if found and found[0].start == 0 and not builder.has_attribute(project, AttributeName.END_DATE):
        start = sentence.start + ends.end()
        builder.attribute(project, AttributeName.END_DATE, found[0].value, start, start + found[0].end, "lt-project-ends")
    period = _PERIOD.search(sentence.text)
    found_period = find_period(sentence.text[period.start() :]) if period else None
    if found_period is not None and found_period[2] <= 4 and not builder.has_attribute(project, AttributeName.START_DATE):
        start, end = sentence.start + period.start() + found_period[2], sentence.start + period.start() + found_period[3]
        builder.attribute(project, AttributeName.START_DATE, found_period[0], start, end, "lt-project-period")
        builder.attribute(project, AttributeName.END_DATE, found_period[1], start, end, "lt-project-period")
    started = _STARTED.search(sentence.text)
    after = find_lt_dates(sentence.text[started.end() : started.end() + 40], issued) if started else []
    if after and after[0].start <= 1 and not builder.has_attribute(project, AttributeName.START_DATE):
        start = sentence.start + started.end() + after[0].start  # "projektas prasidėjo praėjusių metų spalį"
        builder.attribute(project, AttributeName.START_DATE, after[0].value, start, start + after[0].end - after[0].start,
                          "lt-project-started-on")
    before = find_lt_dates(sentence.text[: started.start()], issued) if started else []
    between = sentence.text[before[-1].end : started.start()] if before else ""
    for _s, _e, org in orgs_in(context, sentence.start + before[-1].end, sentence.start + started.start()) if before else []:
        between = between.replace(context.text[_s:_e], "")  # "2024 m. ... VšĮ „X“ pradėjo": its subject between
    if before and not builder.has_attribute(project, AttributeName.START_DATE) \
            and not re.sub(r"\s|,|ir|[„“”\"]|\w+(?:damas|usio|ojo)\b", "", between):
        start = sentence.start + before[-1].start
        builder.attribute(project, AttributeName.START_DATE, before[-1].value, start,
                          sentence.start + before[-1].end, "lt-project-started-on")


def find_lt_projects(context: Context) -> None:
    lines = context.view.lines
    for index, line in enumerate(lines):
        previous: str | None = None
        for sentence in sentences(line):
            project = _project(context, line, sentence)
            if _ANOTHER.search(sentence.text) and not keys_in(context, sentence.start, sentence.end, EntityType.PROJECT):
                project = None
            if project is None and previous is not None and (_PRONOUN.match(sentence.text)
                                                             or _PARTNERS_LEAD.match(sentence.text)
                                                             or _PARTNERS_LISTED.search(sentence.text)
                                                             or continues_project(sentence.text)):
                project = previous  # "Projektas ... . Jis prasidėjo ...": the project of the sentence before
            if project is None and (_MADE_UP_OF.match(sentence.text) or _PARTNERS_LEAD.match(sentence.text)):
                project = earlier_project(context, line, sentence.start)
            project_ties(context, line, sentence, project)
            if project is None:
                _funding_ahead(context, line, sentence)
            if project is not None:
                for rule in (_roles, _named_roles, cue_roles, _consortium, _funding, _budget, _dates):
                    rule(context, sentence, project)
                if _LISTED_PARTNERS.search(sentence.text):
                    listed_partners(context, lines[index + 1 :], project)
            if _LISTED_TAKING_PART.search(sentence.text) and sentence.end >= line.end - 1 \
                    and not _EVENT_WORD.search(sentence.text):
                listed = project or earlier_project(context, line, sentence.start)  # "Bandymuose dalyvaus:" + items
                if listed is not None:
                    listed_partners(context, lines[index + 1 :], listed)
            previous = project
