"""Electoral assistance lists in annexes (A/74/285 annex I, shortened)."""

from ingest.extract import electoral
from ingest.model import Document, Mention, Paragraph, Section

LIST = (
    "获得援助的会员国\n阿富汗* 利比亚*\n安哥拉 马达加斯加\n多民族玻利维亚国\n"
    "获得援助的观察员国\n巴勒斯坦国\n获得援助的非自治领土\n新喀里多尼亚"
)


def _doc(text, heading="在本报告所述期间提供的联合国选举援助"):
    return Document(
        "A/74/285", "zh", "x.txt", "report",
        sections=[Section("annex I", "I", heading, 1)],
        paragraphs=[Paragraph("annex I", text, "annex", "annex I")],
    )


def _rows(found):
    return [(f.state.key, f.status, f.sc_mandate) for f in found]


def test_the_list_gives_each_recipient_its_status_and_security_council_mark():
    assert _rows(electoral.extract(_doc(LIST), [])) == [
        ("AFG", "member", True),
        ("LBY", "member", True),
        ("AGO", "member", False),
        ("MDG", "member", False),
        ("BOL", "member", False),
        ("PSE", "observer", False),
        ("NCL", "territory", False),
    ]


def test_a_recognised_mention_gives_the_key_and_the_written_form():
    text = "获得援助的会员国\n某国* 安哥拉"
    mention = Mention("state", "annex I", 9, 11, "某国", "XXX")
    found = electoral.extract(_doc(text), [mention])
    assert [(f.state.written, f.state.key, f.sc_mandate) for f in found] == [
        ("某国", "XXX", True), ("安哥拉", "AGO", False)
    ]


def test_an_annex_not_about_electoral_assistance_gives_nothing():
    assert electoral.extract(_doc(LIST, heading="国家地图"), []) == []
    other = Document("A/1", "zh", "x.txt", "report",
                     paragraphs=[Paragraph("3", "获得援助的会员国 阿富汗", "numbered")])
    assert electoral.extract(other, []) == []
