"""Characters per second per core of each pipeline stage, and end to end, on a folder of documents.

Not run by the test suite. For every document file of the folder (with its
manifest), in one process, it times on CPU time (so the figure is per core):

- read: `read_document` (reader, cleaning, structure);
- recognise: `recognise`;
- extract: `extract`;
- map: `map_document` + `map_mentions` + `map_facts` and serialising the N-Quads;
- end to end: `ingest.build.process_file`, what a build worker runs per file;
- the peer, in the same run: one bare Aho–Corasick scan of the text for every
  organisation and state form of the gazetteers, counting the occurrences (the
  floor under any gazetteer recogniser), so the figures read as a ratio to it.

Characters are those of the text the reader decoded. One pass warms the caches
(gazetteers, vocabularies); the figures are the best of `--passes` after it.
The caches that remember texts (a paragraph's folded form, its symbols, its
gazetteer scans) are emptied before each document's stages and again before its
end-to-end run, so that no document is timed with its own earlier work
remembered, as none is in a build.

    .venv/bin/python benchmarks/profile_pipeline.py data/corpus
    .venv/bin/python benchmarks/profile_pipeline.py data/corpus --profile extract --top 25
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable
from pathlib import Path

import ahocorasick

from ingest.build import find_inputs, process_file
from ingest.extract import extract
from ingest.extract import gazetteer as extract_gazetteer
from ingest.extract.mapping import map_facts
from ingest.manifest import MANIFEST_NAME, manifest_entry
from ingest.mapping import map_document, map_mentions
from ingest.pipeline import read_document
from ingest.readers import reader_for
from ingest.recognise import default_gazetteers, recognise, symbols
from ingest.recognise.folded import folded

STAGES = ("read", "recognise", "extract", "map", "end to end", "peer scan")
_TEXT_CACHES = (folded, symbols._in_paragraph, extract_gazetteer._scan)  # keyed by a paragraph's text


def _forget() -> None:
    """Empty the caches keyed by texts, so that the next document is timed as a build meets it."""
    for cached in _TEXT_CACHES:
        cached.cache_clear()
    for gazetteer in default_gazetteers():
        gazetteer._recent.clear()  # noqa: SLF001 - the gazetteer's own cache of a text's starts


def _map(doc, mentions, facts) -> bytes:
    out = map_document(doc)
    map_mentions(doc, mentions, out)
    return map_facts(doc, facts, out).to_nquads()


def _peer() -> ahocorasick.Automaton:
    """An automaton of every gazetteer form: a bare multi-pattern scan."""
    automaton = ahocorasick.Automaton()
    for gazetteer in default_gazetteers():
        for form in gazetteer.forms:
            automaton.add_word(form, len(form))
    automaton.make_automaton()
    return automaton


class Timer:
    """CPU seconds per stage, summed over the documents of one pass."""

    def __init__(self) -> None:
        """Start with no time on any stage."""
        self.seconds = dict.fromkeys(STAGES, 0.0)

    def run(self, stage: str, call: Callable, *args):
        """Run `call(*args)`, add its CPU time to `stage` and return its result."""
        began = time.process_time()
        result = call(*args)
        self.seconds[stage] += time.process_time() - began
        return result


def one_pass(work: list[tuple[Path, dict]], peer: ahocorasick.Automaton) -> dict[str, float]:
    """Run every stage on every document once; return CPU seconds per stage."""
    timer = Timer()
    for path, meta in work:
        _forget()
        doc = timer.run("read", read_document, path, meta)
        mentions = timer.run("recognise", recognise, doc)
        facts = timer.run("extract", extract, doc, mentions)
        timer.run("map", _map, doc, mentions, facts)
        _forget()
        result = timer.run("end to end", process_file, path, meta)
        assert result.error is None, result.error
        text = reader_for(path)(path).text
        timer.run("peer scan", lambda t: sum(1 for _ in peer.iter(t)), text)
    return timer.seconds


def profile(work: list[tuple[Path, dict]], stage: str, top: int) -> None:
    """Print the cProfile of one stage (or `end to end`) over every document, by cumulative time."""
    docs = [read_document(path, meta) for path, meta in work]
    mentions = [recognise(doc) for doc in docs]
    calls = {
        "read": lambda: [read_document(path, meta) for path, meta in work],
        "recognise": lambda: [recognise(doc) for doc in docs],
        "extract": lambda: [extract(doc, m) for doc, m in zip(docs, mentions, strict=True)],
        "map": lambda: [_map(doc, m, extract(doc, m)) for doc, m in zip(docs, mentions, strict=True)],
        "end to end": lambda: [process_file(path, meta) for path, meta in work],
    }
    profiler = cProfile.Profile()
    profiler.runcall(calls[stage])
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> None:
    """Time every stage on the folder's documents and print characters per second per core."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("data/corpus"))
    parser.add_argument("--passes", type=int, default=3, help="timed passes after the warm-up (best kept)")
    parser.add_argument("--profile", choices=STAGES[:5], help="print the cProfile of this stage instead")
    parser.add_argument("--top", type=int, default=30, help="lines of the profile to print")
    args = parser.parse_args()
    cache: dict = {}
    inputs = [path for path in find_inputs([args.folder]) if path.name != MANIFEST_NAME]
    work = [(path, manifest_entry(path, cache)) for path in inputs]
    chars = sum(len(reader_for(path)(path).text) for path, _ in work)
    peer = _peer()
    one_pass(work, peer)  # warm-up: gazetteers, vocabularies, regular expressions
    if args.profile:
        profile(work, args.profile, args.top)
        return
    passes = [one_pass(work, peer) for _ in range(args.passes)]
    best = {stage: min(p[stage] for p in passes) for stage in STAGES}
    print(f"{len(work)} documents, {chars:,} characters, best of {args.passes} passes (CPU time)")
    for stage in STAGES:
        rate = chars / best[stage] if best[stage] else float("inf")
        ratio = best["peer scan"] / best[stage] if best[stage] else float("inf")
        print(f"{stage:<11} {best[stage]:8.3f} s  {rate / 1e6:8.3f} M chars/s/core  {ratio:7.1%} of the peer")


if __name__ == "__main__":
    main()
