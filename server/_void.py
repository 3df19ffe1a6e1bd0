"""``/.well-known/void``: the dataset's VoID + DCAT description (RFC 8615 well-known location, VoID §6.2).

It is the named graph ``<base>void`` the build wrote (so what SPARQL sees is what is
served), plus the build time, with the endpoint and dump URLs moved to this server's
public URL (``INNOGRAPH_PUBLIC_URL``) should the build have been given another. A store
built without it gets a description counted on first request, once per generation.
Turtle by default; JSON-LD, N-Triples, RDF/XML by ``Accept`` or ``format=``.
"""

from __future__ import annotations

import datetime as dt
import threading

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request, Response

from ..graph import Store, count_dataset, dataset_iri, modified_literal, void_graph, void_graph_iri
from ..settings import Settings
from ._describe import serialize
from ._formats import choose_format

DCTERMS = "http://purl.org/dc/terms/"
VOID_ENDPOINT = ox.NamedNode("http://rdfs.org/ns/void#sparqlEndpoint")

__all__ = ["router", "Descriptions"]

router = APIRouter()


def _modified(generation: str) -> dt.datetime:
    """The time a generation was built, from its name (``20261121T050102-3f2a``)."""
    try:
        return dt.datetime.strptime(generation[:15], "%Y%m%dT%H%M%S").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return dt.datetime.now(dt.timezone.utc)


class Descriptions:
    """The description of a store built without one, counted once per generation, as N-Triples."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store, self.settings = store, settings
        self._lock = threading.Lock()
        self._made: tuple[str, str] | None = None

    def ntriples(self) -> str:
        generation = self.store.current_generation() or ""
        with self._lock:
            if self._made is None or self._made[0] != generation:
                base = self.settings.base
                counts = count_dataset(self.store.query, base)
                graph = void_graph(counts, base, self.settings.public_root(), _modified(generation))
                self._made = (generation, graph.serialize(format="nt"))
            return self._made[1]


_FORMAT = Query(None, description="turtle, jsonld, ntriples, rdfxml (else by Accept; Turtle by default)")


@router.get("/.well-known/void", summary="VoID and DCAT description of the dataset")
def void(request: Request, format: str | None = _FORMAT) -> Response:
    choice = choose_format(True, format, request.headers.get("accept"))
    prefixes = {**request.app.state.prefixes, "void": "http://rdfs.org/ns/void#", "dcat": "http://www.w3.org/ns/dcat#"}
    body = serialize(_triples(request), choice.name, prefixes)
    return Response(body, media_type=choice.media_type, headers={"Vary": "Accept"})


def _modified_triple(request: Request, generation: str) -> ox.Triple:
    """The build time, which the stored description leaves out (builds stay byte-identical)."""
    literal = modified_literal(_modified(generation))
    return ox.Triple(ox.NamedNode(dataset_iri(request.app.state.settings.base)), ox.NamedNode(f"{DCTERMS}modified"),
                     ox.Literal(str(literal), datatype=ox.NamedNode(str(literal.datatype))))


def _triples(request: Request) -> list[ox.Triple]:
    """The stored description (with this server's URLs and the build time), else one counted now."""
    store: Store = request.app.state.store
    settings: Settings = request.app.state.settings
    graph = ox.NamedNode(void_graph_iri(settings.base))
    if store.handle().contains_named_graph(graph):
        stored = [q.triple for q in store.handle().quads_for_pattern(None, None, None, graph)]
        built = _modified_triple(request, store.current_generation() or "")
        triples = [*_rebased(stored, settings.public_root()), built]
    else:
        triples = list(ox.parse(request.app.state.descriptions.ntriples(), format=ox.RdfFormat.N_TRIPLES))
    dataset = ox.NamedNode(dataset_iri(settings.base))
    return sorted(triples, key=lambda t: (t.subject != dataset, str(t)))


def _rebased(triples: list[ox.Triple], public_root: str) -> list[ox.Triple]:
    """The endpoint and dump URLs moved to ``public_root`` when the build was told another public URL."""
    endpoint = next((t.object.value for t in triples
                     if t.predicate == VOID_ENDPOINT and isinstance(t.object, ox.NamedNode)), None)
    old = endpoint[: -len("sparql")] if endpoint and endpoint.endswith("sparql") else public_root
    if old == public_root:
        return triples
    move = lambda term: ox.NamedNode(public_root + term.value[len(old):]) if (  # noqa: E731
        isinstance(term, ox.NamedNode) and term.value.startswith(old)) else term
    return [ox.Triple(t.subject, t.predicate, move(t.object)) for t in triples]
