"""A file whose size and modification time are those recorded is not hashed again; a touched file is."""

import os
from pathlib import Path

import pytest
from test_incremental import _two_documents_built

from ingest import build as build_module
from ingest import build_record, fingerprint
from ingest.build import build


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """The names of the files the build hashes, in order."""
    names: list[str] = []
    real = fingerprint.file_sha256

    def counting(path):
        names.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(build_module.fingerprint, "file_sha256", counting)
    return names


def test_files_with_their_recorded_size_and_time_are_not_hashed(tmp_path, hashed):
    folder, store = _two_documents_built(tmp_path)
    hashed.clear()
    report = build(store, [folder], jobs=1)
    assert hashed == []
    assert report.changes == {"added": 0, "changed": 0, "unchanged": 2, "kept": 0}


def test_a_touched_identical_file_is_hashed_stays_unchanged_and_its_new_time_recorded(tmp_path, hashed):
    folder, store = _two_documents_built(tmp_path)
    extra = folder / "extra.txt"
    os.utime(extra, ns=(extra.stat().st_atime_ns, extra.stat().st_mtime_ns + 5_000_000_000))
    hashed.clear()
    report = build(store, [folder], jobs=1)
    assert hashed == ["extra.txt"]
    assert report.changes == {"added": 0, "changed": 0, "unchanged": 2, "kept": 0}
    touched = build_record.file_time(extra.stat().st_mtime_ns)
    assert build_record.read(store).states["A/79/999"].mtime == touched
    hashed.clear()
    build(store, [folder], jobs=1)
    assert hashed == []


def test_a_file_changed_to_the_same_size_is_read_again(tmp_path, hashed):
    folder, store = _two_documents_built(tmp_path)
    extra = folder / "extra.txt"
    text = extra.read_text(encoding="utf-8")
    extra.write_text(text.replace("东帝汶", "海地国"), encoding="utf-8")  # three characters for three
    assert len(extra.read_bytes()) == len(text.encode("utf-8"))
    report = build(store, [folder], jobs=1)
    assert report.changes == {"added": 0, "changed": 1, "unchanged": 1, "kept": 0}


def test_the_record_names_each_source_files_bytes_size_and_time(tmp_path):
    folder, store = _two_documents_built(tmp_path)
    extra = folder / "extra.txt"
    state = build_record.read(store).states["A/79/999"]
    mtime = build_record.file_time(extra.stat().st_mtime_ns)
    expected = (fingerprint.file_sha256(extra), extra.stat().st_size, mtime)
    assert (state.file_sha256, state.size, state.mtime) == expected


def test_an_ni_name_gives_back_its_sha256():
    digest = fingerprint.file_sha256(Path(__file__))
    assert fingerprint.sha256_of(fingerprint.ni_of_sha256(digest)) == digest
    assert fingerprint.sha256_of("https://example.org/") == ""
