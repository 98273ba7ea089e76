"""Hostile queries: updates in every spelling, SERVICE calls to other hosts, runaway queries.

The endpoint is driven over HTTP (GET `query=`, POST form, POST `application/sparql-query`, POST
`application/sparql-update`), the explorer's console through its sandbox. A small HTTP server on
loopback stands for "another host": it counts every request that reaches it, so a test can show that
a refused SERVICE or LOAD never left the process, and that each SERVICE spelling refused is one
pyoxigraph would really have sent.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app_pages import data, sandbox
from ingest.store import GraphStore
from unkg.serve import guard
from unkg.serve.endpoint import serving

COUNT_DOCUMENTS = (
    "PREFIX dcterms: <http://purl.org/dc/terms/> "
    "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d dcterms:identifier ?s ; dcterms:language ?l } }"
)
RUNAWAY = ("SELECT (COUNT(*) AS ?n) "
           "WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?r } GRAPH ?c { ?u ?v ?w } }")
HTTP = httpx.Client(timeout=30)  # one client: a new one per request costs more than the request
EMPTY_RESULTS = b'{"head": {"vars": ["s", "p", "o"]}, "results": {"bindings": []}}'

# {url} is the other host's address, {base} its root.
UPDATES = [
    "DROP ALL",
    "drop all",
    "DrOp\tAlL",
    "DROP\nALL",
    "CLEAR DEFAULT",
    "CLEAR SILENT ALL",
    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }",
    "insert data { <urn:x:s> <urn:x:p> <urn:x:o> }",
    r"\u0049NSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }",
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DELETE#a comment between the keywords\nWHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX drop: <urn:x:> DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
    "WITH <urn:x:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "LOAD <{url}>",
    "load silent <{url}> into graph <urn:x:g>",
    "CREATE GRAPH <urn:x:g>",
    "ADD DEFAULT TO <urn:x:g>",
    "MOVE SILENT DEFAULT TO <urn:x:g>",
    "COPY DEFAULT TO <urn:x:g>",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "ASK {} ;\nCLEAR ALL",
]
# Each is a query pyoxigraph runs by calling the other host (see the test that shows it).
SERVICES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICESILENT<{url}>{ ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE#a comment\n<{url}> { ?s ?p ?o } }",
    "PREFIX e: <{base}> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c.SERVICE<{url}>{ ?s ?p ?o } }",
    "PREFIX : <{base}> SELECT * WHERE { FILTER(1<2)SERVICE:sparql#>\n{ ?s ?p ?o } }",
    "SELECT * WHERE { { SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
    "ASK { SERVICE <{url}> { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
]
# Refused too, though pyoxigraph would not call with them: it decodes no escape outside strings and
# IRIs (a parser that does would), and takes the IRI of SERVICE ?u only from VALUES after it.
UNCALLED_SERVICES = [
    r"SELECT * WHERE { \u0053ERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<{url}> AS ?u) SERVICE ?u { ?s ?p ?o } }",
]
# Queries that only look like the above: they run.
LOOKALIKES = [
    "SELECT ?service ?drop ?copy WHERE { BIND(1 AS ?service) }",
    'SELECT ?x WHERE { BIND("SERVICE <{url}> {} ; DROP ALL" AS ?x) }',
    "SELECT ?x WHERE { BIND(<{base}service-description#drop> AS ?x) } # SERVICE <{url}> {}",
    "PREFIX ex: <urn:x:> SELECT ?x WHERE { BIND(ex:drop AS ?x) }",
]


class OtherHost:
    """An HTTP server on loopback that answers every request with no results and counts them."""

    def __init__(self) -> None:
        """Start serving on a free port."""
        self.hits = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(EMPTY_RESULTS)))
                self.end_headers()
                self.wfile.write(EMPTY_RESULTS)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_port}/"

    def fill(self, template: str) -> str:
        """Return `template` with {url} and {base} naming this host."""
        return fill(template, self.base)


def fill(template: str, base: str = "http://127.0.0.1:9/") -> str:
    """Return `template` with {url} and {base} naming the host at `base`."""
    return template.replace("{url}", base + "sparql").replace("{base}", base)


@pytest.fixture(scope="module")
def other_host():
    """The other host; its count of requests starts empty for each test."""
    host = OtherHost()
    yield host
    host.server.shutdown()


@pytest.fixture
def host(other_host):
    other_host.hits.clear()
    return other_host


def _serve(path: str, seconds: float):
    return serving(path, workers=2, seconds=seconds, max_bytes=1_000_000)


@pytest.fixture(scope="module")
def endpoint(built_store_path):
    """`unkg serve` over the sample corpus on a free loopback port, with a 2 s time limit."""
    with _serve(str(built_store_path), seconds=2.0) as server:
        yield f"http://127.0.0.1:{server.server_port}/sparql"


def _wait_until(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        time.sleep(0.01)


def _count(endpoint) -> str:
    return HTTP.get(endpoint, params={"query": COUNT_DOCUMENTS}, headers={"Accept": "text/csv"}).text


TRANSPORTS = {
    "GET query=": lambda url, q: HTTP.get(url, params={"query": q}),
    "POST form query=": lambda url, q: HTTP.post(url, data={"query": q}),
    "POST sparql-query": lambda url, q: HTTP.post(
        url, content=q.encode(), headers={"Content-Type": "application/sparql-query"}),
    "POST sparql-update": lambda url, q: HTTP.post(
        url, content=q.encode(), headers={"Content-Type": "application/sparql-update"}),
    "GET update=": lambda url, q: HTTP.get(url, params={"update": q}),
    "POST form update=": lambda url, q: HTTP.post(url, data={"update": q}),
}


# The guard on its own.

@pytest.mark.parametrize("text", UPDATES)
def test_every_update_spelling_reads_as_an_update(text):
    assert guard.is_update(fill(text))


@pytest.mark.parametrize("text", SERVICES + UNCALLED_SERVICES)
def test_every_service_spelling_is_refused(text):
    assert guard.calls_service(fill(text))


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_neither_updates_nor_service_calls(text):
    assert not guard.is_update(fill(text))
    assert not guard.calls_service(fill(text))


@given(st.text())
def test_any_text_inside_a_string_literal_is_harmless(text):
    query = f"SELECT ?x WHERE {{ BIND({ox.Literal(text.replace(chr(92), ''))} AS ?x) }}"
    assert not guard.is_update(query)
    assert not guard.calls_service(query)


@given(st.sampled_from(SERVICES), st.lists(st.booleans(), min_size=7, max_size=7))
def test_service_is_refused_in_any_letter_case(template, upper):
    cased = "".join(c.upper() if up else c.lower() for c, up in zip("service", upper, strict=True))
    assert guard.calls_service(fill(template).replace("SERVICE", cased).replace("service", cased))


def test_each_refused_service_spelling_would_really_call_the_other_host(host):
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o")))
    called = []
    for template in SERVICES:
        before = len(host.hits)
        result = store.query(host.fill(template))
        bool(result) if isinstance(result, ox.QueryBoolean) else list(result)
        called.append(len(host.hits) > before)
    assert called == [True] * len(SERVICES)


def test_lookalikes_run_and_call_no_one(host):
    store = ox.Store()
    for template in LOOKALIKES:
        list(store.query(host.fill(template)))
    assert host.hits == []


# The endpoint.

@pytest.mark.slow
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_endpoint_refuses_every_update_spelling_and_the_graph_stays_whole(
        endpoint, built_store_path, host, transport):
    quads = len(GraphStore(built_store_path, read_only=True))
    answers = {}
    for template in UPDATES:
        response = TRANSPORTS[transport](endpoint, host.fill(template))
        answers[template] = (response.status_code in (400, 403), "read-only" in response.text)
    assert answers == {template: (True, True) for template in UPDATES}
    assert host.hits == []
    assert len(GraphStore(built_store_path, read_only=True)) == quads
    assert _count(endpoint) == "n\r\n5\r\n"


@pytest.mark.slow
@pytest.mark.parametrize("transport", ["GET query=", "POST form query=", "POST sparql-query"])
def test_the_endpoint_refuses_every_service_call_and_sends_nothing(endpoint, host, transport):
    answers = {}
    for template in SERVICES + UNCALLED_SERVICES:
        response = TRANSPORTS[transport](endpoint, host.fill(template))
        answers[template] = (response.status_code, response.text)
    assert answers == {t: (403, guard.NO_SERVICE + "\n") for t in SERVICES + UNCALLED_SERVICES}
    assert host.hits == []


@pytest.mark.slow
def test_the_endpoint_answers_the_lookalikes(endpoint, host):
    statuses = [TRANSPORTS["GET query="](endpoint, host.fill(t)).status_code for t in LOOKALIKES]
    assert statuses == [200] * len(LOOKALIKES)
    assert host.hits == []


@pytest.mark.slow
def test_a_runaway_query_is_stopped_while_another_client_is_answered(built_store_path):
    with _serve(str(built_store_path), seconds=4.0) as server:
        url = f"http://127.0.0.1:{server.server_port}/sparql"
        assert _count(url) == _count(url) == "n\r\n5\r\n"  # both workers up
        runaway = {}
        thread = threading.Thread(target=lambda: runaway.update(
            response=httpx.get(url, params={"query": RUNAWAY}, timeout=60)))
        thread.start()
        _wait_until(lambda: server.pool.idle() == 1)  # the runaway query holds one worker
        others = [_count(url) for _ in range(3)]
        answered_while_running = thread.is_alive()
        thread.join()
        assert others == ["n\r\n5\r\n"] * 3
        assert answered_while_running
        assert runaway["response"].status_code == 503
        assert runaway["response"].text == ("the query ran longer than this endpoint's time limit of 4 s "
                                            "and was stopped; narrow it or add LIMIT\n")
        assert [_count(url) for _ in range(3)] == ["n\r\n5\r\n"] * 3


@pytest.mark.slow
def test_a_request_body_that_is_not_utf8_is_a_400_and_the_server_goes_on(endpoint):
    headers = {"Content-Type": "application/sparql-query"}
    response = httpx.post(endpoint, content=b"SELECT \xff", headers=headers)
    assert (response.status_code, response.text) == (400, "the request body is not UTF-8\n")
    assert _count(endpoint) == "n\r\n5\r\n"


# The explorer's console.

def _console(path, text: str) -> dict:
    return sandbox.answer({"store": str(path), "text": text, "rows": 10})


def test_the_console_refuses_every_update_spelling(built_store_path, host):
    answers = {t: _console(built_store_path, host.fill(t)) for t in UPDATES}
    assert answers == {t: {"error": sandbox.REFUSED} for t in UPDATES}
    assert host.hits == []


def test_the_console_refuses_every_service_call(built_store_path, host):
    answers = {t: _console(built_store_path, host.fill(t)) for t in SERVICES + UNCALLED_SERVICES}
    assert answers == {t: {"error": sandbox.NO_SERVICE} for t in SERVICES + UNCALLED_SERVICES}
    assert host.hits == []


def test_the_console_cuts_an_oversized_cell_and_says_so(built_store_path):
    length_query = "SELECT (STRLEN(GROUP_CONCAT(STR(?o))) AS ?x) WHERE { GRAPH ?g { ?s ?p ?o } }"
    length = int(_console(built_store_path, length_query)["rows"][0]["x"])
    concat_query = "SELECT (GROUP_CONCAT(STR(?o)) AS ?x) WHERE { GRAPH ?g { ?s ?p ?o } }"
    cell = _console(built_store_path, concat_query)["rows"][0]["x"]
    assert length > sandbox.CELL_CHARS
    assert cell.endswith(f" … [cut: {length} characters; the console shows {sandbox.CELL_CHARS} per cell]")
    assert len(cell) < sandbox.CELL_CHARS + 100


def test_the_console_runs_a_query_with_update_words_as_names(built_store_path):
    answer = _console(built_store_path, "SELECT ?copy ?drop WHERE { BIND(1 AS ?copy) BIND(2 AS ?drop) }")
    assert answer == {"columns": ["copy", "drop"], "rows": [{"copy": "1", "drop": "2"}], "truncated": False}


@pytest.mark.slow
def test_the_console_process_refuses_a_service_call(built_store_path, host, monkeypatch):
    monkeypatch.setenv("UNKG_STORE", str(built_store_path))
    result = data.console_run(host.fill(SERVICES[0]))
    assert result == data.ConsoleResult(error=sandbox.NO_SERVICE)
    assert host.hits == []


@pytest.mark.slow
def test_a_runaway_console_query_is_stopped_while_another_is_answered(built_store_path, monkeypatch):
    monkeypatch.setenv("UNKG_STORE", str(built_store_path))
    monkeypatch.setattr(data, "CONSOLE_SECONDS", 4.0)
    runaway = {}
    thread = threading.Thread(target=lambda: runaway.update(result=data.console_run(RUNAWAY)))
    thread.start()
    other = data.console_run(COUNT_DOCUMENTS)
    thread.join()
    assert other == data.ConsoleResult(columns=["n"], rows=[{"n": "5"}])
    assert runaway["result"] == data.ConsoleResult(timed_out=True)
