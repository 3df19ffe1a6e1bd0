"""Entity resolution across blocks, documents and languages.

Entities of one type are joined when they share a name (compared through
:func:`name_key`: case, accents, hyphens, articles and Lithuanian case endings do
not count), when an acronym-only entity matches the initials of exactly one
other body, or when two long names differ by a typo. Names that merely start
alike (``the Baltic Institute`` / ``The Baltic Institute of Finland``) stay apart.
Each cluster then gets one preferred label and one identity; the same input
always gives the same identities, whatever the order of dicts and sets.
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from innograph.graph import Attribute, AttributeName, DocumentRecords, Entity, EntityType
from innograph.loaders._idents import provisional_ident
from innograph.loaders._names import CONNECTORS, is_acronym, name_key

__all__ = ["resolve"]

Node = tuple[int, str]  # (document index, entity key)
_FUZZY = 0.92
_FUZZY_MIN = 12
_WINDOW = 8  # neighbours compared in each sorted order


class _Union:
    def __init__(self, nodes: list[Node]) -> None:
        self.parent = {node: node for node in nodes}

    def find(self, node: Node) -> Node:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _names(entity: Entity) -> set[str]:
    if not entity.names:  # a described project: its made-up label is no name
        return set()
    return {key for key in (name_key(n) for n in (*entity.names, entity.label)) if key}


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in CONNECTORS and w[:1].isalpha()]
    return "".join(w[0] for w in words).upper()


def _by_shared_name(entities: dict[Node, Entity], union: _Union) -> None:
    owners: dict[tuple[EntityType, str], Node] = {}
    for node in sorted(entities):
        entity = entities[node]
        for key in sorted({name.replace(" ", "") for name in _names(entity)}):  # SmartFood = SMART Food
            first = owners.setdefault((entity.type, key), node)
            union.join(first, node)


def _by_acronym(entities: dict[Node, Entity], union: _Union) -> None:
    """An entity called ``LIC`` joins the one body elsewhere whose full name has the initials L-I-C."""
    for node in sorted(entities):
        entity = entities[node]
        for acronym in sorted({n.upper() for n in entity.names if is_acronym(n) and " " not in n}):
            roots = {
                union.find(other)
                for other, candidate in entities.items()
                if candidate.type is entity.type and other[0] != node[0]
                and any(not is_acronym(n) and _initials(n) == acronym for n in candidate.names)
            }
            if len(roots) == 1:
                union.join(node, roots.pop())


def _by_typo(entities: dict[Node, Entity], union: _Union) -> None:
    """Long names one or two edits apart, found by the sorted-neighbourhood method.

    Names are sorted once as written and once reversed; only names within
    ``_WINDOW`` places of each other in either order are compared, so the work
    grows as n log n, not with every pair. A typo near the start moves a name in
    the first order but not in the second, and the other way round.
    """
    keyed = sorted((e.type.value, key.count(" "), key, node) for node, e in entities.items()
                   for key in _names(e) if len(key) >= _FUZZY_MIN)
    for order in (lambda item: (item[0], item[1], item[2]), lambda item: (item[0], item[1], item[2][::-1])):
        ranked = sorted(keyed, key=order)
        for index, (type_, spaces, key, node) in enumerate(ranked):
            for other_type, other_spaces, other_key, other in ranked[index + 1 : index + 1 + _WINDOW]:
                if (other_type, other_spaces) != (type_, spaces):
                    break
                if _numbers(key) == _numbers(other_key) and Levenshtein.normalized_similarity(key, other_key) >= _FUZZY:
                    union.join(node, other)


def _numbers(name: str) -> list[str]:
    """``BlueMatch 2022`` and ``BlueMatch 2023`` are two editions, not a typo: numbers must agree."""
    return re.findall(r"\d+", name)


def _preferred(members: list[Entity]) -> tuple[str, str]:
    """(label, language) for a cluster: most used, English, full names first."""
    counts = Counter((e.label, e.label_language) for e in members)

    def rank(item: tuple[str, str]) -> tuple:
        label, language = item
        project_acronym = members[0].type is EntityType.PROJECT and is_acronym(label)
        return (not project_acronym, is_acronym(label), language != "en", -counts[item], len(label), label)

    return min(counts, key=rank)


def resolve(records: Sequence[DocumentRecords]) -> list[DocumentRecords]:
    """The same records with final, shared ``ident``/``label`` for each body."""
    entities = {(index, e.key): e for index, rec in enumerate(records) for e in rec.entities}
    union = _Union(sorted(entities))
    _by_shared_name(entities, union)
    _by_acronym(entities, union)
    _by_typo(entities, union)
    clusters: dict[Node, list[Node]] = defaultdict(list)
    for node in sorted(entities):
        clusters[union.find(node)].append(node)
    final = _identities(entities, clusters)
    return [
        _single_values(replace(rec, entities=tuple(replace(e, **final[(index, e.key)]) for e in rec.entities)))
        for index, rec in enumerate(records)
    ]


def _identities(entities: dict[Node, Entity], clusters: dict[Node, list[Node]]) -> dict[Node, dict]:
    chosen = []
    for nodes in clusters.values():
        members = [entities[n] for n in nodes]
        label, language = _preferred(members)
        signature = tuple(sorted((entities[n].label, n[1]) for n in nodes))
        chosen.append((provisional_ident(members[0].type, label), signature, label, language, nodes))
    final: dict[Node, dict] = {}
    seen: Counter[str] = Counter()
    for ident, _signature, label, language, nodes in sorted(chosen, key=lambda c: (c[0], c[1])):
        seen[ident] += 1
        unique = ident if seen[ident] == 1 else f"{ident}-{seen[ident]}"
        own = _labels_by_language([entities[n] for n in nodes], label)
        for node in nodes:
            mine = entities[node].label_language
            local = (own[mine], mine) if mine in own and mine != language and own[mine] != label else None
            final[node] = {"ident": unique, "label": label, "label_language": language, "local_label": local}
    return final


def _labels_by_language(members: list[Entity], label: str) -> dict[str, str]:
    """The preferred label in each language the body is named in, so that a Lithuanian page keeps
    its nominative name next to the English one (one ``skos:prefLabel`` per language). A language
    that has only an acronym where the body has a full name has none of its own."""
    own = {}
    for language in {e.label_language for e in members}:
        best, _ = _preferred([e for e in members if e.label_language == language])
        if is_acronym(label) or not is_acronym(best):
            own[language] = best
    return own


#: Attributes an entity has at most one of (the shapes' ``sh:maxCount 1``).
_SINGLE = frozenset((AttributeName.START_DATE, AttributeName.END_DATE, AttributeName.BUDGET,
                     AttributeName.CURRENCY, AttributeName.IDENTIFIER))


def _finer(attribute: Attribute, first: Attribute) -> bool:
    """A date that makes a year or month already kept more precise."""
    dates = (AttributeName.START_DATE, AttributeName.END_DATE)
    return attribute.name in dates and len(str(attribute.value)) > len(str(first.value)) \
        and str(attribute.value).startswith(str(first.value))


def _single_values(rec: DocumentRecords) -> DocumentRecords:
    """Two mentions that became one body (``BlueMatch`` on a page, two budgets read for one project) keep
    the first value of a single-valued attribute; the others are dropped with a note saying so."""
    ident = {e.key: e.ident for e in rec.entities}
    kept: dict[tuple[str, AttributeName], Attribute] = {}
    attributes, notes = [], list(rec.notes)
    for attribute in rec.attributes:
        slot = (ident.get(attribute.subject, attribute.subject), attribute.name)
        first = kept.setdefault(slot, attribute) if attribute.name in _SINGLE else attribute
        if first is attribute:
            attributes.append(attribute)
        elif _finer(attribute, first):  # "2024" from a name, then "2024-09-25" from the text: the day
            attributes[attributes.index(first)] = kept[slot] = attribute
        elif str(first.value) != str(attribute.value):
            notes.append(f"{rec.document.source}: {slot[0]} has {attribute.name.value} {first.value}; "
                         f"{attribute.value} ({attribute.evidence.rule}, characters {attribute.evidence.start}-"
                         f"{attribute.evidence.end}) was dropped")
    return replace(rec, attributes=tuple(attributes), notes=tuple(notes))
