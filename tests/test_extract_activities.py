"""Activities and agreements from report sentences (A/79/837 and A/74/285 paragraphs, copied as read)."""

from ingest.extract import activities, agreements
from ingest.model import Document, Mention, Paragraph, Section

A_79_837_18 = (
    "2023 年和 2024 年，在普遍定期审议框架内，联合国人权事务高级专员办事处(人权高专办)为议员开展了能力建设"
    "和提高认识活动，促进他们参与审议。在坦桑尼亚联合共和国，人权高专办于 2024 年 5 月 11 日和 12 日为议员"
    "组织了一次讲习班，题为“议会在执行区域和国际人权机制建议方面的作用”。人权高专办向布基纳法索过渡立法"
    "议会成员介绍人权维护者在危机中的作用、打击仇恨言论以及言论自由与和平集会权利等问题。"
)


def _doc(pid, text, heading="民主与人权", sid="二.C"):
    return Document("A/79/837", "zh", "x.txt", "report",
                    sections=[Section(sid, "C", heading, 2)],
                    paragraphs=[Paragraph(pid, text, "numbered", sid)])


def _rows(found):
    return [(a.activity_kind, a.date, [p.key for p in a.actors], [p.key for p in a.partners],
             [p.key for p in a.countries], a.title) for a in found]


def test_one_activity_per_sentence_with_kind_date_country_title_and_parliament():
    assert _rows(activities.extract(_doc("18", A_79_837_18), [])) == [
        ("technical-assistance", "2023", ["OHCHR"], [], [], None),
        ("workshop", "2024-05-11", ["OHCHR"], ["TZA"], ["TZA"], "议会在执行区域和国际人权机制建议方面的作用"),
        ("dialogue", None, ["OHCHR"], ["BFA"], ["BFA"], None),
    ]


def test_the_theme_comes_from_the_section_heading():
    [first, *_] = activities.extract(_doc("18", A_79_837_18), [])
    assert first.themes == ["democracy", "human-rights"]


def test_a_recognised_period_gives_the_date_and_the_ipu_is_a_partner():
    text = "2023 年，世卫组织与议联续签了谅解备忘录。"
    mention = Mention("date", "53", 0, 6, "2023 年", "2023")
    [found] = activities.extract(_doc("53", text, "卫生保健", "三.B"), [mention])
    assert (found.activity_kind, found.date, [p.key for p in found.actors],
            [p.key for p in found.partners], found.themes) == (
        "agreement", "2023", ["WHO"], ["IPU"], ["health"]
    )


def test_the_introduction_reports_no_activities():
    text = "本报告介绍了过去三年(2022-2024 年)联合国与各国议会和议联之间互动的情况。"
    assert activities.extract(_doc("5", text, "导言", "一"), []) == []


def test_a_renewed_memorandum_and_its_parties():
    text = "2023 年，世卫组织与议联续签了谅解备忘录。世卫组织和议联为支持议会开展了工作。"
    [found] = agreements.extract(_doc("53", text), [])
    assert ([p.key for p in found.parties], found.date, found.renewal, found.agreement_kind) == (
        ["WHO", "IPU"], "2023", True, "memorandum of understanding"
    )


def test_a_memorandum_with_a_national_parliament_has_no_date_from_an_agenda_title():
    text = ("在厄瓜多尔，联合国国家工作队与国民议会签署了谅解备忘录，"
            "重点是使立法工作与《2030 年议程》保持一致。")
    [found] = agreements.extract(_doc("9", text), [])
    assert ([(p.key, p.kind) for p in found.parties], found.date) == (
        [("UN", "organization"), ("ECU", "parliament")], None
    )


def test_a_country_example_of_an_electoral_assistance_annex_is_electoral_assistance_there():
    doc = Document(
        "A/74/285", "zh", "x.txt", "report",
        sections=[Section("annex II", "II", "在本报告所述期间提供的联合国选举援助实例", 1),
                  Section("annex II.亚美尼亚", "亚美尼亚", "亚美尼亚", 2, "annex II")],
        paragraphs=[Paragraph(
            "annex II 1",
            "为筹备 2018 年 12 月提前举行的议会选举，联合国通过联合国开发计划署(开发署)的一个项目，"
            "协助中央选举委员会采购选举材料、培训投票工作人员。",
            "annex", "annex II.亚美尼亚")],
    )
    assert _rows(activities.extract(doc, [])) == [
        ("electoral-assistance", "2018-12", ["UNDP"], [], ["ARM"], None)
    ]


def test_a_list_of_countries_belongs_to_the_activity_it_follows():
    text = ("在本报告所述期间，联合国毒品和犯罪问题办公室(毒罪办)向议员提供了立法援助。"
            "毒罪办向阿尔巴尼亚、博茨瓦纳和赞比亚提供了此类援助。")
    assert _rows(activities.extract(_doc("35", text, "性别平等和增强妇女权能", "二.D"), [])) == [
        ("legislative-support", None, ["UNODC"], [], ["ALB", "BWA", "ZMB"], None)
    ]
