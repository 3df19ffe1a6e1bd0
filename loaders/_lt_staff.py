"""People listed with their titles on a body's own page (``KOMANDA``: ``Direktorius dr. X – x@…``).

On a page whose title names the body (its owner), a person given a title on a line that
names no other body works for the owner.
"""

from __future__ import annotations

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import orgs_in

__all__ = ["page_staff"]


def page_staff(context: Context) -> None:
    """Affiliate each titled person without a body of their own to the page's owner."""
    builder, owner = context.builder, context.owner
    if owner is None or context.document.language not in ("lt", "mixed"):
        return
    for key in builder.keys(EntityType.PERSON):
        if builder.has_relation(key, RelationName.AFFILIATION) or not builder.has_attribute(key, AttributeName.JOB_TITLE):
            continue
        mention = builder.mentions_of(key)[0]
        line = context.view.line_at(mention.start)
        if any(org != owner for _s, _e, org in orgs_in(context, line.start, line.end)):
            continue
        builder.relation(key, RelationName.AFFILIATION, owner, mention.start, mention.end, "lt-staff-of-the-page-body")
