"""Reading text files: every common encoding is detected, never guessed silently wrong."""

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from ingest.errors import UnknownFormat, UnreadableDocument
from ingest.pipeline import read_document
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
    with pytest.raises(UnknownFormat, match=r"no reader for '.docx' files; unkg reads .pdf, .txt"):
        reader_for(tmp_path / "report.docx")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_any_utf8_text_decodes_to_itself(text):
    assert decode(text.encode("utf-8")).text == text


def test_a_pdf_text_layer_reads_into_paragraphs_and_sections():
    doc = read_document(ROOT / "tests" / "data" / "en_report.pdf", {})
    assert (doc.symbol, doc.session, doc.agenda_item, doc.language) == ("A/79/901", 79, "126", "en")
    assert doc.title == "Cooperation between the United Nations and regional organizations"
    assert [(s.sid, s.heading) for s in doc.sections] == [("I", "Introduction"), ("II", "Conclusions")]
    assert [(p.pid, p.section, p.text) for p in doc.paragraphs] == [
        ("1", "I", "The present report is submitted pursuant to General Assembly resolution 77/5. "
                   "It reviews the cooperation of the United Nations with the African Union."),
        ("2", "I", "The United Nations Development Programme (UNDP) supported electoral management "
                   "bodies in Ghana and Kenya in 2023."),
        ("3", "II", "The Secretary-General welcomes the work of UNDP with the African Union and "
                    "encourages Member States to support it."),
    ]


def test_a_pdf_without_a_text_layer_is_refused_with_a_fix(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(UnreadableDocument, match=r"scan.pdf: the PDF has no text layer .*run OCR"):
        reader_for(path)(path)


def test_a_broken_pdf_is_refused(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes((ROOT / "tests" / "data" / "en_report.pdf").read_bytes()[:200])
    with pytest.raises(UnreadableDocument, match=r"cut.pdf: not a readable PDF"):
        reader_for(path)(path)
