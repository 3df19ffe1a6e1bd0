"""Reference data files in ``innograph.loaders.data``, read once and cached.

Every file is a small TSV with ``#`` comment lines naming its source; nothing in
them is a fact about a particular organisation, project or person. The programme
gazetteer is the ontology's reference data (``ontology/reference/programmes.ttl``,
SKOS labels in English and Lithuanian with a source per entry), parsed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from innograph.ontology import IG, reference_paths

__all__ = [
    "Programme",
    "TypeWord",
    "common_acronyms",
    "country_adjectives",
    "course_words",
    "country_code_aliases",
    "event_phrases",
    "field_labels",
    "legal_forms",
    "lt_endings",
    "lt_role_bodies",
    "lt_role_cues",
    "lt_we_verbs",
    "months",
    "programmes",
    "role_words",
    "speech_words",
    "type_words",
]


@dataclass(frozen=True)
class TypeWord:
    word: str
    lang: str
    cls: str  # EntityType value
    subtype: str | None
    kind: str  # "head" or "legal"


@dataclass(frozen=True)
class Programme:
    """A gazetteer programme: ``ident`` is the IRI path (``programme/erasmus-plus``)."""

    ident: str
    label: str  # the English preferred label
    aliases: tuple[str, ...]  # every other preferred and alternative label, en and lt
    url_prefixes: tuple[str, ...]  # starts of its project pages, without scheme and ``www.``
    website: str | None = None
    part_of: tuple[str, ...] = ()  # idents of the programmes it belongs to, as its source says


#: Any base works: idents come from the IRI path; this is the data's default base.
_BASE = "https://w3id.org/innograph/id/"


def _rows(name: str) -> list[list[str]]:
    text = resources.files("innograph.loaders.data").joinpath(name).read_text("utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=1)
def type_words() -> tuple[TypeWord, ...]:
    return tuple(
        TypeWord(word, lang, cls, subtype or None, kind)
        for word, lang, cls, subtype, kind in _rows("type_words.tsv")
    )


_PROGRAMME_PATH = re.compile(r"(?:^|/)(programme/[\w-]+)$")


def _labels(graph: Graph, subject: URIRef) -> list[Literal]:
    found = [*graph.objects(subject, SKOS.prefLabel), *graph.objects(subject, SKOS.altLabel)]
    return sorted((o for o in found if isinstance(o, Literal)), key=lambda o: (o.language or "", str(o)))


def _programme(graph: Graph, subject: URIRef) -> Programme | None:
    match = _PROGRAMME_PATH.search(str(subject))
    labels = _labels(graph, subject)
    english = [str(o) for o in graph.objects(subject, SKOS.prefLabel) if isinstance(o, Literal) and o.language == "en"]
    if match is None or not english:
        return None
    aliases = tuple(dict.fromkeys(str(o) for o in labels if str(o) != english[0]))
    prefixes = tuple(sorted(str(o).lower() for o in graph.objects(subject, IG.urlPrefix)))
    website = graph.value(subject, IG.website)
    parents = (_PROGRAMME_PATH.search(str(o)) for o in graph.objects(subject, IG.partOf))
    part_of = tuple(sorted(found.group(1) for found in parents if found))
    return Programme(match.group(1), english[0], aliases, prefixes, str(website) if website else None, part_of)


@lru_cache(maxsize=1)
def programmes() -> tuple[Programme, ...]:
    """Every ``ig:Programme`` of ``programmes.ttl``, in IRI order."""
    (path,) = [p for p in reference_paths() if p.name == "programmes.ttl"]
    graph = Graph().parse(path, format="turtle", publicID=_BASE)
    found = (_programme(graph, s) for s in sorted(set(graph.subjects(RDF.type, IG.Programme))))
    return tuple(p for p in found if p is not None)


@lru_cache(maxsize=1)
def generic_bodies() -> frozenset[str]:
    """Lowercase names of programme roles (``managing authority``) that name no one body."""
    return frozenset(row[0].strip().lower() for row in _rows("generic_bodies.tsv"))


@lru_cache(maxsize=1)
def course_words() -> frozenset[str]:
    """Lowercase words that make the programme they precede a course (``leadership programme``)."""
    return frozenset(row[0].strip().lower() for row in _rows("course_words.tsv"))


@lru_cache(maxsize=1)
def common_acronyms() -> frozenset[str]:
    """Abbreviations of common nouns (``SME``, ``ICT``) that never name one body."""
    return frozenset(row[0].strip() for row in _rows("common_acronyms.tsv"))


@lru_cache(maxsize=1)
def event_phrases() -> dict[str, str | None]:
    """Lowercase two-word event heads (``summer school``) -> event subtype or None."""
    return {row[0].strip(): (row[1].strip() if len(row) > 1 else "") or None for row in _rows("event_phrases.tsv")}


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Lowercase month name or abbreviation (en, lt, any case form) -> 1..12."""
    table: dict[str, int] = {}
    for number, _lang, forms in _rows("months.tsv"):
        for form in _split(forms):
            table[form.rstrip(".")] = int(number)
    return table


@lru_cache(maxsize=1)
def country_code_aliases() -> dict[str, str]:
    return {code: iso for code, iso in _rows("country_codes.tsv")}


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def foreign_type_words() -> dict[str, str | None]:
    """Ending of a word heading a body's name in a partner country's language -> subtype (``ülikool``: University)."""
    return {row[0]: (row[1].strip() if len(row) > 1 else "") or None for row in _rows("foreign_type_words.tsv")}


@lru_cache(maxsize=1)
def lt_compass_words() -> dict[str, frozenset[str]]:
    """Lithuanian compass word opening a name (``Pietų``) -> the English words for it (``Southern``, ``South``)."""
    return {row[0]: frozenset(w.strip() for w in row[1].split(",")) for row in _rows("lt_compass_words.tsv")}


def country_adjectives() -> dict[str, str]:
    """Adjective or demonym (as written in the file) -> ISO alpha-2."""
    return {form: code for code, forms in _rows("country_adjectives.tsv") for form in _split(forms)}


@dataclass(frozen=True)
class LegalForm:
    form: str
    position: str  # "prefix" or "suffix"
    country: str | None


@lru_cache(maxsize=1)
def legal_forms() -> tuple[LegalForm, ...]:
    """Legal forms, longest first (``Oyj`` before ``Oy``)."""
    rows = [LegalForm(row[0], row[1], (row[2] if len(row) > 2 else "").strip() or None) for row in _rows("legal_forms.tsv")]
    return tuple(sorted(rows, key=lambda f: -len(f.form)))


@lru_cache(maxsize=1)
def lt_endings() -> tuple[tuple[str, str, str], ...]:
    """(class, case, ending) rows, longest ending first, then file order."""
    rows = [(cls, case, ending) for cls, case, ending in _rows("lt_endings.tsv")]
    order = {row: index for index, row in enumerate(rows)}
    return tuple(sorted(rows, key=lambda row: (-len(row[2]), order[row])))


@lru_cache(maxsize=1)
def lt_role_bodies() -> dict[str, str]:
    """Lithuanian title (nominative) -> type word of the body its holder works for."""
    return {title: body for title, body in _rows("lt_role_bodies.tsv")}


@lru_cache(maxsize=1)
def lt_role_cues() -> tuple[tuple[str, str, str], ...]:
    """(word stems, relation name, side where the body is named) of Lithuanian role cues."""
    return tuple((cue, relation, side) for cue, relation, side in _rows("lt_role_cues.tsv"))


@lru_cache(maxsize=1)
def lt_we_verbs() -> tuple[tuple[str, str], ...]:
    """(first person plural form without its final -e, relation name) of Lithuanian verbs a body uses of itself."""
    return tuple((form, relation) for form, relation in _rows("lt_we_verbs.tsv"))


@lru_cache(maxsize=1)
def field_labels() -> tuple[tuple[str, str], ...]:
    """(label regex, field) rows, longest label first."""
    rows = [(label, field) for label, field in _rows("field_labels.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@lru_cache(maxsize=1)
def role_words() -> tuple[tuple[str, str], ...]:
    """(title, lang) rows, longest title first."""
    return tuple(sorted(((t, lang) for t, lang in _rows("role_words.tsv")), key=lambda row: -len(row[0])))


@lru_cache(maxsize=1)
def speech_words() -> tuple[str, ...]:
    return tuple(sorted((word for word, _lang in _rows("speech_words.tsv")), key=len, reverse=True))
