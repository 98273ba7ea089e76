"""Building the graph: read each document in its own worker, then load its named graph.

A document that fails to read is reported and skipped; it never touches the
store, and the others still load. A record of the build (ingest/build_record.py:
when, and for each document its digest, triple count, inputs and whether it
was added, changed, unchanged or kept since the build before) is in `graph/build`.

Every write is one transaction: each document's graph with its entry in the
record (new graphs several to a transaction, each with its entry), so a build
killed at any moment leaves each document with its old graph or its new one
(or none, for a new one) and a record that says which. A file whose inputs (its
bytes, manifest entry and the pipeline, ingest/fingerprint.py) are those
recorded for a graph in the store is not read again; nor are the ontology and
reference graphs reloaded when the pipeline that made them is unchanged.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from ingest import build_record, fingerprint, manifest
from ingest.errors import NoSymbol, UnkgError
from ingest.manifest import MANIFEST_NAME, manifest_entry
from ingest.pipeline import read_document, to_rdf
from ingest.readers import is_document
from ingest.recognise import recognise
from ingest.store import GraphStore
from ontology import iris, ontology_files
from ontology.reference_graph import reference_graph

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
_GRAPH_SIZE = Path(__file__).with_name("graph_size.rq").read_text(encoding="utf-8")
_GRAPH_PARAGRAPHS = Path(__file__).with_name("graph_paragraphs.rq").read_text(encoding="utf-8")
_SUBJECT_SIZE = Path(__file__).with_name("subject_size.rq").read_text(encoding="utf-8")
# New document graphs are loaded several to a transaction, up to this many bytes of N-Quads. Bigger
# batches cost no less CPU per quad (Store.load of 10, 40 or 200 documents at once: the same), and
# transactions far bigger than one document's were seen to leave a later Store.flush() waiting forever
# (a RocksDB manual-flush hang, facebook/rocksdb#13280).
BATCH_BYTES = 1_000_000


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
    read: bool = True  # False when unchanged inputs let the build take the graph as the record describes it
    # True when every quad of `nquads` is in the document's graph and none has a blank node, so that the
    # N-Quads can be loaded as they are (GraphStore.add_graphs).
    own_graph: bool = False
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
    result.own_graph = in_graph(result.nquads, iris.document_graph(doc.symbol))
    return result


def in_graph(nquads: bytes, graph: str) -> bool:
    """Return True when every N-Quads line of `nquads` names `graph` and no line has a blank node.

    Counted, not walked line by line: N-Quads escape newlines inside literals, so when
    every newline follows " <graph> ." every line ends so. Blank lines or trailing
    spaces, which the project's writers never make, give False (the slower, safe path).
    """
    if b"_:" in nquads or (nquads and not nquads.endswith(b"\n")):
        return False
    return nquads.count(f" {ox.NamedNode(graph)} .\n".encode()) == nquads.count(b"\n")


def _ontology_data() -> tuple[bytes, str]:
    return b"\n".join(p.read_bytes() for p in ontology_files()), "turtle"


def _reference_data() -> tuple[bytes, str]:
    return reference_graph().serialize(format="nt", encoding="utf-8"), "ntriples"


def _load_graph(store: GraphStore, graph: str, data: tuple[bytes, str], pipeline: str | None) -> None:
    extra, more = build_record.made_by(graph, pipeline) if pipeline else ([], [])
    store.replace_graph(graph, data[0], fmt=data[1], extra=extra, more=more)


def load_ontology(store: GraphStore, pipeline: str | None = None) -> None:
    """Replace the ontology's named graph with the Turtle files of `ontology/`, noting the `pipeline` IRI."""
    _load_graph(store, iris.graph("ontology"), _ontology_data(), pipeline)


def load_reference(store: GraphStore, pipeline: str | None = None) -> None:
    """Replace the reference data's named graph (organisations, states, successions), noting `pipeline`."""
    _load_graph(store, iris.graph("reference"), _reference_data(), pipeline)


@dataclass
class Work:
    """One input file: its manifest entry, the ni: IRI of its inputs, and its recorded state if unchanged.

    `file_sha256`, `size` and `mtime_ns` describe the file's bytes; `restat` says the record has
    another size or time for the file than it has now (with the same bytes), so its entry is rewritten.
    """

    path: Path
    metadata: dict
    inputs: str = ""
    unchanged: build_record.GraphState | None = None
    file_sha256: str = ""
    size: int | None = None
    mtime_ns: int = 0
    restat: bool = False

    def state(self, symbol: str, digest: str, triples: int,
              paragraphs: int | None) -> build_record.GraphState:
        """Return the state of the graph `symbol` (`digest`, `triples`, `paragraphs`) made from this file."""
        return build_record.GraphState(symbol, digest, triples, self.path.name, self.inputs,
                                       file_sha256=self.file_sha256, size=self.size,
                                       mtime=build_record.file_time(self.mtime_ns), paragraphs=paragraphs)


def _plan(inputs: list[Path], record: build_record.Record, force: bool) -> list[Work]:
    """Return the work of each input: unchanged when its inputs' IRI is recorded for a graph in the store.

    A file whose size and modification time are those recorded with its name is
    taken to hold the bytes recorded with them, and is not hashed again.
    """
    cache: dict = {}
    recorded = {s.inputs: s for s in record.states.values() if s.inputs}
    by_source = {s.source: s for s in record.states.values() if s.file_sha256}
    plan = []
    for path in inputs:
        item = Work(path, manifest_entry(path, cache) if path.exists() else {})
        if path.is_file():
            item.size, item.mtime_ns = fingerprint.file_stat(path)
            known = by_source.get(path.name)
            same = known is not None and known.same_file(item.size, item.mtime_ns)
            item.file_sha256 = known.file_sha256 if same else fingerprint.file_sha256(path)
            item.inputs = fingerprint.document_inputs(path.name, item.file_sha256, item.metadata,
                                                      fingerprint.pipeline())
            state = recorded.get(item.inputs)
            if not force and state and state.held:
                item.unchanged = item.state(state.symbol, state.digest, state.triples, state.paragraphs)
                item.restat = not state.same_file(item.size, item.mtime_ns)
        plan.append(item)
    return plan


def _results(plan: list[Work], jobs: int) -> Iterable[tuple[Work, DocumentResult]]:
    """Yield each input's result in input order: read by a worker, or made from the record when unchanged."""
    work = [item for item in plan if item.unchanged is None]
    if jobs <= 1 or len(work) <= 1:
        read = (process_file(item.path, item.metadata) for item in work)
        yield from _merged(plan, read)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(work))) as pool:
        yield from _merged(plan, _windowed(pool, work, 2 * jobs))


def _windowed(pool: ProcessPoolExecutor, work: list[Work], window: int) -> Iterator[DocumentResult]:
    """Yield the result of each item of `work` in order, with at most `window` files read ahead.

    When loading is slower than reading, results wait here no more than
    `window` at a time, so the build's memory does not grow with the corpus.
    """
    items = iter(work)
    pending: deque[Future] = deque()
    for item in items:
        pending.append(pool.submit(process_file, item.path, item.metadata))
        if len(pending) >= window:
            break
    while pending:
        result = pending.popleft().result()
        item = next(items, None)
        if item is not None:
            pending.append(pool.submit(process_file, item.path, item.metadata))
        yield result


def _merged(plan: list[Work], read: Iterable[DocumentResult]) -> Iterable[tuple[Work, DocumentResult]]:
    results = iter(read)
    for item in plan:
        state = item.unchanged
        if state is None:
            yield item, next(results)
        else:
            yield item, DocumentResult(file=str(item.path), symbol=state.symbol, triples=state.triples,
                                       digest=state.digest, status="unchanged",
                                       previous_triples=state.triples, read=False)


def _described(store: GraphStore, record: build_record.Record) -> dict:
    """Return the document graphs in the store by symbol: as the record describes them, else as they are.

    Without a record in its present form (a new store, or one built by an
    earlier unkg) each document graph is described from the store itself, once.
    """
    states = {symbol: state for symbol, state in record.states.items() if state.held}
    if record.started is not None:
        return states
    prefix = iris.document_graph("")
    for graph in store.graphs():
        symbol = unquote(graph[len(prefix):]) if graph.startswith(prefix) else ""
        if symbol and symbol not in states:
            data = ox.serialize(list(store.quads(graph)), format=ox.RdfFormat.N_QUADS)
            states[symbol] = build_record.GraphState(symbol, *build_record.digest(data), source="")
    return states


def _start(store: GraphStore, started: datetime, record: build_record.Record, states: dict,
           plan: list[Work]) -> None:
    """Begin this build's record in one transaction: every document it will not read gets its final status.

    Documents it will read are "kept" until they are, so that a build killed
    half-way leaves a record that is true of every graph; entries of graphs
    the store no longer holds go. A record of an earlier form is replaced whole.
    """
    legacy = record.started is None
    delete, add = build_record.start(started, record.started, fingerprint.pipeline(), legacy)
    for symbol in sorted(set(record.states) - set(states)):
        delete += build_record.entry_removal(symbol)
    unchanged = {item.unchanged.symbol: item for item in plan if item.unchanged}
    counted = _count_paragraphs(store, states, unchanged)
    for symbol, state in sorted(states.items()):
        item = unchanged.get(symbol)
        target = "unchanged" if item else "kept"
        if legacy or state.status != target or (item and item.restat) or symbol in counted:
            d, a = build_record.entry_change(item.unchanged if item else state, target, state)
            delete += d
            add += a
    store.transact(delete=delete, add=add)


class Loader:
    """Loads each document's graph together with its entry in the record.

    A graph the store already holds is replaced in one transaction of its
    own. New graphs (no graph, no entry in the record) wait in a batch, loaded
    in one transaction with their entries once `BATCH_BYTES` are waiting (and
    at `flush`): a killed build leaves each of them there with its entry, or
    neither.
    """

    def __init__(self, store: GraphStore, states: dict) -> None:
        """Load into `store`, whose document graphs the record describes as `states` (by symbol)."""
        self.store, self.states = store, states
        self.held = set(store.graphs())  # read once: the build is the store's only writer
        self.batch: list[bytes] = []
        self.entries: list[ox.Quad] = []
        self.size = 0

    def load(self, item: Work, result: DocumentResult) -> None:
        """Load the graph of `result`, read from `item`, and set its status; its N-Quads are let go."""
        before = self.states.get(result.symbol)
        result.status = build_record.status(before, result.digest)
        result.previous_triples = before.triples if before else None
        state = item.state(result.symbol, result.digest, result.triples, result.paragraphs)
        delete, add = build_record.entry_change(state, result.status, before, used=True)
        graph = iris.document_graph(result.symbol)
        if before is None and result.own_graph and graph not in self.held:
            self.batch.append(result.nquads)
            self.entries.extend(add)
            self.size += len(result.nquads)
            if self.size >= BATCH_BYTES:
                self.flush()
        else:
            self.flush()
            self.store.replace_graph(graph, result.nquads, extra=delete, more=add)
        result.nquads = b""

    def flush(self) -> None:
        """Load the new graphs waiting, with their entries, in one transaction."""
        if self.batch:
            self.store.add_graphs(b"".join(self.batch), self.entries)
        self.batch, self.entries, self.size = [], [], 0


def _count_paragraphs(store: GraphStore, states: dict, unchanged: dict[str, Work]) -> set[str]:
    """Count the paragraphs of each document graph whose state does not say; return their symbols.

    Only graphs recorded before the record counted paragraphs (once); their
    `states` (and the unchanged `Work` of them) are given the counts.
    """
    counted = set()
    for symbol, state in list(states.items()):
        if state.paragraphs is None:
            node = ox.NamedNode(iris.document_graph(symbol))
            rows = store.query(_GRAPH_PARAGRAPHS, {"graph": node})
            count = sum(int(row["paragraphs"].value) for row in rows)
            states[symbol] = replace(state, paragraphs=count)
            if symbol in unchanged:
                unchanged[symbol].unchanged = replace(unchanged[symbol].unchanged, paragraphs=count)
            counted.add(symbol)
    return counted


def _record_store(store: GraphStore, report: BuildReport, states: dict) -> int:
    """Describe the store the build leaves in the record (documents, paragraphs, graphs, triples).

    Returns the triples in the store, the description included.
    """
    paragraphs = {symbol: state.paragraphs or 0 for symbol, state in states.items()}
    paragraphs.update({d.symbol: d.paragraphs for d in report.documents if d.read})
    graph = ox.NamedNode(build_record.RECORD)
    described = sum(int(row["triples"].value) for node in build_record.STORE_NODES
                    for row in store.query(_SUBJECT_SIZE, {"graph": graph, "subject": ox.NamedNode(node)}))
    triples = _store_triples(store, report) - described
    delete, add = build_record.store_totals(len(paragraphs), sum(paragraphs.values()), len(store.graphs()),
                                            triples)
    store.transact(delete=delete, add=add)
    return triples + len(add)


def _load_pipeline_graphs(store: GraphStore, record: build_record.Record, force: bool) -> None:
    """Reload the ontology and reference graphs unless the store holds them as the pipeline made them."""
    pipeline = fingerprint.pipeline()
    for graph, data in ((iris.graph("ontology"), _ontology_data), (iris.graph("reference"), _reference_data)):
        if force or record.made_by.get(graph) != pipeline:
            _load_graph(store, graph, data(), pipeline)


def _store_triples(store: GraphStore, report: BuildReport) -> int:
    """Return the triples in the store: its document graphs' as recorded, and the other graphs' counted.

    Counting every quad (`len(store)`) would cost seconds at ten thousand documents.
    """
    others = sum(int(row["triples"].value)
                 for name in ("ontology", "reference", "build")
                 for row in store.query(_GRAPH_SIZE, {"graph": ox.NamedNode(iris.graph(name))}))
    return others + sum(d.triples for d in report.documents) + sum(s.triples for s in report.kept)


def build(
    store: GraphStore,
    paths: Iterable[Path] = (),
    jobs: int | None = None,
    progress: Callable[[DocumentResult], None] | None = None,
    force: bool = False,
) -> BuildReport:
    """Build the graph from the documents at `paths` (default: the sample corpus) into `store`.

    Each document replaces its own named graph, together with its entry in the
    build record, in one transaction. A file whose bytes, manifest entry and
    pipeline are those recorded for a graph still in the store is not read
    again (it counts as unchanged) unless `force`. `progress` is called once
    per file as it finishes. Returns a `BuildReport`.
    """
    began, started = time.perf_counter(), datetime.now(UTC)
    inputs = find_inputs(list(paths) or [DEFAULT_CORPUS])
    report = BuildReport()
    record = build_record.read(store)
    states = _described(store, record)
    plan = _plan(inputs, record, force)
    _start(store, started, record, states, plan)
    _load_pipeline_graphs(store, record, force)
    seen: set[str] = set()
    loader = Loader(store, states)
    for item, result in _results(plan, jobs or os.cpu_count() or 1):
        if result.error is None and result.symbol in seen:
            result.error = f"{result.file}: symbol {result.symbol} was already read from another file"
        if result.error is None:
            if item.unchanged is None:
                loader.load(item, result)
            seen.add(result.symbol)
            report.documents.append(result)
        else:
            report.failures.append(result)
        if progress:
            progress(result)
    loader.flush()
    report.kept = [state for symbol, state in sorted(states.items()) if symbol not in seen]
    report.store_triples = _record_store(store, report, states)
    store.flush()
    report.seconds = time.perf_counter() - began
    return report
