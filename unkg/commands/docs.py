"""`unkg docs`: write the ontology reference as HTML."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from unkg.commands import reported


def docs(
    ctx: typer.Context,
    output: Path = typer.Option(Path("docs/ontology"), "--output", "-o", help="Folder for index.html."),
) -> None:
    """Write the HTML reference of every class, property and concept scheme (English and Chinese).

    Generated from ontology/*.ttl; `unkg serve` serves the same page at /ontology.

    Example: unkg docs -o site/ontology
    """
    from unkg.docs import write

    with reported(ctx):
        path = write(output)
    print(f"wrote {path}", file=sys.stderr)


def register(app: typer.Typer) -> None:
    """Add the command to `app`."""
    app.command()(docs)
