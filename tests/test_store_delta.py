"""Writes whose changes are known keep the default graph by delta: the same store as a full re-materialisation."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest

from innograph.errors import NotFound, QuerySyntaxError
from innograph.graph import Store

UPDATES = "urn:test:updates"
FULL = " ;\nCLEAR SILENT GRAPH <urn:test:nothing>"  # a CLEAR makes the store re-materialise in full
GRAPHS = [f"urn:test:g{i}" for i in range(4)]


def _quad(rng: random.Random, default_share: float = 0.3) -> ox.Quad:
    """A statement from a small vocabulary, so that graphs often share statements."""
    subject, predicate = ox.NamedNode(f"urn:test:s{rng.randrange(5)}"), ox.NamedNode(f"urn:test:p{rng.randrange(2)}")
    value = rng.choice([ox.NamedNode(f"urn:test:o{rng.randrange(3)}"), ox.Literal(f"v{rng.randrange(3)}", language="en")])
    graph = ox.DefaultGraph() if rng.random() < default_share else ox.NamedNode(rng.choice(GRAPHS))
    return ox.Quad(subject, predicate, value, graph)


def _block(quads: list[ox.Quad]) -> str:
    lines = [f"{q.subject} {q.predicate} {q.object} ." if isinstance(q.graph_name, ox.DefaultGraph)
             else f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads]
    return "\n".join(lines)


def _turtle(quads: list[ox.Quad]) -> bytes:
    return "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads).encode("utf-8")


def _step(rng: random.Random, fast: Store, full: Store) -> None:
    """One random write, applied by delta to ``fast`` and with a full re-materialisation to ``full``."""
    kind, graph = rng.choice(["insert", "delete", "put", "post", "drop"]), rng.choice(GRAPHS)
    quads = [_quad(rng) for _ in range(rng.randrange(1, 6))]
    if kind in ("insert", "delete"):
        source = list(full.handle().quads_for_pattern(None, None, None, None))
        if kind == "delete" and source:  # mostly statements the store holds, sometimes one it lacks
            quads = [rng.choice(source) for _ in range(3)] + quads[:1]
        text = f"{kind.upper()} DATA {{ {_block(quads)} }}"
        fast.update(text, updates_graph=UPDATES)
        full.update(text + FULL, updates_graph=UPDATES)
    elif kind in ("put", "post"):
        triples = [ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(graph)) for q in quads]
        fast.write_graph(graph, _turtle(triples), ox.RdfFormat.N_TRIPLES, replace=kind == "put")
        drop = f"DROP SILENT GRAPH <{graph}> ;\n" if kind == "put" else ""
        full.update(f"{drop}INSERT DATA {{ {_block(triples)} }}{FULL}", updates_graph=UPDATES)
    else:
        outcomes = []
        for attempt in (lambda: fast.drop_graph(graph), lambda: full.update(f"DROP GRAPH <{graph}>{FULL}", updates_graph=UPDATES)):
            try:
                attempt()
                outcomes.append("dropped")
            except NotFound:
                outcomes.append("missing")
        assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_writes_by_delta_match_a_full_rematerialisation(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    start = tmp_path / "start.nq"
    start.write_bytes(ox.serialize([_quad(rng, default_share=0) for _ in range(30)], format=ox.RdfFormat.N_QUADS) or b"")
    fast, full = Store(tmp_path / "fast"), Store(tmp_path / "full")
    fast.replace_with([start])
    full.replace_with([start])
    for step in range(25):
        _step(rng, fast, full)
        held = set(fast.handle())
        assert held == set(full.handle()), f"step {step}"
        default = {q.triple for q in held if isinstance(q.graph_name, ox.DefaultGraph)}
        assert default == {q.triple for q in held if not isinstance(q.graph_name, ox.DefaultGraph)}


def test_a_data_update_that_does_not_parse_is_a_syntax_error_and_changes_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    start = tmp_path / "start.nq"
    start.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n", encoding="utf-8")
    store.replace_with([start])
    generation = store.current_generation()
    for text in ("INSERT DATA { <urn:a> <urn:b> }", "DELETE DATA { _:b <urn:b> <urn:c> }"):
        with pytest.raises(QuerySyntaxError):
            store.update(text, updates_graph=UPDATES)
    assert store.current_generation() == generation


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:x> <urn:y> <urn:z> . GRAPH <urn:test:g1> { <urn:x> <urn:y> <urn:z> } }",  # named too: not an update's own
    "INSERT DATA { <urn:x> <urn:y> <urn:z> } ; INSERT DATA { <urn:a> <urn:b> <urn:c> }",  # already in the default graph
    "DELETE DATA { <urn:a> <urn:b> <urn:c> . GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
    'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "DELETE WHERE { ?s ?p ?o }" } }',
])
def test_edge_cases_by_delta_match_a_full_rematerialisation(tmp_path: Path, text: str) -> None:
    start = tmp_path / "start.nq"
    start.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> <urn:d> <urn:g> .\n", encoding="utf-8")
    fast, full = Store(tmp_path / "fast"), Store(tmp_path / "full")
    for store, suffix in ((fast, ""), (full, FULL)):
        store.replace_with([start])
        store.update(text + suffix, updates_graph=UPDATES)
    assert set(fast.handle()) == set(full.handle())


@pytest.mark.parametrize("text", [
    "DELETE { GRAPH ?g { ?s <urn:b> ?o } } INSERT { ?s <urn:b2> ?o } WHERE { GRAPH ?g { ?s <urn:b> ?o } }",
    "INSERT { ?s <urn:b2> ?o } WHERE { ?s <urn:b> ?o } ; DELETE WHERE { GRAPH <urn:g> { ?s <urn:b> ?o } }",
])
def test_what_an_update_with_a_where_writes_to_the_default_graph_is_kept(tmp_path: Path, text: str) -> None:
    start = tmp_path / "start.nq"
    start.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n", encoding="utf-8")
    store = Store(tmp_path / "store")
    store.replace_with([start])
    store.update(text, updates_graph=UPDATES)
    a, b2, c = ox.NamedNode("urn:a"), ox.NamedNode("urn:b2"), ox.NamedNode("urn:c")
    assert set(store.handle()) == {ox.Quad(a, b2, c, ox.NamedNode(UPDATES)), ox.Quad(a, b2, c, ox.DefaultGraph())}
