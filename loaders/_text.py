"""The cleaned text as lines, sections and sentences, all with offsets into the text.

Extraction never copies text out of position: every piece carries ``start`` and
``end`` so evidence spans point back into ``Document.text``. Very long lines are
cut into bounded pieces so that no pattern ever runs over megabytes at once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

__all__ = ["FUNDING_LINE", "Line", "Section", "Span", "TextView", "caps_caption", "heading_name", "page_sentences", "sentences"]

MAX_PIECE = 4000  # characters of one line handed to the patterns at once
ENTRY_BULLET = re.compile(r"^[♦◆■▪►▸‣]\s*")
#: A numbered entry (``3. SoundNet``) after a blank line, whose next line is a ``Label: value`` field.
ENTRY_NUMBER = re.compile(r"^\d{1,2}[.)]\s+\S")
_FIELD_LINE = re.compile(r"^[A-Z][\w ]{1,30}:\s+\S")
#: A line that states who funds the entry above it (``Co-funded by the … Programme``).
FUNDING_LINE = re.compile(r"^(?:Co-?)?(?:[Ff]unded|[Ff]inanced|[Ss]upported)\s+(?:by|from|under)\s+\S")
#: A plain heading: a short name (no sentence, no label) standing alone after a blank line.
_HEADING = re.compile(r"^[A-Z0-9][^.:;!?|()\[\]]{1,60}$")
_HEADING_WORDS = 6
#: ``SeaWeave – nets for small harbours``: a short name, a dash, what the entry is about in plain words.
_DASHED_HEADING = re.compile(r"^(?P<name>[^\s–—-][^–—]{0,40}?)\s+[–—-]\s+[^\s–—-]")
#: A ``Label: value`` cell of a line of ``|`` cells (``Interreg X | 2023–2026 | Lead partner: Y``).
_CELL_LABEL = re.compile(r"\s\|\s+[A-Z][\w ]{1,30}:\s+\S")
#: A field's label is a word or a few (``Funding:``, ``Our role:``), not a title's first clause.
_SHORT_LABEL = re.compile(r"^[A-Z]\w*(?: \w+){0,3}:\s+\S")
_NAME_JOINERS = frozenset(("of", "and", "for", "the", "in", "on", "&", "-", "–"))
#: A sentence ends after ``.!?`` that follows two letters/digits (not an initial ``M.`` or ``16 d.``),
#: or three capitals or a bracketed acronym (``… 2.812.000,00 EUR. Projektas``, ``(VSTT). Partneriai``; not ``No. 123``).
#: A closing quote after the full stop (``… convincing." HYDROX will``) ends the sentence with it.
#: Academic titles before a name (``dr. Rasa ...``, ``prof. Jonas ...``) do not end a sentence.
_SENTENCE_END = re.compile(r"(?:(?<=[a-ząčęėįšųūž0-9)”“\"»]{2}[.!?])|(?<=[A-ZĄČĘĖĮŠŲŪŽ]{3}[.!?])|(?<=[A-ZĄČĘĖĮŠŲŪŽ]\)[.!?]))(?<!\bdr\.)(?<!\bprof\.)(?<!\bdoc\.)(?<!\bhabil\.)"
                           r"(?<!\bmln\.)(?<!\bmlrd\.)(?<!\btūkst\.)"  # "1,2 mln. Eur": an amount goes on
                           r"[”\"»]?\s+(?=[\"“„«(]?[A-ZĄČĘĖĮŠŲŪŽ0-9])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Line(Span):
    index: int


@dataclass(frozen=True)
class Section:
    """An entry (``♦ ...`` block) or the text before the first entry."""

    start: int
    end: int
    header: Line | None
    lines: tuple[Line, ...]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_PIECE:
        cut = text.rfind(" ", start + MAX_PIECE // 2, start + MAX_PIECE)
        cut = cut if cut > start else start + MAX_PIECE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def sentences(line: Span) -> list[Span]:
    """Sentences of one line, with offsets into the document text."""
    spans: list[Span] = []
    cursor = 0
    for match in _SENTENCE_END.finditer(line.text):
        spans.append(Span(line.start + cursor, line.start + match.start(), line.text[cursor : match.start()]))
        cursor = match.end()
    spans.append(Span(line.start + cursor, line.end, line.text[cursor:]))
    return [span for span in spans if span.text.strip()]


class TextView:
    """Lines and sections of a document text."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        lines: list[Line] = []
        for match in re.finditer(r"[^\n]+", self.text):
            raw = match.group()
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if not body:
                continue
            begin = match.start() + lead
            for start, end in _pieces(self.text, begin, begin + len(body)):
                lines.append(Line(start, end, self.text[start:end], len(lines)))
        return tuple(lines)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        sections: list[Section] = []
        current: list[Line] = []
        header: Line | None = None
        headings = False  # the entries so far are headed by plain names
        for line in self.lines:
            heading = self._heading_entry(line, headings)
            if ENTRY_BULLET.match(line.text) or self._numbered_entry(line) or heading:
                if current or header:
                    sections.append(self._section(header, current))
                header, current, headings = line, [line], heading or headings and bool(ENTRY_BULLET.match(line.text))
                continue
            current.append(line)
        if current or header:
            sections.append(self._section(header, current))
        return tuple(sections)

    def _numbered_entry(self, line: Line) -> bool:
        following = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        number = ENTRY_NUMBER.match(line.text)
        own_field = number is not None and bool(_FIELD_LINE.match(line.text[number.end() - 1 :]))  # "4) Lead applicant: X"
        return number is not None and (own_field or following is not None and bool(_FIELD_LINE.match(following.text))) \
            and self.blank_before(line)

    def _heading_entry(self, line: Line, headings: bool) -> bool:
        """``Arctic Widgets`` after a blank line, above ``Funding: …`` or ``Co-funded by …``: an entry's heading.

        Once entries are headed so, any short heading after a blank line starts the next one
        (``Completed projects`` standing alone ends the entry above it).
        """
        following = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if following is None or not _HEADING.match(line.text) or not self.blank_before(line):
            return False
        name = heading_name(line.text)
        if headings and len(name.split()) <= _HEADING_WORDS and line.text[:1].isupper():
            return not caps_caption(self.text, line.text) and (
                _name_like(name) or "\n\n" in self.text[line.end : following.start + 1])
        close = following.start - line.end <= 2
        return _name_like(name) and not caps_caption(self.text, line.text) and close and bool(
            _SHORT_LABEL.match(following.text) or FUNDING_LINE.match(following.text) or _CELL_LABEL.search(following.text))

    def _section(self, header: Line | None, lines: list[Line]) -> Section:
        return Section(lines[0].start, lines[-1].end, header, tuple(lines))

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_at(self, position: int) -> Line:
        """The line holding ``position`` (or the last line starting before it)."""
        index = bisect_right(self._line_starts, position) - 1
        return self.lines[max(0, index)]

    @cached_property
    def _section_starts(self) -> list[int]:
        return [section.start for section in self.sections]

    def section_index(self, position: int) -> int:
        """Index of the section holding ``position`` (the last one starting at or before it)."""
        return max(0, bisect_right(self._section_starts, position) - 1)

    def blank_before(self, line: Line) -> bool:
        """True when an empty line (or the document start) precedes ``line``."""
        before = self.text[: line.start].rstrip(" \t")
        return not before or before.endswith("\n\n") or before.rstrip(" \t\n") == "" or "\n\n" in before[-4:]


#: Where a cell of a line ends: a run of spaces (a column gap), a bar or a bullet between items.
_CELL_EDGE = re.compile(r"[ \t]{2,}|\s[|·•]\s|\n")


#: A line in capitals alone (``PARTNERSHIP``, ``WHAT IS IT ABOUT?``); a text with this many sets its captions so.
_CAPS_LINE = re.compile(r"^[ \t]*[^\Wa-zß-ÿ]*[A-ZÀ-Þ][^\Wa-zß-ÿ]*(?:[ \t]+[^a-zß-ÿ\s]+)*[ \t]*$", re.M)
_CAPTION_STYLE = 3


def _shouted(phrase: str) -> bool:
    letters = [ch for ch in phrase if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.islower() for ch in letters)


def caps_caption(text: str, phrase: str) -> bool:
    """``CONTACTS`` / ``JOINT PROJECTS OF MEMBERS``: a phrase set in capitals that never stands in a cell
    of mixed case (a sentence, ``NAME brings together …``): a section's caption, not a name in capitals.

    A name written in capitals is used as one in the text's sentences; a caption only heads its part.
    Only a text that sets several lines in capitals has captions so (a page whose one such line is its
    title, ``KELPNET``, names itself).
    """
    if not _shouted(phrase) or len(_CAPS_LINE.findall(text)) < _CAPTION_STYLE:
        return False
    for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
        before = [m.end() for m in _CELL_EDGE.finditer(text, max(0, match.start() - 300), match.start())]
        after = _CELL_EDGE.search(text, match.end(), match.end() + 300)
        cell = text[before[-1] if before else max(0, match.start() - 300) : after.start() if after else match.end() + 300]
        if any(ch.islower() for ch in cell):
            return False
    return True


def heading_name(text: str) -> str:
    """``SeaWeave – nets for small harbours``: the name before the dash of a heading (else the heading)."""
    match = _DASHED_HEADING.match(text)
    return match["name"] if match else text


def _name_like(text: str) -> bool:
    """``Baltic Loom 2`` / ``SeaWeave``, not a caption (``Project summary``) nor one plain word (``Contacts``)."""
    words = text.split()
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words)
    distinctive = any(any(ch.isupper() for ch in w[1:]) for w in words)
    return capitalised and len(words) <= _HEADING_WORDS and (len(words) > 1 or distinctive)


def page_sentences(view: TextView) -> list[Span]:
    """Every sentence of every line of the text, in text order."""
    return [sentence for line in view.lines for sentence in sentences(line)]
