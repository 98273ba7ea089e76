"""The cleaner drops print furniture, keeps links and footnotes, and folds full-width forms for matching."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.clean import Line, clean, join_lines, normalise

PAGE = """\
议联和联合国开发计划署(开发署)支持了 12 个国家的议会。1

A/74/285

19-13383 8/18

9/15 25-05031

GE.20-05800 (C) 300420 080520

__________________

 1 见 A/HRC/41/41。

https://undocs.org/ch/A/HRC/41/41
 2. 第二段。
"""


def test_furniture_is_dropped_and_links_and_footnotes_are_kept():
    cleaned = clean(PAGE)
    assert cleaned.lines == [
        Line("text", "议联和联合国开发计划署(开发署)支持了 12 个国家的议会。1", False),
        Line("footnote", "见 A/HRC/41/41。", True, "1"),
        Line("link", "https://undocs.org/ch/A/HRC/41/41"),
        Line("text", "2. 第二段。", True),
    ]
    assert cleaned.header_symbols == ["A/74/285"]


def test_broken_lines_join_without_space_in_chinese_and_with_one_in_english():
    assert join_lines("各国议会联", "盟(议联)") == "各国议会联盟(议联)"
    assert join_lines("requests the", "Secretary-General") == "requests the Secretary-General"


@given(st.text())
def test_normalise_keeps_length_so_spans_index_the_shown_text(text):
    assert len(normalise(text)) == len(text)


@given(st.text(alphabet=st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E)))
def test_full_width_ascii_folds_to_half_width(text):
    assert normalise(text) == "".join(chr(ord(c) - 0xFEE0) for c in text)


@given(st.lists(st.text(alphabet="联合国开发计划署议会", min_size=1), min_size=1, max_size=8))
def test_cleaning_never_loses_body_text(lines):
    text = "\n".join(f" {line}" for line in lines)
    assert [line.text for line in clean(text).lines] == lines
