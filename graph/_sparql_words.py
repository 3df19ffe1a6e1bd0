"""SPARQL read just far enough to find its keywords: strings, IRIs and comments skipped.

The word ``SERVICE`` or ``INSERT`` inside a string, an IRI or a comment is no keyword;
prefixed names and variables such as ``ex:service`` or ``?insert`` are single tokens.
"""

from __future__ import annotations

import re

__all__ = ["TOKENS", "sparql_tokens", "sparql_word_matches", "sparql_words"]

#: one token of SPARQL: a string, an IRI, a comment or a word (braces and punctuation are not matched)
TOKENS = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""'''  # long strings
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r'''|"(?:[^"\\\n\r]|\\.)*"'''  # short strings
    r"""|'(?:[^'\\\n\r]|\\.)*'"""
    r'''|<[^<>"{}|^`\\\x00-\x20]*>'''  # IRIs
    r"|#[^\n\r]*"  # comments
    r"|[?$]?[\w\-.:%\\]+",  # words, prefixed names, variables
    re.UNICODE,
)


def sparql_words(text: str) -> list[str]:
    """The tokens of ``text`` outside strings, IRIs and comments, upper-cased.

    >>> sparql_words('SELECT ?insert { ?s ex:p "INSERT" } # DELETE')
    ['SELECT', '?INSERT', '?S', 'EX:P']
    """
    return [match.group().upper() for match in sparql_word_matches(text)]


def sparql_word_matches(text: str) -> list[re.Match[str]]:
    """The matches of :func:`sparql_words`, with their positions in ``text``."""
    return [match for match in TOKENS.finditer(text) if match.group()[0] not in "\"'<#"]


def sparql_tokens(text: str) -> list[str]:
    """The tokens of ``text`` outside strings and comments, IRIs kept as ``<...>``."""
    return [match.group() for match in TOKENS.finditer(text) if match.group()[0] not in "\"'#"]
