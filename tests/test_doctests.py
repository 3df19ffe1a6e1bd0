"""Every ``>>>`` example in the package's docstrings runs as a test, so documentation cannot drift."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import innograph


def modules() -> list[str]:
    found = ["innograph"]
    for info in pkgutil.walk_packages(innograph.__path__, "innograph."):
        if ".corpus" not in info.name and not info.name.endswith("__main__"):
            found.append(info.name)
    return sorted(found)


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_the_examples_are_found() -> None:
    """Guards the walk itself: a broken package walk would make every test above vacuous."""
    finder = doctest.DocTestFinder()
    examples = sum(len(t.examples) for name in modules() for t in finder.find(importlib.import_module(name)))
    assert len(modules()) > 20 and examples > 20
