"""Links survive `innograph build`: the datasets the old store was linked to are linked again to the new graph."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from innograph.cli import main
from innograph.graph import Store
from innograph.loaders import bundled_corpus

DATA = Path(__file__).parent / "data" / "linking"
BASE = "https://w3id.org/innograph/id/"
LINKSET = BASE + "linkset/eurio-sample"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _same_as(store: Store) -> set[tuple[str, str]]:
    quads = store.handle().quads_for_pattern(None, ox.NamedNode(SAME_AS), None, ox.NamedNode(LINKSET))
    return {(q.subject.value, q.object.value) for q in quads}


def _entities(store: Store) -> set[str]:
    query = "PREFIX ig: <https://w3id.org/innograph/ontology#> SELECT DISTINCT ?e { { ?e a ig:Organisation } UNION { ?e a ig:Project } }"
    return {row["e"].value for row in store.query(query)}


def test_links_survive_a_rebuild_and_follow_the_entities(tmp_path: Path) -> None:
    store_dir = str(tmp_path / "store")
    _run("build", "--store", store_dir)
    _run("link", "--store", store_dir, "--dataset", str(DATA / "eurio_sample.ttl"))
    store = Store(store_dir)
    linked = _same_as(store)
    assert len(linked) >= 30

    rebuilt = _run("build", "--store", store_dir)  # same documents: the same links again
    assert "eurio_sample.ttl: linked again" in rebuilt
    assert _same_as(store) == linked
    assert BASE + "dataset/eurio-sample" in store.named_graphs()

    one = tmp_path / "docs"
    one.mkdir()
    document = sorted(p for p in bundled_corpus().glob("*.txt"))[0]
    shutil.copy(document, one / document.name)
    _run("build", "--store", store_dir, str(one))  # fewer documents: fewer entities
    left, entities = _same_as(store), _entities(store)
    assert left and left < linked, "links of entities still there stay, the others go"
    assert {s for s, _ in left} <= entities, "no link names an entity the graph no longer holds"
    assert {pair for pair in linked if pair[0] in entities} == left


def test_a_first_build_has_nothing_to_link_again(tmp_path: Path) -> None:
    output = _run("build", "--store", str(tmp_path / "store"))
    assert "linked again" not in output
