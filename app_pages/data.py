"""The explorer's one door to the graph: a read-only store per process and cached canned queries."""

from __future__ import annotations

import os

import streamlit as st

from ingest.store import DEFAULT_STORE, GraphStore, StoreNotFound
from queries import runner


def store_path() -> str:
    """Return the store path from `UNKG_STORE`, or the default `.unkg/store`."""
    return os.environ.get("UNKG_STORE") or DEFAULT_STORE


@st.cache_resource
def open_store(path: str) -> GraphStore:
    """Open the store at `path` read-only, once per process (shared by every session)."""
    return GraphStore(path, read_only=True)


@st.cache_data(ttl=600, show_spinner=False)
def query(name: str, params: tuple[tuple[str, str], ...] = (), path: str | None = None) -> list[dict]:
    """Run the canned query `name` with `params` bound; return rows of plain cells (cached)."""
    store = open_store(path or store_path())
    result = runner.run(store, runner.load(name), dict(params))
    return runner.to_records(result)


def store_missing() -> bool:
    """Return True (and say how to fix it on the page) when no graph has been built yet."""
    try:
        open_store(store_path())
    except StoreNotFound:
        st.error(f"No graph at {store_path()}. Build it first: `unkg build` (or `make run`).")
        return True
    return False
