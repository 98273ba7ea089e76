"""The matching form of a text (`ingest.clean.normalise`), cached per text.

The recognisers ask for the same paragraph's form several times (organisations,
states, figures, candidates), so `folded` remembers the last thousand or so.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.clean import normalise as fold


@lru_cache(maxsize=1024)
def folded(text: str) -> str:
    """Return `fold(text)` (`ingest.clean.normalise`), remembered for the last thousand or so texts."""
    return fold(text)
