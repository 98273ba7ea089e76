"""Property-based tests of the parsers: random and mutated text never crashes them, and what they
find is well formed.

The text reader is fed random bytes and corpus text in common encodings with
bytes flipped, cut or inserted. The cleaner, the segmenter (structure.parse), the symbol parser and the date
parsers (recognise.dates, frontmatter.closing_date) are fed random text and
real lines of the sample corpus mutated by splicing, deleting, duplicating
and inserting full-width, control, CJK and line-break characters. No
exception escapes except unkg's own input errors (UnkgError); cleaning is
stable (cleaning the cleaned text changes nothing); symbols found are the
text they span and parse back to themselves; dates have real calendar values.
"""

import re
from datetime import date

from conftest import CORPUS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest import frontmatter
from ingest.clean import clean, normalise, render
from ingest.errors import UnkgError
from ingest.model import Paragraph, RawText
from ingest.readers import text as text_reader
from ingest.recognise import dates, symbols
from ingest.structure import parse

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LINES = [line for path in sorted(CORPUS.glob("*.txt"))
         for line in path.read_text(encoding="utf-8").splitlines()]
# Characters that break parsers: full-width forms, ideographic space, controls, line breaks, CJK, digits.
ODD = st.sampled_from(list(
    "０１２９／（）．，：ＡＲＥＳ\u3000\t\x0b\x0c\x1c\x85\u2028\r\n\x00\ufeff\u200b年月日号决议第届"
    "一二十é·•-–—_*/()[]0123456789 ARESCHRSGEPart IVXL"
))


@st.composite
def mutated(draw) -> str:
    """A run of corpus lines, then a few splices, deletions, duplications and odd insertions."""
    start = draw(st.integers(0, len(LINES) - 1))
    text = "\n".join(LINES[start: start + draw(st.integers(1, 12))])
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        end = draw(st.integers(at, min(len(text), at + 40)))
        action = draw(st.sampled_from(["splice", "delete", "duplicate", "insert"]))
        if action == "splice":
            text = text[:at] + draw(st.sampled_from(LINES)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[at:end] + text[at:]
        else:
            text = text[:at] + draw(st.text(ODD, min_size=1, max_size=8)) + text[at:]
    return text


# Lines shaped like a UN document's parts, in any order: paragraphs, headings, annexes, footnotes, links.
PARTS = [" 一. 导言", " 二. 结论", "I. Introduction", " A. 背景", " 附件", " 附件一", "附件二", "Annex",
         " Annex II", "__________", " 1 见 A/79/1。", " 2 同上。", " * 注", "- 项目", "延续的一行"]
FURNITURE = ["https://undocs.org/ch/A/RES/76/270", "大会，", " 第 76 次全体会议", "2021 年 12 月 16 日",
             "A/79/837", "19-13383 (C)", "3/18", "图一", "资料来源：", "76/176.  加强联合国的作用",
             " 秘书长的报告", "第七十九届会议", "议程项目 126", "  目录"]
SHAPED = st.lists(st.one_of(
    st.builds(" {}. 第{}段。".format, st.integers(1, 4), st.integers(0, 9)),
    st.sampled_from(PARTS), st.sampled_from(FURNITURE), st.sampled_from(LINES),
), max_size=30).map("\n".join)

TEXT = st.one_of(st.text(max_size=300), st.text(ODD, max_size=200), mutated(), SHAPED)


@PROPERTY
@given(TEXT)
@example("__________\nfootnote text after a rule, with no line before it")  # was an IndexError
@example("https://undocs.org/ch/A/1\n__________\nmore")  # was joined onto the link
def test_cleaning_clean_text_changes_nothing(text):
    cleaned = clean(text)
    assert clean(render(cleaned)).lines == cleaned.lines


@PROPERTY
@given(TEXT)
def test_cleaned_lines_are_stripped_and_never_empty(text):
    for line in clean(text).lines:
        assert line.text and line.text == line.text.strip() and "\n" not in line.text


@PROPERTY
@given(TEXT)
@example("1.0\r 附件\r 附件")  # a repeated annex heading gave two paragraphs "annex"
def test_the_segmenter_parses_or_refuses_with_an_input_error(text):
    try:
        doc = parse(RawText(text, "x.txt", "utf-8"), {"symbol": "A/1/1"})
    except UnkgError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
        return
    pids = [p.pid for p in doc.paragraphs]
    assert len(pids) == len(set(pids)), pids
    assert all(p.text for p in doc.paragraphs if p.kind != "annex")
    sections = [s.sid for s in doc.sections]
    assert all(p.section is None or p.section in sections for p in doc.paragraphs)


SYMBOL = r"[A-Z][A-Z0-9]*(?:/[A-Za-z0-9.\-]+(?:\((?:Part [IVX]+|[A-Za-z0-9]+)\))?)+"


def _symbols(text: str):
    return symbols.recognise([Paragraph("1", text)])


@PROPERTY
@given(TEXT)
def test_symbols_found_are_the_text_they_span_in_normal_form(text):
    for m in _symbols(text):
        assert text[m.start:m.end] == m.surface and m.surface.strip() == m.surface
        assert symbols.normal_form(m.key) == m.key
        assert re.fullmatch(SYMBOL, m.key)


@PROPERTY
@given(TEXT)
def test_a_written_symbol_parses_back_to_itself(text):
    for m in _symbols(text):
        if m.detail or not re.match(r"[A-Z]", normalise(m.surface)):
            continue  # cited by number: the organ comes from the sentence, not the surface
        again = _symbols(m.surface)
        assert [(a.start, a.end, a.key) for a in again] == [(0, len(m.surface), m.key)]


def _day(key: str, last: bool = False) -> date:
    parts = [int(x) for x in key.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        return date(year, month, parts[2])
    if last:
        return date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, 1)


@PROPERTY
@given(TEXT)
@example("0000年1月")  # was the date 0000-01
@example("2024 年 5 月至 3 月")  # was a period from May to March
def test_dates_found_are_real_calendar_dates_and_periods_run_forwards(text):
    for start, end, kind, key, until in dates.find(text):
        assert 0 <= start < end <= len(text)
        assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", key) and 1000 <= int(key[:4])
        first = _day(key)  # raises ValueError for 2023-02-30
        if until is not None:
            assert kind == "period" and _day(until, last=True) > first, (key, until)


@PROPERTY
@given(st.lists(TEXT, max_size=4))
def test_a_closing_date_is_a_real_calendar_date(lines):
    found = frontmatter.closing_date([line for text in lines for line in text.splitlines()])
    assert found is None or date.fromisoformat(found)


def test_the_date_parser_refuses_days_that_do_not_exist():
    assert dates.find("2023 年 2 月 30 日") == [(0, 10, "date", "2023-02", None)]
    assert frontmatter.closing_date(["2021 年 13 月 16 日"]) is None


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5", "latin-1"]


@st.composite
def damaged_bytes(draw) -> bytes:
    """Corpus text in a common encoding, then a few bytes flipped, cut or inserted."""
    start = draw(st.integers(0, len(LINES) - 1))
    text = "\n".join(LINES[start: start + draw(st.integers(1, 20))])
    data = bytearray(text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace"))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        data[at:at + draw(st.integers(0, 3))] = draw(st.binary(max_size=3))
    return bytes(data)


@PROPERTY
@given(st.one_of(st.binary(max_size=400), damaged_bytes()))
def test_the_text_reader_reads_or_refuses_with_an_input_error(data):
    try:
        raw = text_reader.read_bytes(data, "x.txt")
    except UnkgError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
        return
    assert raw.text.strip() and not raw.text.startswith("\ufeff")
