"""Contact blocks written one item a line (``<address>`` on web pages).

``Contact`` / ``Eva Lind`` / ``Project Manager`` / ``Kainuu Wood Cluster`` / ``eva@…``, or the body
first and the person below it (``Kainuu Wood Cluster`` / ``Eva Lind, project manager``): the
person works at the body named in the same block. A block runs from its heading to the next
blank line.
"""

from __future__ import annotations

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._contacts import CONTACT_HEADING
from innograph.loaders._orgs import head_type, make_org
from innograph.loaders._people import make_person, person_span, role_pattern
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Line

__all__ = ["find_address_blocks"]

_BLOCK_LINES = 6
_RULE = "contact-block"


def _block(context: Context, heading: Line) -> list[Line]:
    lines = context.view.lines[heading.index + 1 : heading.index + 1 + _BLOCK_LINES]
    block: list[Line] = []
    for line in lines:
        if block and context.view.blank_before(line):
            break
        block.append(line)
    return block


def _person(context: Context, line: Line) -> str | None:
    """The person a line names, alone or before ``, role``."""
    name_end = line.start + (line.text.find(",") if "," in line.text else len(line.text))
    rest = context.text[name_end:line.end].strip(" ,")
    span = person_span(context, line.start, name_end)
    if span != (line.start, name_end) or rest and not role_pattern().search(rest):
        return None
    return make_person(context, span, _RULE)


def _body(context: Context, line: Line) -> str | None:
    """The body a line names as a whole (a known one starting it, or a typed name)."""
    known = [k for k in keys_in(context, line.start, line.end, EntityType.ORGANISATION)
             if any(m.start == line.start for m in context.builder.mentions_of(k))]
    if known:
        return known[0]
    name = line.text.split(",")[0].strip()
    if head_type(name)[0] != EntityType.ORGANISATION.value or len(name.split()) > 8:
        return None
    return make_org(context, line.start, line.start + len(name), _RULE)


def _read(context: Context, block: list[Line]) -> None:
    people: list[str] = []
    bodies: list[str] = []
    for line in block:
        if role_pattern().fullmatch(line.text.strip()):
            continue
        person = _person(context, line)
        body = _body(context, line) if person is None else None
        people += [person] if person else []
        bodies += [body] if body else []
    for person in people if len(bodies) == 1 else []:
        context.builder.relation(person, RelationName.AFFILIATION, bodies[0], block[0].start, block[-1].end, _RULE)


def find_address_blocks(context: Context) -> None:
    for line in context.view.lines:
        if CONTACT_HEADING.match(line.text):
            block = _block(context, line)
            if block:
                _read(context, block)
