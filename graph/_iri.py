"""Stable, readable IRIs.

Every IRI is a pure function of its input, so the same corpus gives the same
IRIs on every build. Paths are chosen so that each kind of resource has its
own prefix and every local name is a valid Turtle prefixed name
(``organisation:nordjylland-region``, ``evidence:3f2a9c0d1e4b5a6f``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["slugify", "Minter", "output_prefixes", "EU_COUNTRY", "EU_CURRENCY", "EU_LANGUAGE"]

EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/"
EU_CURRENCY = "http://publications.europa.eu/resource/authority/currency/"
EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Letters that do not decompose into ASCII under NFKD.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ı": "i", "œ": "oe"})


def slugify(text: str, *, limit: int = 80) -> str:
    """ASCII, lowercase, hyphen-separated; accents folded.

    >>> slugify("Lietuvos inovacijų centras")
    'lietuvos-inovaciju-centras'
    >>> slugify("Łódź University of Technology")
    'lodz-university-of-technology'
    >>> slugify("+++")
    'x'
    """
    folded = unicodedata.normalize("NFKD", text.lower().translate(_EXTRA))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")[:limit].rstrip("-")
    return slug or "x"


def digest(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of the parts (for evidence nodes)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


class Minter:
    """Makes the IRIs of one build under a base IRI.

    >>> m = Minter("https://example.org/id/")
    >>> m.entity("organisation/nordjylland-region")
    'https://example.org/id/organisation/nordjylland-region'
    >>> m.role("project/haeppi", "organisation/nordjylland-region")
    'https://example.org/id/role/haeppi--nordjylland-region'
    """

    def __init__(self, base: str) -> None:
        self.base = base

    def entity(self, ident: str) -> str:
        return self.base + ident

    def document(self, ident: str) -> str:
        return f"{self.base}document/{ident}"

    def role(self, project_ident: str, organisation_ident: str) -> str:
        project = project_ident.split("/", 1)[-1]
        organisation = organisation_ident.split("/", 1)[-1]
        return f"{self.base}role/{project}--{organisation}"

    def evidence(self, *parts: object) -> str:
        return f"{self.base}evidence/{digest(*parts)}"

    def prefixes(self) -> dict[str, str]:
        """Prefixes for the kinds of resource under the base."""
        kinds = ("project", "organisation", "programme", "event", "person", "document", "role", "evidence")
        return {kind: f"{self.base}{kind}/" for kind in kinds}


#: Prefixes of the common vocabularies the graph uses (written RDF, tables, the pages' queries).
COMMON_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "country": EU_COUNTRY,
}


def output_prefixes(base: str, ontology: str) -> dict[str, str]:
    """Prefixes for written RDF and tables: the ontology (``ig``), common vocabularies, the kinds under ``base``."""
    return {"ig": ontology, **COMMON_PREFIXES, **Minter(base).prefixes()}
