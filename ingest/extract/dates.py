"""Dates written in Chinese, at the precision the text gives: 2024, 2024-11, 2019-01-01."""

from __future__ import annotations

import re

_DATE = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")


def date_in(text: str) -> str | None:
    """Return the first date written in `text` at its stated precision, or None.

    >>> date_in("2019 年 1 月 1 日起")
    '2019-01-01'
    >>> date_in("自 2024 年 11 月")
    '2024-11'
    """
    match = _DATE.search(text)
    if not match:
        return None
    year, month, day = match.groups()
    if month and day:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{year}-{int(month):02d}"
    return year


def dates_in(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, date) for every date written in `text`, in order."""
    return [(m.start(), m.end(), date_in(m.group())) for m in _DATE.finditer(text)]
