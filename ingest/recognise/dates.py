"""Dates and periods at the precision the text states, in Chinese and English forms.

A `date` mention's key is `2024`, `2024-05` or `2024-05-11`; a `period`
mention's key is its start and its detail holds `end` (absent for an open
period such as `自 2022 年以来` / `since 2022`).
"""

from __future__ import annotations

import re
from datetime import date

from ingest.model import Mention, Paragraph
from ingest.recognise.folded import folded

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_M = "(" + "|".join(m.capitalize() for m in _MONTHS) + ")"
_QUARTERS = {"第一": 1, "第二": 2, "第三": 3, "第四": 4, "最后一": 4, "first": 1, "second": 2,
             "third": 3, "fourth": 4, "last": 4}
_TO = r"\s*(?:至|到|-|–|—)\s*"

# (name, pattern), most specific first; named groups give the parts. A year written `\d\d{3}` rather
# than `\d{4}` at the start of a pattern lets the regular expression engine skip to digits.
_PATTERNS = [
    ("zh_range_full", rf"(?P<y1>\d\d{{3}})\s*年\s*(?P<m1>\d{{1,2}})\s*月(?:\s*(?P<d1>\d{{1,2}})\s*日)?{_TO}"
                      rf"(?P<y2>\d{{4}})\s*年\s*(?P<m2>\d{{1,2}})\s*月(?:\s*(?P<d2>\d{{1,2}})\s*日)?"),
    ("zh_days", r"(?P<y1>\d\d{3})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日?\s*(?:和|至|-|–|、)\s*"
                r"(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"),
    ("zh_day", r"(?P<y1>\d\d{3})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"),
    ("zh_months", rf"(?P<y1>\d\d{{3}})\s*年\s*(?P<m1>\d{{1,2}})\s*月(?:份)?{_TO}(?P<m2>\d{{1,2}})\s*月"),
    ("zh_month", r"(?P<y1>\d\d{3})\s*年\s*(?P<m1>\d{1,2})\s*月"),
    ("zh_quarter", r"(?P<y1>\d\d{3})\s*年\s*(?P<q>第[一二三四]|最后一)个?季度"),
    ("zh_since", r"自\s*(?P<y1>\d{4})\s*年(?:\s*(?P<m1>\d{1,2})\s*月)?\s*(?:以来|起)"),
    ("zh_years", rf"(?P<y1>\d\d{{3}})\s*(?:年\s*)?{_TO}(?P<y2>\d{{4}})\s*年"),
    ("en_days", rf"\b(?P<d1>\d{{1,2}})\s*(?:and|to|-|–)\s*(?P<d2>\d{{1,2}})\s+{_M}\s+(?P<y1>\d{{4}})\b"),
    ("en_day", rf"\b(?P<d1>\d{{1,2}})\s+{_M}\s+(?P<y1>\d{{4}})\b"),
    ("en_months", rf"\b(?P<mn1>{_M[1:-1]})\s+(?:to|-|–)\s+{_M}\s+(?P<y1>\d{{4}})\b"),
    ("en_month", rf"\b{_M}\s+(?P<y1>\d{{4}})\b"),
    ("en_quarter", r"\b(?:the\s+)?(?P<q>first|second|third|fourth|last)\s+quarter\s+of\s+(?P<y1>\d{4})\b"),
    ("en_since", r"\bsince\s+(?P<y1>\d{4})\b"),
    ("en_years", r"\b(?:from\s+)?(?P<y1>(?:19|20)\d{2})\s*(?:-|–|to)\s*(?P<y2>(?:19|20)\d{2})\b"),
    ("zh_year", r"(?P<y1>(?:19|20)\d{2})\s*年(?!代|\s*(?:可持续发展)?议程)"),
    # not after a word character, "/" or ".": tested once the century is read, so the scan skips to 1 or 2
    ("en_year", r"(?P<y1>(?:19|20)(?<![\w/.]..)\d{2})\b(?![\d/)(%]|\s*年)"),
]
_COMPILED = [(name, re.compile(p)) for name, p in _PATTERNS]
# What a text must contain for a pattern to match in it (every Chinese pattern has 年;
# en_years and en_year need only digits): a cheap search that skips the full scan.
_YEAR_CHAR = re.compile("年")
_NEEDS = {name: _YEAR_CHAR for name, _ in _PATTERNS if name.startswith("zh_")} | dict.fromkeys(
    ["en_days", "en_day", "en_months", "en_month"], re.compile(_M)) | {
    "en_quarter": re.compile("quarter"), "en_since": re.compile("since")}


def _iso(y: str, m: str | None = None, d: str | None = None) -> str:
    out = f"{int(y):04d}"
    if m:
        out += f"-{int(m):02d}"
        if d:
            out += f"-{int(d):02d}"
    return out


def _month(m: re.Match, group: str, name_index: int) -> str | None:
    if m.groupdict().get(group):
        return m.group(group)
    names = [g for g in m.groups() if g and g.lower() in _MONTHS]
    if len(names) > name_index:
        return str(_MONTHS.index(names[name_index].lower()) + 1)
    return None


def interpret(name: str, m: re.Match) -> tuple[str, str, str | None]:
    """Return (kind, key, end) for a match of the pattern `name`: a date, or a period's start and end."""
    g = m.groupdict()
    y1 = g["y1"]
    if name.endswith("quarter"):
        q = _QUARTERS[g["q"].lower()]
        return "period", _iso(y1, str(3 * q - 2)), _iso(y1, str(3 * q))
    if name.endswith("since"):
        return "period", _iso(y1, g.get("m1")), None
    if name.endswith("years"):
        return "period", _iso(y1), _iso(g["y2"])
    m1 = _month(m, "m1", 0)
    if name == "en_months":
        m2 = _month(m, "m2", 1)
        return "period", _iso(y1, m1), _iso(y1, m2)
    if name in ("zh_range_full", "zh_days", "zh_months", "en_days"):
        y2 = g.get("y2") or y1
        m2 = g.get("m2") or m1
        return "period", _iso(y1, m1, g.get("d1")), _iso(y2, m2, g.get("d2"))
    return "date", _iso(y1, m1, g.get("d1")), None


def find(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """Return (start, end, kind, key, end-of-period) for every date or period in `text`, left to right."""
    norm = folded(text)
    found: list[tuple[int, int, str, str, str | None]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _COMPILED:
        if (needed := _NEEDS.get(name)) and not needed.search(norm):
            continue
        for m in pattern.finditer(norm):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                kind, key, end = interpret(name, m)
            except (ValueError, KeyError):
                continue
            if not _valid(key) or (end and not (_valid(end) and _runs_forwards(key, end))):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), kind, key, end))
    return sorted(found)


def _valid(key: str) -> bool:
    """A date at its precision exists: a year from 1000, a month 1-12, a day of that month."""
    try:
        return _first_day(key).year >= 1000
    except ValueError:
        return False


def _first_day(key: str) -> date:
    parts = [int(x) for x in key.split("-")] + [1, 1]
    return date(*parts[:3])


def _runs_forwards(start: str, end: str) -> bool:
    """A period's end is not before its start, each at its own precision (2024-05 to 2024 is fine)."""
    return end >= start[: len(end)]


def recognise(paragraphs: list[Paragraph]) -> list[Mention]:
    """Return `date` and `period` mentions for `paragraphs`."""
    out = []
    for p in paragraphs:
        for start, end, kind, key, until in find(p.text):
            detail = (("end", until),) if until else ()
            out.append(Mention(kind, p.pid, start, end, p.text[start:end], key, detail=detail))
    return out
