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


# Body text for properties: Chinese words and punctuation that cannot look like furniture,
# headings, bullets or paragraph numbers.
BODY = st.text(alphabet="联合国开发计划署议会支持选举妇女的和在，。、《》()", min_size=1, max_size=30)
JOB = st.from_regex(r"\A(?:GE\.)?[0-9]{2}-[0-9]{5}(?: \(C\))?\Z")
PAGE_COUNTER = st.builds("{}/{}".format, st.integers(1, 999), st.integers(1, 999))
HEADER = st.sampled_from(["A/74/285", "A/HRC/44/25", "S/RES/1325(2000)", "A/RES/76/176"])
NOISE = st.one_of(JOB, PAGE_COUNTER, HEADER, st.just(""), st.just("   "))


def _visible(text: str) -> str:
    return "".join(text.split())


@given(st.text(max_size=40), st.text(max_size=40))
def test_joining_two_pieces_never_loses_or_reorders_a_visible_character(left, right):
    assert _visible(join_lines(left, right)) == _visible(left) + _visible(right)


@given(st.lists(st.from_regex(r"\A[A-Za-z]{1,12}\Z"), min_size=2, max_size=10))
def test_english_words_broken_across_lines_join_with_one_space(words):
    joined = words[0]
    for word in words[1:]:
        joined = join_lines(joined, word)
    assert joined == " ".join(words)


@given(st.lists(st.tuples(BODY, st.lists(NOISE, max_size=3)), min_size=1, max_size=10))
def test_furniture_lines_never_survive_and_body_lines_keep_their_order(pages):
    text = "\n".join(f" {body}\n" + "\n".join(noise) for body, noise in pages)
    cleaned = clean(text)
    assert [(line.kind, line.text) for line in cleaned.lines] == [("text", body) for body, _ in pages]


@given(st.lists(BODY, min_size=1, max_size=12))
def test_a_paragraph_broken_across_lines_and_pages_keeps_every_visible_character(pieces):
    from ingest.model import RawText
    from ingest.structure import parse

    broken = "\n\n19-13383 8/18\n\nA/74/285\n\n".join(pieces)
    doc = parse(RawText(f" 1. {broken}\n\n 2. 第二段。\n\nA/74/285\n", "x.txt", "utf-8"), {})
    assert _visible(doc.paragraphs[0].text) == _visible("".join(pieces))


@given(st.lists(st.text(alphabet="联合国开发计划署议会支持选举妇女的和在，。、《》", min_size=1, max_size=30),
                min_size=1, max_size=12))
def test_a_chinese_paragraph_broken_across_lines_and_pages_reads_back_exactly(pieces):
    from ingest.model import RawText
    from ingest.structure import parse

    broken = "\n\n19-13383 8/18\n\nA/74/285\n\n".join(pieces)
    doc = parse(RawText(f" 1. {broken}\n\n 2. 第二段。\n\nA/74/285\n", "x.txt", "utf-8"), {})
    assert doc.paragraphs[0].text == "".join(pieces).strip()
