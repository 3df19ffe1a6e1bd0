"""The ``innograph`` command: thin wrappers, one library call each.

Errors raised by the library (:mod:`innograph.errors`) become a one-line
message and an exit code here, and only here. Exit codes: 0 success,
1 done with problems (documents skipped or quarantined, shapes violated),
2 bad input (missing path, no documents, bad query, unknown format, empty or
unreadable store).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import InnographError
from .settings import Settings

__all__ = ["main"]


class _Group(click.Group):
    """Maps innograph errors to messages and exit codes, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InnographError as exc:
            click.secho(f"Error: {exc}", err=True, fg="red")
            ctx.exit(exc.exit_code)


def _settings(ctx: click.Context, **flags: object) -> Settings:
    return Settings.load(**{**ctx.obj, **flags})


store_option = click.option(
    "--store", type=click.Path(path_type=Path), help="Store directory [env INNOGRAPH_STORE; default ./innograph-store]."
)
store_url_option = click.option(
    "--store-url", help="A remote SPARQL 1.1 server (Oxigraph layout: /query, /update, /store) [env INNOGRAPH_STORE_URL]."
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="innograph")
@click.option("--base", help="Base IRI of the graph's resources [env INNOGRAPH_BASE].")
@click.pass_context
def main(ctx: click.Context, base: str | None) -> None:
    """Build, validate, query, export and serve the innograph knowledge graph."""
    ctx.obj = {"base": base}


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@store_url_option
@click.pass_context
def build(ctx: click.Context, paths: tuple[Path, ...], store: Path | None, store_url: str | None) -> None:
    """Build the graph from documents (files or folders; the bundled corpus if none)."""
    from ._commands import build_with_progress

    report = build_with_progress(list(paths), _settings(ctx, store=store, store_url=store_url))
    ctx.exit(0 if report.complete else 1)


@main.command()
@store_option
@click.pass_context
def validate(ctx: click.Context, store: Path | None) -> None:
    """Validate the whole store against the SHACL shapes (exit 0 conforms, 1 violations, 2 bad input)."""
    from .pipeline import validate_store

    report = validate_store(_settings(ctx, store=store))
    click.echo(report.text)
    ctx.exit(0 if report.conforms else 1)


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "file", type=click.File("r", encoding="utf-8"), help="Read the query from a file ('-' for stdin).")
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld", "rdfxml"]),
)
@store_option
@click.pass_context
def query(ctx: click.Context, sparql: str | None, file: Any, fmt: str, store: Path | None) -> None:
    """Run a SPARQL query against the store and print the result."""
    from ._commands import run_query

    if (sparql is None) == (file is None):
        raise click.UsageError("give a query as an argument or with --file, not both")
    text = run_query(sparql if sparql is not None else file.read(), fmt, _settings(ctx, store=store))
    sys.stdout.buffer.write(text)


@main.command()
@click.option(
    "--format", "fmt", default="turtle", show_default=True, help="turtle, ntriples, jsonld, trig or nquads."
)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="File to write (default: standard output).")
@click.option("--linkset", is_flag=True, help="Only the links made by `innograph link`, with their VoID Linkset (Turtle).")
@store_option
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None, linkset: bool, store: Path | None) -> None:
    """Export the whole graph (or, with --linkset, only the links) as RDF."""
    from ._commands import export_to

    export_to(fmt, output, _settings(ctx, store=store), linkset=linkset)


@main.command()
@click.option("--dataset", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="External RDF dump (.nq, .nt, .ttl, .trig, .rdf); CORDIS's EURIO graph by default.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TOML file saying which predicates carry names, acronyms, country and city (for non-EURIO RDF).")
@click.option("--reconcile", "service", metavar="URL", help="W3C Reconciliation Service to link organisations through.")
@click.option("--type", "kind_type", default="Q43229", show_default=True, help="Type sent with reconciliation queries.")
@click.option("--dry-run", is_flag=True, help="Print what would be linked; write nothing to the store.")
@store_option
@click.pass_context
def link(ctx: click.Context, dataset: Path | None, mapping: Path | None, service: str | None, kind_type: str,
         dry_run: bool, store: Path | None) -> None:
    """Link organisations and projects to an external dataset (--dataset) or a reconciliation service (--reconcile)."""
    from ._commands import link_with

    if (dataset is None) == (service is None):
        raise click.UsageError("give --dataset FILE or --reconcile URL (one of them)")
    click.echo(link_with(_settings(ctx, store=store), dataset=dataset, mapping=mapping, service=service,
                         kind_type=kind_type, save=not dry_run), nl=False)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--host", help="Interface to listen on [env INNOGRAPH_HOST; default 127.0.0.1].")
@click.option("--port", type=int, help="Port [env INNOGRAPH_PORT; default 8000].")
@click.option("--cors-origin", "cors", multiple=True,
              help="Browser origin allowed to query (repeatable; '*' for any) [env INNOGRAPH_CORS_ORIGINS, comma-separated].")
@click.option("--workers", type=int,
              help="Query worker processes per server process; 0 runs queries in the server [env INNOGRAPH_WORKERS; default CPU count].")
@click.option("--processes", type=int, help="Server processes sharing the port [env INNOGRAPH_PROCESSES; default 1].")
@click.option("--query-timeout", type=float, help="Seconds before a query is stopped [env INNOGRAPH_QUERY_TIMEOUT; default 30].")
@click.option("--max-rows", type=int, help="Rows (or triples) per answer [env INNOGRAPH_MAX_ROWS; default 100000].")
@click.option("--access-log", is_flag=True, default=None, help="Log every request [env INNOGRAPH_ACCESS_LOG; default off].")
@click.option("--enable-update", is_flag=True, default=None,
              help="Accept SPARQL Update and Graph Store writes with the token in INNOGRAPH_UPDATE_TOKEN [env INNOGRAPH_ENABLE_UPDATE].")
@store_option
@store_url_option
@click.pass_context
def serve(ctx: click.Context, paths: tuple[Path, ...], host: str | None, port: int | None, cors: tuple[str, ...],
          store: Path | None, store_url: str | None, **limits: Any) -> None:
    """Serve the SPARQL endpoint and pages; builds PATHS (or the bundled corpus) first if the store is empty."""
    from ._commands import serve_store

    serve_store(list(paths), _settings(ctx, store=store, host=host, port=port, cors_origins=cors or None,
                                       store_url=store_url, **limits))


@main.command()
@click.argument("documents", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", required=True, type=click.Path(path_type=Path), help="Folder of *.gold.json files.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(documents: tuple[Path, ...], gold: Path, as_json: bool) -> None:
    """Score extraction of DOCUMENTS against gold annotations.

    Without DOCUMENTS: the documents next to their gold files, else the bundled corpus.
    """
    from ._commands import evaluate_against

    click.echo(evaluate_against(list(documents), gold, as_json), nl=False)
