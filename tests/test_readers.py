"""Reading text files: every common encoding is detected, never guessed silently wrong."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.errors import UnknownFormat, UnreadableDocument
from ingest.readers import reader_for
from ingest.readers.text import decode

SAMPLE = "1. 联合国开发计划署(开发署)与各国议会联盟合作。\n2. 多民族玻利维亚国。\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        ((SAMPLE * 5).encode("gb18030"), "gb18030"),
    ],
)
def test_common_encodings_are_detected(encoded, encoding):
    raw = decode(encoded)
    assert raw.encoding == encoding
    assert raw.text.lstrip("\ufeff").startswith(SAMPLE[:20])


def test_bytes_that_are_no_text_are_refused_with_a_fix():
    with pytest.raises(UnreadableDocument, match="save it as UTF-8"):
        decode(b"\xff\x00\xfe\x81" * 50, "x.txt")


def test_an_unknown_extension_names_the_formats_unkg_reads(tmp_path):
    with pytest.raises(UnknownFormat, match=r"no reader for '.docx' files; unkg reads .txt"):
        reader_for(tmp_path / "report.docx")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_any_utf8_text_decodes_to_itself(text):
    assert decode(text.encode("utf-8")).text == text
