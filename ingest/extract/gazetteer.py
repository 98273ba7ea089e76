"""Finding the organisations and states a span of text names, for the extractors.

Recognised mentions (issue 4's recognisers) come first; where a span has none,
the Chinese forms of the reference gazetteer (`ontology.reference`) and the
organisations and offices of the addressee table are matched longest-first,
left to right, so 联合国开发计划署 is UNDP and not the United Nations. Forms the
reference data marks as ambiguous are never matched here.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.model import Party
from ingest.extract.vocabulary import addressees
from ingest.model import Mention
from ontology import reference

_KINDS = {"organization": "organization", "state": "state"}
# Common words that hold a name without naming it: 发展中国家 (developing countries) holds 中国,
# a parliament called 代表大会 (国民代表大会, 全国人民代表大会) holds 大会 (the General Assembly).
_NOT_NAMES = ("发展中国家", "代表大会")


@cache
def forms() -> dict[str, Party]:
    """Return every unambiguous Chinese form of an organisation, office or state -> its party."""
    table: dict[str, Party] = {}
    for entry in addressees():
        if entry.kind != "group":
            table[entry.zh] = Party(entry.zh, entry.key, entry.kind)
    for org in reference.organizations():
        for form in (org.name_zh, *org.short_zh):
            if form and len(form) > 1:
                table.setdefault(form, Party(form, org.acronym, "organization"))
    for state in reference.states():
        for form in state.forms_zh():
            table.setdefault(form, Party(form, state.iso3, "state"))
    return {f: p for f, p in table.items() if not reference.is_ambiguous(f)}


@cache
def _by_first_char() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for form in forms():
        index.setdefault(form[0], []).append(form)
    return {c: sorted(fs, key=len, reverse=True) for c, fs in index.items()}


def find(text: str, start: int = 0, end: int | None = None,
         mentions: list[Mention] = ()) -> list[tuple[int, int, Party]]:
    """Return (start, end, party) for every entity named in `text[start:end]`, in text order."""
    end = len(text) if end is None else end
    not_names = {i for word in _NOT_NAMES for m in re.finditer(word, text) for i in range(m.start(), m.end())}
    found = [
        (m.start, m.end, Party(m.surface, m.key, _KINDS[m.kind]))
        for m in mentions
        if m.kind in _KINDS and start <= m.start and m.end <= end and m.start not in not_names
    ]
    covered = {i for s, e, _ in found for i in range(s, e)} | not_names
    i = start
    while i < end:
        form = next((f for f in _by_first_char().get(text[i], ()) if text.startswith(f, i)
                     and i + len(f) <= end), None)
        if form is None or i in covered:
            i += 1
            continue
        found.append((i, i + len(form), Party(form, forms()[form].key, forms()[form].kind)))
        i += len(form)
    return sorted(found, key=lambda hit: hit[0])


def parties(text: str, start: int = 0, end: int | None = None,
            mentions: list[Mention] = ()) -> list[Party]:
    """Return the distinct parties named in `text[start:end]`, in order of first mention."""
    seen: dict[str, Party] = {}
    for _, _, party in find(text, start, end, mentions):
        seen.setdefault(party.key, party)
    return list(seen.values())
