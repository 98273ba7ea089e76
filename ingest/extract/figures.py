"""Figures: women's share of seats in parliaments and local councils, with area, value, period.

Rule `figure.share-of-seats`: a percentage (or 四分之一, 三分之一; "a quarter", "one third") in
a sentence about women (妇女, 女性; women, female) whose clause names parliament or local
councils. Targets and quotas (配额, 至少, 不少于, 保留, 目标; quota, at least, reserved, target)
are not shares. Area: a state named in the sentence; else the world when the sentence says
全球 or 世界 (world, global, worldwide); else the last state named earlier in the paragraph.
Period: the year the clause gives (the sentence's first year if the clause has none); the
value a change starts from ("从 17%上升到 25.4%", "from 17 per cent to 25.4 per cent") has
none unless a year is written with it. Values in a clause without its own measure
("高于 2018 年的 12.4%和 18%", "up from 12.4 and 18 per cent respectively") take the
measures of the sentence's earlier figures in order ("respectively").
A sentence that says the figure is current (目前, 当前, 现在; currently, at present, now) and
gives no year takes the date the paragraph states figures "as at" (截至 2019 年 1 月 1 日,
"as at 1 January 2019"), else the year of the document's own date; with neither it has no
period (a period is never guessed).

English clauses often hold several figures ("30.4 per cent of seats in Parliament and 34 per
cent in local councils", "from 12.4 per cent in 2018 to 30.4 per cent in 2023"), so there each
value takes the measure and the year written between it and the next value, if any.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.extract import gazetteer
from ingest.extract.dates import date_in, dates_in
from ingest.extract.mentions import by_paragraph
from ingest.extract.model import Figure, Party
from ingest.model import Document, Mention, Paragraph

_LOCAL = "women's share of seats in local councils"
_PARLIAMENT = "women's share of seats in parliament"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_EN_DATE = re.compile(rf"\b(?:(?:(\d{{1,2}})\s+)?({'|'.join(_MONTHS)})\s+)?((?:19|20)\d{{2}})\b")


def _en_date(match: re.Match) -> str:
    day, month, year = match.groups()
    if month and day:
        return f"{year}-{_MONTHS.index(month) + 1:02d}-{int(day):02d}"
    return f"{year}-{_MONTHS.index(month) + 1:02d}" if month else year


def en_date_in(text: str) -> str | None:
    """Return the first English date in `text` at its stated precision ("1 January 2024" ->
    "2024-01-01", "March 2023" -> "2023-03", "in 2018" -> "2018"), or None."""
    match = _EN_DATE.search(text)
    return _en_date(match) if match else None


def en_dates_in(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, date) for every English date written in `text`, in order."""
    return [(m.start(), m.end(), _en_date(m)) for m in _EN_DATE.finditer(text)]


@dataclass(frozen=True)
class _Cues:
    """The words of one language that the rule reads."""

    value: re.Pattern
    fractions: dict[str, str]
    measures: tuple[tuple[str, str], ...]
    target: re.Pattern
    women: re.Pattern
    world: re.Pattern
    now: re.Pattern
    as_at: re.Pattern
    change_start: re.Pattern  # ends the text before the value a change starts from
    sentence_end: re.Pattern
    clause_end: re.Pattern
    dates_in: Callable[[str], list[tuple[int, int, str]]]
    date_in: Callable[[str], str | None]
    world_party: Party
    per_value: bool  # each value reads the measure and year written after it


ZH = _Cues(
    value=re.compile(r"(\d+(?:\.\d+)?)\s*%|(四分之一|三分之一|一半)"),
    fractions={"四分之一": "25", "三分之一": "33.3", "一半": "50"},
    measures=(("地方议会", _LOCAL), ("地方民选机构", _LOCAL), ("议会", _PARLIAMENT),
              ("立法者", _PARLIAMENT), ("议员", _PARLIAMENT)),
    target=re.compile(r"配额|至少|不少于|保留|目标|要求|不到"),
    women=re.compile(r"妇女|女性"),
    world=re.compile(r"全球|世界"),
    now=re.compile(r"目前|当前|现在|currently|at present", re.IGNORECASE),
    as_at=re.compile(r"截至\s*(?=\d{4}\s*年)"),
    change_start=re.compile(r"从\s*$"),
    sentence_end=re.compile("。"),
    clause_end=re.compile(r"[，；]"),
    dates_in=dates_in,
    date_in=date_in,
    world_party=Party("全球", "world", "area"),
    per_value=False,
)
EN = _Cues(
    value=re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)(?=(?:\s*(?:,|and|or)\s*\d+(?:\.\d+)?)*\s*(?:%|per\s?cent\b))"
                     r"|\b((?:one|a)[- ](?:quarter|fourth|third)|(?:one[- ])?half)\b", re.IGNORECASE),
    fractions={"quarter": "25", "fourth": "25", "third": "33.3", "half": "50"},
    measures=(("local council", _LOCAL), ("local government", _LOCAL), ("local elected bod", _LOCAL),
              ("local assembl", _LOCAL), ("municipal council", _LOCAL), ("parliament", _PARLIAMENT),
              ("legislator", _PARLIAMENT), ("legislature", _PARLIAMENT)),
    target=re.compile(r"quota|\bat least\b|\bno less than\b|\bnot less than\b|\bminimum\b|\breserve|"
                      r"\btarget|\bgoal\b|\brequire|\bless than\b|\bfewer than\b", re.IGNORECASE),
    women=re.compile(r"\bwomen\b|\bfemale\b", re.IGNORECASE),
    world=re.compile(r"\bworld(?:wide)?\b|\bglobal(?:ly)?\b", re.IGNORECASE),
    now=re.compile(r"\bcurrently\b|\bat present\b|\bnow\b|\btoday\b", re.IGNORECASE),
    as_at=re.compile(r"\bas (?:at|of)\s+(?=(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})", re.IGNORECASE),
    change_start=re.compile(r"\bfrom\s+$", re.IGNORECASE),
    sentence_end=re.compile(r"[.!?](?=\s+[A-Z(\"“‘]|\s*$)"),
    clause_end=re.compile(r"[,;](?=\s)"),
    dates_in=en_dates_in,
    date_in=en_date_in,
    world_party=Party("world", "world", "area"),
    per_value=True,
)
WORLD = ZH.world_party


def cues_for(doc: Document) -> _Cues:
    """Return the cue words for `doc`'s language: English for "en", else Chinese."""
    return EN if doc.language == "en" else ZH


def _measure(cues: _Cues, clause: str) -> str | None:
    lowered = clause.lower()
    return next((m for cue, m in cues.measures if cue in lowered), None)


def _area(cues: _Cues, text: str, sentence: tuple[int, int], mentions: list[Mention]) -> Party | None:
    start, end = sentence
    states = [p for _, _, p in gazetteer.find(text, start, end, mentions) if p.kind == "state"]
    if states:
        return states[0]
    if cues.world.search(text[start:end]):
        return cues.world_party
    earlier = [p for _, _, p in gazetteer.find(text, 0, start, mentions) if p.kind == "state"]
    return earlier[-1] if earlier else None


def _clauses(cues: _Cues, text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [start + m.end() for m in cues.clause_end.finditer(text[start:end])] + [end]
    return list(zip(cuts, cuts[1:], strict=False))


def current_period(doc: Document, para: Paragraph) -> str | None:
    """Return the period a figure said to be current (目前, currently) has: the paragraph's "as at"
    date ("截至 2019 年 1 月 1 日", "as at 1 January 2019" -> 2019-01-01), else the year of the
    document's date, else None."""
    cues = cues_for(doc)
    if as_at := cues.as_at.search(para.text):
        return cues.date_in(para.text[as_at.end():])
    return doc.date[:4] if doc.date else None


def _number(cues: _Cues, value: re.Match) -> str | None:
    if value.group(1):
        return value.group(1) if float(value.group(1)) <= 100 else None
    return cues.fractions[re.split(r"[- ]", value.group(2).lower())[-1]]


def _period(cues: _Cues, clause: str, values: list[re.Match], n: int, fallback: str | None) -> str | None:
    """The period of the n-th value of `clause`: see the module's rule."""
    value = values[n]
    clause_years = [d for _, _, d in cues.dates_in(clause)]
    period = clause_years[0] if clause_years else fallback
    after = clause[value.end():values[n + 1].start() if n + 1 < len(values) else len(clause)]
    if cues.per_value:
        own = [d for _, _, d in cues.dates_in(after)]
        if own:
            return own[0]
        if n + 1 < len(values) and not re.search(r"\bto\b", after):
            return period  # "12.4 and 18 per cent": not a change
    if cues.change_start.search(clause[:value.start()]):
        return None
    return period


def _value_measure(cues: _Cues, clause: str, values: list[re.Match], n: int) -> str | None:
    if not cues.per_value:
        return None
    stop = values[n + 1].start() if n + 1 < len(values) else len(clause)
    return _measure(cues, clause[values[n].end():stop])


def _sentence_figures(cues: _Cues, para: Paragraph, span: tuple[int, int], mentions: list[Mention],
                      now: str | None) -> list[Figure]:
    text, (start, end) = para.text, span
    sentence = text[start:end]
    if not cues.women.search(sentence):
        return []
    found, area, last = [], None, None
    years = [d for _, _, d in cues.dates_in(sentence)] or ([now] if now and cues.now.search(sentence) else [])
    for c_start, c_end in _clauses(cues, text, start, end):
        clause = text[c_start:c_end]
        values = list(cues.value.finditer(clause))
        measure = _measure(cues, clause)
        if not values or cues.target.search(clause):
            last = measure or last
            continue
        area = area or _area(cues, text, (start, end), mentions)
        for n, value in enumerate(values):
            this = (_value_measure(cues, clause, values, n) or measure
                    or (found[n].measure if n < len(found) else last))
            number = _number(cues, value)
            if this is None or area is None or number is None:
                continue
            period = _period(cues, clause, values, n, years[0] if years else None)
            found.append(Figure(para.pid, "figure.share-of-seats", 0.8, this, number, area, period))
        last = measure or last
    return found


def extract(doc: Document, mentions: list[Mention]) -> list[Figure]:
    """Return the figures on women's share of seats that `doc` gives, sentence by sentence."""
    grouped = by_paragraph(mentions)
    cues = cues_for(doc)
    found: list[Figure] = []
    for para in doc.paragraphs:
        here = grouped.get(para.pid, [])
        start, now = 0, current_period(doc, para)
        for stop in [m.end() for m in cues.sentence_end.finditer(para.text)] + [len(para.text)]:
            found += _sentence_figures(cues, para, (start, stop), here, now)
            start = stop
    return found
