"""Every figure of one benchmark size, measured in one process (so its peak memory is its own).

`measure(documents, cache, settings)` generates (or reuses) a corpus of that many
documents, then on the same data and in this order: the reading ceiling, the
end-to-end build, two incremental rebuilds after one document changed, peak memory
(the build's) and the store's size, the staged pass, the loading stage and
pyoxigraph's bulk-load ceiling, extraction quality, jieba, the canned queries
against rdflib, and the endpoint under load. `benchmarks/run.py` runs it once per size in a child
process (`--one N --json FILE`); `--sample-build` times the sample corpus's build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks import stages

ROOT = Path(__file__).resolve().parent.parent
# What the generated text depends on: a change to any of these makes a new corpus.
GENERATOR_INPUTS = ("benchmarks/corpus.py", "benchmarks/templates", "ontology/reference")
CHANGED_SENTENCE = "\n\n秘书长感谢会员国对联合国开发计划署在该区域工作的支持。\n"


class Phases:
    """Wall seconds of each phase of a size's measurement, also told on stderr as each starts and ends.

    `save`, when given, is called after each phase (to keep the figures so far).
    """

    def __init__(self, documents: int, save=None) -> None:
        """Start with no phase timed, for the size of `documents` documents."""
        self.documents = documents
        self.seconds: dict[str, float] = {}
        self.save = save

    @contextmanager
    def __call__(self, name: str):
        """Time the phase `name` (a context manager)."""
        print(f"[{self.documents}] {name} ...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        yield
        self.seconds[name] = round(time.perf_counter() - began, 1)
        print(f"[{self.documents}] {name}: {self.seconds[name]} s, peak RSS so far "
              f"{_rss_mb(resource.RUSAGE_SELF)} MB (workers {_rss_mb(resource.RUSAGE_CHILDREN)} MB)",
              file=sys.stderr, flush=True)
        if self.save:
            self.save()


@dataclass
class Settings:
    """How hard to measure: query repeats, the rdflib peer and its budget, jieba's sample, the load test."""

    repeat: int = 20
    repeat_above_1000: int = 5  # query runs above 1,000 documents, where a slow query takes seconds
    query_budget_s: float = 60.0  # no further run of one of our queries starts after this many seconds of it
    rdflib: bool = True
    rdflib_budget_s: float = 10.0
    jieba_characters: int = 3_000_000
    stage_documents: int = 1000  # the staged pass (and the loading figures) time an even sample above this
    quality_documents: int = 1000  # extraction quality scores an even sample of documents above this
    load_clients: int = 8
    load_seconds: float = 10.0
    seed: int = 0


def _generator_digest() -> str:
    """Return a digest of every file the corpus generator reads."""
    digest = hashlib.sha256()
    for name in GENERATOR_INPUTS:
        path = ROOT / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(file.relative_to(ROOT).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def corpus_for(documents: int, cache: Path, seed: int) -> dict:
    """Return {"folder", "documents", "characters", "files"} of a generated corpus, reused from `cache`.

    A corpus is reused when its stamp names the same generator digest, size and seed.
    """
    from benchmarks.corpus import generate

    folder = cache / f"corpus-{documents}-seed{seed}"
    stamp_path = cache / f"corpus-{documents}-seed{seed}.json"
    stamp = {"generator": _generator_digest(), "documents": documents, "seed": seed}
    if stamp_path.exists() and folder.is_dir():
        saved = json.loads(stamp_path.read_text(encoding="utf-8"))
        if saved.get("stamp") == stamp:
            corpus = saved["corpus"]
            return corpus | {"folder": folder, "files": [folder / f for f in corpus["files"]]}
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    made = generate(folder, documents, seed=seed)
    corpus = {"documents": made.documents, "characters": made.characters,
              "files": sorted(Path(f).name for f in made.files)}
    stamp_path.write_text(json.dumps({"stamp": stamp, "corpus": corpus}), encoding="utf-8")
    return corpus | {"folder": folder, "files": [folder / f for f in corpus["files"]]}


def _rate(amount: float, seconds: float) -> float | None:
    return round(amount / seconds, 1) if seconds > 0 else None


def _rss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # ru_maxrss is in KiB on Linux


def _tree_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def _stage_figures(staged: stages.StagedPass, characters: int, load_seconds: float) -> dict:
    """Return seconds, documents/s and characters/s per stage (per core: seconds are summed per document)."""
    seconds = staged.seconds | {"load": load_seconds}
    return {stage: {"seconds": round(s, 3), "documents_per_s": _rate(staged.documents, s),
                    "characters_per_s": _rate(characters, s)} for stage, s in seconds.items()}


def _sample(files: list[Path], most: int) -> list[Path]:
    """Return `files`, or `most` of them evenly spaced when there are more."""
    return files if len(files) <= most else [files[i * len(files) // most] for i in range(most)]


def _end_to_end(corpus: dict, work: Path, phase: Phases) -> dict:
    """Build the corpus into a fresh store, then rebuild it after one document changed; return the figures.

    Peak memory is read right after, so that it is the build's (and the imports'), not the ceilings'.
    """
    from ingest.build import build
    from ingest.store import GraphStore

    characters = corpus["characters"]
    store = GraphStore(work / "store")
    with phase("build"):
        began = time.perf_counter()
        report = build(store, [corpus["folder"]])
        build_s = time.perf_counter() - began
    with phase("incremental rebuild"):
        incremental_s, again_s = _incremental(store, corpus)
    triples = len(store)
    del store
    return {
        "build_seconds": round(build_s, 3),
        "incremental_rebuild_seconds": round(incremental_s, 3),
        "incremental_rebuild_again_seconds": round(again_s, 3),
        "build_failures": len(report.failures),
        "end_to_end": {"seconds": round(build_s, 3), "documents_per_s": _rate(corpus["documents"], build_s),
                       "characters_per_s": _rate(characters, build_s),
                       "characters_per_s_per_core": _rate(characters, build_s * (os.cpu_count() or 1))},
        "store_triples": triples,
        "peak_rss_mb": max(_rss_mb(resource.RUSAGE_SELF), _rss_mb(resource.RUSAGE_CHILDREN)),
        "peak_rss_main_mb": _rss_mb(resource.RUSAGE_SELF),
        "peak_rss_workers_mb": _rss_mb(resource.RUSAGE_CHILDREN),
        "store_mb": _tree_mb(work / "store"),
    }


def _stage_phase(files: list[Path], work: Path, phase: Phases, settings: Settings, read: tuple) -> dict:
    """Time the stages on (a sample of) `files`, loading against bulk loading; return the figures.

    `read` is the reading ceiling's (seconds, characters per file) over all of `files`.
    """
    read_s, per_file = read
    sample = _sample(files, settings.stage_documents)
    sample_characters = sum(per_file[f] for f in sample)
    with phase("staged pass"):
        staged = stages.staged_pass(sample, work / "quads.nq")
    with phase("load stage"):
        load_s, quads = stages.load_stage(staged, work / "load-store")
    with phase("bulk-load ceiling"):
        bulk_s, bulk_quads = stages.bulk_load_ceiling(staged.quads_file, work / "bulk-store")
    for name in ("load-store", "bulk-store", "quads.nq"):
        shutil.rmtree(work / name) if (work / name).is_dir() else (work / name).unlink()
    extraction_s = sum(staged.seconds.values())
    return {
        "extraction_chars_per_s_per_core": _rate(sample_characters, extraction_s),
        "load_fraction_of_bulk_load": round(bulk_s / load_s, 3),
        "stages": _stage_figures(staged, sample_characters, load_s),
        "staged_pass": {"workers": staged.workers, "wall_seconds": round(staged.wall_seconds, 3),
                        "documents": staged.documents, "characters": sample_characters,
                        "sampled": len(sample) < len(files)},
        "ceilings": {
            "read_normalise_chars_per_s_per_core": _rate(sum(per_file.values()), read_s),
            "extraction_fraction_of_read_normalise": round(
                (sample_characters / extraction_s) / (sum(per_file.values()) / read_s), 5),
            "bulk_load_seconds": round(bulk_s, 3), "bulk_load_quads_per_s": _rate(bulk_quads, bulk_s),
            "load_seconds": round(load_s, 3), "load_quads_per_s": _rate(quads, load_s), "quads": quads,
        },
    }


def _timed_build(store, folder: Path) -> float:
    from ingest.build import build

    began = time.perf_counter()
    build(store, [folder])
    return time.perf_counter() - began


def _incremental(store, corpus: dict) -> tuple[float, float]:
    """Append a sentence to one document and rebuild the folder into `store`, then restore it and rebuild.

    Returns the seconds of both one-document rebuilds: the first after the full
    build (which also turns every entry of the record from "added" to
    "unchanged") and the second, as every later rebuild is. The store ends as the
    corpus is.
    """
    changed = corpus["files"][len(corpus["files"]) // 2]
    original = changed.read_bytes()
    try:
        with changed.open("a", encoding="utf-8") as handle:
            handle.write(CHANGED_SENTENCE)
        first = _timed_build(store, corpus["folder"])
    finally:
        changed.write_bytes(original)
    return first, _timed_build(store, corpus["folder"])


def _jieba(files: list[Path], limit: int) -> dict:
    """Run the jieba peer in its own process (its dictionary is not the project's memory)."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        seconds, characters, documents = pool.submit(stages.jieba_peer, files, limit).result()
    return {"chars_per_s_per_core": _rate(characters, seconds), "characters": characters,
            "documents": documents, "sampled": documents < len(files)}


def _quality(store_path: Path, expected: Path, most: int) -> dict:
    """Score the store against the generator's expected facts, on `most` documents spread evenly at most."""
    from benchmarks.corpus_quality import score
    from ingest.store import GraphStore

    return score(GraphStore(store_path, read_only=True), expected, documents=most)


def _load_test(store_path: Path, settings: Settings) -> dict:
    """Run the endpoint load test on the store, or say why it did not run."""
    try:
        from benchmarks.bench_load import load_test
    except ImportError as exc:
        return {"skipped": f"no load test ({exc})"}
    return load_test(store_path, clients=settings.load_clients, seconds=settings.load_seconds)


def measure(documents: int, cache: Path, settings: Settings, partial: Path | None = None) -> dict:
    """Return every figure for a corpus of `documents` documents (see the module docstring).

    The figures so far are written to `partial` (as JSON, "incomplete" true) after every phase.
    """
    from benchmarks.query_peers import compare

    run: dict = {"incomplete": True}
    phase = Phases(documents, partial and (lambda: partial.write_text(json.dumps(run, default=str))))
    with phase("corpus"):
        corpus = corpus_for(documents, cache, settings.seed)
    work = cache / f"work-{documents}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    run |= {"documents": corpus["documents"], "characters": corpus["characters"]}
    with phase("read ceiling"):
        read = stages.read_ceiling(corpus["files"])
    run |= _end_to_end(corpus, work, phase)
    run |= _stage_phase(corpus["files"], work, phase, settings, read)
    with phase("quality"):
        expected = corpus["folder"] / "expected.json"
        run["quality"] = _quality(work / "store", expected, settings.quality_documents)
        run["quality_documents"] = min(settings.quality_documents, corpus["documents"])
    with phase("jieba"):
        run["jieba"] = _jieba(corpus["files"], settings.jieba_characters)
    extraction, jieba = run["extraction_chars_per_s_per_core"], run["jieba"]["chars_per_s_per_core"]
    run["jieba"]["extraction_ratio"] = round(extraction / jieba, 3) if extraction and jieba else None
    with phase("queries"):
        run["query_repeat"] = settings.repeat if documents <= 1000 else settings.repeat_above_1000
        run["queries"] = compare(work / "store", repeat=run["query_repeat"], rdflib_peer=settings.rdflib,
                                 rdflib_budget_s=settings.rdflib_budget_s, budget_s=settings.query_budget_s)
    run["peak_rss_with_rdflib_peer_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
    with phase("load test"):
        run["load"] = _load_test(work / "store", settings)
    run["phase_seconds"] = phase.seconds
    del run["incomplete"]
    return run


def sample_build_seconds() -> float:
    """Return the seconds `build()` takes for the sample corpus into a fresh store, after imports."""
    from ingest.build import DEFAULT_CORPUS, build
    from ingest.store import GraphStore

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        store = GraphStore(Path(tmp) / "store")
        began = time.perf_counter()
        build(store, [DEFAULT_CORPUS])
        seconds = time.perf_counter() - began
        del store
    return seconds


def main(argv: list[str] | None = None) -> None:
    """Measure one size (`--one N`) or the sample build (`--sample-build`); write the figures to `--json`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", type=int, help="number of documents")
    parser.add_argument("--sample-build", action="store_true")
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=ROOT / ".unkg" / "bench")
    parser.add_argument("--settings", default="{}", help="Settings fields as JSON")
    args = parser.parse_args(argv)
    if args.sample_build:
        figures = {"sample_build_seconds": round(sample_build_seconds(), 3)}
    else:
        figures = measure(args.one, args.cache, Settings(**json.loads(args.settings)), partial=args.json)
    args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")


def settings_json(settings: Settings) -> str:
    """Return `settings` as the JSON `--settings` takes."""
    return json.dumps(asdict(settings))


if __name__ == "__main__":
    sys.exit(main())
