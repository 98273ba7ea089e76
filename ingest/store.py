"""The store adapter: one small class every other floor uses to read and write the graph.

It wraps an embedded pyoxigraph store on disk (the default) and imports nothing
of the project's own. Writes replace whole named graphs, so rebuilding a
document is idempotent; readers (the explorer, the endpoint) open the store
read-only so that a build can write at the same time.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path

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
            self._store = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))

    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a SPARQL query with variables substituted by RDF terms; return pyoxigraph results."""
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self._store.query(sparql, substitutions=subs or None)

    def replace_graph(self, graph: str, data: bytes, fmt: str = "nquads") -> None:
        """Replace the named graph `graph` with the triples or quads serialised in `data`.

        Quads in `data` land in `graph` whatever graph they name.
        """
        node = ox.NamedNode(graph)
        self._store.remove_graph(node) if self._store.contains_named_graph(node) else None
        self._store.bulk_load(data, format=FORMATS[fmt], to_graph=node)

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
