"""What the CLI commands do beyond parsing options: call the library, format its result.

This is the outer layer (it prints); the library functions it calls do not.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from fastapi import FastAPI

from .graph import Store, export, open_store, output_prefixes, result_table, serialize_result
from .ontology import IG
from .pipeline import BuildReport, build
from .settings import Settings, environment

__all__ = ["evaluate_against", "build_with_progress", "run_query", "export_to", "link_with", "serve_store", "prefixes"]


def prefixes(base: str) -> dict[str, str]:
    """Prefixes for output: the ontology, common vocabularies, the kinds of resource under the base."""
    return output_prefixes(base, str(IG))


class _Bar:
    """A progress bar on standard error that learns its length from the first call."""

    def __init__(self) -> None:
        self.bar: Any = None

    def __call__(self, name: str, number: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Building", file=sys.stderr, show_pos=True,
                                         item_show_func=lambda item: item)
            self.bar.__enter__()
        self.bar.update(1, name)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def build_with_progress(paths: list[Path], settings: Settings) -> BuildReport:
    bar = _Bar()
    try:
        report = build(paths, settings, progress=bar)
    finally:
        bar.close()
    _print_report(report, settings)
    return report


def _print_report(report: BuildReport, settings: Settings) -> None:
    echo = lambda text, **kw: click.secho(text, err=True, **kw)  # noqa: E731
    for failure in report.failures:
        echo(f"skipped {failure.source}: {failure.reason}", fg="yellow")
    for item in report.quarantined:
        echo(f"quarantined {item.source}: it violates the shapes; triples and report in {item.path}", fg="yellow")
        echo(item.report)
    for note in report.notes:
        echo(f"note: {note}")
    echo(
        f"built {len(report.built)} document(s), {report.entities} entities, {report.quads} quads "
        f"in {report.seconds:.2f} s into {settings.store} (generation {report.generation})",
        fg="green",
    )


def run_query(sparql: str, fmt: str, settings: Settings) -> bytes:
    import pyoxigraph as ox

    result = Store(settings.store).query(sparql)
    if fmt == "table":
        if isinstance(result, ox.QuerySolutions):
            return result_table(result, prefixes(settings.base)).encode("utf-8")
        if isinstance(result, ox.QueryBoolean):
            return f"{bool(result)}\n".encode()
        fmt = "turtle"
    return serialize_result(result, fmt, prefixes(settings.base))


def export_to(fmt: str, output: Path | None, settings: Settings, *, linkset: bool = False) -> None:
    store = Store(settings.store)
    if linkset:
        from .graph.linking import export_linksets

        def write(fh: Any) -> None:
            export_linksets(store, settings.base, fh, prefixes(settings.base))
    else:
        def write(fh: Any) -> None:
            export(store, fmt, fh, prefixes(settings.base))
    if output is None:
        write(sys.stdout.buffer)
        return
    with output.open("wb") as fh:
        write(fh)
    click.secho(f"wrote {output}", err=True)


def link_with(settings: Settings, *, dataset: Path | None, mapping: Path | None, service: str | None,
              kind_type: str, save: bool) -> str:
    """Run ``innograph link`` and describe what it linked, left for review, and why."""
    from .graph.linking import link_dataset, link_service

    store = Store(settings.store)
    if dataset is not None:
        report = link_dataset(store, settings.base, dataset, mapping=mapping, save=save)
    else:
        assert service is not None
        report = link_service(store, settings.base, service, settings.store / "reconcile-cache",
                              kind_type=kind_type, save=save)
    return link_report_text(report, prefixes(settings.base))


def _short(iri: str, names: dict[str, str]) -> str:
    for prefix, namespace in names.items():
        if iri.startswith(namespace) and prefix not in ("country",):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _decision_line(tag: str, decision: Any, names: dict[str, str]) -> str:
    best = decision.best
    target = f" -> {_short(best.external.iri, names)} \"{best.external.label}\"" if best else ""
    return f"{tag:<11}{decision.score:5.2f}  {_short(decision.local.iri, names)}{target}\n{'':16}{decision.why}"


def link_report_text(report: Any, names: dict[str, str]) -> str:
    """The decisions of a linking run: links, then those left for review, then near misses, and totals."""
    near = [d for d in report.with_predicate(None) if d.best is not None and max(d.score, d.best.raw) >= 0.4]
    lines = [_decision_line("sameAs", d, names) for d in report.same_as]
    lines += [_decision_line("review", d, names) for d in report.review]
    lines += [_decision_line("not linked", d, names) for d in near]
    t = report.thresholds
    seconds = ", ".join(f"{k} {v:.2f} s" for k, v in report.seconds.items() if k != "sent")
    where = f"into <{report.linkset}> (generation {report.generation})" if report.generation else "(dry run: nothing written)"
    lines.append(
        f"{len(report.same_as)} owl:sameAs (score >= {t.same_as}), {len(report.review)} skos:closeMatch for review "
        f"(>= {t.review}), {len(report.decisions) - len(report.same_as) - len(report.review)} not linked "
        f"({len(near)} near misses shown); {report.external} external entries, {report.compared} candidate pairs "
        f"scored; {seconds}; links {where}"
    )
    return "\n".join(lines) + "\n"


def serve_store(paths: list[Path], settings: Settings) -> None:
    import uvicorn

    from .server import check_update_settings, create_app

    check_update_settings(settings)
    store = open_store(settings.store, settings.store_url, settings.query_timeout)
    if store.is_empty() or paths:
        build_with_progress(paths, settings)
    click.secho(f"innograph: SPARQL endpoint at http://{settings.host}:{settings.port}/sparql", err=True, fg="green")
    # uvicorn shuts down gracefully on SIGTERM and then raises the signal again; with this handler that
    # ends in SystemExit, so exit handlers still run (the worker pool's temporary folder is removed).
    signal.signal(signal.SIGTERM, _exit_on_signal)
    if settings.processes > 1:  # uvicorn's supervisor starts the processes; each makes its app from the environment
        os.environ.update(environment(settings))
        uvicorn.run("innograph._commands:serve_process_app", factory=True, workers=settings.processes,
                    host=settings.host, port=settings.port, log_level="info", access_log=settings.access_log)
        return
    uvicorn.run(create_app(settings, store), host=settings.host, port=settings.port, log_level="info",
                access_log=settings.access_log)


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def serve_process_app() -> FastAPI:
    """The app of one of several server processes (a uvicorn factory), which exits as the single one does.

    uvicorn raises SIGTERM again after its graceful shutdown; without this handler that kills the
    process before its exit handlers run, and the query workers' temporary folder stays behind.
    """
    from .server import app_from_environment

    signal.signal(signal.SIGTERM, _exit_on_signal)
    return app_from_environment()


def evaluate_against(documents: list[Path], gold: Path, as_json: bool) -> str:
    import json

    from .evaluation import evaluate, load_gold, report_text
    from .pipeline import extract

    gold_files = load_gold(gold)
    beside = [gold / name for name in sorted(gold_files) if (gold / name).is_file()]
    records, failures, _ = extract(documents or beside)
    for failure in failures:
        click.secho(f"skipped {failure.source}: {failure.reason}", err=True, fg="yellow")
    result = evaluate(records, gold_files)
    return json.dumps(result.as_dict(), indent=2) + "\n" if as_json else report_text(result)
