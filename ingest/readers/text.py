"""Reader for plain-text files in any common encoding.

UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised by their
bytes; anything else is detected with charset-normalizer, and a file whose
encoding cannot be told with confidence is refused rather than guessed.
"""

from pathlib import Path

from charset_normalizer import from_bytes

from ingest.errors import UnreadableDocument
from ingest.model import RawText

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Chinese single-byte-family detections are all read as GB18030, their superset.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz"}


def decode(data: bytes, name: str = "<bytes>") -> RawText:
    """Decode `data` to text, returning the text and the encoding used; raise UnreadableDocument."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return RawText(data.decode(encoding), name, encoding.removesuffix("-sig"))
    try:
        return RawText(data.decode("utf-8"), name, "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument(
            f"{name}: cannot tell the text encoding; save it as UTF-8 and build again"
        )
    encoding = best.encoding.lower().replace("_", "")
    if encoding in _GB_FAMILY:
        encoding = "gb18030"
    return RawText(data.decode(encoding), name, encoding)


def read(path: Path) -> RawText:
    """Read the text file at `path` and return its decoded text."""
    return decode(path.read_bytes(), path.name)
