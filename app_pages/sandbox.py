"""The SPARQL console's child process: run one query read-only, print its rows as JSON.

Reads a JSON request on stdin: store path, a canned query name with params or a
query text, and a row cap. Prints `{"columns", "rows", "truncated"}` or `{"error"}`.
The parent kills this process when the console's time limit fires. Only queries run:
pyoxigraph's query parser takes no update, the store is opened read-only, and a
query that could call another host with SERVICE is refused (`unkg.serve.guard`).
"""

from __future__ import annotations

import json
import sys

import pyoxigraph as ox

from ingest.store import GraphStore, StoreNotFound
from queries import runner
from unkg.serve import guard

REFUSED = "The console is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, ...) are refused."
NO_SERVICE = f"The console refuses this query. {guard.NO_SERVICE}"
# Rows are capped by the request; a cell (a GROUP_CONCAT of the whole graph, say) is capped here.
CELL_CHARS = 10_000


def is_update(text: str) -> bool:
    """Return True when `text` reads as a SPARQL Update rather than a query, however it is spelt."""
    return guard.is_update(text)


def _cells(solutions, cap: int) -> dict:
    if isinstance(solutions, bool):
        return {"columns": ["answer"], "rows": [{"answer": str(solutions).lower()}], "truncated": False}
    if isinstance(solutions, ox.QueryTriples):
        columns = ["subject", "predicate", "object"]
        items = ([t.subject, t.predicate, t.object] for t in solutions)
    else:
        columns = [v.value for v in solutions.variables]
        items = ([s[c] for c in columns] for s in solutions)
    rows, truncated = [], False
    for item in items:
        if len(rows) == cap:
            truncated = True
            break
        rows.append({c: cut(runner.plain(t)) for c, t in zip(columns, item, strict=True)})
    return {"columns": columns, "rows": rows, "truncated": truncated}


def cut(text: str, limit: int | None = None) -> str:
    """Return `text`, or its first `limit` (CELL_CHARS) characters and a note saying it was cut."""
    limit = CELL_CHARS if limit is None else limit
    if len(text) <= limit:
        return text
    return f"{text[:limit]} … [cut: {len(text)} characters; the console shows {limit} per cell]"


def answer(request: dict) -> dict:
    """Return the console's answer to `request` (see the module docstring)."""
    text, name = request.get("text", ""), request.get("name", "")
    if not name and guard.calls_service(text):
        return {"error": NO_SERVICE}
    try:
        store = GraphStore(request["store"], read_only=True)
        if name:
            canned = runner.load(name)
            solutions = store.query(canned.text, canned.bind(request.get("params", {})))
        else:
            solutions = store.query(text)  # the query parser takes no update, and the store is read-only
    except StoreNotFound:
        return {"error": f"No graph at {request['store']}; build it first with `unkg build`."}
    except SyntaxError as exc:
        return {"error": REFUSED if not name and is_update(text) else str(exc)}
    except (runner.QueryError, OSError) as exc:
        return {"error": str(exc)}
    return _cells(solutions, int(request.get("rows", 1000)))


def main() -> None:
    """Read one request from stdin and print the answer as JSON on stdout."""
    print(json.dumps(answer(json.loads(sys.stdin.read())), ensure_ascii=False))


if __name__ == "__main__":
    main()
