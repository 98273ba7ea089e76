"""Electoral assistance: the states and territories a report lists as having received it.

Rule `electoral.annex-list`: in a paragraph of an annex headed by UN electoral
assistance (A/74/285 annex I), the list is cut by its sub-headings into member
states (获得援助的会员国), observer states (……观察员国) and territories (……领土);
each name in the list is one recipient, and a `*` after the name marks
assistance under a Security Council mandate. Names are the recognised state
mentions where there are any, else the Chinese names of the reference gazetteer.
"""

from __future__ import annotations

import re

from ingest.extract.mentions import by_paragraph
from ingest.extract.model import ElectoralAssistance, Party
from ingest.model import Document, Mention, Paragraph
from ontology import reference

_HEADINGS = re.compile(r"获得援助的(会员国|观察员国|非自治领土|领土)")
_STATUS = {"会员国": "member", "观察员国": "observer", "非自治领土": "territory", "领土": "territory"}
_NAME = re.compile(r"[^\s*＊]+")


def _gazetteer() -> dict[str, str]:
    return {form: s.iso3 for s in reference.states() for form in s.forms_zh()}


def _is_list(doc: Document, para: Paragraph) -> bool:
    headings = {s.sid: s.heading for s in doc.sections}
    heading = headings.get(para.section or "", "")
    return para.kind == "annex" and "选举援助" in heading + para.text[:40] and bool(
        _HEADINGS.search(para.text)
    )


def _recipients(para: Paragraph, mentions: list[Mention]) -> list[ElectoralAssistance]:
    text, names, found = para.text, _gazetteer(), []
    marks = [(m.start(), _STATUS[m.group(1)]) for m in _HEADINGS.finditer(text)]
    starts = {m.start: m for m in mentions if m.kind == "state"}
    for first, (at, status) in enumerate(marks):
        end = marks[first + 1][0] if first + 1 < len(marks) else len(text)
        i = _HEADINGS.match(text, at).end()
        for token in _NAME.finditer(text, i, end):
            mention = starts.get(token.start())
            iso3 = mention.key if mention else names.get(token.group())
            if iso3 is None:
                continue
            sc = text[token.end():token.end() + 1] in {"*", "＊"}
            found.append(ElectoralAssistance(
                pid=para.pid, rule="electoral.annex-list", confidence=0.95 if mention else 0.9,
                state=Party(token.group(), iso3, "state"), status=status, sc_mandate=sc,
            ))
    return found


def extract(doc: Document, mentions: list[Mention]) -> list[ElectoralAssistance]:
    """Return one fact per state or territory listed as having received electoral assistance."""
    grouped = by_paragraph(mentions)
    found: list[ElectoralAssistance] = []
    for para in doc.paragraphs:
        if _is_list(doc, para):
            found += _recipients(para, grouped.get(para.pid, []))
    return found
