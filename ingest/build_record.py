"""The build record in `graph/build`: what the latest build did, how each document changed since the last.

The record holds two builds (prov:Activity): `graph/build/latest` and
`graph/build/previous`, the latest prov:wasInformedBy the one before. The
latest describes every document graph in the store as a prov:Entity
(`graph/build/latest/<key>`) with the symbol, a digest, the triple count, the
source file (its name; its bytes' `ni:` IRI as prov:hadPrimarySource, its size as
dcterms:extent and its modification time as dcterms:modified, so that a build
need not hash a file whose size and time are those recorded), the `ni:` IRI of
its inputs (ingest/fingerprint.py) and a status
since the build before: added, changed, unchanged or kept (a build of some
documents never removes the others). The state before is
`graph/build/previous/<key>` (prov:wasRevisionOf it, or prov:alternateOf for
a kept graph). The latest build prov:used the documents it read. Each entry
counts its document's paragraphs (a VoID class partition of unkg:Paragraph),
and when a build ends it describes the store it left (`graph/build/latest/store`,
a void:Dataset prov:wasGeneratedBy it): its documents, paragraphs, named
graphs and triples, so that an overview need not count them. Readers see
that description until the next build ends; while it runs (or after it was
killed) the description is of the store as the last finished build left it,
no longer prov:wasGeneratedBy the latest build.

The record changes in the same transaction as the graphs it describes, so it
never claims a state the store does not hold: when a build starts, one
transaction moves the latest build to the previous one and sets the status of
every document the build will not read (or has yet to read: "kept" until it
is read); then each document's graph and its entry are replaced together.
Only entries whose status or state changes are written, so a build that reads
one document of ten thousand writes a few dozen triples to the record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, XSD

from ingest import fingerprint
from ingest.rdf import literal
from ingest.store import Delete
from ontology import iris
from ontology.namespaces import PROV, UNKG

STATUSES = ("added", "changed", "unchanged", "kept")
RECORD = iris.graph("build")
LATEST = f"{RECORD}/latest"
PREVIOUS = f"{RECORD}/previous"
_STATE_QUERY = (Path(__file__).with_name("build_state.rq")).read_text(encoding="utf-8")
_GRAPH = ox.NamedNode(RECORD)
STORE = f"{LATEST}/store"
VOID = "http://rdfs.org/ns/void#"
NAMED_GRAPH = "http://www.w3.org/ns/sparql-service-description#NamedGraph"


@dataclass(frozen=True)
class GraphState:
    """One document graph as the build record describes it."""

    symbol: str
    digest: str
    triples: int
    source: str
    inputs: str = ""  # the ni: IRI of what the graph was made from; empty when not known
    status: str = ""  # its status in the latest build; empty when not from a record
    held: bool = True  # whether the store holds the graph (a record read from the store may say not)
    file_sha256: str = ""  # the source file's SHA-256 (hex), its size and modification time (ns) when read
    size: int | None = None
    mtime: datetime | None = None  # to the microsecond
    paragraphs: int | None = None  # None when the record does not say

    def same_file(self, size: int, mtime_ns: int) -> bool:
        """Return True when the source file's recorded size and time are `size` and `mtime_ns` (ns)."""
        return bool(self.file_sha256) and self.size == size and self.mtime == file_time(mtime_ns)


def file_time(mtime_ns: int) -> datetime:
    """Return the modification time `mtime_ns` (ns since the epoch) as a UTC datetime, to the microsecond."""
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=mtime_ns // 1000)


def digest(nquads: bytes) -> tuple[str, int]:
    """Return the SHA-256 (hex) of the distinct N-Quads lines of `nquads`, sorted, and how many there are."""
    lines = sorted({line.strip() for line in nquads.splitlines() if line.strip()})
    return hashlib.sha256(b"\n".join(lines)).hexdigest(), len(lines)


def status(previous: GraphState | None, new_digest: str) -> str:
    """Return how a rebuilt document changed: "added" without a `previous` state, else (un)"changed"."""
    if previous is None:
        return "added"
    return "unchanged" if previous.digest == new_digest else "changed"


def _value(binding: dict | None) -> str:
    return binding["value"] if binding else ""


@dataclass
class Record:
    """What the latest build record says: when it started, its document graphs, who made the other graphs."""

    started: str | None = None
    states: dict[str, GraphState] = field(default_factory=dict)
    made_by: dict[str, str] = field(default_factory=dict)  # graph IRI -> the ni: IRI of the pipeline


def read(store) -> Record:
    """Return what the latest build record in `store` says (an empty Record when there is none).

    One query, its results read as SPARQL JSON: at ten thousand documents this
    is a fraction of a second, where reading the record's quads one by one is not.
    """
    results = store.query(_STATE_QUERY, {"build": ox.NamedNode(LATEST), "record": _GRAPH})
    record = Record()
    for row in json.loads(results.serialize(format=ox.QueryResultsFormat.JSON))["results"]["bindings"]:
        if "started" in row:
            record.started = _value(row["started"])
        elif "graph" in row:
            record.made_by[_value(row["graph"])] = _value(row["made_by"])
        else:
            symbol = _value(row["symbol"])
            record.states[symbol] = _state(symbol, row)
    return record


def _state(symbol: str, row: dict) -> GraphState:
    """Return the state a row of build_state.rq gives of the document `symbol`."""
    size, modified, paragraphs = (_value(row.get(k)) for k in ("size", "modified", "paragraphs"))
    return GraphState(symbol, _value(row["digest"]), int(_value(row["triples"])), _value(row["source"]),
                      _value(row.get("inputs")), _value(row["status"]), _value(row.get("held")) == "true",
                      fingerprint.sha256_of(_value(row.get("file"))), int(size) if size else None,
                      datetime.fromisoformat(modified) if modified else None,
                      int(paragraphs) if paragraphs else None)


def made_by(graph: str, pipeline: str) -> tuple[list[Delete], list[ox.Quad]]:
    """Return the patterns to delete and the quad to add that say the pipeline `pipeline` made `graph`."""
    return ([Delete(RECORD, ox.NamedNode(graph), ox.NamedNode(str(PROV.wasAttributedTo)))],
            [_quad(graph, PROV.wasAttributedTo, pipeline)])


def _entry(record: str, symbol: str) -> str:
    return f"{record}/{iris.document_graph(symbol)[len(iris.document_graph('')):]}"


def _quad(subject: str, predicate, obj: ox.Term | str) -> ox.Quad:
    o = ox.NamedNode(obj) if isinstance(obj, str) else obj
    return ox.Quad(ox.NamedNode(subject), ox.NamedNode(str(predicate)), o, _GRAPH)


def _describe(entity: str, state: GraphState) -> list[ox.Quad]:
    return [
        _quad(entity, RDF.type, str(PROV.Entity)),
        _quad(entity, PROV.specializationOf, iris.document_graph(state.symbol)),
        _quad(entity, DCTERMS.identifier, literal(state.symbol)),
        _quad(entity, UNKG.sha256, literal(state.digest)),
        _quad(entity, UNKG.tripleCount, literal(state.triples)),
        _quad(entity, DCTERMS.source, literal(state.source)),
    ]


def entry_change(state: GraphState, entry_status: str, before: GraphState | None,
                 used: bool = False) -> tuple[list[Delete], list[ox.Quad]]:
    """Return the patterns to delete and the quads to add that make the latest build describe `state`.

    `entry_status` is its status, `before` the state the build before left
    (None for an added document), and `used` says the latest build read it.
    """
    entry, previous = _entry(LATEST, state.symbol), _entry(PREVIOUS, state.symbol)
    delete = [Delete(RECORD, ox.NamedNode(entry)), Delete(RECORD, None, None, ox.NamedNode(entry)),
              Delete(RECORD, ox.NamedNode(previous)), Delete(RECORD, ox.NamedNode(f"{entry}/paragraphs"))]
    link = UNKG.keeps if entry_status == "kept" else PROV.generated
    add = [_quad(LATEST, link, entry), *_describe(entry, state),
           _quad(entry, UNKG.buildStatus, literal(entry_status))]
    if state.inputs:
        add.append(_quad(entry, PROV.wasDerivedFrom, state.inputs))
    if state.file_sha256 and state.size is not None and state.mtime is not None:
        add += [_quad(entry, PROV.hadPrimarySource, fingerprint.ni_of_sha256(state.file_sha256)),
                _quad(entry, DCTERMS.extent, literal(state.size)),
                _quad(entry, DCTERMS.modified, _time(state.mtime.isoformat()))]
    if state.paragraphs is not None:
        add += _partition(entry, "paragraphs", str(UNKG.Paragraph), state.paragraphs)
    if before is not None:
        add.append(_quad(entry, PROV.alternateOf if entry_status == "kept" else PROV.wasRevisionOf, previous))
        add.extend(_describe(previous, before))
    if used:
        add.append(_quad(LATEST, PROV.used, iris.document(state.symbol)))
    return delete, add


def entry_removal(symbol: str) -> list[Delete]:
    """Return the patterns that delete what the record says of the document `symbol`."""
    entry = ox.NamedNode(_entry(LATEST, symbol))
    return [Delete(RECORD, entry), Delete(RECORD, None, None, entry),
            Delete(RECORD, ox.NamedNode(_entry(PREVIOUS, symbol))),
            Delete(RECORD, ox.NamedNode(f"{entry.value}/paragraphs"))]


def _partition(subject: str, name: str, cls: str, entities: int) -> list[ox.Quad]:
    partition = f"{subject}/{name}"
    return [_quad(subject, VOID + "classPartition", partition), _quad(partition, VOID + "class", cls),
            _quad(partition, VOID + "entities", literal(entities))]


STORE_NODES = (STORE, f"{STORE}/paragraphs", f"{STORE}/graphs")


def _store_removal() -> list[Delete]:
    return [Delete(RECORD, ox.NamedNode(s)) for s in STORE_NODES]


def store_totals(documents: int, paragraphs: int, graphs: int,
                 triples: int) -> tuple[list[Delete], list[ox.Quad]]:
    """Return the patterns to delete and the quads to add that describe the store the latest build left.

    `triples` counts the store without any description of it; the new description counts itself.
    """
    add = [_quad(STORE, RDF.type, VOID + "Dataset"), _quad(STORE, PROV.wasGeneratedBy, LATEST),
           _quad(STORE, VOID + "documents", literal(documents)),
           *_partition(STORE, "paragraphs", str(UNKG.Paragraph), paragraphs),
           *_partition(STORE, "graphs", NAMED_GRAPH, graphs)]
    add.append(_quad(STORE, VOID + "triples", literal(triples + len(add) + 1)))
    return _store_removal(), add


def start(started: datetime, latest_started: str | None, pipeline: str,
          legacy: bool = False) -> tuple[list[Delete], list[ox.Quad]]:
    """Return the patterns to delete and quads to add that begin the record of a build started at `started`.

    The latest build becomes the previous one (`latest_started` is when it
    started; None when there was none); `pipeline` is the pipeline's `ni:` IRI.
    A `legacy` record (written before `graph/build/latest` existed) is deleted whole.
    """
    latest, previous = ox.NamedNode(LATEST), ox.NamedNode(PREVIOUS)
    if legacy:
        delete = [Delete(RECORD)]
    else:
        delete = [Delete(RECORD, previous), Delete(RECORD, None, None, previous),
                  *(Delete(RECORD, latest, ox.NamedNode(str(p)))
                    for p in (PROV.startedAtTime, PROV.used, PROV.wasAssociatedWith)),
                  Delete(RECORD, ox.NamedNode(STORE), ox.NamedNode(str(PROV.wasGeneratedBy)))]
    add = [_quad(LATEST, RDF.type, str(PROV.Activity)),
           _quad(LATEST, PROV.startedAtTime, _time(started.isoformat())),
           _quad(LATEST, PROV.wasAssociatedWith, pipeline)]
    if latest_started and not legacy:
        add += [_quad(LATEST, PROV.wasInformedBy, PREVIOUS),
                _quad(PREVIOUS, RDF.type, str(PROV.Activity)),
                _quad(PREVIOUS, PROV.startedAtTime, _time(latest_started))]
    return delete, add


def _time(value: str) -> ox.Literal:
    return literal(value, datatype=XSD.dateTime)
