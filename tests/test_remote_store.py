"""The remote store: build, query and export against a real SPARQL 1.1 server (oxigraph serve)."""

import pyoxigraph as ox
import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st
from oxigraph_server import oxigraph_server

from ingest.build import build
from ingest.store import RemoteStore, RemoteStoreError, bind_values, open_store
from ontology import iris
from queries import runner

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of an oxigraph server on a free loopback port, for this module."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


@pytest.fixture(scope="module")
def remote(server) -> RemoteStore:
    """A RemoteStore holding the sample corpus, built through SPARQL Update."""
    store = open_store(endpoint=server + "/query", update_endpoint=server + "/update")
    report = build(store, [CORPUS], jobs=2)
    assert report.ok, report.failures
    return store


def test_bind_values_opens_the_outermost_where_group():
    text = "PREFIX x: <http://x/#where>\n# a { in a comment\nSELECT ?a WHERE { ?a ?b ?c }"
    bound = bind_values(text, {"c": ox.Literal("v")})
    assert bound == ("PREFIX x: <http://x/#where>\n# a { in a comment\n"
                     'SELECT ?a WHERE { VALUES (?c) { ("v") }\n ?a ?b ?c }')


def test_bind_values_skips_a_construct_template():
    bound = bind_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": ox.NamedNode("http://e/1")})
    assert bound == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://e/1>) }\n ?s ?p ?o }"


def test_a_hostile_value_stays_one_literal(remote):
    solutions = remote.query('SELECT ?v WHERE { }', {"v": ox.Literal('"} } DROP ALL #\n')})
    assert [s["v"] for s in solutions] == [ox.Literal('"} } DROP ALL #\n')]
    assert len(remote) > 1000


def _without_build_record(store) -> int:
    """Return the number of quads outside `graph/build` (whose record of builds grows with each build)."""
    return len(store) - len(list(store.quads(iris.graph("build"))))


def test_a_forced_rebuild_replaces_each_document_graph(tmp_path, sample_store):
    graph = iris.document_graph("A/74/285")
    stale = ox.Quad(ox.NamedNode("http://example.org/stale"), ox.NamedNode("http://example.org/p"),
                    ox.Literal("from an earlier build"), ox.NamedNode(graph))
    with oxigraph_server(tmp_path / "oxigraph") as base:  # its own server: the shared one keeps one build
        store = open_store(endpoint=base + "/query", update_endpoint=base + "/update")
        assert build(store, [CORPUS / "A_74_285.zh.txt"], jobs=1).ok
        before = _without_build_record(store)
        store.extend([stale])  # behind unkg's back: only a forced build reads the unchanged file again
        assert build(store, [CORPUS / "A_74_285.zh.txt"], jobs=1, force=True).ok
        assert _without_build_record(store) == before
        assert set(store.quads(graph)) == set(sample_store.quads(graph))


def test_the_remote_store_lists_one_graph_per_document(remote, sample_store):
    assert iris.document_graph("A/79/837") in remote.graphs()
    assert remote.graphs() == sample_store.graphs()


@pytest.mark.parametrize("name", ["documents", "overview"])
def test_canned_queries_answer_as_the_embedded_store_does(remote, sample_store, name):
    canned = runner.load(name)
    local = runner.run(sample_store, canned)
    assert runner.to_records(runner.run(remote, canned)) == runner.to_records(local)


def test_a_bound_parameter_filters_remotely(remote):
    result = runner.run(remote, runner.load("documents"), {"symbol": "A/RES/76/176"})
    assert [r["symbol"] for r in runner.to_records(result)] == ["A/RES/76/176"]


def test_paging_reads_every_quad_of_a_graph(remote, sample_store):
    graph = iris.document_graph("A/RES/76/176")
    small_pages = RemoteStore(remote.endpoint, page_size=500)
    assert set(small_pages.quads(graph)) == set(sample_store.quads(graph))


def test_a_read_only_remote_store_refuses_updates(server):
    store = open_store(endpoint=server + "/query", read_only=True)
    with pytest.raises(RemoteStoreError, match="read-only"):
        store.remove_graph("http://example.org/g")


def test_an_unreachable_server_says_to_check_the_endpoint():
    store = RemoteStore("http://127.0.0.1:9/sparql")
    with pytest.raises(RemoteStoreError, match="check --endpoint"):
        store.graphs()


def test_unkg_query_takes_an_endpoint(remote, built_store_path):
    from typer.testing import CliRunner

    from unkg.cli import app

    args = ["query", "documents", "-p", "symbol=A/79/837", "--format", "csv"]
    remote_run = CliRunner().invoke(app, ["--endpoint", remote.endpoint, *args])
    local_run = CliRunner().invoke(app, ["--store", str(built_store_path), *args])
    assert remote_run.exit_code == 0, remote_run.output
    assert remote_run.stdout == local_run.stdout


def test_unkg_export_takes_an_endpoint(remote, sample_store):
    from typer.testing import CliRunner

    from unkg.cli import app

    result = CliRunner().invoke(app, ["--endpoint", remote.endpoint, "export", "--format", "nquads"])
    assert result.exit_code == 0, result.output
    graph = iris.document_graph("A/HRC/44/25")
    exported = {q for q in ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_QUADS)
                if q.graph_name.value == graph}
    assert exported == set(sample_store.quads(graph))


def test_extend_adds_quads_to_their_named_graphs(server):
    store = open_store(endpoint=server + "/query", update_endpoint=server + "/update")
    graph = ox.NamedNode("http://example.org/extend-test")
    quad = ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                   ox.Literal("值", language="zh"), graph)
    store.extend([quad])
    assert list(store.quads(graph.value)) == [quad]
    store.remove_graph(graph.value)
    assert graph.value not in store.graphs()


def test_bind_values_finds_the_group_of_a_select_without_where():
    bound = bind_values("SELECT * { ?s ?p ?o }", {"p": ox.NamedNode("http://e/p")})
    assert bound == "SELECT * { VALUES (?p) { (<http://e/p>) }\n ?s ?p ?o }"


def test_bind_values_binds_an_ask():
    two = ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    bound = bind_values("ASK WHERE { ?s ?p ?o }", {"o": two})
    assert bound == ('ASK WHERE { VALUES (?o) { ("2"^^<http://www.w3.org/2001/XMLSchema#integer>) }\n'
                     " ?s ?p ?o }")


@settings(max_examples=200, deadline=None)
@given(text=st.text(), lang=st.sampled_from([None, "zh", "en"]))
def test_any_bound_string_comes_back_as_the_same_literal(text, lang):
    value = ox.Literal(text, language=lang)
    sparql = bind_values('SELECT ?v WHERE { FILTER(true) } # "}', {"v": value})
    assert [s["v"] for s in ox.Store().query(sparql)] == [value]


@pytest.fixture(scope="module")
def graph_store_server(tmp_path_factory):
    """Base URL of a second, empty oxigraph server, written to only through the Graph Store Protocol."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-gsp")) as base:
        yield base


@pytest.fixture(scope="module")
def gsp_remote(graph_store_server) -> RemoteStore:
    """A RemoteStore holding the sample corpus, built through Graph Store Protocol PUTs to /store."""
    store = open_store(endpoint=graph_store_server + "/query", graph_store=graph_store_server + "/store")
    report = build(store, [CORPUS], jobs=2)
    assert report.ok, report.failures
    return store


def test_a_build_through_the_graph_store_protocol_holds_what_embedded_does(gsp_remote, sample_store):
    graph = iris.document_graph("A/79/837")
    assert gsp_remote.graphs() == sample_store.graphs()
    assert set(gsp_remote.quads(graph)) == set(sample_store.quads(graph))


def test_a_forced_rebuild_through_the_graph_store_protocol_replaces_each_graph(gsp_remote, sample_store):
    graph = iris.document_graph("A/RES/76/176")
    stale = ox.Quad(ox.NamedNode("http://example.org/stale"), ox.NamedNode("http://example.org/p"),
                    ox.Literal("from an earlier build"), ox.NamedNode(graph))
    gsp_remote.extend([stale])
    assert stale in set(gsp_remote.quads(graph))
    assert build(gsp_remote, [CORPUS], jobs=1, force=True).ok
    assert set(gsp_remote.quads(graph)) == set(sample_store.quads(graph))
    assert _without_build_record(gsp_remote) == _without_build_record(sample_store)


def test_removing_a_missing_graph_through_the_graph_store_protocol_is_no_error(gsp_remote):
    gsp_remote.remove_graph("http://example.org/never-written")
    assert "http://example.org/never-written" not in gsp_remote.graphs()


def test_unkg_build_takes_a_graph_store(tmp_path):
    from typer.testing import CliRunner

    from unkg.cli import app

    with oxigraph_server(tmp_path / "oxigraph") as base:
        args = ["--endpoint", base + "/query", "--graph-store", base + "/store", "build",
                str(CORPUS / "A_74_285.zh.txt"), "--jobs", "1"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        graphs = open_store(endpoint=base + "/query").graphs()
    assert graphs == [iris.graph("build"), iris.document_graph("A/74/285"), iris.graph("ontology"),
                      iris.graph("reference")]
