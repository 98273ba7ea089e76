"""Query workers: each query runs in a separate process that the server can kill.

pyoxigraph cannot cancel a query once it has started, and a thread that runs
one cannot be stopped. So each worker is a process with its own read-only
handle on the store; the server sends it a query down a pipe and waits at most
the time limit for the answer. A worker that overruns is killed and replaced,
and the server answers 503 while the other workers go on serving. The worker
serialises the answer itself (pyoxigraph streams it into a buffer that refuses
to grow past the size limit), so an answer over the limit stops being made as
soon as it passes it, and is refused with 422.
"""

from __future__ import annotations

import io
import multiprocessing
import queue
import threading
from dataclasses import dataclass

import pyoxigraph as ox

from ingest.store import open_read_only
from unkg.serve.formats import GRAPH_TYPES, RESULT_TYPES, NotAcceptable, graph_type, result_type


@dataclass
class Answer:
    """What the server sends back: an HTTP status, a media type and a body."""

    status: int
    media_type: str
    body: bytes


def error(status: int, message: str) -> Answer:
    """Return a plain-text error answer."""
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


class TooLarge(Exception):
    """The answer grew past the size limit while it was being written."""


class CappedBuffer(io.BytesIO):
    """A byte buffer that refuses to grow past `limit` bytes, so a huge answer stops being written."""

    def __init__(self, limit: int) -> None:
        """Hold at most `limit` bytes."""
        super().__init__()
        self.limit = limit

    def write(self, data) -> int:
        """Append `data`; raise TooLarge when the buffer would pass the limit."""
        if self.tell() + len(data) > self.limit:
            raise TooLarge
        return super().write(data)


def _too_large(max_bytes: int) -> Answer:
    return error(422, f"the answer is larger than {max_bytes} bytes, this endpoint's limit; "
                      "narrow the query or page through it with LIMIT and OFFSET")


def _write(serialise, max_bytes: int) -> bytes | None:
    """Run `serialise(output)` into a capped buffer; return the bytes, or None when they passed the cap."""
    buffer = CappedBuffer(max_bytes)
    try:
        serialise(buffer)
    except TooLarge:  # pyoxigraph lets the writer's exception through and stops
        return None
    return buffer.getvalue()


@dataclass(frozen=True)
class Dataset:
    """The SPARQL Protocol's dataset of a request: `default-graph-uri` and `named-graph-uri` IRIs.

    None means the parameter was not given, so the query's own FROM / FROM NAMED
    (or the store's default and named graphs) apply; given, it overrides them.
    """

    default: tuple[str, ...] | None = None
    named: tuple[str, ...] | None = None

    def arguments(self) -> dict:
        """Return the keyword arguments of pyoxigraph's `Store.query` for this dataset."""
        arguments = {}
        if self.default is not None:
            arguments["default_graph"] = [ox.NamedNode(iri) for iri in self.default]
        if self.named is not None:
            arguments["named_graphs"] = [ox.NamedNode(iri) for iri in self.named]
        return arguments


def execute(store: ox.Store, sparql: str, accept: str | None, max_bytes: int,
            dataset: Dataset | None = None) -> Answer:
    """Run a read-only query on `store` over `dataset` and serialise its answer as `accept` prefers.

    The answer is cut off at `max_bytes` (422).
    """
    try:
        results = store.query(sparql, **(dataset or Dataset()).arguments())
        if isinstance(results, ox.QueryTriples):
            media = graph_type(accept)
            body = _write(lambda out: ox.serialize(results, out, format=GRAPH_TYPES[media]), max_bytes)
        else:
            media = result_type(accept)
            body = _write(lambda out: results.serialize(out, format=RESULT_TYPES[media]), max_bytes)
        return _too_large(max_bytes) if body is None else Answer(200, media, body)
    except SyntaxError as exc:
        return error(400, f"the query is not valid SPARQL 1.1: {exc}")
    except NotAcceptable as exc:
        return error(406, str(exc))
    except Exception as exc:  # an evaluation error ends this query, not the worker
        return error(500, f"the query failed: {exc}")


def _serve(path: str, conn) -> None:
    """Worker process main loop: open the store read-only, answer queries until the pipe closes."""
    store = open_read_only(path)
    conn.send(READY)
    while True:
        try:
            sparql, accept, max_bytes, dataset = conn.recv()
        except EOFError:
            return
        conn.send(execute(store, sparql, accept, max_bytes, dataset))


READY = "ready"
STARTUP_SECONDS = 120


class Worker:
    """One query process and the pipe to it."""

    def __init__(self, path: str, generation: object = None) -> None:
        """Start a worker process on the store at `path` as it was at `generation` (a build's record)."""
        self.generation = generation
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(path, child), daemon=True)
        self.process.start()
        child.close()
        self.ready = False

    def ask(self, sparql: str, accept: str | None, max_bytes: int, seconds: float,
            dataset: Dataset | None = None) -> Answer | None:
        """Return the worker's answer, or None when it did not come within `seconds`.

        A new worker's start (imports, opening the store) does not count against the time limit.
        """
        if not self.ready:
            if not self.conn.poll(STARTUP_SECONDS) or self.conn.recv() != READY:
                raise OSError("the query worker did not start")
            self.ready = True
        self.conn.send((sparql, accept, max_bytes, dataset))
        if not self.conn.poll(seconds):
            return None
        return self.conn.recv()

    def stop(self) -> None:
        """Kill the process (it may be in the middle of a query) and close the pipe."""
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryPool:
    """A fixed number of query workers; a query that overruns its time limit costs its worker.

    With `watch` (a `freshness.BuildWatch`), a background thread looks at the
    store every `refresh` seconds; when a new build has finished, idle workers
    are replaced at once and busy ones as soon as their query is answered, so
    no query in flight fails and every later query sees the new build.
    """

    def __init__(self, path: str, workers: int = 2, seconds: float = 30.0,
                 max_bytes: int = 100_000_000, watch=None, refresh: float = 2.0) -> None:
        """Start `workers` processes on the store at `path`, with a time and a size limit per answer."""
        self.path, self.seconds, self.max_bytes = path, seconds, max_bytes
        self.generation = watch.generation if watch else None
        self._idle: queue.Queue[Worker] = queue.Queue()
        for _ in range(workers):
            self._idle.put(Worker(path, self.generation))
        self._stop = threading.Event()
        if watch is not None and refresh > 0:
            from unkg.serve.freshness import watch_until

            renew = lambda: self.recycle(watch.generation)  # noqa: E731
            args = (self._stop, watch, refresh, renew)
            threading.Thread(target=watch_until, args=args, daemon=True).start()

    def recycle(self, generation: object) -> None:
        """Make `generation` current: replace the idle workers now, the busy ones when they come back."""
        self.generation = generation
        stale = []
        while True:
            try:
                stale.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in stale:
            self._put_back(worker)

    def _put_back(self, worker: Worker, broken: bool = False) -> None:
        """Return `worker` to the idle queue, or a new one in its place if it is broken or stale."""
        if broken or worker.generation != self.generation or not worker.process.is_alive():
            worker.stop()
            worker = Worker(self.path, self.generation)
        self._idle.put(worker)

    def run(self, sparql: str, accept: str | None, dataset: Dataset | None = None) -> Answer:
        """Answer one query over `dataset` within the time limit; 503 if it overran ; the worker is replaced.

        With `dataset` None, the query's own dataset applies. A worker that dies
        (its store changed under it while a build wrote) is replaced and the
        query, being read-only, is asked once more of the new one.
        """
        for _ in range(2):
            worker = self._idle.get()
            try:
                answer = worker.ask(sparql, accept, self.max_bytes, self.seconds, dataset)
            except (EOFError, OSError):
                self._put_back(worker, broken=True)
                continue
            self._put_back(worker, answer is None)
            if answer is None:
                return error(503, f"the query ran longer than this endpoint's time limit of "
                                  f"{self.seconds:g} s and was stopped; narrow it or add LIMIT")
            return answer
        return error(500, "the query worker stopped unexpectedly; try again")

    def idle(self) -> int:
        """Return how many workers are waiting for a query."""
        return self._idle.qsize()

    def close(self) -> None:
        """Stop watching the store and stop every worker."""
        self._stop.set()
        while not self._idle.empty():
            self._idle.get().stop()
