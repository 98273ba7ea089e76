"""What a file is by its first bytes or its first characters: an image, a PDF, an HTML page, binary data.

Readers ask before decoding, so that a renamed file is refused for what it is
("a PNG image, not text") rather than for a symptom of it.
"""

from __future__ import annotations

import re
import unicodedata

OCR = "OCR it first and build the text it gives"
HTML = "an HTML page, not plain text; save the document's PDF or its text and build that"
EMPTY = "the file is empty; nothing to read"
BINARY = "binary data, not text in an encoding unkg can tell; save it as UTF-8 text and build again"

_MAGIC = [
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"PK\x03\x04", "ZIP"),
    (b"\xd0\xcf\x11\xe0", "OLE"),
]
_IMAGES = {"PNG", "JPEG", "GIF", "TIFF", "BMP"}
_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_TEXT_CONTROLS = set("\t\n\r\f\v\x1c\x1d\x1e\x85")
# Characters a document is mostly made of and that are all possible (assigned, not
# controls): ASCII, Latin-1, general punctuation, CJK punctuation and ideographs,
# full-width forms. Only the others are looked up one by one.
SAFE_RANGES = "\t\n\r\x20-\x7e\xa0-\xff\u2010-\u2027\u2030-\u205e\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e"
_UNSAFE = re.compile(f"[^{SAFE_RANGES}]")


def magic(head: bytes) -> str | None:
    """Return the format whose signature `head` starts with ("PDF", "PNG", "ZIP", ...), or None."""
    return next((kind for sig, kind in _MAGIC if head.startswith(sig)), None)


def refusal(kind: str, expected: str) -> str:
    """Return why a file of format `kind` is refused where an `expected` ("text", "a PDF") was."""
    if kind in _IMAGES:
        return f"a {kind} image, not {expected}; {OCR}"
    if kind == "PDF":
        return "a PDF file, not text; give it the extension .pdf"
    if kind in ("ZIP", "OLE"):
        return f"a {'ZIP or Office' if kind == 'ZIP' else 'Microsoft Office'} file, not {expected}; " \
               "save the document as PDF or plain text and build that"
    return f"a {kind} file, not {expected}"


def is_html(text: str) -> bool:
    """Return True when `text` begins like an HTML page (a doctype, or html/head/body tags early on)."""
    return bool(_HTML.search(text[:4096]))


def is_binary(text: str) -> bool:
    """Return True when more than 1 in 200 characters of decoded `text` cannot be in a document.

    Those are control characters other than line and page breaks, unassigned
    code points, private-use characters and the replacement character.
    """
    sample = text[:100_000]
    bad = sum(1 for ch in _UNSAFE.findall(sample) if _impossible(ch))
    return bad * 200 > len(sample)


def _impossible(ch: str) -> bool:
    if ch in _TEXT_CONTROLS:
        return False
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
