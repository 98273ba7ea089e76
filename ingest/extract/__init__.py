"""Extracting facts from a read and recognised document: one module per kind of fact.

`extract(doc, mentions)` runs every extractor on the document and the mentions
the recognisers found in it, and returns the facts in document order of kind.
Each extractor takes the same two arguments, so each can be tested on a small
hand-made document.
"""

from __future__ import annotations

from ingest.extract.model import Fact
from ingest.model import Document, Mention


def _extractors():
    from ingest.extract import (
        activities,
        agreements,
        electoral,
        figures,
        mandates,
        memberships,
        successions,
    )

    return [mandates.extract, electoral.extract, memberships.extract, successions.extract,
            figures.extract, agreements.extract, activities.extract]


def extract(doc: Document, mentions: list[Mention]) -> list[Fact]:
    """Return every fact the extractors find in `doc`, given the recognised `mentions`."""
    facts: list[Fact] = []
    for run in _extractors():
        facts += run(doc, mentions)
    return facts
