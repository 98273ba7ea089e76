"""Successions the text states: an entity renamed or succeeded by another, and when.

Rules: `succession.formerly` — "B(前身为A)"; `succession.successor` — "A及其继任特派团，
即B(自 2024 年 11 月起)"; `succession.renamed` — "A（于 DATE）更名为B"; `succession.role`
— a post held by one department's head "自 2019 年 1 月 1 日起，随着……重组，由<post of B>担任"
after "任命<post of A>为" in the same paragraph gives A → B (the posts are data:
ontology/vocabularies/posts.csv). Facts of one paragraph about the same pair are merged,
keeping the date where one of them gives it.
"""

from __future__ import annotations

import re

from ingest.extract import gazetteer
from ingest.extract.dates import date_in
from ingest.extract.mentions import by_paragraph
from ingest.extract.model import Party, Succession
from ingest.extract.vocabulary import posts
from ingest.model import Document, Mention, Paragraph

_FORMERLY = re.compile(r"\((?:前身为|原为|原称)([^)]{2,30})\)")
_SUCCESSOR = re.compile(r"及其(?:继任|后继)[^，。]{0,6}，即([^，。(]{2,40})(?:\(自([^)]{4,20})起\))?")
_RENAMED = re.compile(r"(?:于([^，。]{4,16}))?(?:更名为|改名为|改称)([^，。；]{2,40})")
_ROLE = re.compile(r"自\s*([\d\s年月日]{5,20})起，随着[^，。]*?重组，由([^，。]{4,30}?)担任")


def _party_ending(text: str, end: int, mentions: list[Mention]) -> Party | None:
    hits = [h for h in gazetteer.find(text, max(0, end - 40), end, mentions) if h[1] == end]
    return hits[-1][2] if hits else None


def _party_starting(text: str, start: int, mentions: list[Mention]) -> Party | None:
    hits = [h for h in gazetteer.find(text, start, min(len(text), start + 40), mentions)
            if h[0] == start]
    return hits[0][2] if hits else None


def _formerly(para: Paragraph, mentions: list[Mention]):
    for m in _FORMERLY.finditer(para.text):
        new = _party_ending(para.text, m.start(), mentions)
        old = _party_starting(para.text, m.start(1), mentions)
        if new and old:
            yield Succession(para.pid, "succession.formerly", 0.9, old, new)


def _successor(para: Paragraph, mentions: list[Mention]):
    for m in _SUCCESSOR.finditer(para.text):
        old = _party_ending(para.text, m.start(), mentions)
        new = _party_starting(para.text, m.start(1), mentions)
        if new and old:
            date = date_in(m.group(2)) if m.group(2) else None
            yield Succession(para.pid, "succession.successor", 0.9, old, new, date)


def _renamed(para: Paragraph, mentions: list[Mention]):
    for m in _RENAMED.finditer(para.text):
        old = _party_ending(para.text, m.start(), mentions)
        new = _party_starting(para.text, m.start(2), mentions)
        if new and old and new.key != old.key:
            date = date_in(m.group(1)) if m.group(1) else None
            yield Succession(para.pid, "succession.renamed", 0.9, old, new, date)


def _role(para: Paragraph, mentions: list[Mention]):
    appointed = re.search(r"任命([^，。]{4,30}?)为", para.text)
    for m in _ROLE.finditer(para.text):
        new, old = posts().get(m.group(2).strip()), appointed and posts().get(appointed.group(1))
        if new and old and new != old:
            yield Succession(para.pid, "succession.role", 0.7, Party(appointed.group(1), old, "organization"),
                             Party(m.group(2), new, "organization"), date_in(m.group(1)))


def _merged(found: list[Succession]) -> list[Succession]:
    by_pair: dict[tuple[str, str, str], Succession] = {}
    for fact in found:
        key = (fact.pid, fact.original.key, fact.resulting.key)
        if key not in by_pair or (fact.date and not by_pair[key].date):
            by_pair[key] = fact
    return list(by_pair.values())


def extract(doc: Document, mentions: list[Mention]) -> list[Succession]:
    """Return the successions `doc` states, one per paragraph and pair of entities."""
    grouped = by_paragraph(mentions)
    found: list[Succession] = []
    for para in doc.paragraphs:
        here = grouped.get(para.pid, [])
        for rule in (_formerly, _successor, _renamed, _role):
            found += rule(para, here)
    return _merged(found)
