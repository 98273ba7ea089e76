"""A store built under another IRI base (UNKG_BASE) answers the document queries as one under the default."""

import pytest
from conftest import CORPUS

from ingest.build import build
from ingest.store import GraphStore
from queries import runner

SYMBOL = "A/62/296"


@pytest.fixture(scope="module")
def other_base_store():
    """The sample corpus built in memory with things under https://example.org/kg/ (one worker)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("UNKG_BASE", "https://example.org/kg/")
        store = GraphStore(None)
        report = build(store, [CORPUS], jobs=1)
        assert report.ok, report.failures
        assert any(g.startswith("https://example.org/kg/graph/reference") for g in store.graphs())
        return store


def answer(store, name: str) -> list[dict[str, str]]:
    return runner.to_records(runner.run(store, runner.load(name), {"symbol": SYMBOL}))


@pytest.mark.parametrize("name", ["document-organizations", "document-mentions"])
def test_the_reference_names_are_found_whatever_the_base(other_base_store, sample_store, name):
    expected = answer(sample_store, name)
    assert any(row.get("acronym") == "UNDP" or row.get("key") == "UNDP" for row in expected)
    assert answer(other_base_store, name) == expected
