"""The README cannot drift from the code: its commands, settings, CLI and ontology table."""

from __future__ import annotations

import re
from pathlib import Path

from innograph.cli import main
from innograph.ontology import markdown_table
from innograph.settings import ENVIRONMENT

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_exactly_two_commands() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block is not None and README.index(block.group(0)) < README.index("## ")
    commands = [line for line in block.group(1).splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert commands[0].endswith("innograph serve") and "pytest" in commands[1]


def test_every_environment_variable_is_documented() -> None:
    for variable in ENVIRONMENT:
        assert f"`{variable}`" in README


def test_every_command_is_in_the_tour() -> None:
    for command in main.commands:
        assert f"innograph {command}" in README


def test_ontology_table_is_the_generated_one() -> None:
    table = README.split("<!-- ontology-table:start -->\n", 1)[1].split("<!-- ontology-table:end -->", 1)[0]
    assert table.strip() == markdown_table().strip()
