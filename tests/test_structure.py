"""Numbered paragraphs, resolution paragraphs and annexes get the ids DESIGN.md defines."""

from ingest.model import RawText
from ingest.structure import parse

REPORT = """\
 第七十九届会议
 一. 导言
1. 根据大会第 76/270 号决议，本报告回顾了联合国与各国议会和各国议会联
盟(议联)之间的互动。
https://docs.un.org/zh/A/RES/76/270
25-05031 (C)
2/18
2. 第二段。
 附件二
1. 在亚美尼亚，开发署协助中央选举委员会。
"""

RESOLUTION = """\
 大会，
 遵循《联合国宪章》的宗旨和原则，
 重申民主是一种普世价值，其基础是人民通过自由表达的意志来决定自己的
政治、经济、社会和文化制度，
1. 请秘书长向大会第七十八届会议提交报告；
2. 决定将题为“人权问题”的分项列入第七十八届会议临时议程。
"""


def test_report_paragraphs_are_rejoined_and_cleaned():
    doc = parse(RawText(REPORT, "r.txt", "utf-8"), {"symbol": "A/79/837", "doc_type": "report"})
    assert [(p.pid, p.text) for p in doc.paragraphs] == [
        ("1", "根据大会第 76/270 号决议，本报告回顾了联合国与各国议会和各国议会联盟(议联)之间的互动。"),
        ("2", "第二段。"),
        ("annex II", ""),
        ("annex II 1", "在亚美尼亚，开发署协助中央选举委员会。"),
    ]
    assert doc.paragraphs[0].links == ["https://docs.un.org/zh/A/RES/76/270"]
    assert doc.paragraphs[0].section == "一"


def test_resolution_paragraphs_are_preambular_then_operative():
    doc = parse(RawText(RESOLUTION, "r.txt", "utf-8"),
                {"symbol": "A/RES/76/176", "doc_type": "resolution"})
    assert [p.pid for p in doc.paragraphs] == ["pp 1", "pp 2", "op 1", "op 2"]
    assert doc.paragraphs[1].text == (
        "重申民主是一种普世价值，其基础是人民通过自由表达的意志来决定自己的政治、经济、社会和文化制度，"
    )
