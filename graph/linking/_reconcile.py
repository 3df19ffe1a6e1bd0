"""Linking through a W3C Reconciliation Service (the protocol of OpenRefine and Wikidata's service).

GET on the service URL gives its manifest (``identifierSpace`` turns candidate ids
into IRIs); POST ``queries={"q0": {"query": name, "type": T, "limit": n,
"properties": [{"pid": "P17", "v": country}]}, ...}`` gives candidates with
``id``, ``name``, ``score``, ``match`` and ``type``. innograph sends its
organisations in batches, keeps every answer in an on-disk cache (the same query
is never sent twice) and scores the candidates with the same scorer and
thresholds as dataset linking: the service's own score and ``match`` flag are
recorded but do not decide. A country constraint the service was given counts
as country agreement of the candidates it returned.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...errors import InputError
from .._countries import country_ids
from .._store import Store
from ._local import local_entries
from ._match import decide
from ._model import THRESHOLDS, Decision, Entry, Thresholds

__all__ = ["reconcile", "ReconciliationClient"]

_BATCH = 10


class ReconciliationClient:
    """A W3C Reconciliation Service at ``url``, its answers cached in ``cache`` (a folder)."""

    def __init__(self, url: str, cache: Path, timeout: float = 30.0) -> None:
        self.url, self.cache, self.timeout = url, cache, timeout
        self.sent = 0  # queries sent over the network (not answered from the cache)

    def manifest(self) -> dict[str, Any]:
        return self._cached({"manifest": self.url}, lambda: self._request(None))

    def query(self, queries: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
        """Candidates for each query, in order; uncached queries are sent in batches."""
        keys = [self._key(q) for q in queries]
        missing = [i for i, key in enumerate(keys) if not (self.cache / key).exists()]
        for start in range(0, len(missing), _BATCH):
            batch = missing[start : start + _BATCH]
            answer = self._request({f"q{n}": queries[i] for n, i in enumerate(batch)})
            for n, i in enumerate(batch):
                self._store(keys[i], answer.get(f"q{n}", {}).get("result", []))
            self.sent += len(batch)
        return [json.loads((self.cache / key).read_text(encoding="utf-8")) for key in keys]

    def _key(self, query: dict[str, Any]) -> str:
        text = json.dumps({"url": self.url, "query": query}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest() + ".json"

    def _cached(self, query: dict[str, Any], fetch: Any) -> Any:
        path = self.cache / self._key(query)
        if not path.exists():
            self._store(path.name, fetch())
        return json.loads(path.read_text(encoding="utf-8"))

    def _store(self, key: str, value: Any) -> None:
        self.cache.mkdir(parents=True, exist_ok=True)
        tmp = self.cache / f".{key}.tmp"
        tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.cache / key)

    def _request(self, queries: dict[str, Any] | None) -> dict[str, Any]:
        data = None if queries is None else urllib.parse.urlencode({"queries": json.dumps(queries)}).encode()
        request = urllib.request.Request(self.url, data=data, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (URL given by the user)
                return json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise InputError(f"reconciliation service {self.url} did not answer: {exc}") from exc


def _query(entry: Entry, kind_type: str, country_property: str) -> tuple[dict[str, Any], bool]:
    query: dict[str, Any] = {"query": entry.label, "type": kind_type, "limit": 5}
    wikidata = country_ids().get(entry.country or "", ("", ""))[0]
    if wikidata and country_property:
        query["properties"] = [{"pid": country_property, "v": wikidata}]
    return query, "properties" in query


def _candidates(entry: Entry, results: list[dict[str, Any]], space: str, constrained: bool) -> list[Entry]:
    return [
        Entry(iri=space + str(r["id"]), kind=entry.kind, names=(str(r.get("name", "")),),
              country=entry.country if constrained else None)
        for r in results if r.get("id") and r.get("name")
    ]


def reconcile(
    store: Store,
    url: str,
    cache: Path,
    *,
    kind_type: str = "Q43229",
    country_property: str = "P17",
    thresholds: Thresholds = THRESHOLDS,
) -> tuple[list[Decision], str, int, float]:
    """Decisions for the store's organisations against the service at ``url``.

    Returns the decisions, the service's identifier space, the queries sent (not cached) and the seconds taken.
    """
    clock = time.perf_counter()
    client = ReconciliationClient(url, cache)
    space = str(client.manifest().get("identifierSpace") or url.rstrip("/") + "/")
    local = local_entries(store, ("organisation",))
    built = [_query(entry, kind_type, country_property) for entry in local]
    answers = client.query([q for q, _ in built])
    decisions = [
        decide(entry, _candidates(entry, results, space, constrained), thresholds)
        for entry, (_, constrained), results in zip(local, built, answers)
    ]
    return decisions, space, client.sent, time.perf_counter() - clock


def started_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
