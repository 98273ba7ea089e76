"""Measure activity extraction against a hand-checked annotation (tests/data/annotations/activities-*.json).

It reads and recognises the annotated document from data/corpus, extracts its
activities, keeps those of the annotated paragraphs, and aligns them with the
annotation paragraph by paragraph (each annotated activity takes the unused
extracted one sharing most actors, then the same date, then the same kind).
It prints precision, recall and F1 of actors (counted per aligned activity: an
actor of an unaligned activity is a miss or a false alarm), the share of
annotated activities whose date is exactly right (an unaligned one counts as
wrong), and the same for kinds, partners and countries.

    .venv/bin/python benchmarks/activity_quality.py tests/data/annotations/activities-*.json [--diff]

An annotation file holds one document ("symbol", "paragraphs" as [first, last] or a list of
paragraph ids, "activities") or several under "documents"; each document of a file of
several is also scored on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.extract import activities  # noqa: E402
from ingest.pipeline import read_document  # noqa: E402
from ingest.recognise import recognise  # noqa: E402

CORPUS = ROOT / "data" / "corpus"


@dataclass
class Scores:
    """Actor precision/recall/F1 and exact-match shares over the annotated activities."""

    actor_precision: float
    actor_recall: float
    actor_f1: float
    dates_exact: float
    kinds_exact: float
    partners_f1: float
    countries_f1: float
    annotated: int
    extracted: int


def _row(activity) -> dict:
    def key(p):
        return f"parliament:{p.key}" if p.kind == "parliament" else p.key

    return {"paragraph": activity.pid, "kind": activity.activity_kind, "date": activity.date,
            "actors": [key(p) for p in activity.actors], "partners": [key(p) for p in activity.partners],
            "countries": [p.key for p in activity.countries]}


def _covered(paragraphs) -> set[str]:
    """Return the paragraph ids an annotation covers: a [first, last] range of numbers or a list of ids."""
    if len(paragraphs) == 2 and all(isinstance(n, int) for n in paragraphs):
        return {str(n) for n in range(paragraphs[0], paragraphs[1] + 1)}
    return {str(n) for n in paragraphs}


def extracted_rows(symbol: str, paragraphs) -> list[dict]:
    """Return the activities extracted from the `paragraphs` (see _covered) of corpus document `symbol`."""
    covered = _covered(paragraphs)
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    meta = next(d for d in manifest["documents"] if d["symbol"] == symbol)
    doc = read_document(CORPUS / meta["file"], meta)
    found = activities.extract(doc, recognise(doc))
    return [_row(a) for a in found if a.pid in covered]


def _score(gold: dict, got: dict) -> tuple:
    return (len(set(gold["actors"]) & set(got["actors"])), gold["date"] == got["date"],
            gold["kind"] == got["kind"])


def align(gold: list[dict], got: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair each annotated activity with the best unused extracted one of its paragraph (or None)."""
    unused = list(got)
    pairs = []
    for g in gold:
        candidates = [a for a in unused if a["paragraph"] == g["paragraph"]]
        best = max(candidates, key=lambda a: _score(g, a), default=None)
        if best is not None and not any(_score(g, best)[:2]):
            best = None
        if best is not None:
            unused.remove(best)
        pairs.append((g, best))
    return pairs


def _f1(pairs, got, field) -> tuple[float, float, float]:
    hit = sum(len(set(g[field]) & set(a[field])) for g, a in pairs if a)
    gold_n = sum(len(set(g[field])) for g, _ in pairs)
    got_n = sum(len(set(a[field])) for a in got)
    p = hit / got_n if got_n else 1.0
    r = hit / gold_n if gold_n else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def parts(annotation: Path, symbol: str | None = None) -> list[dict]:
    """Return the documents of an annotation file (itself or its "documents"), or those of `symbol`."""
    data = json.loads(annotation.read_text(encoding="utf-8"))
    found = data.get("documents", [data])
    return [d for d in found if symbol is None or d["symbol"] == symbol]


def compared(annotation: Path, symbol: str | None = None) -> tuple[list[dict], list[dict], list]:
    """Return the annotated rows, the extracted rows and their alignment over the parts of `annotation`."""
    gold, got, pairs = [], [], []
    for part in parts(annotation, symbol):
        rows = extracted_rows(part["symbol"], part["paragraphs"])
        gold += part["activities"]
        got += rows
        pairs += align(part["activities"], rows)
    return gold, got, pairs


def measure(annotation: Path, symbol: str | None = None) -> Scores:
    """Return the extractor's scores against the annotation file `annotation` (or its part `symbol`)."""
    gold, got, pairs = compared(annotation, symbol)
    p, r, f = _f1(pairs, got, "actors")
    return Scores(
        actor_precision=p, actor_recall=r, actor_f1=f,
        dates_exact=sum(1 for g, a in pairs if a and a["date"] == g["date"]) / len(gold),
        kinds_exact=sum(1 for g, a in pairs if a and a["kind"] == g["kind"]) / len(gold),
        partners_f1=_f1(pairs, got, "partners")[2], countries_f1=_f1(pairs, got, "countries")[2],
        annotated=len(gold), extracted=len(got),
    )


def main() -> None:
    """Print the scores for each annotation file given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotations", nargs="+", type=Path)
    parser.add_argument("--diff", action="store_true", help="print the pairs that differ")
    args = parser.parse_args()
    for path, symbol in [(p, None) for p in args.annotations] + [
            (p, d["symbol"]) for p in args.annotations if len(parts(p)) > 1 for d in parts(p)]:
        s = measure(path, symbol)
        name = f"{path.name} {symbol}" if symbol else path.name
        print(f"{name}: {s.annotated} annotated, {s.extracted} extracted")
        print(f"  actors    P {s.actor_precision:.3f}  R {s.actor_recall:.3f}  F1 {s.actor_f1:.3f}")
        print(f"  dates exact {s.dates_exact:.3f}   kinds exact {s.kinds_exact:.3f}")
        print(f"  partners F1 {s.partners_f1:.3f}   countries F1 {s.countries_f1:.3f}")
        if args.diff and symbol is None:
            _, got, pairs = compared(path)
            for g, a in pairs:
                if a is None or any(g[k] != a[k] for k in ("actors", "date", "kind")):
                    print("  gold", g, "\n  got ", a)
            for a in got:
                if all(a is not b for _, b in pairs):
                    print("  extra", a)


if __name__ == "__main__":
    main()
