"""`unkg build` as a library: documents land in their own graphs; bad input loses nothing."""

import json
from pathlib import Path

from conftest import CORPUS

from ingest.build import build
from ingest.store import GraphStore
from ontology import iris

SYMBOLS = ["A/62/296", "A/74/285", "A/79/837", "A/HRC/44/25", "A/RES/76/176"]


def _corpus_copy(tmp_path: Path, files: list[str]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"] = [d for d in manifest["documents"] if d["file"] in files]
    for name in files:
        (folder / name).write_bytes((CORPUS / name).read_bytes())
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_each_document_gets_its_own_named_graph(sample_store):
    graphs = sample_store.graphs()
    for symbol in SYMBOLS:
        assert iris.document_graph(symbol) in graphs
    assert iris.graph("ontology") in graphs
    assert iris.graph("build") in graphs


def test_rebuilding_a_document_replaces_its_graph(tmp_path):
    folder = _corpus_copy(tmp_path, ["A_RES_76_176.zh.txt"])
    store = GraphStore(tmp_path / "store")
    graph = iris.document_graph("A/RES/76/176")
    first = build(store, [folder], jobs=1)
    size = len(list(store.quads(graph)))
    second = build(store, [folder], jobs=1)
    assert first.ok and second.ok
    assert len(list(store.quads(graph))) == size == second.documents[0].triples


def test_a_broken_document_is_reported_and_the_others_still_load(tmp_path):
    folder = _corpus_copy(tmp_path, ["A_RES_76_176.zh.txt"])
    (folder / "broken.txt").write_bytes(b"\xff\x00\xfe\x81" * 100)
    store = GraphStore(tmp_path / "store")
    report = build(store, [folder], jobs=2)
    assert [d.symbol for d in report.documents] == ["A/RES/76/176"]
    assert len(report.failures) == 1
    assert report.failures[0].file.endswith("broken.txt")
    assert iris.document_graph("A/RES/76/176") in store.graphs()


def test_a_document_without_a_symbol_says_how_to_fix_it(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "untitled.txt").write_text("1. 第一段。\n2. 第二段。\n", encoding="utf-8")
    report = build(GraphStore(tmp_path / "store"), [folder], jobs=1)
    assert report.failures[0].error == (
        'untitled.txt: no UN symbol for this document; add it to manifest.json '
        '("symbol": "A/79/837")'
    )


def test_a_missing_file_fails_alone(tmp_path):
    folder = _corpus_copy(tmp_path, ["A_RES_76_176.zh.txt"])
    report = build(GraphStore(tmp_path / "store"), [folder, tmp_path / "nope.txt"], jobs=1)
    assert len(report.documents) == 1
    assert report.failures[0].error == f"{tmp_path / 'nope.txt'}: no such file"


def test_the_build_counts_what_it_loaded(sample_store):
    from queries import runner

    rows = runner.to_records(runner.run(sample_store, runner.load("overview")))
    assert rows[0]["documents"] == "5"
    assert int(rows[0]["triples"]) == len(sample_store)


CANDIDATES_TEXT = (
    " 1. 开发署与萨赫勒选举观察网络合作，并支持西非选举研究所。\n\n"
    " 2. 开发署还协助了东帝汶。\n\nA/79/999\n"
)


def test_the_build_reports_candidate_organisations_not_in_the_gazetteer(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(CANDIDATES_TEXT, encoding="utf-8")
    report = build(GraphStore(tmp_path / "store"), [folder], jobs=1)
    assert report.documents[0].candidates == [("1", "萨赫勒选举观察网络"), ("1", "西非选举研究所")]
    assert report.candidates == 2
