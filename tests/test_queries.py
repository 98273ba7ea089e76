"""Every canned query is valid SPARQL whose header matches its variables; parameters are bound."""

import re
from pathlib import Path

import pytest
from conftest import ROOT
from rdflib.plugins.sparql import prepareQuery

from queries import QUERIES_DIR, runner

ALL = runner.available()


@pytest.mark.parametrize("name", ALL)
def test_query_header_declares_title_and_columns(name):
    query = runner.load(name)
    assert query.title, f"{name}.rq needs '# title:'"
    assert query.columns, f"{name}.rq needs '# columns:'"


@pytest.mark.parametrize("name", ALL)
def test_declared_columns_are_the_select_variables(name):
    query = runner.load(name)
    parsed = prepareQuery(query.text)
    projected = [str(v) for v in parsed.algebra["PV"]]
    # Parameters that are not columns are projected after them (pyoxigraph needs that to bind them).
    assert projected[: len(query.columns)] == query.columns
    assert set(projected[len(query.columns):]) <= {p.name for p in query.params}


@pytest.mark.parametrize("name", ALL)
def test_declared_params_are_variables_of_the_query(name):
    query = runner.load(name)
    for param in query.params:
        assert re.search(rf"\?{param.name}\b", query.text), f"?{param.name} not in {name}.rq"


def test_a_bad_param_type_is_refused_with_the_expected_type():
    query = runner.parse_header("q", Path("q.rq"), "# param: year integer – a year\nSELECT * {}")
    with pytest.raises(runner.BadQueryParameter, match="must be a integer, not 'twenty'"):
        query.bind({"year": "twenty"})


def test_a_missing_required_param_says_how_to_pass_it():
    query = runner.parse_header("q", Path("q.rq"), "# param: symbol string – symbol\nSELECT * {}")
    with pytest.raises(runner.BadQueryParameter, match="needs symbol; add -p symbol=VALUE"):
        query.bind({})


def test_a_hostile_value_is_bound_as_a_literal_not_pasted(sample_store):
    rows = runner.run(sample_store, runner.load("documents"),
                      {"symbol": '" } UNION { ?s ?p ?o } #'}).rows
    assert rows == []


def test_an_optional_param_left_out_matches_everything(sample_store):
    rows = runner.run(sample_store, runner.load("documents")).rows
    assert len(rows) == 5


def test_csv_cells_are_plain_lexical_forms_and_empty_when_unbound():
    import pyoxigraph as ox

    result = runner.Result(
        ["a", "b", "c"],
        [[ox.NamedNode("https://x.org/1"), ox.Literal("标签", language="zh"), None],
         [ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
          ox.Literal("say \"hi\", then"), None]],
    )
    assert runner.format_delimited(result) == (
        'a,b,c\nhttps://x.org/1,标签,\n3,"say ""hi"", then",\n'
    )


_PASTING = re.compile(r"(f\"\"\"|f'''|\.format\(|%\s*\()")


def _python_files():
    for folder in ("queries", "app_pages", "ingest", "unkg"):
        yield from (ROOT / folder).rglob("*.py")
    yield ROOT / "app.py"


def test_no_code_formats_values_into_query_text():
    offenders = []
    for path in _python_files():
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if re.search(r"(SELECT\s+[?*(]|WHERE\s*\{|CONSTRUCT\s*\{|INSERT\s|DELETE\s)", line) and (
                _PASTING.search(line) or re.search(r"\bf[\"'].*\{", line)
            ):
                offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert offenders == []


def test_query_files_live_only_in_queries():
    assert QUERIES_DIR == ROOT / "queries"
