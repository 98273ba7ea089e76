"""Incremental builds: a file is read again only when its bytes, manifest entry or the pipeline changed."""

import json
from pathlib import Path

import pytest
from test_build import _corpus_copy

from ingest import build as build_module
from ingest import fingerprint
from ingest.build import build
from ingest.store import GraphStore
from ontology import iris

RESOLUTION = "A_RES_76_176.zh.txt"
EXTRA_TEXT = " 1. 开发署协助了东帝汶的选举。\n\n 2. 大会欢迎这项工作。\n\nA/79/999\n"


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the files `process_file` reads, in order, for builds with one worker."""
    names: list[str] = []
    real = build_module.process_file

    def counting(path, metadata):
        names.append(Path(path).name)
        return real(path, metadata)

    monkeypatch.setattr(build_module, "process_file", counting)
    return names


def _two_documents_built(tmp_path: Path) -> tuple[Path, GraphStore]:
    folder = _corpus_copy(tmp_path, [RESOLUTION])
    (folder / "extra.txt").write_text(EXTRA_TEXT, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert build(store, [folder], jobs=1).ok
    return folder, store


@pytest.fixture
def built(tmp_path) -> tuple[Path, GraphStore]:
    """A folder of two documents (the resolution, and a small one of our own) built once into a store."""
    return _two_documents_built(tmp_path)


def test_a_second_build_of_unchanged_files_reads_none(built, reads):
    folder, store = built
    before = {q for q in store.quads() if q.graph_name.value != iris.graph("build")}
    report = build(store, [folder], jobs=1)
    assert reads == []
    assert report.changes == {"added": 0, "changed": 0, "unchanged": 2, "kept": 0}
    assert [d.symbol for d in report.documents] == ["A/RES/76/176", "A/79/999"]
    assert {q for q in store.quads() if q.graph_name.value != iris.graph("build")} == before


def test_a_changed_file_is_read_again_and_only_it(built, reads):
    folder, store = built
    (folder / "extra.txt").write_text(EXTRA_TEXT.replace("东帝汶", "海地"), encoding="utf-8")
    report = build(store, [folder], jobs=1)
    assert reads == ["extra.txt"]
    assert report.changes == {"added": 0, "changed": 1, "unchanged": 1, "kept": 0}


def test_a_changed_manifest_entry_reads_its_file_again(built, reads):
    folder, store = built
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"][0]["title_en"] = "A title edited since"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    build(store, [folder], jobs=1)
    assert reads == [RESOLUTION]


def test_a_renamed_file_is_read_again(built, reads):
    folder, store = built
    (folder / "extra.txt").rename(folder / "renamed.txt")
    build(store, [folder], jobs=1)
    assert reads == ["renamed.txt"]


def test_a_new_pipeline_reads_every_file(built, reads, monkeypatch):
    folder, store = built
    monkeypatch.setattr(fingerprint, "pipeline", lambda: fingerprint.ni(b"another version of the code"))
    report = build(store, [folder], jobs=1)
    assert sorted(reads) == [RESOLUTION, "extra.txt"]
    assert report.changes == {"added": 0, "changed": 0, "unchanged": 2, "kept": 0}


def test_force_reads_every_file(built, reads):
    folder, store = built
    build(store, [folder], jobs=1, force=True)
    assert sorted(reads) == [RESOLUTION, "extra.txt"]


def test_a_graph_missing_from_the_store_is_read_again(built, reads):
    folder, store = built
    store.remove_graph(iris.document_graph("A/79/999"))
    build(store, [folder], jobs=1)
    assert reads == ["extra.txt"]
    assert iris.document_graph("A/79/999") in store.graphs()


def test_unkg_build_force_reads_every_file(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from unkg.cli import app

    folder, store = _two_documents_built(tmp_path)
    path = str(store.path)
    del store
    reads: list[str] = []
    real = build_module.process_file
    monkeypatch.setattr(build_module, "process_file", lambda p, m: reads.append(Path(p).name) or real(p, m))
    result = CliRunner().invoke(app, ["--store", path, "build", str(folder), "--jobs", "1", "--force"])
    assert result.exit_code == 0, result.output
    assert sorted(reads) == [RESOLUTION, "extra.txt"]
    assert result.stdout.splitlines()[-1] == "changes: 2 unchanged"


def test_the_record_names_each_graphs_inputs_and_the_pipeline(built):
    folder, store = built
    rows = store.query(
        "SELECT ?inputs WHERE { GRAPH ?g { ?e <http://purl.org/dc/terms/identifier> 'A/79/999' ; "
        "<http://www.w3.org/ns/prov#wasDerivedFrom> ?inputs } }"
    )
    sha = fingerprint.file_sha256(folder / "extra.txt")
    assert [r["inputs"].value for r in rows] == [
        fingerprint.document_inputs("extra.txt", sha, {}, fingerprint.pipeline())
    ]


def test_unkg_build_says_how_many_documents_it_did_not_read_again(tmp_path):
    from typer.testing import CliRunner

    from unkg.cli import app

    folder, store = _two_documents_built(tmp_path)
    path = str(store.path)
    del store
    result = CliRunner().invoke(app, ["--store", path, "build", str(folder), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "2 documents (2 unchanged, not read again; the counts are of those read), 0 paragraphs, "
        "0 unknown candidate organisations, "
    )


def test_the_record_does_not_grow_with_builds(built):
    folder, store = built
    sizes = []
    for _ in range(3):
        build(store, [folder], jobs=1)
        sizes.append(len(list(store.quads(iris.graph("build")))))
    assert sizes[0] == sizes[1] == sizes[2]
