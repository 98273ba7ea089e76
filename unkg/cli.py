"""The `unkg` command line: thin commands over the library, errors as one line with a hint.

Each sub-command lives in `unkg/commands/<name>.py` and registers itself on `app`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import typer

from ingest.store import DEFAULT_STORE
from unkg.commands import build, docs, export, query, serve, validate

app = typer.Typer(
    help=(
        "unkg: a knowledge graph of the United Nations built from UN documents.\n\n"
        "Build the graph from documents, query it with canned SPARQL, export it as RDF."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


@dataclass
class Settings:
    """Options every command shares."""

    store: Path
    stacktrace: bool = False
    endpoint: str | None = None
    update_endpoint: str | None = None
    graph_store: str | None = None


@app.callback()
def main_options(
    ctx: typer.Context,
    store: Path = typer.Option(
        None,
        "--store",
        help=f"Path of the embedded store (default: $UNKG_STORE or {DEFAULT_STORE}).",
        show_default=False,
    ),
    stacktrace: bool = typer.Option(False, "--stacktrace", help="Show the full traceback of an error."),
    endpoint: str = typer.Option(
        None, "--endpoint", envvar="UNKG_ENDPOINT",
        help="Use the SPARQL 1.1 query endpoint at this URL instead of the embedded store.",
    ),
    update_endpoint: str = typer.Option(
        None, "--update-endpoint", envvar="UNKG_UPDATE_ENDPOINT",
        help="SPARQL 1.1 Update endpoint for writes with --endpoint (default: the query endpoint).",
    ),
    graph_store: str = typer.Option(
        None, "--graph-store", envvar="UNKG_GRAPH_STORE",
        help="With --endpoint, write through this SPARQL 1.1 Graph Store Protocol URL instead "
             "(one PUT per document graph).",
    ),
) -> None:
    """Read the options shared by all commands."""
    path = store or Path(os.environ.get("UNKG_STORE") or DEFAULT_STORE)
    ctx.obj = Settings(store=path, stacktrace=stacktrace, endpoint=endpoint, update_endpoint=update_endpoint,
                       graph_store=graph_store)


for command in (build, query, export, validate, serve, docs):
    command.register(app)


def main() -> None:
    """Run the command line (the `unkg` console script)."""
    app()
