"""Membership and co-operation stated in Lithuanian prose.

``X yra tinklo „Y“ narys`` / ``X priklauso Y`` / ``Y vienija ... A ir B`` (member of);
``Klasterį X administruoja Y`` / ``Y, kuri administruoja klasterį`` (a cluster run by a
body is its member, the gold convention); ``A ir B pasirašė bendradarbiavimo sutartį``
/ ``A bendradarbiauja su B`` (co-operates with). A bare type word (``Klasteris``)
stands for the body it refers back to (:func:`._lt_slots.referent`).
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_parents import owner_units, type_word_ties
from innograph.loaders._lt_slots import Slot, clause_end, head_case, orgs_in, referent
from innograph.loaders._text import Span, sentences

__all__ = ["find_lt_members"]

_MEMBER = re.compile(r"\bnar(?:ys|ė|iu|e|iais|ėmis)\b")
_COPULA = re.compile(r"\b(?:yra|tapo|buvo|taps|bus|išlieka|tampa)\b")
_MEMBERS_LIST = re.compile(r"\bnar(?:iai|ių|ės|ys|ė)\s*(?:yra\s*)?[:–—-]\s*")  # "klasterio narės: A, B ir C"
_ADMITTED = re.compile(r"\b(?:priimt(?:os|i|a|as|ą)|įstojo|prisijungė)\b")
_TAKES_PART_IN = re.compile(r"\b(?:dalyvauja|dalyvavo|dalyvaus)\b")
_INTO = re.compile(r"(?i)\b(?:į|prie)\s+$")
_ACRONYM_GAP = re.compile(r"[“”\")]?\s*(?:\([^)]{1,15}\)\s*)?")
#: ``tinklo (European DIH Network) ir asociacijos „Y“``: two parents joined before one ``narys``.
_AND_GAP = re.compile(r"[“”\")]?\s*(?:\([^)]{1,40}\)\s*)?(?:,|\s+ir|\s+bei)\s+(?:[a-ząčęėįšųūž]+\s+){0,3}[„“\"]?")
_UNIT = re.compile(r"\bpadalin(?:ys|io|iu|iui|į)\b")
_NEXT_TO = re.compile(r"^\s+prie\s+$")
_BELONGS = re.compile(r"\b(?:priklauso|priklausė)\b")
_UNITES = re.compile(r"\b(?:vienija|jungia|apjungia|subūrė|buria)\b")
_RUNS = re.compile(r"\b(?:administruoja|administravo|valdo|administruojamas|administruojamą|valdomas|valdomą|"
                   r"koordinuoja|vadovauja)\b")
_SIGNED = re.compile(r"\b(?:pasirašė|pasirašys|sudarė|sudarys)\s+(?:\w+\s+){0,6}?(?:sutart\w*|susitarim\w*|memorandum\w*)")
_WITH_BEFORE = re.compile(r"\b[Ss]u\s+(?:[A-ZĄČĘĖĮŠŲŪŽ][\wĮ]*\s+)?[„“\"]?$")
_SIGNED_PASSIVE = re.compile(r"\b(?:sutart\w*|susitarim\w*|memorandum\w*)\s+(?:\w+\s+){0,2}?(?:buvo\s+)?pasirašyt\w*")
_COOPERATE = re.compile(r"\bbendradarbiauja\s+su\b")


def _relate(context: Context, sentence: Span, member: Slot, parent: Slot, rule: str,
            name: RelationName = RelationName.MEMBER_OF) -> None:
    if member[2] != parent[2]:
        context.builder.relation(member[2], name, parent[2], sentence.start, sentence.end, rule)


def _before(context: Context, sentence: Span, position: int) -> list[Slot]:
    """Bodies in the clause that ends at ``position``."""
    start = sentence.start
    for mark in re.finditer(r"[;:]|\s[–—]\s|,\s+(?:o|bet|tačiau)\s", sentence.text[: position - sentence.start]):
        start = sentence.start + mark.end()
    return orgs_in(context, start, position)


def _subject(context: Context, before: list[Slot]) -> Slot:
    """The body a clause is about: the last one before the verb that is not in an oblique case."""
    return next((slot for slot in reversed(before) if head_case(context, slot) in ("nom", None)), before[-1])


def _joined_parents(context: Context, before: list[Slot]) -> list[Slot]:
    """The last body before ``narys`` and those joined to it by ``ir``/``bei``/commas (not the subject)."""
    parents = [before[-1]]
    for slot in reversed(before[1:-1]):
        if slot[1] <= parents[-1][0] and _AND_GAP.fullmatch(context.text[slot[1] : parents[-1][0]]):
            parents.append(slot)
        elif slot[2] != parents[-1][2]:
            break
    return parents


def _member_of(context: Context, sentence: Span) -> None:
    for match in _MEMBER.finditer(sentence.text):
        at = sentence.start + match.start()
        before = _before(context, sentence, at)
        if not before or not _ACRONYM_GAP.fullmatch(context.text[before[-1][1] : at]):  # "X yra tinklo „Y“ narys"
            continue
        if len(before) == 1:  # "X ..., o nuo 2020 m. yra ir Y asociacijos narys": the subject named earlier
            earlier = [slot for slot in orgs_in(context, sentence.start, before[0][0]) if head_case(context, slot) == "nom"]
            before = earlier[:1] + before
            if len(before) < 2:
                continue
        between = context.text[before[0][1] : before[-1][0]]
        if _COPULA.search(between) and head_case(context, before[0]) in ("nom", None):
            for parent in _joined_parents(context, before):
                _relate(context, sentence, before[0], parent, "lt-member-of")
    for match in _MEMBERS_LIST.finditer(sentence.text):  # "Klasterio nariai: A, B ir C"
        at = sentence.start + match.start()
        before = _before(context, sentence, at)
        if before and at - before[-1][1] <= 1:
            end = sentence.start + match.end()
            for member in orgs_in(context, end, clause_end(sentence, end)):
                _relate(context, sentence, member, before[-1], "lt-members-list")
    for match in _BELONGS.finditer(sentence.text):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        before, after = _before(context, sentence, at), orgs_in(context, end, clause_end(sentence, end))
        if before and after:
            dative = re.search(r"\bkur(?:iam|iai)\s*$", sentence.text[: match.start()]) or head_case(context, before[-1]) == "dat"
            members, parent = (after, before[-1]) if dative else ([_subject(context, before)], after[0])
            for member in members:
                _relate(context, sentence, member, parent, "lt-belongs-to")


def _takes_part(context: Context, sentence: Span) -> None:
    """``X dalyvauja tarptautiniame tinkle „Y“``: taking part in a network or an association is membership."""
    for match in _TAKES_PART_IN.finditer(sentence.text):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        before, after = _before(context, sentence, at), orgs_in(context, end, clause_end(sentence, end))
        if before and after and after[0][0] - end <= 40 and head_case(context, after[0]) == "loc" \
                and context.builder.subtype_of(after[0][2]) in ("Network", "Association"):
            _relate(context, sentence, _subject(context, before), after[0], "lt-takes-part-in-network")


def _admitted(context: Context, sentence: Span) -> None:
    """``į klasterį priimtos A, B ir C`` / ``X įstojo į asociaciją Y``: members of the body joined."""
    for match in _ADMITTED.finditer(sentence.text):
        at = sentence.start + match.start()
        start = _before(context, sentence, at)[:1]
        slots = orgs_in(context, start[0][0] if start else at, clause_end(sentence, sentence.start + match.end()))
        parents = [slot for slot in slots if _INTO.search(context.text[max(0, slot[0] - 6) : slot[0]])]
        for member in (slot for slot in slots if parents and slot not in parents):
            if head_case(context, member) in ("nom", None):
                _relate(context, sentence, member, parents[0], "lt-admitted-to")


_UNIT_HEADS = ("fakultet", "katedr", "institut", "departament", "skyri", "laboratorij", "centr")


def _is_unit(context: Context, key: str) -> bool:
    """A body whose name is headed by a unit word (``Chemijos fakultetas``, ``Informatikos katedra``)."""
    words = context.builder.label_of(key).split()
    return len(words) >= 2 and words[-1][:1].islower() and words[-1].lower().startswith(_UNIT_HEADS)


def _units(context: Context, sentence: Span) -> None:
    """``Centras yra universiteto padalinys`` / ``X centras prie Y universiteto``: part of."""
    for match in _UNIT.finditer(sentence.text):
        at = sentence.start + match.start()
        before = _before(context, sentence, at)
        if len(before) >= 2 and at - before[-1][1] <= 1:
            _relate(context, sentence, _subject(context, before[:-1]), before[-1], "lt-unit-of", RelationName.PART_OF)
    slots = orgs_in(context, sentence.start, sentence.end)
    for left, right in zip(slots, slots[1:]):
        if _NEXT_TO.match(context.text[left[1] : right[0]]) and head_case(context, right) in ("gen", None):
            _relate(context, sentence, left, right, "lt-centre-at", RelationName.PART_OF)
            _whole_name_at(context, left, right)
        elif right[0] - left[1] == 1 and head_case(context, left) == "gen" and _is_unit(context, right[2]) \
                and not _is_unit(context, left[2]):  # "kolegijos Informatikos katedra"
            _relate(context, sentence, right, left, "lt-unit-of-the-body", RelationName.PART_OF)


_ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZĄČĘĖĮŠŲŪŽ]{2,10})\)")


def _whole_name_at(context: Context, left: Slot, right: Slot) -> None:
    """``Valstybinė ... tarnyba prie Aplinkos ministerijos (VSTT)``: the whole is the first body's name, and so
    is the acronym after it."""
    if context.text[left[0]:left[0] + 1].isupper():
        context.builder.alias(left[2], left[0], right[1], "lt-name-at-body")
    acronym = _ACRONYM.match(context.text, right[1])
    if acronym is not None and context.builder.find(EntityType.ORGANISATION, acronym["acr"]) is None:
        for use in re.finditer(rf"\b{re.escape(acronym['acr'])}\b", context.text):  # and wherever else it is used
            context.builder.alias(left[2], use.start(), use.end(), "lt-name-at-body")
        context.builder.attribute(left[2], AttributeName.ACRONYM, acronym["acr"], acronym.start("acr"),
                                  acronym.end("acr"), "lt-name-at-body")


def _unites(context: Context, sentence: Span) -> None:
    for match in _UNITES.finditer(sentence.text):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        before = _before(context, sentence, at)
        if before:
            for member in orgs_in(context, end, sentence.end):
                _relate(context, sentence, member, before[-1], "lt-unites")


def _runs(context: Context, sentence: Span) -> None:
    """``Klasterį X administruoja Y``: the body in the accusative is run by (a member of) the other."""
    for match in _RUNS.finditer(sentence.text):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        before, after = _before(context, sentence, at), orgs_in(context, end, clause_end(sentence, end))
        if not before or not after:
            continue
        left, right = before[-1], after[0]
        # "Klasterio veiklą administruoja Y": a genitive before the verb owns the object
        if head_case(context, right) in ("acc", "dat") or head_case(context, left) not in ("acc", "dat", "gen", None):
            left, right = right, left
        if match.group().startswith(("koordin", "vadov")) and (
                re.search(r"(?i)projekt", sentence.text) or context.builder.subtype_of(left[2]) != "Cluster"):
            continue  # only a cluster is "run" by the body that coordinates it
        if match.group().endswith(("mas", "mą")) or re.search(r"\bkur(?:į|ią|iuos|ias)\s*$", context.text[before[-1][1]:at]):
            left, right = before[-1], after[0]  # passive, or "klasteris „X“, kurį administruoja Y": X is run
        _relate(context, sentence, left, right, "lt-run-by")


def _cooperation(context: Context, sentence: Span) -> None:
    for match in _SIGNED.finditer(sentence.text):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        before, rest = _before(context, sentence, at), sentence.text[match.end() :]
        with_whom = re.match(r"[^.;]*?\bsu\s+", rest)
        after = orgs_in(context, end + with_whom.end(), clause_end(sentence, end)) if with_whom else []
        distinct = [slot for i, slot in enumerate(before) if i == 0 or slot[2] != before[i - 1][2]]  # "A (A's own name)"
        partners = [_subject(context, before)] + after[:1] if with_whom and before else distinct[-2:]
        if len(partners) == 2 and _WITH_BEFORE.search(context.text, sentence.start, partners[0][0]):
            partners = partners[::-1]  # "Su UAB „X“ universitetas pasirašė sutartį": the university signed with X
        if len(partners) == 2:
            _relate(context, sentence, partners[0], partners[1], "lt-signed-agreement", RelationName.COOPERATES_WITH)
    signed = _SIGNED_PASSIVE.search(sentence.text)
    partner = orgs_in(context, sentence.start, sentence.start + signed.start()) if signed else []
    if signed and len(partner) == 1 and _WITH_BEFORE.search(context.text, sentence.start, partner[0][0]):
        signer = context.owner or referent(context, sentence.start, None, EntityType.ORGANISATION)
        if signer is not None:  # "Su X sutartis pasirašyta pernai": the site's owner (the article's body) signed it
            _relate(context, sentence, (0, 0, signer), partner[0], "lt-agreement-signed-with",
                    RelationName.COOPERATES_WITH)
    for match in _COOPERATE.finditer(sentence.text):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        before, after = _before(context, sentence, at), orgs_in(context, end, clause_end(sentence, end))
        if before and after:
            _relate(context, sentence, _subject(context, before), after[0], "lt-cooperates-with",
                    RelationName.COOPERATES_WITH)


_LIST_HEAD = re.compile(r"\bnar(?:iai|ių|ės)\s*:\s*$")


_COUNTED = re.compile(r"\b(?:yra|turi|vienija)\s+(?:\w+\s+)?(?:\d+|[a-ząčęėįšųūž]+)\s+nar(?:iai|ių|ės|ius)\b")


def _counted_members_head(context: Context, line: Span) -> list[Slot]:
    """``Klasteryje šiuo metu yra 23 nariai. Bandymuose dalyvaus:`` before a list: the body with the members."""
    match = _COUNTED.search(line.text)
    if match is None or not line.text.rstrip().endswith(":"):
        return []
    return [slot for slot in orgs_in(context, line.start, line.start + match.start())
            if head_case(context, slot) in ("loc", "nom", "gen", None)][-1:]


def _bulleted_members(context: Context) -> None:
    """``Klasterio nariai:`` and then a bulleted list: each item's body is a member of the body named."""
    lines = context.view.lines
    for index, line in enumerate(lines):
        match = _LIST_HEAD.search(line.text)
        parents = orgs_in(context, line.start, line.start + match.start()) if match else []
        if not parents or line.start + match.start() - parents[-1][1] > 1:  # type: ignore[union-attr]
            parents = _counted_members_head(context, line)
        if not parents:
            continue
        for item in lines[index + 1 :]:
            if not re.match(r"\s*[•·▪*-]\s*", item.text):
                break
            found = orgs_in(context, item.start, item.end)
            if found:
                _relate(context, Span(item.start, item.end, item.text), found[0], parents[-1], "lt-bulleted-members")


def find_lt_members(context: Context) -> None:
    _bulleted_members(context)
    for line in context.view.lines:
        for sentence in sentences(line):
            for rule in (_member_of, _admitted, _takes_part, _units, _unites, _runs, _cooperation, type_word_ties):
                rule(context, sentence)
    owner_units(context)
