"""The CLI as a user drives it: build, query, export, validate; bad input gives messages and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from innograph.cli import main
from innograph.loaders import bundled_corpus

HAEPPI_PARTNERS = """
PREFIX ig: <https://w3id.org/innograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?role WHERE {
  ?project ig:acronym "HAePPI" ; ig:hasRole ?r .
  ?r ig:heldBy ?org ; a ?roleClass . FILTER(?roleClass != ig:OrganisationRole)
  ?org rdfs:label ?name .
  BIND(STRAFTER(STR(?roleClass), "#") AS ?role)
} ORDER BY ?name
"""


def run(*args: str) -> "Result":  # noqa: F821
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    result = run("build", "--store", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "validate", "query", "export", "serve"):
        assert command in result.output


def test_build_reports_what_it_built(store: Path) -> None:
    report = json.loads((store / "build-report.json").read_text())
    assert sorted(report["built"]) == sorted(p.name for p in bundled_corpus().iterdir() if p.suffix == ".txt")
    assert report["quads"] > 1000 and not report["failures"]


def test_haeppi_partners_with_nordjylland_region_as_coordinator(store: Path) -> None:
    result = run("query", HAEPPI_PARTNERS, "--format", "json", "--store", str(store))
    assert result.exit_code == 0, result.output
    rows = {(b["name"]["value"], b["role"]["value"]) for b in json.loads(result.output)["results"]["bindings"]}
    assert ("Nordjylland Region", "CoordinatorRole") in rows
    names = {name for name, _ in rows}
    assert len(names) == 6
    assert {"University of Zaragoza", "University of Lodz", "Nordjylland Region"} <= names


def test_query_prints_a_table_by_default(store: Path) -> None:
    result = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }", "--store", str(store))
    assert result.exit_code == 0
    assert result.output.splitlines()[0].strip() == "n"
    assert result.output.rstrip().endswith("(1 row)")


def test_invalid_query_exits_2_with_the_parser_message(store: Path) -> None:
    result = CliRunner().invoke(main, ["query", "SELECT ?x WHERE {", "--store", str(store)])
    assert result.exit_code == 2
    assert "Error:" in result.output and "Traceback" not in result.output


def test_query_on_an_empty_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "ASK {}", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "innograph build" in result.output


def test_export_turtle_parses_and_is_byte_identical_across_builds(store: Path, tmp_path: Path) -> None:
    second = tmp_path / "second"
    assert run("build", "--store", str(second)).exit_code == 0
    outputs = []
    for path in (store, second):
        out = tmp_path / f"{path.name}.ttl"
        assert run("export", "--format", "turtle", "--output", str(out), "--store", str(path)).exit_code == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(Graph().parse(data=outputs[0].decode("utf-8"), format="turtle")) > 1000


def test_unknown_export_format_exits_2(store: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "docx", "--store", str(store)])
    assert result.exit_code == 2
    assert "docx" in result.output and "turtle" in result.output


def test_validate_conforms(store: Path) -> None:
    result = run("validate", "--store", str(store))
    assert result.exit_code == 0, result.output


def test_missing_path_exits_2_naming_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nowhere"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert "nowhere" in result.output


def corpus_with(tmp_path: Path, name: str, content: bytes) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), folder, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    (folder / name).write_bytes(content)
    return folder


def test_a_corrupt_file_is_reported_and_the_rest_is_built(tmp_path: Path) -> None:
    folder = corpus_with(tmp_path, "zz_corrupt.txt", b"\x00\x01\x02PK\x03\x04" * 100)
    result = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "zz_corrupt.txt" in result.output
    report = json.loads((tmp_path / "s" / "build-report.json").read_text())
    assert len(report["built"]) == 5 and report["failures"][0]["source"] == "zz_corrupt.txt"


def test_a_build_of_only_bad_files_keeps_the_previous_graph(store: Path, tmp_path: Path) -> None:
    before = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv", "--store", str(store)).output
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.html").write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(main, ["build", str(bad), "--store", str(store)])
    assert result.exit_code == 2
    assert "empty.txt" in result.output and "binary.html" in result.output
    after = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv", "--store", str(store)).output
    assert after == before


def test_a_folder_without_documents_exits_2_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert "nothing-here" in result.output and "Traceback" not in result.output
