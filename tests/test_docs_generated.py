"""Generated docs stay in step with the code: docs/cli.md, docs/queries.md and every command's example."""

import io
import shlex

import pytest
from cogapp import Cog
from conftest import ROOT
from typer.testing import CliRunner

from queries import runner as query_runner
from unkg.cli import app
from unkg.reference_docs import command_names, example, help_text, query_example

runner = CliRunner()

# Commands whose example is not run here, and why.
NOT_RUN = {
    "serve": "serve runs until stopped; tests/test_server.py starts it on a free port",
}
# Arguments added to an example so that it runs in the test suite, and why.
ADDED = {
    "build": ["--jobs", "2"],  # two workers: the suite runs on two cores
}


@pytest.mark.parametrize("page", ["docs/cli.md", "docs/queries.md"])
def test_the_generated_page_is_up_to_date(page):
    out, err = io.StringIO(), io.StringIO()
    cog = Cog()
    cog.set_output(stdout=out, stderr=err)
    status = cog.main(["cog", "--check", "--diff", "--check-fail-msg=run 'make docs'", str(ROOT / page)])
    assert status == 0, err.getvalue() + out.getvalue()


def test_help_is_the_same_in_a_narrow_terminal(monkeypatch):
    wide = help_text("query")
    monkeypatch.setenv("COLUMNS", "40")
    assert help_text("query") == wide


def test_the_cli_reference_has_every_command():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    headings = [line.removeprefix("## ") for line in text.splitlines() if line.startswith("## unkg")]
    assert headings == ["unkg"] + [f"unkg {name}" for name in command_names()]


@pytest.mark.parametrize("page", ["docs/cli.md", "docs/queries.md"])
def test_the_readme_links_to_the_page(page):
    assert f"]({page})" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_a_query_example_takes_the_required_parameters_with_their_example_values():
    canned = query_runner.parse_header("q", ROOT / "q.rq", (
        "# param: symbol string – the document's UN symbol, e.g. A/79/837\n"
        "# param: kind string optional – only this kind, e.g. report\n"
        "# columns: a\nSELECT ?a WHERE {}\n"
    ))
    assert query_example(canned) == "unkg query q -p symbol=A/79/837 --format csv"


def test_a_query_example_without_required_parameters_shows_one_optional():
    canned = query_runner.parse_header("q", ROOT / "q.rq", (
        "# param: iso3 string optional – only this state, e.g. SLE\n# columns: a\nSELECT ?a WHERE {}\n"
    ))
    assert query_example(canned) == "unkg query q -p iso3=SLE --format csv"


def test_a_parameter_without_an_example_value_gets_a_placeholder():
    canned = query_runner.parse_header("q", ROOT / "q.rq", (
        "# param: fact iri – the fact's IRI\n# columns: a\nSELECT ?a WHERE {}\n"
    ))
    assert query_example(canned) == "unkg query q -p fact=IRI --format csv"


@pytest.mark.parametrize("command", command_names())
def test_every_command_has_an_example(command):
    assert example(command) is not None, f"add 'Example: unkg {command} ...' to its docstring"


@pytest.mark.parametrize("command", command_names())
def test_the_command_example_runs(command, built_store_path, tmp_path, monkeypatch):
    if command in NOT_RUN:
        pytest.skip(NOT_RUN[command])
    words = shlex.split(example(command))[1:] + ADDED.get(command, [])
    # build writes, so it gets a store of its own; the others read the sample store.
    store = tmp_path / "store" if command == "build" else built_store_path
    # Relative input paths (data/corpus) are the project's; relative outputs go to tmp_path.
    monkeypatch.chdir(ROOT if command == "build" else tmp_path)
    result = runner.invoke(app, ["--store", str(store), *words])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", query_runner.available())
def test_the_query_catalogue_example_runs_and_shows_rows(name, built_store_path):
    line = query_example(query_runner.load(name))
    if "=IRI" in line:
        pytest.skip("the parameter has no example value to run with")
    result = runner.invoke(app, ["--store", str(built_store_path), *shlex.split(line)[1:]])
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header == ",".join(query_runner.load(name).columns)
    assert rows, "the example values come from the sample corpus, so the example shows rows"
