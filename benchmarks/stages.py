"""The pipeline's stages timed one by one over a corpus, with the ceilings and the peer on the same text.

- `staged_pass`: each document read, recognised, extracted and mapped to N-Quads in
  worker processes (one per core), each stage timed per document; the N-Quads go
  to one file, with each document's graph and byte span, for the loading stage.
- `load_stage`: those graphs loaded as a build loads them (ingest/build.py's `Loader`:
  new graphs with their record entries, several per transaction) into a fresh store;
  `bulk_load_ceiling`: pyoxigraph's `bulk_load` of the same file into another fresh store,
  the limit for loading.
- `read_ceiling`: reading and whitespace-normalising each file, the limit for extraction.
- `jieba_peer`: jieba's word segmentation (`lcut`) over the same text.
"""

from __future__ import annotations

import logging
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from ingest.build import DocumentResult, Loader, Work, in_graph
from ingest.extract import extract
from ingest.extract.mapping import map_facts
from ingest.manifest import manifest_entry
from ingest.mapping import map_document, map_mentions
from ingest.pipeline import read_document
from ingest.recognise import default_gazetteers, recognise
from ingest.store import GraphStore
from ontology import iris

STAGES = ("read", "recognise", "extract", "map")


@dataclass
class StagedPass:
    """Seconds per stage summed over documents, and where each document's N-Quads are in `quads_file`."""

    quads_file: Path
    documents: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (graph IRI, offset, length)
    wall_seconds: float = 0.0
    workers: int = 1


def _warm() -> None:
    """Build the gazetteers once per worker, so that no document's recognition pays for them."""
    default_gazetteers()


def _time_document(path: Path, metadata: dict) -> tuple[str, dict[str, float], bytes]:
    """Run one document through the stages; return (its graph IRI, seconds per stage, its N-Quads)."""
    t0 = time.perf_counter()
    doc = read_document(path, metadata)
    t1 = time.perf_counter()
    mentions = recognise(doc)
    t2 = time.perf_counter()
    facts = extract(doc, mentions)
    t3 = time.perf_counter()
    out = map_document(doc)
    map_mentions(doc, mentions, out)
    nquads = map_facts(doc, facts, out).to_nquads()
    t4 = time.perf_counter()
    seconds = {"read": t1 - t0, "recognise": t2 - t1, "extract": t3 - t2, "map": t4 - t3}
    return iris.document_graph(doc.symbol), seconds, nquads


def staged_pass(files: list[Path], quads_file: Path, workers: int | None = None) -> StagedPass:
    """Time each stage of every file in `files`, one worker per core; write the N-Quads to `quads_file`."""
    workers = workers or os.cpu_count() or 1
    cache: dict = {}
    metadata = [manifest_entry(path, cache) for path in files]
    result = StagedPass(quads_file, workers=workers)
    began = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool, quads_file.open("wb") as out:
        for graph, seconds, nquads in pool.map(_time_document, files, metadata, chunksize=4):
            result.spans.append((graph, out.tell(), len(nquads)))
            out.write(nquads)
            for stage, value in seconds.items():
                result.seconds[stage] += value
            result.documents += 1
    result.wall_seconds = time.perf_counter() - began
    return result


def load_stage(staged: StagedPass, store_dir: Path) -> tuple[float, int]:
    """Load each document's graph into a fresh store as a build does; return (seconds, quads in the store).

    A build's `Loader` loads them, with an entry in the build record for each
    (new graphs several to a transaction); what a build's workers do (checking
    that a document's quads are all in its graph) is done before the clock starts.
    """
    store = GraphStore(store_dir)
    loader = Loader(store, {})
    prefix = iris.document_graph("")
    seconds = 0.0
    with staged.quads_file.open("rb") as source:
        for graph, offset, length in staged.spans:
            source.seek(offset)
            symbol = unquote(graph[len(prefix):])
            result = DocumentResult(file=symbol, symbol=symbol, nquads=source.read(length))
            result.own_graph = in_graph(result.nquads, graph)
            began = time.perf_counter()
            loader.load(Work(Path(symbol), {}), result)
            seconds += time.perf_counter() - began
    began = time.perf_counter()
    loader.flush()
    store.flush()
    seconds += time.perf_counter() - began
    return seconds, len(store)


def bulk_load_ceiling(quads_file: Path, store_dir: Path) -> tuple[float, int]:
    """Bulk-load `quads_file` into a fresh pyoxigraph store in one call; return (seconds, quads)."""
    store = ox.Store(str(store_dir))
    began = time.perf_counter()
    store.bulk_load(path=str(quads_file), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - began
    return seconds, len(store)


def read_ceiling(files: list[Path]) -> tuple[float, dict[Path, int]]:
    """Read and whitespace-normalise every file in one process; return (seconds, characters per file)."""
    characters = {}
    began = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        " ".join(text.split())
        characters[path] = len(text)
    return time.perf_counter() - began, characters


def jieba_peer(files: list[Path], max_characters: int) -> tuple[float, int, int]:
    """Segment the files with jieba's `lcut` in one process, stopping once `max_characters` are done.

    Returns (seconds, characters segmented, documents segmented); jieba's
    dictionary is loaded before the clock starts, and reading is not timed.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    seconds, characters, documents = 0.0, 0, 0
    for path in files:
        if characters >= max_characters:
            break
        text = path.read_text(encoding="utf-8")
        began = time.perf_counter()
        jieba.lcut(text)
        seconds += time.perf_counter() - began
        characters += len(text)
        documents += 1
    return seconds, characters, documents
