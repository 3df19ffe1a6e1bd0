"""JSON for the home page's pictures: ``/api/network``, ``/api/timeline``, ``/api/countries``.

Each answer is computed once per store generation. An empty store gives empty lists (the page
says there is nothing to draw); an unreadable one is a 503 like every other store fault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ..graph import Store
from ._pictures import countries, network
from ._timeline import timeline

__all__ = ["router", "PictureData"]

router = APIRouter(prefix="/api", tags=["pictures"])

Payload = dict[str, object]
_EMPTY: dict[str, Payload] = {
    "network": {"nodes": [], "edges": [], "truncated": False},
    "timeline": {"projects": []},
    "countries": {"countries": []},
}


class PictureData:
    """The pictures' JSON for the current store generation, recomputed only after a rebuild."""

    def __init__(self, store: Store, base: str) -> None:
        self.store = store
        self._makers: dict[str, Callable[[], Payload]] = {
            "network": lambda: network(store, base),
            "timeline": lambda: timeline(store, base),
            "countries": lambda: countries(store),
        }
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._cache: dict[str, Payload] = {}

    def get(self, name: str) -> Payload:
        generation = self.store.current_generation()
        if generation is None:
            return _EMPTY[name]
        with self._lock:
            if generation != self._generation:
                self._cache, self._generation = {}, generation
            if name not in self._cache:
                self._cache[name] = {"generation": generation, **self._makers[name]()}
            return self._cache[name]


def _answer(request: Request, name: str) -> JSONResponse:
    data: PictureData = request.app.state.pictures
    return JSONResponse(data.get(name))


@router.get("/network", summary="Projects, organisations and programmes as a graph")
def network_json(request: Request) -> JSONResponse:
    """``nodes`` (id = IRI, type, label, path of its page) and ``edges`` (source, target, relation:
    fundedBy, coordinator, participant, associatedPartner, partOf); ``truncated`` if edges were left out."""
    return _answer(request, "network")


@router.get("/timeline", summary="When each project ran")
def timeline_json(request: Request) -> JSONResponse:
    """``projects`` with a start date, earliest first: id, label, path, from, to (ISO dates), open (no end known)."""
    return _answer(request, "timeline")


@router.get("/countries", summary="Organisations per country")
def countries_json(request: Request) -> JSONResponse:
    """``countries``: country IRI, code (ISO 3166 alpha-3), English label and the number of organisations."""
    return _answer(request, "countries")
