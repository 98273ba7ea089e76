"""Sections, numbered paragraphs, resolution paragraphs, annexes and footnotes, Chinese and English."""

import json
from pathlib import Path

import pytest

from ingest.model import RawText
from ingest.readers import reader_for
from ingest.structure import parse

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
DATA = Path(__file__).resolve().parent / "data"
MANIFEST = {e["file"]: e for e in json.loads((CORPUS / "manifest.json").read_text())["documents"]}


def corpus(name):
    return parse(reader_for(CORPUS / name)(CORPUS / name), MANIFEST[name])


def fixture(name, meta=None):
    path = DATA / name
    return parse(reader_for(path)(path), meta or {})


# Counts read from each document's own numbering (A/62/296 also from its table of contents, 1-91).
@pytest.mark.parametrize("name, numbered, last", [
    ("A_62_296.zh.txt", 91, "91"), ("A_74_285.zh.txt", 42, "42"), ("A_79_837.zh.txt", 98, "98"),
    ("A_HRC_44_25.zh.txt", 67, "67"),
])
def test_report_paragraphs_follow_the_documents_numbering(name, numbered, last):
    doc = corpus(name)
    body = [p.pid for p in doc.paragraphs if p.kind == "numbered"]
    assert body == [str(n) for n in range(1, numbered + 1)]
    assert body[-1] == last


def test_a_resolution_has_45_preambular_then_23_operative_paragraphs():
    pids = [p.pid for p in corpus("A_RES_76_176.zh.txt").paragraphs]
    assert pids == [f"pp {n}" for n in range(1, 46)] + [f"op {n}" for n in range(1, 24)]


def test_annexes_number_their_own_paragraphs():
    pids = [p.pid for p in corpus("A_74_285.zh.txt").paragraphs if p.kind == "annex"]
    assert pids == ["annex I", "annex II"] + [f"annex II {n}" for n in range(1, 14)] + ["annex III"]


def test_annex_ii_country_examples_sit_under_their_country():
    doc = corpus("A_74_285.zh.txt")
    para = next(p for p in doc.paragraphs if p.pid == "annex II 1")
    assert para.section == "annex II.亚美尼亚"
    assert para.text == (
        "为筹备 2018 年 12 月提前举行的议会选举，联合国通过联合国开发计划署(开发署)的一个项目，"
        "协助中央选举委员会采购选举材料、培训投票工作人员使用选民身份验证装置、开发可搜索的选民名单"
        "应用程序以及实施选民教育方案。")


def test_sections_nest_under_their_chapter():
    doc = corpus("A_62_296.zh.txt")
    assert [(s.sid, s.level, s.parent) for s in doc.sections[:6]] == [
        ("一", 1, None), ("二", 1, None), ("二.后续机制", 2, "二"), ("三", 1, None), ("四", 1, None),
        ("四.A", 2, "四")]


def test_footnotes_attach_to_the_paragraph_citing_them_and_markers_leave_the_text():
    doc = corpus("A_RES_76_176.zh.txt")
    pp15 = next(p for p in doc.paragraphs if p.pid == "pp 15")
    assert [(f.marker, f.text) for f in pp15.footnotes] == [("8", "第 217A(III)号决议。")]
    assert pp15.text.startswith("回顾 1948 年 12 月 10 日通过的《世界人权宣言》，特别是以定期真正选举")


def test_job_numbers_page_counters_and_running_headers_leave_the_text():
    doc = corpus("A_74_285.zh.txt")
    text = " ".join(p.text for p in doc.paragraphs)
    assert "19-13383" not in text and "8/18" not in text and "A/74/285" not in text


def test_metadata_comes_from_the_text_and_says_so():
    doc = corpus("A_79_837.zh.txt")
    assert (doc.symbol, doc.session, doc.agenda_item, doc.title) == (
        "A/79/837", 79, "126", "联合国与各国议会和各国议会联盟的互动")
    assert doc.provenance == {"symbol": "text", "session": "text", "agenda_item": "text",
                              "title": "text", "body": "manifest"}


def test_the_manifest_fills_what_the_text_lacks():
    doc = corpus("A_62_296.zh.txt")
    assert (doc.symbol, doc.provenance["symbol"]) == ("A/62/296", "manifest")


def test_an_english_report_goes_through_the_same_rules():
    doc = fixture("en_report.txt", {"symbol": "A/79/837"})
    assert (doc.session, doc.agenda_item, doc.language) == (79, "126", "en")
    assert doc.title == ("Interaction between the United Nations, national parliaments and the "
                         "Inter-Parliamentary Union")
    assert [(p.pid, p.section) for p in doc.paragraphs] == [
        ("1", "I"), ("2", "II.A"), ("annex I", "annex I")]
    assert doc.paragraphs[1].text == (
        "The United Nations Development Programme (UNDP) supported parliaments in more than 50 countries "
        "from April to November 2022. UNDP also worked with the Electoral Assistance Division.")
    assert [f.text for f in doc.paragraphs[1].footnotes] == ["See A/HRC/41/41."]
    assert doc.paragraphs[2].text == "Argentina\nCanada"


def test_an_english_resolution_reads_its_number_date_and_paragraphs():
    doc = fixture("en_resolution.txt")
    assert (doc.symbol, doc.date, doc.doc_type) == ("A/RES/76/176", "2021-12-16", "resolution")
    assert [p.pid for p in doc.paragraphs] == ["pp 1", "pp 2", "pp 3", "op 1", "op 2"]
    assert doc.paragraphs[-1].text == ("Requests the United Nations Development Programme to continue its "
                                       "democratic governance assistance programmes.")


def test_a_text_without_paragraphs_is_refused():
    with pytest.raises(Exception, match="no numbered paragraph"):
        parse(RawText("标题\n", "x.txt", "utf-8"), {"symbol": "A/1/1"})


LINKED_PAGES = """\
 1. 本报告是根据大会第 72/164 号决议提交的。

 2. 开发署支持了东帝汶的选举。人权理事会的相关决议也得到执行。1

__________________

 1 见 A/HRC/RES/39/11。

https://undocs.org/ch/A/HRC/RES/39/11
https://undocs.org/ch/A/RES/72/164
https://undocs.org/ch/A/72/260
 3. 秘书长重申第 72/164 号决议。

https://undocs.org/ch/A/RES/72/164

A/74/999
"""


def test_a_link_goes_to_the_paragraph_on_its_page_that_cites_its_symbol():
    doc = parse(RawText(LINKED_PAGES, "linked.txt", "utf-8"), {})
    assert [(p.pid, p.links) for p in doc.paragraphs] == [
        ("1", ["https://undocs.org/ch/A/RES/72/164"]),
        # Cited in its footnote; A/72/260 is cited nowhere, so it stays with the paragraph it follows.
        ("2", ["https://undocs.org/ch/A/HRC/RES/39/11", "https://undocs.org/ch/A/72/260"]),
        # A later page: paragraph 1 is not on it.
        ("3", ["https://undocs.org/ch/A/RES/72/164"]),
    ]


def test_sections_map_to_nodes_with_number_heading_level_and_parent():
    import pyoxigraph as ox

    from ingest.mapping import map_document, section_iri
    from ontology import iris
    from ontology.namespaces import UNKG

    doc = fixture("en_report.txt")
    quads = ox.Store()
    quads.extend(map_document(doc).quads)
    a = section_iri(doc.symbol, "II.A")

    def objects(subject, predicate):
        return sorted(q.object.value for q in quads.quads_for_pattern(ox.NamedNode(subject),
                                                                     ox.NamedNode(predicate), None))

    assert objects(a, UNKG.sectionId) == ["II.A"]
    assert objects(a, UNKG.sectionNumber) == ["A"]
    assert objects(a, UNKG.heading) == ["Sustainable development"]
    assert objects(a, UNKG.sectionLevel) == ["2"]
    assert objects(a, UNKG.parentSection) == [section_iri(doc.symbol, "II")]
    assert objects(iris.paragraph(doc.symbol, "2"), UNKG.inSection) == [a]
    assert objects(iris.paragraph(doc.symbol, "1"), UNKG.inSection) == [section_iri(doc.symbol, "I")]
