"""Exporting the graph as RDF in every common syntax, deterministically.

Quad syntaxes (N-Quads, TriG, JSON-LD) keep one named graph per source
document; triple syntaxes (Turtle, N-Triples, RDF/XML) write the union of the
graphs. Blank nodes get canonical labels and statements are sorted, so two
exports of the same build are byte-identical. Two builds of the same files
differ only in the build record's graph `graph/build`, and there only in when
each build started (prov:startedAtTime): the export keeps that graph, so
compare two builds' exports without it (tests/test_determinism.py). JSON-LD carries the context
made from the ontology's prefixes (`jsonld_context`), the same file that
`unkg export` writes beside the dump and `unkg serve` publishes at
`/context.jsonld`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ingest.store import FORMATS
from ontology import iris, ontology_files

EXPORT_FORMATS = list(FORMATS)
SUFFIXES = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld",
            "rdfxml": "rdf"}
CONTEXT_FILE = "context.jsonld"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def prefixes() -> dict[str, str]:
    """Return the prefixes declared by the ontology files (name -> namespace), sorted by name."""
    found: dict[str, str] = {}
    for path in ontology_files():
        parser = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        for _ in parser:
            pass
        found.update(parser.prefixes)
    return dict(sorted(found.items()))


def jsonld_context() -> dict:
    """Return the JSON-LD context of the exports: `{"@context": {prefix: namespace, ...}}`."""
    return {"@context": prefixes()}


def canonical_quads(store) -> list[ox.Quad]:
    """Return the store's quads with canonical blank-node labels, sorted."""
    dataset = ox.Dataset(store.quads())
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return sorted(dataset, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _compact(iri: str, names: list[tuple[str, str]]) -> str:
    for prefix, namespace in names:
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and not local.startswith("//"):
            return f"{prefix}:{local}"
    return iri


def _jsonld_term(term, names) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"@id": _compact(term.value, names)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    value: dict = {"@value": term.value}
    if term.language:
        value["@language"] = term.language
    elif term.datatype.value != XSD_STRING:
        value["@type"] = _compact(term.datatype.value, names)
    return value


def _node_id(term, names) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _compact(term.value, names)


def to_jsonld(quads: list[ox.Quad]) -> bytes:
    """Return sorted quads as JSON-LD: the context inline, one `@graph` object per named graph."""
    context = prefixes()
    names = sorted(((p, ns) for p, ns in context.items()), key=lambda item: -len(item[1]))
    graphs: dict[str, dict[str, dict]] = {}
    for q in quads:
        nodes = graphs.setdefault(_node_id(q.graph_name, names), {})
        node = nodes.setdefault(_node_id(q.subject, names), {"@id": _node_id(q.subject, names)})
        node.setdefault(_compact(q.predicate.value, names), []).append(_jsonld_term(q.object, names))
    document = {
        "@context": context,
        "@graph": [{"@id": g, "@graph": list(nodes.values())} for g, nodes in graphs.items()],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def serialize(quads: list[ox.Quad], fmt: str) -> bytes:
    """Return sorted canonical quads in syntax `fmt`; triple syntaxes get the union of the graphs."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonld":
        return to_jsonld(quads)
    items = quads if fmt in ("nquads", "trig") else sorted(
        {ox.Triple(q.subject, q.predicate, q.object) for q in quads},
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
    options = {} if fmt in ("nquads", "ntriples") else {"prefixes": prefixes()}
    return ox.serialize(items, format=FORMATS[fmt], **options) or b""


def export(store, fmt: str, out: BinaryIO | Path) -> int:
    """Write the whole store (GraphStore or RemoteStore) as `fmt` to `out`; return bytes written.

    When `out` is a path, the VoID and DCAT description of the dump is written
    beside it as `<stem>.void.ttl`, and for JSON-LD the context as `context.jsonld`.
    """
    from unkg.void import describe

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    quads = canonical_quads(store)
    data = serialize(quads, fmt)
    if not isinstance(out, Path):
        out.write(data)
        return len(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    out.with_name(f"{out.stem}.void.ttl").write_bytes(describe(store, out.name, fmt, len(data), len(quads)))
    if fmt == "jsonld":
        context = json.dumps(jsonld_context(), indent=2) + "\n"
        out.with_name(CONTEXT_FILE).write_text(context, encoding="utf-8")
    return len(data)


def dataset_iri() -> str:
    """Return the IRI of the dataset the exports are dumps of."""
    return iris.base() + "dataset"
