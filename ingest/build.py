"""Building the graph: read each document in its own worker, then load its named graph.

A document that fails to read is reported and skipped; it never touches the
store, and the others still load. The ontology is reloaded into its own named
graph on every build, and a record of the build (ingest/build_record.py: when,
and for each document its digest, triple count and whether it was added,
changed, unchanged or kept since the build before) goes to `graph/build`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from ingest import build_record, manifest
from ingest.errors import NoSymbol, UnkgError
from ingest.manifest import MANIFEST_NAME, manifest_entry
from ingest.pipeline import read_document, to_rdf
from ingest.rdf import GraphWriter
from ingest.readers import is_document
from ingest.recognise import recognise
from ingest.store import GraphStore
from ontology import iris, ontology_files
from ontology.reference_graph import reference_graph

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


@dataclass
class DocumentResult:
    """What one worker made of one file: its graph as N-Quads, or the error that stopped it."""

    file: str
    symbol: str | None = None
    paragraphs: int = 0
    triples: int = 0
    nquads: bytes = b""
    error: str | None = None
    digest: str = ""  # SHA-256 of the graph's sorted distinct N-Quads (build_record.digest)
    status: str = ""  # since the build before: added, changed or unchanged
    previous_triples: int | None = None
    # Candidate organisations not in the gazetteer: (paragraph id, surface as printed).
    candidates: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class BuildReport:
    """The outcome of a build: documents loaded, files that failed, counts and time."""

    documents: list[DocumentResult] = field(default_factory=list)
    failures: list[DocumentResult] = field(default_factory=list)
    store_triples: int = 0
    seconds: float = 0.0
    # Document graphs this build did not read and left as they were.
    kept: list[build_record.GraphState] = field(default_factory=list)

    @property
    def changes(self) -> dict[str, int]:
        """Return how many documents were added, changed, unchanged and kept, in that order."""
        counts = dict.fromkeys(build_record.STATUSES, 0)
        for doc in self.documents:
            counts[doc.status] += 1
        counts["kept"] = len(self.kept)
        return counts

    @property
    def paragraphs(self) -> int:
        """Total paragraphs of the documents loaded."""
        return sum(d.paragraphs for d in self.documents)

    @property
    def candidates(self) -> int:
        """Total candidate organisations (not in the gazetteer) found in the documents loaded."""
        return sum(len(d.candidates) for d in self.documents)

    @property
    def ok(self) -> bool:
        """True when every input was read and loaded."""
        return not self.failures


def find_inputs(paths: Iterable[Path]) -> list[Path]:
    """Return the document files named by `paths` (files, or directories read one level deep).

    A directory offers its documents, including those unkg refuses with a
    reason (images, HTML pages), but not its notes or data files; and its
    `manifest.json` when that cannot be read or names missing files, so that
    the problem is reported once, as the manifest's own failure.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.iterdir())
                if p.is_file() and p.name != MANIFEST_NAME and is_document(p)
            )
            if manifest.problem(path):
                found.append(path / MANIFEST_NAME)
        else:
            found.append(path)
    return found


def process_file(path: Path, metadata: dict) -> DocumentResult:
    """Read, structure and map one file; return its result, whose `error` is one line when it failed.

    Never raises: bad input is reported in its own words, a failure of unkg's
    own code on a file is reported as such, and neither stops the other files.
    """
    result = DocumentResult(file=str(path))
    try:
        if not path.is_file():
            raise UnkgError(f"{path}: no such file")
        if path.name == MANIFEST_NAME and (problem := manifest.problem(path.parent)):
            raise manifest.BadManifest(problem)
        doc = read_document(path, metadata)
        mentions = recognise(doc)
        graph = to_rdf(doc, mentions)
    except NoSymbol as exc:
        broken = manifest.problem(path.parent, check_files=False)
        result.error = str(exc) if not broken else \
            f"{path.name}: no UN symbol in its text, and {MANIFEST_NAME} beside it cannot be read"
        return result
    except UnkgError as exc:
        result.error = str(exc).splitlines()[0]
        return result
    except OSError as exc:
        result.error = f"{path.name}: cannot read the file ({exc.strerror or exc})"
        return result
    except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the build
        result.error = (f"{path.name}: unkg failed on this file ({type(exc).__name__}: {exc}); "
                        "please report it with the file").splitlines()[0]
        return result
    result.symbol = doc.symbol
    result.paragraphs = len(doc.paragraphs)
    result.candidates = [(m.pid, m.surface) for m in mentions if m.kind == "candidate"]
    result.nquads = graph.to_nquads()
    result.digest, result.triples = build_record.digest(result.nquads)
    return result


def load_ontology(store: GraphStore) -> None:
    """Replace the ontology's named graph with the Turtle files of `ontology/`."""
    data = b"\n".join(p.read_bytes() for p in ontology_files())
    store.replace_graph(iris.graph("ontology"), data, fmt="turtle")


def load_reference(store: GraphStore) -> None:
    """Replace the reference data's named graph with the organisations, states and successions."""
    data = reference_graph().serialize(format="nt", encoding="utf-8")
    store.replace_graph(iris.graph("reference"), data, fmt="ntriples")


def _results(inputs: list[Path], jobs: int) -> Iterable[DocumentResult]:
    cache: dict = {}
    work = [(path, manifest_entry(path, cache) if path.exists() else {}) for path in inputs]
    if jobs <= 1 or len(work) <= 1:
        yield from (process_file(path, meta) for path, meta in work)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
        yield from pool.map(process_file, *zip(*work, strict=True))


def _previous(store: GraphStore) -> tuple[list[ox.Quad], str | None, dict[str, build_record.GraphState]]:
    """Return the quads of `graph/build`, its latest record, and the document graphs in the store by symbol.

    A document graph the record does not describe (built before records had
    digests) is described from the store itself.
    """
    quads = list(store.quads(iris.graph("build")))
    record = build_record.latest_record(quads)
    states = build_record.previous_states(quads, record)
    prefix = iris.document_graph("")
    for graph in store.graphs():
        symbol = unquote(graph[len(prefix):]) if graph.startswith(prefix) else ""
        if symbol and symbol not in states:
            data = ox.serialize(list(store.quads(graph)), format=ox.RdfFormat.N_QUADS)
            states[symbol] = build_record.GraphState(symbol, *build_record.digest(data), source="")
    return quads, record, states


def _record_build(store: GraphStore, report: BuildReport, started: datetime, previous) -> None:
    """Replace `graph/build` with the build before's record and this one's: its documents, their changes."""
    quads, record, states = previous
    entries = []
    for doc in report.documents:
        before = states.get(doc.symbol)
        state = build_record.GraphState(doc.symbol, doc.digest, doc.triples, Path(doc.file).name)
        entries.append(build_record.Entry(state, doc.status, before))
    for state in report.kept:
        entries.append(build_record.Entry(state, "kept", state))
    out = GraphWriter(iris.graph("build"))
    build_record.write_record(out, build_record.record_iri(started), started, record, entries)
    out.quads.extend(build_record.record_quads(quads, record))
    store.replace_graph(iris.graph("build"), out.to_nquads())


def _load(store: GraphStore, result: DocumentResult, states: dict) -> None:
    """Replace the document's named graph with the result's and note how it changed."""
    store.replace_graph(iris.document_graph(result.symbol), result.nquads)
    before = states.get(result.symbol)
    result.status = build_record.status(before, result.digest)
    result.previous_triples = before.triples if before else None
    result.nquads = b""


def build(
    store: GraphStore,
    paths: Iterable[Path] = (),
    jobs: int | None = None,
    progress: Callable[[DocumentResult], None] | None = None,
) -> BuildReport:
    """Build the graph from the documents at `paths` (default: the sample corpus) into `store`.

    Each document replaces its own named graph. `progress` is called once per
    file as it finishes. Returns a `BuildReport`.
    """
    began, started = time.perf_counter(), datetime.now(UTC)
    inputs = find_inputs(list(paths) or [DEFAULT_CORPUS])
    report = BuildReport()
    load_ontology(store)
    load_reference(store)
    previous = _previous(store)
    seen: set[str] = set()
    for result in _results(inputs, jobs or os.cpu_count() or 1):
        if result.error is None and result.symbol in seen:
            result.error = f"{result.file}: symbol {result.symbol} was already read from another file"
        if result.error is None:
            _load(store, result, previous[2])
            seen.add(result.symbol)
            report.documents.append(result)
        else:
            report.failures.append(result)
        if progress:
            progress(result)
    report.kept = [state for symbol, state in sorted(previous[2].items()) if symbol not in seen]
    _record_build(store, report, started, previous)
    store.flush()
    report.store_triples = len(store)
    report.seconds = time.perf_counter() - began
    return report
