"""The build: documents -> records -> resolved entities -> RDF -> SHACL gate -> store.

One function, :func:`build`, used by ``innograph build`` and by ``innograph
serve`` on first start. A document that cannot be read is reported and skipped;
a document whose triples violate a shape is quarantined with its report; the
rest of the corpus is built. The new graph replaces the served one only when
the build has finished.
"""

from __future__ import annotations

import io
import json
import logging
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph

from . import loaders, shapes
from .errors import DocumentError, InputError
from .graph import (
    DocumentRecords,
    Minter,
    RemoteStore,
    Store,
    countries_used,
    describe_nquads,
    open_store,
    document_graph,
    export,
    reference_graph,
    write_nquads,
)
from .ontology import ontology_graph
from .settings import Settings

__all__ = ["build", "extract", "validate_store", "BuildReport", "Failure", "Quarantined"]

log = logging.getLogger(__name__)
_REMOTE_BUILD_TIMEOUT = 600.0  # seconds for one upload or the swap of a build into a remote store
#: called before each document with its name, its number (from 1) and the number of documents
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Failure:
    source: str
    reason: str


@dataclass(frozen=True)
class Quarantined:
    source: str
    report: str
    path: str  # the quarantined triples, next to the store


@dataclass(frozen=True)
class BuildReport:
    built: tuple[str, ...]
    failures: tuple[Failure, ...] = ()
    quarantined: tuple[Quarantined, ...] = ()
    notes: tuple[str, ...] = ()
    quads: int = 0
    entities: int = 0
    generation: str = ""
    seconds: float = 0.0
    graphs: dict[str, int] = field(default_factory=dict)  # source -> triples

    @property
    def complete(self) -> bool:
        return not self.failures and not self.quarantined


def build(paths: Sequence[Path], settings: Settings, progress: Progress | None = None) -> BuildReport:
    """Build the documents under ``paths`` (the bundled corpus if empty) into the store."""
    started = time.perf_counter()
    resolved, failures, notes = extract(paths, progress)
    store = open_store(settings.store, settings.store_url, timeout=_REMOTE_BUILD_TIMEOUT)
    settings.store.mkdir(parents=True, exist_ok=True)
    kept, quarantined = _gate(resolved, Minter(settings.base), settings.store)
    if not kept:
        _replace_quarantine(settings.store, quarantined)
        raise InputError(_nothing_built(failures, quarantined))
    quads, generation, relinked = _load_and_relink(store, settings, kept)
    notes = [*notes, *relinked]
    _replace_quarantine(settings.store, quarantined)
    report = BuildReport(
        built=tuple(rec.document.source for rec, _ in kept),
        failures=tuple(failures),
        quarantined=tuple(q for q, _ in quarantined),
        notes=tuple(notes),
        quads=quads,
        entities=len({e.ident for rec, _ in kept for e in rec.entities}),
        generation=generation,
        seconds=round(time.perf_counter() - started, 3),
        graphs={rec.document.source: len(g) for rec, g in kept},
    )
    (settings.store / "build-report.json").write_text(json.dumps(asdict(report), indent=2, ensure_ascii=False) + "\n")
    return report


def extract(
    paths: Sequence[Path], progress: Progress | None = None
) -> tuple[list[DocumentRecords], list[Failure], list[str]]:
    """Read, extract and resolve the documents under ``paths`` (the bundled corpus if empty).

    Returns the resolved records, the documents that could not be read, and notes.
    Raises :class:`InputError` when no document at all could be read.
    """
    files = loaders.find_documents(list(paths) or [loaders.bundled_corpus()])
    records, failures, notes = _extract_all(files, progress or (lambda *_: None))
    if not records:
        raise InputError(_nothing_built(failures))
    return loaders.resolve(records), failures, notes


def _extract_all(files: list[Path], progress: Progress) -> tuple[list[DocumentRecords], list[Failure], list[str]]:
    records: list[DocumentRecords] = []
    failures: list[Failure] = []
    notes: list[str] = []
    for number, path in enumerate(files, 1):
        progress(path.name, number, len(files))
        try:
            document = loaders.read(path)
            extracted = loaders.extract(document)
        except DocumentError as exc:
            failures.append(Failure(exc.source, exc.reason))
            continue
        except Exception as exc:  # an extractor bug must not cost the rest of the corpus
            log.exception("extraction failed for %s", path)
            failures.append(Failure(path.name, f"internal error while extracting ({type(exc).__name__}: {exc})"))
            continue
        notes.extend(_about(document.source, text) for text in (*document.warnings, *extracted.notes))
        if not extracted.entities:
            notes.append(f"{document.source}: no entities found")
        records.append(extracted)
    return records, failures, notes


def _gate(
    records: Sequence[DocumentRecords], minter: Minter, root: Path
) -> tuple[list[tuple[DocumentRecords, Graph]], list[tuple[Quarantined, Graph]]]:
    """Validate each document's graph; split into kept and quarantined."""
    ontology = ontology_graph()
    kept, quarantined = [], []
    for rec in records:
        graph = document_graph(rec, minter)
        report = shapes.validate(graph, ontology=ontology)
        if report.conforms:
            kept.append((rec, graph))
            continue
        path = root / "quarantine" / f"{rec.document.ident}.ttl"
        quarantined.append((Quarantined(rec.document.source, report.text, str(path)), graph))
    return kept, quarantined


def _load(store: Store | RemoteStore, settings: Settings, kept: list[tuple[DocumentRecords, Graph]]) -> tuple[int, str]:
    graphs = [g for _, g in kept]
    reference = reference_graph(settings.base, countries_used(graphs))
    staging = settings.store / f".staging-{uuid.uuid4().hex[:8]}.nq"
    try:
        with staging.open("w", encoding="utf-8") as out:
            quads = sum(write_nquads(g, out) for g in [reference, *graphs])
        description = describe_nquads(staging, settings.base, settings.public_root())  # VoID, in <base>void
        with staging.open("a", encoding="utf-8") as out:
            quads += write_nquads(description, out)
        generation = store.replace_with([staging])
    finally:
        staging.unlink(missing_ok=True)
    return quads, generation


def _load_and_relink(
    store: Store | RemoteStore, settings: Settings, kept: list[tuple[DocumentRecords, Graph]]
) -> tuple[int, str, list[str]]:
    """Load the new graphs; then link them again to the datasets the old store was linked to (local store only)."""
    if not isinstance(store, Store):
        return (*_load(store, settings, kept), [])
    from .graph.linking import relinking

    with relinking(store, settings.base) as relink:
        quads, generation = _load(store, settings, kept)
        reports = relink()
    notes = [f"{r.source}: linked again, {len(r.same_as)} owl:sameAs and {len(r.review)} for review" for r in reports]
    return quads, (reports[-1].generation if reports else generation), notes


def _replace_quarantine(root: Path, quarantined: list[tuple[Quarantined, Graph]]) -> None:
    folder = root / "quarantine"
    shutil.rmtree(folder, ignore_errors=True)
    if not quarantined:
        return
    folder.mkdir(parents=True)
    for item, graph in quarantined:
        graph.serialize(destination=item.path, format="turtle")
        Path(item.path).with_suffix(".report.txt").write_text(item.report, encoding="utf-8")


def _about(source: str, text: str) -> str:
    return text if text.startswith(f"{source}:") else f"{source}: {text}"


def _nothing_built(failures: Sequence[Failure], quarantined: Sequence[tuple[Quarantined, Graph]] = ()) -> str:
    reasons = [f"  {f.source}: {f.reason}" for f in failures]
    reasons += [f"  {q.source}: violates the shapes (see {q.path})" for q, _ in quarantined]
    return "no document could be built; the store was left as it was:\n" + "\n".join(reasons)



def validate_store(settings: Settings) -> shapes.ValidationReport:
    """Validate the union of every graph in the store against the shapes and the ontology."""
    buffer = io.BytesIO()
    export(Store(settings.store), "ntriples", buffer, {})
    data = Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    return shapes.validate(data, ontology=ontology_graph())
