"""Queries whose work is bounded before they run: one triple pattern with few matches.

Every /sparql query takes the hop to a killable worker process, because no query
is known to be cheap before it runs (see :mod:`._workers`). One family is: a
single triple pattern, no FILTER, no repeated variable, optionally joined with a
short ``VALUES`` list and cut by ``LIMIT``/``OFFSET``. Oxigraph answers it from
one index range, so its work is at most the pattern's matches (the index steps)
plus the ``VALUES`` rows. :func:`bounded_lookup` recognises that shape with a
strict tokenizer (anything else, a string, a comment, a ``BASE`` or an unknown
keyword, means "not recognised", never "bounded"), then counts the pattern's
matches in the store's default graph, stopping at :data:`MAX_STEPS`. A query
with at most that many matches (or, without ``VALUES``, a ``LIMIT`` + ``OFFSET``
within it: every index step then is a solution) is answered in the server
process: a few hundred microseconds of bounded work, where the hop to a
worker costs more than the query. Everything else still goes to a worker, where
the timeout can stop it.

>>> pattern = parse_lookup("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
...     "SELECT ?p ?o WHERE { <http://e.org/x> ?p ?o . VALUES ?p { rdfs:label } } LIMIT 5")
>>> pattern.terms[0].value, pattern.terms[1], pattern.has_values, pattern.limit
('http://e.org/x', None, True, 5)
>>> parse_lookup("SELECT * WHERE { ?s ?p ?o FILTER(?o = 1) }") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

__all__ = ["MAX_STEPS", "Lookup", "parse_lookup", "bounded_lookup"]

#: index steps (pattern matches) a query may need to be answered in the server process
MAX_STEPS = 1000
_MAX_VALUES = 64  # rows of a VALUES list

_TOKEN = re.compile(
    r"\s+|(?:(?P<iri><[a-zA-Z][\w+.-]*:[^<>\"{}|^`\\\x00-\x20]*>)"
    r"|(?P<var>[?$][A-Za-z_][A-Za-z_0-9]*)"
    r"|(?P<pname>[A-Za-z][\w-]*:[A-Za-z_0-9][\w-]*|[A-Za-z][\w-]*:|:[A-Za-z_0-9][\w-]*)"
    r"|(?P<int>[0-9]+)"
    r"|(?P<word>[A-Za-z]+)"
    r"|(?P<punct>[{}.*])"
    r"|(?P<other>.))",
    re.DOTALL,
)
_PREFIX_DECLARATION = r"\s*PREFIX\s+([A-Za-z][\w-]*)?:\s*<([a-zA-Z][\w+.-]*:[^<>\"{}|^`\\\x00-\x20]*)>"
_PREFIX = re.compile(_PREFIX_DECLARATION, re.IGNORECASE)
_PROLOGUE = re.compile(f"(?:{_PREFIX_DECLARATION})*", re.IGNORECASE)
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@dataclass(frozen=True)
class Lookup:
    """The recognised query: the pattern's constants (None for a variable) and its modifiers."""

    terms: tuple[ox.NamedNode | None, ox.NamedNode | None, ox.NamedNode | None]
    has_values: bool
    limit: int | None
    offset: int


def bounded_lookup(store: ox.Store, query: str) -> bool:
    """True when ``query`` is a :class:`Lookup` whose work on ``store``'s default graph is at most :data:`MAX_STEPS`."""
    lookup = parse_lookup(query)
    if lookup is None:
        return False
    if not lookup.has_values and lookup.limit is not None and lookup.limit + lookup.offset <= MAX_STEPS:
        return True
    return not store.query(_more_than(lookup.terms, MAX_STEPS))


def _more_than(terms: tuple[ox.NamedNode | None, ...], steps: int) -> str:
    """ASK whether the pattern of ``terms`` has more than ``steps`` matches (itself at most ``steps + 1`` index steps)."""
    pattern = " ".join(str(term) if term is not None else f"?v{i}" for i, term in enumerate(terms))
    return f"ASK {{ {{ SELECT * {{ {pattern} }} OFFSET {steps} LIMIT 1 }} }}"


def parse_lookup(query: str) -> Lookup | None:
    """The single-pattern lookup ``query`` is, or None when it is anything else (or not valid SPARQL)."""
    prologue = _PROLOGUE.match(query)
    tokens = _tokenize(query[prologue.end():]) if prologue else None
    if tokens is None:
        return None
    try:
        return _Parser(tokens, _prefixes(prologue.group())).lookup()  # type: ignore[union-attr]
    except _NotALookup:
        return None


@lru_cache(maxsize=64)
def _prefixes(prologue: str) -> dict[str, str]:
    """The ``PREFIX`` declarations of a prologue (clients send the same few again and again)."""
    return {name + ":": iri for name, iri in _PREFIX.findall(prologue)}


def _tokenize(query: str) -> list[tuple[str, str]] | None:
    """The query's tokens, or None when a character belongs to none a lookup may use (a string, a comment, …)."""
    tokens = [(match.lastgroup, match.group()) for match in _TOKEN.finditer(query) if match.lastgroup]
    if any(kind == "other" for kind, _ in tokens):
        return None
    return tokens  # type: ignore[return-value]


class _NotALookup(Exception):
    pass


class _Parser:
    """Recursive descent over the few productions a lookup may use."""

    def __init__(self, tokens: list[tuple[str, str]], prefixes: dict[str, str]) -> None:
        self.tokens, self.at, self.prefixes = tokens, 0, prefixes
        self.variables: set[str] = set()

    def lookup(self) -> Lookup:
        self._projection()
        self._keyword("WHERE")
        self._take("punct", "{")
        terms = self._triple()
        has_values = self._values()
        self._take("punct", "}")
        limit, offset = self._modifiers()
        if self.at != len(self.tokens):
            raise _NotALookup
        return Lookup(terms, has_values, limit, offset)

    def _projection(self) -> None:
        if self._keyword("ASK"):
            return
        if not self._keyword("SELECT"):
            raise _NotALookup
        if self._peek() == ("punct", "*"):
            self.at += 1
            return
        self._take("var")
        while self._peek()[0] == "var":
            self.at += 1

    def _triple(self) -> tuple[ox.NamedNode | None, ox.NamedNode | None, ox.NamedNode | None]:
        terms = tuple(self._term(self.variables, predicate=(i == 1)) for i in range(3))
        if self._peek() == ("punct", "."):
            self.at += 1
        return terms  # type: ignore[return-value]

    def _term(self, seen: set[str], predicate: bool) -> ox.NamedNode | None:
        kind, text = self._peek()
        self.at += 1
        if kind == "var":
            if text[1:] in seen:  # a repeated variable filters the matches
                raise _NotALookup
            seen.add(text[1:])
            return None
        if predicate and (kind, text) == ("word", "a"):
            return _RDF_TYPE
        return self._constant(kind, text)

    def _constant(self, kind: str, text: str) -> ox.NamedNode:
        if kind == "iri":
            return ox.NamedNode(text[1:-1])
        if kind == "pname":
            name, _, local = text.partition(":")
            if name + ":" in self.prefixes:
                return ox.NamedNode(self.prefixes[name + ":"] + local)
        raise _NotALookup

    def _values(self) -> bool:
        """A ``VALUES`` list on one of the pattern's variables, of distinct constants: it can only drop matches."""
        if not self._keyword("VALUES"):
            return False
        if self._take("var")[1:] not in self.variables:
            raise _NotALookup
        self._take("punct", "{")
        rows: set[ox.NamedNode] = set()
        while self._peek() != ("punct", "}") and len(rows) <= _MAX_VALUES:
            value = self._constant(*self._peek())
            if value in rows:
                raise _NotALookup
            self.at += 1
            rows.add(value)
        self._take("punct", "}")
        if len(rows) > _MAX_VALUES:
            raise _NotALookup
        return True

    def _modifiers(self) -> tuple[int | None, int]:
        limit, offset = None, 0
        for _ in range(2):
            if limit is None and self._keyword("LIMIT"):
                limit = int(self._take("int"))
            elif offset == 0 and self._keyword("OFFSET"):
                offset = int(self._take("int"))
        return limit, offset

    def _peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "")

    def _keyword(self, word: str) -> bool:
        kind, text = self._peek()
        if kind == "word" and text.upper() == word:
            self.at += 1
            return True
        return False

    def _take(self, kind: str, text: str | None = None) -> str:
        found = self._peek()
        if found[0] != kind or (text is not None and found[1] != text):
            raise _NotALookup
        self.at += 1
        return found[1]
