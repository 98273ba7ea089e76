"""`unkg validate`: HermiT consistency and SHACL shapes, on examples and on the built sample graph."""

from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from ontology.validate import check_owl, check_shacl, ontology_graph
from unkg.cli import app

DATA = Path(__file__).resolve().parent / "data"
INVALID = {
    "state-member-and-territory.ttl": "HermiT found ontology + reference data inconsistent",
    "fact-without-paragraph.ttl": "an extracted fact is derived from (prov:wasDerivedFrom) a paragraph",
    "succession-bad-date.ttl": "a succession has one date",
    "paragraph-without-document.ttl": "a paragraph belongs to exactly one document",
}


@pytest.mark.slow
def test_ontology_and_reference_data_are_consistent_under_hermit():
    result = check_owl()
    assert (result.ok, result.problems) == (True, [])


def test_reference_data_conforms_to_the_shapes():
    result = check_shacl(ontology_graph())
    assert (result.ok, result.problems) == (True, [])


def test_every_invalid_example_is_listed_here():
    assert sorted(p.name for p in (DATA / "invalid").glob("*.ttl")) == sorted(INVALID)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(INVALID))
def test_an_invalid_example_fails_with_its_named_error(name):
    result = CliRunner().invoke(app, ["validate", "--file", str(DATA / "invalid" / name)])
    assert result.exit_code == 1
    assert INVALID[name] in result.output


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted((DATA / "valid").glob("*.ttl")), ids=lambda p: p.name)
def test_a_valid_example_passes(path):
    result = CliRunner().invoke(app, ["validate", "--file", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("owl: consistent")


def test_a_fact_without_paragraph_is_reported_by_focus_node():
    data = Graph().parse(DATA / "invalid" / "fact-without-paragraph.ttl")
    result = check_shacl(ontology_graph(data))
    assert result.problems == [
        "https://w3id.org/unkg/id/mandate/orphan: an extracted fact is derived from "
        "(prov:wasDerivedFrom) a paragraph"
    ]


@pytest.mark.slow
def test_the_built_sample_graph_validates(built_store_path):
    result = CliRunner().invoke(app, ["--store", str(built_store_path), "validate"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("shacl: conforms")
