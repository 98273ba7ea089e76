"""Binary sniffing: more than 1 in 200 characters that cannot be in a document makes a text binary data."""

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ingest.readers.sniff import SAFE_RANGES, is_binary


def _impossible_by_definition(ch: str) -> bool:
    if ch in "\t\n\r\f\v\x1c\x1d\x1e\x85":
        return False
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")


def test_no_character_taken_as_safe_is_impossible():
    safe = re.compile(f"[{SAFE_RANGES}]")
    everything = "".join(chr(c) for c in range(0x10000))
    assert [hex(ord(ch)) for ch in safe.findall(everything) if _impossible_by_definition(ch)] == []


def test_chinese_text_with_page_breaks_is_text():
    assert not is_binary("大会第七十二届会议\f\n议程项目 69（b）\n" * 50)


def test_one_replacement_character_in_two_hundred_is_still_text():
    assert not is_binary("a" * 199 + "\ufffd")


def test_two_replacement_characters_in_two_hundred_is_binary():
    assert is_binary("a" * 198 + "\ufffd\ufffd")


def test_nul_bytes_and_private_use_characters_count_as_impossible():
    assert is_binary("text\x00\ue000" + "x" * 300)


@given(st.text(max_size=400))
def test_any_text_is_binary_by_the_definition(text):
    bad = sum(1 for ch in text if _impossible_by_definition(ch))
    assert is_binary(text) == (bad * 200 > len(text))
