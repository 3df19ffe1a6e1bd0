"""What a document page shows: its metadata and its text with every evidenced span highlighted.

Spans overlap (a name inside the sentence that states a relation), so the text is
cut at every span boundary into segments; each segment knows the spans that cover
it and links to the entity of the innermost one. Each span has an anchor
``#span-<start>-<end>`` where it starts, which entity pages link to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
import pycountry

from ..graph import Store
from ._evidence import span_anchor
from ._terms import NS, Link, Namer, rows

__all__ = ["DocumentView", "Span", "Segment", "document_view", "segments"]

_META = "SELECT ?p ?o WHERE { <%s> ?p ?o }"
_SPANS = """SELECT ?s ?p ?o ?start ?end WHERE {
  ?ev prov:wasDerivedFrom <%s> ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      oa:hasSelector ?position . ?position oa:start ?start ; oa:end ?end }"""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    subjects: frozenset[str]  # the entities the facts of this span are about
    facts: int = 1

    @property
    def anchor(self) -> str:
        return span_anchor(self.start, self.end)


@dataclass(frozen=True)
class Segment:
    text: str
    spans: tuple[Span, ...]  # covering it, innermost first
    anchors: tuple[str, ...] = ()  # ids of the spans that start here

    @property
    def innermost(self) -> Span | None:
        return self.spans[0] if self.spans else None


@dataclass(frozen=True)
class DocumentView:
    iri: str
    title: str
    language: Link | None
    source: str
    issued: str
    sha256: str
    segments: tuple[Segment, ...]
    entities: tuple[Link, ...]  # every entity named in an evidenced span, for the legend
    links: dict[str, Link] = field(default_factory=dict)  # entity IRI -> link


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Cut ``text`` at every span boundary; spans outside the text are dropped.

    >>> [(s.text, len(s.spans)) for s in segments("ab cd ef", [Span(0, 5, frozenset()), Span(3, 8, frozenset())])]
    [('ab ', 1), ('cd', 2), (' ef', 1)]
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starting: dict[int, list[Span]] = defaultdict(list)
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        starting[span.start].append(span)
    active: set[Span] = set()
    pieces = []
    for a, b in zip(cuts, cuts[1:]):  # a sweep: the spans open at a are those that cover [a, b)
        active = {s for s in active if s.end > a} | set(starting.get(a, ()))
        covering = sorted(active, key=lambda s: (s.end - s.start, s.start))
        pieces.append(Segment(text[a:b], tuple(covering), tuple(s.anchor for s in starting.get(a, ()))))
    return pieces


def _spans(store: Store, iri: str, base: str) -> list[Span]:
    subjects: dict[tuple[int, int], set[str]] = defaultdict(set)
    facts: dict[tuple[int, int], int] = defaultdict(int)
    for row in rows(store, _SPANS % iri):
        try:
            key = (int(row["start"].value), int(row["end"].value))
        except ValueError:
            continue
        facts[key] += 1
        subject = row["s"].value
        if subject.startswith(base) and "/role/" not in subject[len(base) - 1 :]:
            subjects[key].add(subject)
    return [Span(start, end, frozenset(subjects[(start, end)]), facts[(start, end)]) for start, end in facts]


def _language(iri: str | None, namer: Namer) -> Link | None:
    if iri is None:
        return None
    found = pycountry.languages.get(alpha_3=iri.rsplit("/", 1)[-1].lower())
    return Link(iri, found.name if found else namer.label(iri), iri, False)


def document_view(store: Store, namer: Namer, iri: str) -> DocumentView:
    """Everything the page of the document ``iri`` shows."""
    meta: dict[str, ox.NamedNode | ox.Literal | ox.BlankNode] = {}
    for row in rows(store, _META % iri):
        meta.setdefault(row["p"].value, row["o"])
    value = lambda name: meta[name].value if name in meta else ""  # noqa: E731
    spans = _spans(store, iri, namer.base)
    named = {subject for span in spans for subject in span.subjects}
    namer.learn([iri, *named])
    links = {subject: namer.link(subject) for subject in named}
    dc, ig = NS["dcterms"], NS["ig"]
    language = meta.get(f"{dc}language")
    return DocumentView(
        iri=iri,
        title=value(f"{dc}title") or namer.label(iri),
        language=_language(language.value if language is not None else None, namer),
        source=value(f"{dc}source"),
        issued=value(f"{dc}issued"),
        sha256=value(f"{ig}sha256"),
        segments=tuple(segments(value(f"{ig}text"), spans)),
        entities=tuple(sorted(links.values(), key=lambda link: link.label.casefold())),
        links=links,
    )
