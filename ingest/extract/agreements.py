"""Agreements: memoranda of understanding and other agreements, their parties, date and renewal.

Rule `agreement.signed`: a sentence saying an agreement was signed, renewed or concluded
(签署, 续签, 缔结 with 谅解备忘录, 协议 or 契约) names its parties: the organisations of
the sentence and, where it speaks of a parliament (议会, 国会, 国民议会) of a state it
names, that state's parliament. 续签 marks a renewal.
"""

from __future__ import annotations

import re

from ingest.extract import gazetteer
from ingest.extract.dates import dates_in
from ingest.extract.mentions import by_paragraph
from ingest.extract.model import Agreement, Party
from ingest.model import Document, Mention

_SIGNED = re.compile(
    r"(签署|续签|缔结|签订)[^。]{0,30}?(谅解备忘录|协议|契约)|(谅解备忘录|协议)[^。]{0,10}?(签署|续签)"
)
_KINDS = {"谅解备忘录": "memorandum of understanding", "协议": "agreement", "契约": "compact"}
_PARLIAMENT = re.compile(r"国民议会|国会|议会")
_SENTENCE = re.compile(r"[^。]+。?")
_AGENDA = re.compile(r"《[^》]*》")  # "《2030 年议程》" names an agenda, not a date


def parliament_of(state: Party, written: str) -> Party:
    """Return the national parliament of `state` as a party."""
    return Party(written, state.key, "parliament")


def _agreement(pid: str, text: str, start: int, end: int, mentions: list[Mention]):
    sentence = text[start:end]
    signed = _SIGNED.search(sentence)
    if not signed:
        return None
    named = gazetteer.parties(text, start, end, mentions)
    orgs = [p for p in named if p.kind == "organization"]
    states = [p for p in named if p.kind == "state"]
    parliament = _PARLIAMENT.search(sentence)
    if parliament and states:
        orgs.append(parliament_of(states[0], parliament.group()))
    orgs += [p for p in states if p.written + "政府" in sentence]
    if len(orgs) < 2 and not (orgs and "与" in sentence):
        return None
    kind = _KINDS[signed.group(2) or signed.group(3)]
    plain = _AGENDA.sub(lambda m: "□" * len(m.group()), sentence)
    dates = [m.key for m in mentions
             if m.kind in {"date", "period"} and plain[m.start - start] != "□"]
    dates = dates or [d for _, _, d in dates_in(plain)]
    return Agreement(pid, "agreement.signed", 0.8, kind, orgs, dates[0] if dates else None,
                     "续签" in sentence)


def extract(doc: Document, mentions: list[Mention]) -> list[Agreement]:
    """Return the agreements `doc` reports, one per sentence that reports one."""
    grouped = by_paragraph(mentions)
    found = []
    for para in doc.paragraphs:
        here = grouped.get(para.pid, [])
        for s in _SENTENCE.finditer(para.text):
            inside = [m for m in here if s.start() <= m.start < s.end()]
            if fact := _agreement(para.pid, para.text, s.start(), s.end(), inside):
                found.append(fact)
    return found
