"""Building twice yields the same store: same triples, same IRIs, same export bytes.

The one thing two builds of the same files may differ in is when they
started: prov:startedAtTime of `graph/build/latest` (and of
`graph/build/previous`), in the build record's graph `graph/build`. An export
of one build is byte-identical whatever the export (tests/test_export.py);
exports of two builds are compared without exactly that graph.
"""

import io

import pyoxigraph as ox
import pytest
from resolution_copies import write_copies

from ingest.build import build
from ingest.store import GraphStore
from ontology import iris
from unkg.export import export

RECORD = iris.graph("build")
STARTED = ox.NamedNode("http://www.w3.org/ns/prov#startedAtTime")


def _without_record(store: GraphStore) -> GraphStore:
    """Return an in-memory copy of `store` without the build record's graph."""
    copy = GraphStore()
    copy.extend(q for q in store.quads() if q.graph_name.value != RECORD)
    return copy


def _export(store: GraphStore, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[GraphStore, GraphStore]:
    """Two fresh stores, each built from the same three documents."""
    root = tmp_path_factory.mktemp("determinism")
    write_copies(root / "corpus", 3)
    stores = []
    for name in ("first", "second"):
        store = GraphStore(root / name)
        assert build(store, [root / "corpus"], jobs=2).ok
        stores.append(store)
    return stores[0], stores[1]


@pytest.mark.parametrize("fmt", ["nquads", "turtle"])
def test_two_builds_export_the_same_bytes_but_for_the_build_record(two_builds, fmt):
    first, second = two_builds
    assert _export(_without_record(first), fmt) == _export(_without_record(second), fmt)


def test_two_build_records_differ_only_in_when_the_builds_started(two_builds):
    first, second = two_builds
    records = [{q for q in store.quads(RECORD) if q.predicate != STARTED} for store in two_builds]
    assert records[0] == records[1]
    assert [len([q for q in s.quads(RECORD) if q.predicate == STARTED]) for s in (first, second)] == [1, 1]


def test_a_forced_rebuild_changes_no_graph_but_the_record(tmp_path):
    write_copies(tmp_path / "corpus", 2)
    store = GraphStore(tmp_path / "store")
    build(store, [tmp_path / "corpus"], jobs=1)
    before = _export(_without_record(store), "nquads")
    report = build(store, [tmp_path / "corpus"], jobs=1, force=True)
    assert report.changes == {"added": 0, "changed": 0, "unchanged": 2, "kept": 0}
    assert _export(_without_record(store), "nquads") == before
