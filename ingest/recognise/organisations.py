"""Organisations: gazetteer forms, plus the abbreviations a document introduces itself.

`联合国开发计划署(开发署)` teaches the document's gazetteer that `开发署` is UNDP
from then on. Forms the reference data marks as ambiguous are never matched, nor
names inside a title in 《》 (a treaty or publication).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.model import Mention, Paragraph
from ingest.recognise.gazetteer import Gazetteer, Hit

# A title in 《》 names a treaty or publication, not the organisation in it (《联合国宪章》).
_TITLE = re.compile(r"《[^《》]{1,80}》")
_INTRODUCED = re.compile(r"\s?[(（]\s*([^()（）、，,。；;]{2,12}?)\s*[)）]")


def entries(organizations: Iterable, ambiguous: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Return (form, acronym) pairs for every Chinese and English form of `organizations`."""
    skip = set(ambiguous)
    pairs = []
    for org in organizations:
        for form in (*org.forms_zh(), *org.forms_en()):
            if form not in skip:
                pairs.append((form, org.acronym))
    return pairs


def introduced(paragraphs: list[Paragraph], gazetteer: Gazetteer) -> Gazetteer:
    """Return a copy of `gazetteer` with the abbreviations `paragraphs` introduce after known names."""
    local = Gazetteer(gazetteer.forms.items())
    for para in paragraphs:
        for hit in gazetteer.find(para.text):
            m = _INTRODUCED.match(para.text, hit.end)
            if m and m.group(1) not in local.forms:
                local.add(m.group(1), hit.key)
    return local


def recognise(paragraphs: list[Paragraph], gazetteer: Gazetteer) -> list[Mention]:
    """Return an `organization` mention for every gazetteer or introduced form in `paragraphs`."""
    local = introduced(paragraphs, gazetteer)
    return [_mention(p.pid, hit) for p in paragraphs
            for hit in local.find(p.text, [m.span() for m in _TITLE.finditer(p.text)])]


def _mention(pid: str, hit: Hit) -> Mention:
    return Mention("organization", pid, hit.start, hit.end, hit.surface, hit.key)
