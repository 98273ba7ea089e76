"""`unkg serve`: the SPARQL 1.1 Protocol endpoint and linked-data server, driven over HTTP with httpx."""

import csv
import io

import httpx
import pyoxigraph as ox
import pytest

from unkg.serve.endpoint import serving

pytestmark = pytest.mark.slow

COUNT_DOCUMENTS = (
    "PREFIX dcterms: <http://purl.org/dc/terms/> "
    "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d dcterms:identifier ?s ; dcterms:language ?l } }"
)
UNDP = "https://w3id.org/unkg/id/org/undp"
UNDP_GRAPH = (
    "CONSTRUCT { ?org ?p ?o } WHERE { GRAPH ?g { ?org ?p ?o } "
    f"FILTER(?org = <{UNDP}>) }}"
)
# Three copies of every quad joined with no shared variable: trillions of rows, never done.
RUNAWAY = ("SELECT (COUNT(*) AS ?n) "
           "WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?r } GRAPH ?c { ?u ?v ?w } }")
MAX_BYTES = 200_000
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@pytest.fixture(scope="module")
def endpoint(built_store_path):
    """Base URL of `unkg serve` over the sample corpus on a free loopback port; 1 s, 200 kB per answer."""
    with serving(str(built_store_path), workers=2, seconds=1.0, max_bytes=MAX_BYTES) as server:
        yield f"http://127.0.0.1:{server.server_port}"


def _triples(data: bytes, fmt: ox.RdfFormat) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=fmt)}


def _get(endpoint, query, accept=None):
    headers = {"Accept": accept} if accept else {}
    return httpx.get(endpoint + "/sparql", params={"query": query}, headers=headers, timeout=30)


@pytest.mark.parametrize("accept, fmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_select_results_parse_in_every_format(endpoint, accept, fmt):
    response = _get(endpoint, COUNT_DOCUMENTS, accept)
    assert response.status_code == 200
    assert response.headers["content-type"] == accept
    solutions = ox.parse_query_results(response.content, format=fmt)
    assert [s["n"] for s in solutions] == [ox.Literal("5", datatype=ox.NamedNode(XSD_INTEGER))]


def test_select_results_parse_as_csv(endpoint):
    response = _get(endpoint, COUNT_DOCUMENTS, "text/csv")
    assert response.headers["content-type"] == "text/csv"
    assert list(csv.DictReader(io.StringIO(response.text))) == [{"n": "5"}]


@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_graphs_parse_in_every_syntax(endpoint, sample_store, accept, fmt):
    response = _get(endpoint, UNDP_GRAPH, accept)
    assert response.status_code == 200
    assert response.headers["content-type"] == accept
    assert _triples(response.content, fmt) == set(sample_store.query(UNDP_GRAPH))


def test_an_ask_answers_true_as_json(endpoint):
    response = _get(endpoint, f"ASK {{ GRAPH ?g {{ <{UNDP}> ?p ?o }} }}")
    assert response.json() == {"head": {}, "boolean": True}


def test_without_accept_select_is_json_and_construct_is_turtle(endpoint):
    assert _get(endpoint, COUNT_DOCUMENTS).headers["content-type"] == "application/sparql-results+json"
    assert _get(endpoint, UNDP_GRAPH).headers["content-type"] == "text/turtle"


def test_the_highest_quality_acceptable_type_wins(endpoint):
    response = _get(endpoint, COUNT_DOCUMENTS, "application/json;q=0.5, text/csv;q=0.9, text/html")
    assert response.headers["content-type"] == "text/csv"
    assert response.text == "n\r\n5\r\n"


def test_an_unacceptable_type_is_406(endpoint):
    response = _get(endpoint, COUNT_DOCUMENTS, "image/png")
    assert response.status_code == 406


def test_post_form_and_post_query_body_answer_alike(endpoint):
    form = httpx.post(endpoint + "/sparql", data={"query": COUNT_DOCUMENTS},
                      headers={"Accept": "text/csv"})
    body = httpx.post(endpoint + "/sparql", content=COUNT_DOCUMENTS.encode(),
                      headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert form.text == body.text == "n\r\n5\r\n"


@pytest.mark.parametrize("send", [
    lambda url: httpx.post(url, data={"update": "DROP ALL"}),
    lambda url: httpx.post(url, content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
    lambda url: httpx.get(url, params={"update": "DROP ALL"}),
])
def test_updates_are_refused(endpoint, send):
    response = send(endpoint + "/sparql")
    assert response.status_code == 403
    assert response.text.startswith("this endpoint is read-only")
    assert _get(endpoint, COUNT_DOCUMENTS, "text/csv").text == "n\r\n5\r\n"


def test_an_update_sent_as_a_query_is_a_syntax_error(endpoint):
    response = _get(endpoint, "DROP ALL")
    assert response.status_code == 400
    assert response.text.startswith("the query is not valid SPARQL 1.1")


def test_a_runaway_query_is_stopped_and_the_server_goes_on(endpoint):
    response = _get(endpoint, RUNAWAY)
    assert response.status_code == 503
    assert "time limit of 1 s" in response.text
    for _ in range(3):  # more queries than workers: the killed worker was replaced
        assert _get(endpoint, COUNT_DOCUMENTS, "text/csv").text == "n\r\n5\r\n"


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_an_answer_over_the_size_limit_is_refused(endpoint, query):
    response = _get(endpoint, query)
    assert response.status_code == 422
    assert response.text == (f"the answer is larger than {MAX_BYTES} bytes, this endpoint's limit; "
                             "narrow the query or page through it with LIMIT and OFFSET\n")


def test_an_answer_under_the_size_limit_is_whole(endpoint):
    tsv = "text/tab-separated-values"
    response = _get(endpoint, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 100", tsv)
    assert len(list(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.TSV))) == 100


def test_responses_allow_any_origin_and_preflight_is_answered(endpoint):
    assert _get(endpoint, COUNT_DOCUMENTS).headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(endpoint + "/sparql", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]


@pytest.mark.parametrize("path", ["/", "/sparql"])
def test_the_service_description_names_the_endpoint(endpoint, path):
    response = httpx.get(endpoint + path, headers={"Accept": "text/turtle"})
    triples = _triples(response.content, ox.RdfFormat.TURTLE)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    here = ox.NamedNode(endpoint + "/sparql")
    assert ox.Triple(here, ox.NamedNode(sd + "endpoint"), here) in triples
    query11 = ox.NamedNode(sd + "SPARQL11Query")
    assert ox.Triple(here, ox.NamedNode(sd + "supportedLanguage"), query11) in triples


def test_an_entity_iri_dereferences_to_its_triples(endpoint):
    response = httpx.get(endpoint + "/id/org/undp", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    triples = _triples(response.content, ox.RdfFormat.N_TRIPLES)
    pref = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    assert ox.Triple(ox.NamedNode(UNDP), pref, ox.Literal("联合国开发计划署", language="zh")) in triples
    assert ox.Triple(ox.NamedNode(UNDP), ox.NamedNode("http://www.w3.org/ns/org#subOrganizationOf"),
                     ox.NamedNode("https://w3id.org/unkg/id/org/ga")) in triples


def test_a_browser_gets_a_readable_page(endpoint):
    response = httpx.get(endpoint + "/id/org/undp", headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "<h1>United Nations Development Programme</h1>" in response.text
    assert '<a href="/id/org/ga">General Assembly</a>' in response.text
    assert '<a href="/ontology#FundProgramme">fund or programme</a>' in response.text


def test_an_unknown_entity_is_404(endpoint):
    response = httpx.get(endpoint + "/id/org/no-such-organisation", headers={"Accept": "text/turtle"})
    assert response.status_code == 404
    assert response.text == "the graph says nothing about <https://w3id.org/unkg/id/org/no-such-organisation>\n"


def test_the_ontology_is_served_as_html_and_as_rdf(endpoint):
    html = httpx.get(endpoint + "/ontology", headers={"Accept": "text/html"})
    assert '<section class="term" id="Document">' in html.text
    turtle = httpx.get(endpoint + "/ontology", headers={"Accept": "text/turtle"})
    document = ox.NamedNode("https://w3id.org/unkg/ontology#Document")
    owl_class = ox.NamedNode("http://www.w3.org/2002/07/owl#Class")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    assert ox.Triple(document, rdf_type, owl_class) in _triples(turtle.content, ox.RdfFormat.TURTLE)


def test_the_jsonld_context_is_published(endpoint):
    context = httpx.get(endpoint + "/context.jsonld").json()["@context"]
    assert context["unkg"] == "https://w3id.org/unkg/ontology#"


def test_a_document_graph_iri_dereferences_to_its_triples(endpoint, sample_store):
    graph = "https://w3id.org/unkg/graph/document/A/RES/76/176"
    nt = {"Accept": "application/n-triples"}
    response = httpx.get(endpoint + "/graph/document/A/RES/76/176", headers=nt)
    assert response.status_code == 200
    expected = {ox.Triple(q.subject, q.predicate, q.object) for q in sample_store.quads(graph)}
    assert _triples(response.content, ox.RdfFormat.N_TRIPLES) == expected


def test_unkg_serve_before_a_build_says_to_build(tmp_path):
    from typer.testing import CliRunner

    from unkg.cli import app

    result = CliRunner().invoke(app, ["--store", str(tmp_path / "none"), "serve", "--port", "0"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no graph at {tmp_path / 'none'}; run 'unkg build' first (or pass --store PATH)\n")


def test_unkg_serve_refuses_an_endpoint(tmp_path):
    from typer.testing import CliRunner

    from unkg.cli import app

    result = CliRunner().invoke(app, ["--endpoint", "http://127.0.0.1:9/sparql", "serve"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: unkg serve serves the embedded store; "
                             "--endpoint already names a SPARQL server\n")


SYMBOLS = ("PREFIX dcterms: <http://purl.org/dc/terms/> "
           "SELECT ?s WHERE { ?d dcterms:identifier ?s ; dcterms:language ?l } ORDER BY ?s")
NAMED_SYMBOLS = ("PREFIX dcterms: <http://purl.org/dc/terms/> "
                 "SELECT ?g ?s WHERE { GRAPH ?g { ?d dcterms:identifier ?s ; dcterms:language ?l } } "
                 "ORDER BY ?s")
DOC_GRAPH = "https://w3id.org/unkg/graph/document/"


def _csv(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(response.text)))


def test_default_graph_uri_makes_those_graphs_the_default_graph(endpoint):
    params = [("query", SYMBOLS), ("default-graph-uri", DOC_GRAPH + "A/RES/76/176"),
              ("default-graph-uri", DOC_GRAPH + "A/62/296")]
    response = httpx.get(endpoint + "/sparql", params=params, headers={"Accept": "text/csv"})
    assert _csv(response) == [{"s": "A/62/296"}, {"s": "A/RES/76/176"}]


def test_without_dataset_parameters_the_default_graph_is_empty(endpoint):
    assert _csv(_get(endpoint, SYMBOLS, "text/csv")) == []


def test_named_graph_uri_in_a_post_form_limits_the_named_graphs(endpoint):
    form = {"query": NAMED_SYMBOLS, "named-graph-uri": [DOC_GRAPH + "A/79/837", DOC_GRAPH + "A/HRC/44/25"]}
    response = httpx.post(endpoint + "/sparql", data=form, headers={"Accept": "text/csv"})
    assert _csv(response) == [{"g": DOC_GRAPH + "A/79/837", "s": "A/79/837"},
                              {"g": DOC_GRAPH + "A/HRC/44/25", "s": "A/HRC/44/25"}]


def test_a_posted_query_body_takes_the_dataset_from_the_url(endpoint):
    response = httpx.post(endpoint + "/sparql", params={"default-graph-uri": DOC_GRAPH + "A/74/285"},
                          content=SYMBOLS.encode(),
                          headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert _csv(response) == [{"s": "A/74/285"}]


def test_dataset_parameters_override_from_in_the_query(endpoint):
    query = SYMBOLS.replace("SELECT ?s WHERE", f"SELECT ?s FROM <{DOC_GRAPH}A/79/837> WHERE")
    params = {"query": query, "default-graph-uri": DOC_GRAPH + "A/74/285"}
    response = httpx.get(endpoint + "/sparql", params=params, headers={"Accept": "text/csv"})
    assert _csv(response) == [{"s": "A/74/285"}]


def test_a_graph_uri_that_is_not_an_iri_is_400(endpoint):
    params = {"query": SYMBOLS, "named-graph-uri": "not an iri"}
    response = httpx.get(endpoint + "/sparql", params=params)
    assert response.status_code == 400
    assert response.text == "named-graph-uri must be an absolute IRI, not 'not an iri'\n"


def test_a_finished_rebuild_is_seen_without_a_restart(tmp_path):
    import time

    from conftest import CORPUS

    from ingest.build import build
    from ingest.store import GraphStore

    path = tmp_path / "store"
    first = GraphStore(path)
    assert build(first, [CORPUS / "A_RES_76_176.zh.txt"], jobs=1).ok
    del first
    with serving(str(path), workers=2, seconds=30, refresh=0.2) as server:
        base = f"http://127.0.0.1:{server.server_port}"
        symbols = NAMED_SYMBOLS.replace("?g ?s", "?s")
        assert _csv(_get(base, symbols, "text/csv")) == [{"s": "A/RES/76/176"}]
        second = GraphStore(path)
        assert build(second, [CORPUS / "A_62_296.zh.txt"], jobs=1).ok
        del second
        deadline, seen = time.monotonic() + 60, []
        while time.monotonic() < deadline:
            seen = _csv(_get(base, symbols, "text/csv"))
            if len(seen) == 2:
                break
            time.sleep(0.1)
        assert seen == [{"s": "A/62/296"}, {"s": "A/RES/76/176"}]


def test_a_query_whose_worker_died_is_answered_by_a_fresh_one(built_store_path):
    with serving(str(built_store_path), workers=1, seconds=30, refresh=0) as server:
        base = f"http://127.0.0.1:{server.server_port}"
        assert _get(base, "ASK { GRAPH ?g { ?s ?p ?o } }", "text/csv").status_code == 200
        dead = server.pool._idle.queue[0]
        dead.process.kill()
        dead.process.join()
        assert _csv(_get(base, NAMED_SYMBOLS.replace("?g ?s", "?s"), "text/csv"))[0] == {"s": "A/62/296"}
