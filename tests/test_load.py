"""The bounded load test of the endpoint (benchmarks/bench_load.py) on the sample corpus: no figure is
asserted, only that every request was answered."""

import pytest

from benchmarks.bench_load import default_queries, load_test, percentile

pytestmark = pytest.mark.slow


def test_four_clients_for_three_seconds_get_every_answer(built_store_path):
    figures = load_test(built_store_path, clients=4, seconds=3.0)
    assert figures["errors"] == 0, figures["error_samples"]
    assert figures["requests"] > 0
    assert figures["queries"] == list(default_queries())
    assert set(figures) >= {"requests_per_s", "p50_ms", "p95_ms", "direct_requests_per_s", "ratio_to_direct"}


def test_the_default_mix_is_canned_queries_that_need_no_parameter():
    assert list(default_queries()) == ["documents", "organizations", "states", "overview", "memberships",
                                       "mandates"]


@pytest.mark.parametrize("share, expected", [(0.5, 2.0), (0.95, 4.0), (1.0, 4.0), (0.0, 1.0)])
def test_percentiles_are_nearest_rank(share, expected):
    assert percentile([4.0, 1.0, 3.0, 2.0], share) == expected
