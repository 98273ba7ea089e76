"""Mandates: who is asked, urged or commended to do what, from which paragraph.

Two rules. `mandate.operative-verb`: every verb of the mandate-verb scheme that
opens a clause of a resolution's operative paragraph ("请秘书长……", "……，并鼓励各国……")
gives one mandate per addressee. `mandate.reported`: a report stating what an
organ asked in a resolution ("大会在第 72/164 号决议中请开发署……") gives a mandate
linked to that resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.extract import deliverables
from ingest.extract.mentions import by_paragraph
from ingest.extract.model import Mandate, Party
from ingest.extract.parties import english_parties_at, parties_at, parties_in
from ingest.extract.vocabulary import Verb, verbs
from ingest.model import Document, Mention, Paragraph

_PREFIX = re.compile(r"\s*(?:并且|并|又|还|也)?(?:在这方面)?(?:又|还|也)?")
# "Also requests", "Further invites", "Strongly urges", "and requests" (after a comma or semicolon).
_EN_PREFIX = re.compile(r"\s*(and\s+)?(?:(?:also|further|again|once again|strongly|firmly|urgently)\s+)*",
                        re.IGNORECASE)
_BOUNDARY = re.compile(r"[，；;,]")
_THANKS = re.compile(r"对([^，；。]{1,80}?)(表示感谢|表示谢意|表示赞赏)")
_NOT_VERBS = ("请求",)  # 请求国 "requesting State" is not 请 "requests"
# Verb types whose object is the party asked or praised; other verbs take a proposition.
_ADDRESSED = {"directive", "exhortative"}
_ADDRESSED_DECLARATORY = {"commends", "expresses appreciation"}


@dataclass
class Clause:
    """A verb found at a clause start, where it is, and where its addressee is written."""

    verb: Verb
    start: int  # where the clause's own words start (the verb, or 对 before the verb)
    end: int  # end of the verb
    addressee_at: int | None  # where the addressee starts (after the verb, or after 对 ... 的)
    boundary: int = 0  # where the clause starts, prefixes (并, 又, 在这方面) included


def _written_at(verb: Verb, text: str, i: int) -> bool:
    if verb.language != "en":
        return text.startswith(verb.written, i)
    end = i + len(verb.written)
    return text[i:end].lower() == verb.written and not text[end:end + 1].isalpha()


@cache
def _verbs_by_first() -> tuple[dict[str, list[tuple[int, Verb]]], dict[str, list[tuple[int, Verb]]]]:
    """The verbs (with their rank in `verbs()`) by the first character of their Chinese or English form."""
    zh: dict[str, list[tuple[int, Verb]]] = {}
    en: dict[str, list[tuple[int, Verb]]] = {}
    for rank, verb in enumerate(verbs()):
        (en if verb.language == "en" else zh).setdefault(verb.written[0], []).append((rank, verb))
    return zh, en


def _verb_at(text: str, i: int) -> Verb | None:
    if text.startswith(_NOT_VERBS, i):
        return None
    zh, en = _verbs_by_first()
    first = text[i:i + 1]
    candidates = zh.get(first, []) + en.get(first.lower()[:1], [])
    # the first verb of `verbs()` (longest form first) written at i
    return next((v for _, v in sorted(candidates, key=lambda c: c[0]) if _written_at(v, text, i)), None)


def _english_clause_at(text: str, start: int) -> Clause | None:
    prefix = _EN_PREFIX.match(text, start)
    # After a comma an English verb opens a clause only after "and": ", requests received" is a noun.
    if start > 0 and not prefix.group(1):
        return None
    verb = _verb_at(text, prefix.end())
    if verb is None or verb.language != "en":
        return None
    end = prefix.end() + len(verb.written)
    return Clause(verb, prefix.end(), end, end, start)


def _clause_at(text: str, start: int) -> Clause | None:
    i = _PREFIX.match(text, start).end()
    if (verb := _verb_at(text, i)) and verb.language != "en":
        return Clause(verb, i, i + len(verb.written), i + len(verb.written), start)
    if english := _english_clause_at(text, start):
        return english
    if thanks := _THANKS.match(text, i):
        verb = _verb_at(text, thanks.start(2))
        # "对派遣观察员……的会员国、区域组织表示感谢": the parties follow the last 的
        addressee_at = text.rfind("的", i, thanks.start(2)) + 1 or i + 1
        return Clause(verb, i, thanks.end(2), addressee_at, start)
    return None


def clauses(text: str) -> list[Clause]:
    """Return the verbs that open clauses of `text`: at its start and after a comma or semicolon."""
    starts = [0] + [m.end() for m in _BOUNDARY.finditer(text)]
    found = [c for s in starts if (c := _clause_at(text, s)) is not None]
    return [c for n, c in enumerate(found) if n == 0 or c.start >= found[n - 1].end]


def takes_addressee(verb: Verb) -> bool:
    """Whether the verb's object is a party (requests, urges, commends) rather than a proposition."""
    return verb.verb_type in _ADDRESSED or verb.notation in _ADDRESSED_DECLARATORY


def _mandates(para: Paragraph, clause: Clause, end: int, mentions: list[Mention], rule: str):
    text = para.text
    summary = text[clause.start:end].strip(" ，；;,。.并").removesuffix(", and").removesuffix(" and")
    addressed: list[Party] = []
    after = clause.end
    if takes_addressee(clause.verb) and clause.addressee_at is not None:
        read = english_parties_at if clause.verb.language == "en" else parties_at
        addressed, after = read(text, clause.addressee_at, mentions)
        after = max(after, clause.end)
    wanted = deliverables.find(text[after:end]) if takes_addressee(clause.verb) else []
    named = [p for p in parties_in(text, after, end, mentions) if p not in addressed]
    confidence = 0.9 if addressed or not takes_addressee(clause.verb) else 0.6
    for addressee in addressed or [None]:
        yield Mandate(
            pid=para.pid, rule=rule, confidence=confidence, verb=clause.verb.notation,
            verb_written=clause.verb.written, addressee=addressee, deliverables=wanted,
            mentions=named, summary=summary,
        )


def from_operative(para: Paragraph, mentions: list[Mention]) -> list[Mandate]:
    """Return the mandates of one operative paragraph, one per verb and addressee, in order."""
    found = clauses(para.text)
    if not found:
        return []
    ends = [c.boundary for c in found[1:]] + [len(para.text)]
    return [
        m
        for clause, end in zip(found, ends, strict=True)
        for m in _mandates(para, clause, end, mentions, "mandate.operative-verb")
    ]


def extract(doc: Document, mentions: list[Mention]) -> list[Mandate]:
    """Return the mandates `doc` gives (its operative paragraphs) or reports (resolutions it cites)."""
    from ingest.extract import reported

    by_pid = by_paragraph(mentions)
    found: list[Mandate] = []
    for para in doc.paragraphs:
        if para.kind == "operative":
            found += from_operative(para, by_pid.get(para.pid, []))
        elif doc.doc_type != "resolution":
            found += reported.from_report(doc, para, by_pid.get(para.pid, []))
    return found
