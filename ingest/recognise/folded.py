"""The matching form of a text (`ingest.clean.normalise`), by one table lookup per character, cached.

`ingest.clean.normalise` folds full-width forms (U+FF01–U+FF5E, U+3000) to their
one-character NFKC forms, character by character, in Python. The recognisers ask
for the same paragraph's form several times (organisations, states, figures,
candidates), so here it is `str.translate` with the same table, once per text.
tests/test_folded.py checks that the two agree on every character.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def _table() -> dict[int, str]:
    table = {}
    for code in [0x3000, *range(0xFF01, 0xFF5F)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1:
            table[code] = folded
    return table


_FOLD = _table()


def fold(text: str) -> str:
    """Return `text` with full-width forms folded to half-width, one character for one (as `normalise`)."""
    return text.translate(_FOLD)


@lru_cache(maxsize=1024)
def folded(text: str) -> str:
    """Return `fold(text)`, remembered for the last thousand or so texts asked about."""
    return text.translate(_FOLD)
