"""The SPARQL console's child process: run one query read-only, print its rows as JSON.

Reads a JSON request on stdin: store path, a canned query name with params or a
query text, and a row cap. Prints `{"columns", "rows", "truncated"}` or `{"error"}`.
The parent kills this process when the console's time limit fires.
"""

from __future__ import annotations

import json
import re
import sys

import pyoxigraph as ox

from ingest.store import GraphStore, StoreNotFound
from queries import runner

# SPARQL Update operations; the console answers queries only.
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.IGNORECASE)
_STRINGS = r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
REFUSED = "The console is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, ...) are refused."


def _strip_literals(text: str) -> str:
    """Return `text` without comments and quoted strings, where update keywords may harmlessly appear."""
    text = re.sub(_STRINGS, '""', text)
    text = re.sub(r"<[^>\s]*>", "<>", text)
    return re.sub(r"#[^\n]*", "", text)


def is_update(text: str) -> bool:
    """Return True when `text` reads as a SPARQL Update rather than a query."""
    return bool(_UPDATE.search(_strip_literals(text)))


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
        rows.append({c: runner.plain(t) for c, t in zip(columns, item, strict=True)})
    return {"columns": columns, "rows": rows, "truncated": truncated}


def answer(request: dict) -> dict:
    """Return the console's answer to `request` (see the module docstring)."""
    text, name = request.get("text", ""), request.get("name", "")
    if not name and is_update(text):
        return {"error": REFUSED}
    try:
        store = GraphStore(request["store"], read_only=True)
        if name:
            canned = runner.load(name)
            solutions = store.query(canned.text, canned.bind(request.get("params", {})))
        else:
            solutions = store.query(text)
    except StoreNotFound:
        return {"error": f"No graph at {request['store']}; build it first with `unkg build`."}
    except (SyntaxError, runner.QueryError, OSError) as exc:
        return {"error": str(exc)}
    return _cells(solutions, int(request.get("rows", 1000)))


def main() -> None:
    """Read one request from stdin and print the answer as JSON on stdout."""
    print(json.dumps(answer(json.loads(sys.stdin.read())), ensure_ascii=False))


if __name__ == "__main__":
    main()
