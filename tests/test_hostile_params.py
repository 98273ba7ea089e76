"""Hostile parameter values: every canned query parameter, from the runner, the CLI, the explorer and
the endpoint, reaches SPARQL as one bound RDF term, so no value can change what a query means.

For each parameter the expectation is the answer to a plain value that the query treats the same
way: an unknown value for a parameter matched by equality, or, for the date bounds of `activities`
(compared as strings with the dates' leading digits), a plain value on the same side of the digits.
"""

import socket

import pyoxigraph as ox
import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from app_pages import data, sandbox
from app_pages.i18n import labels
from ingest.store import bind_values
from queries import QUERIES_DIR, runner
from unkg.cli import app
from unkg.serve.endpoint import serving

HOSTILE = [
    '"} ; DROP ALL #',
    'x" . ?s ?p ?o #',
    "x' } UNION { ?s ?p ?o } #",
    "<http://evil>",
    "a\nb",
    "# comment",
    "}}}",
    "\\u0022",
    '""" ) } #',
    "?s",
    "A/79/837 ",
]
UNKNOWN = {"string": "zz-unknown", "iri": "urn:unkg:unknown"}
CASES = [(name, param) for name in runner.available() for param in runner.load(name).params]


def twin(name: str, param: runner.Param, value: str) -> str:
    """Return the plain value that `name` treats as it treats `value` for `param`."""
    if name == "activities" and param.name in ("from", "to"):
        return "0" if value[0] < "0" else "a"
    return UNKNOWN[param.type]


class Recorder:
    """A store that records the SPARQL text and substitutions it is asked, then asks the real store."""

    def __init__(self, store) -> None:
        """Wrap `store`."""
        self.store, self.calls = store, []

    def query(self, sparql: str, substitutions: dict | None = None):
        """Record the call; return the real store's answer."""
        self.calls.append((sparql, substitutions))
        return self.store.query(sparql, substitutions)


def _outcome(store, name: str, values: dict[str, str]):
    try:
        return runner.run(store, runner.load(name), values).rows
    except runner.BadQueryParameter:
        return "refused"


@pytest.mark.slow
@pytest.mark.parametrize("name, param", CASES, ids=[f"{n}-{p.name}" for n, p in CASES])
def test_a_hostile_value_means_what_a_plain_value_means(sample_store, name, param):
    got = {value: _outcome(sample_store, name, {param.name: value}) for value in HOSTILE}
    twins = {twin(name, param, value) for value in HOSTILE}
    answers = {plain: _outcome(sample_store, name, {param.name: plain}) for plain in twins}
    if param.type == "iri":  # not an IRI: refused with a message, never run
        assert got == {value: "refused" for value in HOSTILE}
    else:
        assert got == {value: answers[twin(name, param, value)] for value in HOSTILE}


@pytest.mark.parametrize("name, param", CASES, ids=[f"{n}-{p.name}" for n, p in CASES])
def test_the_query_text_sent_is_the_file_and_the_value_one_term(sample_store, name, param):
    store = Recorder(sample_store)
    value = HOSTILE[0] if param.type == "string" else "urn:x:a#b"
    runner.run(store, runner.load(name), {param.name: value})
    term = ox.Literal(value) if param.type == "string" else ox.NamedNode(value)
    assert store.calls == [((QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8"), {param.name: term})]


@pytest.mark.parametrize("name", runner.available())
def test_no_query_file_holds_a_placeholder_for_string_formatting(name):
    canned = runner.load(name)
    text = canned.text
    holes = [f"{{{p.name}}}" for p in canned.params] + [f"%({p.name})s" for p in canned.params]
    assert [hole for hole in holes + ["%s", "{}", "{0}"] if hole in text] == []


def test_the_remote_store_binds_every_hostile_value_as_the_same_literal(sample_store):
    canned = runner.load("documents")
    for value in HOSTILE:
        sparql = bind_values(canned.text, {"symbol": ox.Literal(value)})
        assert list(sample_store.query(sparql)) == []
        alone = bind_values("SELECT ?v WHERE { }", {"v": ox.Literal(value)})
        assert [s["v"] for s in sample_store.query(alone)] == [ox.Literal(value)]


# The command line.

def _unkg(store, *args: str):
    return CliRunner().invoke(app, ["--store", str(store), "query", *args, "--format", "csv"])


@pytest.mark.slow
@pytest.mark.parametrize("value", HOSTILE)
def test_unkg_query_prints_for_a_hostile_value_what_it_prints_for_an_unknown_one(built_store_path, value):
    hostile = _unkg(built_store_path, "documents", "-p", f"symbol={value}")
    plain = _unkg(built_store_path, "documents", "-p", "symbol=zz-unknown")
    assert (hostile.exit_code, hostile.stdout) == (0, plain.stdout)


def test_unkg_query_refuses_a_hostile_iri_in_one_line(built_store_path):
    result = _unkg(built_store_path, "fact", "-p", 'fact=urn:x"} ; DROP ALL #')
    assert result.exit_code == 1
    assert result.stderr == ("Error: parameter 'fact' of query 'fact' must be a iri, "
                             "not 'urn:x\"} ; DROP ALL #'\n")


# The explorer: the pages' cached queries and the console's canned queries.

def test_the_explorer_queries_answer_a_hostile_value_as_an_unknown_one(built_store_path):
    path = str(built_store_path)
    plain = data.query("documents", (("symbol", "zz-unknown"),), path)
    answers = {v: data.query("documents", (("symbol", v),), path) for v in HOSTILE}
    assert answers == {v: plain for v in HOSTILE}


def test_the_console_binds_a_hostile_value_of_a_canned_query(built_store_path):
    def ask(value):
        request = {"store": str(built_store_path), "name": "documents", "params": {"symbol": value}}
        return sandbox.answer(request)

    plain = ask("zz-unknown")
    assert plain["rows"] == []
    assert {v: ask(v) for v in HOSTILE} == {v: plain for v in HOSTILE}


@pytest.mark.slow
def test_a_hostile_parameter_in_the_console_address_shows_no_rows(built_store_path, monkeypatch):
    monkeypatch.setenv("UNKG_STORE", str(built_store_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.query_params["query"] = "documents"
    at.query_params["p.symbol"] = '"} ; DROP ALL #'
    at = at.switch_page("app_pages/console.py").run()
    assert not at.exception
    assert at.text_input[0].value == '"} ; DROP ALL #'
    assert [c.value for c in at.caption][-1] == labels()["no_rows"]["en"]
    assert not at.error


# The endpoint's entity pages take the rest of the path as an IRI.

@pytest.fixture(scope="module")
def server(built_store_path):
    """`unkg serve` over the sample corpus on a free loopback port."""
    with serving(str(built_store_path), workers=1, seconds=5.0) as served:
        yield served


def _raw_get(port: int, path: str) -> tuple[int, str]:
    """Send `path` as it is, bytes the client libraries would escape included; return status and body."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n"
                     .encode())
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    head, _, body = reply.decode().partition("\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.slow
@pytest.mark.parametrize("path, status", [
    ('/id/org/x"}', 400),
    ("/id/org/x>", 400),
    ("/id/org/x}%20.%20?s%20?p%20?o%20#", 400),
    ("/id/org/x%22%7D%20DROP%20ALL", 404),
    ("/id/org/undp%3E%20%3Fp%20%3Fo", 404),
])
def test_a_hostile_entity_path_is_an_iri_or_a_400(server, path, status):
    got, body = _raw_get(server.server_port, path)
    assert got == status
    assert body.startswith("not a valid IRI" if status == 400 else "the graph says nothing about")
    assert _raw_get(server.server_port, "/id/org/undp")[0] == 200
