"""Time every canned query on a built store against rdflib's in-memory graph running the same text.

Ours: the store opened read-only, each query run as `unkg query` runs it
(`queries.runner.run`, rows fully read). The peer: an rdflib `Dataset` with
`default_union=True` loaded from the store's N-Quads dump, the same query text
and the same parameter values (`initBindings`). The peer runs in a subprocess
whose timer stops a query over the time budget without reloading the dump (the
parent kills and restarts it only if it stops answering): its ratio is then only
a lower bound (`rdflib_ratio_at_least`). Above `RDFLIB_TRIPLE_CAP` triples the
peer is skipped (`rdflib_skipped` says why): rdflib needs about 2 GB per million quads.

Parameter values come from the data: `benchmarks/arguments/*.rq` each pick one
value (the document with most paragraphs, the most mentioned organisation...)
for the `query.param` pairs named in their `# for:` header lines.

    .venv/bin/python -m benchmarks.query_peers STORE [--repeat 20] [--no-rdflib] [--budget 60]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from ingest.store import GraphStore
from queries import runner

ARGUMENTS_DIR = Path(__file__).parent / "arguments"
# rdflib's in-memory Dataset (default_union) needs about 2.0 GB per million quads while parsing: measured
# on the 1,000-document store's dump (first 250 k quads: 0.50 GB; first 1 M: 2.0 GB over the process
# before parsing; the whole 3.54 M: 6.0 GB resident in the peer; rdflib 7, CPython 3.12). The peer may
# use up to 16 GB of the 24 GB machine, so the cap is 8 M quads: the 1,000-document store runs, the
# 10,000-document one (~35 M) is skipped.
RDFLIB_GB_PER_MILLION_QUADS = 2.0
RDFLIB_MEMORY_GB = 16
RDFLIB_TRIPLE_CAP = int(RDFLIB_MEMORY_GB / RDFLIB_GB_PER_MILLION_QUADS * 1_000_000)
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _pickers() -> list[tuple[runner.CannedQuery, list[tuple[str, str]]]]:
    """Return each argument-picking query with the (query, param) pairs it serves."""
    pickers = []
    for path in sorted(ARGUMENTS_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        targets = []
        for line in text.splitlines():
            if line.startswith("# for:"):
                for pair in line.removeprefix("# for:").split(","):
                    query, _, param = pair.strip().partition(".")
                    targets.append((query, param))
        pickers.append((runner.parse_header(path.stem, path, text), targets))
    return pickers


def query_arguments(store) -> dict[str, dict[str, str]]:
    """Return, for every canned query, values for its required parameters picked from `store`'s data.

    A query without required parameters maps to {}; optional parameters are left
    out, so the query runs over everything. Raises LookupError naming a query
    whose required parameter no picker serves or whose picker found nothing.
    """
    chosen: dict[str, dict[str, str]] = {name: {} for name in runner.available()}
    for picker, targets in _pickers():
        rows = runner.run(store, picker).rows
        value = runner.plain(rows[0][0]) if rows else None
        for query, param in targets:
            if query in chosen and value is not None:
                chosen[query][param] = value
    for name in chosen:
        for param in runner.load(name).params:
            if not param.optional and param.name not in chosen[name]:
                raise LookupError(f"no value in the store for parameter '{param.name}' of query '{name}'; "
                                  f"add a picker to {ARGUMENTS_DIR}")
    return chosen


def _summary(times_ms: list[float]) -> tuple[float, float]:
    """Return (median, p95) of `times_ms`; p95 by the nearest-rank method."""
    ordered = sorted(times_ms)
    p95 = ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
    return statistics.median(ordered), p95


def _time_ours(store, query: runner.CannedQuery, values: dict[str, str], repeat: int,
               budget_s: float | None = None) -> dict:
    """Run `query` up to `repeat` times as `unkg query` does; return median_ms, p95_ms, rows and runs.

    With `budget_s`, no run starts once the runs so far took that long (at least one runs), so a query
    that takes minutes at 10,000 documents is timed a few times rather than `repeat` times;
    "stopped_early" then says so.
    """
    times, rows = [], 0
    while len(times) < repeat and (budget_s is None or not times or sum(times) < budget_s * 1000):
        began = time.perf_counter()
        rows = len(runner.run(store, query, values).rows)
        times.append((time.perf_counter() - began) * 1000)
    median, p95 = _summary(times)
    return {"median_ms": round(median, 3), "p95_ms": round(p95, 3), "rows": rows, "runs": len(times),
            "stopped_early": len(times) < repeat}


def _rdflib_term(term: ox.Term):
    """Return the rdflib term for a pyoxigraph term."""
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _peer_main(dump: str, plan_file: str, repeat: int, budget_s: float) -> None:
    """Subprocess side: load `dump` into rdflib, run the planned queries, print one JSON line per query.

    A query is repeated up to `repeat` times while its total time stays within `budget_s`;
    a failing query prints its error instead.
    """
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    began = time.perf_counter()
    dataset.parse(dump, format="nquads")
    print(json.dumps({"loaded_s": time.perf_counter() - began}), flush=True)
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    for name, values in plan:
        query = runner.load(name)
        bindings = {k: _rdflib_term(v) for k, v in query.bind(values).items()}
        signal.signal(signal.SIGALRM, _over_budget)
        signal.setitimer(signal.ITIMER_REAL, budget_s)
        try:
            line = _peer_time(dataset, query.text, bindings, repeat, budget_s)
        except OverBudget:
            line = {"over_budget_s": budget_s}
        except Exception as exc:  # rdflib's own failures are reported, not fatal
            line = {"error": f"{type(exc).__name__}: {exc}"}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        print(json.dumps({"query": name} | line), flush=True)


class OverBudget(BaseException):
    """Raised in the peer by its timer when a query passes the budget.

    A BaseException, because rdflib catches Exception in places.
    """


def _over_budget(signum, frame) -> None:
    raise OverBudget


def _peer_time(dataset, text: str, bindings: dict, repeat: int, budget_s: float) -> dict:
    """Run `text` on `dataset` up to `repeat` times within `budget_s`; return median_ms and rows.

    The peer's timer stops a run that passes the budget: the runs finished before it
    still give the median; with none finished, `OverBudget` goes to the caller.
    """
    times, rows = [], 0
    # Stop repeating before the next run would likely take the total over the budget.
    while len(times) < repeat and sum(times) + (times[-1] if times else 0) <= budget_s * 1000:
        began = time.perf_counter()
        try:
            rows = len(list(dataset.query(text, initBindings=bindings)))
        except OverBudget:
            if not times:
                raise
            break
        times.append((time.perf_counter() - began) * 1000)
    return {"median_ms": statistics.median(times), "rows": rows}


def _read_line(process: subprocess.Popen, deadline: float | None) -> dict | None:
    """Return the next JSON line of `process`, or None if it ends or `deadline` (monotonic) passes."""
    import selectors

    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not selector.select(timeout):
            return None
    line = process.stdout.readline()
    return json.loads(line) if line else None


def _peer_run(dump: Path, plan: list, repeat: int, budget_s: float) -> tuple[dict, str | None]:
    """Run `plan` in one peer subprocess; return ({query: line}, the first query over budget or None)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(plan, handle)
    command = [sys.executable, "-m", "benchmarks.query_peers", "--peer", str(dump), handle.name,
               "--repeat", str(repeat), "--budget", str(budget_s)]
    cwd = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=cwd)
    done: dict[str, dict] = {}
    try:
        if _read_line(process, None) is None:
            raise RuntimeError("the rdflib peer could not load the dump")
        for name, _ in plan:
            line = _read_line(process, time.monotonic() + budget_s + 5)
            if line is None:
                return done, name
            done[name] = line
        return done, None
    finally:
        process.kill()
        process.wait()
        os.unlink(handle.name)


def _peer(store_path: Path, arguments: dict, repeat: int, budget_s: float) -> dict[str, dict]:
    """Return {query: {"median_ms", "rows"} or {"over_budget_s"}} from rdflib on the store's dump."""
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "store.nq"
        dump.write_bytes(GraphStore(store_path, read_only=True).dump("nquads"))
        plan = list(arguments.items())
        results: dict[str, dict] = {}
        while plan:
            done, stuck = _peer_run(dump, plan, repeat, budget_s)
            results |= done
            if stuck is None:
                break
            results[stuck] = {"over_budget_s": budget_s}
            names = [name for name, _ in plan]
            plan = plan[names.index(stuck) + 1:]
        return results


def _merge(ours: dict, peer: dict | None, skipped: str | None) -> dict:
    """Return our figures for one query with the peer's median and ratio added."""
    entry = ours | {"rdflib_median_ms": None, "rdflib_ratio": None}
    if skipped:
        return entry | {"rdflib_skipped": skipped}
    if peer is None:
        return entry | {"rdflib_skipped": "the peer did not run this query"}
    if "error" in peer:
        return entry | {"rdflib_skipped": f"rdflib failed: {peer['error']}"}
    if "over_budget_s" in peer:
        bound = peer["over_budget_s"] * 1000 / max(ours["median_ms"], 1e-3)
        return entry | {"rdflib_ratio_at_least": round(bound, 1),
                        "rdflib_skipped": f"over the budget of {peer['over_budget_s']} s"}
    if peer["rows"] != ours["rows"]:
        answered = f"rdflib answered {peer['rows']} rows where we answer {ours['rows']}"
        return entry | {"rdflib_rows": peer["rows"], "rdflib_skipped": answered}
    entry |= {"rdflib_median_ms": round(peer["median_ms"], 3),
              "rdflib_ratio": round(peer["median_ms"] / max(ours["median_ms"], 1e-3), 1),
              "rdflib_rows": peer["rows"]}
    return entry


def compare(store_path: Path, repeat: int = 20, rdflib_peer: bool = True,
            rdflib_budget_s: float = 60.0, budget_s: float | None = None) -> dict[str, dict]:
    """Time every canned query on the store at `store_path`, and rdflib on the same data.

    Returns {query: {"median_ms", "p95_ms", "rows", "rdflib_median_ms", "rdflib_ratio"}}, the
    rdflib figures None when the peer did not finish: then "rdflib_skipped" says why, and a
    query stopped at the budget has "rdflib_ratio_at_least". "rdflib_rows" is the peer's row
    count: a ratio is given only when it equals "rows". Each of our queries runs `repeat` times, or
    fewer once its runs took `budget_s` ("runs" says how many).
    """
    store = GraphStore(store_path, read_only=True)
    arguments = query_arguments(store)
    ours = {name: _time_ours(store, runner.load(name), values, repeat, budget_s)
            for name, values in arguments.items()}
    skipped = None
    if not rdflib_peer:
        skipped = "not asked for"
    elif len(store) > RDFLIB_TRIPLE_CAP:
        skipped = f"{len(store)} triples, over the cap of {RDFLIB_TRIPLE_CAP} rdflib can load in memory"
    del store
    peer = {} if skipped else _peer(Path(store_path), arguments, repeat, rdflib_budget_s)
    return {name: _merge(ours[name], peer.get(name), skipped) for name in ours}


def main(argv: list[str] | None = None) -> None:
    """Print the comparison as a table (or run as the rdflib peer subprocess with --peer)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--peer", nargs=2, metavar=("DUMP", "PLAN"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.peer:
        _peer_main(args.peer[0], args.peer[1], args.repeat, args.budget)
        return
    result = compare(Path(args.store), args.repeat, not args.no_rdflib, args.budget)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'query':28} {'median ms':>10} {'p95 ms':>9} {'rows':>7} {'rdflib ms':>10} {'ratio':>7}")
    for name, entry in result.items():
        rdflib_ms = entry["rdflib_median_ms"]
        ratio = entry["rdflib_ratio"] if entry["rdflib_ratio"] is not None else (
            f">{entry['rdflib_ratio_at_least']}" if "rdflib_ratio_at_least" in entry else "-")
        note = "" if entry.get("rdflib_rows", entry["rows"]) == entry["rows"] else \
            f"  rdflib rows {entry['rdflib_rows']}"
        if entry["rdflib_ratio"] is None and "rdflib_ratio_at_least" not in entry:
            note = f"  {entry.get('rdflib_skipped', '')[:70]}"
        print(f"{name:28} {entry['median_ms']:10.2f} {entry['p95_ms']:9.2f} {entry['rows']:7d} "
              f"{rdflib_ms if rdflib_ms is not None else '-':>10} {ratio:>7}{note}")


if __name__ == "__main__":
    main()
