"""The whole graph of a small document, end to end, is the one pinned in tests/data/golden/.

Each fixture goes through `ingest.build.process_file` (read, recognise,
extract, map) and its named graph must be isomorphic to the golden N-Quads
file beside it. A change that means to change the graph rewrites the golden
files (`.venv/bin/python tests/test_golden_graphs.py`) and shows the diff in
its commit; one that only means to be faster must leave them as they are.
"""

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from ingest.build import process_file

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
# fixture -> the manifest entry it is read with
FIXTURES = {
    "zh_report.txt": {"symbol": "A/79/837"},
    "en_report.txt": {"symbol": "A/79/837"},
    "en_resolution.txt": {},
}


def nquads(name: str) -> bytes:
    """Return the N-Quads `process_file` makes of the fixture `name`."""
    result = process_file(DATA / name, FIXTURES[name])
    assert result.error is None, result.error
    return result.nquads


def graph(data: bytes):
    """Return the one named graph of N-Quads `data` as an rdflib graph."""
    dataset = Dataset()
    dataset.parse(data=data, format="nquads")
    [context] = [g for g in dataset.graphs() if len(g)]
    return context


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_the_graph_of_a_fixture_is_the_golden_one(name, monkeypatch):
    monkeypatch.delenv("UNKG_BASE", raising=False)
    made, golden = graph(nquads(name)), graph((GOLDEN / f"{name}.nq").read_bytes())
    if not isomorphic(made, golden):
        _, only_golden, only_made = graph_diff(to_isomorphic(golden), to_isomorphic(made))
        pytest.fail(f"{name}: only in golden {sorted(only_golden)[:5]}; only made {sorted(only_made)[:5]}")


if __name__ == "__main__":
    for fixture in FIXTURES:
        lines = sorted(set(nquads(fixture).decode("utf-8").splitlines()))
        (GOLDEN / f"{fixture}.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{GOLDEN / fixture}.nq: {len(lines)} quads")
