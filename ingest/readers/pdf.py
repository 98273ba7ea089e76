"""Reader for PDF files with a text layer (born-digital UN documents), by pypdf.

Text is extracted in pypdf's layout mode, which keeps each line's indentation:
the structure parser reads an indented line as the start of a paragraph or a
heading, as in text extracted from UN PDFs. What cannot be read whole is
refused with its reason, never read in part: a file that is no PDF, a PDF cut
short (no `%%EOF` at its end), one locked by a password (one encrypted only
against editing, with an empty user password, is read), a damaged one, and a
scan without a text layer.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError

from ingest.errors import UnreadableDocument
from ingest.model import RawText
from ingest.readers import sniff

_TAIL = 2048  # %%EOF must be in the last bytes of a complete PDF (trailing junk is allowed)


def read(path: Path) -> RawText:
    """Read the text layer of the PDF at `path`, page by page; raise UnreadableDocument."""
    _check_bytes(path)
    with _pypdf_warnings() as warnings:
        pages = _pages(path)
    text = "\n".join(pages)
    if not text.strip() and warnings:
        raise UnreadableDocument(
            f"{path.name}: not a readable PDF ({warnings[0]}); check the file is complete"
        )
    if not text.strip():
        raise UnreadableDocument(
            f"{path.name}: the PDF has no text layer (scanned?); run OCR on it first, "
            "or supply its text as .txt"
        )
    return RawText(text, path.name, "pdf")


def _check_bytes(path: Path) -> None:
    """Refuse a file that does not start like a PDF or does not end like one, reading only its ends."""
    with path.open("rb") as f:
        head = f.read(1024)
        f.seek(max(path.stat().st_size - _TAIL, 0))
        tail = f.read()
    if b"%PDF-" not in head:
        kind = sniff.magic(head)
        reason = sniff.refusal(kind, "a PDF") if kind else \
            "not a PDF (it does not start with %PDF-); check the file"
        raise UnreadableDocument(f"{path.name}: {reason}")
    if b"%%EOF" not in tail:
        raise UnreadableDocument(
            f"{path.name}: not a readable PDF: it is truncated (no %%EOF at its end); download it again"
        )


def _pages(path: Path) -> list[str]:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(
                f"{path.name}: the PDF is encrypted with a password; save an unprotected copy and build that"
            )
        return [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except UnreadableDocument:
        raise
    except DependencyError as exc:
        raise UnreadableDocument(
            f"{path.name}: the PDF is encrypted with AES, which pypdf opens only with the 'cryptography' "
            "package; save an unprotected copy, or pip install cryptography"
        ) from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files; each is bad input
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UnreadableDocument(
            f"{path.name}: not a readable PDF ({reason}); check the file is complete"
        ) from exc


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage().splitlines()[0] if record.getMessage() else record.levelname)


@contextmanager
def _pypdf_warnings():
    """Collect what pypdf logs (it repairs damaged files, saying so on stderr) instead of printing it.

    Yields the list of messages: a PDF that gave no text after repairs is damaged, not a scan.
    """
    logger = logging.getLogger("pypdf")
    handler, propagate = _Collect(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
