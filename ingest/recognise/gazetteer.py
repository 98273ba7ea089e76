"""A gazetteer matcher: every known surface form, longest match first, spans on the shown text.

Matching runs on `ingest.clean.normalise(text)` (full-width folded, same
length; computed as `ingest.recognise.folded`), so spans index the text users
see. Latin forms must stand as whole words; Chinese forms have no word
boundaries, so longest-match-first from left to right is what keeps a short
form from matching inside a longer name.

One Aho–Corasick pass (pyahocorasick, in C) finds every occurrence of every
form; the left-to-right walk then visits only the positions where a form
starts. A gazetteer can be layered over another (`extended`): it finds the
other's forms and its own without copying or re-indexing the other's.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick

from ingest.recognise.folded import fold, folded

_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

_RECENT = 2048  # texts whose starts a gazetteer remembers (a long document's paragraphs and footnotes)
# Start -> the (length, key) of every form found there that stands as a word, longest first.
Starts = dict[int, list[tuple[int, str]]]


@dataclass(frozen=True)
class Hit:
    """One match: span in the text, the surface as printed, and the entry's key."""

    start: int
    end: int
    surface: str
    key: str


class Gazetteer:
    """Surface forms mapped to keys; `find` returns non-overlapping hits, longest first."""

    def __init__(self, entries: Iterable[tuple[str, str]] = (), base: Gazetteer | None = None) -> None:
        """Build from (form, key) pairs, over the forms of `base` if given; a form given twice keeps its
        first key."""
        self._base = base
        self._own: dict[str, str] = {}
        self.forms: Mapping[str, str] = ChainMap(self._own, base.forms) if base else self._own
        self._automaton: ahocorasick.Automaton | None = None
        # The last texts' starts, oldest first: a paragraph is asked about by several recognisers.
        self._recent: dict[str, Starts] = {}
        for form, key in entries:
            self.add(form, key)

    def add(self, form: str, key: str) -> None:
        """Add one surface form for `key` (ignored when empty or already known)."""
        form = fold(form.strip())
        if len(form) >= 2 and form not in self.forms:
            self._own[form] = key
            self._automaton = None
            self._recent.clear()

    def extended(self) -> Gazetteer:
        """Return an empty gazetteer layered over this one: it finds these forms and those added to it."""
        return Gazetteer(base=self)

    def _index(self) -> ahocorasick.Automaton | None:
        if self._automaton is None and self._own:
            automaton = ahocorasick.Automaton()
            for form, key in self._own.items():
                automaton.add_word(form, (len(form), key, form[0] in _WORD, form[-1] in _WORD))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def starts(self, norm: str) -> Starts:
        """Return, for the normalised text `norm`, every position where a form starts as a whole word,
        with the (length, key) of each form found there, longest first (do not change it)."""
        if self._base is None:
            if (found := self._recent.get(norm)) is None:
                found = self._recent[norm] = self._own_starts(norm)
                if len(self._recent) > _RECENT:
                    del self._recent[next(iter(self._recent))]
            return found
        found, below = self._own_starts(norm), self._base.starts(norm)
        if not found:
            return below
        merged = dict(below)
        for start, here in found.items():
            merged[start] = sorted(below.get(start, []) + here, reverse=True)
        return merged

    def _own_starts(self, norm: str) -> Starts:
        found: Starts = {}
        automaton = self._index()
        if automaton is None:
            return found
        size = len(norm)
        for last, (n, key, latin_first, latin_last) in automaton.iter(norm):
            start, end = last + 1 - n, last + 1
            if latin_first and start > 0 and norm[start - 1] in _WORD:
                continue
            if latin_last and end < size and norm[end] in _WORD:
                continue
            found.setdefault(start, []).append((n, key))
        for at in found.values():
            at.sort(reverse=True)
        return found

    def find(self, text: str, blocked: Iterable[tuple[int, int]] = ()) -> list[Hit]:
        """Return the hits in `text`, left to right, longest form first, outside `blocked` spans.

        A form starting inside a blocked span is skipped; a form loses to a longer
        one that starts inside it and runs past its end (建议联合国: 议联 loses to 联合国).
        """
        starts = self.starts(folded(text))
        if not starts:
            return []
        taken = sorted(blocked)
        hits, i = [], 0
        for start in sorted(starts):
            if start < i or any(s <= start < e for s, e in taken):
                continue
            n, key = starts[start][0]
            end = start + n
            if any(j in starts and starts[j][0][0] > n and j + starts[j][0][0] > end
                   for j in range(start + 1, end)):
                continue
            hits.append(Hit(start, end, text[start:end], key))
            i = end
        return hits
