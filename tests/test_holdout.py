"""The held-out evaluation set (tests/holdout/) is well-formed.

Only the shape of the set is checked here; the extractor is never run on it and no
score is asserted, so that the set stays held out (see tests/holdout/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

HOLDOUT = Path(__file__).parent / "holdout"
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


def test_holdout_set_is_well_formed() -> None:
    documents = {p.name for p in HOLDOUT.iterdir()
                 if p.is_file() and p.suffix in {".txt", ".html", ".md"} and p.name != "README.md"}
    golds = {p.name.removesuffix(".gold.json"): p for p in HOLDOUT.glob("*.gold.json")}
    assert len(documents) >= 8
    assert documents == set(golds), "every document needs a gold file and every gold file a document"
    problems = []
    for name, path in sorted(golds.items()):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (HOLDOUT / name).read_text(encoding="utf-8")
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
            problems += [f"{name}: {n!r} ({e['key']}) is not in the document" for n in e["names"] if n not in text]
        for s, p, o in gold["relations"]:
            if p not in RELATIONS or s not in keys or o not in keys:
                problems.append(f"{name}: relation {s} {p} {o}")
    assert not problems, "\n".join(problems)
