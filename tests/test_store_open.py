"""Opening a store read-only while a writer compacts it: the open is tried again, other errors are not."""

from types import SimpleNamespace

import pytest

from ingest import store as store_module

RACED = RuntimeError("Corruption: IO error: No such file or directory: While open a file for random read: "
                     "store/000015.sst: No such file or directory")


def _store_module_failing(monkeypatch, errors: list[Exception]) -> list[str]:
    """Make pyoxigraph's read-only open raise `errors` in turn, then succeed; return the paths asked for."""
    asked: list[str] = []

    def read_only(path: str):
        asked.append(path)
        if errors:
            raise errors.pop(0)
        return "handle"

    monkeypatch.setattr(store_module, "ox", SimpleNamespace(Store=SimpleNamespace(read_only=read_only)))
    monkeypatch.setattr(store_module.time, "sleep", lambda seconds: None)
    return asked


def test_a_file_removed_by_the_writer_during_the_open_is_met_by_opening_again(monkeypatch):
    asked = _store_module_failing(monkeypatch, [RACED, RACED])
    assert store_module.open_read_only("store") == "handle"
    assert asked == ["store", "store", "store"]


def test_other_storage_errors_are_raised_at_once(monkeypatch):
    asked = _store_module_failing(monkeypatch, [RuntimeError("Invalid argument: not a store")])
    with pytest.raises(RuntimeError, match="not a store"):
        store_module.open_read_only("store")
    assert asked == ["store"]


def test_the_race_met_every_time_is_raised_after_the_last_attempt(monkeypatch):
    asked = _store_module_failing(monkeypatch, [RACED] * 10)
    with pytest.raises(RuntimeError, match="No such file"):
        store_module.open_read_only("store")
    assert len(asked) == store_module._OPEN_ATTEMPTS
