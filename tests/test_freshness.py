"""The endpoint notices a finished build from a few quads of the build record, whatever the store's size."""

from test_incremental import _two_documents_built

from ingest import build_record as record
from ingest.build import build
from ingest.store import GraphStore
from ontology import iris
from unkg.serve.freshness import BuildWatch, build_record


def test_what_tells_builds_apart_is_the_start_time_and_the_store_the_build_left(tmp_path):
    _, store = _two_documents_built(tmp_path)
    expected = {str(q) for q in store.quads(record.RECORD)
                if q.subject.value == record.STORE
                or (q.subject.value == record.LATEST and q.predicate.value.endswith("#startedAtTime"))}
    del store
    lines = build_record(str(tmp_path / "store"), iris.graph("build"))
    assert lines == expected
    assert len(lines) == 7  # started; the store: its type, build, documents, triples and two partitions


def test_a_new_build_is_noticed_once_its_files_settle(tmp_path):
    folder, store = _two_documents_built(tmp_path)
    del store
    watch = BuildWatch(str(tmp_path / "store"), iris.graph("build"))
    assert watch.check() is False
    store = GraphStore(tmp_path / "store")
    build(store, [folder], jobs=1)
    del store
    assert [watch.check(), watch.check(), watch.check()] == [False, True, False]
