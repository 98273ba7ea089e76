"""The explorer starts and shows what the graph holds (Streamlit AppTest, headless)."""

from conftest import ROOT
from streamlit.testing.v1 import AppTest


def test_overview_shows_the_sample_corpus_counts(built_store_path, monkeypatch):
    monkeypatch.setenv("UNKG_STORE", str(built_store_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Documents"] == "5"
    assert at.title[0].value == "unkg · UN knowledge graph"


def test_overview_says_how_to_build_when_there_is_no_graph(tmp_path, monkeypatch):
    monkeypatch.setenv("UNKG_STORE", str(tmp_path / "none"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not at.exception
    assert "unkg build" in at.error[0].value
