"""Shared fixtures: the sample corpus built once per test session into a temporary store."""

from pathlib import Path

import pytest

from ingest.build import build
from ingest.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def built_store_path(tmp_path_factory) -> Path:
    """Path of a store holding the whole sample corpus (built once; open it read-only)."""
    path = tmp_path_factory.mktemp("sample") / "store"
    store = GraphStore(path)
    report = build(store, [CORPUS], jobs=2)
    assert report.ok, report.failures
    del store
    return path


@pytest.fixture(scope="session")
def sample_store(built_store_path) -> GraphStore:
    """The sample corpus store, opened read-only."""
    return GraphStore(built_store_path, read_only=True)
