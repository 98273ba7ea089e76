"""From raw extracted text to a `Document`: front matter, sections, numbered paragraphs, annexes.

The cleaner (ingest.clean) has already sorted lines into text, links and
footnotes. This module walks those lines once: the front matter up to the first
heading or numbered paragraph gives the metadata, then headings (一./二.,
I./II., A./B., short unnumbered sub-headings), numbered paragraphs `25`,
resolution paragraphs `pp 3` / `op 17`, and annexes `annex I`, `annex II 3`.
Footnotes are attached to the paragraph whose marker cites them, and the
markers are taken out of the shown text. A link line goes to the paragraph on
its page that cites the symbol it points at (in its text or footnotes), else
to the paragraph it follows; a block of link lines ends a page.
"""

from __future__ import annotations

import re

from ingest import frontmatter
from ingest.clean import Line, clean, is_cjk, join_lines
from ingest.errors import NoSymbol, UnreadableDocument
from ingest.model import Document, Footnote, Paragraph, RawText, Section
from ingest.numerals import zh_number
from ingest.recognise import symbols

_NUMBERED = re.compile(r"^(\d{1,3})\.\s*(\S.*)$")
_ZH_SECTION = re.compile(r"^([一二三四五六七八九十]+)\s*[.．、]\s*(\S.*)$")
_ROMAN_SECTION = re.compile(r"^([IVX]{1,5})\.\s+(\S.*)$")
_LETTER_SECTION = re.compile(r"^([A-Z])\.\s+(\S.*)$")
_ZH_ANNEX = re.compile(r"^附件([一二三四五六七八九十]*)\s*[:：]?$")
_EN_ANNEX = re.compile(r"^Annex(?:\s+([IVX]{1,5}))?\s*$")
_TOC = re.compile(r"(?:\t|\s{2,})\d+(?:\s*-\s*\d+)?(?:\s+\d+)?\s*$|^(?:目录|Contents)$")
_ORGAN = re.compile(
    r"^(?:大会|安全理事会|人权理事会|经济及社会理事会|The (?:General Assembly|Security Council|"
    r"Human Rights Council|Economic and Social Council))\s*[，,]$"
)
_CLOSING = re.compile(r"^第\s*\d+\s*次全体会议$|^\d+(?:st|nd|rd|th) plenary meeting$")
_ENDS_SENTENCE = tuple("。；：，.;:,!?！？)）”\"")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
_BULLET = re.compile(r"^[-•·]\s+")
_SHORT_HEADING = 40


def _roman(zh: str) -> str:
    return _ROMAN[zh_number(zh) - 1] if zh else ""


class _Builder:
    """Accumulates paragraphs and sections while walking the cleaned lines."""

    def __init__(self, resolution: bool, line_per_paragraph: bool) -> None:
        self.resolution = resolution
        self.line_per_paragraph = line_per_paragraph
        self.paragraphs: list[Paragraph] = []
        self.sections: list[Section] = []
        self.footnotes: list[Footnote] = []
        self.section: str | None = None
        self.annex: str | None = None
        self.last_number = 0
        self.preambular = 0
        self.annex_items = 0
        self.closed = False
        self.subheadings: set[str] = set()
        # Links wait until footnotes are attached: (target, paragraphs on its page, the one it follows).
        self.links: list[tuple[str, list[Paragraph], Paragraph]] = []
        self.page_start = 0
        self.in_links = False
        self.page: list[Paragraph] = []

    # sections -------------------------------------------------------------
    def heading(self, number: str, text: str, level: int) -> None:
        if self.annex is not None:
            level += 1
        parent = next((s.sid for s in reversed(self.sections) if s.level < level), None)
        if parent and self.annex is not None and not parent.startswith("annex"):
            parent = None
        key = number or text
        sid = f"{parent}.{key}" if parent else key
        self.sections.append(Section(sid, number, text, level, parent))
        self.section = sid

    def start_annex(self, number: str) -> None:
        sid = f"annex {number}".strip()
        if any(s.sid == sid for s in self.sections):
            return  # an annex heading met again is a running page header, not a second annex
        self.annex = number
        self.last_number = 0
        self.annex_items = 0
        self.sections.append(Section(sid, number, "", 1, None))
        self.section = sid
        self.start(sid, "", "annex")

    # paragraphs -----------------------------------------------------------
    def start(self, pid: str, text: str, kind: str) -> None:
        self.paragraphs.append(Paragraph(pid, text, kind, self.section))

    def extend(self, text: str) -> None:
        if not self.paragraphs:
            return
        para = self.paragraphs[-1]
        if para.kind == "annex" and para.pid == f"annex {self.annex}".strip():
            para.text = f"{para.text}\n{text}" if para.text else text
        else:
            para.text = join_lines(para.text, text)

    def link(self, target: str) -> None:
        if not self.paragraphs:
            return
        if not self.in_links:
            self.page, self.in_links = self.paragraphs[self.page_start:], True
        self.links.append((target, self.page, self.paragraphs[-1]))

    def end_links(self) -> None:
        """The first line after a block of links starts a page (with the paragraph in progress)."""
        if self.in_links:
            self.page_start, self.in_links = max(len(self.paragraphs) - 1, 0), False

    def numbered(self, number: str, text: str) -> None:
        self.last_number = int(number)
        pid, kind = number, "numbered"
        if self.annex is not None:
            pid, kind = f"annex {self.annex} {number}".replace("  ", " "), "annex"
        elif self.resolution:
            pid, kind = f"op {number}", "operative"
        self.start(pid, text, kind)

    def annex_item(self, text: str) -> None:
        self.annex_items += 1
        self.start(f"annex {self.annex} {self.annex_items}".replace("  ", " "), text, "annex")

    def last_ends_sentence(self) -> bool:
        if not self.paragraphs or not self.paragraphs[-1].text.strip():
            return True
        # A footnote marker may follow the closing punctuation: "...第 48/2 号决议，7".
        text = re.sub(r"(?<=[，。；：,;.])\s*\d{1,3}$", "", self.paragraphs[-1].text.rstrip())
        return text.endswith(_ENDS_SENTENCE)

    def subheading(self, text: str) -> None:
        """A sub-heading sits one level below the nearest numbered heading (or annex)."""
        number, heading = "", text
        if m := _NUMBERED.match(text):
            number, heading = m.group(1), m.group(2).strip()
        anchor = next((s for s in reversed(self.sections) if s.sid not in self.subheadings), None)
        level = anchor.level + 1 if anchor else 1
        sid = f"{anchor.sid}.{number or heading}" if anchor else (number or heading)
        self.sections.append(Section(sid, number, heading, level, anchor.sid if anchor else None))
        self.subheadings.add(sid)
        self.section = sid


def _heading(text: str) -> tuple[str, str, int] | None:
    """Return (number, heading, level) when `text` is a numbered section heading."""
    if len(text) > 120 or text.endswith(("。", "；")):
        return None
    for pattern, level in ((_ZH_SECTION, 1), (_ROMAN_SECTION, 1), (_LETTER_SECTION, 2)):
        if m := pattern.match(text):
            return m.group(1), m.group(2).strip(), level
    return None


def _is_subheading(line: Line, following: Line | None, builder: _Builder) -> bool:
    """A short unpunctuated line standing alone before a numbered paragraph is a sub-heading."""
    text = line.text
    if len(text) > _SHORT_HEADING or text.endswith(_ENDS_SENTENCE) or _BULLET.match(text):
        return False
    if not (line.indent or builder.line_per_paragraph) or not builder.last_ends_sentence():
        return False
    if following is None or following.kind != "text":
        return False
    nxt = following.text
    starts_numbered = (m := _NUMBERED.match(nxt)) and int(m.group(1)) == builder.last_number + 1
    return bool(starts_numbered or (builder.line_per_paragraph and _BULLET.match(nxt)))


def _text_line(line: Line, following: Line | None, b: _Builder) -> None:  # noqa: C901
    text = line.text
    starts = line.indent or b.line_per_paragraph
    annex = _ZH_ANNEX.match(text) or _EN_ANNEX.match(text)
    numbered = _NUMBERED.match(text)
    if annex and starts:
        b.start_annex(_roman(annex.group(1)) if annex.group(0).startswith("附件") else (annex.group(1) or ""))
    elif _CLOSING.match(text) or (b.resolution and _ORGAN.match(text)):
        b.closed = b.closed or bool(_CLOSING.match(text))
    elif b.resolution and b.last_number and frontmatter.closing_date([text]):
        b.closed = True
    elif numbered and int(numbered.group(1)) == b.last_number + 1:
        b.numbered(numbered.group(1), numbered.group(2))
    elif (h := _heading(text)) and starts:
        b.heading(*h)
    elif b.annex is not None and b.paragraphs and b.paragraphs[-1].pid == f"annex {b.annex}".strip() \
            and not b.paragraphs[-1].text and not b.sections[-1].heading:
        b.sections[-1].heading = text
    elif _is_subheading(line, following, b):
        b.subheading(text)
    elif b.resolution and b.annex is None and b.last_number == 0 and starts and b.last_ends_sentence():
        b.preambular += 1
        b.start(f"pp {b.preambular}", text, "preambular")
    elif b.annex is not None and b.last_number == 0 and b.line_per_paragraph and _BULLET.match(text):
        b.annex_item(_BULLET.sub("", text))
    else:
        b.extend(_BULLET.sub("", text) if b.line_per_paragraph else text)


def _body_start(lines: list[Line], resolution: bool) -> int:
    """Return the index of the first body line: a heading, paragraph 1, or a resolution's organ line."""
    for i, line in enumerate(lines):
        if line.kind != "text" or _TOC.search(line.text):
            continue
        if resolution and _ORGAN.match(line.text):
            return i
        m = _NUMBERED.match(line.text)
        if (m and m.group(1) == "1") or (not resolution and _heading(line.text) and
                                        _next_is_paragraph_one(lines, i)):
            return i
    return len(lines)


def _next_is_paragraph_one(lines: list[Line], i: int) -> bool:
    nxt = next((line for line in lines[i + 1:] if line.kind == "text"), None)
    return bool(nxt and (m := _NUMBERED.match(nxt.text)) and m.group(1) == "1")


def _walk(lines: list[Line], builder: _Builder) -> None:
    texts = [i for i, line in enumerate(lines) if line.kind == "text"]
    following = {a: lines[b] for a, b in zip(texts, texts[1:], strict=False)}
    for i, line in enumerate(lines):
        if builder.closed:
            break
        if line.kind == "link":
            builder.link(line.text)
            continue
        builder.end_links()
        if line.kind == "footnote":
            builder.footnotes.append(Footnote(line.marker, line.text))
        else:
            _text_line(line, following.get(i), builder)


_MARKER = (
    r"(?<=[\u3400-\u9fff、，。；：》”）)\"'.,;:a-z])({n})(?![年月日号个名次项届条段%．.\d])"
    r"(?=\s|$|[\u3400-\u9fff《“(])"
)


def attach_footnotes(paragraphs: list[Paragraph], footnotes: list[Footnote]) -> None:
    """Attach each numbered footnote to the first paragraph, in order, whose text prints its marker.

    Markers are found in sequence (footnote n is looked for only after n-1 was
    placed), and taken out of the shown text.
    """
    pending = [f for f in footnotes if f.marker.isdigit()]
    index = 0
    for para in paragraphs:
        while index < len(pending):
            pattern = re.compile(_MARKER.format(n=re.escape(pending[index].marker)))
            m = pattern.search(para.text)
            if not m:
                break
            rest = para.text[m.end():]
            if rest[:1] == " " and is_cjk(para.text[m.start() - 1]) and is_cjk(rest[1:2] or "a"):
                rest = rest[1:]  # the space only set the marker off from the next Chinese word
            para.text = para.text[: m.start()] + rest
            para.footnotes.append(pending[index])
            index += 1
    for para in paragraphs:
        para.text = re.sub(r"\s{2,}", " ", para.text).strip()


def place_links(links: list[tuple[str, list[Paragraph], Paragraph]]) -> None:
    """Give each link to the paragraphs of its page that cite its symbol, else to the one it follows."""
    cited: dict[int, list[tuple[str, str]]] = {}
    for target, page, current in links:
        symbol = symbols.link_symbol(target)
        citing = [p for p in page if symbol and _cites(p, symbol, cited)] or [current]
        for para in citing:
            if target not in para.links:
                para.links.append(target)


def _cites(para: Paragraph, symbol: str, cache: dict[int, list[tuple[str, str]]]) -> bool:
    """True when `para` (text or footnotes) cites `symbol`, written out or by resolution number."""
    if id(para) not in cache:
        texts = [Paragraph(para.pid, t) for t in [para.text, *(f.text for f in para.footnotes)]]
        cache[id(para)] = [(m.key, re.sub(r"\s+", "", m.surface)) for m in symbols.recognise(texts)]
    by_number = "/RES/" in symbol or "/DEC/" in symbol
    return any(key == symbol or (by_number and symbol.endswith("/" + number))
               for key, number in cache[id(para)])


def _metadata(front: list[Line], lines: list[Line], headers: list[str], meta: dict) -> dict:
    texts = [line.text for line in front if line.kind == "text"]
    found: dict = {}
    if res := frontmatter.resolution_number(texts):
        found["symbol"], found["title"] = f"A/RES/{res[0]}", res[1]
        found["doc_type"] = "resolution"
    elif headers:
        found["symbol"] = headers[0]
    if (session := frontmatter.session(texts)) is not None:
        found["session"] = session
    if item := frontmatter.agenda_item(texts):
        found["agenda_item"] = item
    if "title" not in found and (title := frontmatter.title(front)):
        found["title"] = title
    if date := frontmatter.closing_date([line.text for line in lines[-8:] if line.kind == "text"]):
        found["date"] = date
    return found


def _merge(found: dict, meta: dict) -> tuple[dict, dict[str, str]]:
    """Prefer what the text states; fall back to the manifest; say which for each field."""
    manifest = {
        "symbol": meta.get("symbol"), "session": meta.get("session"),
        "agenda_item": meta.get("agenda_item"), "date": meta.get("adopted") or meta.get("date"),
        "body": meta.get("body"), "title": meta.get("title_en"),
    }
    values, provenance = {}, {}
    for key in ("symbol", "session", "agenda_item", "date", "title", "body"):
        if found.get(key) is not None:
            values[key], provenance[key] = found[key], "text"
        elif manifest.get(key) is not None:
            values[key], provenance[key] = manifest[key], "manifest"
    return values, provenance


def parse(raw: RawText, metadata: dict) -> Document:
    """Return the `Document` read from `raw`, with metadata from the manifest entry `metadata`.

    Raises UnreadableDocument when the text holds no paragraph, NoSymbol when no symbol is known.
    """
    cleaned = clean(raw.text)
    lines = cleaned.lines
    resolution = metadata.get("doc_type") == "resolution" or bool(
        frontmatter.resolution_number([line.text for line in lines if line.kind == "text"][:3])
    )
    start = _body_start(lines, resolution)
    found = _metadata(lines[:start], lines, cleaned.header_symbols, metadata)
    values, provenance = _merge(found, metadata)
    if not values.get("symbol"):
        raise NoSymbol(
            f"{raw.source}: no UN symbol for this document; add it to manifest.json "
            '("symbol": "A/79/837")'
        )
    text_lines = [line for line in lines if line.kind == "text"]
    indented = sum(1 for line in text_lines if line.indent)
    builder = _Builder(resolution, line_per_paragraph=indented < len(text_lines) / 10)
    _walk(lines[start:], builder)
    paragraphs = [p for p in builder.paragraphs if p.text or p.kind == "annex"]
    attach_footnotes(paragraphs, builder.footnotes)
    place_links(builder.links)
    if not paragraphs:
        raise UnreadableDocument(f"{raw.source}: no numbered paragraph found in the text")
    return Document(
        symbol=values["symbol"],
        language=metadata.get("language") or _language(text_lines),
        source_file=raw.source,
        doc_type="resolution" if resolution else metadata.get("doc_type", "report"),
        title=values.get("title"),
        body=values.get("body"),
        session=values.get("session"),
        agenda_item=values.get("agenda_item"),
        date=values.get("date"),
        sections=builder.sections,
        paragraphs=paragraphs,
        provenance=provenance,
        title_en=metadata.get("title_en"),
    )


def _language(lines: list[Line]) -> str:
    sample = "".join(line.text for line in lines[:40])
    cjk = sum(1 for ch in sample if "\u3400" <= ch <= "\u9fff")
    return "zh" if cjk > len(sample) / 5 else "en"
