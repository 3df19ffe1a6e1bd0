"""Every example query answers its question on the bundled corpus, checked against the gold annotations.

A gold fact such as "HAePPI has participant iVita" becomes a tuple of name sets; a result row
matches it when every set meets one of the row's names: its literal values and, for each IRI in
the row, the entity's labels and acronyms in the store. Each example must return rows, and at
least one of the facts the gold gives for its question must be among them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import pycountry
import pyoxigraph as ox
import pytest

import innograph.server
from innograph.graph import Store

QUERIES = sorted((Path(innograph.server.__file__).parent / "queries").glob("*.rq"))
GOLD = Path(__file__).resolve().parent / "gold"
NAMES = """SELECT ?name WHERE { VALUES ?p { <http://www.w3.org/2000/01/rdf-schema#label>
  <http://www.w3.org/2004/02/skos/core#altLabel> <https://w3id.org/innograph/ontology#acronym> } <%s> ?p ?name }"""

Names = frozenset[str]
Fact = tuple[Names, ...]


# -- the gold -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Gold:
    entities: dict[str, dict]
    relations: tuple[tuple[str, str, str], ...]

    def names(self, key: str) -> Names:
        entity = self.entities[key]
        return frozenset(n.casefold() for n in [*entity.get("names", []), entity.get("acronym") or ""] if n)

    def related(self, relation: str, subject: str | None = None) -> list[tuple[str, str]]:
        return [(s, o) for s, r, o in self.relations if r == relation and subject in (None, s)]


@lru_cache(maxsize=1)
def golds() -> tuple[Gold, ...]:
    files = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.gold.json"))]
    return tuple(Gold({e["key"]: e for e in f["entities"]}, tuple(map(tuple, f["relations"]))) for f in files)


def country_names(alpha2: str) -> Names:
    country = pycountry.countries.get(alpha_2=alpha2)
    return frozenset(getattr(country, f).casefold() for f in ("name", "common_name") if hasattr(country, f))


def pairs(relation: str) -> Iterator[tuple[Gold, str, str]]:
    """(gold file, subject, object) of a relation whose both ends have names."""
    for gold in golds():
        yield from ((gold, s, o) for s, o in gold.related(relation) if gold.names(s) and gold.names(o))


def plain(number: str) -> str:
    """A decimal number written without exponent or trailing zeros: 1470100.00 -> 1470100."""
    return format(Decimal(number).normalize(), "f")


def country(gold: Gold, key: str) -> str | None:
    return gold.entities[key].get("country")


# -- what the gold says each example should find ----------------------------------------------
def project_partners() -> set[Fact]:
    return {(g.names(p), g.names(o)) for g, p, o in pairs("participant")}


def per_programme() -> set[Fact]:
    return {(g.names(prog),) for g, _, prog in pairs("fundedBy")}


def per_country() -> set[Fact]:
    return {(country_names(c),) for g in golds() for k, e in g.entities.items()
            if e["type"] == "Organisation" and (c := e.get("country"))}


def affiliations() -> set[Fact]:
    return {(g.names(person), g.names(org)) for g, person, org in pairs("affiliation")}


def partners_across(home: str, abroad: Callable[[str | None], bool]) -> set[Fact]:
    facts = set()
    for g, project, here in pairs("participant"):
        if country(g, here) == home:
            facts |= {(g.names(project), g.names(here), g.names(there)) for _, there in g.related("participant", project)
                      if g.names(there) and abroad(country(g, there))}
    return facts


def coordinators() -> set[Fact]:
    return {(g.names(p), g.names(o)) for g, p, o in pairs("coordinator")}


def programme_years() -> set[Fact]:
    return {(g.names(prog), frozenset({g.entities[p]["start"][:4]})) for g, p, prog in pairs("fundedBy")
            if g.entities[p].get("start")}


def people_at_events() -> set[Fact]:
    facts = set()
    for g, person, org in pairs("affiliation"):
        events = [e for e, o in g.related("attendee") + g.related("organiser") if o == org]
        facts |= {(g.names(event), g.names(person)) for event in events if g.names(event)}
    return facts


def in_several_documents() -> set[Fact]:
    files: dict[str, list[Names]] = {}
    for g in golds():
        for key, entity in g.entities.items():
            if entity["type"] == "Organisation" and g.names(key):
                files.setdefault(key, []).append(g.names(key))
    return {(frozenset().union(*names),) for names in files.values() if len(names) > 1}


def coordinators_per_programme() -> set[Fact]:
    return {(g.names(prog), g.names(coordinator)) for g, p, prog in pairs("fundedBy")
            for _, coordinator in g.related("coordinator", p) if g.names(coordinator)}


def budgets() -> set[Fact]:
    return {(g.names(k), frozenset({plain(str(e["budget"]["amount"]))}))
            for g in golds() for k, e in g.entities.items() if e.get("budget") and g.names(k)}


EXPECTED: dict[str, Callable[[], set[Fact]]] = {
    "01-project-partners": project_partners,
    "02-organisation-projects": lambda: {(o, p) for p, o in project_partners()},
    "03-projects-per-programme": per_programme,
    "04-organisations-per-country": per_country,
    "05-people-affiliations": affiliations,
    "06-cross-border-partners": lambda: partners_across("LT", lambda c: c == "DE"),
    "07-evidence": coordinators,
    "08-project-graph": project_partners,
    "09-foreign-partners": lambda: partners_across("LT", lambda c: c not in (None, "LT")),
    "10-projects-by-programme-and-year": programme_years,
    "11-event-people": people_at_events,
    "12-organisations-in-several-documents": in_several_documents,
    "13-coordinators-per-programme": coordinators_per_programme,
    "14-project-budgets": budgets,
}


# -- what the examples return, as names -------------------------------------------------------
def term_names(store: Store, term: ox.NamedNode | ox.Literal | ox.BlankNode) -> Names:
    if isinstance(term, ox.NamedNode):
        names = {s["name"].value for s in store.query(NAMES % term.value)}  # type: ignore[union-attr]
        return frozenset(n.casefold() for n in names)
    if isinstance(term, ox.Literal):
        try:
            return frozenset({term.value.casefold(), plain(term.value)})
        except InvalidOperation:
            return frozenset({term.value.casefold()})
    return frozenset()


def result_rows(store: Store, query: str) -> list[list[Names]]:
    """One list of name sets per solution (SELECT) or per triple (CONSTRUCT: subject and object)."""
    result = store.query(query)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        terms = [[s[n] for n in names if s[n] is not None] for s in result]
    else:
        terms = [[triple.subject, triple.object] for triple in result]  # type: ignore[union-attr]
    return [[term_names(store, t) for t in row] for row in terms]


def matches(row: list[Names], fact: Fact) -> bool:
    names = frozenset().union(*row)
    return all(part & names for part in fact)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_example_answers_on_the_corpus_with_what_the_gold_says(corpus_store: Store, path: Path) -> None:
    rows = result_rows(corpus_store, path.read_text(encoding="utf-8"))
    assert rows, f"{path.name} returns nothing on the bundled corpus"
    expected = EXPECTED[path.stem]()
    assert expected, f"the gold gives no fact to check {path.name} against"
    found = {fact for fact in expected if any(matches(row, fact) for row in rows)}
    assert found, f"{path.name}: none of the {len(expected)} gold facts is in its {len(rows)} rows"


def test_every_example_has_a_gold_expectation() -> None:
    assert sorted(EXPECTED) == [p.stem for p in QUERIES]
