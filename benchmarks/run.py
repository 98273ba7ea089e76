"""`make bench`: the scaling benchmark, one size after another, into latest.json and latest.md.

Each size runs in its own child process (`benchmarks/measure.py`), so that its
peak memory is its own and a crash at one size loses none before it: the JSON and
the Markdown table (`benchmarks/report.py`) are rewritten after every size.
Generated corpora are kept under `.unkg/bench/` and reused while the generator
is unchanged.

    python -m benchmarks.run --sizes 10,100 --out benchmarks/results
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import report
from benchmarks.measure import ROOT, Settings, settings_json

DEFAULT_SIZES = "10,100,1000,10000"


def _child(arguments: list[str]) -> dict:
    """Run `benchmarks.measure` with `arguments` in a child process; return its figures or the error."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        done = subprocess.run([sys.executable, "-m", "benchmarks.measure", *arguments, "--json", str(out)],
                              cwd=ROOT, check=False)
        if done.returncode != 0 or not out.exists():
            error = {"error": f"the measuring process ended with exit code {done.returncode} (its traceback "
                              "is on stderr above)"}
            return error | ({"partial": json.loads(out.read_text(encoding="utf-8"))} if out.exists() else {})
        return json.loads(out.read_text(encoding="utf-8"))


def _machine() -> dict:
    """Return what the figures were measured on."""
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return {"cores": os.cpu_count(), "memory_gb": round(pages / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform()}


def _commit() -> str | None:
    """Return the checkout's short commit ("+changes" when files it tracks outside benchmarks/results
    differ from it); None outside git."""
    def git(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)

    head = git("rev-parse", "--short", "HEAD")
    if head.returncode != 0:
        return None
    # The results the benchmark itself writes are not a change to what it measures.
    dirty = git("diff", "--quiet", "HEAD", "--", ".", ":(exclude)benchmarks/results").returncode != 0
    return head.stdout.strip() + ("+changes" if dirty else "")


def _kept_runs(out: Path, sizes: list[int]) -> list[dict]:
    """Return the runs of `out`/latest.json at sizes other than `sizes` (none when there is no such file)."""
    path = out / "latest.json"
    if not path.exists():
        return []
    earlier = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in earlier.get("runs", []) if r.get("documents") not in sizes]


def _write(result: dict, out: Path) -> None:
    """Write latest.json and latest.md in `out`."""
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    (out / "latest.json").write_text(text, encoding="utf-8")
    (out / "latest.md").write_text(report.render(result), encoding="utf-8")


def run(sizes: list[int], out: Path, cache: Path, settings: Settings, progress=print,
        keep: bool = False) -> dict:
    """Measure every size in `sizes`, writing the results to `out` after each; return them.

    Each run records the commit it measured. With `keep`, the runs of other sizes already in
    `out`/latest.json stay in it (each with its own commit and time), sorted by size.
    """
    out.mkdir(parents=True, exist_ok=True)
    kept = _kept_runs(out, sizes) if keep else []
    result = {"generated_at": datetime.now(UTC).isoformat(timespec="seconds"), "machine": _machine(),
              "settings": asdict(settings), "runs": list(kept)}
    commit = _commit()
    progress("sample corpus build ...")
    result |= _child(["--sample-build"])
    _write(result, out)
    for size in sizes:
        progress(f"{size} documents ...")
        figures = _child(["--one", str(size), "--cache", str(cache), "--settings", settings_json(settings)])
        measured = {"commit": commit, "measured_at": datetime.now(UTC).isoformat(timespec="seconds")}
        result["runs"] = sorted([*result["runs"], {"documents": size} | measured | figures],
                                key=lambda r: r["documents"])
        _write(result, out)
    return result


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the benchmark, print where the table is; 1 if any size failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="documents per size, comma-separated")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--cache", type=Path, default=ROOT / ".unkg" / "bench")
    parser.add_argument("--repeat", type=int, default=Settings.repeat, help="runs of each query")
    parser.add_argument("--query-budget", type=float, default=Settings.query_budget_s,
                        help="seconds after which no further run of one of our queries starts")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib query peer")
    parser.add_argument("--rdflib-budget", type=float, default=Settings.rdflib_budget_s,
                        help="seconds rdflib may spend on one query's repeats")
    parser.add_argument("--jieba-characters", type=int, default=Settings.jieba_characters,
                        help="characters jieba segments at most (a sample above that)")
    parser.add_argument("--stage-documents", type=int, default=Settings.stage_documents,
                        help="documents the stage timings use at most (an even sample above that)")
    parser.add_argument("--quality-documents", type=int, default=Settings.quality_documents,
                        help="documents the quality score uses at most (an even sample above that)")
    parser.add_argument("--load-seconds", type=float, default=Settings.load_seconds)
    parser.add_argument("--seed", type=int, default=Settings.seed)
    parser.add_argument("--keep-other-sizes", action="store_true",
                        help="keep the runs of other sizes already in OUT/latest.json")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    settings = Settings(repeat=args.repeat, query_budget_s=args.query_budget,
                        rdflib=not args.no_rdflib, rdflib_budget_s=args.rdflib_budget,
                        jieba_characters=args.jieba_characters, load_seconds=args.load_seconds,
                        stage_documents=args.stage_documents, quality_documents=args.quality_documents,
                        seed=args.seed)
    result = run(sizes, args.out, args.cache, settings, keep=args.keep_other_sizes)
    print(f"wrote {args.out / 'latest.json'} and {args.out / 'latest.md'}")
    return 1 if any("error" in r for r in result["runs"]) or "error" in result else 0


if __name__ == "__main__":
    sys.exit(main())
