"""The recognised mentions of a document, grouped by the paragraph they are in."""

from __future__ import annotations

from ingest.model import Mention

# The last list grouped, as a tuple of its mentions, and its groups: every extractor asks about the same list.
_last: tuple[tuple[Mention, ...], dict[str, list[Mention]]] = ((), {})


def by_paragraph(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Return paragraph id -> its mentions, in the order of `mentions` (one pass, not one per paragraph).

    The lists returned are shared with the next caller asking about the same mentions: do not change them.
    """
    global _last
    key = tuple(mentions)
    if key == _last[0]:
        return _last[1]
    grouped: dict[str, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.pid, []).append(m)
    _last = (key, grouped)
    return grouped
