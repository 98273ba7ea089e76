"""Candidate organisations: names that look like organisations but are not in the gazetteer.

A Chinese name is the run of characters before a telling ending (特派团,
办事处, 委员会, 基金, 署, 网络, ...) back to the nearest function word or
punctuation; an English one is a run of capitalised words ending in Mission,
Office, Commission, .... They are kept as low-confidence `candidate` mentions
so that `unkg build` can count them and nothing is silently dropped.
"""

from __future__ import annotations

import re

from ingest.model import Mention, Paragraph

CONFIDENCE = 0.5
_ZH_ENDINGS = "特派团|办事处|委员会|基金会|基金|署|网络|中心|理事会|秘书处|联盟|论坛|协会|研究所|学会|组织"
_ZH = re.compile(rf"([\u4e00-\u9fff]{{2,18}}?)({_ZH_ENDINGS})(?![\u4e00-\u9fff]*?(?:{_ZH_ENDINGS}))")
# Where a Chinese name cannot start: after these words the name begins.
_ZH_BREAK = re.compile(r".*(?:的|与|及|在|向|由|通过|支持|协助|为|对|同|是|了|将|并|据|经|等|其|该|各|这|此|"
                       r"设立|成立|建立|包括|以及|参加|参与|根据|请|同时|还|也|已|被|从|于|以|之)")
_GENERIC = {"委员会", "理事会", "秘书处", "办事处", "基金", "组织", "网络", "中心"}
_EN = re.compile(r"\b((?:[A-Z][\w'’-]+|of|for|the|and|on|in|to)\s+){1,9}"
                 r"(Mission|Office|Commission|Committee|Fund|Programme|Network|Centre|Council|Agency|"
                 r"Institute|Union|Forum|Secretariat)\b")


def recognise(paragraphs: list[Paragraph], taken: dict[str, list[tuple[int, int]]]) -> list[Mention]:
    """Return `candidate` mentions in `paragraphs` that do not overlap the `taken` spans."""
    out = []
    for p in paragraphs:
        spans = taken.get(p.pid, [])
        for start, end in _zh(p.text) + _en(p.text):
            if end - start < 4 or any(s < end and start < e for s, e in spans):
                continue
            surface = p.text[start:end]
            if surface in _GENERIC:
                continue
            out.append(Mention("candidate", p.pid, start, end, surface, surface, confidence=CONFIDENCE))
    return out


def _zh(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ZH.finditer(text):
        name = m.group(1)
        cut = _ZH_BREAK.match(name)
        start = m.start(1) + (cut.end() if cut else 0)
        if m.end() - start >= 4:
            out.append((start, m.end()))
    return out


def _en(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _EN.finditer(text):
        start = m.start()
        words = m.group(0).split()
        while words and words[0] in {"of", "for", "the", "and", "on", "in", "to", "The"}:
            start = text.index(words[1], start) if len(words) > 1 else start
            words = words[1:]
        if len(words) >= 2:
            out.append((start, m.end()))
    return out
