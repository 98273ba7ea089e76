"""Mention precision and recall against the hand-checked annotation of the sample corpus.

Reads tests/data/annotations/sample-corpus.json (mentions read by hand from 12
paragraphs of data/corpus), runs recognition on those documents, and compares,
paragraph by paragraph, the multiset of (kind, key, surface) found with the one
annotated; a mention with the right key but a different surface counts as one
miss and one false find. Candidates are compared by surface only. Footnote
mentions are left out, as the annotation leaves footnotes out.

    .venv/bin/python benchmarks/mention_quality.py [--misses]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ingest.manifest import manifest_entry
from ingest.pipeline import read_document
from ingest.recognise import recognise

ROOT = Path(__file__).resolve().parent.parent
ANNOTATION = ROOT / "tests" / "data" / "annotations" / "sample-corpus.json"
CORPUS = ROOT / "data" / "corpus"
KINDS = ("organization", "state", "symbol", "candidate")


@dataclass
class Score:
    """Counts for one kind of mention, and the differences behind them."""

    found: int = 0
    expected: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        """Share of found mentions that the annotation has (1.0 when none was found)."""
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of annotated mentions that were found (1.0 when none is annotated)."""
        return self.correct / self.expected if self.expected else 1.0


def _item(kind: str, key: str, surface: str) -> tuple[str, str, str]:
    return (kind, "" if kind == "candidate" else key, surface)


def measure(annotation: Path = ANNOTATION, corpus: Path = CORPUS) -> tuple[dict[str, Score], list[str]]:
    """Return a `Score` per kind and the differences, one line each ("missed ...", "extra ...")."""
    data = json.loads(annotation.read_text(encoding="utf-8"))
    scores = {kind: Score() for kind in KINDS}
    diffs: list[str] = []
    cache: dict = {}
    for entry in data["documents"]:
        path = corpus / entry["file"]
        doc = read_document(path, manifest_entry(path, cache))
        mentions = [m for m in recognise(doc) if m.kind in KINDS and not dict(m.detail).get("footnote")]
        for pid, para in entry["paragraphs"].items():
            found = Counter(_item(m.kind, m.key, m.surface) for m in mentions if m.pid == pid)
            expected = Counter(_item(*m) for m in para["mentions"])
            for kind in KINDS:
                score = scores[kind]
                score.found += sum(n for item, n in found.items() if item[0] == kind)
                score.expected += sum(n for item, n in expected.items() if item[0] == kind)
                score.correct += sum(n for item, n in (found & expected).items() if item[0] == kind)
            where = f"{entry['symbol']} ¶{pid}"
            diffs += [f"missed {where}: {item}" for item in (expected - found).elements()]
            diffs += [f"extra  {where}: {item}" for item in (found - expected).elements()]
    return scores, diffs


def main() -> None:
    """Print precision and recall per kind (and, with --misses, every difference)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every missed and extra mention")
    args = parser.parse_args()
    scores, diffs = measure()
    print(f"{'kind':<13} {'found':>5} {'gold':>5} {'right':>5} {'precision':>9} {'recall':>6}")
    for kind, s in scores.items():
        print(f"{kind:<13} {s.found:>5} {s.expected:>5} {s.correct:>5} {s.precision:>9.3f} {s.recall:>6.3f}")
    if args.misses:
        print("\n".join(diffs))


if __name__ == "__main__":
    main()
