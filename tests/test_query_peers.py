"""The query benchmark's API: parameter values picked from the data, one timed entry per canned query."""

import pytest

from benchmarks import query_peers
from benchmarks.query_peers import compare, query_arguments
from queries import runner

KEYS = {"median_ms", "p95_ms", "rows", "rdflib_median_ms", "rdflib_ratio"}


def test_arguments_are_picked_from_the_sample_corpus(sample_store):
    chosen = {name: values for name, values in query_arguments(sample_store).items() if values}
    assert chosen == {
        "cited-by": {"symbol": "A/RES/72/164"},
        "document-citations": {"symbol": "A/62/296"},
        "document-facts": {"symbol": "A/62/296"},
        "document-mentions": {"symbol": "A/62/296"},
        "document-organizations": {"symbol": "A/62/296"},
        "document-paragraphs": {"symbol": "A/62/296"},
        "document-states": {"symbol": "A/62/296"},
        "fact": {"fact": "https://w3id.org/unkg/id/mandate/A/62/296/1/1"},
        "organization-profile": {"acronym": "UNDP"},
        "paragraph": {"paragraph": "https://w3id.org/unkg/id/document/A/62/296/para/1"},
        "state-profile": {"iso3": "IRQ"},
    }


def test_every_canned_query_gets_an_entry_without_the_peer(built_store_path):
    result = compare(built_store_path, repeat=1, rdflib_peer=False)
    assert sorted(result) == runner.available()
    assert {name for name, entry in result.items() if not KEYS <= set(entry)} == set()
    assert {entry["rdflib_skipped"] for entry in result.values()} == {"not asked for"}
    assert result["documents"]["rows"] == 5


def test_the_peer_is_skipped_above_its_quad_cap(built_store_path, monkeypatch):
    monkeypatch.setattr(query_peers, "RDFLIB_TRIPLE_CAP", 1000)
    result = compare(built_store_path, repeat=1)
    reasons = {entry["rdflib_skipped"] for entry in result.values()}
    assert len(reasons) == 1
    assert reasons.pop().endswith("triples, over the cap of 1000 rdflib can load in memory")
    assert {entry["rdflib_ratio"] for entry in result.values()} == {None}


@pytest.mark.slow
def test_rdflib_answers_the_same_number_of_rows(built_store_path):
    result = compare(built_store_path, repeat=1, rdflib_budget_s=10)
    assert sorted(result) == runner.available()
    answered = {name: entry for name, entry in result.items() if entry["rdflib_ratio"] is not None}
    assert len(answered) >= len(result) // 2
    assert {name: e["rdflib_rows"] for name, e in answered.items()} == {
        name: e["rows"] for name, e in answered.items()}


def test_a_query_runs_once_when_its_budget_is_spent_by_the_first_run(sample_store):
    timed = query_peers._time_ours(sample_store, runner.load("states"), {}, repeat=20, budget_s=0)
    assert (timed["runs"], timed["stopped_early"], timed["rows"]) == (1, True, 212)


def test_a_query_runs_its_repeats_without_a_budget(sample_store):
    timed = query_peers._time_ours(sample_store, runner.load("states"), {}, repeat=3)
    assert (timed["runs"], timed["stopped_early"]) == (3, False)


def test_no_ratio_when_rdflib_answers_other_rows():
    ours = {"median_ms": 10.0, "p95_ms": 12.0, "rows": 1}
    entry = query_peers._merge(ours, {"median_ms": 0.4, "rows": 0}, None)
    assert (entry["rdflib_ratio"], entry["rdflib_rows"]) == (None, 0)
    assert entry["rdflib_skipped"] == "rdflib answered 0 rows where we answer 1"
