"""Membership and agreements said with a verb of joining, taking part or signing, in Lithuanian news.

``fakultetas nuo 2022 m. dalyvauja Lietuvos X klasterio veikloje kaip jo narys`` (the
subject is a member of the body whose activities it takes part in); ``UAB „A“ ir VšĮ
„B“ šiais metais tapo naujomis klasterio narėmis`` (each is a member of the body the bare
type word refers to); ``X ... priklauso ir platformai „Y“`` (X is a member of Y);
``A pasirašė memorandumą su B, o C – su D`` (C co-operates with D).
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import head_case, orgs_in, referent, referent_by_head
from innograph.loaders._names import type_word
from innograph.loaders._text import Span, sentences

__all__ = ["find_member_phrases"]

_TAKES_PART = re.compile(r"\bdalyv(?:auja|avo|aus)\s+(?P<body>[^.;]{3,120}?)\s+veikloje\s+kaip\s+(?:jo\s+|jos\s+)?"
                         r"nar(?:ys|ė|iai|ės)\b")
_BECAME = re.compile(r"\btapo\s+(?:nauj(?:omis|aisiais|ais|uoju|ąja|a|u)\s+)?(?P<word>[a-ząčęėįšųūž]+)\s+"
                     r"nar(?:ėmis|iais|e|iu)\b")
_BELONGS = re.compile(r"\bpriklauso\s+(?:ir\s+)?(?:[a-ząčęėįšųūž]+\s+){0,4}")
_SIGNED = re.compile(r"\bpasiraš\w*\s+(?:\w+\s+){0,2}(?:sutart|memorandum|susitarim)\w*")
_AND_DASH_WITH = re.compile(r",\s+o\s+(?P<left>[^,;–—]{2,80}?)\s+[–—-]\s+su\s+")
_MEMBERS_BECAME = re.compile(r"[“”\"]?\s+(?:naujais\s+|naujomis\s+)?nar(?:iais|ėmis|iu|e)\s+(?:jau\s+)?tapo\s+")
_WHOSE = re.compile(r"\b(?:kur(?:iam|iai|iems|ioms)|kam)\s+$")
_CLAUSE = re.compile(r",\s+(?:o|ir|bet|tačiau)\s+|[;:]|\s[–—]\s")


def _clause_start(sentence: Span, position: int) -> int:
    cuts = [m.end() for m in _CLAUSE.finditer(sentence.text, 0, position - sentence.start)]
    return sentence.start + max([0, *cuts])


def _subject(context: Context, sentence: Span, position: int) -> list[str]:
    """The nominative body of the clause before ``position``, else the one the sentence opens with
    (``X yra A narys, o nuo kovo priklauso ir B``)."""
    clause = [slot for slot in orgs_in(context, _clause_start(sentence, position), position)
              if head_case(context, slot) in ("nom", None)]
    opening = [slot for slot in orgs_in(context, sentence.start, position)[:1] if head_case(context, slot) in ("nom", None)]
    return [slot[2] for slot in (clause[-1:] or opening)]


def _elliptic_agreement(context: Context, sentence: Span) -> None:
    """``A pasirašė memorandumą su B, o C – su D``: the clause after ``o`` repeats the signing for C and D."""
    if not _SIGNED.search(sentence.text):
        return
    for match in _AND_DASH_WITH.finditer(sentence.text):
        left = orgs_in(context, sentence.start + match.start("left"), sentence.start + match.end("left"))
        right = orgs_in(context, sentence.start + match.end(), sentence.end)[:1]
        if len(left) == 1 and right and right[0][0] - (sentence.start + match.end()) <= 2 and left[0][2] != right[0][2]:
            context.builder.relation(left[0][2], RelationName.COOPERATES_WITH, right[0][2], sentence.start,
                                     sentence.end, "lt-signed-too")


def _bare(context: Context, position: int, word: str) -> str | None:
    found = type_word(word)
    if found is None or found.lang != "lt" or found.cls != EntityType.ORGANISATION.value or found.kind != "head":
        return None
    return referent(context, position, found.subtype, EntityType.ORGANISATION) if found.subtype else \
        referent_by_head(context, position, found.word)


def _relate(context: Context, members: list[str], parent: str | None, sentence: Span, rule: str) -> None:
    for member in members:
        if parent is not None and member != parent:
            context.builder.relation(member, RelationName.MEMBER_OF, parent, sentence.start, sentence.end, rule)


def find_member_phrases(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            for match in _TAKES_PART.finditer(sentence.text):
                at = sentence.start + match.start()
                body = orgs_in(context, sentence.start + match.start("body"), sentence.start + match.end("body"))
                subject = orgs_in(context, _clause_start(sentence, at), at)[-1:]
                _relate(context, [k for _s, _e, k in subject], body[-1][2] if body else None, sentence,
                        "lt-takes-part-as-member")
            for match in _BELONGS.finditer(sentence.text):
                if _WHOSE.search(sentence.text, 0, match.start()):
                    continue  # "tinklas, kuriam priklauso A": A is the member
                at, end = sentence.start + match.start(), sentence.start + match.end()
                body = [slot for slot in orgs_in(context, end, min(sentence.end, end + 80)) if slot[0] - end <= 60][:1]
                subject = _subject(context, sentence, at)
                _relate(context, subject, body[0][2] if body else None, sentence, "lt-belongs-to")
            _elliptic_agreement(context, sentence)
            for match in _MEMBERS_BECAME.finditer(sentence.text):  # "Klasterio „X“ nariais tapo A ir B"
                at, end = sentence.start + match.start(), sentence.start + match.end()
                body = orgs_in(context, sentence.start, at)[-1:]
                members = [k for _s, _e, k in orgs_in(context, end, sentence.end)]
                _relate(context, members, body[0][2] if body and at - body[0][1] <= 2 else None, sentence,
                        "lt-became-members")
            for match in _BECAME.finditer(sentence.text):
                at = sentence.start + match.start()
                members = [k for _s, _e, k in orgs_in(context, _clause_start(sentence, at), at)]
                _relate(context, members, _bare(context, at, match["word"]), sentence, "lt-became-members")
