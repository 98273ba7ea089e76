"""Output options shared by the commands that print results."""

from __future__ import annotations

from enum import Enum

import typer


class OutputFormat(str, Enum):
    """How `unkg query` prints its rows."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def format_option(default: OutputFormat):
    """Return the shared `--format` option."""
    return typer.Option(default, "--format", "-f", help="Output format.")


def headers_option():
    """Return the shared `--headers/--no-headers` option."""
    return typer.Option(True, "--headers/--no-headers", help="Print the header row (csv, tsv).")
