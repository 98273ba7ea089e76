"""The recognised mentions of a document, grouped by the paragraph they are in."""

from __future__ import annotations

from ingest.model import Mention


def by_paragraph(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Return paragraph id -> its mentions, in the order of `mentions` (one pass, not one per paragraph)."""
    grouped: dict[str, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.pid, []).append(m)
    return grouped
