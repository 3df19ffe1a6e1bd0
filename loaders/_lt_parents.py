"""Members and units that a bare type word in the genitive attaches to the body it refers back to.

``klasterio narės UAB „A“ ir UAB „B“`` (members of the cluster the article is about);
``savivaldybės įstaiga – X`` / ``universiteto padalinys – X`` (a unit of that body);
and a department named on its own (``Parengė Komunikacijos skyrius``) on a body's own
site is that body's unit. The body is the one whose name has that type word as its
head and is named most before (:func:`referent_by_word`).
"""

from __future__ import annotations

import re
from collections import Counter

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import clause_end, mentions_in, orgs_in, page_body
from innograph.loaders._names import lemma_of
from innograph.loaders._text import Span

__all__ = ["owner_units", "type_word_ties"]

_WORD = r"(?P<word>[A-ZĄČĘĖĮŠŲŪŽa-ząčęėįšųūž][a-ząčęėįšųūž]+)"  # "Klasterio nariai" opening a sentence
_MEMBERS = re.compile(rf"\b{_WORD}\s+(?:[„“\"][^„“”\"\n]{{1,60}}[“”\"]\s+)?nar(?:ės|iai|ių|ėms|iams|ėmis|iais)\s*:?\s*")
_UNIT_OF = re.compile(rf"\b{_WORD}\s+(?:įstaiga|padalinys|skyrius|institutas|centras)\s*[–—-]\s*")
_UNIT_HEADS = frozenset({"skyrius", "departamentas", "padalinys"})


def referent_by_word(context: Context, position: int, word: str) -> str | None:
    """The body named before ``position`` with the type word ``word`` (any case) in a name, most often."""
    lemma = lemma_of(word.lower())
    if lemma is None:
        return None
    counts: Counter[str] = Counter()
    for _s, _e, key in mentions_in(context, 0, position, EntityType.ORGANISATION):
        if any(lemma_of(w.lower()) == lemma for name in context.builder.names_of(key) for w in name.split()
               if not w.startswith(("„", "“", '"'))):
            counts[key] += 1  # "Biofarmacijos klasteris „BioNemunas“", "Klaipėdos universitetas"
    return counts.most_common(1)[0][0] if counts else None


def type_word_ties(context: Context, sentence: Span) -> None:
    builder = context.builder
    for pattern, name, rule in ((_MEMBERS, RelationName.MEMBER_OF, "lt-members-of-the-body"),
                                (_UNIT_OF, RelationName.PART_OF, "lt-unit-of-the-named-body")):
        for match in pattern.finditer(sentence.text):
            at = sentence.start + match.end()
            found = orgs_in(context, at, clause_end(sentence, at))
            parent = referent_by_word(context, sentence.start + match.end(), match["word"])  # "Klasterio „X“ nariai"
            if parent is None and name is RelationName.MEMBER_OF:  # "asociacija „X“ kartu su klasterio nariais A"
                before = orgs_in(context, sentence.start, sentence.start + match.start())
                parent = before[-1][2] if before else None
            if not found or found[0][0] - at > 2 or parent is None:
                continue
            for _s, _e, org in found if name is RelationName.MEMBER_OF else found[:1]:
                if org != parent:
                    builder.relation(org, name, parent, sentence.start, sentence.end, rule)


def owner_units(context: Context) -> None:
    """A department with no parent named, on a page (or in a report) of a body, is that body's unit."""
    builder = context.builder
    owner = page_body(context)
    if owner is None or builder.type_of(owner) is not EntityType.ORGANISATION:
        return
    for key in builder.keys(EntityType.ORGANISATION):
        head = builder.label_of(key).split()[-1]
        if head in _UNIT_HEADS and key != owner and not builder.has_relation(key, RelationName.PART_OF):
            mention = builder.mentions_of(key)[0]
            builder.relation(key, RelationName.PART_OF, owner, mention.start, mention.end, "lt-unit-of-the-site-owner")
