"""Mandates that reports state: what an organ asked in a resolution they cite.

"大会在第 72/164 号决议中请开发署……" gives a mandate from A/RES/72/164;
"人权理事会请人权高专办……" after a citation in the same paragraph is linked to
the resolution last cited; "1991 年，……任命主管政治事务副秘书长为选举援助事务的协调人"
gives a designation dated 1991.
"""

from __future__ import annotations

import re

from ingest.extract.mandates import Clause, _mandates, _verb_at
from ingest.extract.model import Mandate
from ingest.model import Document, Mention, Paragraph

_BODIES = {"大会": "GA", "人权理事会": "HRC", "安全理事会": "SC", "理事会": None}
_ORGAN = re.compile(
    r"(大会|人权理事会|安全理事会|理事会)(?:最近|已)?"
    r"(?:在(?:其|这两个)?第\s*([\d/()]+)\s*(?:和第\s*[\d/]+\s*)?号决议中"
    r"|第\s*([\d/()]+)\s*号决议|同一决议|在这两个决议中)?[,，\s]*(?:也|还|又)?"
)
_CITED = re.compile(r"第\s*(\d+/\d+|\d+\(\d{4}\))\s*号决议")


def resolution_symbol(body: str | None, number: str) -> str | None:
    """Return the normal symbol of resolution `number` of `body`: ("GA", "72/164") -> A/RES/72/164."""
    if body == "GA":
        return f"A/RES/{number}"
    if body == "HRC":
        return f"A/HRC/RES/{number}"
    if body == "SC":
        return f"S/RES/{number}"
    return None


def _directive_at(text: str, i: int):
    verb = _verb_at(text, i)
    if verb and verb.verb_type in {"directive", "exhortative"}:
        return verb
    return None


def _sentence_end(text: str, i: int) -> int:
    end = text.find("。", i)
    return len(text) if end < 0 else end


def _organ_mandates(doc: Document, para: Paragraph, mentions: list[Mention]) -> list[Mandate]:
    text, found, last = para.text, [], None
    for match in _ORGAN.finditer(text):
        number = match.group(2) or match.group(3)
        body = _BODIES[match.group(1)] or (last[0] if last else None)
        if number:
            last = (body, resolution_symbol(body, number))
        verb = _directive_at(text, match.end())
        if not verb:
            continue
        verb_end = match.end() + len(verb.written)
        clause = Clause(verb, match.end(), verb_end, verb_end)
        cites = last[1] if last and last[0] == body else None
        end = _sentence_end(text, match.end())
        for mandate in _mandates(para, clause, end, mentions, "mandate.reported"):
            mandate.cites = cites
            mandate.confidence = 0.85 if cites else 0.7
            found.append(mandate)
    return found


def _designations(para: Paragraph, mentions: list[Mention]) -> list[Mandate]:
    text, found = para.text, []
    for match in re.finditer(r"任命(?=[^，。；]{2,40}?为)", text):
        sentence_start = text.rfind("。", 0, match.start()) + 1
        year = re.match(r"\s*(\d{4})\s*年", text[sentence_start:])
        verb = _verb_at(text, match.start())
        clause = Clause(verb, match.start(), match.end(), match.end())
        rule = "mandate.designation"
        for mandate in _mandates(para, clause, _sentence_end(text, match.end()), mentions, rule):
            if mandate.addressee is None:
                continue
            mandate.date = year.group(1) if year else None
            mandate.confidence = 0.8
            found.append(mandate)
    return found


def from_report(doc: Document, para: Paragraph, mentions: list[Mention]) -> list[Mandate]:
    """Return the mandates paragraph `para` of a report says an organ gave, with the cited resolution."""
    return _organ_mandates(doc, para, mentions) + _designations(para, mentions)
