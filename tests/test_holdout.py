"""The held-out evaluation sets (tests/holdout/, blind/, unseen/, fresh/, fresh2/, fresh3/, fresh4/, fresh5/) are well-formed.

Only the shape of each set is checked here; the extractor is never run on them and no
score is asserted, so that the sets stay held out (see their README.md files).
tests/fresh5/ is the current blind set; tests/fresh4/, tests/fresh3/, tests/fresh2/ and tests/fresh/ have been used for tuning,
and the other three have been, or are being, used for tuning too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
# The allowed values of tests/gold/SCHEMA.md.
TYPES = {"Project", "Organisation", "Programme", "Event", "Person"}
SUBTYPES = {
    "Organisation": {"Cluster", "University", "PublicAuthority", "Agency", "Company", "Association", "Network",
                     "ResearchInfrastructure", "NonProfit"},
    "Event": {"Conference", "Forum", "Matchmaking", "Training"},
}
RELATIONS = {"fundedBy", "partOf", "coordinator", "participant", "relatedTo", "memberOf", "affiliation", "organiser",
             "attendee", "cooperatesWith"}
LANGUAGES = {"en", "lt", "mixed"}
FIELDS = {"key", "type", "subtype", "names", "acronym", "title", "country", "city", "start", "end", "identifier",
          "budget", "website", "role", "note"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _field_problems(e: dict) -> list[str]:
    """What in one entity's optional fields breaks the schema's formats."""
    problems = [f"unknown field {f}" for f in set(e) - FIELDS]
    problems += [f"{f} {e[f]!r}" for f in ("start", "end") if f in e and not DATE.fullmatch(e[f])]
    if "country" in e and not re.fullmatch(r"[A-Z]{2}", e["country"]):
        problems.append(f"country {e['country']!r}")
    budget = e.get("budget")
    if budget is not None and (set(budget) != {"amount", "currency"} or not isinstance(budget["amount"], (int, float))):
        problems.append(f"budget {budget!r}")
    if not isinstance(e["names"], list) or not all(isinstance(n, str) and n for n in e["names"]):
        problems.append("names must be a list of non-empty strings")
    return problems


def _problems(folder: Path) -> list[str]:
    documents = {p.name for p in folder.iterdir()
                 if p.is_file() and p.suffix in {".txt", ".html", ".md"} and p.name != "README.md"}
    golds = {p.name.removesuffix(".gold.json"): p for p in folder.glob("*.gold.json")}
    assert len(documents) >= 8
    assert documents == set(golds), "every document needs a gold file and every gold file a document"
    problems = []
    for name, path in sorted(golds.items()):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (folder / name).read_text(encoding="utf-8")
        if gold["document"] != name or gold["language"] not in LANGUAGES:
            problems.append(f"{name}: document or language field")
        keys = [e["key"] for e in gold["entities"]]
        if len(keys) != len(set(keys)):
            problems.append(f"{name}: duplicate keys")
        for e in gold["entities"]:
            if e["type"] not in TYPES or ("subtype" in e and e["subtype"] not in SUBTYPES.get(e["type"], ())):
                problems.append(f"{name}: type/subtype of {e['key']}")
            if not e["names"] and not e.get("note"):
                problems.append(f"{name}: {e['key']} has no name and no note")
            problems += [f"{name}: {e['key']}: {p}" for p in _field_problems(e)]
            problems += [f"{name}: {n!r} ({e['key']}) is not in the document" for n in e["names"] if n not in text]
        for s, p, o in gold["relations"]:
            if p not in RELATIONS or s not in keys or o not in keys:
                problems.append(f"{name}: relation {s} {p} {o}")
    return problems


@pytest.mark.parametrize("folder", ["holdout", "blind", "unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5"])
def test_held_out_set_is_well_formed(folder: str) -> None:
    problems = _problems(TESTS / folder)
    assert not problems, "\n".join(problems)


def test_the_checks_catch_a_name_missing_from_its_document(tmp_path: Path) -> None:
    for i in range(8):
        (tmp_path / f"d{i}.txt").write_text("Alpha Cluster met Beta.", encoding="utf-8")
        entities = [{"key": "a", "type": "Organisation", "names": ["Alpha Cluster" if i else "Gamma"]}]
        gold = {"document": f"d{i}.txt", "language": "en", "entities": entities, "relations": [["a", "memberOf", "b"]]}
        (tmp_path / f"d{i}.txt.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    problems = _problems(tmp_path)
    assert "d0.txt: 'Gamma' (a) is not in the document" in problems
    assert sum("relation a memberOf b" in p for p in problems) == 8
