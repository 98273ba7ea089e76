"""Reader for PDF files with a text layer (born-digital UN documents), by pypdf.

Text is extracted in pypdf's layout mode, which keeps each line's indentation:
the structure parser reads an indented line as the start of a paragraph or a
heading, as in text extracted from UN PDFs. Scanned PDFs without a text layer
are refused with a message saying so, never read as empty.
"""

from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from ingest.errors import UnreadableDocument
from ingest.model import RawText


def read(path: Path) -> RawText:
    """Read the text layer of the PDF at `path`, page by page; raise UnreadableDocument."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise UnreadableDocument(f"{path.name}: the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise UnreadableDocument(
            f"{path.name}: not a readable PDF ({exc}); check the file is complete"
        ) from exc
    text = "\n".join(pages)
    if not text.strip():
        raise UnreadableDocument(
            f"{path.name}: the PDF has no text layer (a scan?); run OCR on it or supply the text as .txt"
        )
    return RawText(text, path.name, "pdf")
