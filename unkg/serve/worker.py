"""Query workers: each query runs in a separate process that the server can kill.

pyoxigraph cannot cancel a query once it has started, and a thread that runs
one cannot be stopped. So each worker is a process with its own read-only
handle on the store; the server sends it a query down a pipe and waits at most
the time limit for the answer. A worker that overruns is killed and replaced,
and the server answers 503 while the other workers go on serving. The worker
serialises the answer itself, counting rows as it goes, so a result over the
row limit is refused before it is sent.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

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


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    cell = {"type": "literal", "value": term.value}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        cell["datatype"] = term.datatype.value
    return cell


def _solutions(results: ox.QuerySolutions, media: str, max_rows: int) -> Answer:
    """Serialise at most `max_rows` solutions; refuse the whole result when there are more."""
    import json

    names = [v.value for v in results.variables]
    rows = list(islice(results, max_rows + 1))
    if len(rows) > max_rows:
        return error(422, f"the result has more than {max_rows} rows, this endpoint's limit; "
                          "page through it with LIMIT and OFFSET")
    bindings = [{n: _term_json(row[n]) for n in names if row[n] is not None} for row in rows]
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode("utf-8")
    if RESULT_TYPES[media] is not ox.QueryResultsFormat.JSON:
        parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        data = parsed.serialize(format=RESULT_TYPES[media])
    return Answer(200, media, data)


def _graph(results, media: str, max_rows: int) -> Answer:
    triples = list(islice(results, max_rows + 1))
    if len(triples) > max_rows:
        return error(422, f"the graph has more than {max_rows} triples, this endpoint's limit; "
                          "narrow the query or use LIMIT")
    return Answer(200, media, ox.serialize(triples, format=GRAPH_TYPES[media]) or b"")


def execute(store: ox.Store, sparql: str, accept: str | None, max_rows: int) -> Answer:
    """Run a read-only query on `store` and serialise its answer as `accept` prefers."""
    try:
        results = store.query(sparql)
        if isinstance(results, ox.QueryBoolean):
            media = result_type(accept)
            return Answer(200, media, results.serialize(format=RESULT_TYPES[media]))
        if isinstance(results, ox.QuerySolutions):
            return _solutions(results, result_type(accept), max_rows)
        return _graph(results, graph_type(accept), max_rows)
    except SyntaxError as exc:
        return error(400, f"the query is not valid SPARQL 1.1: {exc}")
    except NotAcceptable as exc:
        return error(406, str(exc))
    except OSError as exc:
        return error(500, f"the query failed: {exc}")


def _serve(path: str, conn) -> None:
    """Worker process main loop: open the store read-only, answer queries until the pipe closes."""
    store = ox.Store.read_only(path)
    while True:
        try:
            sparql, accept, max_rows = conn.recv()
        except EOFError:
            return
        conn.send(execute(store, sparql, accept, max_rows))


class Worker:
    """One query process and the pipe to it."""

    def __init__(self, path: str) -> None:
        """Start a worker process on the store at `path`."""
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(path, child), daemon=True)
        self.process.start()
        child.close()

    def ask(self, sparql: str, accept: str | None, max_rows: int, seconds: float) -> Answer | None:
        """Return the worker's answer, or None when it did not come within `seconds`."""
        self.conn.send((sparql, accept, max_rows))
        if not self.conn.poll(seconds):
            return None
        return self.conn.recv()

    def stop(self) -> None:
        """Kill the process (it may be in the middle of a query) and close the pipe."""
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryPool:
    """A fixed number of query workers; a query that overruns its time limit costs its worker."""

    def __init__(self, path: str, workers: int = 2, seconds: float = 30.0, max_rows: int = 100_000) -> None:
        """Start `workers` processes on the store at `path`, with a time and a row limit per query."""
        self.path, self.seconds, self.max_rows = path, seconds, max_rows
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._lock = threading.Lock()
        for _ in range(workers):
            self._idle.put(Worker(path))

    def run(self, sparql: str, accept: str | None) -> Answer:
        """Answer one query within the time limit; 503 if it overran (its worker is replaced)."""
        worker = self._idle.get()
        try:
            answer = worker.ask(sparql, accept, self.max_rows, self.seconds)
        except (EOFError, OSError, BrokenPipeError):
            answer = error(500, "the query worker stopped unexpectedly; try again")
        if answer is None or not worker.process.is_alive():
            worker.stop()
            worker = Worker(self.path)
        self._idle.put(worker)
        if answer is None:
            return error(503, f"the query ran longer than this endpoint's time limit of "
                              f"{self.seconds:g} s and was stopped; narrow it or add LIMIT")
        return answer

    def close(self) -> None:
        """Stop every worker."""
        while not self._idle.empty():
            self._idle.get().stop()
