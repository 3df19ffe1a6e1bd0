"""A body's role stated as a field under a project entry: ``Role of SWDC: partner`` / ``Our role: lead partner``.

The body is the one the document names so (an acronym given anywhere in it), or the
page's own body for *our role*; the project is the entry's.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._contacts import page_organisation
from innograph.loaders._context import Context
from innograph.loaders._fields import section_project

__all__ = ["find_role_lines"]

_ROLE_LINE = re.compile(r"(?i)^(?:our\s+role|(?:our\s+)?role|(?:the\s+)?role\s+of\s+(?:the\s+)?(?P<body>[^:|]{2,60}?))\s*"
                        r"(?:in\s+the\s+project)?\s*[:|]\s*(?P<role>lead\s+partner|lead\s+applicant|coordinator|"
                        r"associated\s+partner|partner|project\s+partner|beneficiary)\b")


def _relation(role: str) -> RelationName:
    if re.match(r"(?i)lead|coordinator", role):
        return RelationName.COORDINATOR
    return RelationName.ASSOCIATED_PARTNER if role.lower().startswith("associated") else RelationName.PARTICIPANT


def find_role_lines(context: Context) -> None:
    builder = context.builder
    for line in context.view.lines:
        match = _ROLE_LINE.match(line.text)
        if match is None:
            continue
        body = builder.find_any(match["body"]) if match["body"] else page_organisation(context)  # the site's body
        if body is None or builder.type_of(body) is not EntityType.ORGANISATION:
            continue
        project = section_project(context, context.section_at(line.start))
        builder.relation(project, _relation(match["role"]), body, line.start, line.end, "role-of-body")
