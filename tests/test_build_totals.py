"""The build record counts the store the build left; queries/overview.rq reads those counts."""

from datetime import UTC, datetime

import pyoxigraph as ox
from test_incremental import RESOLUTION, _two_documents_built

from ingest import build_record
from ingest.build import build
from ingest.store import Delete
from ontology import iris
from ontology.namespaces import UNKG
from queries import runner

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PARAGRAPH = ox.NamedNode(str(UNKG.Paragraph))


def _overview(store) -> dict:
    rows = runner.to_records(runner.run(store, runner.load("overview")))
    assert len(rows) == 1
    return {k: int(v) for k, v in rows[0].items()}


def _counted(store) -> dict:
    """The overview's figures counted from the store itself."""
    paragraphs = {q.subject for q in store.quads() if q.predicate == RDF_TYPE and q.object == PARAGRAPH}
    graphs = store.graphs()
    return {"documents": sum(g.startswith(iris.document_graph("")) for g in graphs),
            "paragraphs": len(paragraphs), "graphs": len(graphs), "triples": len(store)}


def test_the_overview_gives_the_counts_of_the_store_after_a_build(tmp_path):
    _, store = _two_documents_built(tmp_path)
    assert _overview(store) == _counted(store)
    assert _overview(store)["documents"] == 2


def test_documents_a_build_did_not_read_still_add_up(tmp_path):
    folder, store = _two_documents_built(tmp_path)
    build(store, [folder / RESOLUTION], jobs=1, force=True)
    assert build_record.read(store).states["A/79/999"].status == "kept"
    assert _overview(store) == _counted(store)


def test_a_record_without_paragraph_counts_gets_them_from_the_graphs(tmp_path):
    folder, store = _two_documents_built(tmp_path)
    void = "http://rdfs.org/ns/void#"
    store.transact(delete=[Delete(build_record.RECORD, None, ox.NamedNode(void + "classPartition")),
                           Delete(build_record.RECORD, None, ox.NamedNode(void + "entities"))])
    assert {s.paragraphs for s in build_record.read(store).states.values()} == {None}
    assert runner.to_records(runner.run(store, runner.load("overview"))) == []
    build(store, [folder], jobs=1)
    assert _overview(store) == _counted(store)
    assert None not in {s.paragraphs for s in build_record.read(store).states.values()}


def test_while_a_build_runs_the_overview_gives_the_figures_of_the_last_finished_build(tmp_path):
    _, store = _two_documents_built(tmp_path)
    before = _overview(store)
    delete, add = build_record.start(datetime.now(UTC), build_record.read(store).started, "ni:///sha-256;x")
    store.transact(delete=delete, add=add)
    assert _overview(store) == before
