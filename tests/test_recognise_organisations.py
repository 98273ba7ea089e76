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
