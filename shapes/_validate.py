"""Validate a document's graph against the innograph SHACL shapes (pySHACL).

The shapes (rewritten once into the faster equivalent form of ``_compile``)
and the ontology's class hierarchy are loaded once. Each call copies
the data into a fresh graph, adds the ontology's ``rdfs:subClassOf`` axioms (so
an ``ig:Cluster`` is an ``ig:Organisation`` for ``sh:class`` and
``sh:targetClass``) and runs pySHACL in place without inference: RDFS inference
would type the object of every ``ig:fundedBy`` as an ``ig:Programme`` by the
property's range and so hide exactly the errors ``sh:class`` is there to find.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pyshacl
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, NamespaceManager
from rdflib.paths import AlternativePath, InvPath, MulPath, Path, SequencePath
from rdflib.term import Node

from innograph.shapes._compile import compile_shapes

__all__ = ["ValidationReport", "ValidationResult", "shapes_graph", "validate"]

#: Namespace of the shapes themselves (``igsh:ProjectShape``, ``igsh:Project-budget``).
IGSH = Namespace("https://w3id.org/innograph/shapes#")

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
_MUL_PATHS = ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?"))


@dataclass(frozen=True)
class ValidationResult:
    """One ``sh:ValidationResult``: which node broke which shape, and how."""

    severity: str  # "Violation", "Warning" or "Info"
    focus_node: Node
    path: URIRef | Path | None
    message: str
    value: Node | None
    source_shape: Node
    component: URIRef | None = None  # sh:sourceConstraintComponent, e.g. sh:MinCountConstraintComponent


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`.

    ``conforms`` is False when there is at least one result of severity
    Violation (warnings are reported but do not fail a graph). ``text`` has one
    line per result, in the order of ``results``.
    """

    conforms: bool
    results: tuple[ValidationResult, ...]
    text: str


def shapes_graph() -> Graph:
    """The innograph shapes as a new rdflib graph (a copy; change it freely)."""
    copy = Graph()
    for prefix, namespace in _shapes().namespaces():
        copy.bind(prefix, namespace)
    copy += _shapes()
    return copy


def validate(data: Graph | Dataset, *, ontology: Graph | None = None) -> ValidationReport:
    """Validate ``data`` (a graph, or a dataset taken as the union of its graphs).

    ``ontology`` gives the class hierarchy ``sh:class`` checks follow; by
    default the innograph ontology. ``data`` is not modified.
    """
    work = Graph()
    quads_or_triples = data.quads((None, None, None, None)) if data.context_aware else data
    for statement in quads_or_triples:
        work.add(statement[:3])
    for axiom in _default_axioms() if ontology is None else _class_axioms(ontology):
        work.add(axiom)
    conforms, report, _ = pyshacl.validate(
        work,
        shacl_graph=_compiled(),
        inference="none",
        inplace=True,
        allow_warnings=True,
        allow_infos=True,
    )
    results = _results(report)
    return ValidationReport(bool(conforms), results, _text(results))


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    source = resources.files(__package__) / "shapes.ttl"
    return Graph().parse(data=source.read_text(encoding="utf-8"), format="turtle")


@lru_cache(maxsize=1)
def _compiled() -> Graph:
    return compile_shapes(_shapes())


@lru_cache(maxsize=1)
def _default_axioms() -> tuple[tuple[Node, Node, Node], ...]:
    from innograph.ontology import ontology_graph

    return _class_axioms(ontology_graph())


def _class_axioms(ontology: Graph) -> tuple[tuple[Node, Node, Node], ...]:
    return tuple(
        (sub, RDFS.subClassOf, sup)
        for sub, sup in ontology.subject_objects(RDFS.subClassOf)
        if isinstance(sub, URIRef) and isinstance(sup, URIRef)
    )


def _results(report: Graph) -> tuple[ValidationResult, ...]:
    results = [_result(report, node) for node in report.subjects(RDF.type, SH.ValidationResult)]
    return tuple(sorted(results, key=_sort_key))


def _result(report: Graph, node: Node) -> ValidationResult:
    severity = report.value(node, SH.resultSeverity)
    messages = sorted(str(m) for m in report.objects(node, SH.resultMessage))
    component = report.value(node, SH.sourceConstraintComponent)
    return ValidationResult(
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        focus_node=report.value(node, SH.focusNode),
        path=_path(report, report.value(node, SH.resultPath)),
        message="; ".join(messages),
        value=report.value(node, SH.value),
        source_shape=report.value(node, SH.sourceShape),
        component=component if isinstance(component, URIRef) else None,
    )


def _path(graph: Graph, node: Node | None) -> URIRef | Path | None:
    """A SHACL property path as an rdflib path (``~ig:hasRole`` for an inverse path)."""
    if node is None or isinstance(node, URIRef):
        return node
    inverse = graph.value(node, SH.inversePath)
    if inverse is not None:
        return InvPath(_path(graph, inverse))
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return AlternativePath(*(_path(graph, n) for n in Collection(graph, alternatives)))
    for predicate, modifier in _MUL_PATHS:
        inner = graph.value(node, predicate)
        if inner is not None:
            return MulPath(_path(graph, inner), modifier)
    if graph.value(node, RDF.first) is not None:
        return SequencePath(*(_path(graph, n) for n in Collection(graph, node)))
    return None


def _sort_key(result: ValidationResult) -> tuple[int, str, str, str, str]:
    return (
        _SEVERITY_ORDER.get(result.severity, 3),
        str(result.focus_node),
        str(result.path),
        str(result.source_shape),
        str(result.value),
    )


def _text(results: tuple[ValidationResult, ...]) -> str:
    names = _names()
    return _summary(results) + "".join(_line(result, names) + "\n" for result in results)


def _summary(results: tuple[ValidationResult, ...]) -> str:
    """First line: the verdict and the counts by severity."""
    counts = {severity: sum(r.severity == severity for r in results) for severity in ("Violation", "Warning", "Info")}
    verdict = "does not conform" if counts["Violation"] else "conforms"
    shown = ", ".join(f"{n} {k.lower()}{'s' if n != 1 else ''}" for k, n in counts.items() if n)
    return f"{verdict}{f' ({shown})' if shown else ''}\n"


def _line(result: ValidationResult, names: NamespaceManager) -> str:
    parts = [
        result.severity,
        f"focus {_show(result.focus_node, names)}",
        f"path {_show(result.path, names)}",
        f"value {_show(result.value, names)}",
        f"shape {_show(result.source_shape, names)}{_component(result.component)}",
        result.message,
    ]
    return " | ".join(parts)


def _component(component: URIRef | None) -> str:
    if component is None:
        return ""
    name = component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    return f" ({name})"


def _show(term: object, names: NamespaceManager) -> str:
    if term is None:
        return "-"
    if isinstance(term, Path):
        return term.n3(names)
    if isinstance(term, BNode):
        return "[]"
    if isinstance(term, (URIRef, Literal)):
        return term.n3(names)
    return str(term)


@lru_cache(maxsize=1)
def _names() -> NamespaceManager:
    names = NamespaceManager(Graph(), bind_namespaces="rdflib")
    for prefix, namespace in _shapes().namespaces():
        names.bind(prefix, namespace, replace=True)
    return names
