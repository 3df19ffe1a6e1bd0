"""SHACL shapes for innograph graphs and the function that checks a graph.

``validate(graph)`` checks one document's graph (entities, roles, the document
node, evidence and selectors) against ``shapes.ttl`` and returns a
:class:`ValidationReport`; a graph that does not conform is quarantined by the
build with its report.

>>> from rdflib import Graph
>>> validate(Graph()).conforms
True
"""

from __future__ import annotations

from innograph.shapes._validate import IGSH, ValidationReport, ValidationResult, shapes_graph, validate

__all__ = ["IGSH", "ValidationReport", "ValidationResult", "shapes_graph", "validate"]
