"""Federated queries only to allowed endpoints: a public endpoint must not fetch URLs its users name.

pyoxigraph evaluates ``SERVICE <url> { ... }`` itself, by calling ``url`` over
HTTP from the server, and its Python API has no switch to limit where it goes.
So the endpoint reads the query's ``SERVICE`` clauses first and refuses (403)
any whose endpoint is not on the allow-list (``Settings.service_allow``,
``INNOGRAPH_SERVICE_ALLOW``): an endpoint given as a variable or a prefixed name
is refused too, since only a full IRI can be checked before the query runs.
The query is tokenised just enough to skip strings and comments, where the
word may appear harmlessly, and prefixed names and variables such as
``ex:service`` or ``?service`` (:func:`innograph.graph.sparql_tokens`).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import QueryRefused
from ..graph import sparql_tokens, sparql_words

__all__ = ["refuse_federation", "service_endpoints", "uses_service", "query_form"]

def query_form(query: str) -> str | None:
    r"""SELECT, ASK, CONSTRUCT or DESCRIBE: the first of these keywords in ``query``.

    >>> query_form("# title: a CONSTRUCT example\nPREFIX ex: <http://e/>\nSELECT * { ?s ?p ?o }")
    'SELECT'
    """
    return next((w for w in sparql_words(query) if w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)


def uses_service(query: str) -> bool:
    """True when ``query`` contains the SPARQL keyword ``SERVICE``.

    >>> uses_service("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service { ?service ex:service "SERVICE" } # SERVICE')
    False
    """
    return "SERVICE" in sparql_words(query)


def service_endpoints(query: str) -> list[str]:
    """The endpoint named by each ``SERVICE`` clause: an IRI, or the token found instead.

    >>> service_endpoints("SELECT * { SERVICE SILENT <https://q.example/sparql> { ?s ?p ?o } SERVICE ?e { } }")
    ['https://q.example/sparql', '?e']
    """
    tokens = sparql_tokens(query)
    found = []
    for i, token in enumerate(tokens):
        if token.upper() != "SERVICE":
            continue
        rest = tokens[i + 1 : i + 3]
        silent = rest[:1] and rest[0].upper() == "SILENT"
        target = (rest[1] if len(rest) > 1 else "") if silent else (rest[0] if rest else "")
        found.append(target[1:-1] if target.startswith("<") else target)
    return found


def refuse_federation(query: str, allow: Iterable[str] = ()) -> None:
    """Raise :class:`QueryRefused` (403) for a ``SERVICE`` to an endpoint not in ``allow``."""
    if "SERVICE" not in query.upper():  # the common case, without tokenising
        return
    allowed = {a.strip() for a in allow if a.strip()}
    for endpoint in service_endpoints(query):
        if endpoint in allowed:
            continue
        if not allowed:
            raise QueryRefused(f"SERVICE <{endpoint}> refused: federated queries are disabled on this endpoint")
        if not endpoint.startswith(("http://", "https://")):
            raise QueryRefused(f"SERVICE {endpoint or '(nothing)'} refused: name the endpoint with a full IRI, "
                               f"one of: {', '.join(sorted(allowed))}")
        raise QueryRefused(f"SERVICE <{endpoint}> refused: this endpoint only calls {', '.join(sorted(allowed))} "
                           "(setting service_allow, INNOGRAPH_SERVICE_ALLOW)")
