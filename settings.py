"""One frozen settings object, built in one place: flag > environment > default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from pathlib import Path

__all__ = ["Settings", "DEFAULT_BASE", "DEFAULT_SERVICE_ALLOW", "ENVIRONMENT", "environment"]

DEFAULT_BASE = "https://w3id.org/innograph/id/"

#: environment variable -> settings field; documented in the README.
ENVIRONMENT = {
    "INNOGRAPH_STORE": "store",
    "INNOGRAPH_BASE": "base",
    "INNOGRAPH_HOST": "host",
    "INNOGRAPH_PORT": "port",
    "INNOGRAPH_CORS_ORIGINS": "cors_origins",
    "INNOGRAPH_SERVICE_ALLOW": "service_allow",
    "INNOGRAPH_PUBLIC_URL": "public_url",
    "INNOGRAPH_WORKERS": "workers",
    "INNOGRAPH_PROCESSES": "processes",
    "INNOGRAPH_QUERY_TIMEOUT": "query_timeout",
    "INNOGRAPH_MAX_ROWS": "max_rows",
    "INNOGRAPH_ENABLE_UPDATE": "enable_update",
    "INNOGRAPH_UPDATE_TOKEN": "update_token",
    "INNOGRAPH_STORE_URL": "store_url",
    "INNOGRAPH_ACCESS_LOG": "access_log",
}

#: SPARQL endpoints a query may call with SERVICE unless configured otherwise.
DEFAULT_SERVICE_ALLOW = ("https://query.wikidata.org/sparql", "https://cordis.europa.eu/datalab/sparql")


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Build with :meth:`Settings.load`.

    >>> Settings.load({"INNOGRAPH_PORT": "9000"}, port=None).port
    9000
    """

    store: Path = Path("innograph-store")
    base: str = DEFAULT_BASE
    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: tuple[str, ...] = ()  # browser origins allowed to query the endpoint; "*" for any
    service_allow: tuple[str, ...] = DEFAULT_SERVICE_ALLOW  # endpoints SERVICE may call; empty: none
    public_url: str = ""  # where clients reach the server (for the dataset description); "" = http://host:port/

    def public_root(self) -> str:
        """The public URL of the server, ending in "/".

        >>> Settings(port=9000).public_root()
        'http://127.0.0.1:9000/'
        """
        url = self.public_url or f"http://{self.host}:{self.port}/"
        return url if url.endswith("/") else url + "/"
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)  # query processes (per server process); 0 = in the server
    processes: int = 1  # server processes sharing the port, each with its own query workers
    query_timeout: float = 30.0  # seconds a /sparql query may run before its worker is stopped
    max_rows: int = 100_000  # solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
    enable_update: bool = False  # accept SPARQL Update and Graph Store writes (with update_token)
    update_token: str | None = None  # bearer token writes must carry
    store_url: str | None = None  # a remote SPARQL 1.1 server (Oxigraph layout) instead of the local store
    access_log: bool = False  # log every request (costs about a tenth of a point query's server time)

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **flags: object) -> "Settings":
        """Defaults, overridden by ``environ``, overridden by flags that are not None."""
        environ = os.environ if environ is None else environ
        types = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {name: environ[variable] for variable, name in ENVIRONMENT.items() if variable in environ}
        values.update({name: value for name, value in flags.items() if value is not None})
        settings = cls(**{name: _coerce(types[name], value) for name, value in values.items()})
        if not settings.base.endswith(("/", "#")):
            settings = replace(settings, base=settings.base + "/")
        return settings


def environment(settings: Settings) -> dict[str, str]:
    """The ``INNOGRAPH_*`` variables that :meth:`Settings.load` turns back into ``settings``.

    >>> settings = Settings(port=9000, cors_origins=("https://a.example",), enable_update=True)
    >>> Settings.load(environment(settings)) == settings
    True
    """
    values = {}
    for variable, name in ENVIRONMENT.items():
        value = getattr(settings, name)
        if value is None:
            continue
        if isinstance(value, tuple):
            value = ",".join(value)
        elif isinstance(value, bool):
            value = "1" if value else "0"
        values[variable] = str(value)
    return values


def _coerce(kind: object, value: object) -> Any:
    if kind in ("tuple[str, ...]",):
        items = value.split(",") if isinstance(value, str) else value
        return tuple(str(item).strip() for item in items if str(item).strip())  # type: ignore[union-attr]
    if kind in ("Path", Path):
        return Path(str(value))
    if kind in ("int", int):
        return int(str(value))
    if kind in ("float", float):
        return float(str(value))
    if kind in ("bool", bool):
        return value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")
    if kind == "str | None":
        return str(value) or None
    return value
