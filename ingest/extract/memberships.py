"""Memberships: who belongs to a coordination mechanism, group or board, as the text states it.

Rule `membership.includes`: "<group>（目前）包括 A、B 和 C 的代表" or "<group>由 A、B 组成",
where <group> is named in the sentence or, written as 该机制/该委员会, is the last
such body named earlier in the paragraph. Rule `membership.sends-representative`:
"该办公室……派代表参加该机制" adds the office (the last organisation named in
the sentence whose name ends like the anaphor) to that body.
"""

from __future__ import annotations

import re

from ingest.extract import gazetteer
from ingest.extract.mentions import by_paragraph
from ingest.extract.model import Membership, Party
from ingest.model import Document, Mention, Paragraph

_BODY = r"(?:机制|委员会|小组|理事会|工作组|网络|论坛)"
_INCLUDES = re.compile(rf"((?:该|这一)?{_BODY}|[^，。；]{{2,40}}?{_BODY})(?:目前|现)?(包括|由)([^。；]*)")
_INCLUDES_CUE = re.compile(rf"{_BODY}(?:目前|现)?(?:包括|由)")
_ANAPHOR = re.compile(rf"(?:该|这一)?{_BODY}")
_LEAD = re.compile(r"^.*(?:一个|一项|了|是)")
_NAMED_BODY = re.compile(rf"[^，。；、的]{{2,30}}?{_BODY}")
_SENDS = re.compile(rf"该(办公室|部|署|司|机构|组织)[^。]*?派代表参加该{_BODY}")


def _group(text: str, match: re.Match, mentions: list[Mention]) -> Party | None:
    written = match.group(1)
    if not _ANAPHOR.fullmatch(written):
        hits = gazetteer.find(text, match.start(1), match.end(1), mentions)
        return hits[-1][2] if hits else Party(written, written, "group")
    before = text[: match.start()]
    named = [m.group() for m in _NAMED_BODY.finditer(before)]
    if not named:
        return None
    last = named[-1]
    at = before.rfind(last)
    hits = gazetteer.find(text, at, at + len(last), mentions)
    if hits and hits[-1][1] == at + len(last):
        return hits[-1][2]
    key = gazetteer.forms().get("联合国" + last)
    if key:
        return Party(last, key.key, key.kind)
    last = _LEAD.sub("", last)
    return Party(last, last, "group")


def _includes(para: Paragraph, mentions: list[Mention]) -> list[Membership]:
    found = []
    if not _INCLUDES_CUE.search(para.text):
        return found  # every match of _INCLUDES holds one; its lazy group is slow to fail on long paragraphs
    for match in _INCLUDES.finditer(para.text):
        if match.group(2) == "由" and "组成" not in match.group(3):
            continue  # 由 X 监督 ("overseen by X") is not a membership
        group = _group(para.text, match, mentions)
        members = gazetteer.parties(para.text, match.start(3), match.end(3), mentions)
        for member in members:
            if group and member.key != group.key:
                found.append(Membership(para.pid, "membership.includes", 0.85, group, member))
    return found


def _sends(para: Paragraph, mentions: list[Mention], groups: list[Party]) -> list[Membership]:
    found = []
    for match in _SENDS.finditer(para.text):
        sentence_start = para.text.rfind("。", 0, match.start()) + 1
        named = [p for s, e, p in gazetteer.find(para.text, sentence_start, match.start(), mentions)
                 if p.written.endswith(match.group(1))]
        if named and groups:
            found.append(Membership(para.pid, "membership.sends-representative", 0.75,
                                    groups[-1], named[-1]))
    return found


def extract(doc: Document, mentions: list[Mention]) -> list[Membership]:
    """Return the memberships `doc` states, one per group and member."""
    grouped = by_paragraph(mentions)
    found: list[Membership] = []
    for para in doc.paragraphs:
        here = grouped.get(para.pid, [])
        stated = _includes(para, here)
        found += stated + _sends(para, here, [m.group for m in stated])
    return found
