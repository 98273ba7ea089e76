"""One module per `unkg` sub-command; each defines `register(app)`, and errors go through `reported`."""

from __future__ import annotations

import sys
import traceback
from contextlib import contextmanager

import typer

from ingest.errors import UnkgError
from ingest.store import GraphStore, RemoteStore, RemoteStoreError, StoreNotFound
from ingest.store import open_store as open_any_store
from queries.runner import QueryError


@contextmanager
def reported(ctx: typer.Context):
    """Turn unkg's own errors into `Error: ...` on stderr and exit code 1 (traceback if asked)."""
    try:
        yield
    except (UnkgError, QueryError, StoreNotFound, RemoteStoreError, ValueError) as exc:
        if ctx.obj.stacktrace:
            traceback.print_exc()
        message = str(exc)
        if isinstance(exc, StoreNotFound):
            message = f"no graph at {message}; run 'unkg build' first (or pass --store PATH)"
        print(f"Error: {message}", file=sys.stderr)
        raise typer.Exit(1) from None


def open_store(ctx: typer.Context, read_only: bool = True) -> GraphStore | RemoteStore:
    """Open the store named by the global options (--store or --endpoint), read-only unless asked to write."""
    settings = ctx.obj
    return open_any_store(settings.store, getattr(settings, "endpoint", None),
                          getattr(settings, "update_endpoint", None), read_only=read_only,
                          graph_store=getattr(settings, "graph_store", None))
