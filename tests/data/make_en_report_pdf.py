"""Write `en_report.pdf`: a two-page English report in UN layout, as a minimal hand-built PDF.

Run once from the repository root (`.venv/bin/python tests/data/make_en_report_pdf.py`);
the PDF is committed and tests read it. Each page is a content stream of
Helvetica text lines at fixed positions: paragraph starts and headings are
indented as in UN PDFs, the running header and job number sit at the page edges.
"""

from pathlib import Path

PAGES = [
    [
        (72, 760, "A/79/901"),
        (90, 720, "Seventy-ninth session"),
        (90, 704, "Item 126 of the provisional agenda"),
        (110, 680, "Cooperation between the United Nations and regional organizations"),
        (110, 660, "Report of the Secretary-General"),
        (90, 630, "I. Introduction"),
        (90, 606, "1. The present report is submitted pursuant to General Assembly resolution"),
        (72, 592, "77/5. It reviews the cooperation of the United Nations with the African Union."),
        (90, 570, "2. The United Nations Development Programme (UNDP) supported electoral"),
        (72, 556, "management bodies in Ghana and Kenya in 2023."),
        (72, 60, "25-01234 (E)"),
    ],
    [
        (72, 760, "A/79/901"),
        (90, 720, "II. Conclusions"),
        (90, 696, "3. The Secretary-General welcomes the work of UNDP with the African Union"),
        (72, 682, "and encourages Member States to support it."),
        (72, 60, "2/2 25-01234"),
    ],
]


def _content(lines: list[tuple[int, int, str]]) -> bytes:
    ops = [f"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET" for x, y, text in lines]
    return "\n".join(ops).encode("latin-1")


def build() -> bytes:
    """Return the bytes of the PDF: catalog, page tree, pages, contents, font, xref."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font_ref = 3 + 2 * len(PAGES)
    for lines in PAGES:
        page_no = len(objects) + 1
        kids.append(f"{page_no} 0 R")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page_no + 1} 0 R "
            f"/Resources << /Font << /F1 {font_ref} 0 R >> >> >>".encode()
        )
        stream = _content(lines)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(PAGES)} >>".encode()
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    Path(__file__).with_name("en_report.pdf").write_bytes(build())
