"""`unkg export`: deterministic dumps, one named graph per document, JSON-LD context, VoID and DCAT beside."""

import io
import json

import pyoxigraph as ox
import pytest

from ontology import iris
from queries import runner
from unkg.export import EXPORT_FORMATS, export, jsonld_context

VOID = "http://rdfs.org/ns/void#"
DCT = "http://purl.org/dc/terms/"
SYMBOLS = ["A/62/296", "A/74/285", "A/79/837", "A/HRC/44/25", "A/RES/76/176"]


def _dump(store, fmt) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def _quads(data: bytes, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(data, format=fmt))


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_two_exports_of_one_build_are_byte_identical(sample_store, fmt):
    assert _dump(sample_store, fmt) == _dump(sample_store, fmt)


def test_a_store_reloaded_from_the_dump_exports_the_same_bytes(sample_store):
    from ingest.store import GraphStore

    nquads = _dump(sample_store, "nquads")
    fresh = GraphStore()
    fresh.extend(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    assert _dump(fresh, "trig") == _dump(sample_store, "trig")


def test_trig_keeps_one_named_graph_per_document(sample_store):
    graphs = {q.graph_name.value for q in _quads(_dump(sample_store, "trig"), ox.RdfFormat.TRIG)}
    assert {iris.document_graph(s) for s in SYMBOLS} <= graphs
    assert graphs == set(sample_store.graphs())


def test_jsonld_holds_the_same_quads_as_nquads(sample_store):
    jsonld = _quads(_dump(sample_store, "jsonld"), ox.RdfFormat.JSON_LD)
    assert jsonld == _quads(_dump(sample_store, "nquads"), ox.RdfFormat.N_QUADS)


def test_turtle_holds_the_union_of_the_graphs(sample_store):
    turtle = {ox.Triple(q.subject, q.predicate, q.object)
              for q in _quads(_dump(sample_store, "turtle"), ox.RdfFormat.TURTLE)}
    assert turtle == {ox.Triple(q.subject, q.predicate, q.object) for q in sample_store.quads()}


def test_the_context_is_the_ontology_prefixes(sample_store, tmp_path):
    export(sample_store, "jsonld", tmp_path / "unkg.jsonld")
    written = json.loads((tmp_path / "context.jsonld").read_text(encoding="utf-8"))
    assert written == jsonld_context()
    assert written["@context"]["unkg"] == "https://w3id.org/unkg/ontology#"
    assert json.loads((tmp_path / "unkg.jsonld").read_bytes())["@context"] == written["@context"]


@pytest.fixture(scope="module")
def void(sample_store, tmp_path_factory) -> tuple[set[ox.Triple], int]:
    """The VoID description written beside an N-Quads dump, and the dump's size in bytes."""
    out = tmp_path_factory.mktemp("export") / "unkg.nq"
    size = export(sample_store, "nquads", out)
    data = (out.parent / "unkg.void.ttl").read_bytes()
    quads = ox.parse(data, format=ox.RdfFormat.TURTLE)
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}, size


def _objects(triples, subject: str, predicate: str) -> set:
    node = ox.NamedNode(subject)
    return {t.object for t in triples if t.subject == node and t.predicate.value == predicate}


DATASET = iris.base() + "dataset"


def test_void_counts_every_quad_of_the_dump(void, sample_store):
    triples, _ = void
    assert _objects(triples, DATASET, VOID + "triples") == {
        ox.Literal(str(len(sample_store)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))}


def test_void_names_each_source_document_with_its_symbol(void):
    triples, _ = void
    documents = _objects(triples, DATASET, DCT + "source")
    assert documents == {ox.NamedNode(iris.document(s)) for s in SYMBOLS}
    assert {t.object.value for t in triples if t.predicate.value == DCT + "identifier"} == set(SYMBOLS)


def test_void_gives_licence_build_time_and_the_distribution(void, sample_store):
    triples, size = void
    started = runner.run(sample_store, runner.load("last-build")).rows[0][0]
    assert _objects(triples, DATASET, DCT + "license") == {
        ox.NamedNode("https://creativecommons.org/licenses/by/4.0/")}
    assert _objects(triples, DATASET, DCT + "modified") == {started}
    dump = DATASET + "/dump/unkg.nq"
    media = _objects(triples, dump, "http://www.w3.org/ns/dcat#mediaType")
    assert media == {ox.Literal("application/n-quads")}
    assert _objects(triples, dump, "http://www.w3.org/ns/dcat#byteSize") == {
        ox.Literal(str(size), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))}


def test_void_partitions_classes_and_properties(void):
    triples, _ = void
    classes = {t.object for t in triples if t.predicate.value == VOID + "class"}
    properties = {t.object for t in triples if t.predicate.value == VOID + "property"}
    assert ox.NamedNode("https://w3id.org/unkg/ontology#Paragraph") in classes
    assert ox.NamedNode(DCT + "identifier") in properties
    assert len(_objects(triples, DATASET, VOID + "classPartition")) == len(classes)


def test_unkg_export_writes_the_dump_and_its_description(built_store_path, tmp_path):
    from typer.testing import CliRunner

    from unkg.cli import app

    out = tmp_path / "unkg.trig"
    args = ["--store", str(built_store_path), "export", "-f", "trig", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    size = out.stat().st_size
    void = tmp_path / "unkg.void.ttl"
    assert result.stderr == f"wrote {size} bytes of trig to {out}, described in {void}\n"
    assert (tmp_path / "unkg.void.ttl").exists()
