"""The organisation whose site a page is on, and what it says about itself.

A page whose title is an organisation's name (``Dzūkija Woodcraft Cluster`` above a
menu) speaks in that organisation's voice: ``our cluster``, ``we``, ``mūsų
klasteris``. In a section about a project, that voice makes the owner a participant
(``Our cluster was responsible for …``), and ``together with X`` makes X one too;
``… and our cluster`` in a partner list is the owner.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._orgs import head_type, make_org
from innograph.loaders._text import sentences

__all__ = ["OUR", "find_owner", "owner_voice"]

#: ``our cluster`` / ``mūsų klasteris`` (any case of the noun): the page owner speaking.
OUR = re.compile(r"(?i)\b(?:our\s+(?:cluster|association|organi[sz]ation|centre|center|agency|university|company|"
                 r"network|institute|team|foundation|chamber)|mūsų\s+(?:klaster|asociacij|organizacij|centr|agentūr|"
                 r"universitet|įmon|tinkl|institut|komand)\w*)\b")
_WE = re.compile(r"(?:^|(?<=[.!?]\s))We\s+(?:were|are|have|had|took|led|coordinated|organised|organized|tested|prepared|"
                 r"developed|ran|hosted)\b")
_TOGETHER = re.compile(r"(?i)\btogether\s+with\s+(?:the\s+)?")
_TITLE_WORDS = 8
_ACRONYM_DASH = re.compile(r"^(?P<acr>[A-ZĄČĘĖĮŠŲŪŽ][\w&]{1,12})\s+[–—-]\s+(?P<name>.+)$")


def find_owner(context: Context) -> None:
    """The page owner: the document's title when it names an organisation (``ACR – Name`` too)."""
    title = context.document.title
    line = next((line for line in context.view.lines[:5] if line.text == title), None)
    if not title or line is None or len(title.split()) > _TITLE_WORDS:
        return
    start, end, acronym = line.start, line.end, None
    split = _ACRONYM_DASH.match(title)
    if split is not None:
        start, acronym = line.start + split.start("name"), (line.start + split.start("acr"), line.start + split.end("acr"))
    if head_type(context.text[start:end])[0] != EntityType.ORGANISATION.value:
        return  # "Klaipėdoje vyko ... forumas": a headline about an event names no owner
    key = make_org(context, start, end, "page-title-names-owner", whole=True)
    if key is None or context.builder.type_of(key) is not EntityType.ORGANISATION:
        return
    context.owner = key
    if acronym is not None:
        context.builder.alias(key, *acronym, "page-title-names-owner")


def owner_voice(context: Context) -> None:
    """In a project's section, the owner speaking of itself takes part (with ``together with`` partners)."""
    if context.owner is None:
        return
    for index, section in enumerate(context.view.sections):
        project = context.focus.get(index)
        if project is None or index == 0 and context.page_project is None:
            continue
        for line in section.lines:
            for sentence in sentences(line):
                if OUR.search(sentence.text) or _WE.search(sentence.text):
                    _takes_part(context, project, sentence)


def _takes_part(context: Context, project: str, sentence) -> None:  # type: ignore[no-untyped-def]
    builder = context.builder
    builder.relation(project, RelationName.PARTICIPANT, context.owner, sentence.start, sentence.end, "owner-voice")
    together = _TOGETHER.search(sentence.text)
    if together is None:
        return
    start = sentence.start + together.end()
    for org in builder.keys_between(start, min(sentence.end, start + 120), EntityType.ORGANISATION)[:1]:
        builder.relation(project, RelationName.PARTICIPANT, org, sentence.start, sentence.end, "owner-voice-together")
