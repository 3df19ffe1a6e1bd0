"""Dereferenceable IRIs, the 303 way (W3C "Cool URIs for the Semantic Web", section 4.3).

The resource ``<base>X`` is served at ``/id/X``, which answers ``303 See Other``:
to ``/page/X`` (HTML) for browsers, to ``/data/X.ttl`` (``.jsonld``, ``.nt``, ``.rdf``)
for RDF clients, chosen by ``Accept``. ``/data/X.<ext>`` is the description in
that format; ``/data/X`` chooses by ``Accept``. An unknown IRI is a 404 with a
page that suggests entities of similar name.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import NotFound, UnsupportedFormat
from ._describe import EXTENSIONS, describe, exists, format_for_extension, serialize
from ._documents import document_view
from ._entities import entity_view
from ._formats import GRAPH_OFFERS, Choice
from ._negotiation import choose
from ._search import search_hits
from ._templating import render, root_of
from ._terms import Namer

__all__ = ["router", "Alternate", "alternates"]

router = APIRouter()
HTML = "text/html"
_EXTENSION_OF = {name: extension for extension, name in EXTENSIONS.items()}
_TITLES = {"turtle": "Turtle", "jsonld": "JSON-LD", "ntriples": "N-Triples", "rdfxml": "RDF/XML", "trig": "TriG"}


@dataclass(frozen=True)
class Alternate:
    media_type: str
    href: str
    title: str
    extension: str


def alternates(root: str, path: str) -> tuple[Alternate, ...]:
    """The data documents of the resource at ``path``, one per format."""
    return tuple(Alternate(o.media_type, f"{root}/data/{quote(path)}.{_EXTENSION_OF[o.name]}", _TITLES[o.name],
                           _EXTENSION_OF[o.name]) for o in GRAPH_OFFERS)


def _iri(request: Request, path: str) -> str:
    return request.app.state.settings.base + path


def _known(request: Request, path: str) -> str:
    """The IRI of ``path``; raises :class:`NotFound` when the store holds nothing about it."""
    iri = _iri(request, path)
    if not path or not exists(request.app.state.store, iri):
        raise NotFound(f"nothing is known about <{iri}>")
    return iri


@router.head("/id/{path:path}", include_in_schema=False)
@router.get("/id/{path:path}", status_code=303,
            summary="An entity IRI: 303 See Other to its page or data")
def identify(request: Request, path: str) -> Response:
    accept = request.headers.get("accept")
    try:
        _known(request, path)
    except NotFound:
        return not_found(request, path)
    media_type = choose(accept, [HTML, *(o.media_type for o in GRAPH_OFFERS)])
    if media_type is None:
        offered = ", ".join([HTML, *(o.media_type for o in GRAPH_OFFERS)])
        iri = _iri(request, path)
        raise UnsupportedFormat(f"no acceptable format for Accept: {accept}; <{iri}> is available as {offered}")
    root = root_of(request)
    if media_type == HTML:
        target = f"{root}/page/{quote(path)}"
    else:
        target = next(a.href for a in alternates(root, path) if a.media_type == media_type)
    return RedirectResponse(target, status_code=303, headers={"Vary": "Accept"})


@router.head("/data/{path:path}", include_in_schema=False)
@router.get("/data/{path:path}",
            summary="The RDF description of an entity (format by extension or Accept)")
def data(request: Request, path: str) -> Response:
    stem, dot, extension = path.rpartition(".")
    negotiated = not (dot and "/" not in extension and extension.lower() in EXTENSIONS)
    path = path if negotiated else stem
    iri = _known(request, path)
    choice = _negotiate(request.headers.get("accept"), path) if negotiated else format_for_extension(extension)
    headers = {"Vary": "Accept"} if negotiated else {}
    triples = describe(request.app.state.store, iri)
    body = serialize(triples, choice.name, request.app.state.prefixes)
    return Response(body, media_type=choice.media_type, headers=headers)


def _negotiate(accept: str | None, path: str) -> Choice:
    media_type = choose(accept, [o.media_type for o in GRAPH_OFFERS])
    if media_type is None:
        offered = ", ".join(o.media_type for o in GRAPH_OFFERS)
        raise UnsupportedFormat(f"no acceptable format for Accept: {accept}; /data/{path} is available as {offered}")
    return next(o for o in GRAPH_OFFERS if o.media_type == media_type)


@router.head("/page/{path:path}", include_in_schema=False)
@router.get("/page/{path:path}", response_class=HTMLResponse,
            summary="The HTML page of an entity or document")
def page(request: Request, path: str) -> HTMLResponse:
    try:
        iri = _known(request, path)
    except NotFound:
        return not_found(request, path)
    store, root = request.app.state.store, root_of(request)
    namer = Namer(store, request.app.state.settings.base, root)
    shown = alternates(root, path)
    if path.startswith("document/"):
        return render(request, "ld-document.html", document=document_view(store, namer, iri), iri=iri, alternates=shown)
    return render(request, "ld-entity.html", entity=entity_view(store, namer, iri), iri=iri, alternates=shown)


def not_found(request: Request, path: str) -> HTMLResponse:
    """404: the IRI, and entities whose names are like the words of its last segment."""
    words = path.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
    suggestions = search_hits(request, words, 8) if words.strip() and not request.app.state.store.is_empty() else []
    return render(request, "ld-not-found.html", status_code=404, iri=_iri(request, path), words=words,
                  suggestions=suggestions)
