"""Writing RDF for one named graph with pyoxigraph terms, serialised as N-Quads bytes."""

from __future__ import annotations

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_PRECISION = {4: "gYear", 7: "gYearMonth", 10: "date"}


def iri(value: str) -> ox.NamedNode:
    """Return the IRI `value` as a pyoxigraph NamedNode."""
    return ox.NamedNode(str(value))


def literal(value, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    """Return a literal: a language-tagged string, a typed value, or (by Python type) an integer."""
    if lang:
        return ox.Literal(str(value), language=lang)
    if datatype:
        return ox.Literal(str(value), datatype=ox.NamedNode(str(datatype)))
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(str(value))


def date_literal(value: str) -> ox.Literal:
    """Return a date at its stated precision: `2024` gYear, `2024-05` gYearMonth, else xsd:date."""
    kind = _PRECISION.get(len(value))
    if kind is None:
        raise ValueError(f"not a date at year, month or day precision: {value!r}")
    return ox.Literal(value, datatype=ox.NamedNode(XSD + kind))


class GraphWriter:
    """Collects the triples of one named graph."""

    def __init__(self, graph: str) -> None:
        """Start an empty graph named `graph`."""
        self.graph = ox.NamedNode(graph)
        self.quads: list[ox.Quad] = []

    def add(self, subject: str, predicate: str, obj: ox.Term | str) -> None:
        """Add a triple; `subject`, `predicate` and a `str` object are IRIs."""
        o = iri(obj) if isinstance(obj, str) else obj
        self.quads.append(ox.Quad(iri(subject), iri(predicate), o, self.graph))

    def to_nquads(self) -> bytes:
        """Return the graph serialised as N-Quads."""
        return ox.serialize(self.quads, format=ox.RdfFormat.N_QUADS)

    def __len__(self) -> int:
        return len(self.quads)
