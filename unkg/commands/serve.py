"""`unkg serve`: a read-only SPARQL endpoint and linked-data server over the embedded store."""

from __future__ import annotations

import sys

import typer

from ingest.store import GraphStore
from unkg.commands import reported


def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(7878, "--port", help="TCP port to listen on."),
    time_limit: float = typer.Option(30.0, "--time-limit", help="Seconds a query may run before it stops."),
    max_mb: float = typer.Option(100.0, "--max-mb", help="Largest answer, in megabytes, one query may give."),
    workers: int = typer.Option(2, "--workers", help="Query worker processes (queries run in parallel)."),
    refresh: float = typer.Option(
        2.0, "--refresh", help="Seconds between looks for a finished rebuild of the store (0: never)."),
) -> None:
    """Serve the graph: SPARQL 1.1 at /sparql, entity pages under /id/, the ontology at /ontology.

    The store is opened read-only; updates are refused. A query that runs past
    --time-limit is stopped and answered with 503, and one larger than --max-mb
    is refused with 422; the server keeps serving. When `unkg build` finishes
    writing to the same store, the workers are recycled within a few --refresh
    intervals, so new queries see the new build without a restart.

    Example: unkg serve --port 7878   (then: curl 'http://127.0.0.1:7878/sparql?query=ASK{}')
    """
    from unkg.serve.endpoint import make_server

    with reported(ctx):
        if ctx.obj.endpoint:
            raise ValueError("unkg serve serves the embedded store; --endpoint already names a SPARQL server")
        GraphStore(ctx.obj.store, read_only=True)  # fails early, with the hint to build
        server = make_server(str(ctx.obj.store), host, port, workers=workers, seconds=time_limit,
                             max_bytes=int(max_mb * 1_000_000), refresh=refresh)
    print(f"serving {ctx.obj.store} at http://{host}:{server.server_port}/sparql (Ctrl-C to stop)",
          file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()


def register(app: typer.Typer) -> None:
    """Add the command to `app`."""
    app.command()(serve)
