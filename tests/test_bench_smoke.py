"""The scaling benchmark still works: `make bench` at 10 documents writes every figure and the table.

No figure is judged here (performance lives in the benchmark itself); the tests
check the shape of latest.json and that latest.md states every target.
"""

import json
import subprocess

import pytest

from benchmarks import report, run

REQUIRED = {"documents": int, "characters": int, "extraction_chars_per_s_per_core": float,
            "load_fraction_of_bulk_load": float, "build_seconds": float, "peak_rss_mb": float}
QUERY_FIGURES = ("median_ms", "p95_ms")


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """The harness run once at 10 documents (rdflib peer on, two repeats): (latest.json, latest.md)."""
    out = tmp_path_factory.mktemp("bench")
    code = run.main(["--sizes", "10", "--out", str(out / "results"), "--cache", str(out / "cache"),
                     "--repeat", "2", "--rdflib-budget", "1", "--load-seconds", "1",
                     "--jieba-characters", "50000"])
    assert code == 0
    latest = json.loads((out / "results" / "latest.json").read_text(encoding="utf-8"))
    return latest, (out / "results" / "latest.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_every_required_figure_is_a_number(results):
    latest, _ = results
    [only] = latest["runs"]
    assert {key: type(only[key]) for key in REQUIRED} == REQUIRED
    assert only["documents"] == 10


@pytest.mark.slow
def test_every_query_has_its_latency_and_an_rdflib_ratio_or_the_reason_it_has_none(results):
    latest, _ = results
    queries = latest["runs"][0]["queries"]
    assert queries
    for name, figures in queries.items():
        assert all(isinstance(figures[key], float) for key in QUERY_FIGURES), name
        ratio = figures["rdflib_ratio"]
        assert isinstance(ratio, float) or (ratio is None and figures["rdflib_skipped"]), name


@pytest.mark.slow
def test_the_table_names_every_target(results):
    _, table = results
    for target in report.TARGETS.values():
        assert target in table


def test_a_figure_below_its_target_reads_missed():
    result = {"sample_build_seconds": 1.5, "runs": [{
        "documents": 10, "characters": 1000, "extraction_chars_per_s_per_core": 80_000.0,
        "load_fraction_of_bulk_load": 0.6, "incremental_rebuild_seconds": 0.5,
        "peak_rss_mb": 100.0, "store_mb": 10.0, "queries": {}}]}
    rows = {line.split(" | ")[0].lstrip("| "): line for line in report.targets_table(result)}
    assert rows[report.TARGETS["extraction"]].endswith("| 0.080 M/s **MISSED** |")
    assert rows[report.TARGETS["loading"]].endswith("| 60% met |")
    assert rows[report.TARGETS["sample"]].startswith(f"| {report.TARGETS['sample']} | 1.50 s met")


def test_the_p95_target_names_the_slowest_query_its_rows_and_how_many_miss():
    queries = {"activities": {"median_ms": 900.0, "p95_ms": 1200.0, "rows": 123088},
               "states": {"median_ms": 5.0, "p95_ms": 7.5, "rows": 212},
               "overview": {"median_ms": 150.0, "p95_ms": 180.0, "rows": 1}}
    result = {"runs": [{"documents": 10000, "characters": 1, "extraction_chars_per_s_per_core": 1.0,
                        "load_fraction_of_bulk_load": 0.6, "incremental_rebuild_seconds": 0.5,
                        "peak_rss_mb": 100.0, "store_mb": 10.0, "queries": queries}]}
    rows = {line.split(" | ")[0].lstrip("| "): line for line in report.targets_table(result)}
    assert rows[report.TARGETS["p95"]].endswith(
        "| max 1200.0 ms (activities, 123,088 rows); 2 of 3 over 100 ms **MISSED** |")


def test_a_query_cell_gives_median_p95_rows_and_the_ratio():
    cell = report._query_cell({"median_ms": 12.25, "p95_ms": 20.0, "rows": 1500, "rdflib_ratio": 14.0})
    assert cell == "12.2 / 20.0 ms (1,500 rows), 14.0×"


def test_the_quality_table_says_when_a_sample_of_documents_was_scored():
    runs = [{"documents": 100, "quality": {"states": {"precision": 1.0, "recall": 0.5}}},
            {"documents": 10000, "quality_documents": 1000,
             "quality": {"states": {"precision": 0.9, "recall": 1.0}}}]
    assert report._quality_table(runs)[2:] == [
        "| Kind | 100 docs | 10,000 docs (sample of 1,000) |", "|---|---|---|",
        "| states | 1.000 / 0.500 | 0.900 / 1.000 |"]


def test_a_run_of_some_sizes_keeps_the_other_sizes_when_asked(tmp_path, monkeypatch):
    earlier = {"runs": [{"documents": 10, "commit": "old"}, {"documents": 10000, "commit": "old"}]}
    (tmp_path / "latest.json").write_text(json.dumps(earlier), encoding="utf-8")
    monkeypatch.setattr(run, "_child", lambda arguments: {"figures": arguments[:2]})
    monkeypatch.setattr(report, "render", lambda result: "")
    result = run.run([10, 100], tmp_path, tmp_path / "cache", run.Settings(), progress=lambda _: None,
                     keep=True)
    assert [(r["documents"], r.get("figures"), r["commit"] == "old") for r in result["runs"]] == [
        (10, ["--one", "10"], False), (100, ["--one", "100"], False), (10000, None, True)]
    assert json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))["runs"] == result["runs"]


def test_the_report_names_the_commit_each_size_was_measured_on():
    runs = [{"documents": 10, "commit": "abc1234", "measured_at": "2026-11-23T23:00:00+00:00"},
            {"documents": 10000, "commit": "def5678+changes", "measured_at": "2026-11-23T22:00:00+00:00"}]
    assert report.measured_lines(runs) == [
        "Measured: 10 documents on abc1234 at 2026-11-23T23:00:00+00:00; "
        "10,000 documents on def5678+changes at 2026-11-23T22:00:00+00:00.", ""]


def test_both_incremental_rebuilds_are_judged_at_ten_thousand_documents():
    run_10000 = {"incremental_rebuild_seconds": 25.6, "incremental_rebuild_again_seconds": 0.8}
    assert report._incremental_cell(run_10000, check=True) == "first 25.60 s **MISSED**; again 0.80 s met"
    assert report._incremental_cell({"incremental_rebuild_seconds": 0.4}, check=False) == "first 0.40 s"


def test_the_commit_of_a_run_ignores_the_results_it_writes_but_not_other_changes(tmp_path, monkeypatch):
    def git(*args):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=tmp_path, check=True,
                       capture_output=True)

    (tmp_path / "benchmarks" / "results").mkdir(parents=True)
    (tmp_path / "benchmarks" / "results" / "latest.json").write_text("{}", encoding="utf-8")
    (tmp_path / "code.py").write_text("x = 1\n", encoding="utf-8")
    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "start")
    monkeypatch.setattr(run, "ROOT", tmp_path)
    (tmp_path / "benchmarks" / "results" / "latest.json").write_text('{"runs": []}', encoding="utf-8")
    assert not run._commit().endswith("+changes")
    (tmp_path / "code.py").write_text("x = 2\n", encoding="utf-8")
    assert run._commit().endswith("+changes")


def test_a_lower_bound_of_ten_times_counts_as_met_and_a_lower_one_is_not_judged():
    queries = {"fast": {"rdflib_ratio": 14.0}, "slow": {"rdflib_ratio": 2.5},
               "bounded": {"rdflib_ratio": None, "rdflib_ratio_at_least": 191.2},
               "unsure": {"rdflib_ratio": None, "rdflib_ratio_at_least": 0.6}}
    assert report._query_ratio_cell({"queries": queries}, check=True) == (
        "min 2.5× (slow); 1 of 4 below 10×; 1 at least 10× (rdflib over its budget); "
        "not judged (unsure: rdflib over its budget, bound below 10×) **MISSED**")
