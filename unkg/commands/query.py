"""`unkg query`: run a canned query (or a .rq file) with bound parameters."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.table import Table

from queries import runner
from unkg.commands import open_store, reported
from unkg.commands.output import OutputFormat, format_option, headers_option


def _parse_params(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise runner.BadQueryParameter(f"parameter {pair!r} is not NAME=VALUE; try -p symbol=A/79/837")
        values[name.strip()] = value
    return values


def _table(result: runner.Result) -> None:
    table = Table(*result.columns)
    for record in runner.to_records(result):
        table.add_row(*record.values())
    Console().print(table)


def query(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="A canned query name (see --list) or a path to a .rq file."),
    param: list[str] = typer.Option(None, "--param", "-p", help="A parameter as NAME=VALUE (repeatable)."),
    fmt: OutputFormat = format_option(OutputFormat.table),
    headers: bool = headers_option(),
) -> None:
    """Run a canned SPARQL query with parameters bound as RDF terms.

    Example: unkg query documents -p symbol=A/79/837 --format csv
    """
    with reported(ctx):
        canned = runner.load(name)
        values = _parse_params(param or [])
        result = runner.run(open_store(ctx), canned, values)
    if fmt is OutputFormat.table:
        _table(result)
    elif fmt is OutputFormat.json:
        sys.stdout.write(runner.format_json(result))
    else:
        delimiter = "\t" if fmt is OutputFormat.tsv else ","
        sys.stdout.write(runner.format_delimited(result, delimiter, headers))


def queries() -> None:
    """List the canned queries with their parameters and columns.

    Example: unkg queries
    """
    for name in runner.available():
        canned = runner.load(name)
        params = ", ".join(f"{p.name}{'?' if p.optional else ''}" for p in canned.params)
        print(f"{name}({params}) -> {', '.join(canned.columns)}: {canned.title}")


def register(app: typer.Typer) -> None:
    """Add the commands to `app`."""
    app.command()(query)
    app.command()(queries)
