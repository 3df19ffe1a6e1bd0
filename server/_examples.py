"""The example queries shipped in ``server/queries/NN-name.rq``.

Each file starts with a comment header read here::

    # title: Projects per programme
    # description: How many projects each programme funded ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Example", "examples"]

_HEADER = re.compile(r"^#\s*(title|description):\s*(.*?)\s*$")


@dataclass(frozen=True)
class Example:
    name: str  # file name without .rq, e.g. "03-projects-per-programme"
    title: str
    description: str
    query: str  # the whole file, header comments included


def _parse(name: str, text: str) -> Example:
    header: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            header[match.group(1)] = match.group(2)
    missing = {"title", "description"} - header.keys()
    if missing:
        raise ValueError(f"example query {name}.rq lacks a '# {sorted(missing)[0]}:' header line")
    return Example(name, header["title"], header["description"], text)


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    """All example queries, in file-name order."""
    folder = resources.files("innograph.server.queries")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    return tuple(_parse(f.name[: -len(".rq")], f.read_text(encoding="utf-8")) for f in files)
