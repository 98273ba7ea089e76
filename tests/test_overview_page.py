"""The explorer's overview page shows what the last build counted (queries/overview.rq); it counts no rows."""

import pyoxigraph as ox
import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from app_pages import data
from ontology.namespaces import UNKG

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PARAGRAPH = ox.NamedNode(str(UNKG.Paragraph))


@pytest.fixture
def sample(built_store_path, monkeypatch):
    """Point the explorer at the sample graph."""
    monkeypatch.setenv("UNKG_STORE", str(built_store_path))
    monkeypatch.delenv("UNKG_LANG", raising=False)


def test_the_overview_shows_the_counts_of_the_last_build(sample, sample_store):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    paragraphs = {q.subject for q in sample_store.quads()
                  if q.predicate == RDF_TYPE and q.object == PARAGRAPH}
    assert {m.label: m.value for m in at.metric} == {
        "Documents": "5", "Paragraphs": str(len(paragraphs)), "Triples": str(len(sample_store))}


def test_the_overview_runs_no_list_query_to_count(sample, monkeypatch):
    asked: list[str] = []
    real = data.query

    def recording(name, *args, **kwargs):
        asked.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(data, "query", recording)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert not {"organizations", "states", "mandates", "activities"} & set(asked)
