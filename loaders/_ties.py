"""Ties between organisations stated in English prose: membership, units, agreements.

``A and B are both members of C`` / ``A is a member of C and, since 2020, of D``
(memberOf, every subject and object in the clause); ``the cluster is run / managed /
administered by the X Association`` and ``the association X, which manages the
cluster`` (the cluster is a member of the association, as the annotation convention
has it); ``A is a unit of B`` / ``A (a department of B)`` / ``Institute of X of
Y University`` (partOf); ``signed a cooperation agreement / memorandum of
understanding with B``, ``a memorandum between A and B``, ``works closely with B``
(cooperatesWith). ``the cluster`` / ``the association`` with no name refers to the
page's own organisation of that type, else to the last one named before.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._contacts import page_organisation
from innograph.loaders._context import Context
from innograph.loaders._names import type_word
from innograph.loaders._orgs import head_type, make_org
from innograph.loaders._relations import keys_in, slot_entity
from innograph.loaders._units import possessive_units, unit_headed, units_at
from innograph.loaders._text import Span, sentences

__all__ = ["anaphor", "find_ties", "subject_of"]

_ORG = EntityType.ORGANISATION
_SECOND_VERB = re.compile(r"^[^,;]*\b(?:is|are|was|were)\b[^,;]*\band\s+$")
_MEMBER = re.compile(r"\b(?:is|are|was|were|became|become|has been|have been)\s+(?:\w+\s+){0,4}?(?:an?\s+)?"
                     r"(?:full\s+|active\s+|founding\s+|associate\s+)?members?\s+of\b|\b(?:has|have)?\s*joined(?=\s+the\s+)|"
                     r",\s+(?:a|an)\s+(?:full\s+|active\s+|founding\s+)?member\s+of\b")
_MEMBERS_ARE = re.compile(r"['’]s\s+(?:key\s+|main\s+|founding\s+|core\s+)?members\s+(?:include|are|comprise)\b|"
                          r"\b(?P<own>[Ii]ts|[Oo]ur)\s+(?:key\s+|main\s+|founding\s+|core\s+|current\s+)?members\s+"
                          r"(?:include|are|comprise)\b|\b[Mm]embers\s+of\s+(?:the\s+)?"
                          r"(?P<owner>[A-Z][^,;.]{2,80}?)\s+(?:include|are|comprise)\b")
_MANAGED = re.compile(r"\b(?:is|are|was)\s+(?:\w+\s+)?(?:run|managed|administered|operated)\s+by\b")
_MANAGES = re.compile(r",?\s+(?:which|that|who)\s+(?:\w+\s+)?(?:runs|manages|administers|operates)\s+the\s+"
                      r"(?P<word>[a-z]+)\b")
_MANAGER = re.compile(r"\b(?:is|are|was|acts\s+as)\s+(?:the|its)\s+(?:managing|management|coordinating|administering|"
                      r"operating)\s+(?:body|organi[sz]ation|entity|association|agency)\s+(?:of|for)\b")
_UNIT = re.compile(r"\b(?:is\s+|\(\s*)?(?:an?|the)\s+(?:\w+\s+)?(?:unit|department|division|branch|subsidiary|"
                   r"faculty|institute|part)\s+of\b|,\s+(?:a\s+)?part\s+of\b|\bis\s+part\s+of\b")
_REPRESENTED_BY_UNIT = re.compile(r"\b(?:is|are|was|were)\s+represented\s+(?:in\s+the\s+project\s+)?by\s+(?:its|their)\s+")
_AGREEMENT = re.compile(
    r"\b(?:signed|concluded|agreed on|agreed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|contract|pilot|partnership|letter\s+of\s+intent)\s+with\b"
    r"|\bworks?\s+closely\s+with\b|\bpartnered\s+with\b|\bwith\s+which\s+it\s+signed\b")
_JOINT = re.compile(r"\b(?:signed|concluded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|memorandum"
                    r"(?:\s+of\s+understanding)?|MoU|letter\s+of\s+intent)\b(?!\s+(?:with|between)\b)"
                    r"|\bagreed\s+to\s+(?:prepare|submit|develop|write)\s+a\s+joint\b")
_BETWEEN = re.compile(r"\b(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|partnership)\s+between\b")
_CLAUSE_END = re.compile(r";|[.!?]\s+(?=[A-Z])|,\s+(?:which|who|where|while|but)\b|\s+(?:and|but)\s+(?=(?:is|are|was|were|has|have|will)\b)")
_ANAPHOR = re.compile(r"\b(?:the|its|our|this|his|her|their)\s+(?P<word>[a-z]+)\s*$", re.I)


def anaphor(context: Context, word: str, before: int) -> str | None:
    """The organisation ``the <type word>`` refers to: the page's own of that type, else the last one named."""
    found = type_word(word)
    if found is None or found.cls != _ORG.value:
        return None
    builder = context.builder
    page = page_organisation(context)
    if page is not None and builder.subtype_of(page) == found.subtype and found.subtype is not None:
        return page
    named = [k for k in keys_in(context, 0, before, _ORG) if builder.subtype_of(k) == found.subtype and found.subtype]
    return named[-1] if named else None


def subject_of(context: Context, sentence: Span, position: int) -> str | None:
    """The body a clause is about when it names none: ``the cluster`` (its type), or ``It`` (the page's own)."""
    start = _clause_start(sentence, position)
    text = context.text[start:position]
    word = re.search(r"\b(?:the|our|this)\s+(?P<word>[a-z]+)\b", text, re.I)
    if word is not None:
        return anaphor(context, word["word"], position)
    return page_organisation(context) if re.match(r"(?:[^,]*,\s+)?It\s", text) else None


def _clause_end(sentence: Span, position: int) -> int:
    match = _CLAUSE_END.search(sentence.text, position - sentence.start)
    return sentence.start + match.start() if match else sentence.end


def _clause_start(sentence: Span, position: int) -> int:
    cut = max((m.end() for m in re.finditer(r";|[.!?]\s+(?=[A-Z])|,\s+(?:which|who|while|but)\b",
                                            sentence.text[: position - sentence.start])),
              default=0)
    return sentence.start + cut


def _subjects(context: Context, sentence: Span, trigger: re.Match[str], plural: bool, first: bool = False) -> list[str]:
    start = _clause_start(sentence, sentence.start + trigger.start())
    found = keys_in(context, start, sentence.start + trigger.start(), _ORG)
    word = _ANAPHOR.search(context.text[start : sentence.start + trigger.start()])
    if word is not None:
        referred = anaphor(context, word["word"], sentence.start + trigger.start())
        if referred is not None and not (found and _last_end(context, found[-1], start) > start + word.start()):
            return [referred]
    if not found and re.match(r"(?:[^,]*,\s+)?It\s|.*\b[Ww]e\s+(?:[\w-]+\s+){0,5}$", context.text[start : sentence.start + trigger.start()]):
        page = page_organisation(context)  # "It also works with ...": the page's own body
        return [page] if page is not None else []
    return found if plural else found[:1] if first else found[-1:]


def _last_end(context: Context, key: str, start: int) -> int:
    return max((m.end for m in context.builder.mentions_of(key) if m.start >= start), default=-1)


def _objects(context: Context, sentence: Span, position: int) -> list[str]:
    return keys_in(context, position, _clause_end(sentence, position), _ORG)


def _listed_orgs(context: Context, start: int, end: int) -> list[str]:
    """``A, the B Institute and C``: each item of a list of names (known, or made from a capitalised item)."""
    found: list[str] = list(keys_in(context, start, end, _ORG))
    taken = [(m.start, m.end) for k in found for m in context.builder.mentions_of(k) if start <= m.start < end]
    for item in re.finditer(r"[^,;]+?(?=,\s+(?:and\s+)?|\s+and\s+|$)", context.text[start:end]):
        if any(s < start + item.end() and start + item.start() < e for s, e in taken):
            continue
        i_start = start + item.start() + len(item.group()) - len(item.group().lstrip())
        text = item.group().strip()
        lead = re.match(r"(?:and\s+)?(?:the\s+|(?P<its>its\s+|their\s+))?", text)
        text_start = i_start + len(lead.group())
        name = context.text[text_start : i_start + len(text)]
        known = context.builder.find_any(name)
        if known is None and name[:1].isupper() and 2 <= len(name.split()) <= 8:
            known = make_org(context, text_start, text_start + len(name), "listed-member", whole=True)
        if known is not None and context.builder.type_of(known) is _ORG and known not in found:
            parent = _named_last(context, start, i_start) if lead["its"] and unit_headed(name) else None
            if parent is not None and parent != known:  # "the University of X and its Faculty of Y"
                context.builder.relation(known, RelationName.PART_OF, parent, i_start, i_start + len(text), "its-unit")
            found.append(known)
    return found


def _named_last(context: Context, start: int, end: int) -> str | None:
    """The organisation named last in ``[start, end)``."""
    ends = [(m.end, key) for key in keys_in(context, start, end, _ORG) for m in context.builder.mentions_of(key)
            if start <= m.start and m.end <= end]
    return max(ends)[1] if ends else None


def _relate(context: Context, subjects: list[str], name: RelationName, objects: list[str], sentence: Span,
            rule: str) -> None:
    page = page_organisation(context) if name is RelationName.COOPERATES_WITH else None
    for subject in subjects:
        for obj in objects:
            if page is not None and context.builder.resolve_key(obj) == context.builder.resolve_key(page):
                subject, obj = obj, subject  # symmetric: the page's own body first
            context.builder.relation(subject, name, obj, sentence.start, sentence.end, rule)


def _memberships(context: Context, sentence: Span) -> None:
    for match in _MEMBER.finditer(sentence.text):
        if re.match(r"\s+(?:this|that|these|those)\b", sentence.text[match.end() :]):
            continue  # "a consortium member of this hub": the project named before, no body to join
        plural = bool(re.match(r"(?:are|were|have)\b", match.group()))
        subjects = _subjects(context, sentence, match, plural)
        if _SECOND_VERB.search(sentence.text[: match.start()]):  # "A is part of B and is a member of C": A
            subjects = keys_in(context, sentence.start, sentence.start + match.start(), _ORG)[:1]
        objects = _objects(context, sentence, sentence.start + match.end())
        _relate(context, subjects, RelationName.MEMBER_OF, objects[:3], sentence, "member-of-clause")
    for match in _MEMBERS_ARE.finditer(sentence.text):
        owner = _subjects(context, sentence, match, False)
        if match["own"]:
            owner = [p for p in (page_organisation(context),) if p is not None]
        if match["owner"]:
            at = sentence.start + match.start("owner")
            owner = keys_in(context, at, at + len(match["owner"]), _ORG)[:1]
        members = _listed_orgs(context, sentence.start + match.end(), _clause_end(sentence, sentence.start + match.end()))
        for member in members:
            _relate(context, [member], RelationName.MEMBER_OF, owner, sentence, "members-include")
    for match in _MANAGED.finditer(sentence.text):
        subjects = _subjects(context, sentence, match, False)
        objects = _objects(context, sentence, sentence.start + match.end())[:1]
        _relate(context, subjects, RelationName.MEMBER_OF, objects, sentence, "run-by-association")
    for match in _MANAGER.finditer(sentence.text):
        managers = _subjects(context, sentence, match, False, first=True)
        managed = _objects(context, sentence, sentence.start + match.end())[:1]
        _relate(context, managed, RelationName.MEMBER_OF, managers, sentence, "managing-body-of")
    for match in _MANAGES.finditer(sentence.text):
        before = keys_in(context, sentence.start, sentence.start + match.start(), _ORG)
        managed = anaphor(context, match["word"], sentence.start + match.start())
        if before and managed is not None:
            _relate(context, [managed], RelationName.MEMBER_OF, before[-1:], sentence, "association-which-runs")


def _units(context: Context, sentence: Span) -> None:
    for match in _REPRESENTED_BY_UNIT.finditer(sentence.text):  # "X is represented by its Lab Y": Y is part of X
        parents = _subjects(context, sentence, match, False)
        units = _objects(context, sentence, sentence.start + match.end())[:1]
        _relate(context, units, RelationName.PART_OF, parents, sentence, "represented-by-its-unit")
    for match in _UNIT.finditer(sentence.text):
        subjects = _subjects(context, sentence, match, False)
        objects = _objects(context, sentence, sentence.start + match.end())[:1]
        _relate(context, subjects, RelationName.PART_OF, objects, sentence, "unit-of")


def _and_name(context: Context, sentence: Span, first: str, position: int) -> str | None:
    end = max(m.end for m in context.builder.mentions_of(first) if m.start < position)
    joined = re.match(r"\s+and\s+(?:the\s+)?(?=[A-Z])", context.text[end:position])
    return slot_entity(context, end + joined.end(), position, "signed-an-agreement-together") if joined else None


def _agreements(context: Context, sentence: Span) -> None:
    for match in _AGREEMENT.finditer(sentence.text):
        subjects = _subjects(context, sentence, match, False, first=True)
        objects = _objects(context, sentence, sentence.start + match.end())[:1]
        if match.group().startswith("with which"):
            before = keys_in(context, _clause_start(sentence, sentence.start + match.start()),
                             sentence.start + match.start(), _ORG)
            subjects, objects = before[:1], before[-1:]
        _relate(context, subjects, RelationName.COOPERATES_WITH, objects, sentence, "agreement-with")
    for match in _JOINT.finditer(sentence.text):
        pair = _subjects(context, sentence, match, True)
        if len(pair) == 1 and (other := _and_name(context, sentence, pair[0], sentence.start + match.start())):
            pair.append(other)  # "A and Riga Craft Quarter (RCQ) signed": a name no type word marks
        if len(pair) == 2:
            _relate(context, pair[:1], RelationName.COOPERATES_WITH, pair[1:], sentence, "signed-an-agreement-together")
    for match in _BETWEEN.finditer(sentence.text):
        pair = _objects(context, sentence, sentence.start + match.end())[:2]
        if len(pair) == 2:
            _relate(context, pair[:1], RelationName.COOPERATES_WITH, pair[1:], sentence, "agreement-between")


_UNIT_NAME = re.compile(r"(?P<unit>\b(?:Institute|Faculty|Department|Centre|Center|Laboratory|School|Chair|Division)\s+"
                        r"(?:of|for)\s+(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){1,5})of\s+(?:the\s+)?$")


def _unit_names(context: Context) -> None:
    """``Institute of X of Y University``: the unit is part of the body it is named after."""
    builder = context.builder
    for parent in builder.keys(_ORG):
        if builder.subtype_of(parent) != "University":
            continue
        for mention in builder.mentions_of(parent):
            line = context.view.line_at(mention.start)
            match = _UNIT_NAME.search(context.text[line.start : mention.start])
            if match is None:
                continue
            start = line.start + match.start("unit")
            unit = _whole_name(context, start, mention.end) or make_org(context, start, start + len(match["unit"]),
                                                                         "unit-named-of-body")
            if unit is not None:
                builder.relation(unit, RelationName.PART_OF, parent, start, mention.end, "unit-named-of-body")


_NAMED_UNIT = re.compile(r"^(?:Institute|Faculty|Department|Centre|Center|Laboratory|School|Chair|Division)\s+(?:of|for)\s+"
                         r".+?\s+of\s+(?:the\s+)?(?P<parent>[A-ZÀ-ÖØ-ÞĀ-Ž].+)$")


def _named_units(context: Context) -> None:
    """A unit's own name ends in ``of <a university or college>``: it is part of that body."""
    builder = context.builder
    for key in builder.keys(_ORG):
        match = next((m for name in builder.names_of(key) if (m := _NAMED_UNIT.match(name))), None)
        if match is None:
            continue
        parent = builder.find(_ORG, match["parent"])
        if parent is None and _teaching_body(match["parent"]):
            mention = builder.mentions_of(key)[0]
            start = mention.start + mention.quote.find(match["parent"])
            parent = make_org(context, start, start + len(match["parent"]), "unit-named-of-body", whole=True)
        if parent is not None and (builder.subtype_of(parent) == "University" or _teaching_body(match["parent"])):
            mention = builder.mentions_of(key)[0]
            builder.relation(key, RelationName.PART_OF, parent, mention.start, mention.end, "unit-named-of-body")
            unit_end = mention.start + mention.quote.rfind(" of ", 0, mention.quote.find(match["parent"]))
            builder.alias(key, mention.start, unit_end, "unit-named-of-body")


def _teaching_body(name: str) -> bool:
    """A university, college or academy (``Dotnuva Agricultural Academy``): a body with faculties."""
    return head_type(name)[1] == "University" or bool(re.search(r"\bAcademy\b", name))


def _whole_name(context: Context, start: int, end: int) -> str | None:
    found = [k for k in keys_in(context, start, end, _ORG)
             if any(m.start == start and m.end == end for m in context.builder.mentions_of(k))]
    return found[0] if found else None


def find_ties(context: Context) -> None:
    possessive_units(context)
    units_at(context)
    _unit_names(context)
    _named_units(context)
    spans = [sentence for line in context.view.lines for sentence in sentences(line)]
    for rule in (_memberships, _units, _agreements):
        for sentence in spans:
            rule(context, sentence)
