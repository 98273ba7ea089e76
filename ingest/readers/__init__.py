"""One reader per file format, registered by extension.

A reader takes a path and returns a `RawText`; adding a format means one module
here and one line in `READERS`.
"""

from collections.abc import Callable
from pathlib import Path

from ingest.errors import UnknownFormat
from ingest.model import RawText
from ingest.readers import pdf, text

Reader = Callable[[Path], RawText]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".pdf": pdf.read,
}


def reader_for(path: Path) -> Reader:
    """Return the reader registered for `path`'s extension, or raise `UnknownFormat`."""
    try:
        return READERS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise UnknownFormat(
            f"{path.name}: no reader for '{path.suffix or '(no extension)'}' files; "
            f"unkg reads {known}"
        ) from None


def is_readable(path: Path) -> bool:
    """Return True when a reader is registered for `path`'s extension."""
    return path.suffix.lower() in READERS
