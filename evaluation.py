"""Score extracted records against a hand-made gold standard (``tests/gold/SCHEMA.md``).

Entities are matched one-to-one inside each document and type by name
(accent- and case-insensitive, fuzzy); gold projects without a name are then
matched by their coordinator. Relations are mapped onto the gold vocabulary
and counted through that matching; attributes of matched entities are compared
value by value. Figures are micro-averaged over documents.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rapidfuzz import fuzz

from .errors import InputError
from .graph import AttributeName, DocumentRecords, Entity, RelationName

__all__ = ["Score", "Evaluation", "evaluate", "load_gold", "report_text", "normalise"]

MATCH_THRESHOLD = 85.0
#: our relation names -> the gold vocabulary (associated partners take part, so they count as participants)
RELATIONS = {
    RelationName.FUNDED_BY: "fundedBy",
    RelationName.COORDINATOR: "coordinator",
    RelationName.PARTICIPANT: "participant",
    RelationName.ASSOCIATED_PARTNER: "participant",
    RelationName.PART_OF: "partOf",
    RelationName.MEMBER_OF: "memberOf",
    RelationName.AFFILIATION: "affiliation",
    RelationName.ORGANISER: "organiser",
    RelationName.ATTENDEE: "attendee",
    RelationName.RELATED_PROJECT: "relatedTo",
    RelationName.COOPERATES_WITH: "cooperatesWith",
}
#: our attribute names -> gold fields that are scored
ATTRIBUTES = {
    AttributeName.START_DATE: "start",
    AttributeName.END_DATE: "end",
    AttributeName.COUNTRY: "country",
    AttributeName.IDENTIFIER: "identifier",
    AttributeName.BUDGET: "budget",
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Evaluation:
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    attributes: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))  # tp correct, fn wrong/missing
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @staticmethod
    def total(scores: dict[str, Score]) -> Score:
        return Score(*(sum(getattr(s, k) for s in scores.values()) for k in ("tp", "fp", "fn")))

    def as_dict(self) -> dict[str, object]:
        part = lambda scores: {**{k: v.as_dict() for k, v in sorted(scores.items())}, "all": self.total(scores).as_dict()}  # noqa: E731
        return {"entities": part(self.entities), "relations": part(self.relations),
                "attributes": part(self.attributes), "missed": self.missed, "spurious": self.spurious}


def normalise(name: str) -> str:
    """Accent- and case-folded, punctuation to spaces.

    >>> normalise("„Kauno technologijos universitetui“")
    'kauno technologijos universitetui'
    """
    folded = unicodedata.normalize("NFKD", name.casefold())
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", ascii_text).strip()


def _similarity(ours: Iterable[str], theirs: Iterable[str]) -> float:
    a = {normalise(n) for n in ours if n.strip()}
    b = {normalise(n) for n in theirs if n.strip()}
    return max((max(fuzz.ratio(x, y), fuzz.token_sort_ratio(x, y)) for x in a for y in b), default=0.0)


def load_gold(folder: Path) -> dict[str, dict]:
    """Gold annotations by document file name."""
    files = sorted(folder.glob("*.gold.json"))
    if not files:
        raise InputError(f"{folder}: no *.gold.json files")
    gold = {}
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: not a readable gold file ({exc})") from exc
        gold[data["document"]] = data
    return gold


def _our_names(entity: Entity, records: DocumentRecords) -> list[str]:
    acronyms = [str(a.value) for a in records.attributes if a.subject == entity.key and a.name is AttributeName.ACRONYM]
    return [entity.label, *entity.names, *acronyms]


def _by_names(records: DocumentRecords, gold: dict) -> dict[str, str]:
    pairs = []
    for order, entity in enumerate(records.entities):
        names = _our_names(entity, records)
        for item in gold["entities"]:
            if item["type"] == entity.type.value and item["names"]:
                score = _similarity(names, [*item["names"], item.get("acronym") or ""])
                if score >= MATCH_THRESHOLD:
                    pairs.append((-score, order, item["key"], entity.key))
    match: dict[str, str] = {}
    # best score first; on a tie, the entity the document introduced first
    for _, _, theirs, ours in sorted(pairs):
        if ours not in match and theirs not in match.values():
            match[ours] = theirs
    return match


def _by_coordinator(records: DocumentRecords, gold: dict, match: dict[str, str]) -> None:
    """Match gold projects without a name to unmatched projects with the same coordinator."""
    leads = defaultdict(set)
    for s, p, o in gold["relations"]:
        if p == "coordinator":
            leads[s].add(o)
    ours = defaultdict(set)
    for r in records.relations:
        if r.name is RelationName.COORDINATOR and r.object in match:
            ours[r.subject].add(match[r.object])
    for item in gold["entities"]:
        if item["type"] != "Project" or item["names"]:
            continue
        for entity in records.entities:
            taken = entity.key in match or item["key"] in match.values()
            if not taken and entity.type.value == "Project" and ours[entity.key] & leads[item["key"]]:
                match[entity.key] = item["key"]


def _relations(records: DocumentRecords, match: dict[str, str]) -> set[tuple[str, str, str]]:
    found = set()
    for r in records.relations:
        s, o = match.get(r.subject, f"?{r.subject}"), match.get(r.object, f"?{r.object}")
        found.add((s, RELATIONS[r.name], o))
        if r.name is RelationName.COORDINATOR:
            found.add((s, "participant", o))
    return found


def _value(name: str, value: object) -> str:
    if isinstance(value, dict):  # gold budget
        value = value.get("amount")
    if isinstance(value, dt.date):
        return value.isoformat()
    if name == "budget":
        return format(Decimal(str(value)).normalize(), "f")
    if name == "country":
        return {"EL": "GR", "UK": "GB"}.get(str(value).upper(), str(value).upper())
    return " ".join(str(value).split())


def _attributes(records: DocumentRecords, gold: dict, match: dict[str, str], result: Evaluation) -> None:
    items = {item["key"]: item for item in gold["entities"]}
    ours = defaultdict(set)
    for a in records.attributes:
        if a.name in ATTRIBUTES and a.subject in match:
            field_name = ATTRIBUTES[a.name]
            ours[(match[a.subject], field_name)].add(_value(field_name, a.value))
    for key in match.values():
        for field_name in ATTRIBUTES.values():
            expected = items[key].get(field_name)
            got = ours.get((key, field_name), set())
            score = result.attributes[field_name]
            if expected is None:
                score.fp += bool(got)
            elif _value(field_name, expected) in got:
                score.tp += 1
            else:
                score.fn += 1
                result.missed.append(f"{gold['document']}: {field_name} of {key} = {expected} (got {sorted(got) or 'nothing'})")


def _score_document(records: DocumentRecords, gold: dict, result: Evaluation) -> None:
    doc = gold["document"]
    match = _by_names(records, gold)
    _by_coordinator(records, gold, match)
    names = {item["key"]: item for item in gold["entities"]}
    for entity in records.entities:
        score = result.entities[entity.type.value]
        if entity.key in match:
            score.tp += 1
        else:
            score.fp += 1
            result.spurious.append(f"{doc}: {entity.type.value} {entity.label!r}")
    for key, item in names.items():
        if key not in match.values():
            result.entities[item["type"]].fn += 1
            result.missed.append(f"{doc}: {item['type']} {(item['names'] or [key])[0]!r}")
    ours = _relations(records, match)
    theirs = {tuple(r) for r in gold["relations"]}
    for s, p, o in sorted(ours | theirs):
        score = result.relations[p]
        if (s, p, o) in ours and (s, p, o) in theirs:
            score.tp += 1
        elif (s, p, o) in ours:
            score.fp += 1
            result.spurious.append(f"{doc}: {s} {p} {o}")
        else:
            score.fn += 1
            result.missed.append(f"{doc}: {s} {p} {o}")
    _attributes(records, gold, match, result)


def evaluate(records: Sequence[DocumentRecords], gold: dict[str, dict]) -> Evaluation:
    """Score the records of every document that has a gold file."""
    result = Evaluation()
    scored = [r for r in records if r.document.source in gold]
    if not scored:
        raise InputError("none of the documents has a gold file (gold files are matched by document file name)")
    for rec in scored:
        _score_document(rec, gold[rec.document.source], result)
    return result


def report_text(result: Evaluation) -> str:
    """A readable report: one table per part, then missed and spurious items."""
    lines = []
    for title, scores in (("entities", result.entities), ("relations", result.relations), ("attributes", result.attributes)):
        lines.append(f"{title:<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for name, s in [*sorted(scores.items()), ("ALL", Evaluation.total(scores))]:
            lines.append(f"  {name:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        lines.append("")
    lines += ["missed:", *(f"  {m}" for m in result.missed), "spurious:", *(f"  {s}" for s in result.spurious)]
    return "\n".join(lines) + "\n"
