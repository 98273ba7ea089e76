"""`unkg serve`: a read-only SPARQL 1.1 Protocol endpoint and linked-data server over the store.

Routes:
- `/sparql` — the SPARQL 1.1 Protocol: GET `?query=`, POST url-encoded or
  `application/sparql-query`; without a query, the service description.
  `default-graph-uri` and `named-graph-uri` (in the URL, or in the form of a
  url-encoded POST) set the query's dataset. Updates are refused with 403
  (`update=`, `application/sparql-update`) or 400 (an update sent as `query=`
  is no query), and a query that could call another host with SERVICE with 403
  (see `guard.py`).
  When a build finishes in the store, the workers are recycled (see
  `freshness.py`), so later queries see it without a restart.
- `/` — the service description (an HTML index for browsers).
- `/id/...` — the entity whose IRI is the configured base plus that path: its
  triples and the labels of what they link to, by `Accept`, or an HTML page.
- `/graph/...` — the named graph with that IRI: its triples, likewise.
- `/ontology` — the ontology reference (HTML) or the ontology itself (RDF).
- `/context.jsonld` — the JSON-LD context of the exports.

The stack is the standard library's ThreadingHTTPServer: the heavy work runs in
query worker processes (see `worker.py`), so the HTTP layer only parses
requests and copies bytes; an ASGI stack would add two dependencies and an
event loop without making either faster or safer.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from ingest.store import bind_values
from ontology import iris, ontology_files
from queries import QUERIES_DIR
from unkg.serve import guard, pages
from unkg.serve.formats import GRAPH_TYPES, NotAcceptable, choose, graph_type
from unkg.serve.freshness import BuildWatch
from unkg.serve.worker import Answer, Dataset, QueryPool, error

SERVICE = Path(__file__).with_name("service.ttl")
LINKED_DATA = QUERIES_DIR / "linked-data"
READ_ONLY = guard.READ_ONLY
MAX_POST = 10_000_000  # bytes of query text a POST may carry


class Site:
    """What the handlers share: the query pool and the pages made once at start."""

    def __init__(self, pool: QueryPool) -> None:
        """Serve queries through `pool`."""
        self.pool = pool
        self.describe = (LINKED_DATA / "describe.rq").read_text(encoding="utf-8")
        self.graph = (LINKED_DATA / "graph.rq").read_text(encoding="utf-8")

    @cached_property
    def ontology_html(self) -> bytes:
        """The ontology reference page."""
        from unkg.docs import render

        return render().encode("utf-8")

    @cached_property
    def ontology_turtle(self) -> bytes:
        """The ontology files as one Turtle document."""
        return b"\n".join(p.read_bytes() for p in ontology_files())

    @cached_property
    def context(self) -> bytes:
        """The JSON-LD context."""
        from unkg.export import jsonld_context

        return json.dumps(jsonld_context(), indent=2, sort_keys=True).encode("utf-8")


def _graph_answer(turtle: bytes, base: str, accept: str | None) -> Answer:
    """Serialise Turtle data (relative IRIs against `base`) as `accept` prefers."""
    media = graph_type(accept)
    triples = list(ox.parse(turtle, format=ox.RdfFormat.TURTLE, base_iri=base))
    return Answer(200, media, ox.serialize(triples, format=GRAPH_TYPES[media]) or b"")


class Handler(BaseHTTPRequestHandler):
    """One request: route it, answer it, add the CORS headers."""

    site: Site
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes; without this, 40 ms waits
    server_version = "unkg"

    def log_message(self, format, *args):  # noqa: A002 — the stdlib's signature
        """Keep the access log quiet; errors still go to stderr."""

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.media_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def do_OPTIONS(self) -> None:  # noqa: N802 — the stdlib's naming
        """Answer a CORS preflight."""
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        """Route a GET (or HEAD)."""
        url = urlsplit(self.path)
        try:
            answer = self._route(url.path, parse_qs(url.query))
        except Exception as exc:  # an answer, not a dropped connection, whatever went wrong
            answer = error(500, f"the server failed on this request: {exc}")
        self._send(answer)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        """Answer a SPARQL Protocol POST."""
        size = int(self.headers.get("Content-Length") or 0)
        if size > MAX_POST:
            self.close_connection = True  # the body is not read, so the connection cannot carry another
            return self._send(error(413, f"a query of {size} bytes is over this endpoint's {MAX_POST}"))
        body = self.rfile.read(size)
        try:
            answer = self._post(urlsplit(self.path), body)
        except UnicodeDecodeError:
            answer = error(400, "the request body is not UTF-8")
        except Exception as exc:  # an answer, not a dropped connection, whatever went wrong
            answer = error(500, f"the server failed on this request: {exc}")
        self._send(answer)

    def _post(self, url, body: bytes) -> Answer:
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if url.path != "/sparql":
            return error(405, "only /sparql takes POST")
        if media == "application/sparql-update":
            return error(403, READ_ONLY)
        if media == "application/sparql-query":  # the dataset parameters then come in the URL
            return self._sparql({**parse_qs(url.query), "query": [body.decode("utf-8")]})
        if media == "application/x-www-form-urlencoded":
            return self._sparql(parse_qs(body.decode("utf-8")))
        return error(415, "POST the query as application/sparql-query or as a url-encoded form")

    @property
    def _root(self) -> str:
        return f"http://{self.headers.get('Host') or 'localhost'}/"

    def _route(self, path: str, params: dict) -> Answer:
        accept = self.headers.get("Accept")
        try:
            if path == "/sparql":
                return self._sparql(params)
            if path in ("/", ""):
                if _wants_html(accept):
                    return Answer(200, "text/html; charset=utf-8", pages.index(self._root).encode())
                return _graph_answer(SERVICE.read_bytes(), self._root, accept)
            if path in ("/ontology", "/ontology/"):
                if _wants_html(accept):
                    return Answer(200, "text/html; charset=utf-8", self.site.ontology_html)
                return _graph_answer(self.site.ontology_turtle, iris.ontology_ns(), accept)
            if path == "/context.jsonld":
                return Answer(200, "application/ld+json", self.site.context)
            if path.startswith("/id/"):
                return self._entity(iris.base() + path[1:], accept, self.site.describe, "entity")
            if path.startswith("/graph/"):
                return self._entity(iris.base() + path[1:], accept, self.site.graph, "graph")
        except NotAcceptable as exc:
            return error(406, str(exc))
        return error(404, f"nothing at {path}; try /sparql, /ontology or an entity under /id/")

    def _sparql(self, params: dict) -> Answer:
        if "update" in params:
            return error(403, READ_ONLY)
        queries = params.get("query") or []
        if not queries:
            return _graph_answer(SERVICE.read_bytes(), self._root, self.headers.get("Accept"))
        if len(queries) > 1:
            return error(400, "give exactly one query parameter")
        if guard.calls_service(queries[0]):
            return error(403, guard.NO_SERVICE)
        try:
            dataset = _dataset(params)
        except ValueError as exc:
            return error(400, str(exc))
        answer = self.site.pool.run(queries[0], self.headers.get("Accept"), dataset)
        if answer.status == 400 and guard.is_update(queries[0]):  # pyoxigraph parsed it as no query
            return error(400, f"{answer.body.decode().strip()}; it reads as an update, and {READ_ONLY}")
        return answer

    def _entity(self, iri: str, accept: str | None, query: str, param: str) -> Answer:
        """Answer with the triples `query` gives for `iri` (bound to `param`): RDF by Accept, or HTML.

        The path is used as it came, percent-encoding and all, because IRIs are
        minted percent-encoded (see ontology/iris.py).
        """
        try:
            sparql = bind_values(query, {param: ox.NamedNode(iri)})
        except ValueError:
            return error(400, f"not a valid IRI: {iri}")
        media = None if _wants_html(accept) else graph_type(accept)
        answer = self.site.pool.run(sparql, "application/n-triples")
        if answer.status != 200:
            return answer
        triples = list(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES))
        if not triples:
            return error(404, f"the graph says nothing about <{iri}>")
        if media is None:
            return Answer(200, "text/html; charset=utf-8", pages.entity(iri, triples).encode())
        return Answer(200, media, ox.serialize(triples, format=GRAPH_TYPES[media]) or b"")


def _dataset(params: dict) -> Dataset:
    """Return the dataset named by the `default-graph-uri` and `named-graph-uri` parameters.

    Raise ValueError naming the parameter when a value is not an absolute IRI.
    """
    chosen = {}
    for name in ("default-graph-uri", "named-graph-uri"):
        if name not in params:
            continue
        for value in params[name]:
            try:
                ox.NamedNode(value)
            except ValueError:
                raise ValueError(f"{name} must be an absolute IRI, not {value!r}") from None
        chosen[name] = tuple(params[name])
    return Dataset(chosen.get("default-graph-uri"), chosen.get("named-graph-uri"))


def _wants_html(accept: str | None) -> bool:
    """True when the client prefers an HTML page (a browser) to RDF."""
    try:
        return choose(accept, ["text/turtle", "text/html"]) == "text/html" and "html" in (accept or "")
    except NotAcceptable:
        return False


def make_server(store_path: str, host: str = "127.0.0.1", port: int = 7878, workers: int = 2,
                seconds: float = 30.0, max_bytes: int = 100_000_000,
                refresh: float = 2.0) -> ThreadingHTTPServer:
    """Return an HTTP server (not yet serving) over the store at `store_path`; port 0 picks a free one.

    Every `refresh` seconds (0: never) the server looks for a newly finished build and recycles its workers.
    """
    watch = BuildWatch(store_path, iris.graph("build")) if refresh > 0 else None
    pool = QueryPool(store_path, workers=workers, seconds=seconds, max_bytes=max_bytes,
                     watch=watch, refresh=refresh)
    handler = type("BoundHandler", (Handler,), {"site": Site(pool)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.pool = pool
    return server


@contextmanager
def serving(store_path: str, **options) -> Iterator[ThreadingHTTPServer]:
    """Serve the store at `store_path` in a background thread; yield the server, shut down on exit.

    `options` are `make_server`'s (port 0 by default: a free loopback port, read from
    `server.server_port`). For tests, benchmarks and programs that embed the endpoint.
    """
    server = make_server(store_path, **({"port": 0} | options))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        server.pool.close()
