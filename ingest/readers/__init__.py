"""One reader per file format, registered by extension; what is no document is refused with its reason.

A reader takes a path and returns a `RawText`; adding a format means one module
here and one line in `READERS`. `reader_for` returns the reader wrapped in the
checks every format shares: the file is not empty and not over the size limit
(`MAX_FILE_MB`, raised with the environment variable `UNKG_MAX_FILE_MB`),
checked before a byte is read. Files that look like documents but have no
reader (images, HTML pages, word-processor files) are refused with what to do.
"""

import os
from collections.abc import Callable
from pathlib import Path

from ingest.errors import UnknownFormat, UnreadableDocument
from ingest.model import RawText
from ingest.readers import pdf, sniff, text

Reader = Callable[[Path], RawText]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".pdf": pdf.read,
}
# Files a folder offers as documents though unkg cannot read them: each is refused with its reason.
REFUSED: dict[str, str] = {
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"),
                    "an image has no text layer; " + sniff.OCR),
    **dict.fromkeys((".html", ".htm", ".xhtml"), sniff.HTML),
}
# Word-processor files are offered too, and refused as a format unkg does not read.
_OFFERED = {".doc", ".docx", ".odt", ".rtf"}
# Real UN documents are a few MB; a file much larger is no single document (or not text).
MAX_FILE_MB = 50.0
LIMIT_VARIABLE = "UNKG_MAX_FILE_MB"


def reader_for(path: Path) -> Reader:
    """Return the reader for `path`'s extension, with the size checks; raise `UnknownFormat`."""
    suffix = path.suffix.lower()
    if suffix in READERS:
        return lambda p: _read(READERS[suffix], p)
    if suffix in REFUSED:
        raise UnknownFormat(f"{path.name}: {REFUSED[suffix]}")
    known = ", ".join(sorted(READERS))
    raise UnknownFormat(
        f"{path.name}: no reader for '{path.suffix or '(no extension)'}' files; unkg reads {known}"
    )


def is_readable(path: Path) -> bool:
    """Return True when a reader is registered for `path`'s extension."""
    return path.suffix.lower() in READERS


def is_document(path: Path) -> bool:
    """Return True when `path` is a document a build should read or refuse (not a note or a data file)."""
    return is_readable(path) or path.suffix.lower() in REFUSED.keys() | _OFFERED


def max_file_bytes(name: str = "") -> int:
    """Return the size limit for one document in bytes: `UNKG_MAX_FILE_MB` megabytes, else `MAX_FILE_MB`."""
    setting = os.environ.get(LIMIT_VARIABLE, "").strip()
    try:
        megabytes = float(setting) if setting else MAX_FILE_MB
    except ValueError:
        raise UnreadableDocument(
            f"{name}: {LIMIT_VARIABLE}={setting!r} is not a number of megabytes; set it to e.g. 200"
        ) from None
    return int(megabytes * 1_000_000)


def _megabytes(size: float) -> str:
    return f"{float(f'{size / 1_000_000:.3g}'):g} MB"


def _read(reader: Reader, path: Path) -> RawText:
    size, limit = path.stat().st_size, max_file_bytes(path.name)
    if size == 0:
        raise UnreadableDocument(f"{path.name}: {sniff.EMPTY}")
    if size > limit:
        raise UnreadableDocument(
            f"{path.name}: {_megabytes(size)} is over the limit of {_megabytes(limit)} for one document; "
            f"split it, or raise the limit with {LIMIT_VARIABLE}"
        )
    return reader(path)
