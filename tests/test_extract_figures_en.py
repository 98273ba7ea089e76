"""Figures from English paragraphs: the same rule as the Chinese one, on UN-style English text."""

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ingest.build import build
from ingest.extract import figures
from ingest.model import Document, Paragraph
from ingest.recognise import recognise
from ingest.store import GraphStore
from queries import runner

DATA = Path(__file__).parent / "data"
PARLIAMENT = "women's share of seats in parliament"
LOCAL = "women's share of seats in local councils"


def _paragraphs() -> dict[str, str]:
    lines = (DATA / "en_figures.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(". ", 1) for line in lines)


def _figures(pid, date=None):
    doc = Document("A/79/999", "en", "en_figures.txt", "report", date=date,
                   paragraphs=[Paragraph(pid, _paragraphs()[pid])])
    return [(f.area.key, f.value, f.period, f.measure) for f in figures.extract(doc, recognise(doc))]


def test_a_world_figure_as_at_a_date_and_the_value_it_rose_from():
    assert _figures("1") == [("world", "26.9", "2024-01-01", PARLIAMENT), ("world", "26.5", None, PARLIAMENT)]


def test_a_change_from_one_year_to_another_in_a_state_and_a_quota_left_out():
    assert _figures("2") == [("SLE", "12.4", "2018", PARLIAMENT), ("SLE", "30.4", "2023", PARLIAMENT)]


def test_two_measures_in_one_clause_and_respectively():
    assert _figures("3") == [
        ("SLE", "30.4", "2023", PARLIAMENT),
        ("SLE", "34", "2023", LOCAL),
        ("SLE", "12.4", "2018", PARLIAMENT),
        ("SLE", "18", "2018", LOCAL),
    ]


def test_a_state_named_in_an_earlier_sentence_and_a_change_start_without_a_year():
    assert _figures("4") == [("MNG", "17", None, PARLIAMENT), ("MNG", "25.4", "2024", PARLIAMENT)]


def test_a_current_figure_takes_the_document_year_and_a_target_is_not_a_share():
    assert _figures("5", date="2024-06-03") == [("world", "25", "2024", PARLIAMENT)]
    assert _figures("5") == [("world", "25", None, PARLIAMENT)]


def test_a_fraction_in_words_and_a_count_of_countries_is_not_a_figure():
    assert _figures("6") == [("world", "25", None, PARLIAMENT)]


def test_a_chinese_document_keeps_the_chinese_cues():
    doc = Document("A/1", "zh", "x.txt", "report", paragraphs=[Paragraph("1", _paragraphs()["1"])])
    assert figures.extract(doc, recognise(doc)) == []


@given(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 28))
def test_english_dates_keep_their_precision(year, month, day):
    name = figures._MONTHS[month - 1]
    assert figures.en_date_in(f"as at {day} {name} {year}, women") == f"{year}-{month:02d}-{day:02d}"
    assert figures.en_date_in(f"in {name} {year}") == f"{year}-{month:02d}"
    assert figures.en_date_in(f"after the {year} elections") == str(year)


EN_REPORT = """United Nations A/79/999

General Assembly

Seventy-ninth session

  Women in parliaments

  Report of the Secretary-General

 I. Figures

1. As at 1 January 2024, women held 26.9 per cent of parliamentary seats worldwide.

2. In Sierra Leone, the share of women in Parliament rose from 12.4 per cent in 2018 to 30.4 per cent
in 2023.
"""


def test_representation_figures_of_an_english_report_built_into_a_store(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "A_79_999.en.txt").write_text(EN_REPORT, encoding="utf-8")
    manifest = {"documents": [{"file": "A_79_999.en.txt", "symbol": "A/79/999", "language": "en",
                               "body": "GA", "session": 79, "doc_type": "report"}]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert build(store, [folder], jobs=1).ok
    rows = runner.to_records(runner.run(store, runner.load("representation-figures")))
    assert [(r["area"], r["value"], r["period"], r["document"], r["paragraph"]) for r in rows] == [
        ("world", "26.9", "2024-01-01", "A/79/999", "1"),
        ("SLE", "12.4", "2018", "A/79/999", "2"),
        ("SLE", "30.4", "2023", "A/79/999", "2"),
    ]
