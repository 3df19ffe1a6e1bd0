"""Markup to plain text: HTML (BeautifulSoup, ``html.parser``) and Markdown.

Both keep the document's structure as lines: a heading, a paragraph, a list
item (with a bullet ``•``) or a table row becomes a line of its own, so the
extractors can see entries, lists and ``Label: value`` fields.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

__all__ = ["html_to_text", "markdown_to_text"]

#: Elements whose content is boilerplate or not text at all.
_DROP = frozenset(
    "script style nav footer noscript template svg iframe form button select head aside".split()
)
#: Elements that start a new line.
_BLOCK = frozenset(
    """address article blockquote body br dd div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6
    header hr html li main ol p pre section summary table tbody thead tfoot tr ul caption""".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CELL = frozenset(("td", "th"))
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per line.

    The walk follows ``next_element`` links instead of recursing, so deeply
    nested markup costs time linear in its size and never hits Python's
    recursion limit.
    """
    soup = BeautifulSoup(markup, "html.parser")
    pieces: list[str] = []
    node = soup.contents[0] if soup.contents else None
    while node is not None:
        if isinstance(node, Tag):
            node = _visit_tag(node, pieces)
            continue
        if isinstance(node, NavigableString) and not isinstance(node, _SKIPPED_STRINGS):
            pieces.append(re.sub(r"\s+", " ", str(node)))
        node = node.next_element
    return _tidy("".join(pieces))


def _visit_tag(tag: Tag, pieces: list[str]):  # type: ignore[no-untyped-def]
    """Emit separators for ``tag`` and return the next node to visit."""
    name = tag.name.lower()
    if name in _DROP:
        return _after(tag)
    if name in _BLOCK:
        pieces.append("\n\n" if name in _HEADINGS else "\n")  # a heading opens a block, as a blank line does
        if name == "li":
            pieces.append("• ")
    elif name in _CELL:
        pieces.append(" | ")
    return tag.next_element


def _after(tag: Tag):  # type: ignore[no-untyped-def]
    """The first node after ``tag`` and all its descendants."""
    sibling = tag
    while sibling is not None:
        if sibling.next_sibling is not None:
            return sibling.next_sibling
        sibling = sibling.parent
    return None


def _tidy(text: str) -> str:
    """Trim each line, drop leading cell separators, keep at most one blank line."""
    lines = []
    for raw in text.split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", raw).strip()
        line = re.sub(r"^(?:\| ?)+|(?: ?\|)+$", "", line).strip()
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # rules
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),  # quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.M), r"\1• "),  # bullets
    (re.compile(r"^[ \t]*```.*$", re.M), ""),  # fences
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # images
    (re.compile(r"\[([^\]\n]+)\]\(([^)\s\n]+)[^)\n]*\)"), r"\1 (\2)"),  # links
    (re.compile(r"(\*\*|__)(?=\S)([^\n]*?\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # code
    (re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$", re.M), ""),  # table rules
    (re.compile(r"<[^>\n]{1,200}>"), ""),  # inline html
)


def markdown_to_text(markup: str) -> str:
    """Markdown without its markup; headings and list items stay lines."""
    text = markup
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return _tidy(text)
