"""Which result format to answer in: the ``format`` parameter, else ``Accept``.

The formats themselves (names, pyoxigraph formats, serialization) are the graph
layer's (:data:`innograph.graph.RESULT_FORMATS` / :data:`GRAPH_FORMATS`); this
module adds their media types and picks one per request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import UnsupportedFormat
from ..graph import GRAPH_FORMATS, RESULT_FORMATS, QueryResult
from ._negotiation import base_type, choose

__all__ = ["Choice", "RESULT_OFFERS", "GRAPH_OFFERS", "DATASET_OFFERS", "choose_format", "choose_dataset_format", "is_graph"]


@dataclass(frozen=True)
class Choice:
    name: str  # a key of RESULT_FORMATS or GRAPH_FORMATS
    media_type: str  # without parameters


def _offers(table: dict[str, ox.QueryResultsFormat] | dict[str, ox.RdfFormat]) -> tuple[Choice, ...]:
    return tuple(Choice(name, base_type(fmt.media_type)) for name, fmt in table.items())


#: in order of preference: the first one is the default for ``*/*``
RESULT_OFFERS = (*_offers(RESULT_FORMATS), Choice("json", "application/json"))
GRAPH_OFFERS = _offers(GRAPH_FORMATS)
#: a whole dataset (named graphs kept), as :func:`innograph.graph.export` writes it
DATASET_OFFERS = (Choice("trig", "application/trig"), Choice("nquads", "application/n-quads"),
                  Choice("jsonld", "application/ld+json"))


def is_graph(result: QueryResult | list[ox.Triple]) -> bool:
    """True for CONSTRUCT/DESCRIBE results (triples; a list of them from a remote store), False for SELECT/ASK."""
    return isinstance(result, (ox.QueryTriples, list))


def _from_parameter(value: str, offers: Sequence[Choice], graph: bool) -> Choice:
    wanted = value.strip().lower()
    for offer in offers:
        if wanted in (offer.name, offer.media_type):
            return offer
    names = ", ".join(dict.fromkeys(o.name for o in offers))
    query_forms = "CONSTRUCT or DESCRIBE" if graph else "SELECT or ASK"
    raise UnsupportedFormat(f"format={value!r} is not available for a {query_forms} query; use one of: {names}")


def choose_format(graph: bool, format_parameter: str | None, accept: str | None) -> Choice:
    """The format to write a graph (or a solutions/boolean) result in.

    A ``format`` parameter (a name such as ``csv`` or a media type) wins over
    ``Accept``. Raises :class:`UnsupportedFormat` (406) when nothing fits.

    >>> choose_format(False, None, "text/csv;q=0.9, */*;q=0.1")
    Choice(name='csv', media_type='text/csv')
    """
    offers = GRAPH_OFFERS if graph else RESULT_OFFERS
    if format_parameter:
        return _from_parameter(format_parameter, offers, graph)
    media_type = choose(accept, [o.media_type for o in offers])
    if media_type is None:
        available = ", ".join(o.media_type for o in offers)
        raise UnsupportedFormat(f"no acceptable format for Accept: {accept}; this result is available as {available}")
    return next(o for o in offers if o.media_type == media_type)


def choose_dataset_format(format_parameter: str | None, accept: str | None) -> Choice:
    """The format to write a whole dataset in (TriG by default).

    >>> choose_dataset_format(None, "application/n-quads")
    Choice(name='nquads', media_type='application/n-quads')
    """
    if format_parameter:
        wanted = format_parameter.strip().lower()
        for offer in DATASET_OFFERS:
            if wanted in (offer.name, offer.media_type):
                return offer
        raise UnsupportedFormat(f"format={format_parameter!r} is not available for a dataset; use trig, nquads or jsonld")
    media_type = choose(accept, [o.media_type for o in DATASET_OFFERS])
    if media_type is None:
        raise UnsupportedFormat(f"no acceptable format for Accept: {accept}; the dataset is available as "
                                + ", ".join(o.media_type for o in DATASET_OFFERS))
    return next(o for o in DATASET_OFFERS if o.media_type == media_type)
