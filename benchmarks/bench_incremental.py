"""Measure an incremental `unkg build`: one changed document in a large corpus, against reading that document.

Not run by the test suite. It keeps a corpus (`make_corpus` copies of the
sample corpus) and a store built from it under `--work`, building the store
the first time (slow: every document is read; a killed first build resumes
where it stopped). Then, in the same run, it times:

- a build of the whole corpus with nothing changed (every file skipped);
- a build after editing one file (that one read again, the rest skipped);
- the peer: reading that one file alone (`process_file`, warm), which is the
  least an incremental build must do.

    nice .venv/bin/python -m benchmarks.bench_incremental --copies 400 --work /tmp/unkg-incremental
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.bench_build import make_corpus
from ingest.build import build, process_file
from ingest.manifest import manifest_entry
from ingest.store import GraphStore

MARK = "\n\n{n}. 大会决定继续审议这个问题。\n"


def timed(store: GraphStore, corpus: Path) -> tuple[float, dict[str, int]]:
    """Build `corpus` into `store` with one worker; return (seconds, changes)."""
    began = time.perf_counter()
    report = build(store, [corpus], jobs=1)
    return time.perf_counter() - began, report.changes


def main() -> None:
    """Build once if needed, then print the seconds of each incremental build and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=400)
    parser.add_argument("--work", type=Path, default=Path("/tmp/unkg-incremental"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = args.work / "corpus"
    if not (corpus / "manifest.json").exists():
        corpus.mkdir(parents=True, exist_ok=True)
        make_corpus(corpus, args.copies)
    store = GraphStore(args.work / "store")
    first, changes = timed(store, corpus)
    print(f"first build (or resumed): {first:.1f} s {changes}")
    edited = sorted(corpus.glob("copy0_*"))[0]
    original = edited.read_text(encoding="utf-8")
    metadata = manifest_entry(edited, {})
    try:
        for n in range(args.repeat):
            unchanged, changes = timed(store, corpus)
            print(f"nothing changed: {unchanged:.2f} s {changes}")
            edited.write_text(original + MARK.format(n=900 + n), encoding="utf-8")
            one, changes = timed(store, corpus)
            began = time.perf_counter()
            process_file(edited, metadata)
            peer = time.perf_counter() - began
            print(f"one file changed: {one:.2f} s {changes}; reading that file alone {peer:.2f} s; "
                  f"the build costs {one / peer:.1f}x reading it")
    finally:
        edited.write_text(original, encoding="utf-8")


if __name__ == "__main__":
    main()
