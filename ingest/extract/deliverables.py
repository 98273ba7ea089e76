"""What a mandate asks for: a report to a given session, assistance, resources, a roster, ..."""

from __future__ import annotations

import re

from ingest.extract.vocabulary import deliverable_cues

_ORGANS = {"大会": "GA", "人权理事会": "HRC", "安全理事会": "SC", "经济及社会理事会": "ECOSOC"}
_REPORT = re.compile(
    r"向(大会|人权理事会|安全理事会|经济及社会理事会)第([一二三四五六七八九十百零〇\d]+)届会议"
    r"(?:提交|提出)?[^，；。]{0,12}?报告"
)
_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0}


def zh_number(text: str) -> int:
    """Return the integer written in Chinese numerals or digits: "七十八" -> 78, "一百" -> 100."""
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


def find(clause: str) -> list[str]:
    """Return the deliverables asked for in `clause`, in order: "report:GA-78", "assistance", ..."""
    found = [
        (m.start(), f"report:{_ORGANS[m.group(1)]}-{zh_number(m.group(2))}")
        for m in _REPORT.finditer(clause)
    ]
    skip = {"report"} if found else set()
    for kind, cue in deliverable_cues():
        if kind not in skip and (at := clause.find(cue)) >= 0:
            found.append((at, kind))
            skip.add(kind)
    ordered = [kind for _, kind in sorted(found)]
    return list(dict.fromkeys(ordered))
