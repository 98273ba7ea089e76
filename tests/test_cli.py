"""The `unkg` command line: build, query, export, errors and help."""

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from unkg.cli import app

runner = CliRunner()


def _unkg(store: Path, *args: str):
    return runner.invoke(app, ["--store", str(store), *args])


def test_build_prints_a_summary_and_exits_zero(tmp_path):
    result = _unkg(tmp_path / "store", "build", str(ROOT / "data" / "corpus"), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert re.search(r"^5 documents, \d+ paragraphs, \d+ unknown candidate organisations, "
                     r"\d+ triples in .* \(\d+\.\d s\)$", result.stdout.strip(), re.M)


def test_build_lists_candidate_organisations_on_request(tmp_path):
    doc = tmp_path / "docs" / "a.txt"
    doc.parent.mkdir()
    text = " 1. 开发署与萨赫勒选举观察网络合作，并支持西非选举研究所。\n\nA/79/999\n"
    doc.write_text(text, encoding="utf-8")
    result = _unkg(tmp_path / "store", "build", str(doc.parent), "--show-candidates")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:2] == ["A/79/999\t1\t萨赫勒选举观察网络", "A/79/999\t1\t西非选举研究所"]
    assert lines[2].startswith("1 documents, 1 paragraphs, 2 unknown candidate organisations, ")


def test_build_exits_one_when_an_input_failed(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("no manifest, no symbol", encoding="utf-8")
    result = _unkg(tmp_path / "store", "build", str(bad))
    assert result.exit_code == 1
    assert "0 documents" in result.stdout and "1 failed" in result.stdout


def test_query_csv_prints_a_header_then_plain_cells(built_store_path):
    result = _unkg(built_store_path, "query", "documents", "-p", "symbol=A/RES/76/176", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "symbol,language,title,paragraphs\n"
        "A/RES/76/176,zh,加强联合国在促进民主化和推进定期真正选举方面的作用,68\n"
    )


def test_query_takes_a_path_to_a_query_file(built_store_path, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("# columns: n\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n")
    result = _unkg(built_store_path, "query", str(rq), "--format", "tsv", "--no-headers")
    assert result.exit_code == 0
    assert int(result.stdout) > 1000


def test_an_unknown_parameter_is_a_one_line_error(built_store_path):
    result = _unkg(built_store_path, "query", "documents", "-p", "symbl=A/79/837")
    assert result.exit_code == 1
    assert result.stderr == "Error: query 'documents' has no parameter 'symbl'; it takes: symbol\n"


def test_an_unknown_query_lists_the_canned_ones(built_store_path):
    result = _unkg(built_store_path, "query", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no query named 'nope'; the canned queries are: ")


def test_querying_before_building_says_to_build(tmp_path):
    result = _unkg(tmp_path / "empty", "query", "documents")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no graph at {tmp_path / 'empty'}; run 'unkg build' first (or pass --store PATH)\n"
    )


def test_the_store_comes_from_unkg_store(built_store_path, monkeypatch):
    monkeypatch.setenv("UNKG_STORE", str(built_store_path))
    result = runner.invoke(app, ["query", "overview", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("5,")


@pytest.mark.parametrize(
    ("fmt", "rdf_format"),
    [
        ("turtle", ox.RdfFormat.TURTLE),
        ("ntriples", ox.RdfFormat.N_TRIPLES),
        ("nquads", ox.RdfFormat.N_QUADS),
        ("trig", ox.RdfFormat.TRIG),
        ("jsonld", ox.RdfFormat.JSON_LD),
        ("rdfxml", ox.RdfFormat.RDF_XML),
    ],
)
def test_export_writes_parseable_rdf(built_store_path, tmp_path, fmt, rdf_format):
    out = tmp_path / f"graph.{fmt}"
    result = _unkg(built_store_path, "export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    parsed = list(ox.parse(path=str(out), format=rdf_format))
    assert len(parsed) > 1000


def test_quad_exports_keep_one_graph_per_document(built_store_path, tmp_path):
    out = tmp_path / "graph.nq"
    _unkg(built_store_path, "export", "--format", "nquads", "-o", str(out))
    graphs = {q.graph_name.value for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)}
    assert "https://w3id.org/unkg/graph/document/A/79/837" in graphs


COMMANDS = ["build", "query", "queries", "export", "validate", "serve", "docs"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself_and_is_in_the_readme(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: unkg" in result.stdout
    assert f"unkg {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_registered_command_is_covered_by_the_help_test():
    import typer.main

    group = typer.main.get_command(app)
    assert sorted(group.commands) == sorted(COMMANDS)
