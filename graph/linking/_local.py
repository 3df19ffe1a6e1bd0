"""innograph's own organisations and projects, read from the store, as entries to link."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from ...ontology import IG
from .._store import Store
from ._model import Entry
from ._text import fold

__all__ = ["local_entries"]

_QUERY = """
PREFIX ig: <%(ig)s>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?field ?value WHERE {
  ?e a ig:%(cls)s .
  {
    ?e skos:prefLabel ?value . BIND("name" AS ?field)
  } UNION { ?e ig:title ?value . BIND("name" AS ?field)
  } UNION { ?e skos:altLabel ?value . BIND("alt" AS ?field)
  } UNION { ?e ig:acronym ?value . BIND("acronym" AS ?field)
  } UNION { ?e ig:identifier ?value . BIND("identifier" AS ?field)
  } UNION { ?e ig:country ?value . BIND("country" AS ?field)
  } UNION { ?e ig:city ?value . BIND("city" AS ?field) }
}
"""


def local_entries(store: Store, kinds: tuple[str, ...] = ("organisation", "project")) -> list[Entry]:
    """Every ig:Organisation and ig:Project in the store with its names, acronyms, identifiers, country, city."""
    entries = []
    for kind in kinds:
        fields: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        result = store.query(_QUERY % {"ig": IG, "cls": kind.capitalize()})
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            values = fields[row["e"].value][row["field"].value]
            if row["value"].value not in values:
                values.append(row["value"].value)
        entries += [_entry(iri, kind, found) for iri, found in sorted(fields.items())]
    return entries


def _entry(iri: str, kind: str, found: dict[str, Any]) -> Entry:
    countries = [c.rsplit("/", 1)[-1] for c in found["country"]]
    return Entry(
        iri=iri,
        kind=kind,
        names=tuple(sorted(found["name"]) + sorted(found["alt"])),
        acronyms=tuple(sorted(found["acronym"])),
        country=countries[0] if len(countries) == 1 else None,
        city=fold(found["city"][0]) if len(found["city"]) == 1 else None,
        identifiers=tuple(sorted(found["identifier"])),
    )
