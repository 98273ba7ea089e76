"""Organisations and states from a gazetteer passed in: longest form first, introduced abbreviations."""

from ingest.model import Paragraph
from ingest.recognise import organisations, states
from ingest.recognise.gazetteer import Gazetteer

ORGS = Gazetteer([
    ("联合国", "UN"), ("联合国开发计划署", "UNDP"), ("联合国妇女发展基金", "UNIFEM"), ("妇发基金", "UNIFEM"),
    ("联合国促进性别平等和增强妇女权能署", "UN-Women"), ("妇女署", "UN-Women"),
    ("United Nations Development Programme", "UNDP"), ("UNDP", "UNDP"),
])
STATES = Gazetteer([("阿根廷", "ARG"), ("多民族玻利维亚国", "BOL"), ("加拿大", "CAN"), ("阿富汗", "AFG"),
                    ("Argentina", "ARG")])


def found(text, gazetteer=ORGS):
    return [(m.surface, m.key, m.start) for m in organisations.recognise([Paragraph("1", text)], gazetteer)]


def test_longest_form_wins():
    assert found("联合国开发计划署支持") == [("联合国开发计划署", "UNDP", 0)]


def test_an_abbreviation_the_document_introduces_is_used_afterwards():
    paras = [Paragraph("1", "联合国开发计划署(开发署)提供援助。"), Paragraph("2", "开发署还支持议会。")]
    assert [(m.pid, m.surface, m.key) for m in organisations.recognise(paras, ORGS)] == [
        ("1", "联合国开发计划署", "UNDP"), ("1", "开发署", "UNDP"), ("2", "开发署", "UNDP")]


def test_no_match_inside_a_longer_name():
    assert found("联合国妇女发展基金（妇发基金）") == [
        ("联合国妇女发展基金", "UNIFEM", 0), ("妇发基金", "UNIFEM", 10)]


def test_english_forms_match_whole_words_only():
    assert found("UNDPX and UNDP") == [("UNDP", "UNDP", 10)]


def test_full_width_forms_match_and_spans_index_the_shown_text():
    assert found("由ＵＮＤＰ支持") == [("ＵＮＤＰ", "UNDP", 1)]


def test_states_in_a_list():
    paras = [Paragraph("annex I", "阿根廷、多民族玻利维亚国、加拿大")]
    assert [(m.surface, m.key) for m in states.recognise(paras, STATES)] == [
        ("阿根廷", "ARG"), ("多民族玻利维亚国", "BOL"), ("加拿大", "CAN")]


def test_a_state_inside_an_organisation_name_is_not_a_state_mention():
    paras = [Paragraph("1", "联合国阿富汗援助团")]
    gaz = Gazetteer([("联合国阿富汗援助团", "UNAMA")])
    orgs = organisations.recognise(paras, gaz)
    taken = {"1": [(m.start, m.end) for m in orgs]}
    assert states.recognise(paras, STATES, taken) == []


EN_PARAGRAPH = (
    "The United Nations Development Programme (UNDP) and the Office of the United Nations High Commissioner "
    "for Human Rights supported the electoral commissions of Ghana, Kenya and the Plurinational State of "
    "Bolivia from April to November 2022, pursuant to General Assembly resolution 76/176 and Security "
    "Council resolution 1325 (2000). UNDP also worked with the Sahel Election Observers Network and "
    "UN-Women, as described in A/79/837."
)


def test_every_mention_in_an_english_paragraph_with_the_reference_gazetteers():
    from ingest.model import Document
    from ingest.recognise import recognise

    doc = Document("A/79/999", "en", "x.txt", paragraphs=[Paragraph("2", EN_PARAGRAPH)])
    assert [(m.kind, m.surface, m.key) for m in recognise(doc)] == [
        ("organization", "United Nations Development Programme", "UNDP"),
        ("organization", "UNDP", "UNDP"),
        ("organization", "Office of the United Nations High Commissioner for Human Rights", "OHCHR"),
        ("organization", "General Assembly", "GA"),
        ("organization", "Security Council", "SC"),
        ("organization", "UNDP", "UNDP"),
        ("organization", "UN-Women", "UN-Women"),
        ("state", "Ghana", "GHA"),
        ("state", "Kenya", "KEN"),
        ("state", "Plurinational State of Bolivia", "BOL"),
        ("symbol", "76/176", "A/RES/76/176"),
        ("symbol", "1325 (2000)", "S/RES/1325(2000)"),
        ("symbol", "A/79/837", "A/79/837"),
        ("period", "April to November 2022", "2022-04"),
        ("candidate", "Sahel Election Observers Network", "Sahel Election Observers Network"),
    ]
    assert all(EN_PARAGRAPH[m.start:m.end] == m.surface for m in recognise(doc))


def test_a_short_form_loses_to_a_longer_name_that_starts_inside_it():
    gazetteer = Gazetteer([("联合国", "UN"), ("议联", "IPU")])
    # 建议联合国: "recommends that the United Nations".
    assert found("大会建议联合国继续提供援助", gazetteer) == [("联合国", "UN", 4)]


def test_a_form_at_the_end_of_the_text_ends_there():
    assert [(m.start, m.end) for m in organisations.recognise([Paragraph("1", "和 UNDP")], ORGS)] == [(2, 6)]


def test_names_inside_a_title_are_not_mentions_of_the_organisation():
    assert found("《联合国宪章》和联合国开发计划署") == [("联合国开发计划署", "UNDP", 8)]


MISSIONS = Gazetteer([("联合国组织刚果民主共和国稳定特派团", "MONUSCO"), ("马里稳定团", "MINUSMA")])
SHARED = {"稳定团": ("MINUSMA", "MONUSCO")}


def test_an_ambiguous_form_takes_the_entity_named_last_before_it():
    paras = [Paragraph("30", "联合国组织刚果民主共和国稳定特派团支持议会。"),
             Paragraph("31", "稳定团还协助了选举。")]
    assert [(m.pid, m.surface, m.key) for m in organisations.recognise(paras, MISSIONS, SHARED)] == [
        ("30", "联合国组织刚果民主共和国稳定特派团", "MONUSCO"), ("31", "稳定团", "MONUSCO")]


def test_an_ambiguous_form_with_no_entity_before_it_is_not_a_mention():
    paras = [Paragraph("1", "稳定团协助了选举。"), Paragraph("2", "马里稳定团支持议会。")]
    assert [(m.pid, m.key) for m in organisations.recognise(paras, MISSIONS, SHARED)] == [
        ("2", "MINUSMA")]


def test_an_acronym_inside_a_written_un_symbol_is_not_an_organisation_mention():
    from ingest.model import Document, Footnote
    from ingest.recognise import recognise

    # "The Human Rights Council's report (A/HRC/52/5) mentions UNDP";
    # its footnote: "See A/HRC/41/41 and HRC's report."
    note = Footnote("1", "见 A/HRC/41/41 和 HRC 的报告。")
    para = Paragraph("3", "人权理事会的报告（A/HRC/52/5）提到开发署。", footnotes=[note])
    doc = Document("A/79/999", "zh", "x.txt", paragraphs=[para])
    assert [(m.kind, m.surface, m.key, m.start, m.detail) for m in recognise(doc)] == [
        ("organization", "人权理事会", "HRC", 0, ()),
        ("organization", "开发署", "UNDP", 22, ()),
        ("symbol", "A/HRC/52/5", "A/HRC/52/5", 9, ()),
        ("organization", "HRC", "HRC", 16, (("footnote", "1"),)),
        ("symbol", "A/HRC/41/41", "A/HRC/41/41", 2, (("footnote", "1"),)),
    ]


def test_no_form_starting_inside_a_blocked_span_is_a_mention():
    paras = [Paragraph("1", "见 UNDP/2020/1 号文件和 UNDP")]
    assert [(m.surface, m.start) for m in organisations.recognise(paras, ORGS, blocked={"1": [(2, 13)]})] == [
        ("UNDP", 19)]
