"""States and territories, by their Chinese and English names, in running text, lists and tables."""

from __future__ import annotations

from collections.abc import Iterable

from ingest.model import Mention, Paragraph
from ingest.recognise.gazetteer import Gazetteer


def entries(states: Iterable) -> list[tuple[str, str]]:
    """Return (form, ISO3) pairs for every Chinese and English name of `states`."""
    pairs = []
    for state in states:
        for form in (*state.forms_zh(), state.name_en, state.short_en):
            if form:
                pairs.append((form, state.iso3))
    return pairs


def recognise(paragraphs: list[Paragraph], gazetteer: Gazetteer,
              blocked: dict[str, list[tuple[int, int]]] | None = None) -> list[Mention]:
    """Return a `state` mention for every state name in `paragraphs`, outside the `blocked` spans.

    `blocked` maps a paragraph id to spans already taken by organisation names
    (a state's name inside 联合国阿富汗援助团 is part of the organisation's name).
    """
    blocked = blocked or {}
    return [
        Mention("state", p.pid, h.start, h.end, h.surface, h.key)
        for p in paragraphs
        for h in gazetteer.find(p.text, blocked.get(p.pid, ()))
    ]
