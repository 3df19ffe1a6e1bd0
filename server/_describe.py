"""The RDF description of one resource, as ``/data/X`` serves it.

Like a Concise Bounded Description in both directions: every triple with the
resource as subject or as object, plus the triples of the nodes that only make
sense with it (its organisation roles, an evidence node's selectors).
"""

from __future__ import annotations

import pyoxigraph as ox

from ..errors import NotFound
from ..graph import GRAPH_FORMATS, Store
from ._formats import GRAPH_OFFERS, Choice
from ._terms import PREFIXES

__all__ = ["describe", "exists", "serialize", "EXTENSIONS", "format_for_extension"]

#: file extension of /data/X.<ext> -> format name (a key of GRAPH_FORMATS)
EXTENSIONS = {"ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples", "rdf": "rdfxml", "trig": "trig"}

_DESCRIBE = PREFIXES + """CONSTRUCT { ?r ?p ?o . ?s ?q ?r . ?n ?np ?no } WHERE {
  VALUES ?r { <%s> }
  { ?r ?p ?o }
  UNION { ?s ?q ?r }
  UNION { ?r ?link ?n . VALUES ?link { ig:hasRole oa:hasSelector } ?n ?np ?no }
  UNION { ?n ig:heldBy ?r . ?n ?np ?no }
}"""


def exists(store: Store, iri: str) -> bool:
    """True when some triple has ``iri`` as subject or object (False for a string that is no IRI)."""
    try:
        _check_iri(iri)
    except NotFound:
        return False
    result = store.query(f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}")
    assert isinstance(result, ox.QueryBoolean)
    return bool(result)


def describe(store: Store, iri: str) -> list[ox.Triple]:
    """The description of ``iri``, sorted; raises :class:`NotFound` when the store says nothing about it."""
    _check_iri(iri)
    result = store.query(_DESCRIBE % iri)
    assert isinstance(result, ox.QueryTriples)
    # the resource's own statements first, then the ones about it, then its roles and selectors
    node = ox.NamedNode(iri)
    triples = sorted(set(result), key=lambda t: (t.subject != node, t.object != node, str(t)))
    if not triples:
        raise NotFound(f"nothing is known about <{iri}>")
    return triples


def _check_iri(iri: str) -> None:
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise NotFound(f"{iri!r} is not an IRI this server knows: {exc}") from exc
    if any(c in iri for c in "<>\"{}|^`\\ "):
        raise NotFound(f"{iri!r} is not an IRI this server knows")


def serialize(triples: list[ox.Triple], name: str, prefixes: dict[str, str]) -> bytes:
    """The triples in the format called ``name`` (turtle, jsonld, ntriples, rdfxml)."""
    fmt = GRAPH_FORMATS[name]
    used = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples, format=fmt, prefixes=used) or b""


def format_for_extension(extension: str) -> Choice:
    """The format of ``/data/X.<extension>``; raises :class:`NotFound` for an unknown extension."""
    name = EXTENSIONS.get(extension.lower())
    if name is None:
        known = ", ".join(f".{e}" for e in EXTENSIONS)
        raise NotFound(f"no data format has the extension .{extension}; use one of {known}")
    return next(offer for offer in GRAPH_OFFERS if offer.name == name)
