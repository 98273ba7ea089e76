"""Score a store built from a generated corpus against the facts the generator put in (expected.json).

Runs the canned queries (document-organizations, document-states,
document-citations, mandates, activities) through `queries.runner` and compares
their rows with benchmarks/corpus.py's expected.json, as sets of facts:
organisations, states and cited symbols by (document, paragraph, key); mandates
of resolutions' operative paragraphs by (resolution, paragraph, verb, addressee),
and those reports state (reported_mandates) the same way, the resolution being
the one cited, as the query says; activities by (document, paragraph, actors,
date), and activity actors alone by (document, paragraph, actor). The store
should hold the generated corpus and nothing else. `--documents N` scores N
documents spread evenly over the corpus, for large stores.

    .venv/bin/python -m benchmarks.corpus_quality FOLDER [--store DIR] [--documents N] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

from ontology import reference
from queries import runner

KINDS = ("organizations", "states", "symbols", "mandates", "reported_mandates", "activities",
         "activity_actors")
# Paragraph ids as the queries join them with spaces: "annex II 3", "op 5", "pp 2", "25".
_PID = re.compile(r"annex(?: [IVX]+)?(?: \d+)?|op \d+|pp \d+|\d+")
_MENTION_QUERIES = (("organizations", "document-organizations", "acronym"),
                    ("states", "document-states", "iso3"), ("symbols", "document-citations", "cited_symbol"))


def split_keys(text: str) -> list[str]:
    """Return the organisation keys of a space-joined list, keys with spaces kept whole.

    The activities query joins actors with spaces, and some keys hold spaces ("UN Youth Office").
    """
    words, keys, i = text.split(), [], 0
    known = {org.acronym for org in reference.organizations()}
    while i < len(words):
        size = next((n for n in range(len(words) - i, 1, -1) if " ".join(words[i:i + n]) in known), 1)
        keys.append(" ".join(words[i:i + size]))
        i += size
    return keys


def _records(store, name: str, values: dict[str, str] | None = None) -> list[dict[str, str]]:
    return runner.to_records(runner.run(store, runner.load(name), values))


def _is_operative(paragraph: str) -> bool:
    return paragraph.startswith("op ")


def expected_facts(expected: dict, symbols: list[str] | None = None) -> dict[str, Counter]:
    """Return, per kind, the multiset of facts of an expected.json's documents (or of `symbols` only)."""
    facts = {kind: Counter() for kind in KINDS}
    for symbol in symbols if symbols is not None else expected["documents"]:
        doc = expected["documents"][symbol]
        for kind in ("organizations", "states", "symbols"):
            facts[kind].update((symbol, pid, key) for pid, keys in doc[kind].items() for key in keys)
        for m in doc["mandates"]:
            kind = "mandates" if _is_operative(m["paragraph"]) else "reported_mandates"
            facts[kind][(m["resolution"], m["paragraph"], m["verb"], m["addressee"])] += 1
        for a in doc["activities"]:
            facts["activities"][(symbol, a["paragraph"], " ".join(sorted(a["actors"])), a["date"])] += 1
            facts["activity_actors"].update((symbol, a["paragraph"], actor) for actor in a["actors"])
    for kind in ("organizations", "states", "symbols", "activity_actors"):
        facts[kind] = Counter(set(facts[kind]))  # a paragraph names a thing or does not
    return facts


def found_facts(store, symbols: list[str]) -> dict[str, Counter]:
    """Return, per kind, the multiset of facts the canned queries find in `store` for documents `symbols`.

    Mandates a report states belong to the resolution they cite, not to the report, so
    they are found only for the whole store (kind reported_mandates).
    """
    facts = {kind: Counter() for kind in KINDS}
    wanted = set(symbols)
    for symbol in symbols:
        for kind, query, column in _MENTION_QUERIES:
            for row in _records(store, query, {"symbol": symbol}):
                facts[kind].update({(symbol, pid, row[column]) for pid in _PID.findall(row["paragraphs"])})
    for row in _records(store, "mandates"):
        kind = "mandates" if _is_operative(row["paragraph"]) else "reported_mandates"
        if kind == "reported_mandates" or row["resolution"] in wanted:
            facts[kind][(row["resolution"], row["paragraph"], row["verb"], row["addressee"])] += 1
    for row in _records(store, "activities"):
        if row["document"] not in wanted:
            continue
        actors = sorted(set(split_keys(row["actors"])))
        facts["activities"][(row["document"], row["paragraph"], " ".join(actors), row["date"])] += 1
        facts["activity_actors"].update((row["document"], row["paragraph"], actor) for actor in actors)
    facts["activity_actors"] = Counter(set(facts["activity_actors"]))
    return facts


def sample(symbols: list[str], documents: int | None) -> list[str]:
    """Return `documents` of `symbols` spread evenly over them (all when None or more than there are)."""
    if documents is None or documents >= len(symbols):
        return list(symbols)
    step = len(symbols) / documents
    return [symbols[int(i * step)] for i in range(documents)]


def _figures(expected: Counter, found: Counter) -> dict:
    correct = sum((expected & found).values())
    n_expected, n_found = sum(expected.values()), sum(found.values())
    precision = correct / n_found if n_found else 1.0
    recall = correct / n_expected if n_expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"expected": n_expected, "found": n_found, "correct": correct,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(store, expected_path: Path, differences: list[str] | None = None,
          documents: int | None = None, language: str | None = None) -> dict[str, dict]:
    """Return precision, recall and F1 (with counts) per kind of fact, `store` against `expected_path`.

    `documents` scores only that many documents, spread evenly (three queries run per
    document, for large stores); reported_mandates is then left out, as a
    report's mandate cannot be told from another's by the mandates query; so it is with
    `language` (zh or en), which scores the documents in that language only. When a list is
    given as `differences`, each missed or extra fact is appended to it as one line.
    """
    expected = json.loads(Path(expected_path).read_text(encoding="utf-8"))
    symbols = sample(sorted(s for s, doc in expected["documents"].items()
                            if language in (None, doc.get("language"))), documents)
    want = expected_facts(expected, symbols)
    got = found_facts(store, symbols)
    kinds = [k for k in KINDS if k != "reported_mandates" or len(symbols) == len(expected["documents"])]
    if differences is not None:
        for kind in kinds:
            differences += [f"missed {kind}: {fact}" for fact in sorted((want[kind] - got[kind]).elements())]
            differences += [f"extra  {kind}: {fact}" for fact in sorted((got[kind] - want[kind]).elements())]
    return {kind: _figures(want[kind], got[kind]) for kind in kinds}


def main(argv: list[str] | None = None) -> None:
    """Command line: build FOLDER into a store (a temporary one unless --store) and print the scores."""
    from ingest.build import build
    from ingest.store import GraphStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder written by benchmarks/corpus.py")
    parser.add_argument("--store", type=Path, help="an existing store already built from FOLDER")
    parser.add_argument("--misses", action="store_true", help="list every missed and extra fact")
    parser.add_argument("--documents", type=int, help="score only this many documents, spread evenly")
    parser.add_argument("--language", choices=("zh", "en"), help="score only the documents in this language")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(args.store or Path(tmp) / "store")
        if args.store is None:
            report = build(store, [args.folder], jobs=1)
            print(f"built {len(report.documents)} documents, {len(report.failures)} failed")
            for failure in report.failures:
                print(f"  {failure.file}: {failure.error}")
        differences: list[str] = []
        scores = score(store, args.folder / "expected.json", differences, args.documents, args.language)
    print(f"{'kind':<16} {'expected':>8} {'found':>7} {'right':>7} {'precision':>9} {'recall':>6} {'F1':>6}")
    for kind, s in scores.items():
        print(f"{kind:<16} {s['expected']:>8} {s['found']:>7} {s['correct']:>7} "
              f"{s['precision']:>9.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}")
    if args.misses:
        print("\n".join(differences))


if __name__ == "__main__":
    main()
