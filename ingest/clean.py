"""Cleaning text pulled out of a UN document's PDF: what is print furniture, what is text.

`clean` sorts each line of a raw text into body text, link lines (kept: they
are evidence of citations), footnotes, or furniture that is dropped (job
numbers such as `19-13383` or `GE.20-05800 (C) 300420 080520`, page counters
`8/18`, the document symbol repeated as a running header, footnote rules,
figure labels). `join_lines` re-joins lines broken by the extraction;
`render` writes cleaned lines back as text, which cleaning leaves as it is;
`normalise` gives a same-length form of a text for matching only (full-width
forms folded to half-width), so that spans found in it index the shown text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_LINK = re.compile(r"^\s*((?:https?://|www\.)\S+)\s*$")
_JOB = re.compile(r"^\s*(?:GE\.)?\d{2}-\d{5}\b(?:\s*\(\w\))?[\s\d/]*$")
_PAGE = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}(?:\s+(?:GE\.)?\d{2}-\d{5}\S*)?\s*$")
_RULE = re.compile(r"^\s*_{5,}\s*$")
# A bare document symbol on its own line is a running page header.
_SYMBOL_LINE = re.compile(r"^\s*[A-Z][A-Z0-9]*(?:/[A-Za-z0-9.()\-]+)+\s*$")
_FOOTNOTE = re.compile(r"^\s+(\d{1,3}|\*{1,3})\s+(\S.*)$")
_FIGURE = re.compile(r"^\s*(?:图|表|Figure |Table )[一二三四五六七八九十IVX\d]+\s*$")
_SOURCE = re.compile(r"^\s*(?:资料来源|Source)\s*[：:]")
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")


@dataclass
class Line:
    """One line of body text, a link line or a footnote, after cleaning.

    `indent` is True when the line began with white space: in text extracted
    from UN PDFs that marks the first line of a paragraph or a heading.
    """

    kind: str  # text | link | footnote
    text: str
    indent: bool = False
    marker: str = ""  # a footnote's marker as printed ("3", "*")


@dataclass
class Cleaned:
    """A cleaned text: its lines in reading order and the symbols seen as running headers."""

    lines: list[Line]
    header_symbols: list[str]


def _footnote_start(line: str, expected: int, after_rule: bool) -> re.Match | None:
    """A footnote starts with its marker; numbered ones must come in sequence."""
    m = _FOOTNOTE.match(line)
    if not m:
        return None
    marker = m.group(1)
    if marker.startswith("*"):
        return m
    number = int(marker)
    return m if number == expected or (after_rule and number > expected) else None


class _Cleaner:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.headers: list[str] = []
        self.next_footnote = 1
        self.in_footnotes = False
        self.after_rule = False
        self.skip_caption = False

    def feed(self, raw: str) -> None:  # noqa: C901 - one branch per kind of line
        line = raw.rstrip().replace("\u3000", " ").replace("**", "")
        if not line.strip() or _JOB.match(line) or _PAGE.match(line):
            return
        if _RULE.match(line):
            self.in_footnotes, self.after_rule = True, True
            return
        if link := _LINK.match(line):
            self.lines.append(Line("link", link.group(1)))
            self.in_footnotes = self.after_rule = False
            return
        if _SYMBOL_LINE.match(line):
            self.headers.append(line.strip())
            return
        if _FIGURE.match(line):
            self.skip_caption = True
            return
        if self.skip_caption or _SOURCE.match(line):
            self.skip_caption = False
            return
        if m := _footnote_start(line, self.next_footnote, self.after_rule):
            self._footnote(m.group(1), m.group(2).strip())
            return
        indent = line[:1].isspace()
        if self.in_footnotes and not indent and self.lines and self.lines[-1].kind != "link":
            self.lines[-1].text = join_lines(self.lines[-1].text, line.strip())
            return
        self.in_footnotes = self.after_rule = False
        self.lines.append(Line("text", line.strip(), indent))

    def _footnote(self, marker: str, text: str) -> None:
        if marker.isdigit():
            self.next_footnote = int(marker) + 1
        self.lines.append(Line("footnote", text, True, marker))
        self.in_footnotes = True


def clean(text: str) -> Cleaned:
    """Return the lines of `text` sorted into body text, links and footnotes, furniture dropped."""
    cleaner = _Cleaner()
    for raw in text.splitlines():
        cleaner.feed(raw)
    return Cleaned(cleaner.lines, cleaner.headers)


def render(cleaned: Cleaned) -> str:
    """Return the cleaned lines written out as text again, so that `clean(render(c)).lines == c.lines`.

    Body lines keep their indentation as one space, footnotes are written
    ` marker text`, with a footnote rule before one whose number skips ahead
    (as the cleaner accepts such a footnote only after a rule).
    """
    out: list[str] = []
    expected, after_rule = 1, False
    for line in cleaned.lines:
        if line.kind == "footnote":
            written = f" {line.marker} {line.text}"
            if not _footnote_start(written, expected, after_rule):
                out.append("_" * 10)
                after_rule = True
            expected = int(line.marker) + 1 if line.marker.isdigit() else expected
            out.append(written)
            continue
        after_rule = False
        out.append((" " if line.indent else "") + line.text if line.kind == "text" else line.text)
    return "\n".join(out)


def join_lines(left: str, right: str) -> str:
    """Join two pieces of one broken line: no space between Chinese text, one space in English.

    >>> join_lines("联合国与各国议会和各国议会联", "盟(议联)")
    '联合国与各国议会和各国议会联盟(议联)'
    >>> join_lines("the Secretary-", "General")
    'the Secretary-General'
    """
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    if _CJK_CHAR.match(left[-1]) or _CJK_CHAR.match(right[0]) or left.endswith(("-", "/")):
        return left + right
    return f"{left} {right}"


def _fold_table() -> dict[int, str]:
    """Full-width forms (U+FF01–U+FF5E, U+3000) mapped to their NFKC form where that is one character."""
    table = {}
    for code in [0x3000, *range(0xFF01, 0xFF5F)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1:
            table[code] = folded
    return table


FOLD_TABLE = _fold_table()


def normalise(text: str) -> str:
    """Return `text` with full-width forms folded to half-width, one character for one.

    The result has the same length as `text`, so a span found in it is a span
    of `text`. Only characters whose NFKC form is a single character change.

    >>> normalise("Ａ／ＲＥＳ／７２／１６４（２０００）")
    'A/RES/72/164(2000)'
    """
    return text.translate(FOLD_TABLE)


def is_cjk(ch: str) -> bool:
    """Return True when `ch` is a Chinese character or CJK punctuation."""
    return bool(_CJK_CHAR.match(ch))
