"""Bad input: each bad file is refused in one line naming it and the reason; nothing else is lost.

Readers refuse what is no document (empty, binary, images, HTML, PDFs without
a text layer, encrypted or cut short, files over the size limit) and read
what is one in any common encoding or line ending; a broken manifest is
reported once and only the documents that needed it fail; the store keeps
every graph it had when a rebuild meets a bad file.
"""

import io
import json
from pathlib import Path

import pytest
from conftest import DATA
from pypdf import PdfWriter
from typer.testing import CliRunner

from ingest.build import build, find_inputs, process_file
from ingest.errors import UnkgError
from ingest.pipeline import read_document
from ingest.store import GraphStore
from ontology import iris
from unkg.cli import app

# A tiny report whose symbol is printed as its running header.
GOOD = " 1. 联合国开发计划署与各国议会联盟合作。\n 2. 多民族玻利维亚国。\n\nA/79/999\n"
PARAGRAPHS = [("1", "联合国开发计划署与各国议会联盟合作。"), ("2", "多民族玻利维亚国。")]
PDF = (DATA / "en_report.pdf").read_bytes()


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _error(path: Path, metadata: dict | None = None) -> str:
    result = process_file(path, metadata or {})
    assert result.symbol is None and result.nquads == b""
    assert "\n" not in result.error
    return result.error


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    doc = read_document(path, {})
    assert doc.symbol == "A/79/999"
    return [(p.pid, p.text) for p in doc.paragraphs]


def _encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(PDF))
    writer.encrypt(user_password, "owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# Files that are no document --------------------------------------------------------------


def test_an_empty_file_is_refused_as_empty(tmp_path):
    assert _error(_file(tmp_path, "empty.txt", b"")) == "empty.txt: the file is empty; nothing to read"


def test_a_file_of_blank_lines_is_refused_as_empty(tmp_path):
    path = _file(tmp_path, "blank.txt", b" \r\n\n\t\n")
    assert _error(path) == "blank.txt: the file is empty; nothing to read"


def test_an_empty_pdf_is_refused_as_empty(tmp_path):
    assert _error(_file(tmp_path, "empty.pdf", b"")) == "empty.pdf: the file is empty; nothing to read"


def test_binary_data_named_txt_is_refused_as_binary(tmp_path):
    assert _error(_file(tmp_path, "data.txt", bytes(range(256)) * 8)) == (
        "data.txt: binary data, not text in an encoding unkg can tell; save it as UTF-8 text and build again"
    )


def test_an_image_named_txt_is_refused_as_an_image(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    assert _error(_file(tmp_path, "scan.txt", png)) == (
        "scan.txt: a PNG image, not text; OCR it first and build the text it gives"
    )


def test_a_pdf_named_txt_says_to_name_it_pdf(tmp_path):
    assert _error(_file(tmp_path, "report.txt", PDF)) == (
        "report.txt: a PDF file, not text; give it the extension .pdf"
    )


@pytest.mark.parametrize("name", ["page1.png", "page1.JPG", "page1.tiff"])
def test_an_image_file_is_refused_for_want_of_a_text_layer(tmp_path, name):
    path = _file(tmp_path, name, b"\x89PNG\r\n\x1a\n")
    assert _error(path) == f"{name}: an image has no text layer; OCR it first and build the text it gives"


def test_an_image_named_pdf_is_refused_as_an_image(tmp_path):
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200)
    assert _error(_file(tmp_path, "scan.pdf", jpeg)) == (
        "scan.pdf: a JPEG image, not a PDF; OCR it first and build the text it gives"
    )


def test_an_html_page_saved_as_txt_is_refused(tmp_path):
    page = b"<!DOCTYPE html>\n<html><head><title>A/79/999</title></head><body><p>1. Text.</p></body></html>"
    assert _error(_file(tmp_path, "page.txt", page)) == (
        "page.txt: an HTML page, not plain text; save the document's PDF or its text and build that"
    )


def test_an_html_file_is_refused_with_the_same_reason(tmp_path):
    assert _error(_file(tmp_path, "page.html", b"<html></html>")) == (
        "page.html: an HTML page, not plain text; save the document's PDF or its text and build that"
    )


# PDFs ------------------------------------------------------------------------------------


def test_a_pdf_without_a_text_layer_says_to_ocr_it(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    assert _error(_file(tmp_path, "scan.pdf", out.getvalue())) == (
        "scan.pdf: the PDF has no text layer (scanned?); run OCR on it first, or supply its text as .txt"
    )


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_a_truncated_pdf_is_refused_as_truncated(tmp_path, keep, capfd):
    path = _file(tmp_path, "cut.pdf", PDF[: int(len(PDF) * keep)])
    assert _error(path) == (
        "cut.pdf: not a readable PDF: it is truncated (no %%EOF at its end); download it again"
    )
    assert capfd.readouterr().err == ""  # pypdf's own warnings do not leak onto the terminal


def test_a_damaged_pdf_is_refused_without_noise(tmp_path, capfd):
    middle = len(PDF) // 2
    path = _file(tmp_path, "damaged.pdf", PDF[:200] + bytes(middle) + PDF[200 + middle:])
    assert _error(path).startswith("damaged.pdf: not a readable PDF (")
    assert capfd.readouterr().err == ""


def test_a_pdf_locked_by_a_password_is_refused(tmp_path):
    assert _error(_file(tmp_path, "locked.pdf", _encrypted_pdf("secret"))) == (
        "locked.pdf: the PDF is encrypted with a password; save an unprotected copy and build that"
    )


def test_a_pdf_encrypted_without_a_user_password_is_read(tmp_path):
    doc = read_document(_file(tmp_path, "restricted.pdf", _encrypted_pdf("")), {})
    assert doc.symbol == "A/79/901" and len(doc.paragraphs) == 3


def test_a_pdf_encrypted_with_aes_names_the_package_pypdf_needs(tmp_path, monkeypatch):
    from pypdf.errors import DependencyError

    def needs_cryptography(*_):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr("pypdf.PdfReader.decrypt", needs_cryptography)
    assert _error(_file(tmp_path, "aes.pdf", _encrypted_pdf(""))) == (
        "aes.pdf: the PDF is encrypted with AES, which pypdf opens only with the 'cryptography' package; "
        "save an unprotected copy, or pip install cryptography"
    )


def test_a_text_file_named_pdf_is_refused(tmp_path):
    assert _error(_file(tmp_path, "notes.pdf", GOOD.encode())) == (
        "notes.pdf: not a PDF (it does not start with %PDF-); check the file"
    )


# Encodings and line endings: these are documents, read correctly ----------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_text_in_any_common_encoding_reads_the_same(tmp_path, encoding):
    assert _paragraphs(_file(tmp_path, "doc.txt", GOOD.encode(encoding))) == PARAGRAPHS


def test_gb18030_with_its_byte_order_mark_reads_the_same(tmp_path):
    data = "\ufeff".encode("gb18030") + GOOD.encode("gb18030")
    assert data.startswith(b"\x84\x31\x95\x33")
    assert _paragraphs(_file(tmp_path, "doc.txt", data)) == PARAGRAPHS


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n\r\n\r"])
def test_mixed_line_endings_read_the_same(tmp_path, newline):
    lines = GOOD.split("\n")
    text = lines[0] + newline + "\n".join(lines[1:3]) + newline + "\n".join(lines[3:])
    assert _paragraphs(_file(tmp_path, "doc.txt", text.encode())) == PARAGRAPHS


# Size ------------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("UNKG_MAX_FILE_MB", "0.001")
    path = _file(tmp_path, "big.txt", GOOD.encode().ljust(5000, b"\n"))
    assert _error(path) == (
        "big.txt: 0.005 MB is over the limit of 0.001 MB for one document; split it, "
        "or raise the limit with UNKG_MAX_FILE_MB"
    )


def test_a_100_mb_file_is_refused_by_the_default_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:  # sparse: no 100 MB is written
        out.truncate(100 * 2**20)
    assert _error(path) == (
        "huge.txt: 105 MB is over the limit of 50 MB for one document; split it, "
        "or raise the limit with UNKG_MAX_FILE_MB"
    )


def test_a_raised_limit_lets_a_large_file_through(tmp_path, monkeypatch):
    monkeypatch.setenv("UNKG_MAX_FILE_MB", "0.1")
    assert _paragraphs(_file(tmp_path, "doc.txt", GOOD.encode() + b" " * 5000)) == PARAGRAPHS


def test_a_limit_that_is_no_number_is_an_error_naming_the_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("UNKG_MAX_FILE_MB", "lots")
    assert _error(_file(tmp_path, "doc.txt", GOOD.encode())) == (
        "doc.txt: UNKG_MAX_FILE_MB='lots' is not a number of megabytes; set it to e.g. 200"
    )


# Symbols and the manifest ------------------------------------------------------------------


def test_a_document_with_no_symbol_and_no_manifest_entry_says_how_to_add_one(tmp_path):
    path = _file(tmp_path, "untitled.txt", " 1. 第一段。\n".encode())
    assert _error(path) == (
        'untitled.txt: no UN symbol for this document; add it to manifest.json ("symbol": "A/79/837")'
    )


def _folder(tmp_path: Path, manifest: str | None, files: dict[str, str]) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if manifest is not None:
        (folder / "manifest.json").write_text(manifest, encoding="utf-8")
    return folder


UNTITLED = " 1. 第一段。\n"


def test_a_manifest_that_is_not_json_is_one_failure_naming_its_line_and_column(tmp_path):
    folder = _folder(tmp_path, '{"documents": [\n  {"file": "b.txt", "symbol": "A/1/1"},,\n]}',
                     {"a.txt": GOOD, "b.txt": UNTITLED})
    report = build(GraphStore(tmp_path / "store"), [folder], jobs=1)
    assert [d.symbol for d in report.documents] == ["A/79/999"]
    assert [f.error for f in report.failures] == [
        "b.txt: no UN symbol in its text, and manifest.json beside it cannot be read",
        f"{folder / 'manifest.json'}: not valid JSON (expecting value at line 2, column 40); "
        "fix it, or give each document's symbol in its text",
    ]


def test_a_manifest_naming_missing_files_is_a_failure_and_the_rest_build(tmp_path):
    manifest = json.dumps({"documents": [
        {"file": "b.txt", "symbol": "A/1/1"}, {"file": "gone.txt", "symbol": "A/1/2"},
        {"file": "lost.pdf", "symbol": "A/1/3"},
    ]})
    folder = _folder(tmp_path, manifest, {"a.txt": GOOD, "b.txt": UNTITLED})
    report = build(GraphStore(tmp_path / "store"), [folder], jobs=1)
    assert sorted(d.symbol for d in report.documents) == ["A/1/1", "A/79/999"]
    assert [f.error for f in report.failures] == [
        f"{folder / 'manifest.json'}: names files that are not in its folder: gone.txt, lost.pdf; "
        "add them or remove their entries"
    ]


def test_a_manifest_without_a_documents_list_is_reported(tmp_path):
    folder = _folder(tmp_path, '{"files": []}', {"a.txt": GOOD})
    report = build(GraphStore(tmp_path / "store"), [folder], jobs=1)
    assert [d.symbol for d in report.documents] == ["A/79/999"]
    assert [f.error for f in report.failures] == [
        f"{folder / 'manifest.json'}: not a unkg manifest (no \"documents\" list); it needs "
        '{"documents": [{"file": ..., "symbol": ...}, ...]}'
    ]


def test_two_files_claiming_the_same_symbol_load_the_first_and_refuse_the_second(tmp_path):
    folder = _folder(tmp_path, None, {"a.txt": GOOD, "b.txt": GOOD.replace("多民族", "")})
    report = build(GraphStore(tmp_path / "store"), [folder], jobs=1)
    assert [d.file for d in report.documents] == [str(folder / "a.txt")]
    assert [f.error for f in report.failures] == [
        f"{folder / 'b.txt'}: symbol A/79/999 was already read from another file"
    ]


# Folders -----------------------------------------------------------------------------------


def test_a_folder_offers_documents_images_and_pages_but_not_notes(tmp_path):
    folder = _folder(tmp_path, '{"documents": []}', {"a.txt": GOOD, "README.md": "notes", "data.csv": "1,2"})
    for name in ["b.pdf", "c.png", "d.html", "e.docx"]:
        (folder / name).write_bytes(b"")
    assert [p.name for p in find_inputs([folder])] == [
        "a.txt", "b.pdf", "c.png", "d.html", "e.docx"
    ]


def test_a_folder_offers_its_manifest_as_an_input_only_when_it_is_broken(tmp_path):
    folder = _folder(tmp_path, "{}", {"a.txt": GOOD})
    assert [p.name for p in find_inputs([folder])] == ["a.txt", "manifest.json"]


# The store keeps everything it had -----------------------------------------------------------


def _graphs(store: GraphStore) -> dict[str, set]:
    prefix = iris.document_graph("")
    return {g: set(store.quads(g)) for g in store.graphs() if g.startswith(prefix)}


BAD_FILES = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 8,
    "page.txt": b"<html><body>A/79/999</body></html>",
    "untitled.txt": UNTITLED.encode(),
    "cut.pdf": PDF[: len(PDF) // 2],
    "scan.png": b"\x89PNG\r\n\x1a\n",
}


def test_a_rebuild_meeting_bad_files_keeps_every_graph_the_store_had(tmp_path):
    folder = _folder(tmp_path, None, {"a.txt": GOOD, "b.txt": GOOD.replace("A/79/999", "A/79/998")})
    store = GraphStore(tmp_path / "store")
    assert build(store, [folder], jobs=1).ok
    before = _graphs(store)
    (folder / "b.txt").write_bytes(b"\x00\xff" * 100)  # a document that built before is now broken
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)
    report = build(store, [folder], jobs=2)
    assert sorted(Path(f.file).name for f in report.failures) == sorted([*BAD_FILES, "b.txt"])
    assert [s.symbol for s in report.kept] == ["A/79/998"]
    assert _graphs(store) == before




def test_cli_build_prints_one_line_per_bad_file_and_exits_one(tmp_path):
    folder = _folder(tmp_path, None, {"a.txt": GOOD})
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)
    result = CliRunner().invoke(app, ["--store", str(tmp_path / "store"), "build", str(folder), "-j", "1"])
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line]
    assert len(failed) == len(BAD_FILES)
    for name, line in zip(sorted(BAD_FILES), failed, strict=True):
        assert line.startswith(f"failed {name}: "), line
    assert result.stdout.startswith("1 documents, 2 paragraphs, ")
    assert f"; {len(BAD_FILES)} failed" in result.stdout


def test_nothing_escapes_process_file_but_its_report(tmp_path, monkeypatch):
    def broken(*_):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("ingest.build.read_document", broken)
    assert _error(_file(tmp_path, "doc.txt", GOOD.encode())) == (
        "doc.txt: unkg failed on this file (RecursionError: maximum recursion depth exceeded); "
        "please report it with the file"
    )


def test_a_file_that_cannot_be_read_names_itself_and_the_reason(tmp_path, monkeypatch):
    def denied(path, _):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("ingest.build.read_document", denied)
    assert _error(_file(tmp_path, "locked.txt", GOOD.encode())) == (
        "locked.txt: cannot read the file (Permission denied)"
    )


def test_unkg_error_is_the_base_of_every_input_error():
    from ingest.errors import UnknownFormat, UnreadableDocument
    from ingest.manifest import BadManifest

    assert all(issubclass(e, UnkgError) for e in (UnknownFormat, UnreadableDocument, BadManifest))
