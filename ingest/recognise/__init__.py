"""Recognition: every mention in a document's paragraphs, with its paragraph id and span.

`recognise(doc)` runs, in order, organisations (gazetteer and the abbreviations
the document introduces), states (outside organisation names), document
symbols, dates and periods, figures, and candidate organisations not in the
gazetteer. The gazetteers come from `ontology.reference` unless given.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from ingest.model import Document, Mention, Paragraph
from ingest.recognise import candidates, dates, figures, organisations, states, symbols
from ingest.recognise.gazetteer import Gazetteer


@functools.cache
def default_gazetteers() -> tuple[Gazetteer, Gazetteer]:
    """Return the organisation and state gazetteers built from the reference data."""
    from ontology import reference

    ambiguous = [a.form for a in reference.ambiguous_forms()]
    orgs = Gazetteer(organisations.entries(reference.organizations(), ambiguous))
    return orgs, Gazetteer(states.entries(reference.states()))


@functools.cache
def default_ambiguous() -> dict[str, tuple[str, ...]]:
    """Return the reference data's ambiguous organisation forms with the acronyms each may name."""
    from ontology import reference

    return {a.form: tuple(a.entities) for a in reference.ambiguous_forms()}


def recognise(doc: Document, gazetteers: tuple[Gazetteer, Gazetteer] | None = None) -> list[Mention]:
    """Return every mention in `doc`'s paragraphs, grouped by kind, each kind in document order."""
    org_gaz, state_gaz = gazetteers or default_gazetteers()
    paras = doc.paragraphs
    written = symbols.recognise(paras)
    ambiguous = None if gazetteers else default_ambiguous()
    orgs = organisations.recognise(paras, org_gaz, ambiguous, _spans(written))
    taken = _spans(orgs)
    unknown = candidates.recognise(paras, taken, state_gaz, org_gaz)
    blocked = {pid: list(spans) for pid, spans in taken.items()}
    for m in unknown:
        if dict(m.detail).get("state"):  # 加拿大选举委员会: the state is part of its national body's name
            blocked.setdefault(m.pid, []).append((m.start, m.end))
    found = orgs + states.recognise(paras, state_gaz, blocked)
    found += written + dates.recognise(paras) + figures.recognise(paras)
    return found + unknown + _in_footnotes(doc, org_gaz, state_gaz)


def _in_footnotes(doc: Document, org_gaz: Gazetteer, state_gaz: Gazetteer) -> list[Mention]:
    """Organisations, states and symbols in footnotes: spans index the footnote's text."""
    out = []
    for para in doc.paragraphs:
        for note in para.footnotes:
            text = [Paragraph(para.pid, note.text, links=para.links)]
            written = symbols.recognise(text)
            found = organisations.recognise(text, org_gaz, blocked=_spans(written))
            found += states.recognise(text, state_gaz) + written
            tag = (("footnote", note.marker),)
            out += [replace(m, detail=m.detail + tag) for m in found]
    return out


def _spans(mentions: list[Mention]) -> dict[str, list[tuple[int, int]]]:
    """Paragraph id -> the spans of `mentions` there (the symbols: no organisation is named inside one)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(m.pid, []).append((m.start, m.end))
    return spans
