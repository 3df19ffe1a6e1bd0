"""Errors become HTTP statuses in one place.

Like Oxigraph's server: 400 a query that does not parse (the parser's message,
with its line:column), 403 an update or anything else a read-only endpoint
refuses, 401 a write without the right bearer token, 406 no acceptable result
format, 415 a request body type the SPARQL protocol does not define, 503 a store
that is empty or cannot be opened, a query stopped at the timeout, or a server
whose query workers are all busy (each 503 with ``Retry-After``). Anything else
is a fault of ours: 500, logged with its traceback.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

from ..errors import (
    InnographError,
    InputError,
    QuerySyntaxError,
    StoreError,
    UnsupportedFormat,
    NotFound,
    UnsupportedContentType,
    UpdateRefused,
    QueryRefused,
    QueryTimeout,
    Overloaded,
    Unauthorized,
)

__all__ = ["status_for", "headers_for", "error_response", "install_error_handler"]

log = logging.getLogger("innograph.server")


#: most specific class first; the first match wins
_STATUS: tuple[tuple[type[InnographError], int], ...] = (
    (QuerySyntaxError, 400),
    (UnsupportedFormat, 406),
    (NotFound, 404),
    (UnsupportedContentType, 415),
    (InputError, 400),
    (UpdateRefused, 403),
    (QueryRefused, 403),
    (Unauthorized, 401),
    (StoreError, 503),
    (QueryTimeout, 503),
    (Overloaded, 503),
)
#: seconds a client should wait before retrying after a 503
_RETRY_AFTER: tuple[tuple[type[InnographError], str], ...] = ((Overloaded, "1"), (QueryTimeout, "60"), (StoreError, "30"))


def status_for(error: InnographError) -> int:
    """The HTTP status of an innograph error.

    >>> status_for(QuerySyntaxError("error at 1:8: expected WHERE"))
    400
    >>> status_for(StoreError("the store is empty"))
    503
    """
    for kind, status in _STATUS:
        if isinstance(error, kind):
            return status
    return 500


def _respond(request: Request, error: Exception) -> PlainTextResponse:
    assert isinstance(error, InnographError)
    status = status_for(error)
    if status >= 500:
        level = logging.WARNING if status == 503 else logging.ERROR
        log.log(level, "%s %s -> %d: %s", request.method, request.url.path, status, error)
    return PlainTextResponse(f"{error}\n", status_code=status, headers=headers_for(error, status))


def headers_for(error: InnographError, status: int) -> dict[str, str] | None:
    """The headers that go with ``error``'s status: ``WWW-Authenticate`` for 401, ``Retry-After`` for 503."""
    if status == 401:
        return {"WWW-Authenticate": 'Bearer realm="innograph"'}
    if status == 503:
        return {"Retry-After": next((after for kind, after in _RETRY_AFTER if isinstance(error, kind)), "30")}
    return None


def _fault(request: Request, error: Exception) -> PlainTextResponse:
    """Anything not an innograph error is a fault of ours: 500, logged with its traceback."""
    log.error("%s %s -> 500", request.method, request.url.path, exc_info=error)
    return PlainTextResponse("internal server error (logged)\n", status_code=500)


def error_response(request: Request, error: Exception) -> PlainTextResponse:
    """The answer to a request that raised ``error``: its status from :func:`status_for`, or a logged 500."""
    return _respond(request, error) if isinstance(error, InnographError) else _fault(request, error)


def install_error_handler(app: FastAPI) -> None:
    """Route every :class:`InnographError` raised by a handler through :func:`status_for`; log faults."""
    app.add_exception_handler(InnographError, _respond)
    app.add_exception_handler(Exception, _fault)
