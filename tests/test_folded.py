"""The recognisers' cached folding agrees with ingest.clean.normalise, character for character."""

from hypothesis import given
from hypothesis import strategies as st

from ingest.clean import normalise
from ingest.recognise.folded import folded


def test_every_basic_plane_character_folds_as_normalise_does():
    text = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert folded(text) == normalise(text)


def test_full_width_symbol_folds_to_ascii():
    assert folded("Ａ／ＲＥＳ／７２／１６４（２０００）") == "A/RES/72/164(2000)"


@given(st.text())
def test_any_text_folds_as_normalise_does(text):
    assert folded(text) == normalise(text)
