"""The explorer's one door to the graph: a read-only store per process and cached canned queries.

Pages never write SPARQL: they name a query file under `queries/` and pass its
parameters, which the runner binds as RDF terms. The SPARQL console's own query
runs in a child process (`app_pages.sandbox`) so that a time limit can end it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import streamlit as st

from ingest.store import DEFAULT_STORE, GraphStore, StoreNotFound, directory_state
from ontology import iris
from queries import runner

# Limits of the SPARQL console, overridable by environment for deployments and tests.
CONSOLE_SECONDS = float(os.environ.get("UNKG_CONSOLE_SECONDS", "10"))
CONSOLE_ROWS = int(os.environ.get("UNKG_CONSOLE_ROWS", "1000"))
ROOT = Path(__file__).resolve().parent.parent


def store_path() -> str:
    """Return the store path from `UNKG_STORE`, or the default `.unkg/store`."""
    return os.environ.get("UNKG_STORE") or DEFAULT_STORE


def open_store(path: str) -> GraphStore:
    """Return the read-only store at `path`, shared by every session until a build changes it.

    A read-only handle never sees later writes, so the store's state on disk is
    part of the cache key: after `unkg build` the next call opens a fresh handle.
    """
    return _open_store(path, directory_state(path))


@st.cache_resource(max_entries=2, show_spinner=False)
def _open_store(path: str, state: tuple) -> GraphStore:
    return GraphStore(path, read_only=True)


def query(name: str, params: tuple[tuple[str, str], ...] = (), path: str | None = None) -> list[dict]:
    """Run the canned query `name` with `params` bound; return rows of plain cells (cached per build)."""
    path = path or store_path()
    return _query(name, params, path, directory_state(path))


@st.cache_data(ttl=600, show_spinner=False)
def _query(name: str, params: tuple[tuple[str, str], ...], path: str, state: tuple) -> list[dict]:
    result = runner.run(open_store(path), runner.load(name), dict(params))
    return runner.to_records(result)


def has_query(name: str) -> bool:
    """Return True when `queries/NAME.rq` exists."""
    return name in runner.available()


def declared(name: str) -> runner.CannedQuery:
    """Return the canned query `name` with its header (title, params, columns)."""
    return runner.load(name)


def entity_value(name: str, param: str, kind: str, key: str) -> str:
    """Return `key` (an acronym or ISO3 code) as the query's `param` wants it: an IRI or the code.

    `kind` is "org" or "state"; a parameter declared `iri` gets the entity's IRI.
    """
    if not has_query(name):
        return key
    types = {p.name: p.type for p in declared(name).params}
    if types.get(param) != "iri":
        return key
    return iris.organization(key) if kind == "org" else iris.state(key)


def store_missing() -> bool:
    """Return True (and say how to fix it on the page) when no graph has been built yet."""
    try:
        open_store(store_path())
    except StoreNotFound:
        st.error(f"No graph at {store_path()}. Build it first: `unkg build` (or `make run`).")
        return True
    return False


def paragraph_ref(value: str, symbol: str = "") -> tuple[str, str]:
    """Return (document symbol, paragraph key) for a paragraph IRI, or for an id within `symbol`.

    The key of an IRI is its slug ("op-17"); the reader accepts the id or its slug.
    """
    if "/para/" in value and value.startswith(("http://", "https://")):
        doc, _, key = value.rpartition("/para/")
        return unquote(doc.split("/id/document/", 1)[-1]), key
    return symbol, value


def document_of(value: str) -> str:
    """Return the UN symbol of a document IRI, or `value` itself when it is already a symbol."""
    if value.startswith(("http://", "https://")) and "/id/document/" in value:
        return unquote(value.split("/id/document/", 1)[1])
    return value


def dump(fmt: str, path: str | None = None) -> bytes:
    """Return the whole graph serialised as `fmt` (nquads, trig, turtle, ...), cached per build."""
    path = path or store_path()
    return _dump(fmt, path, directory_state(path))


@st.cache_data(ttl=600, show_spinner=False)
def _dump(fmt: str, path: str, state: tuple) -> bytes:
    return open_store(path).dump(fmt)


@dataclass
class ConsoleResult:
    """What the console's child process returned: rows, or the plain reason there are none."""

    columns: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    truncated: bool = False
    error: str = ""
    timed_out: bool = False


def console_run(text: str, params: dict[str, str] | None = None, name: str = "") -> ConsoleResult:
    """Run a canned query `name` with `params`, or the user's own query `text`, read-only and limited.

    The query runs in a child process on a read-only store; after CONSOLE_SECONDS it
    is killed and the result says so. At most CONSOLE_ROWS rows come back.
    """
    request = {"store": store_path(), "name": name, "text": text, "params": params or {},
               "rows": CONSOLE_ROWS}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app_pages.sandbox"], input=json.dumps(request),
            capture_output=True, text=True, timeout=CONSOLE_SECONDS, check=False, cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return ConsoleResult(timed_out=True)
    if done.returncode != 0 or not done.stdout.strip():
        return ConsoleResult(error=done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    return ConsoleResult(**json.loads(done.stdout))
