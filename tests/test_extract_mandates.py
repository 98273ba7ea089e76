"""Mandates from resolutions' operative paragraphs and from what reports say resolutions asked.

Fixture texts are paragraphs of A/RES/76/176 and A/74/285 (sample corpus), copied as read.
"""

from ingest.extract import mandates, reported
from ingest.extract.deliverables import en_ordinal
from ingest.model import Document, Mention, Paragraph
from ingest.numerals import zh_number
from ingest.readers import reader_for
from ingest.recognise import recognise
from ingest.structure import parse
from tests.conftest import DATA


def _op(text, pid="op 1"):
    return Paragraph(pid, text, "operative")


def _rows(found):
    return [(m.verb, m.addressee.key if m.addressee else None, m.deliverables) for m in found]


def test_a_request_to_the_secretary_general_for_a_report_to_a_session():
    para = _op("请秘书长向大会第七十八届会议报告本决议执行情况，特别是会员国提出选举援助请求的现状；")
    assert _rows(mandates.from_operative(para, [])) == [
        ("requests", "Secretary-General", ["report:GA-78", "assistance"])
    ]


def test_two_verbs_in_one_paragraph_give_two_mandates():
    para = _op("指出在全国和地方举行高效和透明选举必须有适足资源，并建议会员国为这些选举提供适足资源；")
    assert _rows(mandates.from_operative(para, [])) == [
        ("notes", None, []),
        ("recommends", "Member States", ["resources"]),
    ]


def test_a_prefixed_verb_keeps_its_concept_and_its_quantified_addressee():
    para = _op("又促请所有会员国考虑如何增强所有青年在地方、国家、区域和国际机构和机制各级决策中的代表性；")
    [found] = mandates.from_operative(para, [])
    assert (found.verb, found.verb_written, found.addressee.written, found.addressee.key) == (
        "calls upon", "促请", "所有会员国", "Member States"
    )


def test_thanks_to_several_parties_gives_one_mandate_each():
    para = _op(
        "鼓励这些组织交流知识和经验，并对派遣观察员或技术专家支持联合国选举援助努力的会员国、"
        "区域组织和非政府组织表示感谢；"
    )
    assert _rows(mandates.from_operative(para, [])) == [
        ("encourages", "these organizations", []),
        ("expresses appreciation", "Member States", []),
        ("expresses appreciation", "regional organizations", []),
        ("expresses appreciation", "non-governmental organizations", []),
    ]


def test_the_focal_point_is_normalised_from_the_way_the_resolution_writes_it():
    para = _op("请担任联合国选举援助事务协调人的主管政治和建设和平事务副秘书长"
               "继续定期向会员国通报收到的请求；")
    assert _rows(mandates.from_operative(para, [])) == [
        ("requests", "focal point for electoral assistance matters", ["information"])
    ]


def test_a_recognised_organisation_is_the_addressee_and_others_are_mentioned():
    text = "请世卫组织与选举援助司合作；"
    mention = Mention("organization", "op 1", 1, 5, "世卫组织", "WHO")
    [found] = mandates.from_operative(_op(text), [mention])
    assert (found.addressee.key, found.addressee.kind) == ("WHO", "organization")
    assert [p.key for p in found.mentions] == ["EAD"]


def test_requesting_state_is_not_the_verb_requests():
    found = mandates.clauses("重申联合国提供选举援助，请求国的需求应得到满足；")
    assert [c.verb.notation for c in found] == ["reaffirms"]


def test_a_verb_inside_a_clause_does_not_open_a_mandate():
    para = _op("赞扬联合国应会员国请求提供选举援助，同时确认组织自由和公正选举的责任在于各国政府；")
    assert _rows(mandates.from_operative(para, [])) == [("commends", "UN", ["assistance"])]


def _report(text, pid="7"):
    return Document("A/74/285", "zh", "x.txt", "report", paragraphs=[Paragraph(pid, text)])


def test_a_report_states_a_mandate_of_the_resolution_it_cites():
    doc = _report("大会在第 72/164 号决议中请开发署与其他相关组织合作，继续推行其民主治理援助方案。")
    [found] = mandates.extract(doc, [])
    assert (found.verb, found.addressee.key, found.cites, found.rule) == (
        "requests", "UNDP", "A/RES/72/164", "mandate.reported"
    )


def test_an_organ_asking_again_in_the_same_paragraph_cites_the_resolution_named_before():
    text = (
        "人权理事会在其第 39/11 号决议中提交了一套准则草案。人权理事会请人权高专办传播准则并推广使用。"
    )
    [found] = reported.from_report(_report(text), Paragraph("18", text), [])
    assert (found.addressee.key, found.cites) == ("OHCHR", "A/HRC/RES/39/11")


def test_a_designation_is_dated_by_the_year_that_opens_its_sentence():
    text = "1991 年，秘书长经大会认可，任命主管政治事务副秘书长为选举援助事务的协调人。"
    [found] = reported.from_report(_report(text, "5"), Paragraph("5", text), [])
    assert (found.verb, found.addressee.key, found.date, found.rule) == (
        "designates", "Under-Secretary-General for Political Affairs", "1991", "mandate.designation"
    )


def test_resolution_paragraphs_give_no_reported_mandates():
    doc = Document("A/RES/76/176", "zh", "x.txt", "resolution",
                   paragraphs=[Paragraph("pp 1", "回顾大会在第 74/158 号决议中请秘书长报告", "preambular")])
    assert mandates.extract(doc, []) == []


def test_chinese_session_numbers():
    assert [zh_number(t) for t in ("七十八", "十", "六十二", "一百", "79")] == [78, 10, 62, 100, 79]


def test_an_operative_paragraph_without_a_known_verb_gives_no_mandate():
    para = Paragraph("op 3", "Approves the programme of work of the Committee;", "operative")
    assert mandates.from_operative(para, []) == []


def test_a_later_clause_of_the_organ_in_the_same_sentence_is_a_mandate_of_the_same_resolution():
    text = ("大会在第 73/148 号决议中重申了这些原则，鼓励国家立法当局和政党实行零容忍。"
            "大会再次呼吁会员国作出努力。")
    found = reported.from_report(_report(text), Paragraph("31", text), [])
    assert [(m.verb, m.addressee.key, m.cites) for m in found] == [
        ("encourages", "national legislative authorities", "A/RES/73/148"),
        ("encourages", "political parties", "A/RES/73/148"),
        ("calls upon", "Member States", "A/RES/73/148"),
    ]


def test_the_resolution_itself_as_subject_cites_the_resolution_named_before():
    text = "大会关于“议会”的第77/159 号决议承认各国议会的作用。该决议鼓励各国议会评估法律框架。"
    [found] = reported.from_report(_report(text), Paragraph("6", text), [])
    assert (found.verb, found.addressee.key, found.cites) == (
        "encourages", "national parliaments", "A/RES/77/159"
    )


def test_a_citation_later_in_the_sentence_links_a_mandate_with_none_before():
    text = "马那瓜会议和大会请秘书长探讨方法，并向大会第五十届会议提交综合报告（见第 49/30 号决议）。"
    [found] = reported.from_report(_report(text), Paragraph("57", text), [])
    assert (found.verb, found.addressee.key, found.deliverables, found.cites) == (
        "requests", "Secretary-General", ["report:GA-50"], "A/RES/49/30"
    )


def test_two_resolutions_cited_together_each_give_the_mandate():
    text = "本报告根据大会第 60/253 和第 61/226 号决议提交，大会在这两个决议中，请秘书长继续发挥积极作用。"
    found = reported.from_report(_report(text), Paragraph("s", text), [])
    assert [(m.addressee.key, m.cites) for m in found] == [
        ("Secretary-General", "A/RES/60/253"), ("Secretary-General", "A/RES/61/226")
    ]


def test_a_declaratory_verb_of_a_report_gives_no_mandate():
    text = "大会第 54/36 号决议赞同了该建议。大会在第 76/270 号决议中确认各国议会联盟的工作。"
    assert reported.from_report(_report(text), Paragraph("2", text), []) == []


def _written(found):
    return [(m.verb, m.addressee.written if m.addressee else None, m.addressee.key if m.addressee else None,
             m.deliverables) for m in found]


def test_the_english_resolution_fixture_gives_its_two_requests():
    path = DATA / "en_resolution.txt"
    doc = parse(reader_for(path)(path), {})
    found = mandates.extract(doc, recognise(doc))
    assert [(m.pid, *row) for m, row in zip(found, _written(found), strict=True)] == [
        ("op 1", "requests", "the Secretary-General", "Secretary-General", ["report:GA-78"]),
        ("op 2", "requests", "the United Nations Development Programme", "UNDP", ["assistance", "programme"]),
    ]
    assert [m.summary for m in found] == [
        "Requests the Secretary-General to report to the General Assembly at its seventy-eighth session",
        "Requests the United Nations Development Programme to continue its democratic governance "
        "assistance programmes",
    ]


def test_an_english_call_upon_several_addressees_gives_one_mandate_each():
    para = _op("Also calls upon all Member States, regional organizations and non-governmental "
               "organizations to provide adequate resources for elections;")
    assert _written(mandates.from_operative(para, [])) == [
        ("calls upon", "all Member States", "Member States", ["resources"]),
        ("calls upon", "regional organizations", "regional organizations", ["resources"]),
        ("calls upon", "non-governmental organizations", "non-governmental organizations", ["resources"]),
    ]


def test_an_english_paragraph_with_two_verbs_joined_by_and():
    para = _op("Welcomes the report of the Secretary-General, and requests the Electoral Assistance "
               "Division to maintain an updated roster of experts;")
    assert _written(mandates.from_operative(para, [])) == [
        ("welcomes", None, None, []),
        ("requests", "the Electoral Assistance Division", "EAD", ["roster"]),
    ]


def test_english_prefixes_and_multiword_verbs_keep_their_concept():
    texts = ["Strongly urges States to ensure that requests received are met;",
             "Takes note with interest of the report of the Secretary-General;",
             "Expresses its appreciation to Member States for their support;",
             "Further invites the Secretary-General, in consultation with Member States, to inform them;"]
    found = [mandates.from_operative(_op(t), []) for t in texts]
    assert [_written(f) for f in found] == [
        [("urges", "States", "States", [])],
        [("notes", None, None, [])],
        [("expresses appreciation", "Member States", "Member States", [])],
        [("invites", "the Secretary-General", "Secretary-General", ["information"])],
    ]


def test_a_noun_after_a_comma_does_not_open_an_english_clause():
    found = mandates.clauses("Reaffirms that assistance is provided on request, requests received being met;")
    assert [c.verb.notation for c in found] == ["reaffirms"]


def test_english_session_ordinals():
    assert [en_ordinal(t) for t in ("seventy-eighth", "tenth", "sixtieth", "first", "62nd", "twenty")] == [
        78, 10, 60, 1, 62, None
    ]


def test_a_basis_between_the_organ_and_its_verb_is_skipped():
    text = "人权理事会第 38/12 号决议基于国际人权法促请各国：(a) 采取一切必要措施。"
    doc = Document("A/HRC/44/25", "zh", "x.txt", "report", body="HRC", paragraphs=[Paragraph("49", text)])
    [found] = mandates.extract(doc, [])
    assert (found.verb, found.addressee.key, found.cites) == ("calls upon", "States", "A/HRC/RES/38/12")
