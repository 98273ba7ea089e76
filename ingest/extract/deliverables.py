"""What a mandate asks for: a report to a given session, assistance, resources, a roster, ..."""

from __future__ import annotations

import re

from ingest.extract.vocabulary import deliverable_cues
from ingest.numerals import zh_number

_ORGANS = {"大会": "GA", "人权理事会": "HRC", "安全理事会": "SC", "经济及社会理事会": "ECOSOC"}
_REPORT = re.compile(
    r"向(大会|人权理事会|安全理事会|经济及社会理事会)第([一二三四五六七八九十百零〇\d]+)届会议"
    r"(?:提交|提出)?[^，；。]{0,12}?报告"
)
_EN_ORGANS = {"General Assembly": "GA", "Human Rights Council": "HRC", "Security Council": "SC",
              "Economic and Social Council": "ECOSOC"}
_EN_REPORT = re.compile(
    r"\breport\w*\b[^;.]{0,200}?\bto the (General Assembly|Human Rights Council|Security Council"
    r"|Economic and Social Council),? at its ([a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th)) session",
    re.IGNORECASE,
)
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_UNIT_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]
_TENS = ["", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"]


def en_ordinal(text: str) -> int | None:
    """Return the number an English ordinal writes: "seventy-eighth" -> 78, "tenth" -> 10, "62nd" -> 62."""
    text = text.lower()
    if digits := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text):
        return int(digits.group(1))
    if text in _UNIT_ORDINALS[1:]:
        return _UNIT_ORDINALS.index(text)
    if text in _TEENS:
        return 10 + _TEENS.index(text)
    tens, _, unit = text.partition("-")
    ten = next((n for n, stem in enumerate(_TENS) if stem and tens in (stem + "y", stem + "ieth")), None)
    if ten is None or (unit and unit not in _UNIT_ORDINALS[1:]) or (not unit and not tens.endswith("ieth")):
        return None
    return ten * 10 + (_UNIT_ORDINALS.index(unit) if unit else 0)


def _reports(clause: str) -> list[tuple[int, str]]:
    found = [
        (m.start(), f"report:{_ORGANS[m.group(1)]}-{zh_number(m.group(2))}")
        for m in _REPORT.finditer(clause)
    ]
    for m in _EN_REPORT.finditer(clause):
        organ = next(v for k, v in _EN_ORGANS.items() if k.lower() == m.group(1).lower())
        if (session := en_ordinal(m.group(2))) is not None:
            found.append((m.start(), f"report:{organ}-{session}"))
    return found


def find(clause: str) -> list[str]:
    """Return the deliverables asked for in `clause`, in order: "report:GA-78", "assistance", ...

    Reports to a session are read in Chinese ("向大会第七十八届会议报告") and English ("report to the
    General Assembly at its seventy-eighth session"); English cue words match without regard to case.
    """
    found = _reports(clause)
    skip = {"report"} if found else set()
    lowered = clause.lower()
    for kind, cue in deliverable_cues():
        if kind not in skip and (at := lowered.find(cue)) >= 0:
            found.append((at, kind))
            skip.add(kind)
    ordered = [kind for _, kind in sorted(found)]
    return list(dict.fromkeys(ordered))
