"""Document symbols in every written form, normalised as DESIGN.md says."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.model import Paragraph
from ingest.recognise.symbols import link_symbol, recognise, resolution_symbol


def keys(text: str, links: list[str] | None = None) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in recognise([Paragraph("1", text, links=links or [])])]


def test_resolutions_cited_by_number_belong_to_the_organ_the_sentence_names():
    assert keys("根据大会第 72/164 号决议提交") == [("72/164", "A/RES/72/164")]
    assert keys("推进安全理事会第 1325(2000)号决议以及") == [("1325(2000)", "S/RES/1325(2000)")]
    assert keys("见人权理事会第 39/11 号决议。") == [("39/11", "A/HRC/RES/39/11")]


def test_a_list_of_numbers_gives_one_mention_each():
    assert keys("本报告根据大会第 60/253 和第 61/226 号决议提交") == [
        ("60/253", "A/RES/60/253"), ("61/226", "A/RES/61/226")]


def test_written_symbols_keep_their_form():
    assert keys("见 S/RES/1244(1999)、CEDAW/C/GC/40 和 A/CONF.157/24(Part I)。") == [
        ("S/RES/1244(1999)", "S/RES/1244(1999)"), ("CEDAW/C/GC/40", "CEDAW/C/GC/40"),
        ("A/CONF.157/24(Part I)", "A/CONF.157/24(Part I)")]


def test_english_citations():
    assert keys("Recalling Security Council resolution 1325 (2000) and resolutions 60/253 and 61/226,") == [
        ("1325 (2000)", "S/RES/1325(2000)"), ("60/253", "A/RES/60/253"), ("61/226", "A/RES/61/226")]


def test_a_link_line_is_evidence_of_the_organ():
    assert keys("包括第 19/11 号决议", ["https://undocs.org/ch/A/HRC/RES/19/11"]) == [
        ("19/11", "A/HRC/RES/19/11")]


def test_link_targets_read_as_symbols():
    assert link_symbol("https://undocs.org/ch/A/CONF.157/24(PartI)") == "A/CONF.157/24(Part I)"
    assert link_symbol("https://docs.un.org/zh/S/RES/1244(1999)") == "S/RES/1244(1999)"


@given(st.integers(1, 99), st.integers(1, 400))
def test_any_ga_number_round_trips(session, number):
    text = f"大会第 {session}/{number} 号决议"
    assert keys(text) == [(f"{session}/{number}", resolution_symbol(f"{session}/{number}"))]


@given(st.integers(1, 2999), st.integers(1946, 2099))
def test_any_security_council_number_round_trips(number, year):
    assert keys(f"安全理事会第 {number}({year})号决议") == [
        (f"{number}({year})", f"S/RES/{number}({year})")]
