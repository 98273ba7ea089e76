"""Memberships, successions and figures, each from a paragraph of the sample corpus copied as read."""

from ingest.extract import figures, memberships, successions
from ingest.extract.dates import date_in
from ingest.model import Document, Paragraph


def _doc(pid, text):
    return Document("A/1", "zh", "x.txt", "report", paragraphs=[Paragraph(pid, text)])


A_74_285_16 = (
    "由选举援助司召集和主持的选举援助机构间协调机制继续作为参与选举事务的联合国系统成员之间进行信息交流、"
    "协调和制定内部政策的平台。该机制目前包括开发署、和平行动部、人权高专办、妇女署、教科文组织、项目署、"
    "联合国民主基金、难民署和联合国志愿人员方案的代表。鉴于建设和平支助办公室的作用和建设和平基金对选举"
    "活动的支持，该办公室作为改组后的政治和建设和平事务部的一部分，继续派代表参加该机制。"
)


def test_the_members_of_a_mechanism_named_before_as_this_mechanism():
    found = memberships.extract(_doc("16", A_74_285_16), [])
    assert {f.group.key for f in found} == {"ICMEA"}
    assert [f.member.key for f in found] == [
        "UNDP", "DPO", "OHCHR", "UN-Women", "UNESCO", "UNOPS", "UNDEF", "UNHCR", "UNV", "PBSO"
    ]
    assert found[-1].rule == "membership.sends-representative"


def test_a_board_of_states_and_the_united_nations():
    text = ("第六次会议的一项重要创新是建立了一个咨询委员会。委员会包括八名成员：5 名各区域集团的代表"
            "（目前分别来自埃及、蒙古、罗马尼亚、乌拉圭和冰岛），一名议会论坛与会者和一名联合国代表。")
    found = memberships.extract(_doc("9", text), [])
    assert [(f.group.key, f.member.key) for f in found] == [
        ("咨询委员会", "EGY"), ("咨询委员会", "MNG"), ("咨询委员会", "ROU"),
        ("咨询委员会", "URY"), ("咨询委员会", "ISL"), ("咨询委员会", "UN"),
    ]


def test_overseen_by_is_not_membership():
    text = "联合国新闻中心全球网络由全球传播部监督，直接与各国议会和议会团体合作。"
    assert memberships.extract(_doc("12", text), []) == []


A_79_837_41 = (
    "联合国索马里过渡时期援助团(前身为联索援助团)通过索马里联合基金，就宪法审查进程向索马里联邦政府提供了"
    "咨询和技术支持。2024 年，联索援助团及其继任特派团，即联合国索马里过渡时期援助团(自 2024 年 11 月起)"
    "向负责评估摩加迪沙监狱条件的议会特设监狱委员会提供了咨询和技术支持。"
)


def test_a_mission_and_its_successor_with_the_month_it_took_over():
    [found] = successions.extract(_doc("41", A_79_837_41), [])
    assert (found.original.key, found.resulting.key, found.date, found.rule) == (
        "UNSOM", "UNTMIS", "2024-11", "succession.successor"
    )


def test_formerly_alone_gives_an_undated_succession():
    [found] = successions.extract(_doc("41", A_79_837_41.split("。")[0]), [])
    assert (found.original.key, found.resulting.key, found.date) == ("UNSOM", "UNTMIS", None)


def test_a_post_that_passed_to_another_department_head():
    text = ("1991 年，秘书长经大会认可，任命主管政治事务副秘书长为选举援助事务的协调人。"
            "自 2019 年 1 月 1 日起，随着联合国和平与安全支柱的重组，"
            "由主管政治和建设和平事务副秘书长担任协调人。")
    [found] = successions.extract(_doc("5", text), [])
    assert (found.original.key, found.resulting.key, found.date) == ("DPA", "DPPA", "2019-01-01")


def _figures(text, pid="25"):
    return [(f.area.key, f.value, f.period, f.measure.split()[-1])
            for f in figures.extract(_doc(pid, text), [])]


def test_figures_of_a_state_named_in_the_sentence_before_respectively():
    text = ("在塞拉利昂，妇女署支持议会推动通过《2022 年性别平等和增强妇女权能法》，"
            "其中规定妇女在任命和选举的职位中所占比例不少于 30%的最低配额。"
            "2023 年选举后，妇女在各级的政治代表性都有所提高，议会中的女性占 30.4%，"
            "地方议会中的女性占 34%，显著高于 2018 年选举后的 12.4%和 18%。")
    assert _figures(text) == [
        ("SLE", "30.4", "2023", "parliament"),
        ("SLE", "34", "2023", "councils"),
        ("SLE", "12.4", "2018", "parliament"),
        ("SLE", "18", "2018", "councils"),
    ]


def test_a_world_figure_and_a_change_whose_start_has_no_period():
    assert _figures("尽管全球已作出努力和承诺，但 2024 年，妇女在议会中的代表比例仍为 27%。") == [
        ("world", "27", "2024", "parliament")
    ]
    text = ("开发署在蒙古开展技术援助工作。由于这项努力，妇女在国家议会中的代表人数增加，"
            "在 2024 年选举后从 17%上升到 25.4%。")
    assert _figures(text) == [("MNG", "17", None, "parliament"), ("MNG", "25.4", "2024", "parliament")]


def test_a_fraction_in_words_is_a_value():
    assert _figures("意识到妇女仍然只占世界各国立法者的四分之一，", "pp 19") == [
        ("world", "25", None, "parliament")
    ]


def test_dates_keep_their_precision():
    assert [date_in(t) for t in ("2024 年", "2024 年 11 月", "2019 年 1 月 1 日", "无")] == [
        "2024", "2024-11", "2019-01-01", None
    ]


# A/74/285 ¶25, as read: the world figure is "current"; the paragraph states its figures as at 1 January 2019.
A_74_285_25 = ("尽管近年来取得了一些进展，但妇女在选举和任命职位上的代表性仍然进展缓慢。"
               "目前，全球议会下院或一院制议会中妇女的比例仅为 24.3%(见图二)。这一数字略高于上一个报告期。"
               "截至 2019 年 1 月 1 日，妇女只占所有国家元首的 6.6%。")


def test_a_current_figure_takes_the_date_its_paragraph_states_figures_as_at():
    assert _figures(A_74_285_25) == [("world", "24.3", "2019-01-01", "parliament")]


def test_a_current_figure_takes_the_year_of_the_document_when_the_paragraph_gives_no_date():
    text = "目前，全球议会中妇女的比例为 26.5%。"
    doc = Document("A/78/1", "zh", "x.txt", "report", date="2023-08-01", paragraphs=[Paragraph("9", text)])
    assert [(f.area.key, f.value, f.period) for f in figures.extract(doc, [])] == [("world", "26.5", "2023")]


def test_a_current_figure_with_no_date_anywhere_stays_without_period():
    assert _figures("目前，全球议会中妇女的比例为 26.5%。") == [("world", "26.5", None, "parliament")]


def test_a_figure_not_said_to_be_current_does_not_take_the_as_at_date():
    text = "全球议会中妇女的比例为 24.3%。截至 2019 年 1 月 1 日，妇女只占所有国家元首的 6.6%。"
    assert _figures(text) == [("world", "24.3", None, "parliament")]
