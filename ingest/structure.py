"""From raw extracted text to a `Document`: clean lines, then numbered paragraphs and sections.

This is the first, simple pass: it drops link lines (keeping their targets),
job numbers and page counters, re-joins lines broken by the PDF extraction, and
cuts the body into numbered paragraphs, resolution paragraphs (preambular and
operative) and annex paragraphs with the ids DESIGN.md defines.
"""

import re

from ingest.errors import UnreadableDocument
from ingest.model import Document, Paragraph, RawText, Section

_LINK = re.compile(r"^\s*(https?://\S+)\s*$")
_NOISE = [
    re.compile(r"^\s*\d{2}-\d{5}\s*(\(C\))?.*$"),  # job number line: 19-13383 (C) ...
    re.compile(r"^\s*GE\.\d{2}-\d{5}.*$"),  # Geneva job number
    re.compile(r"^\s*\d{1,3}/\d{1,3}\s*$"),  # page counter 8/18
    re.compile(r"^\s*_{5,}\s*$"),  # footnote rule
]
_NUMBERED = re.compile(r"^\s*(\d{1,3})\.\s*(\S.*)$")
_ZH_SECTION = re.compile(r"^\s*([一二三四五六七八九十]+)\.\s*(\S.*)$")
_LETTER_SECTION = re.compile(r"^\s*([A-Z])\.\s*(\S.*)$")
_ZH_ANNEX = re.compile(r"^\s*附件([一二三四五六七八九十]*)\s*$")
_ORGAN = re.compile(r"^(大会|安全理事会|人权理事会|经济及社会理事会)\s*[，,]$")
_ZH_NUMERALS = "一二三四五六七八九十"
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def clean_lines(text: str) -> list[str]:
    """Return the text's non-blank lines with job numbers, page counters and rules dropped.

    Lines keep their leading white space (it marks where a paragraph starts) and
    link lines stay in place (they are evidence of citations).
    """
    return [
        line.rstrip()
        for line in text.splitlines()
        if line.strip() and not any(p.match(line) for p in _NOISE)
    ]


def _annex_number(zh: str) -> str:
    index = _ZH_NUMERALS.index(zh) if zh else 0
    return _ROMAN[index]


class _Builder:
    """Accumulates paragraphs and sections while walking the cleaned lines."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.sections: list[Section] = []
        self.section: str | None = None
        self.annex: str | None = None
        self.last_number = 0

    def heading(self, number: str, text: str, level: int) -> None:
        parent = None
        if level > 1:
            parent = next((s.sid for s in reversed(self.sections) if s.level < level), None)
        sid = f"{parent}.{number}" if parent else number
        if self.annex:
            sid = f"annex {self.annex} {sid}"
        self.sections.append(Section(sid, number, text, level, parent))
        self.section = sid

    def start(self, pid: str, text: str, kind: str) -> None:
        self.paragraphs.append(Paragraph(pid, text, kind, self.section))

    def extend(self, text: str) -> None:
        if self.paragraphs:
            self.paragraphs[-1].text += text

    def link(self, target: str) -> None:
        if self.paragraphs:
            self.paragraphs[-1].links.append(target)


def _preambular(line: str, builder: _Builder, resolution: bool) -> bool:
    """A resolution's preambular paragraph starts on an indented line before the first operative one."""
    return (
        resolution
        and builder.last_number == 0
        and line[:1].isspace()
        and not line.strip()[:1].isdigit()
    )


def _walk(lines: list[str], builder: _Builder, resolution: bool) -> None:  # noqa: C901
    preambular = 0
    for raw_line in lines:
        line = raw_line.strip()
        annex = _ZH_ANNEX.match(line)
        numbered = _NUMBERED.match(line)
        if link := _LINK.match(line):
            builder.link(link.group(1))
        elif resolution and _ORGAN.match(line):
            continue
        elif annex:
            builder.annex = _annex_number(annex.group(1))
            builder.last_number = 0
            builder.section = None
            builder.start(f"annex {builder.annex}", "", "annex")
        elif numbered and int(numbered.group(1)) == builder.last_number + 1:
            builder.last_number += 1
            pid = numbered.group(1)
            kind = "numbered"
            if resolution and not builder.annex:
                pid, kind = f"op {pid}", "operative"
            if builder.annex:
                pid, kind = f"annex {builder.annex} {pid}", "annex"
            builder.start(pid, numbered.group(2), kind)
        elif m := (_ZH_SECTION.match(line) or _LETTER_SECTION.match(line)):
            level = 1 if _ZH_SECTION.match(line) else 2
            builder.heading(m.group(1), m.group(2), level)
        elif _preambular(raw_line, builder, resolution):
            preambular += 1
            builder.start(f"pp {preambular}", line, "preambular")
        else:
            builder.extend(line)


def parse(raw: RawText, metadata: dict) -> Document:
    """Return the `Document` read from `raw`, with metadata from the manifest entry `metadata`.

    Raises UnreadableDocument when the text holds no paragraph or no symbol is known.
    """
    symbol = metadata.get("symbol")
    if not symbol:
        raise UnreadableDocument(
            f"{raw.source}: no UN symbol for this document; add it to manifest.json "
            '("symbol": "A/79/837")'
        )
    builder = _Builder()
    _walk(clean_lines(raw.text), builder, metadata.get("doc_type") == "resolution")
    paragraphs = [p for p in builder.paragraphs if p.text or p.kind == "annex"]
    if not paragraphs:
        raise UnreadableDocument(f"{raw.source}: no numbered paragraph found in the text")
    return Document(
        symbol=symbol,
        language=metadata.get("language", "zh"),
        source_file=raw.source,
        doc_type=metadata.get("doc_type", "document"),
        title=metadata.get("title_en"),
        body=metadata.get("body"),
        session=metadata.get("session"),
        agenda_item=metadata.get("agenda_item"),
        date=metadata.get("adopted"),
        sections=builder.sections,
        paragraphs=paragraphs,
        provenance={k: "manifest" for k in ("symbol", "title", "body", "session") if k in metadata},
    )
