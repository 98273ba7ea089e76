"""Measure what the endpoint costs over asking pyoxigraph directly (not run by the test suite).

For each query it times, in the same run and on the same store: pyoxigraph in
process (query + SPARQL JSON serialisation), then the same query over HTTP to
`unkg serve` (worker pipe + HTTP + the client reading the body). It prints the
median of each and their ratio.

    .venv/bin/python benchmarks/bench_endpoint.py --store .unkg/store --repeat 30
"""

from __future__ import annotations

import argparse
import statistics
import time

import httpx
import pyoxigraph as ox

from unkg.serve.endpoint import serving

QUERIES = {
    "ask": "ASK { GRAPH ?g { ?s ?p ?o } }",
    "count": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "1000 rows": "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1000",
    "10000 rows": "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10000",
    "group by graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
}


def _median_seconds(action, repeat: int) -> float:
    action()  # warm caches and workers
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def _direct(store: ox.Store, sparql: str) -> bytes:
    results = store.query(sparql)
    return results.serialize(format=ox.QueryResultsFormat.JSON)


def main() -> None:
    """Run the benchmark and print one line per query: direct ms, endpoint ms, ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=".unkg/store")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    store = ox.Store.read_only(args.store)
    with serving(args.store, workers=2) as server:
        url = f"http://127.0.0.1:{server.server_port}/sparql"
        client = httpx.Client(headers={"Accept": "application/sparql-results+json"}, timeout=60)
        print(f"{'query':<16}{'direct ms':>10}{'endpoint ms':>13}{'ratio':>8}")
        for name, sparql in QUERIES.items():
            direct = _median_seconds(lambda q=sparql: _direct(store, q), args.repeat)
            ask = lambda q=sparql: client.get(url, params={"query": q}).content  # noqa: E731
            served = _median_seconds(ask, args.repeat)
            print(f"{name:<16}{direct * 1000:>10.2f}{served * 1000:>13.2f}{served / direct:>8.1f}")


if __name__ == "__main__":
    main()
