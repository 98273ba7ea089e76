"""Measure `unkg build` throughput: one worker against a process pool, and against the store's ceiling.

Not run by the test suite. It copies the sample corpus N times under new symbols
(so the store holds N×5 document graphs), then in the same run times:

- the whole build with one worker (`jobs=1`) and with one worker per core;
- the ceiling: bulk-loading the very same N-Quads into a fresh store, which is
  all a build could cost if reading, recognition and extraction were free.

    .venv/bin/python benchmarks/bench_build.py --copies 8
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from ingest.build import DEFAULT_CORPUS, build
from ingest.store import GraphStore


def make_corpus(folder: Path, copies: int) -> Path:
    """Write `copies` copies of the sample corpus, each document under a new symbol; return the folder."""
    manifest = json.loads((DEFAULT_CORPUS / "manifest.json").read_text(encoding="utf-8"))
    entries = []
    for n in range(copies):
        for entry in manifest["documents"]:
            name = f"copy{n}_{entry['file']}"
            head, _, last = entry["symbol"].rpartition("/")
            old, new = f"{head.rpartition('/')[2]}/{last}", f"{head.rpartition('/')[2]}/{n + 1}{last}"
            text = (DEFAULT_CORPUS / entry["file"]).read_text(encoding="utf-8")
            (folder / name).write_text(text.replace(old, new), encoding="utf-8")
            entries.append(entry | {"file": name, "symbol": f"{head}/{n + 1}{last}"})
    (folder / "manifest.json").write_text(json.dumps({"documents": entries}), encoding="utf-8")
    return folder


def timed_build(corpus: Path, store_dir: Path, jobs: int) -> tuple[float, int]:
    """Build `corpus` into a fresh store with `jobs` workers; return (seconds, triples)."""
    store = GraphStore(store_dir)
    began = time.perf_counter()
    report = build(store, [corpus], jobs=jobs)
    seconds = time.perf_counter() - began
    assert report.ok, [f.error for f in report.failures]
    return seconds, len(store)


def timed_ceiling(source: Path, store_dir: Path) -> float:
    """Load every named graph of the store at `source` into a fresh store as a build does; return seconds."""
    built = GraphStore(source, read_only=True)
    graphs = {g: built.dump("ntriples", graph=g) for g in built.graphs()}
    store = GraphStore(store_dir)
    began = time.perf_counter()
    for graph, data in graphs.items():
        store.replace_graph(graph, data, fmt="ntriples")
    store.flush()
    return time.perf_counter() - began


def main() -> None:
    """Run the benchmark and print seconds, triples per second and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "corpus").mkdir()
        corpus = make_corpus(root / "corpus", args.copies)
        serial, triples = timed_build(corpus, root / "serial", 1)
        parallel, _ = timed_build(corpus, root / "parallel", cores)
        ceiling = timed_ceiling(root / "parallel", root / "ceiling")
    docs = args.copies * 5
    print(f"{docs} documents, {triples} triples, {cores} cores")
    print(f"build, 1 worker      {serial:7.2f} s  {triples / serial:9.0f} triples/s")
    print(f"build, {cores} workers     {parallel:7.2f} s  {triples / parallel:9.0f} triples/s"
          f"  speed-up {serial / parallel:.2f}x")
    print(f"ceiling (bulk load)  {ceiling:7.2f} s  {triples / ceiling:9.0f} triples/s"
          f"  build costs {parallel / ceiling:.1f}x the load alone")


if __name__ == "__main__":
    main()
