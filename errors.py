"""Every error innograph raises on purpose, in one hierarchy.

Library code raises these and never prints or exits. The CLI turns them into
messages and exit codes in one place (``innograph.cli``); the server turns them
into HTTP statuses in one place (``innograph.server``).
"""

from __future__ import annotations

__all__ = [
    "InnographError",
    "InputError",
    "DocumentError",
    "QuerySyntaxError",
    "UnsupportedFormat",
    "NotFound",
    "StoreError",
    "UpdateRefused",
    "QueryRefused",
    "UnsupportedContentType",
    "QueryTimeout",
    "Overloaded",
    "Unauthorized",
    "RemoteStoreError",
]


class InnographError(Exception):
    """Base class: ``str(error)`` is a complete sentence for a person."""

    exit_code = 2


class InputError(InnographError):
    """The user gave something unusable: a missing path, an unknown option value."""


class DocumentError(InputError):
    """One document cannot be read (binary, empty, undecodable, too large).

    The build reports it and goes on with the other documents.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class QuerySyntaxError(InputError):
    """A SPARQL query that does not parse; the message is the parser's."""


class NotFound(InputError):
    """A graph or resource the store does not hold."""


class UnsupportedFormat(InputError):
    """An export or result format that innograph cannot write."""


class UnsupportedContentType(InputError):
    """A request body whose media type the SPARQL protocol does not define."""


class UpdateRefused(InnographError):
    """A SPARQL Update or write sent to a read-only endpoint."""


class QueryRefused(InnographError):
    """A query the endpoint will not run, e.g. SERVICE to an endpoint not allowed."""


class StoreError(InnographError):
    """The store cannot be opened or read (empty, locked, corrupt)."""


class RemoteStoreError(StoreError):
    """A remote SPARQL store did not answer, or answered with a fault of its own."""


class QueryTimeout(InnographError):
    """A query ran longer than the configured timeout and was stopped."""


class Overloaded(InnographError):
    """Every query worker is busy and the wait queue is full: try again later."""


class Unauthorized(InnographError):
    """A write without the right bearer token (the endpoint accepts updates only with it)."""
