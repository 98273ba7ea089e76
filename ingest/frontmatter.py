"""What a UN document says about itself on its first page: symbol, session, agenda item, title, date.

Chinese and English forms: `第七十九届会议` / `Seventy-ninth session`, `议程项目 126`
/ `Item 126 of the provisional agenda`, `76/176.  加强...` (a resolution's own
number and title), a running-header symbol, and a resolution's closing date
`2021 年 12 月 16 日` / `16 December 2021`.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.clean import Line
from ingest.numerals import zh_number

_EN_ORDINALS = {
    w: i for i, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
}
_EN_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
            "seventieth": 70, "eightieth": 80, "ninetieth": 90}
_EN_TENS_PREFIX = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                   "seventy": 70, "eighty": 80, "ninety": 90}
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]

_ZH_SESSION = re.compile(r"第([零一二三四五六七八九十百]+)届(?:常会|会议)")
_EN_SESSION = re.compile(r"\b([A-Za-z]+(?:-[a-z]+)?)\s+(?:regular\s+)?session\b", re.I)
_ZH_AGENDA = re.compile(r"议程\*?\s*项目\s*([0-9]+(?:\s*\([a-z]\))?(?:\s*(?:和|至)\s*[0-9]+)?)")
_EN_AGENDA = re.compile(r"\b(?:agenda\s+)?items?\s+([0-9]+(?:\s*\([a-z]\))?(?:\s+and\s+[0-9]+)?)", re.I)
_RES_NUMBER = re.compile(r"^(\d{1,3})/(\d{1,4})\.\s+(\S.*)$")
_ZH_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_EN_DATE = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$")
_REPORT = re.compile(r"(的报告|的说明|^Report of .+|^Note by .+)\s*$")
_SPACE_IN_CJK = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def en_ordinal(word: str) -> int | None:
    """Return the value of an English ordinal word: `seventy-ninth` -> 79; None when it is not one."""
    word = word.lower()
    if word in _EN_ORDINALS:
        return _EN_ORDINALS[word]
    if word in _EN_TENS:
        return _EN_TENS[word]
    tens, _, unit = word.partition("-")
    if tens in _EN_TENS_PREFIX and unit in _EN_ORDINALS:
        return _EN_TENS_PREFIX[tens] + _EN_ORDINALS[unit]
    return None


def session(lines: list[str]) -> int | None:
    """Return the session number stated in the front-matter `lines`, or None."""
    for line in lines:
        if m := _ZH_SESSION.search(line):
            return zh_number(m.group(1))
        for m in _EN_SESSION.finditer(line):
            if (value := en_ordinal(m.group(1))) is not None:
                return value
    return None


def agenda_item(lines: list[str]) -> str | None:
    """Return the agenda item as printed (`126`, `72(b)`, `2 and 3`), or None."""
    for line in lines:
        m = _ZH_AGENDA.search(line) or _EN_AGENDA.search(line)
        if m:
            value = re.sub(r"\s+", "", m.group(1)).replace("和", " and ").replace("至", " to ")
            return re.sub(r"(\d)and(\d)", r"\1 and \2", value)
    return None


def resolution_number(lines: list[str]) -> tuple[str, str] | None:
    """Return (`76/176`, title) from a resolution's first line `76/176.  Title`, or None."""
    for line in lines[:3]:
        if m := _RES_NUMBER.match(line):
            return f"{m.group(1)}/{m.group(2)}", tidy(m.group(3))
    return None


def title(front: list[Line]) -> str | None:
    """Return the title printed above "秘书长的报告" / "Report of the Secretary-General", or None.

    The title is the run of lines that starts at the last indented line before
    that line (or is the single line before it when nothing is indented).
    """
    texts = [line for line in front if line.kind == "text"]
    report = max((i for i, line in enumerate(texts) if _REPORT.search(line.text)), default=None)
    if not report:
        return None
    start = max((i for i in range(report) if texts[i].indent), default=report - 1)
    words = " ".join(line.text for line in texts[start:report])
    return tidy(words) or None


def closing_date(lines: list[str]) -> str | None:
    """Return the adoption date printed alone on a line (`2021 年 12 月 16 日`), as ISO, or None."""
    for line in reversed(lines):
        if m := _ZH_DATE.match(line):
            found = _iso_day(m.group(1), m.group(2), m.group(3))
        elif (m := _EN_DATE.match(line)) and m.group(2).lower() in _MONTHS:
            found = _iso_day(m.group(3), _MONTHS.index(m.group(2).lower()) + 1, m.group(1))
        else:
            continue
        if found:
            return found
    return None


def _iso_day(year, month, day) -> str | None:
    """The ISO form of a day that exists in the calendar; None for 2021-13-16 or 2023-02-30."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def tidy(text: str) -> str:
    """Return `text` with runs of space collapsed and spaces between Chinese characters removed."""
    return _SPACE_IN_CJK.sub("", re.sub(r"\s+", " ", text)).strip()
