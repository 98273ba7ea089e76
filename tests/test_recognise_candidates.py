"""Candidate organisations: named bodies outside the gazetteer, not generic phrases, with exact boundaries."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.model import Document, Paragraph
from ingest.recognise import candidates, recognise
from ingest.recognise.gazetteer import Gazetteer

ORGS = Gazetteer([("联合国", "UN"), ("联合国开发计划署", "UNDP"), ("开发署", "UNDP"), ("艾滋病署", "UNAIDS")])
STATES = Gazetteer([("加拿大", "CAN"), ("墨西哥", "MEX"), ("澳大利亚", "AUS"), ("日本", "JPN")])


def found(text, states=None):
    para = Paragraph("1", text)
    taken = {"1": [(h.start, h.end) for h in ORGS.find(text)]}
    return [(m.surface, m.start, dict(m.detail).get("state"))
            for m in candidates.recognise([para], taken, states)]


def test_a_named_body_in_a_list_starts_after_the_list_delimiter():
    assert found("学会与南部非洲选举研究所、国际选举制度基金会合作。") == [
        ("南部非洲选举研究所", 3, None), ("国际选举制度基金会", 13, None)]


def test_a_name_ending_in_shiwuju_is_a_candidate():
    assert found("与墨西哥联邦选举事务局合作") == [("墨西哥联邦选举事务局", 1, None)]


def test_a_transliterated_personal_name_keeps_its_middle_dot():
    assert found("艾滋病署在建立罗伯特·卡尔基金会方面发挥了关键作用，该基金向网络提供资金") == [
        ("罗伯特·卡尔基金会", 7, None)]


def test_a_name_never_starts_with_a_quantity():
    assert found("与 392 个非政府组织和 33 个基金会的伙伴关系，以及 3 个南部非洲选举研究所") == [
        ("南部非洲选举研究所", 33, None)]


def test_generic_phrases_are_no_named_organisations():
    text = ("包括国家和地方民间社会组织；附属机构和小组委员会；政府间论坛；各实体的民间社会咨询委员会；"
            "70%以上的伙伴是地方组织；向全球和区域民间社会网络提供资金；民间社会行为者和国际组织")
    assert found(text) == []


def test_verbs_and_back_references_ending_in_a_head_are_no_names():
    assert found("特派团迅速部署，双方签署协定，会员国希望本组织在会议期间都组织活动，防范网络安全风险") == []


def test_a_short_form_introduced_in_brackets_is_kept_even_when_generic():
    assert found("国际选举制度基金会（选举基金会）") == [
        ("国际选举制度基金会", 0, None), ("选举基金会", 10, None)]


def test_names_joined_by_he_are_two_names():
    assert found("由南部非洲选举研究所和太平洋岛屿选举研究所") == [
        ("南部非洲选举研究所", 1, None), ("太平洋岛屿选举研究所", 11, None)]


def test_heping_and_hejie_start_a_name():
    assert found("设立了和解委员会") == [("和解委员会", 3, None)]


def test_heping_is_a_generic_word_not_a_connector():
    assert found("支持和平特派团，维持和平特派团") == []


def test_a_known_state_and_a_body_is_that_states_national_body():
    assert found("加拿大选举委员会、澳大利亚选举委员会和墨西哥联邦选举事务局", STATES) == [
        ("加拿大选举委员会", 0, "CAN"), ("澳大利亚选举委员会", 9, "AUS"), ("墨西哥联邦选举事务局", 19, "MEX")]


def test_the_state_inside_a_national_body_is_no_state_mention_of_its_own():
    text = "加拿大选举委员会与墨西哥合作。"
    doc = Document("X/1", "zh", "x.txt", paragraphs=[Paragraph("1", text)])
    mentions = recognise(doc, (ORGS, STATES))
    assert [(m.kind, m.surface, m.key) for m in mentions if m.kind in {"state", "candidate"}] == [
        ("state", "墨西哥", "MEX"), ("candidate", "加拿大选举委员会", "加拿大选举委员会")]


def test_english_candidates_are_capitalised_words_ending_in_a_head_and_not_all_generic():
    assert found("with the Robert Carr Foundation, the Carter Center, the Independent Electoral Commission "
                 "and a regional Office of the Council; the National Commission met") == [
        ("Robert Carr Foundation", 9, None), ("Carter Center", 37, None)]


def test_the_vocabulary_heads_and_generic_words_come_from_the_csv_files():
    vocab = candidates.vocabulary()
    assert {"事务局", "基金会", "Foundation"} <= set(vocab.heads)
    assert "论坛" not in vocab.heads
    assert {"国家", "地方", "民间社会", "非政府", "政府间", "其他", "这些", "该"} <= vocab.generic


CHUNKS = ["国家", "地方", "民间社会", "联合国", "开发署", "加拿大", "选举", "罗伯特·卡尔", "南部非洲", "个",
          "392 个", "多个", "和", "、", "，", "的", "在", "委员会", "基金会", "事务局", "组织", "署", "部署",
          "网络", "研究所", "论坛", "办事处", "特派团", "太平洋", "伙伴"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CHUNKS), max_size=14))
def test_a_candidate_never_overlaps_a_gazetteer_name_nor_starts_with_a_quantity_and_ends_in_a_head(chunks):
    text = "".join(chunks)
    para = Paragraph("1", text)
    taken = [(h.start, h.end) for h in ORGS.find(text)]
    vocab = candidates.vocabulary()
    for m in candidates.recognise([para], {"1": taken}, STATES):
        assert text[m.start:m.end] == m.surface
        assert not any(s < m.end and m.start < e for s, e in taken)
        assert m.surface[0] not in "个家多0123456789 ，、和的"
        assert vocab.head_at_end(m.surface)


def test_a_known_name_inside_a_title_is_not_an_unknown_candidate():
    known = Gazetteer([("欧洲联盟", "EU")])
    para = Paragraph("1", "《欧洲联盟条约》，1993 年；南部非洲选举研究所")
    taken = {"1": []}  # names in 《》 titles are not taken as organisation mentions
    assert [m.surface for m in candidates.recognise([para], taken, None, known)] == ["南部非洲选举研究所"]
