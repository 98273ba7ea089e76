"""The benchmark's Markdown table: latest.json rendered with each target beside its figure.

A target is checked only at the size the issue sets it for (queries against
rdflib at 1,000 documents, p95 and the incremental rebuild at 10,000); other
sizes show the figure alone. A missed target reads **MISSED**, one not measured
says which size it needs.

    python -m benchmarks.report benchmarks/results/latest.json > benchmarks/results/latest.md
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MET, MISSED = "met", "**MISSED**"
QUERY_RATIO_AT, P95_AT, INCREMENTAL_AT = 1000, 10000, 10000
STAGES = ("read", "recognise", "extract", "map", "load")

TARGETS = {
    "extraction": "Extraction ≥ 5 M characters/s per core, end to end (read + recognise + extract + map)",
    "loading": "Loading ≥ 50 % of pyoxigraph's bulk-load rate on the same N-Quads",
    "queries": f"Every canned query ≥ 10× faster than rdflib (at {QUERY_RATIO_AT:,} documents)",
    "p95": f"Every canned query p95 ≤ 100 ms (at {P95_AT:,} documents)",
    "sample": "Full build of the sample corpus < 2 s after imports",
    "incremental": f"Incremental rebuild of one changed document < 1 s (at {INCREMENTAL_AT:,} documents)",
    "memory": "Peak memory grows no faster than the store (growth since the smallest size)",
}

DEFINITIONS = """\
Definitions. *Per core*: characters divided by the seconds the stage took summed over documents,
each document in one worker process (one worker per core); above 1,000 documents the stages are
timed on an evenly spaced sample, as the table says. *Extraction chars/s per core* = characters ÷ Σ
per-document (read + recognise + extract + map) seconds. *Loading*: each document's N-Quads loaded
into a fresh store as a build loads them (the build's `Loader`: new graphs by `Store.load`, several
to a transaction with their record entries), against pyoxigraph's `bulk_load` of the same file into
another (fraction = bulk-load seconds ÷ our loading seconds). *Read ceiling*: reading each file and
`" ".join(text.split())`. *jieba*: `jieba.lcut` over the same files (a sample where the table says
so). *Build*: wall time of `ingest.build.build` on the generated folder into a fresh store, all
cores. *Incremental*: the same build again after one sentence was appended to one document ("first":
the first rebuild after the full build, which also rewrites every entry of the build record from
"added" to "unchanged"), then once more after that sentence was taken out again ("again": as every
later rebuild is). *Peak RSS*: `ru_maxrss` of the measuring process and of its workers (the larger)
up to the end of the builds, before jieba and the rdflib peer ran. *Query ratio*: rdflib's median ÷
ours, same query text, same data.
"""


def _m(value: float | None) -> str:
    return "–" if value is None else f"{value / 1e6:.3f} M"


def _n(value, digits: int = 2) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def _verdict(ok: bool) -> str:
    return MET if ok else MISSED


def _ok_runs(result: dict) -> list[dict]:
    return [r for r in result.get("runs", []) if "error" not in r]


def _query_ratio_cell(run: dict, check: bool) -> str:
    """Return the lowest ratio and how many queries are below 10× (a lower bound of 10× or more is met)."""
    queries = run.get("queries", {})
    known = {n: q["rdflib_ratio"] for n, q in queries.items() if q.get("rdflib_ratio") is not None}
    bounds = {n: q["rdflib_ratio_at_least"] for n, q in queries.items()
              if q.get("rdflib_ratio") is None and q.get("rdflib_ratio_at_least") is not None}
    if not known and not bounds:
        return "rdflib not run"
    below = sum(r < 10 for r in known.values())
    unsure = sorted(n for n, b in bounds.items() if b < 10)
    cell = f"{below} of {len(queries)} below 10×"
    if known:
        low = min(known, key=known.get)
        cell = f"min {known[low]:.1f}× ({low}); {cell}"
    met_by_bound = sum(b >= 10 for b in bounds.values())
    if met_by_bound:
        cell += f"; {met_by_bound} at least 10× (rdflib over its budget)"
    if unsure:
        cell += f"; not judged ({', '.join(unsure)}: rdflib over its budget, bound below 10×)"
    missing = len(queries) - len(known) - len(bounds)
    if missing:
        cell += f"; {missing} without a ratio"
    return f"{cell} {_verdict(below == 0 and not unsure and not missing)}" if check else cell


def _p95_cell(run: dict, check: bool) -> str:
    queries = run.get("queries", {})
    if not queries:
        return "–"
    worst = max(queries, key=lambda n: queries[n]["p95_ms"])
    cell = f"max {queries[worst]['p95_ms']:.1f} ms ({worst}, {queries[worst].get('rows', 0):,} rows)"
    over = sum(q["p95_ms"] > 100 for q in queries.values())
    cell += f"; {over} of {len(queries)} over 100 ms" if over else ""
    return f"{cell} {_verdict(queries[worst]['p95_ms'] <= 100)}" if check else cell


def _memory_cell(run: dict, first: dict) -> str:
    rss = run["peak_rss_mb"] / first["peak_rss_mb"]
    store = run["store_mb"] / first["store_mb"] if first["store_mb"] else float("inf")
    cell = f"RSS ×{rss:.2f}, store ×{store:.2f}"
    return cell if run is first else f"{cell} {_verdict(rss <= store)}"


def _incremental_cell(run: dict, check: bool) -> str:
    """Return the first rebuild after the full build and, when measured, the one after it, each judged."""
    figures = [("first", run["incremental_rebuild_seconds"])]
    if run.get("incremental_rebuild_again_seconds") is not None:
        figures.append(("again", run["incremental_rebuild_again_seconds"]))
    return "; ".join(f"{name} {s:.2f} s" + (f" {_verdict(s < 1)}" if check else "") for name, s in figures)


def _target_cell(key: str, run: dict, first: dict) -> str:
    """Return the figure (and verdict where the target applies at this size) for one target and run."""
    if key == "extraction":
        value = run["extraction_chars_per_s_per_core"]
        return f"{_m(value)}/s {_verdict(value >= 5e6)}"
    if key == "loading":
        return f"{run['load_fraction_of_bulk_load']:.0%} {_verdict(run['load_fraction_of_bulk_load'] >= 0.5)}"
    if key == "queries":
        return _query_ratio_cell(run, run["documents"] == QUERY_RATIO_AT)
    if key == "p95":
        return _p95_cell(run, run["documents"] == P95_AT)
    if key == "incremental":
        return _incremental_cell(run, run["documents"] == INCREMENTAL_AT)
    return _memory_cell(run, first)


def targets_table(result: dict) -> list[str]:
    """Return the Markdown lines of the targets table: one row per target, one column per size."""
    runs = _ok_runs(result)
    sizes = [r["documents"] for r in runs]
    lines = ["## Targets", "", "| Target | " + " | ".join(f"{s:,} docs" for s in sizes) + " |",
             "|---|" + "---|" * len(sizes)]
    for key, text in TARGETS.items():
        if key == "sample":
            value = result.get("sample_build_seconds")
            cell = "not measured" if value is None else f"{value:.2f} s {_verdict(value < 2)}"
            lines.append(f"| {text} | {cell} (one figure, 5 documents) |" + " |" * (len(sizes) - 1))
            continue
        cells = [_target_cell(key, r, runs[0]) for r in runs]
        lines.append(f"| {text} | " + " | ".join(cells) + " |")
    for key, size in (("queries", QUERY_RATIO_AT), ("p95", P95_AT), ("incremental", INCREMENTAL_AT)):
        if size not in sizes:
            lines.append(f"\n{TARGETS[key]}: **not measured** (needs a run at {size:,} documents).")
    return lines


def _build_table(runs: list[dict]) -> list[str]:
    lines = ["## Build, per stage and end to end", "",
             "| Documents | Characters | read | recognise | extract | map | load | end to end "
             "| build s | docs/s | incremental s | peak RSS MB | store MB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in runs:
        stage = [_m(r["stages"][s]["characters_per_s"]) for s in STAGES]
        e2e, staged = r["end_to_end"], r.get("staged_pass", {})
        sampled = f" (stages: sample of {staged['documents']:,})" if staged.get("sampled") else ""
        lines.append(f"| {r['documents']:,}{sampled} | {r['characters']:,} | " + " | ".join(stage)
                     + f" | {_m(e2e['characters_per_s'])} | {r['build_seconds']:.2f}"
                     f" | {_n(e2e['documents_per_s'])} | {_incremental_cell(r, False)}"
                     f" | {r['peak_rss_mb']:,.0f} | {r['store_mb']:,.0f} |")
    lines += ["", "Stage columns: characters per second per core; end to end: characters per second of the "
              "whole build on all cores. Documents per second per stage are in latest.json."]
    return lines


def _ceiling_table(runs: list[dict]) -> list[str]:
    lines = ["## Against the ceilings and the peer", "",
             "| Documents | extraction chars/s/core | read ceiling | fraction | jieba chars/s/core "
             "| extraction ÷ jieba | our load quads/s | bulk load quads/s | fraction |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in runs:
        c, j = r["ceilings"], r["jieba"]
        sample = f" (sample of {j['documents']:,} docs)" if j["sampled"] else ""
        lines.append(f"| {r['documents']:,} | {_m(r['extraction_chars_per_s_per_core'])} "
                     f"| {_m(c['read_normalise_chars_per_s_per_core'])} "
                     f"| {c['extraction_fraction_of_read_normalise']:.2%} "
                     f"| {_m(j['chars_per_s_per_core'])}{sample} "
                     f"| {_n(j['extraction_ratio'])}× | {_n(c['load_quads_per_s'], 0)} "
                     f"| {_n(c['bulk_load_quads_per_s'], 0)} | {r['load_fraction_of_bulk_load']:.0%} |")
    return lines


def _query_cell(q: dict) -> str:
    ratio = q.get("rdflib_ratio")
    if ratio is None:
        bound = q.get("rdflib_ratio_at_least")
        ratio_text = f"> {bound}× (rdflib over budget)" if bound else "rdflib skipped"
    else:
        ratio_text = f"{ratio:.1f}×"
    runs = f", {q['runs']} runs" if q.get("runs") and q.get("stopped_early") else ""
    return f"{q['median_ms']:.1f} / {q['p95_ms']:.1f} ms ({q.get('rows', 0):,} rows{runs}), {ratio_text}"


def _query_table(runs: list[dict]) -> list[str]:
    names = sorted({n for r in runs for n in r.get("queries", {})})
    lines = ["## Canned queries: median / p95 on our store (rows answered), rdflib's median ÷ ours", "",
             "| Query | " + " | ".join(f"{r['documents']:,} docs" for r in runs) + " |",
             "|---|" + "---|" * len(runs)]
    for name in names:
        cells = [_query_cell(r["queries"][name]) if name in r.get("queries", {}) else "–" for r in runs]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    skipped = {q["rdflib_skipped"] for r in runs for q in r.get("queries", {}).values()
               if q.get("rdflib_skipped")}
    lines += [""] + [f"rdflib skipped: {reason}." for reason in sorted(skipped)]
    return lines


def _scaling_table(runs: list[dict]) -> list[str]:
    first = runs[0]
    lines = ["## Scaling (relative to the smallest size; 1.00 = linear)", "",
             "| Documents | build s per M chars | × smallest | query median sum ms | peak RSS per store MB |",
             "|---:|---:|---:|---:|---:|"]
    base = first["build_seconds"] / first["characters"]
    for r in runs:
        per = r["build_seconds"] / r["characters"]
        total = sum(q["median_ms"] for q in r.get("queries", {}).values())
        per_store = r["peak_rss_mb"] / r["store_mb"] if r["store_mb"] else None
        lines.append(f"| {r['documents']:,} | {per * 1e6:.2f} | {per / base:.2f} | {total:,.1f} "
                     f"| {_n(per_store)} |")
    return lines


def _scored(run: dict) -> str:
    scored = run.get("quality_documents", run["documents"])
    return f"{run['documents']:,} docs" + (f" (sample of {scored:,})" if scored < run["documents"] else "")


def _quality_table(runs: list[dict]) -> list[str]:
    kinds = sorted({k for r in runs for k, v in r.get("quality", {}).items() if isinstance(v, dict)})
    if not kinds:
        return []
    lines = ["## Extraction quality against the generator's expected facts (precision / recall)", "",
             "| Kind | " + " | ".join(_scored(r) for r in runs) + " |",
             "|---|" + "---|" * len(runs)]
    for kind in kinds:
        cells = []
        for r in runs:
            q = r.get("quality", {}).get(kind, {})
            cells.append(f"{_n(q.get('precision'), 3)} / {_n(q.get('recall'), 3)}" if q else "–")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def _load_lines(runs: list[dict]) -> list[str]:
    lines = ["## Endpoint under load", ""]
    for r in runs:
        load = r.get("load", {})
        flat = ", ".join(f"{k} {v}" for k, v in load.items() if not isinstance(v, dict | list))
        lines.append(f"- {r['documents']:,} documents: {flat or '–'}")
    return lines


def measured_lines(runs: list[dict]) -> list[str]:
    """Return the line naming the commit and time each size was measured at (none when no run says)."""
    measured = [f"{r['documents']:,} documents on {r['commit']} at {r.get('measured_at', '?')}"
                for r in runs if r.get("commit")]
    return [f"Measured: {'; '.join(measured)}.", ""] if measured else []


def render(result: dict) -> str:
    """Return the Markdown report of a latest.json `result`."""
    machine = result.get("machine", {})
    lines = ["# Benchmark results", "",
             f"Generated {result.get('generated_at', '?')} on {machine.get('cores', '?')} cores, "
             f"{machine.get('memory_gb', '?')} GB, Python {machine.get('python', '?')}. "
             f"Sample corpus build: {_n(result.get('sample_build_seconds'))} s.", ""]
    lines += [f"**Error** (sample build): {result['error']}", ""] if "error" in result else []
    lines += [f"**Error** at {r['documents']:,} documents: {r['error']}" for r in result.get("runs", [])
              if "error" in r]
    runs = _ok_runs(result)
    lines += measured_lines(runs)
    if runs:
        for section in (targets_table(result), _build_table(runs), _ceiling_table(runs), _query_table(runs),
                        _scaling_table(runs), _quality_table(runs), _load_lines(runs)):
            lines += ["", *section] if section else []
    lines += ["", DEFINITIONS]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the Markdown report of the latest.json named on the command line."""
    path = Path((argv or sys.argv[1:] or ["benchmarks/results/latest.json"])[0])
    print(render(json.loads(path.read_text(encoding="utf-8"))))


if __name__ == "__main__":
    main()
