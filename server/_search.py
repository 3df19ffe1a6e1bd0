"""``/search?q=``: entities by name, as an HTML page or JSON (``Accept: application/json`` or ``format=json``).

The index is read from the store (labels via SPARQL) once per store generation.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import asdict, dataclass

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from markupsafe import Markup, escape

from ..errors import UnsupportedFormat
from ..graph import Store
from ._negotiation import choose
from ._search_index import Entry, Hit, SearchIndex, fold, locate
from ._templating import render, root_of
from ._terms import NS, Namer, local_name, rows

__all__ = ["router", "SearchIndexes", "search_hits"]

router = APIRouter()
#: the classes an entity can be found as, in the order they are listed
ENTITY_CLASSES = ("Project", "Organisation", "Programme", "Event", "Person")
_ENTRIES = """SELECT ?e ?type ?name ?note WHERE {
  VALUES ?top { %s } ?e a ?top ; a ?type .
  { ?e skos:prefLabel|skos:altLabel|rdfs:label|ig:acronym ?name }
  UNION { ?e ig:title|ig:description|rdfs:comment ?note }
}"""


def _entries(store: Store, base: str) -> list[Entry]:
    tops = " ".join(f"ig:{name}" for name in ENTITY_CLASSES)
    types: dict[str, set[str]] = defaultdict(set)
    names: dict[str, list[str]] = defaultdict(list)
    notes: dict[str, str] = {}
    for row in rows(store, _ENTRIES % tops):
        iri = row["e"].value
        types[iri].add(row["type"].value)
        if "name" in row:
            names[iri].append(row["name"].value)
        elif "note" in row and len(row["note"].value) > len(notes.get(iri, "")):
            notes[iri] = row["note"].value
    namer = Namer(store, base, "")
    namer.learn(types)
    return [Entry(iri, namer.label(iri), _specific_first(types[iri]), tuple(sorted(names[iri])), notes.get(iri, ""))
            for iri in sorted(types)]


def _specific_first(types: set[str]) -> tuple[str, ...]:
    tops = {NS["ig"] + name for name in ENTITY_CLASSES}
    return tuple(sorted(types, key=lambda t: (t in tops, t)))


class SearchIndexes:
    """The search index of the store's current generation, built on first use."""

    def __init__(self, store: Store, base: str) -> None:
        self.store, self.base = store, base
        self._lock = threading.Lock()
        self._built: tuple[str, SearchIndex] | None = None

    def current(self) -> SearchIndex:
        generation = self.store.current_generation() or ""
        with self._lock:
            if self._built is None or self._built[0] != generation:
                entries = _entries(self.store, self.base) if generation else []
                self._built = (generation, SearchIndex(entries))
            return self._built[1]


@dataclass(frozen=True)
class Result:
    iri: str
    label: str
    page: str
    types: tuple[str, ...]  # class labels, most specific first
    match: str
    matched: str
    score: float
    snippet: str


def search_hits(request: Request, q: str, limit: int) -> list[Result]:
    """The ranked results of ``q`` with page links and type labels."""
    hits = request.app.state.search.current().search(q, limit)
    namer = Namer(request.app.state.store, request.app.state.settings.base, root_of(request))
    namer.learn(t for hit in hits for t in hit.entry.types)
    return [_result(hit, namer) for hit in hits]


def _result(hit: Hit, namer: Namer) -> Result:
    entry = hit.entry
    types = tuple(namer.labels.get(t, local_name(t)) for t in entry.types)
    snippet = hit.matched if fold(hit.matched) != fold(entry.label) else ""
    if entry.note and entry.note != snippet:
        snippet = f"{snippet} — {entry.note}" if snippet else entry.note
    snippet = snippet if len(snippet) <= 200 else snippet[:199].rstrip() + "…"
    return Result(entry.iri, entry.label, namer.href(entry.iri), types, hit.match, hit.matched,
                  round(hit.score, 1), snippet)


def highlight(text: str, query: str) -> Markup:
    """``text`` escaped, with the first accent- and case-insensitive occurrence of ``query`` in <mark>."""
    where = locate(text, query)
    if where is None:
        return escape(text)
    start, end = where
    return escape(text[:start]) + Markup("<mark>") + escape(text[start:end]) + Markup("</mark>") + escape(text[end:])


_QUERY = Query("", description="words of a name, in any language; accents and case do not matter")
_FORMAT = Query(None, description="json for JSON (also chosen by Accept: application/json)")
_LIMIT = Query(20, ge=1, le=200, description="at most this many results")


@router.get("/search", summary="Find entities by name")
def search(request: Request, q: str = _QUERY, format: str | None = _FORMAT, limit: int = _LIMIT) -> Response:
    results = search_hits(request, q, limit)
    if _wants_json(format, request.headers.get("accept")):
        return JSONResponse({"query": q, "results": [asdict(r) for r in results]})
    return render(request, "ld-search.html", query=q, results=results, highlight=highlight)


def _wants_json(format: str | None, accept: str | None) -> bool:
    if format:
        if format.lower() not in ("json", "html"):
            raise UnsupportedFormat(f"format={format!r} is not available for search; use json or html")
        return format.lower() == "json"
    return choose(accept, ["text/html", "application/json"]) == "application/json"
