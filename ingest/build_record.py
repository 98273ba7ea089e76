"""The build record in `graph/build`: what a build read, and how each document changed since the build before.

Each build is a prov:Activity that describes every document graph in the store
after it: a prov:Entity with the symbol, a digest, the triple count, the source
file and a status (added, changed, unchanged or kept). A build of some
documents never removes the others: they are "kept". The record of the build
before is kept too (and only that one), so the two can be compared.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, XSD

from ingest.rdf import GraphWriter, literal
from ontology import iris
from ontology.namespaces import PROV, UNKG

STATUSES = ("added", "changed", "unchanged", "kept")


@dataclass(frozen=True)
class GraphState:
    """One document graph as a build record describes it."""

    symbol: str
    digest: str
    triples: int
    source: str
    entry: str = ""  # the IRI of the record entry it was read from; empty when not from a record


def digest(nquads: bytes) -> tuple[str, int]:
    """Return the SHA-256 (hex) of the distinct N-Quads lines of `nquads`, sorted, and how many there are."""
    lines = sorted({line.strip() for line in nquads.splitlines() if line.strip()})
    return hashlib.sha256(b"\n".join(lines)).hexdigest(), len(lines)


def status(previous: GraphState | None, new_digest: str) -> str:
    """Return how a rebuilt document changed: "added" without a `previous` state, else (un)"changed"."""
    if previous is None:
        return "added"
    return "unchanged" if previous.digest == new_digest else "changed"


def _subjects(quads: list[ox.Quad]) -> dict[str, dict[str, list[ox.Term]]]:
    described: dict[str, dict[str, list[ox.Term]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        described[q.subject.value][q.predicate.value].append(q.object)
    return described


def latest_record(quads: list[ox.Quad]) -> str | None:
    """Return the IRI of the latest build in the quads of `graph/build`: the one no later build follows."""
    described = _subjects(quads)
    builds = {s for s, props in described.items() if ox.NamedNode(str(PROV.Activity)) in props[str(RDF.type)]}
    followed = {o.value for s in builds for o in described[s][str(PROV.wasInformedBy)]}
    latest = sorted(builds - followed)
    return latest[-1] if latest else None


def previous_states(quads: list[ox.Quad], record: str | None) -> dict[str, GraphState]:
    """Return the document graphs the build `record` described, by symbol."""
    if record is None:
        return {}
    described = _subjects(quads)
    entries = [o.value for p in (PROV.generated, UNKG.keeps) for o in described[record][str(p)]]
    states = {}
    for entry in entries:
        props = described[entry]

        def one(prop, props=props) -> str:
            return props[str(prop)][0].value if props[str(prop)] else ""

        symbol = one(DCTERMS.identifier)
        states[symbol] = GraphState(symbol, one(UNKG.sha256), int(one(UNKG.tripleCount) or 0),
                                    one(DCTERMS.source), entry)
    return states


def record_quads(quads: list[ox.Quad], record: str | None) -> list[ox.Quad]:
    """Return the quads of build `record` and its entries (none when `record` is None)."""
    if record is None:
        return []
    return [q for q in quads if q.subject.value == record or q.subject.value.startswith(record + "/")]


def record_iri(started: datetime) -> str:
    """Return the IRI of the record of a build started at `started` (to the microsecond: no clashes)."""
    return f"{iris.graph('build')}/{started.strftime('%Y%m%dT%H%M%S%fZ')}"


@dataclass
class Entry:
    """What a build says of one document graph: its state now, its status and the state before."""

    state: GraphState
    status: str
    previous: GraphState | None = None


def write_record(out: GraphWriter, record: str, started: datetime, previous_record: str | None,
                 entries: list[Entry]) -> None:
    """Add to `out` the record of a build: when it started, the build before, and one entity per document."""
    out.add(record, RDF.type, PROV.Activity)
    out.add(record, PROV.startedAtTime,
            literal(started.replace(microsecond=0).isoformat(), datatype=XSD.dateTime))
    if previous_record:
        out.add(record, PROV.wasInformedBy, previous_record)
    for item in entries:
        state, entity = item.state, f"{record}/{iris.slug(item.state.symbol)}"
        if item.status == "kept":
            out.add(record, UNKG.keeps, entity)
        else:
            out.add(record, PROV.used, iris.document(state.symbol))
            out.add(record, PROV.generated, entity)
        out.add(entity, RDF.type, PROV.Entity)
        out.add(entity, PROV.specializationOf, iris.document_graph(state.symbol))
        out.add(entity, DCTERMS.identifier, literal(state.symbol))
        out.add(entity, UNKG.sha256, literal(state.digest))
        out.add(entity, UNKG.tripleCount, literal(state.triples))
        out.add(entity, DCTERMS.source, literal(state.source))
        out.add(entity, UNKG.buildStatus, literal(item.status))
        if item.previous is not None and item.previous.entry:
            link = PROV.alternateOf if item.status == "kept" else PROV.wasRevisionOf
            out.add(entity, link, item.previous.entry)
