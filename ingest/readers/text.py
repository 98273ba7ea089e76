"""Reader for plain-text files in any common encoding.

UTF-8, UTF-16, UTF-32 and GB18030 with a byte-order mark are recognised by it;
UTF-8 and UTF-16 without one by their bytes; anything else is detected with
charset-normalizer. A file whose encoding cannot be told with confidence, or
whose decoded text is not text (binary data, an image, a PDF, an HTML page),
is refused with its reason rather than guessed. Line endings (LF, CRLF, CR,
mixed) are left to the cleaner, which splits on all of them.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from ingest.errors import UnreadableDocument
from ingest.model import RawText
from ingest.readers import sniff

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16's: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"\x84\x31\x95\x33", "gb18030"),
)
# Chinese single-byte-family detections are all read as GB18030, their superset.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz"}


def decode(data: bytes, name: str = "<bytes>") -> RawText:
    """Decode `data` to text, returning the text and the encoding used; raise UnreadableDocument."""
    text, encoding = _decode(data, name)
    return RawText(text.removeprefix("\ufeff"), name, encoding)


def read(path: Path) -> RawText:
    """Read the text file at `path` and return its decoded text; refuse what is no plain text."""
    return read_bytes(path.read_bytes(), path.name)


def read_bytes(data: bytes, name: str) -> RawText:
    """Return the text of the file `name` whose bytes are `data`; raise UnreadableDocument saying why not.

    Refused: a file of another format (image, PDF, Office), no text but
    white space, binary data, an HTML page.
    """
    if kind := sniff.magic(data[:16]):
        raise UnreadableDocument(f"{name}: {sniff.refusal(kind, 'text')}")
    raw = decode(data, name)
    if not raw.text.strip():
        raise UnreadableDocument(f"{name}: {sniff.EMPTY}")
    if sniff.is_binary(raw.text):
        raise UnreadableDocument(f"{name}: {sniff.BINARY}")
    if sniff.is_html(raw.text):
        raise UnreadableDocument(f"{name}: {sniff.HTML}")
    return raw


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                raise UnreadableDocument(
                    f"{name}: starts with a {encoding.removesuffix('-sig').upper()} byte-order mark "
                    "but is not valid in that encoding; save it as UTF-8 and build again"
                ) from None
    for encoding in ("utf-8", *_utf16_order(data)):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise UnreadableDocument(f"{name}: {sniff.BINARY}")
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument(f"{name}: {sniff.BINARY}")
    encoding = codecs.lookup(best.encoding).name
    if encoding.replace("-", "") in _GB_FAMILY:
        encoding = "gb18030"
    return data.decode(encoding, errors="replace"), encoding


def _utf16_order(data: bytes) -> list[str]:
    """UTF-16 without a byte-order mark: text with line breaks, its zero bytes mostly on one side.

    ASCII characters (digits, spaces, line breaks) put a zero byte on one side;
    only the odd Chinese character (U+4E00 一) puts one on the other.
    """
    if len(data) % 2:
        return []
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd > 4 * even and b"\n\x00" in data:
        return ["utf-16-le"]
    if even > 4 * odd and b"\x00\n" in data:
        return ["utf-16-be"]
    return []
