"""How a listed project relates to the others, said in the entry's own words (English).

* ``A grew out of this network`` / ``A emerged from B``: A is related to B (the entry's
  project when the text says *this network/project*);
* ``It was followed by B`` / ``A was succeeded by B``: B, the later one, is related to A;
* an event named inside a project's entry (its heading names the project) is part of it.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._relations import keys_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_entry_links"]

_GREW = re.compile(r"\b(?:grew|grows|emerged|emerges|developed|evolved|spun)\s+(?:out\s+)?(?:of|from)\s+")
_FOLLOWED = re.compile(r"\b(?:was|is|has\s+been|will\s+be)\s+(?:followed|succeeded|continued)\s+by\s+")
_THIS = re.compile(r"(?:this|that|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:network|project|initiative|pilot|partnership)\b")
_RULE = "entry-project-link"


def _entry_project(context: Context, sentence: Span) -> str | None:
    """The project the sentence's line opens with, else the section's."""
    line = context.view.line_at(sentence.start)
    opening = keys_in(context, line.start, min(line.end, line.start + 60), EntityType.PROJECT)
    if opening and any(m.start == line.start for m in context.builder.mentions_of(opening[0])):
        return opening[0]
    return context.focus_at(sentence.start)


def _link(context: Context, sentence: Span) -> None:
    builder = context.builder
    for pattern, later_first in ((_GREW, True), (_FOLLOWED, False)):
        for match in pattern.finditer(sentence.text):
            at, after = sentence.start + match.start(), sentence.start + match.end()
            before = keys_in(context, sentence.start, at, EntityType.PROJECT)
            behind = keys_in(context, after, sentence.end, EntityType.PROJECT)
            this = _THIS.match(context.text, after) is not None
            first = before[-1] if before else _entry_project(context, sentence)
            second = behind[0] if behind else _entry_project(context, sentence) if this else None
            if first is None or second is None or builder.resolve_key(first) == builder.resolve_key(second):
                continue
            later, earlier = (first, second) if later_first else (second, first)
            builder.relation(later, RelationName.RELATED_PROJECT, earlier, sentence.start, sentence.end, _RULE)


def _entry_events(context: Context) -> None:
    for index, section in enumerate(context.view.sections):
        project = context.focus.get(index)
        if project is None or section.header is None or "entry-heading" not in {
                m.rule for m in context.builder.mentions_of(project)}:
            continue
        for event in keys_in(context, section.start, section.end, EntityType.EVENT):
            if context.builder.find(EntityType.ORGANISATION, context.builder.label_of(event)) is not None:
                continue  # "X Workshop" also listed as a partner: a body, not the project's event
            context.builder.relation(event, RelationName.PART_OF, project, section.start, section.end, "entry-event")


def find_entry_links(context: Context) -> None:
    for line in context.view.lines:
        for sentence in sentences(line):
            _link(context, sentence)
    _entry_events(context)
