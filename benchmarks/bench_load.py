"""A bounded load test of `unkg serve`: concurrent clients on loopback for a fixed time.

`clients` threads, each with its own HTTP connection, ask the endpoint a mix of
canned queries (round robin, each client starting at a different one) until
`seconds` have passed or `MAX_REQUESTS_PER_CLIENT` are answered, whichever comes
first. The figures: requests answered per second, median and 95th-percentile
latency, and errors (any answer but 200, or a failed request). The ceiling they
are compared with is the same mix asked of pyoxigraph in this process, one query
at a time, in the same run (`direct_requests_per_s`, `ratio_to_direct`).

    .venv/bin/python -m benchmarks.bench_load --store .unkg/store --clients 8 --seconds 10
"""

from __future__ import annotations

import argparse
import json
import math
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

from queries import runner
from unkg.serve.endpoint import serving

# Canned queries that take no required parameter: what the explorer's pages ask first.
MIX = ("documents", "organizations", "states", "overview", "memberships", "mandates")
MAX_REQUESTS_PER_CLIENT = 100_000
ACCEPT = "application/sparql-results+json"


def default_queries() -> dict[str, str]:
    """Return the default mix: name -> SPARQL text of the canned queries in MIX that exist."""
    return {name: runner.load(name).text for name in MIX if name in runner.available()}


def percentile(values: list[float], share: float) -> float:
    """Return the nearest-rank percentile `share` (0..1) of `values`; 0.0 when there are none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _client(url: str, texts: list[str], start: int, deadline: float, out: dict) -> None:
    """Ask the queries round robin from `start` until `deadline`; record latencies and errors in `out`."""
    latencies, errors = out["latencies"], out["errors"]
    with httpx.Client(headers={"Accept": ACCEPT}, timeout=120) as http:
        for i in range(MAX_REQUESTS_PER_CLIENT):
            if time.perf_counter() >= deadline:
                return
            began = time.perf_counter()
            try:
                response = http.get(url, params={"query": texts[(start + i) % len(texts)]})
                ok = response.status_code == 200
                failed = "" if ok else f"{response.status_code}: {response.text[:200]}"
            except httpx.HTTPError as exc:
                failed = f"{type(exc).__name__}: {exc}"
            latencies.append(time.perf_counter() - began)
            if failed:
                errors.append(failed)


def _direct_rate(store_path: str, texts: list[str], seconds: float) -> float:
    """Return queries per second asking pyoxigraph in process, one at a time, JSON-serialised."""
    store = ox.Store.read_only(store_path)
    done, began = 0, time.perf_counter()
    while time.perf_counter() - began < seconds and done < MAX_REQUESTS_PER_CLIENT:
        store.query(texts[done % len(texts)]).serialize(format=ox.QueryResultsFormat.JSON)
        done += 1
    return done / (time.perf_counter() - began)


def load_test(store_path: str | Path, clients: int = 8, seconds: float = 10.0,
              queries: dict[str, str] | None = None, workers: int = 2) -> dict:
    """Run `clients` concurrent clients against `unkg serve` over the store for `seconds`; return figures.

    `queries` maps a name to SPARQL text (default: `default_queries()`). The dict holds clients,
    workers, seconds (measured), requests, errors, requests_per_s, p50_ms, p95_ms, max_ms, the
    first few error messages, the in-process ceiling and the ratio to it.
    """
    queries = queries or default_queries()
    texts = list(queries.values())
    with serving(str(store_path), workers=workers, refresh=0) as server:
        url = f"http://127.0.0.1:{server.server_port}/sparql"
        with httpx.Client(headers={"Accept": ACCEPT}, timeout=120) as http:
            for _ in range(workers):  # start every worker and warm its caches before the clock runs
                for text in texts:
                    http.get(url, params={"query": text}).raise_for_status()
        results = [{"latencies": [], "errors": []} for _ in range(clients)]
        began = time.perf_counter()
        threads = [threading.Thread(target=_client, args=(url, texts, i, began + seconds, results[i]))
                   for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
    latencies = [x for r in results for x in r["latencies"]]
    errors = [x for r in results for x in r["errors"]]
    direct = _direct_rate(str(store_path), texts, min(2.0, seconds))
    rate = len(latencies) / elapsed
    return {
        "clients": clients, "workers": workers, "queries": list(queries), "seconds": round(elapsed, 2),
        "requests": len(latencies), "errors": len(errors), "error_samples": errors[:3],
        "requests_per_s": round(rate, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 2),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 2),
        "max_ms": round(max(latencies, default=0.0) * 1000, 2),
        "direct_requests_per_s": round(direct, 1),
        "ratio_to_direct": round(rate / direct, 3) if direct else None,
    }


def main() -> None:
    """Run the load test on --store and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=".unkg/store")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    figures = load_test(args.store, clients=args.clients, seconds=args.seconds, workers=args.workers)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
