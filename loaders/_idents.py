"""Provisional entity identities: ``type-path/slug`` of the preferred label."""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._read import slug

__all__ = ["provisional_ident"]

_MAX_SLUG = 80


def provisional_ident(type_: EntityType, label: str) -> str:
    """``organisation/nordjylland-region``; resolve() makes it final."""
    text = slug(re.sub(r"[–—]", "-", label.replace("+", " plus "))) or "unnamed"
    if len(text) > _MAX_SLUG:
        text = text[:_MAX_SLUG].rsplit("-", 1)[0]
    return f"{type_.path}/{text}"
