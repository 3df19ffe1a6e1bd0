"""Updates with a WHERE applied by delta give the store Oxigraph's own update gives, followed by the union rebuilt.

The reference below is independent of innograph's code: an in-memory Oxigraph store holding the same
dataset runs the update itself; statements it leaves in the default graph alone move to the updates
graph; then the default graph is rebuilt as the union of the named graphs.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from innograph.errors import QuerySyntaxError
from innograph.graph import Store
from innograph.graph import _where_update
from innograph.graph._where_update import where_operations

UPDATES = "urn:updates"
DATA = """
<urn:a> <urn:p> "one" <urn:g1> .
<urn:a> <urn:p> "one" <urn:g2> .
<urn:a> <urn:label> "Alpha"@en <urn:g1> .
<urn:a> <urn:label> "Alfa"@lt <urn:g2> .
<urn:b> <urn:p> "two" <urn:g1> .
<urn:b> <urn:label> "Beta"@en <urn:g2> .
<urn:c> <urn:p> "three" <urn:g2> .
<urn:d> <urn:p> "fo}ur {WHERE}" <urn:g2> .
"""

CASES = {
    "delete where, a statement held by two graphs": "DELETE WHERE { GRAPH ?g { <urn:a> ?p ?o } }",
    "delete from one of two graphs": "DELETE { GRAPH <urn:g1> { ?s <urn:p> ?o } } WHERE { GRAPH <urn:g1> { ?s <urn:p> ?o } }",
    "rename into the default graph": "DELETE { GRAPH ?g { ?s <urn:p> ?o } } INSERT { ?s <urn:q> ?o } WHERE { GRAPH ?g { ?s <urn:p> ?o } }",
    "insert with strings holding braces": 'INSERT { GRAPH <urn:g3> { ?s a <urn:C> ; <urn:seen> "{ } WHERE" } } '
                                          'WHERE { ?s <urn:p> ?o FILTER(?o != "}{ WHERE") } # { not a brace',
    "insert with blank nodes": 'INSERT { GRAPH <urn:g3> { ?s <urn:note> [ <urn:text> "n" ] } } WHERE { ?s <urn:label> ?l }',
    "operations seeing the ones before": "PREFIX ex: <urn:> INSERT { GRAPH ex:g1 { ?s ex:flag true } } WHERE "
                                         "{ GRAPH ex:g2 { ?s ex:p ?o } } ; DELETE WHERE { GRAPH ex:g1 { ?s ex:flag ?f ; ex:p ?x } }",
    "an unbound template variable": "INSERT { GRAPH <urn:g3> { ?s <urn:named> ?l } } WHERE { ?s <urn:p> ?o OPTIONAL { ?s <urn:label> ?l } }",
    "delete from the default graph alone": "DELETE { ?s <urn:p> ?o } WHERE { ?s <urn:p> ?o }",
    "default-graph insert of a statement a graph holds": "INSERT { ?s <urn:p> ?o } WHERE { GRAPH <urn:g1> { ?s <urn:p> ?o } }",
    "mixed with DROP (Oxigraph's update)": "INSERT { GRAPH <urn:g3> { ?s <urn:x> 1 } } WHERE { ?s <urn:p> ?o } ; DROP GRAPH <urn:g2>",
    "WITH (Oxigraph's update)": "WITH <urn:g1> DELETE { ?s <urn:p> ?o } WHERE { ?s <urn:p> ?o }",
}


def _store(tmp_path: Path, data: str = DATA) -> Store:
    source = tmp_path / "data.nq"
    source.write_text(data, encoding="utf-8")
    store = Store(tmp_path / "store")
    store.replace_with([source])
    return store


def _reference(data: str, update: str) -> set[tuple[str, ...]]:
    memory = ox.Store()
    memory.load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    memory.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    before = {q.triple for q in memory.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    memory.update(update)
    named = {q.triple for q in memory if not isinstance(q.graph_name, ox.DefaultGraph)}
    for triple in {q.triple for q in memory.quads_for_pattern(None, None, None, ox.DefaultGraph())} - named - before:
        memory.add(ox.Quad(*triple, ox.NamedNode(UPDATES)))
    memory.update("DROP DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return _shape(memory)


def _shape(quads: object) -> set[tuple[str, ...]]:
    """Quads as strings, every blank node written ``_:b`` (fresh blank nodes get other labels on each run)."""
    def term(t: object) -> str:
        return "_:b" if isinstance(t, ox.BlankNode) else str(t)
    return {tuple(term(t) for t in (q.subject, q.predicate, q.object, q.graph_name)) for q in quads}  # type: ignore[attr-defined]


@pytest.mark.parametrize("update", CASES.values(), ids=CASES.keys())
def test_the_store_after_an_update_is_the_one_oxigraph_gives(tmp_path: Path, update: str) -> None:
    store = _store(tmp_path)
    store.update(update, updates_graph=UPDATES)
    assert _shape(store.handle()) == _reference(DATA, update)


def test_operations_past_the_solution_limit_are_left_to_oxigraph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_where_update, "MAX_SOLUTIONS", 2)
    update = CASES["delete where, a statement held by two graphs"] + " ; " + CASES["rename into the default graph"]
    store = _store(tmp_path)
    store.update(update, updates_graph=UPDATES)
    assert _shape(store.handle()) == _reference(DATA, update)


def test_a_blank_node_in_a_solution_is_left_to_oxigraph(tmp_path: Path) -> None:
    data = DATA + '_:x <urn:p> "blank" <urn:g1> .\n'
    update = CASES["rename into the default graph"]
    store = _store(tmp_path, data)
    store.update(update, updates_graph=UPDATES)
    assert _shape(store.handle()) == _reference(data, update)


def test_a_syntax_error_is_reported_and_no_generation_is_made(tmp_path: Path) -> None:
    store = _store(tmp_path)
    generation = store.current_generation()
    with pytest.raises(QuerySyntaxError):
        store.update("DELETE { ?s <urn:p> } WHERE { ?s <urn:p> ?o }", updates_graph=UPDATES)
    assert store.current_generation() == generation
    assert len(list((tmp_path / "store" / "generations").iterdir())) == 1


@pytest.mark.parametrize(("update", "parts"), [
    ("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
     [("{ GRAPH ?g { ?s ?p ?o } }", None, "{ GRAPH ?g { ?s ?p ?o } }")]),
    ('INSERT { ?s <urn:q> "}" } WHERE { ?s <urn:p> ?o } # }',
     [(None, '{ ?s <urn:q> "}" }', "{ ?s <urn:p> ?o }")]),
    ("PREFIX e: <urn:> DELETE { ?s e:p ?o } INSERT { ?s e:q ?o } WHERE { ?s e:p ?o } ; DELETE WHERE { ?s e:r ?o }",
     [("{ ?s e:p ?o }", "{ ?s e:q ?o }", "{ ?s e:p ?o }"), ("{ ?s e:r ?o }", None, "{ ?s e:r ?o }")]),
])
def test_operations_are_cut_into_their_templates_and_pattern(update: str, parts: list[tuple[object, ...]]) -> None:
    found = where_operations(update)
    assert found is not None
    assert [(o.delete, o.insert, o.where) for o in found] == parts


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:p> 1 }",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } USING <urn:g> WHERE { ?s ?p ?o }",
    "DELETE WHERE { ?s ?p ?o } ; CLEAR ALL",
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o",
])
def test_other_forms_are_not_read_as_where_operations(update: str) -> None:
    assert where_operations(update) is None
