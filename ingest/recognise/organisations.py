"""Organisations: gazetteer forms, plus the abbreviations a document introduces itself.

`联合国开发计划署(开发署)` teaches the document's gazetteer that `开发署` is UNDP
from then on. A form the reference data marks as ambiguous (稳定团 names four
missions) is matched only where an earlier mention in the document of one of
the entities it may name settles which; names inside a title in 《》 (a treaty
or publication) are never matched.
"""

from __future__ import annotations

import functools
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
    local = gazetteer.extended()
    for para in paragraphs:
        if "(" not in para.text and "（" not in para.text:
            continue  # no abbreviation can be introduced without a bracket
        for hit in gazetteer.find(para.text):
            m = _INTRODUCED.match(para.text, hit.end)
            if m and m.group(1) not in local.forms:
                local.add(m.group(1), hit.key)
    return local


def recognise(
    paragraphs: list[Paragraph], gazetteer: Gazetteer, ambiguous: dict[str, tuple[str, ...]] | None = None,
    blocked: dict[str, list[tuple[int, int]]] | None = None,
) -> list[Mention]:
    """Return an `organization` mention for every gazetteer or introduced form in `paragraphs`.

    `ambiguous` maps a form that names several entities to their acronyms; such a
    form becomes a mention only when settled by the latest earlier mention of one of them.
    No form starting inside a title or inside a span of `blocked` (paragraph id -> spans,
    such as the UN symbols written there: HRC in A/HRC/52/5) is a mention.
    """
    local = introduced(paragraphs, gazetteer)
    shared = _shared(tuple(form for form in (ambiguous or {}) if form not in local.forms))
    found: list[Mention] = []
    for p in paragraphs:
        skipped = [m.span() for m in _TITLE.finditer(p.text)] + (blocked or {}).get(p.pid, [])
        hits = [_mention(p.pid, hit) for hit in local.find(p.text, skipped)]
        taken = skipped + [(m.start, m.end) for m in hits]
        for hit in shared.find(p.text, taken):
            if key := _settled(ambiguous[hit.key], found + [m for m in hits if m.start < hit.start]):
                hits.append(_mention(p.pid, Hit(hit.start, hit.end, hit.surface, key)))
        found += sorted(hits, key=lambda m: m.start)
    return found


@functools.lru_cache(maxsize=32)
def _shared(forms: tuple[str, ...]) -> Gazetteer:
    """The gazetteer of ambiguous `forms`, each its own key (built once per set of forms)."""
    return Gazetteer((form, form) for form in forms)


def _settled(entities: tuple[str, ...], earlier: list[Mention]) -> str | None:
    """The latest of `earlier` that names one of `entities`, or None."""
    return next((m.key for m in reversed(earlier) if m.key in entities), None)


def _mention(pid: str, hit: Hit) -> Mention:
    return Mention("organization", pid, hit.start, hit.end, hit.surface, hit.key)
