"""The explorer, page by page, on the sample corpus (Streamlit AppTest, headless)."""

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from app_pages import data, reader, sandbox
from ontology import iris


@pytest.fixture
def sample(built_store_path, monkeypatch):
    """Point the explorer at the sample graph."""
    monkeypatch.setenv("UNKG_STORE", str(built_store_path))
    monkeypatch.delenv("UNKG_LANG", raising=False)


def open_page(page: str, **params: str) -> AppTest:
    """Run the app, then switch to `app_pages/<page>.py` with URL query `params`."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    for key, value in params.items():
        at.query_params[key] = value
    return at.switch_page(f"app_pages/{page}.py").run()


def tables(at: AppTest) -> list[list[dict]]:
    """Return every dataframe on the page as a list of row dicts."""
    return [df.value.to_dict("records") for df in at.dataframe]


def test_overview_shows_the_sample_corpus_counts(sample):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Documents"] == "5"
    assert at.title[0].value == "unkg · UN knowledge graph"


def test_overview_lists_the_documents_the_last_build_read(sample):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    read = next(m.value for m in at.markdown if m.value.startswith("Documents read in this build"))
    assert read == "Documents read in this build: A/62/296, A/74/285, A/79/837, A/HRC/44/25, A/RES/76/176"


def test_overview_shows_what_the_first_build_added(sample, sample_store):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "5 added, 0 changed, 0 unchanged, 0 kept" in [c.value for c in at.caption]
    symbols = ["A/62/296", "A/74/285", "A/79/837", "A/HRC/44/25", "A/RES/76/176"]
    assert tables(at)[0] == [
        {"Symbol": s, "Status": "added",
         "Triples": str(len(list(sample_store.quads(iris.document_graph(s))))), "Triples before": ""}
        for s in symbols
    ]


def test_overview_shows_a_changed_document_in_chinese(tmp_path, monkeypatch):
    from test_build_changes import EXTRA_TEXT, _two_documents

    from ingest.build import build

    folder, store = _two_documents(tmp_path)
    build(store, [folder], jobs=1)
    before = len(list(store.quads(iris.document_graph("A/79/999"))))
    (folder / "extra.txt").write_text(EXTRA_TEXT.replace(" 2. 大会欢迎这项工作。\n\n", ""), encoding="utf-8")
    build(store, [folder], jobs=1)
    after = len(list(store.quads(iris.document_graph("A/79/999"))))
    resolution = str(len(list(store.quads(iris.document_graph("A/RES/76/176")))))
    del store
    monkeypatch.setenv("UNKG_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("UNKG_LANG", "zh")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "新增 0，变化 1，未变 1，保留 0" in [c.value for c in at.caption]
    assert tables(at)[0] == [
        {"文号": "A/79/999", "状态": "已变化", "三元组": str(after), "此前三元组": str(before)},
        {"文号": "A/RES/76/176", "状态": "未变化", "三元组": resolution, "此前三元组": resolution},
    ]


def test_overview_says_how_to_build_when_there_is_no_graph(tmp_path, monkeypatch):
    monkeypatch.setenv("UNKG_STORE", str(tmp_path / "none"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not at.exception
    assert "unkg build" in at.error[0].value


def test_labels_default_to_chinese_when_unkg_lang_says_so(sample, monkeypatch):
    monkeypatch.setenv("UNKG_LANG", "zh")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert at.title[0].value == "unkg · 联合国知识图谱"
    assert at.sidebar.toggle[0].value is True


def test_the_language_toggle_switches_the_labels_to_chinese(sample):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.sidebar.toggle[0].set_value(True).run()
    assert at.title[0].value == "unkg · 联合国知识图谱"
    assert {m.label for m in at.metric} == {"文件", "段落", "三元组"}


def test_organisation_page_shows_the_mandates_addressed_to_ohchr(sample):
    at = open_page("organization", acronym="OHCHR")
    assert not at.exception
    assert at.title[0].value.startswith("OHCHR")
    mandates = next(t for t in tables(at) if t and "verb" in t[0])
    assert {"resolution": "A/HRC/RES/39/11", "paragraph": "18", "verb": "requests"}.items() <= next(
        r for r in mandates if r["resolution"] == "A/HRC/RES/39/11").items()


def test_organisation_mandates_link_to_the_report_paragraph_they_were_read_from(sample):
    at = open_page("organization", acronym="OHCHR")
    mandates = next(t for t in tables(at) if t and "verb" in t[0])
    row = next(r for r in mandates if r["resolution"] == "A/HRC/RES/39/11")
    # A/74/285 ¶ 18: "人权理事会在其第 39/11 号决议中 ... 请人权高专办传播准则"
    assert row["document"] == "A/74/285"
    assert row["source"] == "document?symbol=A%2F74%2F285&para=18"


def test_state_page_shows_electoral_assistance_under_a_security_council_mandate(sample):
    at = open_page("state", iso3="AFG")
    assert not at.exception
    assisted = next(t for t in tables(at) if t and "sc_mandate" in t[0])
    assert {(r["iso3"], r["sc_mandate"]) for r in assisted} == {("AFG", "true")}


def test_state_page_shows_the_womens_share_of_seats_with_its_source(sample):
    at = open_page("state", iso3="SLE")
    found = next(t for t in tables(at) if t and "area" in t[0])
    # A/79/837 ¶ 25: 议会中的女性占 30.4%，地方议会中的女性占 34%，显著高于 2018 年选举后的 12.4%和 18%
    assert sorted((r["value"], r["period"], r["source"]) for r in found) == [
        (value, period, "document?symbol=A%2F79%2F837&para=25")
        for value, period in [("12.4", "2018"), ("18", "2018"), ("30.4", "2023"), ("34", "2023")]
    ]


def test_organisation_page_links_the_groups_it_belongs_to(sample):
    at = open_page("organization", acronym="OHCHR")
    assert "∈ ICMEA" in [link.label for link in at.get("page_link")]


def test_document_reader_shows_the_asked_for_paragraph_first(sample):
    at = open_page("document", symbol="A/79/837", para="25")
    assert not at.exception
    assert at.title[0].value == "A/79/837"
    assert at.subheader[0].value == "¶ 25"
    first = next(m.value for m in at.markdown if m.value.startswith("**25**"))
    assert "议员在制定尊重、保护和实现妇女权利的法律框架方面发挥着关键作用" in first


def test_document_reader_highlights_recognised_organisations_and_states(sample):
    at = open_page("document", symbol="A/79/837", para="25")
    first = next(m.value for m in at.markdown if m.value.startswith("**25**"))
    assert ":blue-background[联合国促进性别平等和增强妇女权能署]" in first
    assert ":blue-background[妇女署]" in first
    assert ":green-background[塞拉利昂]" in first


def test_document_reader_shows_every_paragraph_of_the_document(sample):
    at = open_page("document", symbol="A/RES/76/176")
    ids = [m.value.split("**")[1] for m in at.markdown if m.value.startswith("**")]
    expected = [r["pid"] for r in data.query("document-paragraphs", (("symbol", "A/RES/76/176"),))]
    assert ids == [reader.escape(pid) for pid in expected]
    assert len(ids) > 10


def test_highlight_colours_names_and_escapes_markdown():
    text = "开发署和 $5 美元(见 A/RES/72/164)"
    terms = {"开发署": "organization", "A/RES/72/164": "symbol"}
    assert reader.highlight(text, terms) == (
        ":blue-background[开发署]和 \\$5 美元\\(见 :orange-background[A/RES/72/164]\\)"
    )


def test_mandates_registry_filters_by_verb(sample):
    at = open_page("mandates")
    assert not at.exception
    at.multiselect(key="filter_verb").set_value(["designates"]).run()
    shown = next(t for t in tables(at) if t and "verb" in t[0])
    assert [(r["resolution"], r["paragraph"], r["addressee"]) for r in shown] == [
        ("A/74/285", "5", "Under-Secretary-General for Political Affairs")
    ]


def test_ipu_and_network_pages_render(sample):
    for page, title in (("ipu", "IPU partnerships"), ("network", "Coordination network")):
        at = open_page(page)
        assert not at.exception
        assert at.title[0].value == title


def test_a_page_whose_query_is_missing_says_which_file_it_needs(sample, monkeypatch):
    monkeypatch.setattr(data, "has_query", lambda name: name != "activities")
    at = open_page("network")
    assert not at.exception
    assert any("queries/activities.rq" in i.value for i in at.info)


def test_console_runs_a_canned_query_and_puts_it_in_the_address(sample):
    at = open_page("console", query="documents")
    assert not at.exception
    result = tables(at)[-1]
    symbols = ["A/62/296", "A/74/285", "A/79/837", "A/HRC/44/25", "A/RES/76/176"]
    assert [r["symbol"] for r in result] == symbols
    assert at.query_params["query"] == "documents"


def test_console_binds_a_parameter_from_the_address(sample):
    at = open_page("console", **{"query": "documents", "p.symbol": "A/79/837"})
    assert [r["symbol"] for r in tables(at)[-1]] == ["A/79/837"]


def test_console_refuses_updates(sample):
    at = open_page("console", sparql="INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    assert not at.exception
    assert at.error[0].value == sandbox.REFUSED


def test_console_says_plainly_when_the_time_limit_fires(sample, monkeypatch):
    monkeypatch.setattr(data, "CONSOLE_SECONDS", 1.0)
    endless = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } "
               "GRAPH ?c { ?s3 ?p3 ?o3 } }")
    at = open_page("console", sparql=endless)
    stopped = "The query was stopped after 1 seconds: the console's time limit."
    assert at.error[0].value.startswith(stopped)


def test_console_caps_the_rows(sample, monkeypatch):
    monkeypatch.setattr(data, "CONSOLE_ROWS", 3)
    at = open_page("console", sparql="SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert at.warning[0].value == "Only the first 3 rows are shown: the console's row limit."
    assert len(tables(at)[-1]) == 3


def test_update_detection_ignores_keywords_inside_strings_and_iris():
    assert sandbox.is_update("DELETE WHERE { ?s ?p ?o }")
    assert sandbox.is_update("clear all")
    assert not sandbox.is_update('SELECT ?s WHERE { ?s ?p "insert data" . ?s <urn:drop> ?o } # delete')


def test_downloads_page_offers_a_query_as_csv_and_the_graph_as_rdf(sample):
    at = open_page("downloads", query="documents")
    assert not at.exception
    buttons = at.get("download_button")
    assert len(buttons) == 2
    assert len(tables(at)[0]) == 5


def test_network_weights_pairs_as_the_coordination_network_query_does(sample):
    at = open_page("network")
    assert not at.exception
    drawn = {(r["a"], r["b"]): r["weight"] for r in tables(at)[-1]}
    stated = {tuple(sorted((r["a"], r["b"]))): int(r["weight"]) for r in data.query("coordination-network")}
    assert drawn == stated


def test_ipu_page_lists_the_un_entities_the_ipu_worked_with(sample):
    at = open_page("ipu")
    assert not at.exception
    listed = [r["un_entity"] for r in tables(at)[0]]
    assert listed == [r["un_entity"] for r in data.query("ipu-partnerships")]
    assert "UNDP" in listed


def test_document_reader_heads_paragraphs_with_their_section(sample):
    at = open_page("document", symbol="A/74/285")
    headings = [h.value for h in at.subheader]
    # Chapter 二 holds no paragraph of its own: its parts A-D head theirs.
    assert headings[:11] == [
        "导言", "任务授权", "选举援助活动", "联合国系统内的合作和协调", "与其他组织的合作",
        "联合国选举援助资源", "性别平等与选举", "意见", "在本报告所述期间提供的联合国选举援助",
        "在本报告所述期间提供的联合国选举援助实例", "亚美尼亚",
    ]


def test_document_reader_highlights_dates(sample):
    at = open_page("document", symbol="A/79/837", para="12")
    first = next(m.value for m in at.markdown if m.value.startswith("**12**"))
    assert ":violet-background[2022 年 6 月]" in first


def test_a_running_explorer_sees_a_rebuild_without_a_restart(tmp_path, monkeypatch):
    from test_build_changes import _two_documents

    from ingest.build import build

    folder, store = _two_documents(tmp_path)
    extra = folder / "extra.txt"
    moved = extra.rename(tmp_path / "extra.txt")
    build(store, [folder], jobs=1)
    monkeypatch.setenv("UNKG_STORE", str(tmp_path / "store"))
    first = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    moved.rename(extra)
    build(store, [folder], jobs=1)
    second = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert [m.value for m in first.metric if m.label == "Documents"] == ["1"]
    assert [m.value for m in second.metric if m.label == "Documents"] == ["2"]
