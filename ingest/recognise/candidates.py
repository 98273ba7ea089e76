"""Candidate organisations: names that look like organisations but are not in the gazetteer.

A Chinese name ends in a listed head (特派团, 办事处, 委员会, 基金会, 事务局, ...;
ontology/vocabularies/candidate-heads.csv) and starts after punctuation, a
function word, a gazetteer name or an earlier name joined by 和/与/及/或; it may
hold a middle dot (罗伯特·卡尔基金会) and never starts with a quantity (个, 多个,
392 个). An English one is a run of capitalised words ending in a head
(Mission, Office, Commission, Foundation, ...). A name whose other words are
only generic ones (ontology/vocabularies/candidate-generic-words.csv:
国家和地方民间社会组织) is no named organisation and is dropped; one that starts
with a state's name is that state's national body (加拿大选举委员会) and carries
the state's ISO3 in its detail, so the state is not also a mention on its own.
A short form the document introduces in brackets after a name (国际选举制度基金会
（选举基金会）) is kept even when generic. Candidates are low-confidence
`candidate` mentions so that `unkg build` can count them and nothing is
silently dropped.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from ingest.model import Mention, Paragraph
from ingest.recognise.folded import fold
from ingest.recognise.gazetteer import Gazetteer
from ontology import ONTOLOGY_DIR

CONFIDENCE = 0.5
VOCABULARIES = ONTOLOGY_DIR / "vocabularies"
_RUN = "\u4e00-\u9fff·・"
_RUN_CHAR = re.compile(f"[{_RUN}]")
_LONGEST = 24  # characters before its head: a longer run with no boundary in it is no name
# Where a Chinese name cannot start: after these words (prepositions, verbs, conjunctions) the name begins.
_ZH_BREAK = re.compile(
    r".*(?:的|与|及|在|向|由|通过|支持|协助|作为|为|对|同|是|了|将|并|据|经(?![验济费])|等|其他|其|该|各(?!国)|这|此|"
    r"设立|成立|建立|创建|包括|以及|参加|参与|根据|请求|请|同时|还|也|已|被|从(?![业事])|于|以|之|出席|有(?!关)|"
    r"确保|重申|而且|继续|促使|负责|维护|改善|考虑到|要求|例如|加强|制定|推动|提高|就|没有|支助|派驻|"
    r"表彰|指出|响应|利用|组办|提交|希望|报道|或者|需要|来自|自(?![治由然])|通常|资助|增加|易受|接受|往往|(?<!特)使)"
)
# A quantity (392 个, 多个, 第一次) or a date's tail (2019 年) before a name is no part of it.
_QUANTITY = re.compile(r"(?:第?[\d一二三四五六七八九十百千万两几数多]+(?:个|家|名|种|类|项|次|届|些|系列)"
                       r"|个|名|种|些|[年月日])")
_CONNECTORS = "和与及或、的"
_LEADING = re.compile(r"和(?![平解谐])|[与及或、的]")  # 和平, 和解 start words
_LAST_CONNECTOR = re.compile(r".*[和与及或、]")
_INTRODUCED = re.compile(r"\s?[(（]\s*([^()（）、，,。；;\s]{2,12}?)\s*[)）]")
_EN_WORDS = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,6}")


@dataclass(frozen=True)
class Vocabulary:
    """The heads, not-heads and generic words candidate recognition reads, from the CSV files."""

    heads: tuple[str, ...]
    not_heads: tuple[str, ...]
    generic: frozenset[str]

    def head_at_end(self, name: str) -> str | None:
        """Return the listed head `name` ends with (longest first), or None."""
        return next((h for h in self.heads if name.endswith(h)), None)


def _rows(name: str) -> list[dict[str, str]]:
    lines = (VOCABULARIES / name).read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


@functools.cache
def vocabulary() -> Vocabulary:
    """Return the candidate vocabulary read from ontology/vocabularies/candidate-*.csv."""
    heads = _rows("candidate-heads.csv")
    by_length = sorted(heads, key=lambda r: -len(r["form"]))
    return Vocabulary(
        tuple(r["form"] for r in by_length if r["kind"] == "head"),
        tuple(r["form"] for r in by_length if r["kind"] == "not-head"),
        frozenset(r["form"] for r in _rows("candidate-generic-words.csv")),
    )


def recognise(paragraphs: list[Paragraph], taken: dict[str, list[tuple[int, int]]],
              states: Gazetteer | None = None, known: Gazetteer | None = None) -> list[Mention]:
    """Return `candidate` mentions in `paragraphs` that do not overlap the `taken` spans.

    With the `states` gazetteer, a candidate that starts with a state's name gets
    ("state", ISO3) in its detail: it is that state's national body. A name that is
    a form of the `known` gazetteer is no candidate even where it was not taken as
    a mention (inside a title: 《欧洲联盟条约》).
    """
    vocab, out = vocabulary(), []
    for p in paragraphs:
        spans = taken.get(p.pid, [])
        for start, end in _zh(p.text, spans, vocab) + _en(p.text, vocab):
            if any(s < end and start < e for s, e in spans):
                continue
            if known is not None and fold(p.text[start:end]) in known.forms:
                continue
            surface = p.text[start:end]
            state = _national(surface, states)
            detail = (("state", state),) if state else ()
            out.append(Mention("candidate", p.pid, start, end, surface, surface, confidence=CONFIDENCE,
                               detail=detail))
    return out


def _zh(text: str, taken: list[tuple[int, int]], vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans of Chinese candidates in `text`, left to right."""
    heads = _zh_heads(vocab.heads)
    out: list[tuple[int, int]] = []
    introduced: set[tuple[int, int]] = set()
    floor = 0  # a name never starts inside an earlier name joined to it by 和/与/及/或
    for m in heads.finditer(text):
        hs, he = m.span()
        if _not_head(text, hs, he, vocab):
            continue
        start = _zh_start(text, hs, max(floor, *(e for s, e in taken if e <= hs), 0))
        if text[he:he + 1] in _CONNECTORS[:4]:
            floor = he + 1
        if start is None or ((start, he) not in introduced and _unnamed(text[start:hs], vocab)):
            continue
        if out and out[-1][1] > start:
            out.pop()  # 委员会秘书处: the longer name that continues an earlier one wins
        out.append((start, he))
        if (short := _INTRODUCED.match(text, he)) and vocab.head_at_end(short.group(1)):
            introduced.add(short.span(1))
    return out


@functools.cache
def _pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, heads)))


@functools.cache
def _zh_heads(heads: tuple[str, ...]) -> re.Pattern[str]:
    """The Chinese heads of `heads` as one pattern."""
    return _pattern(tuple(h for h in heads if not h.isascii()))


@functools.cache
def _en_heads(heads: tuple[str, ...]) -> re.Pattern[str]:
    """Capitalised words ending in one of the English heads of `heads`."""
    english = "|".join(h for h in heads if h.isascii())
    return re.compile(rf"\b((?:[A-Z][\w'’-]*\s+){{1,6}})({english})\b")


@functools.lru_cache(maxsize=4096)
def _covering(head: str, not_heads: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """The not-head words that hold `head`, each with where it first does."""
    return tuple((word, at) for word in not_heads if (at := word.find(head)) >= 0)


def _not_head(text: str, hs: int, he: int, vocab: Vocabulary) -> bool:
    """True when a listed not-head word (部署, 网络安全, 本组织) covers the head at `hs`..`he`."""
    for word, at in _covering(text[hs:he], vocab.not_heads):
        if hs - at >= 0 and text[hs - at:hs - at + len(word)] == word:
            return True
    return False


def _zh_start(text: str, head: int, floor: int) -> int | None:
    """Where the Chinese name whose head starts at `head` begins (never before `floor`), or None.

    None when the run of characters before the head is longer than any name
    with no boundary in it.
    """
    start = head
    while start > floor and _RUN_CHAR.match(text[start - 1]):
        if head - start == _LONGEST:
            return None
        start -= 1
    if cut := _ZH_BREAK.match(text, start, head):
        start = cut.end()
    while start < head and (lead := _LEADING.match(text, start, head) or _QUANTITY.match(text, start, head)):
        start = lead.end()
    return start


def _unnamed(words: str, vocab: Vocabulary) -> bool:
    """True when `words` before a head cannot make a name: fewer than two characters, or generic."""
    return len(words) < 2 or _generic(words, vocab)


def _generic(words: str, vocab: Vocabulary) -> bool:
    """True when `words` (a name without its head) are generic: only generic words and connectors.

    Also when what follows their last connector is (团体和组织, 行为者和国际组织):
    the words before it name something else coordinated with a generic body.
    """
    last = _LAST_CONNECTOR.match(words)
    if last and _only_generic(words[last.end():], vocab):
        return True
    return _only_generic(words, vocab)


def _only_generic(words: str, vocab: Vocabulary) -> bool:
    i = 0
    while i < len(words):
        n = next((n for n in range(min(5, len(words) - i), 0, -1) if words[i:i + n] in vocab.generic), 0)
        if not n and words[i] not in _CONNECTORS:
            return False
        i += n or 1  # a generic word first: 和平 is 'peace', not 和 'and'
    return True


def _national(surface: str, states: Gazetteer | None) -> str | None:
    """The ISO3 of the state whose name starts `surface`, when the rest names a body; else None."""
    if states is None:
        return None
    hits = states.find(surface)
    if hits and hits[0].start == 0 and hits[0].end < len(surface):
        return hits[0].key
    return None


def _en(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans of English candidates: capitalised words ending in a head, not all generic."""
    out = []
    for m in _en_heads(vocab.heads).finditer(text):
        words = m.group(1).split()
        if all(w in vocab.generic for w in words):
            continue
        start = m.start()
        while words and words[0] in {"The", "This", "Such"}:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        out.append((start, m.end()))
    return out
