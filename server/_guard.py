"""Refuse federated queries: a public endpoint must not fetch URLs its users name.

pyoxigraph evaluates ``SERVICE <url> { ... }`` by calling ``url`` over HTTP from
the server (a server-side request forgery hole) and its Python API has no switch
to turn that off. So the endpoint looks for the ``SERVICE`` keyword itself: the
query is tokenised just enough to skip strings, IRIs and comments, where the
word may appear harmlessly, and prefixed names and variables such as
``ex:service`` or ``?service``.
"""

from __future__ import annotations

import re

from ..errors import QueryRefused

__all__ = ["refuse_federation", "uses_service", "query_form"]

_TOKENS = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""'''  # long strings
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r'''|"(?:[^"\\\n\r]|\\.)*"'''  # short strings
    r"""|'(?:[^'\\\n\r]|\\.)*'"""
    r'''|<[^<>"{}|^`\\\x00-\x20]*>'''  # IRIs
    r"|#[^\n\r]*"  # comments
    r"|[?$]?[\w\-.:%\\]+",  # words, prefixed names, variables
    re.UNICODE,
)


def _words(query: str) -> list[str]:
    """The query's tokens outside strings, IRIs and comments, upper-cased."""
    return [match.group().upper() for match in _TOKENS.finditer(query) if match.group()[0] not in "\"'<#"]


def query_form(query: str) -> str | None:
    r"""SELECT, ASK, CONSTRUCT or DESCRIBE: the first of these keywords in ``query``.

    >>> query_form("# title: a CONSTRUCT example\nPREFIX ex: <http://e/>\nSELECT * { ?s ?p ?o }")
    'SELECT'
    """
    return next((w for w in _words(query) if w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)


def uses_service(query: str) -> bool:
    """True when ``query`` contains the SPARQL keyword ``SERVICE``.

    >>> uses_service("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service { ?service ex:service "SERVICE" } # SERVICE')
    False
    """
    return "SERVICE" in _words(query)


def refuse_federation(query: str) -> None:
    """Raise :class:`QueryRefused` (403) for a query that calls another endpoint."""
    if uses_service(query):
        raise QueryRefused("federated queries (SERVICE) are disabled on this endpoint: it only answers from its own graph")
