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


def test_a_clause_joined_by_bing_with_a_kind_of_its_own_is_a_second_activity_with_the_sentence_date():
    text = "2024 年，开发署支持了议员的培训，并与议联合办了议会论坛。"
    assert _rows(activities.extract(_doc("60", text, "数字治理", "三.C"), [])) == [
        ("training", "2024", ["UNDP"], [], [], None),
        ("forum", "2024", ["UNDP"], ["IPU"], [], None),
    ]


def test_a_clause_that_goes_on_about_the_same_thing_is_not_a_second_activity():
    text = ("2022 年 4 月至 11 月，联合国人口基金与南部非洲发展共同体议会论坛在博茨瓦纳开展合作，"
            "与议员举行了高级别对话，以推进性和生殖健康及权利，并加强艾滋病毒相关服务。")
    assert _rows(activities.extract(_doc("17", text, "卫生保健", "二.B"), [])) == [
        ("dialogue", "2022-04", ["UNFPA"], ["SADC PF"], ["BWA"], None),
    ]


def test_members_beside_a_parliamentary_body_are_its_members_not_a_national_parliament():
    text = "2022 年，联合国人口基金与南部非洲发展共同体议会论坛在博茨瓦纳合作，与议员举行了高级别对话。"
    assert _rows(activities.extract(_doc("17", text, "卫生保健", "二.B"), [])) == [
        ("dialogue", "2022", ["UNFPA"], ["SADC PF"], ["BWA"], None),
    ]


def test_a_field_mission_works_with_the_parliament_of_the_state_its_name_holds():
    text = ("2024 年 7 月 19 日，联合国组织刚果民主共和国稳定特派团支持启动与国民议会议长的协商框架。"
            "2024 年底，稳定团启动了与国民议会的协商框架，以协调法律框架。")
    mission = Mention("organization", "30", 58, 61, "稳定团", "MONUSCO")
    assert _rows(activities.extract(_doc("30", text), [mission])) == [
        ("dialogue", "2024-07-19", ["MONUSCO"], ["COD"], ["COD"], None),
        ("dialogue", "2024", ["MONUSCO"], ["COD"], ["COD"], None),
    ]


def test_a_house_of_representatives_of_the_state_a_sentence_opens_on_is_its_parliament():
    text = "在利比亚，联合国利比亚支助团与国民代表大会合作起草了一项关于保护妇女免遭暴力侵害的法律草案。"
    found = activities.extract(_doc("32", text), [])
    assert [(a.activity_kind, [p.key for p in a.actors], [(p.key, p.kind) for p in a.partners],
             [p.key for p in a.countries]) for a in found] == [
        ("legislative-support", ["UNSMIL"], [("LBY", "parliament")], ["LBY"]),
    ]


def test_a_parliament_named_only_as_enacting_or_elected_is_no_partner_of_an_annex_example():
    text = ("联合国支持在各政党之间开展一场高级别对话，最终达成共识，对民事登记处进行改革，"
            "并在 2019 年 2 月由国民议会颁布这些改革举措。")
    found = activities.extract(_doc("annex II 4", text, "洪都拉斯", "annex.II.4"), [])
    assert _rows(found) == [("dialogue", None, ["UN"], [], ["HND"], None)]


def test_the_ipu_organising_with_un_entities_is_the_actor_and_they_are_its_partners():
    text = ("为落实该决议，议联与欧洲经济委员会和亚洲及太平洋经济社会委员会一道，"
            "推动欧洲和亚太区域各国议会与行政部门之间开展对话。")
    assert _rows(activities.extract(_doc("47", text, "可持续发展", "三.A"), [])) == [
        ("dialogue", None, ["IPU"], ["ECE", "ESCAP"], [], None),
    ]


def test_national_parliaments_hosting_with_un_support_are_the_actors():
    text = "哥斯达黎加和特立尼达和多巴哥的国民议会与议联合作，在开发署的支持下主办了区域研讨会。"
    found = activities.extract(_doc("79", text, "气候变化", "三.G"), [])
    assert [([(p.key, p.kind) for p in a.actors], [p.key for p in a.partners]) for a in found] == [
        ([("CRI", "parliament"), ("TTO", "parliament")], ["UNDP", "IPU"]),
    ]


def test_the_date_of_an_outcome_is_not_the_date_of_the_activity():
    text = ("在利比亚，联合国利比亚支助团与国民代表大会合作起草了一项法律草案，"
            "该法律草案于 2024年 1 月 18 日获得国民代表大会立法委员会批准。")
    assert _rows(activities.extract(_doc("32", text, "性别平等和增强妇女权能", "二.D"), [])) == [
        ("legislative-support", None, ["UNSMIL"], ["LBY"], ["LBY"], None),
    ]


def test_an_entity_that_guides_does_not_act_and_a_sentence_about_this_initiative_adds_nothing():
    text = ("开发署在负责冲突中性暴力问题秘书长特别代表的战略指导下，"
            "自 2022 年以来一直为南苏丹当局提供技术支持。该倡议旨在支持起草法律。")
    assert _rows(activities.extract(_doc("27", text), [])) == [
        ("technical-assistance", "2022", ["UNDP"], [], ["SSD"], None),
    ]


def test_a_name_inside_a_common_word_is_no_country():
    text = "2020 年，环境署与议联签署了谅解备忘录，重点是在发展中国家提供支持。"
    assert _rows(activities.extract(_doc("77", text, "气候变化", "三.G"), [])) == [
        ("agreement", "2020", ["UNEP"], ["IPU"], [], None),
    ]


def test_the_date_and_state_of_a_basis_or_request_clause_are_not_the_activity_s():
    text = ("根据法国政府 2016 年提出的请求，联合国在更新选民名册期间部署专家提供咨询意见，"
            "以筹备 2018 年 11 月举行的省级选举。")
    assert _rows(activities.extract(_doc("13", text), [])) == [
        ("technical-assistance", "2018-11", ["UN"], [], [], None),
    ]


def test_the_united_nations_supporting_a_named_state_is_an_activity_there_without_an_outcome_date():
    text = "马拉维在联合国支持下开展促进妇女参与的国家努力，使 2019 年当选的妇女人数增加。"
    assert _rows(activities.extract(_doc("26", text), [])) == [
        ("technical-assistance", None, ["UN"], [], ["MWI"], None),
    ]


def test_the_united_nations_working_with_named_regional_organisations_is_an_activity():
    text = ("例如，联合国与东南亚国家联盟、阿拉伯国家联盟(阿盟)和南部非洲发展共同体(南共体)合作，"
            "举办了 9 次区域培训班和圆桌讨论会。")
    assert _rows(activities.extract(_doc("19", text), [])) == [
        ("training", None, ["UN"], ["ASEAN", "LAS", "SADC"], [], None),
    ]


def test_the_united_nations_alone_without_a_date_or_place_is_a_role_not_an_activity():
    text = "联合国为各国议会提供技术支持。"
    assert _rows(activities.extract(_doc("8", text), [])) == []


def test_the_date_a_result_clause_reaches_leaves_the_actor_s_activity_undated():
    text = "开发署支持了马拉维促进妇女参与的国家努力，使 2019 年当选的妇女人数增加。"
    assert _rows(activities.extract(_doc("26", text), [])) == [
        ("technical-assistance", None, ["UNDP"], [], ["MWI"], None),
    ]


def test_an_intergovernmental_organ_that_advocates_is_not_an_actor():
    text = "建设和平委员会参与维持国际社会对和平选举的支持，并倡导在议会中实行妇女席位配额。"
    assert _rows(activities.extract(_doc("3", text), [])) == []


def test_the_state_a_sentence_opens_on_is_the_setting_of_the_paragraph_s_later_sentences():
    text = ("在伊拉克，联合国伊拉克援助团(联伊援助团)向司法机构提供了技术援助。"
            "联伊援助团还发表关于该国人权状况的季度报告。")
    assert _rows(activities.extract(_doc("30", text), [])) == [
        ("technical-assistance", None, ["UNAMI"], [], ["IRQ"], None),
        ("publication", None, ["UNAMI"], [], ["IRQ"], None),
    ]


def test_a_sentence_whose_subject_is_this_office_again_keeps_it_among_the_actors():
    text = ("联合国毒品和犯罪问题办事处向各会员国提供技术援助。"
            "该办事处还与联合国区域间犯罪和刑事司法研究所合作，出版了立法指南。")
    assert _rows(activities.extract(_doc("38", text), [])) == [
        ("technical-assistance", None, ["UNODC"], [], [], None),
        ("publication", None, ["UNODC", "UNICRI"], [], [], None),
    ]


def test_a_sentence_about_this_office_s_further_work_is_an_activity_of_the_office():
    text = ("人权事务高级专员办事处(人权高专办)就选举中的人权问题制定了指导工具。"
            "该办事处还在各区域组织培训讲习班。")
    assert _rows(activities.extract(_doc("26", text), [])) == [
        ("publication", None, ["OHCHR"], [], [], None),
        ("workshop", None, ["OHCHR"], [], [], None),
    ]


def test_support_reported_in_a_section_on_electoral_assistance_is_electoral_assistance():
    text = ("人权事务高级专员办事处(人权高专办)就选举中的人权问题制定了指导工具。"
            "人权高专办还通过公民教育和监测投票站，为选举进程提供支助。")
    assert _rows(activities.extract(_doc("20", text, "选举援助", "四.A"), [])) == [
        ("publication", None, ["OHCHR"], [], [], None),
        ("electoral-assistance", None, ["OHCHR"], [], [], None),
    ]


def test_a_parliamentary_election_is_no_parliament_partner():
    text = "例如，在阿富汗，联合国协助国家选举当局将性别平等问题纳入 2018 年议会选举的主流。"
    assert _rows(activities.extract(_doc("26", text, "性别平等", "四"), [])) == [
        ("technical-assistance", "2018", ["UN"], [], ["AFG"], None),
    ]


def test_taking_part_in_drafting_a_constitution_is_legislative_support():
    text = ("人权事务高级专员办事处(人权高专办)积极参与修改国家宪法，使其符合国际人权标准。"
            "该办事处还在各区域组织培训讲习班。")
    assert _rows(activities.extract(_doc("26", text), [])) == [
        ("legislative-support", None, ["OHCHR"], [], [], None),
        ("workshop", None, ["OHCHR"], [], [], None),
    ]


def test_an_exchange_programme_organised_for_regional_organisations_is_training_with_them():
    text = ("联合国与阿拉伯国家联盟(阿盟)合作举办了区域讲习班。"
            "本组织还为南部非洲发展共同体(南共体)和阿盟组织了选举工作人员交流方案。")
    assert _rows(activities.extract(_doc("19", text), [])) == [
        ("workshop", None, ["UN"], ["LAS"], [], None),
        ("training", None, ["UN"], ["SADC", "LAS"], [], None),
    ]


def test_a_clause_whose_subject_is_an_organ_that_does_not_act_is_not_the_last_actor_s_work():
    text = ("开发署还支持国家当局起草性别平等法。"
            "建设和平委员会参与维持国际社会对和平选举的支持，并倡导在议会中实行妇女席位配额。")
    assert _rows(activities.extract(_doc("3", text), [])) == [
        ("legislative-support", None, ["UNDP"], [], [], None),
    ]


def test_good_offices_are_no_activity_and_the_states_they_name_join_nothing():
    text = ("开发署向全国选举委员会提供了技术支持。"
            "此外，秘书长特别代表与尼日利亚前总统以及非洲联盟的代表合作开展斡旋努力。")
    assert _rows(activities.extract(_doc("7", text), [])) == [
        ("technical-assistance", None, ["UNDP"], [], [], None),
    ]


def test_a_sentence_about_what_its_support_aimed_at_adds_nothing():
    text = "开发署向全国选举委员会提供了技术支持。它的支持旨在改进选举机构，并培训年轻记者。"
    assert _rows(activities.extract(_doc("7", text), [])) == [
        ("technical-assistance", None, ["UNDP"], [], [], None),
    ]


def test_helping_to_set_up_an_institution_is_technical_assistance():
    text = ("在伊拉克，联合国伊拉克援助团(联伊援助团)一直与司法机构和民间社会合作，推动建立全国人权委员会。"
            "联伊援助团还发表关于该国人权状况的季度报告。")
    assert _rows(activities.extract(_doc("30", text), [])) == [
        ("technical-assistance", None, ["UNAMI"], [], ["IRQ"], None),
        ("publication", None, ["UNAMI"], [], ["IRQ"], None),
    ]


def test_members_a_sentence_reaches_as_a_result_are_no_partner():
    text = "马拉维在联合国支持下开展促进妇女参与的国家努力，使 2019 年当选的女议员人数增加。"
    assert _rows(activities.extract(_doc("26", text, "性别平等", "二.B"), [])) == [
        ("technical-assistance", None, ["UN"], [], ["MWI"], None),
    ]


def test_a_date_that_places_an_election_as_a_reference_point_is_not_the_activitys():
    text = ("在联合国的帮助下，马里国家当局进行了一次性别平等情况调查，"
            "确定了 2018 年总统选举前妇女的优先事项和期望。")
    assert _rows(activities.extract(_doc("26", text, "性别平等", "二.B"), [])) == [
        ("research", None, ["UN"], [], ["MLI"], None),
    ]


def test_committee_members_of_states_in_a_paragraph_about_parliamentarians_are_of_their_parliaments():
    text = ("人道主义事务协调厅通过有针对性的宣传活动与议员保持积极接触。在报告期间，人道协调厅与比利时、丹麦"
            "等多个合作伙伴的外交事务和预算事务委员会和小组委员会的成员进行了互动交流。")
    assert _rows(activities.extract(_doc("21", text), [])) == [
        ("campaign", None, ["OCHA"], [], [], None),
        ("dialogue", None, ["OCHA"], ["BEL", "DNK"], ["BEL", "DNK"], None),
    ]


def test_committee_members_of_states_are_no_parliament_where_the_paragraph_is_not_about_them():
    text = "人道协调厅与比利时、丹麦的外交事务委员会的成员进行了互动交流。"
    assert _rows(activities.extract(_doc("21", text), [])) == [
        ("dialogue", None, ["OCHA"], [], ["BEL", "DNK"], None),
    ]
