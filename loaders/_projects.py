"""Projects: entry headers (``♦ Programme project "Title" (ACRONYM)``), named mentions, web addresses.

Each section gets a *focus* project (the one its header or first naming pattern introduces);
``Label: value`` fields and partner lists attach to it."""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._names import is_acronym, is_name_word
from innograph.loaders._headings import heading_project
from innograph.loaders._lt_entries import quoted_entry
from innograph.loaders._text import Line, caps_caption
from innograph.loaders._project_links import find_project_names
from innograph.loaders._page_project import PROJECT_WORD, TITLE_WORDS, has_project_field, page_project
from innograph.loaders._programmes import gazetteer, programme_entity, programme_for_url, programme_in

__all__ = ["find_projects", "project_entity"]

_Q_OPEN, _Q_CLOSE = "[“\"„«]", "[”\"“»]"
# project "Title"(ACR)  |  project “Title (ACR)”  |  “Title” (ACR) project
_TITLED = re.compile(
    rf"(?P<lead>{PROJECT_WORD}\s*)?{_Q_OPEN}(?P<title>[^”\"“»\n]{{8,300}}?)\s*"
    rf"(?:\((?P<acr1>[^()\n]{{2,30}})\)\s*{_Q_CLOSE}|{_Q_CLOSE}\s*\((?P<acr2>[^()\n]{{2,30}})\))"
    rf"(?P<trail>\s*{PROJECT_WORD})?",
    re.I,
)
#: A grant or project number: digits and three or more dash/slash-joined parts (``2021-1-LT01-KA220-VET-000012345``).
_PROJECT_NUMBER = re.compile(r"(?=[^ ]*\d)[A-Z0-9]+(?:[-/.][A-Z0-9]+){2,}")
_NAME = r"(?P<name>[A-Za-zĄČĘĖĮŠŲŪŽąčęėįšųūž][\w+-]{1,40})"
_NAMED = (
    ("created-name", re.compile(rf"\b(?i:we|they|partners)\s+(?:have\s+)?(?:created|launched|set up|established|started|initiated)\s+{_NAME}")),
    ("name-is-a-project", re.compile(rf"[„“\"]{_NAME}[”“\"]\s*(?:[–—-]\s*tai\b|is\s+an?\b)[^.\n]{{0,150}}?\b{PROJECT_WORD}\b")),
    ("name-project", re.compile(rf"(?:\bthe\s+|[(„“\"]){_NAME}[)”“\"]?[ \t]+{PROJECT_WORD}\b(?!s)", re.I)),  # one line
    # an inflected Lithuanian "projektą" takes a quoted name: "per projektą NTU mokslininkai" starts a clause
    ("project-name", re.compile(rf"\b(?:(?:project|projekt)\s+[„“\"]?|projekt\w{{1,4}}\s+[„“\"]){_NAME}[”“\"]?(?=[\s,.;:])",
                                re.I)),
)
_BARE = r"(?P<name>[A-Z][\w+-]*[A-Z0-9][\w+-]*)"  # HYDROX, SeaLink, H2Port: capitals inside the word
_SAID = (
    ("name-is-the-project", re.compile(rf"\b{_BARE}\s+(?:is|was)\s+(?:the|an?)\s+(?!(?:lead\s+)?partner|coordinator|member)"
                                       r"[^.\n]{0,80}?\bproject\b"  # "X was the lead partner of the project": a body
                                       r"(?!\s+(?:partners?|manager|coordinator|lead(?:er)?|team|officer|office|"
                                       r"members?|website|results?|budget|proposal|application)\b)")),
    ("name-consortium", re.compile(rf"\b{_BARE}\s+(?:consortium|project\s+consortium)\b")),
    ("kick-off-of-name", re.compile(rf"\bkick-?off\s+(?:meeting\s+|event\s+|conference\s+)?of\s+(?:the\s+)?{_BARE}\b")),
)
_SENTENCE_OPENERS = frozenset("the this that our its their in at on by for as and but while when".split())
_URL = re.compile(r"(?:https?://)?(?:www\.)?(?P<address>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/[\w./-]{2,200})", re.I)
#: ``2. NAME - Title`` / ``3. Name (note)`` / ``♦ Name – Title``: a numbered or bulleted entry's header.
_NUMBERED = re.compile(r"^(?:(?P<number>\d{1,2}[.)])|[♦◆■▪►▸‣])\s*(?P<name>[^\s()–-][^()–]*?)(?:\s+[-–—]\s+(?P<title>[^()\n]+?))?\s*(?:\([^)]*\))?\s*$")
_EVENT_CUE = re.compile(r"(?i)\b(?:events?|conferences?|forums?|summits?|fairs?|festivals?|workshops?|seminars?|"
                        r"meetings?|days?|schools?|bootcamps?|hackathons?|webinars?|trainings?|visits?|expo)\b")
_SLUG = re.compile(r"[\w-]{2,60}")


def project_entity(context: Context, start: int, end: int, rule: str) -> str:
    return context.builder.entity(EntityType.PROJECT, start, end, rule)


def _titled(context: Context, match: re.Match[str], rule: str) -> str | None:
    group = "acr1" if match["acr1"] else "acr2"
    acronym = match[group].strip()
    if not (match["lead"] or match["trail"]) or " " in acronym and not is_acronym(acronym.split()[0]) \
            or not any(char.isalpha() for char in acronym):  # "(2019–2021)" is a period, no acronym
        return None
    start = match.start(group) + (len(match[group]) - len(match[group].lstrip()))
    builder = context.builder
    if _PROJECT_NUMBER.fullmatch(acronym):  # „LIFE Pelkės“ (LIFE22-NAT-LT-ABC): the number, not an acronym
        key = project_entity(context, match.start("title"), match.end("title"), rule)
        builder.attribute(key, AttributeName.IDENTIFIER, acronym, start, start + len(acronym), rule)
        return key
    key = project_entity(context, start, start + len(acronym), rule)
    builder.alias(key, match.start("title"), match.end("title"), rule)
    builder.attribute(key, AttributeName.ACRONYM, acronym, start, start + len(acronym), rule)
    builder.attribute(key, AttributeName.TITLE, match["title"].strip(), match.start("title"), match.end("title"),
                      rule, language=context.document.language if context.document.language in ("en", "lt") else "en")
    return key


def _headers(context: Context) -> None:
    for index, section in enumerate(context.view.sections):
        header = section.header
        if header is None:
            continue
        match = _TITLED.search(header.text)
        if match is None:
            if not quoted_entry(context, index, header):
                _numbered_header(context, index, header) if _NUMBERED.match(header.text) else heading_project(context, index, header)
            continue
        key = _titled(context, _shift(match, header.start, context), "entry-header")
        if key is None:  # "▸ „Name“ (Interreg Europe)": a programme in brackets, no acronym
            quoted_entry(context, index, header)
            continue
        context.focus[index] = key
        found = programme_in(header.text[: match.start()] + " ")
        if found is not None:
            programme, start, end = found
            prog = programme_entity(context, programme, header.start + start, header.start + end, "entry-header")
            context.builder.relation(key, RelationName.FUNDED_BY, prog, header.start, header.end, "entry-header")


def _numbered_header(context: Context, index: int, header: Line) -> None:
    """``3. SoundNet`` / ``1. AQUAGRID - Smart water grids`` above project fields: the entry's project.

    A bulleted entry (``♦ EDIH Northern Skies``) is one when it states a project field or its name is distinctive
    (an acronym or inner capitals) and no event's. A quoted name (``1. „Name“``) is ``_lt_entries``'s."""
    match = _NUMBERED.match(header.text)
    if match is None or programme_in(match["name"]) or context.builder.find_any(match["name"]) is not None:
        return
    words = match["name"].split()
    if len(words) > TITLE_WORDS or not all(is_name_word(w) or is_acronym(w) or w.isdigit() for w in words):
        return
    if not match["number"] and not has_project_field(context, context.view.sections[index]) \
            and (not any(_distinctive(w) for w in words) or _EVENT_CUE.search(match["name"])):
        return
    start = header.start + match.start("name")
    key = project_entity(context, start, start + len(match["name"]), "entry-number-header")
    if match["title"]:
        title_start = header.start + match.start("title")
        context.builder.attribute(key, AttributeName.TITLE, match["title"], title_start, title_start + len(match["title"]),
                                  "entry-number-header", language="en")
    context.focus[index] = key


def _shift(match: re.Match[str], offset: int, context: Context) -> re.Match[str]:
    """The same match re-run on the full text, so its offsets are document offsets."""
    again = _TITLED.match(context.text, offset + match.start())
    return again if again is not None else match


def _named(context: Context) -> None:
    builder = context.builder
    for match in _TITLED.finditer(context.text):
        key = _titled(context, match, "titled-project")
        if key is not None:
            context.focus.setdefault(context.section_at(match.start()), key)
    for rule, pattern in _NAMED:
        for match in pattern.finditer(context.text):
            name = match["name"]
            if not _plausible(name) or programme_in(name) or builder.find(EntityType.PROGRAMME, name) or caps_caption(context.text, name):
                continue  # "PROJECT FACTSHEET": a caption in capitals is no name
            if rule not in ("created-name", "name-is-a-project") and builder.find(EntityType.PROJECT, name) is None \
                    and not _distinctive(name) or _inside_longer_name(context, match.start("name"), name):
                continue
            key = project_entity(context, match.start("name"), match.end("name"), rule)
            context.focus.setdefault(context.section_at(match.start()), key)


def _inside_longer_name(context: Context, start: int, name: str) -> bool:
    """``CoolDown`` where the text says ``CoolDown Nordic``, a project already known."""
    return any(len(known) > len(name) and context.text.startswith(known, start)
               for key in context.builder.keys(EntityType.PROJECT) for known in context.builder.names_of(key))


def _plausible(name: str) -> bool:
    return is_name_word(name) and name.lower() not in {"the", "this", "our", "new", "eu", "european", "id", "no", "nr"}


def _distinctive(name: str) -> bool:
    """Mixed case (``InoLink``) or an acronym: a project name, not a common word."""
    return is_acronym(name) or any(ch.isupper() for ch in name[1:])


def _programme_page(match: re.Match[str]) -> tuple[str | None, int, int] | None:
    """(programme ident, slug start, slug end) when the address is a programme's project page."""
    found = programme_for_url(match["address"])
    if found is None:
        return None
    slug = _SLUG.match(match["address"], found[1])
    if slug is None:
        return None
    start = match.start("address")
    return found[0].ident, start + slug.start(), start + slug.end()


def _urls(context: Context) -> None:
    builder = context.builder
    for match in _URL.finditer(context.text):
        page = _programme_page(match)
        if page is None:
            continue
        programme = next(p for p in gazetteer() if p.ident == page[0])
        slug = context.text[page[1] : page[2]].lower()
        project = next((k for k in builder.keys(EntityType.PROJECT)
                        if any(n.lower() == slug for n in builder.names_of(k))), None)
        if project is None:
            project = project_entity(context, page[1], page[2], "programme-web-address")
        url = context.text[match.start() : match.end()].rstrip(".")
        url = url if url.lower().startswith("http") else "https://" + url
        builder.attribute(project, AttributeName.WEBSITE, url, match.start(), match.end(), "programme-web-address")
        host_end = match.start("address") + match["address"].index("/")
        prog = programme_entity(context, programme, match.start(), host_end, "programme-web-address")
        builder.relation(project, RelationName.FUNDED_BY, prog, match.start(), match.end(), "programme-web-address")


def _said_projects(context: Context) -> None:
    """A distinctive name (``HYDROX``, ``SeaLink``) said to be a project without quotes: ``X is the … project``,
    ``the X consortium``, ``X - Title`` after *kick-off of*; the first one is its section's focus."""
    for rule, pattern in _SAID:
        for match in pattern.finditer(context.text):
            name = match["name"]
            if not (_distinctive(name) and _plausible(name)) or programme_in(name) or _inside_a_name(context.text,
                                                                                                 match.start("name")) \
                    or context.builder.find_any(name) not in (None, *context.builder.keys(EntityType.PROJECT)):
                continue
            key = project_entity(context, match.start("name"), match.end("name"), rule)
            context.focus.setdefault(context.section_at(match.start()), key)


def _inside_a_name(text: str, start: int) -> bool:
    """``WindChain BSR is a … project``: the word is the end of a longer name, not one of its own."""
    before = re.search(r"([A-Z][\w+-]*)[ \t]$", text[max(0, start - 40) : start])
    return before is not None and before.group(1).lower() not in _SENTENCE_OPENERS


def find_projects(context: Context) -> None:
    page_project(context)
    _said_projects(context)
    _headers(context)
    find_project_names(context)
    _named(context)
    _urls(context)
