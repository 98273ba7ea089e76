"""Mandates that reports state: what an organ asked in a resolution they cite.

"大会在第 72/164 号决议中请开发署……" gives a mandate from A/RES/72/164;
"人权理事会请人权高专办……" or "该决议鼓励……" after a citation in the same
paragraph is linked to the resolution last cited; a citation later in the
sentence ("……（见第 49/30 号决议）") links a mandate the paragraph cited nothing
for before. An organ's later clauses in the same sentence ("大会在第 73/148 号决议中
重申了……，鼓励……") give mandates too. "1991 年，……任命主管政治事务副秘书长为
选举援助事务的协调人" gives a designation dated 1991.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.mandates import Clause, _mandates, _verb_at, clauses
from ingest.extract.model import Mandate
from ingest.model import Document, Mention, Paragraph
from ingest.recognise import symbols

_BODIES = {"大会": "GA", "人权理事会": "HRC", "安全理事会": "SC"}
_ORGAN_NAME = re.compile("|".join(_BODIES))
_NUMBER = r"(\d+/\d+|\d+\s*\(\d{4}\))"
_CITATION = re.compile(rf"第\s*{_NUMBER}\s*(?:和第\s*{_NUMBER}\s*)?号决议")
# Who asks: an organ ("大会", "理事会") or the resolution itself ("该决议"), with the
# resolution it speaks through when written ("在第 72/164 号决议中", "第 60/253 号决议", "同一决议").
_SUBJECT = re.compile(
    r"(大会|人权理事会|安全理事会|理事会|该决议|这项决议|同一决议|上述决议)(?:最近|已|随后|再次|也|还|又)*"
    r"(?:在(?:其|这两个)?(?:第\s*[\d/()\s]+(?:和第\s*[\d/()\s]+)?号)?决议中"
    r"|第\s*[\d/()\s]+(?:和第\s*[\d/()\s]+)?号决议|同一决议)?[,，\s]*(?:也|还|又|再次)*"
)
_ADDRESSED = {"directive", "exhortative"}
# "人权理事会第 38/12 号决议基于国际人权法促请各国": a short basis between the organ and its verb.
_BASIS = re.compile(r"(?:基于|根据|依据)[^，。；：]{1,15}?(?=促请|敦促|请|鼓励|邀请|建议|呼吁|吁请|要求)")


@dataclass
class Citation:
    """A resolution citation in a paragraph: where it is, the citing body, the symbols it names."""

    start: int
    end: int
    body: str | None
    symbols: list[str]


_SYMBOL_ORGANS = {"GA": "A", "HRC": "HRC", "SC": "S"}


def resolution_symbol(body: str | None, number: str) -> str | None:
    """Return the normal symbol of resolution `number` of `body`: ("GA", "72/164") -> A/RES/72/164.

    None when the body is not one whose resolutions have a known symbol pattern
    (a Security Council number "1325(2000)" needs no body).
    """
    organ = _SYMBOL_ORGANS.get(body or "")
    if organ is None and not re.fullmatch(r"\d+\(\d{4}\)", re.sub(r"\s+", "", number)):
        return None
    return symbols.resolution_symbol(number, organ or "S")


def _sentence(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("。", 0, i) + 1
    end = text.find("。", i)
    return start, len(text) if end < 0 else end


def citations(doc: Document, text: str) -> list[Citation]:
    """Return the resolutions `text` cites, each with the body named last before it in its sentence.

    A citation with no body named before it in its sentence is taken to be one of
    the document's own body ("GA" for A/ reports).
    """
    found = []
    for match in _CITATION.finditer(text):
        names = _ORGAN_NAME.findall(text, _sentence(text, match.start())[0], match.start())
        body = _BODIES[names[-1]] if names else doc.body
        symbols = [resolution_symbol(body, n) for n in match.groups() if n]
        found.append(Citation(match.start(), match.end(), body, [s for s in symbols if s]))
    return found


def _cited(subject: re.Match, cites: list[Citation], sentence_end: int) -> list[str]:
    """The resolutions an organ's request comes from: written in the subject, else cited before
    by the same body, else cited later in the same sentence."""
    own = [c for c in cites if subject.start() <= c.start < subject.end()]
    if own:
        return own[0].symbols
    name = subject.group(1)
    body = _BODIES.get(name)
    before = [c for c in cites if c.end <= subject.start() and (body is None or c.body == body)]
    if before:
        return before[-1].symbols if "这两个" in subject.group(0) else before[-1].symbols[-1:]
    after = [c for c in cites if subject.end() <= c.start < sentence_end and (body is None or c.body == body)]
    return after[0].symbols[:1] if after else []


def _organ_clauses(text: str, at: int, end: int) -> list[tuple[Clause, int]]:
    """The clauses an organ's subject governs, from `at` to the end of its sentence, with their ends."""
    if basis := _BASIS.match(text, at, end):
        at = basis.end()
    found = clauses(text[at:end])
    if not found or found[0].boundary != 0:
        return []
    ends = [c.boundary for c in found[1:]] + [end - at]
    return [
        (Clause(c.verb, c.start + at, c.end + at, c.addressee_at + at, c.boundary + at), stop + at)
        for c, stop in zip(found, ends, strict=True)
        if c.verb is not None and c.verb.verb_type in _ADDRESSED
    ]


def _organ_mandates(doc: Document, para: Paragraph, mentions: list[Mention]) -> list[Mandate]:
    text, found = para.text, []
    cites = citations(doc, text)
    for subject in _SUBJECT.finditer(text):
        end = _sentence(text, subject.end())[1]
        symbols = _cited(subject, cites, end) or [None]
        for clause, stop in _organ_clauses(text, subject.end(), end):
            for symbol in symbols:
                for mandate in _mandates(para, clause, stop, mentions, "mandate.reported"):
                    mandate.cites = symbol
                    mandate.confidence = 0.85 if symbol else 0.7
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
        for mandate in _mandates(para, clause, _sentence(text, match.end())[1], mentions, rule):
            if mandate.addressee is None:
                continue
            mandate.date = year.group(1) if year else None
            mandate.confidence = 0.8
            found.append(mandate)
    return found


def from_report(doc: Document, para: Paragraph, mentions: list[Mention]) -> list[Mandate]:
    """Return the mandates paragraph `para` of a report says an organ gave, with the cited resolution."""
    return _organ_mandates(doc, para, mentions) + _designations(para, mentions)
