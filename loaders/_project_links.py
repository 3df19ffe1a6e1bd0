"""Projects named in passing, and how projects relate to each other.

* ``the Interreg Europe project Baltic Wind Ports`` / ``its sister project CoolDown Nordic``:
  a cue (a programme, *sister*, *earlier*, *related* …) right before ``project`` makes
  the capitalised words after it a project's name;
* ``WarmGrid BSR, an earlier project …`` / ``OffshoreLink (2018–2019), a BSR Innovation
  Express project``: a name in apposition to *a … project*, with its years and programme;
* ``builds on`` / ``continues the work of`` / ``sister project`` / ``results are shared
  with`` / a *Related projects* heading: the page's project is related to the one named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._dates import find_period
from innograph.loaders._names import is_acronym
from innograph.loaders._programmes import programme_in
from innograph.loaders._project_cues import APPOSED, LATER, YEARS, add_period, programme_within, project_named
from innograph.loaders._subprogrammes import sub_programme
from innograph.loaders._text import Span, sentences

__all__ = ["find_project_names", "find_related_projects"]

_WORD = r"(?:[A-ZĄČĘĖĮŠŲŪŽÀ-ÖØ-Þ][\w+&'-]*|\d{4})"
_SEQ = rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,4}})"
#: A word right before ``project`` that makes the name after it a project's (``its sister project X``).
_CUE = re.compile(rf"(?i)\b(?:{LATER}|earlier|previous|predecessor|related|flagship|partner|pilot|another|new|joint|"
                  rf"[\w-]+-year|[\w-]+-funded|[\w-]+-month)\s*$")
_PROJECT_THEN_NAME = re.compile(rf"\b(?:project|flagship|pilot),?\s+[„“\"]?{_SEQ}")  # "the earlier flagship X" too
#: ``preparing a follow-up, NAME, …`` / ``A sister initiative, the Erasmus+ project NAME``: a later project of the page's.
_SUCCESSOR = re.compile(rf"\b{LATER}(?:\s+(?:project|initiative|action))?,\s+"
                        rf"(?:the\s+)?(?:[^,.;\n]{{0,40}}?\bproject\s+)?{_SEQ}")
_APPOSITION = re.compile(rf"{_SEQ}(?P<years>\s*\([^()\n]{{4,30}}\))?{APPOSED}(?P<what>[^,.;\n]{{0,60}}?)\bproject\b"
                         r"(?:\s+(?:supported|funded|co-funded|financed|co-financed)\s+(?:through|by|under|from|within)\s+"
                         r"(?:the\s+)?(?P<by>[^,;\n]{3,80}?(?:[Pp]rogramme|[Ff]und|$|(?=[,;.]))))?")
#: A sentence that relates the project it names first (else the page's) to the others it names.
_RELATED_CUE = re.compile(r"(?i)\b(?:builds?\s+on|build(?:ing)?\s+upon|continues?\s+(?:the\s+work\s+of|the\s+results\s+of)?|"
                          r"sister\s+project|follow-up\s+(?:of|to)|predecessor|successor|results?\s+(?:are|is|will\s+be)\s+shared\s+with|"
                          r"related\s+projects?|complements?|follows|continuation\s+of|"
                          r"(?:works?|co-?operates?|collaborates?)\s+closely\s+with\s+(?:its|the)\s+(?:[\w-]+\s+){0,6}?project)\b")
_RELATED_HEADING = re.compile(r"(?i)^(?:related|other|previous|similar)\s+projects?:?$|^susiję\s+projektai:?$")
#: A list item under *Related projects*: ``Name (note) – what it is`` / ``Name – what it is``.
_LISTED = re.compile(r"^(?:[•\-*▪·]\s+)?(?P<name>[A-ZĄČĘĖĮŠŲŪŽÀ-ÖØ-Þ][^\s(–—]*(?:[ \t][^\s(–—-][^\s(–—]*)*?)\s*"
                     r"(?:\((?P<note>[^()\n]{2,80})\)|(?=\s[–—-]\s)|$)")
_LISTED_WORDS = 5
_LATER = re.compile(rf"(?i)\b{LATER}\b")
_EVENTS_HEADING = re.compile(r"(?i)^(?:(?:project\s+)?events|(?:projekto\s+)?renginiai):?$")
_NOT_NAMES = frozenset("The This That Our Its Their A An In On For And Partners Partner Manager Coordinator Team "
                       "Website Results Period Number Budget Lead".split())


def _name_span(context: Context, match: re.Match[str]) -> tuple[int, int] | None:
    words = match["name"].split()
    while words and (words[-1].isdigit() and len(words) > 1 and not is_acronym(words[0]) or words[-1] in _NOT_NAMES):
        words.pop()
    if not words or words[0] in _NOT_NAMES or programme_in(" ".join(words) + " "):
        return None
    start = match.start("name")
    return start, start + len(" ".join(words))


def _plausible(context: Context, start: int, end: int) -> bool:
    name = context.text[start:end]
    known = context.builder.find_any(name)
    if known is not None:
        return context.builder.type_of(known) is EntityType.PROJECT
    distinctive = any(is_acronym(w) or any(c.isupper() for c in w[1:]) for w in name.split())
    return distinctive or len(name.split()) >= 2


def _cued_names(context: Context) -> None:
    for match in _PROJECT_THEN_NAME.finditer(context.text):
        before = context.text[max(0, match.start() - 60) : match.start()]
        comma = "," in match.group()[:9]  # "its predecessor project, X": only after a cue word
        if not (_CUE.search(before) or not comma and programme_in(before.split("\n")[-1][-45:] + " ")):
            continue
        span = _name_span(context, match)
        if span is not None and _plausible(context, *span):
            context.builder.entity(EntityType.PROJECT, span[0], span[1], "cue-project-name")


def _successors(context: Context) -> None:
    for match in _SUCCESSOR.finditer(context.text):
        span = _name_span(context, match)
        if span is None or not _plausible(context, *span):
            continue
        key = context.builder.entity(EntityType.PROJECT, span[0], span[1], "successor-project")
        earlier = context.page_project or context.focus_at(match.start())
        if earlier is not None and context.builder.resolve_key(earlier) != context.builder.resolve_key(key):
            context.builder.relation(key, RelationName.RELATED_PROJECT, earlier, match.start(), span[1], "successor-project")


def _appositions(context: Context) -> None:
    for match in _APPOSITION.finditer(context.text):
        span = _name_span(context, match)
        if span is None or not _plausible(context, *span) or span[1] != match.end("name"):
            continue
        if context.builder.find_any(context.text[span[0] : span[1]]) is None and len(match["what"].split()) > 5:
            continue
        key = context.builder.entity(EntityType.PROJECT, span[0], span[1], "name-apposition-project")
        context.focus.setdefault(context.section_at(span[0]), key)
        _years(context, key, match)
        found = programme_within(context, match["what"], match.start("what"), "name-apposition-project") \
            or (programme_within(context, match["by"], match.start("by"), "name-apposition-project")
                if match["by"] else None)
        if found is not None:
            context.builder.relation(key, RelationName.FUNDED_BY, found[0], match.start(), match.end(),
                                     "name-apposition-project")


def _years(context: Context, key: str, match: re.Match[str]) -> None:
    """``NAME (2018–2019), a … project`` / ``NAME (May 2019 – June 2021), …``: the apposed project's period."""
    if not match["years"]:
        return
    years = YEARS.search(match["years"])
    period = (years[1], years[2], years.start(1), years.end(2)) if years else find_period(match["years"])
    if period is None:
        return
    start, end, s, e = period
    offset = match.start("years")
    add_period(context, key, (start, end), offset + s, offset + e, "name-apposition-years")


def _relate(context: Context, sentence: Span, rule: str) -> None:
    cue = _RELATED_CUE.search(sentence.text)
    named = context.builder.keys_between(sentence.start, sentence.start + cue.start(), EntityType.PROJECT) if cue else []
    subject = named[0] if named else context.page_project or context.focus_at(sentence.start)
    if subject is None:
        return
    for other in context.builder.keys_between(sentence.start, sentence.end, EntityType.PROJECT):
        if context.builder.resolve_key(other) != context.builder.resolve_key(subject):
            context.builder.relation(subject, RelationName.RELATED_PROJECT, other, sentence.start, sentence.end, rule)


def _under_headings(context: Context) -> Iterator[tuple[str | None, Span]]:
    """Each line but the headings, with the heading it stands under (``related``, ``events`` or None).

    A heading holds until the next short line that is no list item."""
    heading: str | None = None
    for line in context.view.lines:
        if _RELATED_HEADING.match(line.text) or _EVENTS_HEADING.match(line.text):
            heading = "related" if _RELATED_HEADING.match(line.text) else "events"
            continue
        if heading and len(line.text.split()) <= 4 and not line.text.startswith(("•", "-", "*")):
            heading = None  # the next heading
        yield heading, line


def _related(context: Context) -> None:
    for heading, line in _under_headings(context):
        for sentence in sentences(line):
            if heading == "related" and not _item_named(context, line):  # an item's own link is read by
                _relate(context, sentence, "related-projects-heading")     # _listed_project, with its direction
            elif heading == "events":
                _project_events(context, sentence)
            elif _RELATED_CUE.search(sentence.text):
                _relate(context, sentence, "related-project-cue")


def _item_named(context: Context, line: Span) -> bool:
    match = _LISTED.match(line.text)
    return match is not None and context.builder.find(EntityType.PROJECT, match["name"]) is not None


def _listed_projects(context: Context) -> None:
    """Items of a *Related projects* list."""
    for heading, line in _under_headings(context):
        if heading == "related":
            _listed_project(context, line)


def _listed_project(context: Context, line: Span) -> None:
    """``• BalticNet (Nordplus, 2020–2023) – predecessor`` under *Related projects*: a project, with the
    programme and years its brackets name."""
    match = _LISTED.match(line.text)
    if match is None or len(match["name"].split()) > _LISTED_WORDS or programme_in(match["name"] + " "):
        return
    key = project_named(context, match["name"], line.start + match.start("name"), "related-project-item")
    if key is None:
        return
    page = context.page_project
    if page is not None and context.builder.resolve_key(page) != context.builder.resolve_key(key):
        later = _LATER.search(line.text, match.end())  # "– sister project …": it relates to the page's project
        pair = (key, page) if later else (page, key)
        context.builder.relation(*pair[:1], RelationName.RELATED_PROJECT, pair[1], line.start, line.end,
                                 "related-project-item")
    if match["note"]:
        _listed_note(context, key, line, match)


def _listed_note(context: Context, key: str, line: Span, match: re.Match[str]) -> None:
    """``(Nordplus, 2020–2023)`` after a listed project: its programme (and part of it) and its years."""
    offset = line.start + match.start("note")
    found = programme_within(context, match["note"], offset, "related-project-item")
    if found is not None:
        programme, end = found
        context.builder.relation(key, RelationName.FUNDED_BY, programme, line.start, line.end, "related-project-item")
        sub_programme(context, key, programme, match["note"][end:], offset + end, "related-project-item")
    years = YEARS.search(match["note"])
    if years is not None:
        add_period(context, key, (years[1], years[2]), offset + years.start(), offset + years.end(),
                   "related-project-item")


def _project_events(context: Context, sentence: Span) -> None:
    """Events listed under a project page's *Events* heading are the project's."""
    if context.page_project is None:
        return
    for event in context.builder.keys_between(sentence.start, sentence.end, EntityType.EVENT):
        context.builder.relation(event, RelationName.PART_OF, context.page_project, sentence.start, sentence.end,
                                 "project-events-heading")


def find_project_names(context: Context) -> None:
    """Projects named in passing, after a cue or in apposition to *a … project*."""
    _cued_names(context)
    _appositions(context)
    _listed_projects(context)
    _successors(context)


def find_related_projects(context: Context) -> None:
    """The page's project is related to the projects named with a cue or under a heading."""
    _related(context)
