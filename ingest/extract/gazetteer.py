"""Finding the organisations and states a span of text names, for the extractors.

Recognised mentions (issue 4's recognisers) come first; where a span has none,
the Chinese forms of the reference gazetteer (`ontology.reference`) and the
organisations and offices of the addressee table are matched longest-first,
left to right, so 联合国开发计划署 is UNDP and not the United Nations. Forms the
reference data marks as ambiguous are never matched here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

import ahocorasick

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
def _automaton() -> ahocorasick.Automaton:
    """Every form of `forms()`, for one Aho–Corasick pass over a text: form -> (length, party)."""
    automaton = ahocorasick.Automaton()
    for form, party in forms().items():
        automaton.add_word(form, (len(form), party))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=2048)
def _scan(text: str) -> tuple[list[int], dict[int, list[tuple[int, Party]]], frozenset[int]]:
    """Return where forms start in `text` (in order), the (length, party) found at each, longest first,
    and the positions inside the common words of `_NOT_NAMES`.

    The extractors ask about the same paragraph many times, span by span; it is scanned once.
    """
    starts: dict[int, list[tuple[int, Party]]] = {}
    for last, (n, party) in _automaton().iter(text):
        starts.setdefault(last + 1 - n, []).append((n, party))
    for at in starts.values():
        if len(at) > 1:
            at.sort(reverse=True)  # by length: two forms found at one start differ in length
    not_names = frozenset(i for word in _NOT_NAMES for m in re.finditer(word, text)
                          for i in range(m.start(), m.end()))
    return sorted(starts), starts, not_names


def find(text: str, start: int = 0, end: int | None = None,
         mentions: list[Mention] = ()) -> list[tuple[int, int, Party]]:
    """Return (start, end, party) for every entity named in `text[start:end]`, in text order."""
    end = len(text) if end is None else end
    order, starts, not_names = _scan(text)
    found = [
        (m.start, m.end, Party(m.surface, m.key, _KINDS[m.kind]))
        for m in mentions
        if m.kind in _KINDS and start <= m.start and m.end <= end and m.start not in not_names
    ]
    covered = {i for s, e, _ in found for i in range(s, e)} if found else ()
    i = start
    for s in order[bisect_left(order, start):]:
        if s >= end:
            break
        if s < i or s in covered or s in not_names:
            continue
        hit = next((n_party for n_party in starts[s] if s + n_party[0] <= end), None)
        if hit is not None:
            found.append((s, s + hit[0], hit[1]))
            i = s + hit[0]
    return sorted(found, key=lambda hit: hit[0])


def parties(text: str, start: int = 0, end: int | None = None,
            mentions: list[Mention] = ()) -> list[Party]:
    """Return the distinct parties named in `text[start:end]`, in order of first mention."""
    seen: dict[str, Party] = {}
    for _, _, party in find(text, start, end, mentions):
        seen.setdefault(party.key, party)
    return list(seen.values())
