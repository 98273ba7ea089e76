"""Writing RDF for one named graph with pyoxigraph terms, serialised as N-Quads bytes."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_PRECISION = {4: "gYear", 7: "gYearMonth", 10: "date"}


@lru_cache(maxsize=8192)
def iri(value: str) -> ox.NamedNode:
    """Return the IRI `value` as a pyoxigraph NamedNode (the same node for the same IRI)."""
    return ox.NamedNode(str(value))


@lru_cache(maxsize=8192, typed=True)
def literal(value, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    """Return a literal: a language-tagged string, a typed value, or (by Python type) an integer.

    Remembered (by value and type: `True` is not `1`): facts repeat rules, kinds and keys.
    """
    if lang:
        return ox.Literal(str(value), language=lang)
    if datatype:
        return ox.Literal(str(value), datatype=iri(datatype))
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=iri(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=iri(XSD + "integer"))
    return ox.Literal(str(value))


def date_literal(value: str) -> ox.Literal:
    """Return a date at its stated precision: `2024` gYear, `2024-05` gYearMonth, else xsd:date."""
    kind = _PRECISION.get(len(value))
    if kind is None:
        raise ValueError(f"not a date at year, month or day precision: {value!r}")
    return ox.Literal(value, datatype=iri(XSD + kind))


class Terms:
    """A namespace's terms as plain attributes, each looked up once.

    rdflib's DefinedNamespace checks the term list on every attribute access
    (`UNKG.text`), which the mapping does for every triple; `Terms(UNKG).text` is
    the same URIRef, and a misspelt term still raises on first use.
    """

    def __init__(self, namespace) -> None:
        """Wrap `namespace` (an rdflib Namespace or DefinedNamespace)."""
        self._namespace = namespace

    def __getattr__(self, name: str):
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


class GraphWriter:
    """Collects the triples of one named graph.

    Triples are kept with their IRIs already in N-Quads form and written as
    N-Quads text directly, in the form pyoxigraph's serialiser gives
    (tests/test_rdf_writer.py checks they agree): building a pyoxigraph Quad for
    each costs more than the rest of the mapping. `quads` still gives them all
    as pyoxigraph quads, in the order added.
    """

    def __init__(self, graph: str) -> None:
        """Start an empty graph named `graph`."""
        self.graph = ox.NamedNode(graph)
        self._quads: list[ox.Quad] = []  # quads handed out or added through `quads`
        self._pending: list[tuple[str, str, ox.Term | str]] = []  # added after those; IRIs as `<...>`

    @property
    def quads(self) -> list[ox.Quad]:
        """Return the graph's quads in the order added (a list one may extend with more)."""
        if self._pending:
            self._quads.extend(ox.Quad(_node(s), _node(p), _node(o) if isinstance(o, str) else o, self.graph)
                               for s, p, o in self._pending)
            self._pending = []
        return self._quads

    def add(self, subject: str, predicate: str, obj: ox.Term | str) -> None:
        """Add a triple; `subject`, `predicate` and a `str` object are IRIs."""
        o = _written(obj) if isinstance(obj, str) else obj
        self._pending.append((_written(subject), _written(predicate), o))

    def to_nquads(self) -> bytes:
        """Return the graph serialised as N-Quads."""
        head = ox.serialize(self._quads, format=ox.RdfFormat.N_QUADS) if self._quads else b""
        graph = str(self.graph)
        lines = [f"{s} {p} {o} {graph} .\n" for s, p, o in self._pending]
        return head + "".join(lines).encode("utf-8")

    def __len__(self) -> int:
        return len(self._quads) + len(self._pending)


@lru_cache(maxsize=16384)
def _written(value: str) -> str:
    """The IRI `value` as N-Quads write it (`<...>`), checked as an IRI by pyoxigraph."""
    return str(iri(value))


def _node(written: str) -> ox.NamedNode:
    return ox.NamedNode(written[1:-1])
