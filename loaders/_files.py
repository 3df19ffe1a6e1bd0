"""Which files are documents, and where the bundled sample corpus lives."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from innograph.errors import InputError
from innograph.loaders._read import MEDIA_TYPES

__all__ = ["bundled_corpus", "find_documents"]


def _is_document(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in MEDIA_TYPES and not path.name.startswith(".")


def find_documents(paths: Sequence[Path]) -> list[Path]:
    """Document files under ``paths`` (files or folders, recursive), sorted, no duplicates."""
    found: set[Path] = set()
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            inside = [p for p in path.rglob("*") if _is_document(p)]
            if not inside:
                raise InputError(f"{path}: the folder holds no documents (.txt, .md, .html, .htm)")
            found.update(inside)
        elif _is_document(path):
            found.add(path)
        else:
            raise InputError(f"{path}: not a document (expected .txt, .md, .html or .htm)")
    return sorted(found)


def bundled_corpus() -> Path:
    """The folder of the sample corpus shipped with the package."""
    folder = resources.files("innograph.loaders.corpus")
    return Path(str(folder))
