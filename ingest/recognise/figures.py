"""Figures: percentages and counts, with the words that say what they measure.

`24.3%` keeps the dozen characters before it as `context` (what the share is
of); `145 个国家` / `600 多名专家` / `more than 50 Member States` keep the noun
counted as `measure`.
"""

from __future__ import annotations

import re

from ingest.model import Mention, Paragraph
from ingest.recognise.folded import folded

_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％|per\s?cent)")
_ZH_COUNT = re.compile(r"(?<![\d./])(\d[\d,]*)\s*(多)?\s*(个|名|位|家|项|次|人|所|份)([\u4e00-\u9fff]{1,6}?)"
                       r"(?=[，。、；和与的在参以及（(\s]|$)")
_EN_COUNT = re.compile(
    r"\b(more than |over |some |about )?(\d[\d,]*)\s+([A-Za-z]+(?:\s(?:States|countries))?)"
)
_EN_NOUNS = re.compile(r"(?:countries|States|participants|members|parliamentarians|parliaments|entities|"
                       r"experts|women|men|people|persons|organizations|projects|workshops|staff)$")


def recognise(paragraphs: list[Paragraph]) -> list[Mention]:
    """Return `figure` mentions: key is the value, detail holds unit and measure or context."""
    out = []
    for p in paragraphs:
        text = folded(p.text)
        if not _DIGIT.search(text):
            continue  # every figure pattern needs a digit
        for m in _PERCENT.finditer(text):
            context = text[max(0, m.start() - 14): m.start()].strip()
            out.append(Mention("figure", p.pid, m.start(), m.end(), p.text[m.start():m.end()],
                               m.group(1), detail=(("unit", "percent"), ("context", context))))
        for m in _ZH_COUNT.finditer(text):
            detail = (("unit", "count"), ("measure", m.group(4)))
            if m.group(2):
                detail += (("qualifier", "more than"),)
            out.append(Mention("figure", p.pid, m.start(), m.end(), p.text[m.start():m.end()],
                               m.group(1).replace(",", ""), detail=detail))
        for m in _EN_COUNT.finditer(text):
            if _EN_NOUNS.search(m.group(3)):
                detail = (("unit", "count"), ("measure", m.group(3)))
                out.append(Mention("figure", p.pid, m.start(2), m.end(), p.text[m.start(2):m.end()],
                                   m.group(2).replace(",", ""), detail=detail))
    return out
