"""One module per `unkg` sub-command; each defines `register(app)`, and errors go through `reported`."""

from __future__ import annotations

import sys
import traceback
from contextlib import contextmanager

import typer

from ingest.errors import UnkgError
from ingest.store import GraphStore, StoreNotFound
from queries.runner import QueryError


@contextmanager
def reported(ctx: typer.Context):
    """Turn unkg's own errors into `Error: ...` on stderr and exit code 1 (traceback if asked)."""
    try:
        yield
    except (UnkgError, QueryError, StoreNotFound, ValueError) as exc:
        if ctx.obj.stacktrace:
            traceback.print_exc()
        message = str(exc)
        if isinstance(exc, StoreNotFound):
            message = f"no graph at {message}; run 'unkg build' first (or pass --store PATH)"
        print(f"Error: {message}", file=sys.stderr)
        raise typer.Exit(1) from None


def open_store(ctx: typer.Context, read_only: bool = True) -> GraphStore:
    """Open the store named by the global options, read-only unless asked to write."""
    return GraphStore(ctx.obj.store, read_only=read_only)
