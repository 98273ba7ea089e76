"""`unkg export`: write the graph as RDF."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from unkg.commands import open_store, reported
from unkg.export import EXPORT_FORMATS
from unkg.export import export as export_graph

RdfFormat = Enum("RdfFormat", {f: f for f in EXPORT_FORMATS}, type=str)


def export(
    ctx: typer.Context,
    fmt: RdfFormat = typer.Option("turtle", "--format", "-f", help="RDF syntax."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
) -> None:
    """Export the graph as RDF: quad syntaxes keep one named graph per document.

    Output is deterministic (sorted, canonical blank nodes). With -o, a VoID and
    DCAT description is written beside the dump as <name>.void.ttl, and for
    jsonld the context as context.jsonld. Works with --endpoint too.

    Example: unkg export --format trig -o unkg.trig
    """
    with reported(ctx):
        store = open_store(ctx)
        size = export_graph(store, fmt.value, output or sys.stdout.buffer)
    if output:
        void = output.with_name(f"{output.stem}.void.ttl")
        print(f"wrote {size} bytes of {fmt.value} to {output}, described in {void}", file=sys.stderr)


def register(app: typer.Typer) -> None:
    """Add the command to `app`."""
    app.command()(export)
