"""Figures: women's share of seats in parliaments and local councils, with area, value, period.

Rule `figure.share-of-seats`: a percentage (or 四分之一, 三分之一) in a sentence about
women (妇女, 女性) whose clause names parliament or local councils. Targets and quotas
(配额, 至少, 不少于, 保留, 目标) are not shares. Area: a state named in the sentence;
else the world when the sentence says 全球 or 世界; else the last state named earlier
in the paragraph. Period: the year the clause gives (the sentence's first year if the
clause has none); the value a change starts from ("从 17%上升到 25.4%") has none.
Values in a clause without its own measure ("高于 2018 年的 12.4%和 18%") take the
measures of the sentence's earlier figures in order ("respectively").
A sentence that says the figure is current (目前, 当前, 现在) and gives no year takes the
date the paragraph states figures "as at" (截至 2019 年 1 月 1 日), else the year of the
document's own date; with neither it has no period (a period is never guessed).
"""

from __future__ import annotations

import re

from ingest.extract import gazetteer
from ingest.extract.dates import date_in, dates_in
from ingest.extract.model import Figure, Party
from ingest.model import Document, Mention, Paragraph

_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*%|(四分之一|三分之一|一半)")
_FRACTIONS = {"四分之一": "25", "三分之一": "33.3", "一半": "50"}
_MEASURES = [
    ("地方议会", "women's share of seats in local councils"),
    ("地方民选机构", "women's share of seats in local councils"),
    ("议会", "women's share of seats in parliament"),
    ("立法者", "women's share of seats in parliament"),
    ("议员", "women's share of seats in parliament"),
]
_TARGET = re.compile(r"配额|至少|不少于|保留|目标|要求|不到")
_WOMEN = re.compile(r"妇女|女性")
_WORLD = re.compile(r"全球|世界")
_NOW = re.compile(r"目前|当前|现在|currently|at present", re.IGNORECASE)
_AS_AT = re.compile(r"截至\s*(?=\d{4}\s*年)")
WORLD = Party("全球", "world", "area")


def _measure(clause: str) -> str | None:
    return next((m for cue, m in _MEASURES if cue in clause), None)


def _area(text: str, sentence: tuple[int, int], mentions: list[Mention]) -> Party | None:
    start, end = sentence
    states = [p for _, _, p in gazetteer.find(text, start, end, mentions) if p.kind == "state"]
    if states:
        return states[0]
    if _WORLD.search(text[start:end]):
        return WORLD
    earlier = [p for _, _, p in gazetteer.find(text, 0, start, mentions) if p.kind == "state"]
    return earlier[-1] if earlier else None


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [m.end() for m in re.finditer(r"[，；]", text[start:end])] + [end - start]
    return [(start + a if a != start else a, start + b if b != end - start else end)
            for a, b in zip(cuts, cuts[1:], strict=False)]


def current_period(doc: Document, para: Paragraph) -> str | None:
    """Return the period a figure said to be current (目前) has: the paragraph's "as at" date
    ("截至 2019 年 1 月 1 日" -> 2019-01-01), else the year of the document's date, else None."""
    if as_at := _AS_AT.search(para.text):
        return date_in(para.text[as_at.end():])
    return doc.date[:4] if doc.date else None


def _sentence_figures(para: Paragraph, start: int, end: int, mentions: list[Mention], now: str | None):
    text = para.text
    sentence = text[start:end]
    if not _WOMEN.search(sentence):
        return []
    found, area, last = [], None, None
    years = [d for _, _, d in dates_in(sentence)] or ([now] if now and _NOW.search(sentence) else [])
    for c_start, c_end in _clauses(text, start, end):
        clause = text[c_start:c_end]
        values = list(_VALUE.finditer(clause))
        measure = _measure(clause)
        if not values or _TARGET.search(clause):
            last = measure or last
            continue
        area = area or _area(text, (start, end), mentions)
        clause_years = [d for _, _, d in dates_in(clause)]
        for n, value in enumerate(values):
            this = measure or (found[n].measure if n < len(found) else last)
            if this is None or area is None:
                continue
            period = clause_years[0] if clause_years else (years[0] if years else None)
            if clause[max(0, value.start() - 3):value.start()].rstrip().endswith("从"):
                period = None
            number = value.group(1) or _FRACTIONS[value.group(2)]
            found.append(Figure(para.pid, "figure.share-of-seats", 0.8, this, number, area, period))
        last = measure or last
    return found


def extract(doc: Document, mentions: list[Mention]) -> list[Figure]:
    """Return the figures on women's share of seats that `doc` gives, sentence by sentence."""
    found: list[Figure] = []
    for para in doc.paragraphs:
        here = [m for m in mentions if m.pid == para.pid]
        start, now = 0, current_period(doc, para)
        for stop in [m.end() for m in re.finditer("。", para.text)] + [len(para.text)]:
            found += _sentence_figures(para, start, stop, here, now)
            start = stop
    return found
