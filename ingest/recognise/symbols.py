"""Document symbols in every written form, normalised as DESIGN.md says.

Written symbols (`A/RES/76/270`, `S/RES/1244(1999)`, `CEDAW/C/GC/40`,
`A/CONF.157/24(Part I)`), link targets (`https://undocs.org/ch/A/RES/72/164`),
and resolutions cited by number: `第 72/164 号决议` is the General Assembly's
unless the sentence names another organ (`安全理事会第 1325(2000)号决议` ->
`S/RES/1325(2000)`, `人权理事会第 39/11 号决议` -> `A/HRC/RES/39/11`); lists such
as `第 60/253 和第 61/226 号决议` give one mention per number. English:
`resolution 72/164`, `Security Council resolution 1325 (2000)`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.clean import normalise
from ingest.model import Mention, Paragraph
from ingest.recognise.folded import folded

_SEGMENT = r"[A-Z0-9][A-Za-z0-9.\-]*(?:\((?:Part [IVX]+|[A-Za-z0-9]+)\))?"
_WRITTEN = re.compile(rf"(?<![A-Za-z0-9/])[A-Z][A-Z0-9]{{0,9}}(?:/{_SEGMENT})+")
_LINK = re.compile(r"(?:undocs\.org|docs\.un\.org)/(?:(?:ch|zh|en|fr|es|ru|ar)/)?(\S+)$")
# A resolution number as cited: 72/164, 1325(2000), 217A(III), 2200 A (XXI).
_NUMBER = r"\d{1,4}/\d{1,4}|\d{1,4}\s*\(\d{4}\)|\d{1,4}\s*[A-Z]?\s*\([IVXL]+\)"
_ZH_CITE = re.compile(rf"(?<![\d/.])第?\s*({_NUMBER})\s*号?")
_ZH_LIST_END = re.compile(r"号(?:决议|决定)")
_EN_CITE = re.compile(rf"\b(resolutions?|decisions?)\s+((?:{_NUMBER})(?:(?:,\s*|\s+and\s+)(?:{_NUMBER}))*)")
_ORGANS = [
    (re.compile(r"安全理事会|安理会|Security Council"), "S"),
    (re.compile(r"人权理事会|Human Rights Council"), "HRC"),
    (re.compile(r"经济及社会理事会|经社理事会|Economic and Social Council"), "E"),
    (re.compile(r"大会|General Assembly"), "A"),
]


def normal_form(written: str) -> str:
    """Return a written symbol in normal form: spaces dropped except inside `(Part I)`.

    >>> normal_form("A/CONF.157/24 (Part I)")
    'A/CONF.157/24(Part I)'
    >>> normal_form("S/RES/1325 (2000)")
    'S/RES/1325(2000)'
    """
    text = normalise(written).strip().rstrip(".,;:")
    text = re.sub(r"\s*\(\s*Part\s*([IVX]+)\s*\)", r"(Part \1)", text)
    text = re.sub(r"\s*\(\s*(\d{4}|[IVXL]+)\s*\)", r"(\1)", text)
    return re.sub(r"\s+(?=/)|(?<=/)\s+", "", text)


def resolution_symbol(number: str, organ: str = "A", decision: bool = False) -> str:
    """Return the symbol of a resolution cited by its number and organ.

    >>> resolution_symbol("72/164")
    'A/RES/72/164'
    >>> resolution_symbol("1325(2000)")
    'S/RES/1325(2000)'
    >>> resolution_symbol("39/11", "HRC")
    'A/HRC/RES/39/11'
    >>> resolution_symbol("217A(III)")
    'A/RES/217(III)'
    """
    number = re.sub(r"\s+", "", normalise(number))
    kind = "DEC" if decision else "RES"
    if re.fullmatch(r"\d{1,4}\(\d{4}\)", number):
        return f"S/{kind}/{number}"
    number = re.sub(r"^(\d+)[A-Z]\(", r"\1(", number)
    if organ == "HRC":
        return f"A/HRC/{kind}/{number}"
    if organ == "E":
        return f"E/{kind}/{number}"
    if organ == "S":
        return f"S/{kind}/{number}"
    return f"A/{kind}/{number}"


def link_symbol(url: str) -> str | None:
    """Return the symbol a undocs.org / docs.un.org link points at, or None."""
    m = _LINK.search(url)
    if not m:
        return None
    return normal_form(re.sub(r"\(Part([IVX]+)\)", r"(Part \1)", m.group(1)))


def _organ(text: str, start: int, floor: int = 0) -> str:
    """The organ named last in the sentence before `start`, after `floor` ("A" when none is)."""
    sentence_start = max(floor - 1, *(text.rfind(c, 0, start) for c in "。；;"))
    window = text[max(sentence_start + 1, start - 60) : start]
    best, where = "A", -1
    for pattern, organ in _ORGANS:
        for m in pattern.finditer(window):
            if m.start() > where:
                best, where = organ, m.start()
    return best


def _zh_citations(pid: str, text: str) -> list[Mention]:
    """Numbers cited before each 号决议/号决定, back to the sentence start or the previous citation."""
    out, previous = [], 0
    for end in _ZH_LIST_END.finditer(text):
        sentence = max(text.rfind(c, 0, end.start()) for c in "。；;") + 1
        start = max(sentence, previous, end.start() - 400)
        decision = text[end.start() + 2: end.start() + 3] == "定"
        numbers = [m for m in _ZH_CITE.finditer(text, start, end.start() + 1)
                   if m.group(1)[0].isdigit() and not _is_date_number(text, m)]
        organ = _organ(text, numbers[0].start()) if numbers else "A"
        for m in numbers:
            symbol = resolution_symbol(m.group(1), organ, decision)
            out.append(Mention("symbol", pid, m.start(1), m.end(1), m.group(1), symbol,
                               detail=(("written", m.group(0).strip()),)))
        previous = end.end()
    return out


def _is_date_number(text: str, m: re.Match) -> bool:
    """A number followed by 年/月/日 is part of a date, not a resolution number."""
    return bool(re.match(r"\s*[年月日]", text[m.end(1):]))


def _en_citations(pid: str, text: str) -> list[Mention]:
    out, previous = [], 0
    for m in _EN_CITE.finditer(text):
        decision = m.group(1).startswith("decision")
        organ = _organ(text, m.start(), previous)
        previous = m.end()
        for n in re.finditer(_NUMBER, m.group(2)):
            start = m.start(2) + n.start()
            out.append(Mention("symbol", pid, start, start + len(n.group(0)), n.group(0),
                               resolution_symbol(n.group(0), organ, decision)))
    return out


def _with_link_evidence(m: Mention, linked: set[str]) -> Mention:
    """A number cited without its organ takes the organ of the one link that prints that number."""
    if m.key in linked or not m.detail:
        return m
    number = re.sub(r"\s+", "", normalise(m.surface))
    others = [s for s in linked if s.endswith("/" + number) and "/RES/" in s]
    return Mention(m.kind, m.pid, m.start, m.end, m.surface, others[0], m.confidence, m.detail) \
        if len(others) == 1 else m


def recognise(paragraphs: list[Paragraph]) -> list[Mention]:
    """Return a `symbol` mention for every symbol written or cited by number in `paragraphs`.

    Link lines anywhere in the document are evidence: `第 39/11 号` cited in a
    list of Human Rights Council resolutions, with a link to A/HRC/RES/39/11,
    is that resolution.
    """
    linked = {s for p in paragraphs for url in p.links if (s := link_symbol(url))}
    return [_with_link_evidence(m, linked) for m in _recognise(paragraphs)]


def _recognise(paragraphs: list[Paragraph]) -> list[Mention]:
    out: list[Mention] = []
    for p in paragraphs:
        out.extend(_in_paragraph(p.pid, p.text))
    return out


@lru_cache(maxsize=4096)
def _in_paragraph(pid: str, text: str) -> tuple[Mention, ...]:
    """The symbols of one paragraph's text, before link evidence.

    Remembered: structuring asks about the paragraphs of pages with links
    (`ingest.structure.place_links`), and recognition asks again.
    """
    found: list[Mention] = []
    norm = folded(text)
    for m in _WRITTEN.finditer(norm):
        written = m.group(0).rstrip(".")
        if re.search(r"\d", written):
            found.append(Mention("symbol", pid, m.start(), m.start() + len(written),
                                 text[m.start(): m.start() + len(written)], normal_form(written)))
    found += _zh_citations(pid, norm) + _en_citations(pid, norm)
    return tuple(_dedupe(found))


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if any(p == m.pid and s <= m.start < e for p, s, e in seen):
            continue
        seen.add((m.pid, m.start, m.end))
        out.append(m)
    return out
