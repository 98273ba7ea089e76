"""Folding (`ingest.clean.normalise`, and the recognisers' cached `folded`) agrees with its definition.

The definition, character by character: a full-width form (U+FF01–U+FF5E) or the
ideographic space (U+3000) becomes its NFKC form when that is one character;
every other character stays as it is.
"""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ingest.clean import normalise
from ingest.recognise.folded import fold, folded


def _by_definition(text: str) -> str:
    out = []
    for ch in text:
        nfkc = unicodedata.normalize("NFKC", ch)
        full_width = "\uff01" <= ch <= "\uff5e" or ch == "\u3000"
        out.append(nfkc if full_width and len(nfkc) == 1 else ch)
    return "".join(out)


def test_every_basic_plane_character_folds_by_the_definition():
    text = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert normalise(text) == _by_definition(text)


def test_full_width_symbol_folds_to_ascii():
    assert folded("Ａ／ＲＥＳ／７２／１６４（２０００）") == "A/RES/72/164(2000)"


def test_ideographic_space_folds_to_a_space_and_chinese_stays():
    assert normalise("大会\u3000第７２届") == "大会 第72届"


@given(st.text())
def test_any_text_folds_by_the_definition(text):
    expected = _by_definition(text)
    assert normalise(text) == expected
    assert fold(text) == expected
    assert folded(text) == expected
