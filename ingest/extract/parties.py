"""Reading who a clause names: the addressee table and recognised mentions, at a position."""

from __future__ import annotations

import re

from ingest.extract import gazetteer
from ingest.extract.model import Party
from ingest.extract.vocabulary import addressees, english_addressees
from ingest.model import Mention

_QUANTIFIER = re.compile(r"(所有|各|其他)")
_JOINER = re.compile(r"(、|和|以及|及)")  # not 与: "请开发署与其他组织合作" asks UNDP only
_KINDS = {"organization": "organization", "state": "state"}
# English: the addressee runs up to " to " ("Requests the Secretary-General to ...") or " for "
# ("Commends the Division for ..."); items are separated by commas and "and".
_EN_END = re.compile(r"\s(?:to|for|that|as)\s|[;.:]")
_EN_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+")
_EN_DETERMINER = re.compile(r"(?:(?:the|all|each|other|relevant|its|their)\s+)*", re.IGNORECASE)


def _entry_at(text: str, i: int):
    return next((a for a in addressees() if text.startswith(a.zh, i)), None)


def party_at(text: str, i: int, mentions: list[Mention]) -> tuple[Party, int] | None:
    """Return the party written at `text[i:]` and where it ends, or None.

    A recognised organisation or state mention starting at `i` wins over the
    addressee table when it is at least as long; the table matches its longest
    written form, optionally after 所有/各.
    """
    mention = max(
        (m for m in mentions if m.start == i and m.kind in _KINDS),
        key=lambda m: m.end,
        default=None,
    )
    start = i
    entry = _entry_at(text, i)
    if entry is None and (q := _QUANTIFIER.match(text, i)):
        i = q.end()
        entry = _entry_at(text, i)
    if mention and (entry is None or mention.end >= i + len(entry.zh)):
        return Party(mention.surface, mention.key, _KINDS[mention.kind]), mention.end
    if entry is None:
        hits = gazetteer.find(text, i, min(len(text), i + 40))
        if hits and hits[0][0] == i:
            return Party(text[start:hits[0][1]], hits[0][2].key, hits[0][2].kind), hits[0][1]
        return None
    end = i + len(entry.zh)
    return Party(text[start:end], entry.key, entry.kind), end


def parties_at(text: str, i: int, mentions: list[Mention]) -> tuple[list[Party], int]:
    """Return the parties listed from `text[i:]` ("A、B和C") and where the list ends."""
    found: list[Party] = []
    while (hit := party_at(text, i, mentions)) is not None:
        found.append(hit[0])
        i = hit[1]
        joiner = _JOINER.match(text, i)
        if not joiner or party_at(text, joiner.end(), mentions) is None:
            break
        i = joiner.end()
    return found, i


def parties_in(text: str, start: int, end: int, mentions: list[Mention]) -> list[Party]:
    """Return the organisations, offices and states named within `text[start:end]`, in order."""
    return gazetteer.parties(text, start, end, mentions)


def _english_party(text: str, start: int, end: int, mentions: list[Mention]) -> Party | None:
    i = _EN_DETERMINER.match(text, start, end).end()
    mention = next((m for m in mentions if m.start == i and m.end == end and m.kind in _KINDS), None)
    if mention:
        return Party(text[start:end], mention.key, _KINDS[mention.kind])
    entry = english_addressees().get(text[i:end].lower())
    return Party(text[start:end], entry.key, entry.kind) if entry else None


def english_parties_at(text: str, i: int, mentions: list[Mention]) -> tuple[list[Party], int]:
    """Return the parties an English clause addresses from `text[i:]` and where they end.

    "the Secretary-General to report" -> Secretary-General; "all Member States, regional organizations
    and the United Nations Development Programme to" -> three parties. An item neither recognised
    nor in the addressee table is left out rather than guessed.
    """
    stop = _EN_END.search(text, i)
    end = stop.start() if stop else len(text)
    found, start = [], i
    while start < end:
        start += len(text[start:end]) - len(text[start:end].lstrip())
        sep = _EN_SEPARATOR.search(text, start, end)
        item_end = sep.start() if sep else end
        if party := _english_party(text, start, item_end, mentions):
            found.append(party)
        start = sep.end() if sep else end
    return found, end if found else i
