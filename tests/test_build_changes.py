"""What changed in a build: each document added, changed, unchanged or kept since the build before."""

from pathlib import Path

from test_build import _corpus_copy

from ingest.build import build
from ingest.store import GraphStore
from ontology import iris
from queries import runner

RESOLUTION = "A_RES_76_176.zh.txt"
# A small document of our own, with its symbol in the text (no manifest entry needed).
EXTRA_TEXT = " 1. 开发署协助了东帝汶的选举。\n\n 2. 大会欢迎这项工作。\n\nA/79/999\n"


def _changes(store: GraphStore) -> list[dict]:
    return runner.to_records(runner.run(store, runner.load("build-changes")))


def _triples(store: GraphStore, symbol: str) -> str:
    return str(len(list(store.quads(iris.document_graph(symbol)))))


def _two_documents(tmp_path: Path) -> tuple[Path, GraphStore]:
    folder = _corpus_copy(tmp_path, [RESOLUTION])
    (folder / "extra.txt").write_text(EXTRA_TEXT, encoding="utf-8")
    return folder, GraphStore(tmp_path / "store")


def test_the_first_build_adds_every_document(tmp_path):
    folder, store = _two_documents(tmp_path)
    report = build(store, [folder], jobs=1)
    assert report.changes == {"added": 2, "changed": 0, "unchanged": 0, "kept": 0}
    assert _changes(store) == [
        {"symbol": "A/79/999", "status": "added", "triples": _triples(store, "A/79/999"),
         "previous_triples": ""},
        {"symbol": "A/RES/76/176", "status": "added", "triples": _triples(store, "A/RES/76/176"),
         "previous_triples": ""},
    ]


def test_building_the_same_files_twice_changes_nothing(tmp_path):
    folder, store = _two_documents(tmp_path)
    first = build(store, [folder], jobs=1)
    second = build(store, [folder], jobs=2)
    assert [d.digest for d in second.documents] == [d.digest for d in first.documents]
    assert second.changes == {"added": 0, "changed": 0, "unchanged": 2, "kept": 0}
    small, resolution = _triples(store, "A/79/999"), _triples(store, "A/RES/76/176")
    assert _changes(store) == [
        {"symbol": "A/79/999", "status": "unchanged", "triples": small, "previous_triples": small},
        {"symbol": "A/RES/76/176", "status": "unchanged", "triples": resolution,
         "previous_triples": resolution},
    ]


def test_a_file_whose_text_changed_is_changed(tmp_path):
    folder, store = _two_documents(tmp_path)
    build(store, [folder], jobs=1)
    before = _triples(store, "A/79/999")
    (folder / "extra.txt").write_text(EXTRA_TEXT.replace(" 2. 大会欢迎这项工作。\n\n", ""), encoding="utf-8")
    report = build(store, [folder], jobs=1)
    assert report.changes == {"added": 0, "changed": 1, "unchanged": 1, "kept": 0}
    resolution = _triples(store, "A/RES/76/176")
    assert int(_triples(store, "A/79/999")) < int(before)
    assert _changes(store) == [
        {"symbol": "A/79/999", "status": "changed", "triples": _triples(store, "A/79/999"),
         "previous_triples": before},
        {"symbol": "A/RES/76/176", "status": "unchanged", "triples": resolution,
         "previous_triples": resolution},
    ]


def test_a_new_file_is_added_and_a_build_of_a_subset_keeps_the_others(tmp_path):
    folder = _corpus_copy(tmp_path, [RESOLUTION])
    store = GraphStore(tmp_path / "store")
    build(store, [folder], jobs=1)
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "extra.txt").write_text(EXTRA_TEXT, encoding="utf-8")
    report = build(store, [extra], jobs=1)
    assert report.changes == {"added": 1, "changed": 0, "unchanged": 0, "kept": 1}
    resolution = _triples(store, "A/RES/76/176")
    assert _changes(store) == [
        {"symbol": "A/79/999", "status": "added", "triples": _triples(store, "A/79/999"),
         "previous_triples": ""},
        {"symbol": "A/RES/76/176", "status": "kept", "triples": resolution, "previous_triples": resolution},
    ]


def test_the_record_keeps_the_build_before_and_no_older_one(tmp_path):
    folder, store = _two_documents(tmp_path)
    for _ in range(3):
        build(store, [folder], jobs=1)
    rows = store.query(
        "SELECT (COUNT(?b) AS ?n) WHERE { GRAPH ?g { ?b a <http://www.w3.org/ns/prov#Activity> } }"
    )
    assert [row["n"].value for row in rows] == ["2"]


def test_the_last_build_lists_only_the_documents_it_read(tmp_path):
    folder = _corpus_copy(tmp_path, [RESOLUTION])
    store = GraphStore(tmp_path / "store")
    build(store, [folder], jobs=1)
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "extra.txt").write_text(EXTRA_TEXT, encoding="utf-8")
    build(store, [extra], jobs=1)
    rows = runner.to_records(runner.run(store, runner.load("last-build")))
    assert [(r["symbol"], r["document"]) for r in rows] == [("A/79/999", iris.document("A/79/999"))]


def test_the_build_summary_counts_the_changes(tmp_path):
    from unkg.commands.build import change_line

    folder, store = _two_documents(tmp_path)
    assert change_line(build(store, [folder], jobs=1)) == "changes: 2 added"
    (folder / "extra.txt").write_text(EXTRA_TEXT.replace("东帝汶", "海地"), encoding="utf-8")
    assert change_line(build(store, [folder], jobs=1)) == "changes: 1 changed, 1 unchanged"
