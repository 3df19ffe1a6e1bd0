"""Sentence-level relations in English prose.

Each rule finds a trigger in a sentence and takes the entities around it: the
name right after the trigger (its *slot*), the project the sentence or section
is about, the organisation named right before the trigger.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._programmes import programme_entity, programme_in
from innograph.loaders._relations import keys_in, slot_entity
from innograph.loaders._subprogrammes import sub_programme
from innograph.loaders._text import Span, sentences

__all__ = ["find_clauses"]

_COORDINATOR_NOUN = re.compile(r"\b(?:project\s+coordinator|lead\s+partner)\s*,?\s*(?:is\s+)?(?:the\s+)?(?=[A-Z])")
#: ``with the X Office as lead partner``: X coordinates the project the sentence is about.
_WITH_AS_LEAD = re.compile(r"\bwith\s+(?:the\s+)?(?=[A-Z][^,;.]{2,80}?\s+as\s+(?:the\s+)?(?:lead\s+partner|lead\s+applicant|"
                           r"coordinator|project\s+coordinator|lead)\b)")
#: ``… with this research project coordinated by``: the project meant is the one the list item names.
_THIS_PROJECT = re.compile(r"\b(?:this|that)\s+(?:[\w-]+\s+){0,2}project,?\s+(?:which\s+|that\s+)?(?:is\s+|was\s+)?$")
_ITEM = re.compile(r"^(?:[*•\-–▪·]|\d{1,2}[.)])\s+")
#: A line opening with a name, its note in brackets and a dash: a project's one-line entry.
_ENTRY_LINE = re.compile(r"^[^()\n]{2,60}\([^()\n]{4,80}\)\s+[–—-]\s")
_ITEM_HEAD = 60  # characters: the name a list item starts with
_LED = re.compile(r"\b(?:(?:coordinated|led|managed|headed|run)\s+by|[Uu]nder\s+the\s+(?:leadership|coordination)\s+of)"
                  r"\s+(?:the\s+)?(?=[A-Z])")
_AUXILIARIES = frozenset("is was are were be been being will has have had also".split())
#: Nouns whose lead is a project's coordinator (``the project is led by``); any other noun right before
#: ``led by`` (a delegation, a session, a scheme) is led by someone who does not coordinate a project.
_LED_NOUNS = frozenset("project projects consortium partnership initiative pilot study pre-study action it "
                       "and which that".split())
_PARTNERSHIP = re.compile(r"\b(?:(?<!in\s)partnership(?!\s+agreement)|consortium|working team|partners are|formed by|consists of)\b", re.I)
_COOPERATES = re.compile(r"\b(?:cooperates|co-operates|collaborates|is cooperating|are cooperating)\s+(?:very\s+)?(?:closely\s+)?with\s+")
_MEMBER = re.compile(r"\b(?:is|are|as|a|an)\s+(?:full\s+|active\s+)?members?\s+of\s+(?:the\s+)?(?=[A-Z])")
#: ``A is the manager of B and a member of C``: a second predicate of the sentence's subject.
_SECOND_PREDICATE = re.compile(r"^[^,;]*?\b(?:is|are|was|were)\b[^,;]*\band\s+(?:is\s+|are\s+|was\s+|were\s+)?$")
#: ``X is a partner of the Enterprise Europe Network``: a network's partner is its member.
_PARTNER_OF = re.compile(r"\b(?:is|are|as|a|an|,\s+the)\s+(?:full\s+|active\s+|regional\s+|local\s+|national\s+)?partners?\s+of\s+"
                         r"(?:the\s+)?(?=[A-Z])")
_PART = re.compile(r"\b(?:is|are)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?=[A-Z])")
_MANAGES = re.compile(r"\bresponsible\s+for\s+(?:the\s+)?management\s+of\s+(?:the\s+)?(?=[A-Z])")
_FUNDED = re.compile(r"\b(?:(?:[Ff]unded|[Ff]inanced|[Cc]o-funded|[Cc]o-financed)\s+(?:by|from|under)|comes?\s+from|"
                     r"with\s+(?:the\s+)?(?:financial\s+)?support\s+(?:of|from)|(?:is|are|was|were)\s+supported\s+by|"
                     r"receiv\w*\s+(?:\w+\s+)?(?:funding|a\s+grant|grants|co-?financing)\s+from|with\s+an?\s+(?:\w+\s+)?grant\s+from|"
                     r"(?:provided|granted)\s+by)\s+(?:the\s+)?(?=[A-Z])")
_AND_THE = re.compile(r"(?:\s+[Pp]rogram(?:me)?)?\s+and\s+(?:the\s+|from\s+the\s+)?")
_THROUGH = re.compile(r"\b(?:through|via|under)\s+(?:the\s+)?(?=[A-Z])")
_ORGANISED = re.compile(r"\b(?:organi[sz]ed|hosted|initiated)\s+by\s+(?:the\s+)?(?=[A-Z])")


def _project_for(context: Context, sentence: Span, before: int | None = None) -> str | None:
    """The project a sentence is about: the last one named before ``before``, else the focus."""
    limit = sentence.end if before is None else before
    named = keys_in(context, sentence.start, limit, EntityType.PROJECT)
    if named:
        return named[-1]
    line = context.view.line_at(sentence.start)
    if line is not None:
        named = keys_in(context, line.start, sentence.start, EntityType.PROJECT)
        if named:
            return named[-1]
    return context.focus_at(sentence.start)


def _subject_before(context: Context, sentence: Span, position: int, type_: EntityType, first: bool = False) -> str | None:
    """The name right before ``position``; with ``first``, the clause's subject (``A is X of B and a member of C``)."""
    found = keys_in(context, sentence.start, position, type_)
    return (found[0] if first else found[-1]) if found else None


def _coordinators(context: Context, sentence: Span) -> None:
    for match in _WITH_AS_LEAD.finditer(sentence.text):
        project = _project_for(context, sentence, sentence.start + match.start())
        org = slot_entity(context, sentence.start + match.end(), sentence.end, "with-as-lead-partner")
        if project is not None and org is not None and context.builder.type_of(org) is EntityType.ORGANISATION:
            context.builder.relation(project, RelationName.COORDINATOR, org, sentence.start, sentence.end,
                                     "with-as-lead-partner")
    for pattern, rule in ((_COORDINATOR_NOUN, "project-coordinator"), (_LED, "led-by")):
        for match in pattern.finditer(sentence.text):
            position = sentence.start + match.end()
            entry = _entry_line_project(context, sentence)
            if rule == "led-by" and (_organisation_is_run(context, sentence, sentence.start + match.start())
                                     or _something_else_led(context.text[sentence.start : sentence.start + match.start()])
                                     and entry is None):
                continue  # "the cluster is managed by X": membership (see _ties), not a project's lead
            project = entry or _project_for(context, sentence, sentence.start + match.start())
            if _THIS_PROJECT.search(context.text[sentence.start : sentence.start + match.start()]):
                project = _item_project(context, sentence) or project  # "- X (…) – … this project coordinated by"
            org = slot_entity(context, position, sentence.end, rule)
            if project is None or org is None or context.builder.type_of(org) is not EntityType.ORGANISATION \
                    or _programme_run(context, sentence, sentence.start + match.start()):
                continue
            context.builder.relation(project, RelationName.COORDINATOR, org, sentence.start, sentence.end, rule)


def _entry_line_project(context: Context, sentence: Span) -> str | None:
    """``NAME (Programme, 2019-2021) - a network for teachers led by X``: the project the line opens with."""
    line = context.view.line_at(sentence.start)
    if sentence.start != line.start or not _ENTRY_LINE.match(line.text):
        return None
    named = keys_in(context, line.start, min(line.end, line.start + _ITEM_HEAD), EntityType.PROJECT)
    return named[0] if named and any(m.start == line.start for m in context.builder.mentions_of(named[0])) else None


def _programme_run(context: Context, sentence: Span, position: int) -> bool:
    """``the programme "Blue Coast" managed by X``: a programme's manager, no project's lead."""
    before = keys_in(context, sentence.start, position)
    return bool(before) and context.builder.type_of(before[-1]) is EntityType.PROGRAMME \
        and re.fullmatch(r"[\s\"”“»,]*", context.text[max(m.end for m in context.builder.mentions_of(before[-1])
                                                        if m.start < position) : position]) is not None


def _item_project(context: Context, sentence: Span) -> str | None:
    """The project a list item starts with (``- CarbonTwin (Horizon Europe) – …``)."""
    line = context.view.line_at(sentence.start)
    if not _ITEM.match(line.text):
        return None
    named = keys_in(context, line.start, min(line.end, line.start + _ITEM_HEAD), EntityType.PROJECT)
    return named[0] if named else None


def _something_else_led(before: str) -> bool:
    """``The delegation was led by`` / ``the voucher scheme run by``: a noun other than a project's is led."""
    words = re.findall(r"[\w-]+|[^\w\s]", before)
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].endswith("ly") or words[-1] == ","):
        words.pop()
    return bool(words) and words[-1].islower() and words[-1].isalpha() and words[-1] not in _LED_NOUNS


def _organisation_is_run(context: Context, sentence: Span, position: int) -> bool:
    """``ORG is managed by``: the nearest name before a passive ``is ... by`` is an organisation."""
    if not re.search(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?$", context.text[sentence.start : position]):
        return False
    before = keys_in(context, sentence.start, position)
    return bool(before) and context.builder.type_of(before[-1]) is EntityType.ORGANISATION


#: ``Nordby Elderly Care Home (DK)``: a partner's name, capitalised words up to a country code in brackets.
_CODED_ITEM = re.compile(r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’.&-]*)){0,6}?)\s+\((?P<code>[A-Z]{2})\)")


def _coded_items(context: Context, sentence: Span) -> None:
    """A partnership sentence's items with a country code are bodies even without a type word."""
    from innograph.loaders._countries import country_from_code
    from innograph.loaders._orgs import make_org

    for match in _CODED_ITEM.finditer(sentence.text):
        start = sentence.start + match.start("name")
        if country_from_code(match["code"]) is None or keys_in(context, start, sentence.start + match.end("name")):
            continue
        code = (sentence.start + match.start("code"), sentence.start + match.end("code"))
        key = make_org(context, start, sentence.start + match.end("name"), "partnership-coded-item", whole=True)
        if key is not None and not context.builder.has_attribute(key, AttributeName.COUNTRY):
            context.builder.attribute(key, AttributeName.COUNTRY, country_from_code(match["code"]), *code,
                                      "partnership-coded-item")


def _partnership(context: Context, sentence: Span) -> None:
    """Every organisation in a partnership paragraph takes part in its project."""
    if not _PARTNERSHIP.search(sentence.text):
        return
    project = _project_for(context, sentence)
    if project is None:
        return
    line = context.view.line_at(sentence.start)
    builder = context.builder
    _coded_items(context, sentence)
    for org in keys_in(context, sentence.start, line.end, EntityType.ORGANISATION):
        if builder.has_relation(org, RelationName.PART_OF):
            continue
        builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, line.end, "partnership-paragraph")


def _pairs(context: Context, sentence: Span) -> None:
    builder = context.builder
    rules = ((_COOPERATES, "cooperates-with"), (_MEMBER, "member-of"), (_PARTNER_OF, "partner-of-network"), (_PART, "part-of"),
             (_MANAGES, "responsible-for-management-of"))
    for pattern, rule in rules:
        for match in pattern.finditer(sentence.text):
            subject = _subject_before(context, sentence, sentence.start + match.start(), EntityType.ORGANISATION,
                                      first=match.group().startswith("a")
                                      and bool(_SECOND_PREDICATE.search(sentence.text[: match.start()])))
            obj = slot_entity(context, sentence.start + match.end(), sentence.end, rule)
            if subject is None or obj is None or builder.type_of(obj) is not EntityType.ORGANISATION:
                continue
            _pair(context, rule, subject, obj, sentence)


def _pair(context: Context, rule: str, subject: str, obj: str, sentence: Span) -> None:
    builder, s, e = context.builder, sentence.start, sentence.end
    if rule == "member-of" or rule == "partner-of-network" and builder.subtype_of(obj) == "Network":
        builder.relation(subject, RelationName.MEMBER_OF, obj, s, e, rule)
    elif rule == "partner-of-network":
        return
    elif rule == "part-of":
        builder.relation(subject, RelationName.PART_OF, obj, s, e, rule)
    elif rule == "responsible-for-management-of":
        builder.relation(obj, RelationName.PART_OF, subject, s, e, rule)
    elif (project := context.focus_at(s)) is not None:
        builder.relation(project, RelationName.PARTICIPANT, subject, s, e, rule + "-in-project")
        builder.relation(project, RelationName.PARTICIPANT, obj, s, e, rule + "-in-project")
    else:
        builder.relation(subject, RelationName.COOPERATES_WITH, obj, s, e, rule)


def _through(context: Context, project: str, sentence: Span, position: int) -> None:
    """``funded by the ERDF through the Interreg X Programme``: the project is funded by both."""
    through = _THROUGH.search(context.text, position, sentence.end)
    if through is None or re.search(r"[.;]", context.text[position : through.start()]):
        return
    programme = slot_entity(context, through.end(), sentence.end, "funded-through")
    if programme is not None and context.builder.type_of(programme) is EntityType.PROGRAMME:
        context.builder.relation(project, RelationName.FUNDED_BY, programme, sentence.start, sentence.end,
                                 "funded-through")


def _part_of_programme(context: Context, project: str, programme: str, position: int, end: int) -> None:
    """``funded by the Digital Europe Programme (Advanced Digital Skills)``: the strand funds the project too."""
    found = programme_in(context.text[position:end] + " ")
    if found is not None and found[1] == 0:
        sub_programme(context, project, programme, context.text[position + found[2] : end], position + found[2],
                      "funded-by-part")
        also = _AND_THE.match(context.text, position + found[2], end)  # "… programme and the ERDF": both fund it
        second = programme_in(context.text[also.end() : end] + " ") if also else None
        if second is not None and second[1] == 0:
            key = programme_entity(context, second[0], also.end(), also.end() + second[2], "funded-by-both")
            context.builder.relation(project, RelationName.FUNDED_BY, key, position, end, "funded-by-both")


def _funding_and_organisers(context: Context, sentence: Span) -> None:
    builder = context.builder
    for match in _FUNDED.finditer(sentence.text):
        project = _project_for(context, sentence, sentence.start + match.start())
        programme = slot_entity(context, sentence.start + match.end(), sentence.end, "funded-by")
        if project and programme and builder.type_of(programme) is EntityType.PROGRAMME:
            builder.relation(project, RelationName.FUNDED_BY, programme, sentence.start, sentence.end, "funded-by")
            _part_of_programme(context, project, programme, sentence.start + match.end(), sentence.end)
        if project:  # "co-financed by the European Union under the X programme": X funds it
            _through(context, project, sentence, sentence.start + match.end())
    for match in _ORGANISED.finditer(sentence.text):
        event = _subject_before(context, sentence, sentence.start + match.start(), EntityType.EVENT)
        other = slot_entity(context, sentence.start + match.end(), sentence.end, "organised-by")
        if event is None or other is None:
            continue
        name = RelationName.PART_OF if builder.type_of(other) is EntityType.PROGRAMME else RelationName.ORGANISER
        builder.relation(event, name, other, sentence.start, sentence.end, "organised-by")


def find_clauses(context: Context) -> None:
    """Pairs first (a unit ``part of`` a partner is no partner), then project roles."""
    spans = [sentence for line in context.view.lines for sentence in sentences(line)]
    for rule in (_pairs, _coordinators, _partnership, _funding_and_organisers):
        for sentence in spans:
            rule(context, sentence)
