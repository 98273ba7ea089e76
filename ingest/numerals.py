"""Numbers as UN documents write them in Chinese: session numbers, annex numbers, paragraph counts."""

from __future__ import annotations

_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0}


def zh_number(text: str) -> int:
    """Return the integer written in Chinese numerals (up to 999) or digits.

    "七十八" -> 78, "十" -> 10, "一百零五" -> 105, "79" -> 79.
    """
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return total + current
