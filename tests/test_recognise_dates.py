"""Dates and periods at the precision the text states."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.recognise.dates import find


def spans(text):
    return [(text[s:e], kind, key, end) for s, e, kind, key, end in find(text)]


def test_chinese_forms():
    assert spans("2024 年 5 月 11 日") == [("2024 年 5 月 11 日", "date", "2024-05-11", None)]
    assert spans("2024 年 1 月 18 日和 19 日") == [
        ("2024 年 1 月 18 日和 19 日", "period", "2024-01-18", "2024-01-19")]
    assert spans("2022 年 4 月至 11 月") == [("2022 年 4 月至 11 月", "period", "2022-04", "2022-11")]
    assert spans("2023 年最后一个季度") == [("2023 年最后一个季度", "period", "2023-10", "2023-12")]
    assert spans("自 2022 年以来") == [("自 2022 年以来", "period", "2022", None)]
    assert spans("2020 至 2025 年") == [("2020 至 2025 年", "period", "2020", "2025")]


def test_english_forms():
    assert spans("on 11 May 2024") == [("11 May 2024", "date", "2024-05-11", None)]
    assert spans("from April to November 2022") == [
        ("April to November 2022", "period", "2022-04", "2022-11")]
    assert spans("in the last quarter of 2023") == [
        ("the last quarter of 2023", "period", "2023-10", "2023-12")]


def test_an_agenda_named_by_its_year_is_not_a_date():
    assert spans("《2030 年议程》") == []


@given(st.dates())
def test_any_chinese_day_is_read_at_day_precision(day):
    text = f"{day.year} 年 {day.month} 月 {day.day} 日"
    if day.year >= 1000:
        assert spans(text) == [(text, "date", day.isoformat(), None)]
