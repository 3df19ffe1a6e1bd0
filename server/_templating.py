"""Jinja2 templates for the Linked Data pages (``templates/ld-*.html``), autoescaped."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

__all__ = ["render", "root_of"]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("innograph.server", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def root_of(request: Request) -> str:
    """The path prefix the app is mounted under ("" at the root)."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def render(request: Request, name: str, status_code: int = 200, headers: dict[str, str] | None = None,
           **context: Any) -> HTMLResponse:
    """The template ``name`` filled with ``context`` plus ``root``, ``static`` and ``query`` (the search box)."""
    root = root_of(request)
    values = {"root": root, "static": f"{root}/static", "query": "", "alternates": (), **context}
    page = _environment().get_template(name).render(values)
    return HTMLResponse(page, status_code=status_code, headers=headers)
