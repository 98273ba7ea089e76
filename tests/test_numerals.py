"""Chinese numerals as UN documents write session and annex numbers."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.numerals import zh_number

DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """Write 1..999 the way UN documents do: 十, 七十八, 一百零五, 一百一十."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    text = f"{DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else DIGITS[tens]) + "十"
    elif hundreds and units:
        text += "零"
    return text + (DIGITS[units] if units else "")


def test_numbers_as_session_titles_write_them():
    written = ("七十九", "十", "六十二", "一百", "一百零五", "79")
    assert [zh_number(t) for t in written] == [79, 10, 62, 100, 105, 79]


@given(st.integers(min_value=1, max_value=999))
def test_every_number_written_in_chinese_reads_back(n):
    assert zh_number(chinese(n)) == n
