"""The store adapter: one small class every other floor uses to read and write the graph.

It wraps an embedded pyoxigraph store on disk (the default), or any SPARQL 1.1
server (`RemoteStore`, chosen by `open_store(endpoint=...)`), and imports nothing
of the project's own. Writes replace whole named graphs, so rebuilding a
document is idempotent; readers (the explorer, the endpoint) open the store
read-only so that a build can write at the same time.

Each replacement is one transaction: a single SPARQL Update (`DROP SILENT
GRAPH`, `DELETE WHERE`, `INSERT DATA`) that may also change other graphs, such
as the build record. pyoxigraph applies an update all or nothing, also when
the process is killed (`bulk_load` is not used: it writes its files outside
any transaction, so a killed load could leave half a graph). Graphs the store
does not hold yet are added by `add_graphs`, one `Store.load` of N-Quads (also
one transaction), several at a time: the SPARQL parser costs about as much
again as the load itself.

Parameters reach a remote server bound, not pasted. SPARQL 1.1 has no way to
send bindings beside a query, so `bind_values` writes them into it as data: an
inline `VALUES (?a ?b) { (t1 t2) }` block, opened as the first element of the
outermost WHERE group, holding each term in the N-Triples form pyoxigraph
writes (`str(term)`: IRIs in `<...>`, literals quoted and escaped, with their
language or datatype). The server parses each as one RDF term, so no value can
close the block or add syntax, and every pattern sees the variable already
bound, as with pyoxigraph's own substitutions. Rewriting the parsed algebra
instead would mean a second SPARQL parser and serialiser (rdflib's
`translateAlgebra` round trip loses queries), for no gain in safety.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

DEFAULT_STORE = ".unkg/store"

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"nquads", "trig", "jsonld"}


def directory_state(path: str | Path) -> tuple:
    """Return the (name, size, mtime) of every file in the directory `path`, sorted; () if it is gone."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        return ()
    state = []
    for entry in entries:
        try:
            info = entry.stat()
        except OSError:  # a file RocksDB deleted between listing and stat
            continue
        state.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(state))


class Delete(NamedTuple):
    """A pattern of quads to delete from the named graph `graph`: None matches any term."""

    graph: str
    subject: ox.NamedNode | None = None
    predicate: ox.NamedNode | None = None
    object: ox.Term | None = None

    def matches(self, quad: ox.Quad) -> bool:
        """Return True when `quad` is in the pattern's graph and agrees with every term given."""
        return quad.graph_name == ox.NamedNode(self.graph) and all(
            want is None or want == got
            for want, got in zip(self[1:], (quad.subject, quad.predicate, quad.object), strict=True)
        )


def graph_quads(data: bytes, fmt: str, graph: str) -> Iterator[ox.Quad]:
    """Return the triples or quads serialised in `data` as quads of the named graph `graph`."""
    node = ox.NamedNode(graph)
    return (ox.Quad(t.subject, t.predicate, t.object, node) for t in ox.parse(data, format=FORMATS[fmt]))


def transaction(drop: Iterable[str] = (), delete: Iterable[Delete] = (), add: Iterable[ox.Quad] = (),
                chunk: int = 5000) -> str:
    """Return one SPARQL Update that drops the graphs `drop`, deletes `delete`, then inserts `add`.

    Every term in it is written by pyoxigraph in its N-Triples form, so no
    value can add syntax; the inserted triples go `chunk` per `INSERT DATA`.
    """
    operations = [_DROP + str(ox.NamedNode(graph)) for graph in drop]
    for pattern in delete:
        terms = " ".join(str(term) if term is not None else f"?{name}"
                         for name, term in zip(("s", "p", "o"), pattern[1:], strict=True))
        operations.append("DELETE WHERE { GRAPH " + str(ox.NamedNode(pattern.graph)) + " { " + terms + " } }")
    by_graph: dict[str, list[ox.Triple]] = {}
    for q in add:
        if isinstance(q.graph_name, ox.DefaultGraph):
            raise ValueError("a transaction writes named graphs only")
        by_graph.setdefault(str(q.graph_name), []).append(ox.Triple(q.subject, q.predicate, q.object))
    for graph, triples in by_graph.items():
        for start in range(0, len(triples), chunk):
            data = ox.serialize(triples[start:start + chunk], format=ox.RdfFormat.N_TRIPLES) or b""
            operations.append(_insert_data(graph, data.decode("utf-8")))
    return " ;\n".join(operations)


# A read-only open lists the store's files from its MANIFEST; a writer compacting at that moment may
# delete one of them first, and RocksDB then reports "Corruption ... No such file". Opening again
# reads the new MANIFEST.
_OPEN_ATTEMPTS = 5


def open_read_only(path: str | Path) -> ox.Store:
    """Return pyoxigraph's read-only handle on the store at `path`, opened again if a writer raced it.

    Raises the last error when every attempt met a file the writer had just removed, or at once
    for any other error.
    """
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except RuntimeError as exc:  # pyoxigraph reports storage errors so
            if "No such file" not in str(exc) or attempt == _OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


class StoreNotFound(Exception):
    """A read-only store was asked for at a path where no store has been built."""


class GraphStore:
    """A pyoxigraph store on disk (or in memory when `path` is None)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        """Open (or create) the store at `path`; in memory when `path` is None."""
        self.path = Path(path) if path is not None else None
        if self.path is None:
            self._store = ox.Store()
        elif read_only:
            if not (self.path / "CURRENT").exists():
                raise StoreNotFound(str(self.path))
            self._store = open_read_only(self.path)
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))

    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a SPARQL query with variables substituted by RDF terms; return pyoxigraph results."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self._store.query(sparql, substitutions=subs or None)

    def replace_graph(self, graph: str, data: bytes, fmt: str = "nquads", extra: Iterable[Delete] = (),
                      more: Iterable[ox.Quad] = ()) -> None:
        """Replace the named graph `graph` with the triples or quads serialised in `data`, atomically.

        Quads in `data` land in `graph` whatever graph they name. `extra`
        (patterns to delete) and `more` (quads to add) change other graphs in
        the same transaction: a reader, or a store reopened after the process
        was killed, sees all of it or none.
        """
        self.transact(drop=[graph], delete=extra, add=[*graph_quads(data, fmt, graph), *more])

    def transact(self, drop: Iterable[str] = (), delete: Iterable[Delete] = (),
                 add: Iterable[ox.Quad] = ()) -> None:
        """In one transaction: remove the named graphs `drop`, the quads matching `delete`, then add `add`."""
        update = transaction(drop, delete, add)
        if update:
            self._store.update(update)

    def add_graphs(self, nquads: bytes, more: Iterable[ox.Quad] = ()) -> None:
        """Add the quads serialised as N-Quads in `nquads`, and the quads `more`, in one transaction.

        For graphs the store does not hold yet (see `holds`): nothing is
        dropped, and each quad lands in the graph it names. The N-Quads are
        loaded as they are, without passing through the SPARQL parser, which
        is what makes a first build load at close to a bulk load's speed.
        """
        extra = ox.serialize(list(more), format=ox.RdfFormat.N_QUADS) if more else b""
        self._store.load(input=nquads + (extra or b""), format=ox.RdfFormat.N_QUADS)

    def holds(self, graph: str) -> bool:
        """Return True when the store holds the named graph `graph`."""
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def graphs(self) -> list[str]:
        """Return the IRIs of the store's named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs())

    def remove_graph(self, graph: str) -> None:
        """Remove the named graph `graph` if it exists."""
        node = ox.NamedNode(graph)
        if self._store.contains_named_graph(node):
            self._store.remove_graph(node)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Return an iterator over the store's quads, or those of one named graph."""
        node = ox.NamedNode(graph) if graph else None
        return self._store.quads_for_pattern(None, None, None, node)

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """Serialise the whole store (quad formats) or the union of its graphs (triple formats)."""
        if fmt in QUAD_FORMATS and graph is None:
            return self._store.dump(format=FORMATS[fmt])
        if graph is not None:
            return self._store.dump(format=FORMATS[fmt], from_graph=ox.NamedNode(graph))
        triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in self.quads())
        return ox.serialize(triples, format=FORMATS[fmt])

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in one transaction."""
        self._store.extend(quads)

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        """Write pending changes to disk (a no-op in memory)."""
        self._store.flush()


class RemoteStoreError(Exception):
    """A remote SPARQL server refused a request or could not be reached; the message says which."""


_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_COMMENT = re.compile(r"#[^\n]*")
_WHERE = re.compile(r"(?i)\bWHERE\b")


def _where_brace(sparql: str) -> int:
    """Return the offset of the `{` that opens the query's outermost WHERE group.

    Comments, strings and IRIs are skipped so that a brace or `WHERE` inside
    them is not mistaken for syntax. A CONSTRUCT template's braces come before
    the `WHERE` keyword, which is required after a template.
    """
    pos, seen_where = 0, False
    while pos < len(sparql):
        for pattern in (_COMMENT, _STRING, _IRIREF):
            match = pattern.match(sparql, pos)
            if match:
                pos = match.end()
                break
        else:
            if _WHERE.match(sparql, pos):
                seen_where, pos = True, pos + 5
                continue
            if sparql[pos] == "{" and (seen_where or not re.match(r"(?is).*\bCONSTRUCT\b", sparql[:pos])):
                return pos
            pos += 1
    raise ValueError("the query has no WHERE group to bind parameters in")


def bind_values(sparql: str, substitutions: dict[str, ox.Term] | None) -> str:
    """Return `sparql` with `substitutions` (name -> term) bound by an inline VALUES block.

    The block is the first element of the outermost WHERE group, so every
    pattern of the query sees the variables already bound, as pyoxigraph's
    substitutions do. The terms are written in their N-Triples form, which
    pyoxigraph escapes, so a value can never end the term and add syntax.
    """
    if not substitutions:
        return sparql
    names = list(substitutions)
    variables = " ".join(f"?{name}" for name in names)
    row = " ".join(str(substitutions[name]) for name in names)
    at = _where_brace(sparql) + 1
    return f"{sparql[:at]} VALUES ({variables}) {{ ({row}) }}\n{sparql[at:]}"


# The remote store's own SPARQL: every RDF term in it is written by pyoxigraph in its
# N-Triples form (`str(term)`), and paging numbers come from code, never from input.
_DROP = "DROP SILENT GRAPH "
_GRAPH_HELD = "ASK { GRAPH ?graph { ?s ?p ?o } }"
_GRAPH_PAGE = "SELECT ?s ?p ?o WHERE { GRAPH ?graph { ?s ?p ?o } } ORDER BY ?s ?p ?o"


def _limit(limit: int, offset: int) -> str:
    return " LIMIT " + str(int(limit)) + " OFFSET " + str(int(offset))


def _insert_data(graph: str, ntriples: str) -> str:
    """Return `INSERT DATA` of N-Triples lines into `graph` (an IRI in N-Triples form)."""
    return "INSERT DATA { GRAPH " + graph + " {\n" + ntriples + "\n} }"


def _query_form(sparql: str) -> str:
    """Return SELECT, CONSTRUCT, DESCRIBE or ASK: the first such keyword outside comments and IRIs."""
    bare = _IRIREF.sub("<>", _COMMENT.sub("", sparql))
    match = re.search(r"(?i)\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", bare)
    return match.group(1).upper() if match else "SELECT"


class RemoteStore:
    """Any SPARQL 1.1 server, behind the same methods as `GraphStore`.

    Reads go to the query endpoint (SPARQL 1.1 Protocol, results asked for as
    SPARQL JSON); writes go to the update endpoint as SPARQL Update, one
    request per named graph (`DROP SILENT GRAPH` then `INSERT DATA` in chunks),
    which servers apply atomically. With `graph_store` (the URL of a SPARQL 1.1
    Graph Store HTTP Protocol service) writes go there instead: replacing a
    graph is one `PUT URL?graph=IRI` of N-Triples, adding is a `POST`, removing
    a `DELETE` — no SPARQL text to parse, and no update size limits to meet.

    Parameters are bound, not pasted: `query(sparql, substitutions)` adds an
    inline `VALUES` block at the start of the outermost WHERE group holding the
    terms in their N-Triples form (see `bind_values`). The server parses the
    terms as terms, so a value such as `"} DROP ALL #` stays one literal.

    Listing quads pages through the server `page_size` rows at a time, because
    some servers (Virtuoso: ResultSetMaxRows) silently cut long results.
    """

    def __init__(self, endpoint: str, update_endpoint: str | None = None, read_only: bool = False,
                 timeout: float = 60.0, page_size: int = 10000, graph_store: str | None = None) -> None:
        """Talk to the query `endpoint`; write through `graph_store` if given, else `update_endpoint`.

        `update_endpoint` defaults to `endpoint`.
        """
        import httpx  # imported here so the embedded store does not need it

        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.graph_store = graph_store
        self.read_only = read_only
        self.page_size = page_size
        self.path = None
        self._http = httpx.Client(timeout=timeout)

    def _post(self, url: str, data: dict, accept: str = "*/*") -> bytes:
        import httpx

        try:
            response = self._http.post(url, data=data, headers={"Accept": accept})
        except httpx.HTTPError as exc:
            raise RemoteStoreError(f"cannot reach {url}: {exc}; check --endpoint") from exc
        if response.status_code >= 400:
            raise RemoteStoreError(f"{url} answered {response.status_code}: {response.text[:500]}")
        return response.content

    def _graph_request(self, method: str, graph: str, ntriples: bytes | None = None) -> None:
        """Send one Graph Store Protocol request on the named graph `graph`; a missing graph is no error."""
        import httpx

        if self.read_only:
            raise RemoteStoreError("this store was opened read-only; updates are refused")
        headers = {"Content-Type": "application/n-triples"} if ntriples is not None else {}
        try:
            response = self._http.request(method, self.graph_store, params={"graph": graph},
                                          content=ntriples, headers=headers)
        except httpx.HTTPError as exc:
            raise RemoteStoreError(f"cannot reach {self.graph_store}: {exc}; check --graph-store") from exc
        if response.status_code >= 400 and not (method == "DELETE" and response.status_code == 404):
            raise RemoteStoreError(f"{method} {self.graph_store}?graph={graph} answered "
                                   f"{response.status_code}: {response.text[:500]}")

    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a SPARQL query with variables bound to RDF terms; return pyoxigraph results."""
        text = bind_values(sparql, substitutions)
        if _query_form(text) in ("CONSTRUCT", "DESCRIBE"):
            data = self._post(self.endpoint, {"query": text}, "application/n-triples")
            return ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        data = self._post(self.endpoint, {"query": text}, "application/sparql-results+json")
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def update(self, sparql: str) -> None:
        """Send a SPARQL Update to the update endpoint."""
        if self.read_only:
            raise RemoteStoreError("this store was opened read-only; updates are refused")
        self._post(self.update_endpoint, {"update": sparql})

    def replace_graph(self, graph: str, data: bytes, fmt: str = "nquads", extra: Iterable[Delete] = (),
                      more: Iterable[ox.Quad] = ()) -> None:
        """Replace the named graph `graph` with the triples or quads in `data`; see `transact`.

        `extra` (patterns to delete) and `more` (quads to add) change other graphs in the same request.
        """
        self.transact(drop=[graph], delete=extra, add=[*graph_quads(data, fmt, graph), *more])

    def transact(self, drop: Iterable[str] = (), delete: Iterable[Delete] = (),
                 add: Iterable[ox.Quad] = ()) -> None:
        """Remove the graphs `drop`, the quads matching `delete`, then add `add`.

        Through SPARQL Update this is one request, which servers apply
        atomically. The Graph Store Protocol has no such request: each graph
        touched is written by one PUT (or DELETE when it ends empty), so each
        graph is replaced whole but a reader may see one graph new and another old.
        """
        if not self.graph_store:
            update = transaction(drop, delete, add)
            return self.update(update) if update else None
        drop, delete, adding = set(drop), list(delete), {}
        for q in add:
            adding.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
        for graph in sorted(drop | {p.graph for p in delete} | set(adding)):
            kept = [] if graph in drop else [
                ox.Triple(q.subject, q.predicate, q.object) for q in self._graph_quads(graph)
                if not any(p.matches(q) for p in delete)
            ]
            triples = kept + adding.get(graph, [])
            if triples:
                self._graph_request("PUT", graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
            else:
                self._graph_request("DELETE", graph)
        return None

    def add_graphs(self, nquads: bytes, more: Iterable[ox.Quad] = ()) -> None:
        """Add the quads serialised as N-Quads in `nquads`, and the quads `more`; see `extend`."""
        self.extend([*ox.parse(nquads, format=ox.RdfFormat.N_QUADS), *more])

    def holds(self, graph: str) -> bool:
        """Return True when the server holds a triple in the named graph `graph`."""
        return bool(self.query(_GRAPH_HELD, {"graph": ox.NamedNode(graph)}))

    def remove_graph(self, graph: str) -> None:
        """Remove the named graph `graph` if it exists."""
        if self.graph_store:
            return self._graph_request("DELETE", ox.NamedNode(graph).value)
        self.update(_DROP + str(ox.NamedNode(graph)))

    def graphs(self) -> list[str]:
        """Return the IRIs of the server's named graphs, sorted."""
        solutions = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(s["g"].value for s in solutions if isinstance(s["g"], ox.NamedNode))

    def _graph_quads(self, graph: str) -> Iterator[ox.Quad]:
        node, offset = ox.NamedNode(graph), 0
        while True:
            page = list(self.query(_GRAPH_PAGE + _limit(self.page_size, offset), {"graph": node}))
            yield from (ox.Quad(s["s"], s["p"], s["o"], node) for s in page)
            if len(page) < self.page_size:
                return
            offset += self.page_size

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Return an iterator over the server's quads in named graphs, or those of one graph."""
        for name in [graph] if graph else self.graphs():
            yield from self._graph_quads(name)

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """Serialise the named graphs (quad formats) or the union of their triples (triple formats)."""
        quads = list(self.quads(graph))
        if fmt in QUAD_FORMATS and graph is None:
            return ox.serialize(quads, format=FORMATS[fmt]) or b""
        triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        return ox.serialize(triples, format=FORMATS[fmt]) or b""

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in one update request (one POST per graph with the Graph Store Protocol)."""
        by_graph: dict[str, list[ox.Triple]] = {}
        for q in quads:
            if isinstance(q.graph_name, ox.DefaultGraph):
                raise RemoteStoreError("the remote store holds triples only in named graphs")
            by_graph.setdefault(str(q.graph_name), []).append(ox.Triple(q.subject, q.predicate, q.object))
        if self.graph_store:
            for graph, triples in by_graph.items():
                ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
                self._graph_request("POST", graph[1:-1], ntriples)
            return
        self.update(" ;\n".join(
            _insert_data(g, ox.serialize(t, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
            for g, t in by_graph.items()
        ))

    def __len__(self) -> int:
        solutions = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(solutions))["n"].value)

    def flush(self) -> None:
        """Nothing to flush: the server commits each update."""


def open_store(path: str | Path | None = None, endpoint: str | None = None,
               update_endpoint: str | None = None, read_only: bool = False,
               graph_store: str | None = None) -> GraphStore | RemoteStore:
    """Return a `RemoteStore` when `endpoint` is given, else the embedded `GraphStore` at `path`.

    A remote store writes through the Graph Store Protocol service `graph_store` when it is given.
    """
    if endpoint:
        return RemoteStore(endpoint, update_endpoint, read_only=read_only, graph_store=graph_store)
    return GraphStore(path, read_only=read_only)
