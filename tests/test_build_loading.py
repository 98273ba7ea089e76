"""How a build loads: new graphs several per transaction, each with its entry; bounded reading ahead."""

from concurrent.futures import Future
from pathlib import Path

import pyoxigraph as ox
import pytest

from ingest import build as build_module
from ingest import build_record
from ingest.build import DocumentResult, Loader, Work, build, in_graph
from ingest.store import GraphStore
from ontology import iris

GRAPH = iris.document_graph("A/1")
LINE = f'<https://example.org/s> <https://example.org/p> "o" {ox.NamedNode(GRAPH)} .\n'.encode()


def _quads(store: GraphStore) -> set[ox.Quad]:
    return {q for q in store.quads() if q.graph_name.value != iris.graph("build")}


@pytest.mark.parametrize("batch_bytes", [0, 10**9])
def test_batched_and_one_by_one_loads_give_the_same_store(tmp_path, monkeypatch, batch_bytes):
    one_by_one = GraphStore(tmp_path / "one")
    build(one_by_one, jobs=1)
    monkeypatch.setattr(build_module, "BATCH_BYTES", batch_bytes)
    batched = GraphStore(tmp_path / "batched")
    report = build(batched, jobs=1)
    assert _quads(batched) == _quads(one_by_one)
    recorded = build_record.read(batched).states
    assert {s: (r.digest, r.status) for s, r in recorded.items()} == {
        d.symbol: (d.digest, "added") for d in report.documents}


def test_in_graph_accepts_only_quads_of_the_graph_without_blank_nodes():
    assert in_graph(LINE + LINE, GRAPH)
    assert not in_graph(LINE.replace(b"<https://example.org/s>", b"_:b"), GRAPH)
    assert not in_graph(LINE.replace(b"A%2F1", b"A%2F2").replace(b"A/1", b"A/2"), GRAPH)


def test_quads_naming_another_graph_still_land_in_the_documents_graph(tmp_path):
    other = LINE.replace(str(ox.NamedNode(GRAPH)).encode(), b"<https://example.org/elsewhere>")
    result = DocumentResult(file="a.txt", symbol="A/1", nquads=other, digest="d", triples=1)
    result.own_graph = in_graph(result.nquads, GRAPH)
    store = GraphStore(tmp_path / "store")
    loader = Loader(store, {})
    loader.load(Work(Path("a.txt"), {}), result)
    loader.flush()
    assert [q.graph_name.value for q in store.quads() if q.graph_name.value != iris.graph("build")] == [GRAPH]
    assert build_record.read(store).states["A/1"].digest == "d"


def test_a_new_graph_waits_for_flush_with_its_entry(tmp_path):
    result = DocumentResult(file="a.txt", symbol="A/1", nquads=LINE, digest="d", triples=1, own_graph=True)
    store = GraphStore(tmp_path / "store")
    loader = Loader(store, {})
    loader.load(Work(Path("a.txt"), {}), result)
    assert (store.holds(GRAPH), build_record.read(store).states) == (False, {})
    loader.flush()
    assert store.holds(GRAPH)
    assert list(build_record.read(store).states) == ["A/1"]


class _Pool:
    """A pool that runs nothing until asked for a result, and says how many were submitted at most at once."""

    def __init__(self):
        self.waiting, self.most = 0, 0

    def submit(self, fn, *args):
        self.waiting += 1
        self.most = max(self.most, self.waiting)
        future = Future()
        future.set_result(args[0].name)
        original = future.result

        def result():
            self.waiting -= 1
            return original()

        future.result = result
        return future


def test_files_are_read_ahead_no_more_than_a_window_at_a_time():
    pool = _Pool()
    work = [Work(Path(f"{n}.txt"), {}) for n in range(10)]
    assert list(build_module._windowed(pool, work, 3)) == [f"{n}.txt" for n in range(10)]
    assert pool.most == 3
