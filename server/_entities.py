"""What an entity page shows, read from the store: labels, types, attributes, relations both ways,
organisation roles, outbound links, the documents that mention it, and the source of every fact."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from ..graph import Store
from ._evidence import FactKey, Source, sources_about, sources_of
from ._terms import NS, Link, Namer, rows

__all__ = ["EntityView", "Group", "Label", "Role", "Value", "entity_view"]

IG, RDF, RDFS, SKOS, OWL = NS["ig"], NS["rdf"], NS["rdfs"], NS["skos"], NS["owl"]
TYPE, PREF, ALT, LABEL = f"{RDF}type", f"{SKOS}prefLabel", f"{SKOS}altLabel", f"{RDFS}label"
#: shown in their own sections, not among the attributes and relations
_OWN_SECTION = {TYPE, PREF, ALT, LABEL, f"{IG}hasRole", f"{IG}mentionedIn", f"{IG}currency"}
_INCOMING_HIDDEN = {f"{IG}heldBy", f"{IG}roleIn", f"{RDF}subject", f"{RDF}object"}
#: identity and similarity links to other datasets
_EXTERNAL = {f"{OWL}sameAs", f"{RDFS}seeAlso",
             *(f"{SKOS}{match}Match" for match in ("exact", "close", "broad", "narrow", "related"))}
Term = ox.NamedNode | ox.Literal | ox.BlankNode


@dataclass(frozen=True)
class Value:
    text: str
    link: Link | None = None
    language: str = ""
    datatype: str = ""  # local name of the datatype, e.g. "date"
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Group:
    property: Link
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Label:
    preferred: bool
    language: str
    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Role:
    kind: Link
    project: Link
    organisation: Link
    node: Link
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class EntityView:
    iri: str
    label: str
    labels: tuple[Label, ...]
    types: tuple[Link, ...]
    attributes: tuple[Group, ...]
    outgoing: tuple[Group, ...]
    incoming: tuple[Group, ...]
    roles: tuple[Role, ...]
    external: tuple[Group, ...]
    documents: tuple[Link, ...]
    sources: tuple[Source, ...]  # for an evidence node: what it records


def entity_view(store: Store, namer: Namer, iri: str) -> EntityView:
    """Everything the page of ``iri`` shows (the caller has checked that the store knows it)."""
    out = rows(store, f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    into = rows(store, f"SELECT ?s ?p WHERE {{ ?s ?p <{iri}> }}")
    into = [row for row in into if row["p"].value not in _INCOMING_HIDDEN]
    terms = [*(r["p"] for r in out + into), *(r["o"] for r in out), *(r["s"] for r in into)]
    namer.learn([iri, *(t.value for t in terms if isinstance(t, ox.NamedNode))])
    found = sources_about(store, namer, iri)
    subject = str(ox.NamedNode(iri))
    roles = _roles(store, namer, iri, found)
    types = tuple(sorted((namer.link(r["o"].value) for r in out if r["p"].value == TYPE), key=lambda link: link.label))
    is_evidence = any(t.iri == f"{IG}Evidence" for t in types)
    return EntityView(
        iri=iri,
        label=namer.label(iri),
        labels=_labels(out, found, subject),
        types=types,
        attributes=_groups(namer, _outgoing(out, found, subject, namer, attributes=True)),
        outgoing=_groups(namer, _outgoing(out, found, subject, namer, attributes=False)),
        incoming=_groups(namer, _incoming(into, found, subject, namer)),
        roles=roles,
        external=_groups(namer, [(r["p"].value, _value(r["o"], namer)) for r in out if r["p"].value in _EXTERNAL]),
        documents=tuple(sorted({namer.link(r["o"].value) for r in out if r["p"].value == f"{IG}mentionedIn"},
                               key=lambda link: link.label)),
        sources=tuple(sources_of(store, namer, iri)) if is_evidence else (),
    )


def _labels(out: list[dict[str, Term]], found: dict[FactKey, list[Source]], subject: str) -> tuple[Label, ...]:
    labels = []
    for row in out:
        prop, term = row["p"].value, row["o"]
        if prop in (PREF, ALT) and isinstance(term, ox.Literal):
            sources = tuple(found.get((subject, str(row["p"]), str(term)), ()))
            labels.append(Label(prop == PREF, term.language or "", term.value, sources))
    plain = {label.text for label in labels}
    labels += [Label(True, r["o"].language or "", r["o"].value) for r in out
               if r["p"].value == LABEL and isinstance(r["o"], ox.Literal) and r["o"].value not in plain]
    return tuple(sorted(labels, key=lambda lab: (not lab.preferred, lab.language != "en", lab.language, lab.text)))


def _is_attribute(term: Term, namer: Namer) -> bool:
    return isinstance(term, ox.Literal) or not namer.href(term.value).startswith(f"{namer.root}/page/")


def _outgoing(out: list[dict[str, Term]], found: dict[FactKey, list[Source]], subject: str, namer: Namer,
              attributes: bool) -> list[tuple[str, Value]]:
    currency = next((r["o"].value for r in out if r["p"].value == f"{IG}currency"), None)
    pairs = []
    for row in out:
        prop, term = row["p"].value, row["o"]
        if prop in _OWN_SECTION or prop in _EXTERNAL or _is_attribute(term, namer) != attributes:
            continue
        sources = tuple(found.get((subject, str(row["p"]), str(term)), ()))
        value = _value(term, namer, sources)
        if prop == f"{IG}budget":
            code = f" {currency.rsplit('/', 1)[-1]}" if currency else ""
            value = Value(_amount(value.text) + code, namer.link(currency) if currency else None, sources=sources)
        pairs.append((prop, value))
    return pairs


def _incoming(into: list[dict[str, Term]], found: dict[FactKey, list[Source]], subject: str,
              namer: Namer) -> list[tuple[str, Value]]:
    return [(row["p"].value, _value(row["s"], namer, tuple(found.get((str(row["s"]), str(row["p"]), subject), ()))))
            for row in into]


def _amount(text: str) -> str:
    try:
        number = float(text)
    except ValueError:
        return text
    return f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"


def _value(term: Term, namer: Namer, sources: tuple[Source, ...] = ()) -> Value:
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value.rsplit("#", 1)[-1] if term.datatype else ""
        return Value(term.value, None, term.language or "", "" if datatype in ("string", "langString") else datatype,
                     sources)
    if isinstance(term, ox.BlankNode):
        return Value(str(term), sources=sources)
    link = namer.link(term.value)
    return Value(link.label, link, sources=sources)


def _groups(namer: Namer, pairs: list[tuple[str, Value]]) -> tuple[Group, ...]:
    by_property: dict[str, list[Value]] = defaultdict(list)
    for prop, value in pairs:
        by_property[prop].append(value)
    groups = [Group(namer.link(prop), tuple(sorted(values, key=lambda v: v.text.casefold())))
              for prop, values in by_property.items()]
    return tuple(sorted(groups, key=lambda g: g.property.label.casefold()))


_ROLES = """SELECT ?node ?kind ?project ?organisation WHERE {
  { <%(iri)s> ig:hasRole ?node } UNION { ?node ig:heldBy <%(iri)s> }
  ?node ig:roleIn ?project ; ig:heldBy ?organisation ; a ?kind . FILTER(?kind != ig:OrganisationRole)
}"""


def _roles(store: Store, namer: Namer, iri: str, found: dict[FactKey, list[Source]]) -> tuple[Role, ...]:
    solutions = rows(store, _ROLES % {"iri": iri})
    namer.learn(term.value for row in solutions for term in row.values() if isinstance(term, ox.NamedNode))
    roles = []
    for row in solutions:
        project, node = row["project"], row["node"]
        sources = tuple(found.get((str(project), f"<{IG}hasRole>", str(node)), ()))
        sources = sources or _shortcut_sources(found, str(project), str(row["organisation"]))
        kind, project_link, organisation, node_link = (namer.link(row[name].value)
                                                        for name in ("kind", "project", "organisation", "node"))
        roles.append(Role(kind, project_link, organisation, node_link, sources))
    coordinator = f"{IG}CoordinatorRole"
    return tuple(sorted(roles, key=lambda r: (r.kind.iri != coordinator, r.project.label, r.organisation.label)))


def _shortcut_sources(found: dict[FactKey, list[Source]], project: str, organisation: str) -> tuple[Source, ...]:
    """On an organisation's page, a role's sources are those of the project's shortcut relation to it."""
    for shortcut in ("coordinator", "participant", "associatedPartner"):
        if sources := found.get((project, f"<{IG}{shortcut}>", organisation)):
            return tuple(sources)
    return ()
