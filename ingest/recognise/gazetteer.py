"""A gazetteer matcher: every known surface form, longest match first, spans on the shown text.

Matching runs on `ingest.clean.normalise(text)` (full-width folded, same
length), so spans index the text users see. Latin forms must stand as whole
words; Chinese forms have no word boundaries, so longest-match-first from left
to right is what keeps a short form from matching inside a longer name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.clean import normalise

_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Hit:
    """One match: span in the text, the surface as printed, and the entry's key."""

    start: int
    end: int
    surface: str
    key: str


class Gazetteer:
    """Surface forms mapped to keys; `find` returns non-overlapping hits, longest first."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        """Build from (form, key) pairs; a form given twice keeps its first key."""
        self.forms: dict[str, str] = {}
        for form, key in entries:
            self.add(form, key)

    def add(self, form: str, key: str) -> None:
        """Add one surface form for `key` (ignored when empty or already known)."""
        form = normalise(form.strip())
        if len(form) >= 2 and form not in self.forms:
            self.forms[form] = key
            self._index = None

    def _lengths(self) -> dict[str, list[int]]:
        if getattr(self, "_index", None) is None:
            index: dict[str, set[int]] = {}
            for form in self.forms:
                index.setdefault(form[0], set()).add(len(form))
            self._index = {c: sorted(ls, reverse=True) for c, ls in index.items()}
        return self._index

    def find(self, text: str, blocked: Iterable[tuple[int, int]] = ()) -> list[Hit]:
        """Return the hits in `text`, left to right, longest form first, outside `blocked` spans."""
        norm, lengths, hits = normalise(text), self._lengths(), []
        taken = sorted(blocked)
        i = 0
        while i < len(norm):
            hit = None
            if not _inside(i, taken):
                hit = next((h for n in lengths.get(norm[i], ()) if (h := self._try(norm, text, i, n))), None)
            if hit and self._overlapped_by_longer(norm, text, hit):
                hit = None  # 建议联合国: the short form 议联 loses to 联合国, which starts inside it
            if hit:
                hits.append(hit)
                i = hit.end
            else:
                i += 1
        return hits

    def _overlapped_by_longer(self, norm: str, text: str, hit: Hit) -> bool:
        """True when a longer form starts inside `hit` and runs past its end."""
        size, lengths = hit.end - hit.start, self._lengths()
        return any(
            j + n > hit.end and self._try(norm, text, j, n)
            for j in range(hit.start + 1, hit.end)
            for n in lengths.get(norm[j], ()) if n > size
        )

    def _try(self, norm: str, text: str, i: int, n: int) -> Hit | None:
        if i + n > len(norm):
            return None  # a slice cut short by the end of the text is not a form of length n
        form = norm[i : i + n]
        key = self.forms.get(form)
        if key is None:
            return None
        if _WORD.match(form[0]) and i > 0 and _WORD.match(norm[i - 1]):
            return None
        if _WORD.match(form[-1]) and i + n < len(norm) and _WORD.match(norm[i + n]):
            return None
        return Hit(i, i + n, text[i : i + n], key)


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)
