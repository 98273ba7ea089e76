"""Round trip: export the graph, load the dump into a fresh store, and every canned query answers the same.

Queries with required parameters get the sample values below (taken from the
sample corpus, as the parameters' descriptions suggest); a query whose required
parameter is not in the table is skipped, naming it, so a new query shows up.
"""

import pyoxigraph as ox
import pytest

from ingest.store import FORMATS, GraphStore
from queries import runner
from unkg.export import serialize

SAMPLE_VALUES = {
    "symbol": "A/79/837",
    "acronym": "UNDP",
    "iso3": "SLE",
    "paragraph": "https://w3id.org/unkg/id/document/A/79/837/para/25",
    "fact": "https://w3id.org/unkg/id/activity/A/79/837/10/1",
}
QUAD_FORMATS = ["nquads", "trig", "jsonld"]


@pytest.fixture(scope="module")
def reloaded(sample_store) -> dict[str, GraphStore]:
    """For each quad syntax, a fresh in-memory store loaded from an export of the sample store."""
    from unkg.export import canonical_quads

    quads = canonical_quads(sample_store)
    stores = {}
    for fmt in QUAD_FORMATS:
        store = GraphStore()
        store.extend(ox.parse(serialize(quads, fmt), format=FORMATS[fmt]))
        stores[fmt] = store
    return stores


def _values(name: str) -> dict[str, str]:
    required = [p.name for p in runner.load(name).params if not p.optional]
    missing = [p for p in required if p not in SAMPLE_VALUES]
    if missing:
        pytest.skip(f"no sample value for required parameter(s) {', '.join(missing)} of {name}")
    return {p: SAMPLE_VALUES[p] for p in required}


def _answers(store, query, values) -> list[tuple]:
    """Rows as sorted tuples of cells, each cell's space-separated values sorted.

    SPARQL leaves the order of GROUP_CONCAT and of rows that tie under ORDER BY
    to the store, and a fresh in-memory store iterates differently from one on disk.
    """
    records = runner.to_records(runner.run(store, query, values))
    return sorted(tuple(" ".join(sorted(v.split(" "))) for v in r.values()) for r in records)


@pytest.mark.parametrize("fmt", QUAD_FORMATS)
@pytest.mark.parametrize("name", runner.available())
def test_every_canned_query_answers_the_same_after_a_round_trip(sample_store, reloaded, name, fmt):
    query, values = runner.load(name), _values(name)
    assert _answers(reloaded[fmt], query, values) == _answers(sample_store, query, values)


def test_the_sample_values_find_something(sample_store):
    for name in ("document-paragraphs", "paragraph", "fact", "organization-profile", "state-profile"):
        assert runner.run(sample_store, runner.load(name), _values(name)).rows, name
