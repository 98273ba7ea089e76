"""A synthetic corpus of UN-style documents for the scaling benchmarks (issue 8), with the facts it holds.

`generate(folder, documents, seed)` writes `folder/*.txt` (about 80 % Chinese, 20 %
English; reports of the Secretary-General and General Assembly resolutions laid out
as text extracted from UN PDFs: front matter, running headers, job numbers, page
counters, numbered paragraphs, section headings, annexes, footnotes and link lines),
`folder/manifest.json` (the shape of data/corpus/manifest.json) and
`folder/expected.json`: per document the organisations, states and symbols of each
paragraph, its mandates and its activities, known because the generator put them
there. Sentences come from benchmarks/templates/*.json; organisations and states
from `ontology.reference`. Document i depends only on (seed, i), so a corpus of 10
is the first 10 files of a corpus of 100.

    .venv/bin/python -m benchmarks.corpus OUT --documents N [--seed S]

`benchmarks/corpus_quality.py` scores a store built from such a folder against
its expected.json.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from ontology import reference

TEMPLATES = Path(__file__).resolve().parent / "templates"
EXPECTED_NAME = "expected.json"
MANIFEST_NAME = "manifest.json"

# UN system entities that act in a report's activities (organs mandate, they do not act).
ACTOR_KINDS = {"fund-programme", "specialized-agency", "secretariat-department", "regional-commission",
               "other-entity", "research-training-institute"}
PARTNER_FILES = {"parliamentary.csv", "intergovernmental.csv"}
_SLOT = re.compile(r"\{(\w+)(?::([^}]+))?\}")
_ZH_DIGITS = "零一二三四五六七八九"
_EN_UNITS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_EN_TENS = {2: "twent", 3: "thirt", 4: "fort", 5: "fift", 6: "sixt", 7: "sevent", 8: "eight", 9: "ninet"}
_EN_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ZH_WIDTH, _EN_WIDTH = 38, 92
# Template slots: entity slots and their pools, word lists, number ranges, citation writers.
_ENTITY_SLOTS = {"actor": "actors", "actor2": "actors", "partner": "partners", "partner2": "partners",
                 "actor3": "actors", "org": "orgs", "org2": "orgs", "state": "states", "state2": "states",
                 "state3": "states"}
_LISTS = {"topic": "topics", "kind": "kinds", "agenda": "agenda_titles"}
_MENTION_KINDS = ("organizations", "states", "symbols")
_NUMBERS = {"n": (2, 60), "pct": (5, 95)}
_CITATIONS = {"res": "ga_resolution", "hrcres": "hrc_resolution", "scres": "sc_resolution",
              "sym": "written_symbol"}


@dataclass
class GeneratedCorpus:
    """What `generate` wrote: the folder, how many documents, their characters in all, the text files."""

    folder: Path
    documents: int
    characters: int
    files: list[Path]


@dataclass(frozen=True)
class Entity:
    """An organisation or state as the generator writes it: key, forms, and an introduced short form."""

    key: str
    kind: str  # organization | state
    zh: tuple[str, ...]
    en: tuple[str, ...]
    short_zh: str = ""
    short_en: str = ""


@dataclass
class Pools:
    """The entities a slot draws from."""

    actors: list[Entity]
    partners: list[Entity]
    orgs: list[Entity]
    states: list[Entity]
    by_key: dict[str, Entity]


def _unambiguous(forms) -> tuple[str, ...]:
    return tuple(f for f in dict.fromkeys(forms) if f and not reference.is_ambiguous(f))


def _organization(org) -> Entity | None:
    zh, en = _unambiguous((org.name_zh,)), _unambiguous((org.name_en,))
    if not zh or not en:
        return None
    short_zh = next(iter(_unambiguous(org.short_zh)), "")
    acronym = org.acronym if re.fullmatch(r"[A-Z][A-Za-z\-]{1,11}", org.acronym) else ""
    short_en = acronym if acronym and not reference.is_ambiguous(acronym) and acronym != en[0] else ""
    return Entity(org.acronym, "organization", zh, en, short_zh, short_en)


@functools.cache
def pools() -> Pools:
    """Return the organisations and states of the reference data, sorted into the generator's pools."""
    orgs, actors, partners = [], [], []
    for org in reference.organizations():
        entity = _organization(org)
        if entity is None:
            continue
        orgs.append(entity)
        if org.source_file == "un-system.csv" and org.kind in ACTOR_KINDS:
            actors.append(entity)
        elif org.source_file in PARTNER_FILES:
            partners.append(entity)
    states = [Entity(s.iso3, "state", _unambiguous((s.name_zh,)), _unambiguous((s.short_en,)))
              for s in reference.states() if s.status == "member"]
    states = [s for s in states if s.zh and s.en]
    by_key = {e.key: e for e in orgs}
    return Pools(actors, partners, orgs, states, by_key)


@functools.cache
def templates(language: str) -> dict:
    """Return the sentence templates of `language` (zh or en) from benchmarks/templates/."""
    return json.loads((TEMPLATES / f"{language}.json").read_text(encoding="utf-8"))


class FastRandom(random.Random):
    """`random.Random` whose choice and randint draw one float: a few times faster, as deterministic."""

    def choice(self, seq):
        """Return one item of the non-empty sequence `seq`."""
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        """Return an integer from a to b, both included."""
        return a + int(self.random() * (b - a + 1))


@functools.cache
def _parsed(template: str) -> tuple[tuple[str, str, str | None], ...]:
    """Return `template` as (literal text, slot kind, slot argument) pieces; the last piece has no slot."""
    pieces, at = [], 0
    for m in _SLOT.finditer(template):
        pieces.append((template[at:m.start()], m.group(1), m.group(2)))
        at = m.end()
    pieces.append((template[at:], "", None))
    return tuple(pieces)


# ---------------------------------------------------------------------------------------------
# numbers and dates as UN documents write them


def zh_number(n: int) -> str:
    """Return 1-199 in Chinese numerals: 79 -> 七十九, 104 -> 一百零四."""
    if n >= 100:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + _ZH_DIGITS[rest] if rest < 10 else zh_number(rest))
        return _ZH_DIGITS[n // 100] + "百" + tail
    if n < 10:
        return _ZH_DIGITS[n]
    tens, unit = divmod(n, 10)
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[unit] if unit else "")


def en_ordinal(n: int) -> str:
    """Return 1-99 as an English ordinal word: 79 -> seventy-ninth."""
    if n < 10:
        return _EN_UNITS[n]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return f"{_EN_TENS[tens]}y-{_EN_UNITS[unit]}" if unit else f"{_EN_TENS[tens]}ieth"


def _date(rng: random.Random, last_year: int) -> tuple[str, tuple[int, int, int]]:
    """Return (ISO date at a random precision, (year, month, day) with 0 for what is not stated).

    The year is one of the four before `last_year`, or that year.
    """
    year, month, day = rng.randint(last_year - 4, last_year), rng.randint(1, 12), rng.randint(1, 28)
    precision = rng.random()
    if precision < 0.3:
        return f"{year}", (year, 0, 0)
    if precision < 0.7:
        return f"{year}-{month:02d}", (year, month, 0)
    return f"{year}-{month:02d}-{day:02d}", (year, month, day)


def zh_date(parts: tuple[int, int, int], spaced: bool) -> str:
    """Return a date as Chinese text: 2023 年 5 月 11 日 (or without spaces)."""
    s = " " if spaced else ""
    year, month, day = parts
    text = f"{year}{s}年"
    if month:
        text += f"{s}{month}{s}月"
    if day:
        text += f"{s}{day}{s}日"
    return text


def en_date(parts: tuple[int, int, int], preposition: bool = False) -> str:
    """Return a date as English text: 11 May 2023, May 2023, 2023 (with on/in when asked)."""
    year, month, day = parts
    if day:
        return f"{'on ' if preposition else ''}{day} {_MONTHS[month - 1]} {year}"
    text = f"{_MONTHS[month - 1]} {year}" if month else f"{year}"
    return f"in {text}" if preposition else text


# ---------------------------------------------------------------------------------------------
# one document


@dataclass
class Paragraph:
    """The facts one paragraph holds, as the generator wrote them."""

    organizations: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    symbols: set[str] = field(default_factory=set)


class Writer:
    """Writes one document line by line and records what each paragraph names."""

    def __init__(self, rng: random.Random, language: str, symbol: str, header: bool, year: int) -> None:
        self.rng, self.language, self.symbol, self.header = rng, language, symbol, header
        self.year = year  # the last year the document's dates may fall in
        self.t = templates(language)
        self.pools = pools()
        self.lines: list[str] = []
        self.paragraphs: dict[str, Paragraph] = {}
        self.mandates: list[dict] = []
        self.activities: list[dict] = []
        self.introduced: set[str] = set()
        self.pid = ""
        self.footnote = 0
        self.page_notes: list[str] = []
        self.page_links: list[str] = []
        self.page_paragraphs = 0
        self.page = 1
        self.job = f"{rng.randint(15, 25)}-{rng.randint(10000, 99999)}"
        self.last_resolution = ""
        self.written = 0
        self.session = year - 1945  # the last session a {session} slot named
        self.decks: dict[int, list] = {}
        self.abbreviate = True  # resolutions name organisations in full
        self.used_templates: set[str] = set()

    # entities ------------------------------------------------------------------------------
    def facts(self) -> Paragraph:
        """Return the facts of the paragraph being written."""
        return self.paragraphs.setdefault(self.pid, Paragraph())

    def name(self, entity: Entity, plain: bool = False) -> str:
        """Return a form of `entity` for the text, introducing its short form on first use; record it."""
        (self.facts().organizations if entity.kind == "organization" else self.facts().states).add(entity.key)
        zh = self.language == "zh"
        forms, short = (entity.zh, entity.short_zh) if zh else (entity.en, entity.short_en)
        article = "" if zh or plain or entity.kind == "state" else "the "
        if plain or not short or not self.abbreviate:
            return article + forms[0] if entity.kind == "organization" else self.rng.choice(forms)
        if entity.key in self.introduced:
            return short if self.rng.random() < 0.8 else article + forms[0]
        if self.rng.random() < 0.6:
            self.introduced.add(entity.key)
            open_, close = ("（", "）") if zh and self.rng.random() < 0.5 else ("(", ")")
            return f"{article}{forms[0]}{' ' if not zh else ''}{open_}{short}{close}"
        return article + forms[0]

    def deal(self, items: list):
        """Return the next of `items` from a shuffled deck, dealt out before any comes again."""
        deck = self.decks.setdefault(id(items), [])
        if not deck:
            deck += items
            self.rng.shuffle(deck)
        return deck.pop()

    def pick(self, pool: list[Entity], avoid: set[str]) -> Entity:
        """Return an entity of `pool` not in `avoid` (by key), and add it there."""
        while (entity := self.rng.choice(pool)).key in avoid:
            pass
        avoid.add(entity.key)
        return entity

    # symbols -------------------------------------------------------------------------------
    def cite(self, symbol: str) -> str:
        """Record a citation of `symbol` in the current paragraph and return it."""
        if symbol != self.symbol:
            self.facts().symbols.add(symbol)
            if self.rng.random() < 0.5:
                self.page_links.append(symbol)
        return symbol

    def resolution(self) -> tuple[str, str]:
        """Return (number, symbol) of a General Assembly resolution other than this document."""
        last = self.year - 1945  # the General Assembly session of the document's last year
        while True:
            number = f"{self.rng.randint(last - 15, last)}/{self.rng.randint(101, 330)}"
            if (symbol := f"A/RES/{number}") != self.symbol:
                return number, symbol

    def ga_resolution(self) -> str:
        number, symbol = self.resolution()
        self.cite(symbol)
        self.last_resolution = symbol
        if self.language == "en":
            return f"resolution {number}"
        return f"第 {number} 号决议" if self.rng.random() < 0.7 else f"第{number}号决议"

    def hrc_resolution(self) -> str:
        number = f"{self.rng.randint(1, (self.year - 2005) * 3)}/{self.rng.randint(1, 40)}"
        self.cite(f"A/HRC/RES/{number}")
        council = self.name(self.pools.by_key["HRC"], plain=True)
        return f"{council} resolution {number}" if self.language == "en" else f"{council}第 {number} 号决议"

    def sc_resolution(self) -> str:
        year = self.rng.randint(2000, self.year)
        number = 1325 + (year - 2000) * 60 + self.rng.randint(0, 59)
        self.cite(f"S/RES/{number}({year})")
        council = self.name(self.pools.by_key["SC"], plain=True)
        return f"{council} resolution {number} ({year})" if self.language == "en" \
            else f"{council}第 {number}({year})号决议"

    def written_symbol(self) -> str:
        session, number = self.rng.randint(self.year - 1960, self.year - 1945), self.rng.randint(100, 900)
        symbol = self.rng.choice((f"A/{session}/{number}", f"A/HRC/{session - 20}/{number % 60 + 1}",
                                  f"E/CN.6/{2000 + session - 55}/{number % 9 + 1}", self.resolution()[1]))
        return self.cite(symbol)

    # slots ---------------------------------------------------------------------------------
    def fill(self, template: str, activity: dict | None = None, sentence: bool = True) -> str:
        """Return `template` with its slots filled, a `sentence` capitalised.

        An `activity` dict collects the actors and the date the template's slots name.
        """
        used: set[str] = {self.symbol}
        parts = []
        for literal, kind, arg in _parsed(template):
            parts.append(literal)
            if kind:
                parts.append(self.slot(kind, arg, used, activity))
        text = "".join(parts)
        return text[:1].upper() + text[1:] if self.language == "en" and sentence else text

    def slot(self, kind: str, arg: str | None, used: set[str], activity: dict | None) -> str:
        """Return the text of one slot; entities named go into the paragraph's facts and `activity`."""
        if kind in _ENTITY_SLOTS:
            entity = self.pick(getattr(self.pools, _ENTITY_SLOTS[kind]), used)
            if activity is not None and kind.startswith("actor"):
                activity["actors"].append(entity.key)
            return self.name(entity)
        if kind == "o":
            return self.name(self.pools.by_key[arg], plain=True)
        if kind in ("date", "ondate"):
            return self.date(kind == "ondate", activity)
        if kind in _LISTS:
            return self.rng.choice(self.t[_LISTS[kind]])
        if kind == "supplement":  # the report of the Human Rights Council to that session
            return self.cite(f"A/{self.session}/53")
        if kind == "session":
            number = self.session = self.year - 1945 + self.rng.randint(0, 2)
            if self.language == "zh":
                return zh_number(number)
            return en_ordinal(number).capitalize() if arg == "cap" else en_ordinal(number)
        if kind in _NUMBERS:
            return str(self.rng.randint(*_NUMBERS[kind]))
        if kind not in _CITATIONS:
            raise ValueError(f"benchmarks/templates/{self.language}.json: unknown slot {{{kind}}}")
        return getattr(self, _CITATIONS[kind])()

    def date(self, preposition: bool, activity: dict | None) -> str:
        """Return a date as the text writes it; the first date of an `activity` is its date."""
        iso, parts = _date(self.rng, self.year)
        if activity is not None and not activity["date"]:
            activity["date"] = iso
        if self.language == "en":
            return en_date(parts, preposition)
        return zh_date(parts, self.rng.random() < 0.7)

    # layout --------------------------------------------------------------------------------
    def wrap(self, text: str, indent: str = " ") -> None:
        """Add `text` as lines broken the way PDF extraction breaks them, the first one indented."""
        width = _ZH_WIDTH if self.language == "zh" else _EN_WIDTH
        first = True
        while text:
            cut = _break(text, width, self.language)
            self.lines.append((indent if first else "") + text[:cut].rstrip() + " ")
            self.written += cut
            text, first = text[cut:].lstrip(), False

    def end_page(self) -> None:
        """Close a page: footnote rule and footnotes, link lines, job number, page counter, running header."""
        if self.page_notes:
            self.lines.append("__________________ ")
            self.lines += self.page_notes
        prefix = "ch" if self.language == "zh" else "en"
        host = self.rng.choice(("https://undocs.org", "https://docs.un.org"))
        self.lines += [f"{host}/{prefix}/{s}" for s in dict.fromkeys(self.page_links)]
        self.lines.append(f"{self.job} {self.page}/{self.page + 9}")
        if self.header:
            self.lines.append(self.symbol)
        self.page_notes, self.page_links, self.page_paragraphs = [], [], 0
        self.page += 1

    def paragraph(self, pid: str, number: str, sentences: list[str], note: bool = False) -> None:
        """Write one paragraph `number. text` under id `pid`, with a footnote when `note`."""
        text = ("" if self.language == "zh" else " ").join(sentences)
        if note:
            self.pid = pid
            self.footnote += 1
            notes = self.t["footnotes"]
            # "Ibid." (同上) follows a footnote; the first one cites in full.
            body = self.fill(notes[0] if self.footnote == 1 else self.rng.choice(notes))
            self.page_notes.append(f" {self.footnote} {body}")
            text += str(self.footnote)
        self.wrap(f"{number}. {text}" if number else text)
        self.page_paragraphs += 1
        if self.page_paragraphs >= self.rng.randint(3, 6):
            self.end_page()

    def size(self) -> int:
        """Return the characters of paragraph text written so far."""
        return self.written


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _break(text: str, width: int, language: str) -> int:
    """Return where to break `text` into a line of about `width`: between Chinese characters or at a space."""
    if len(text) <= width:
        return len(text)
    if language == "en":
        cut = text.rfind(" ", 0, width)
        return cut if cut > 0 else width
    cut = width
    while cut < len(text) and not (_is_han(text[cut]) and _is_han(text[cut - 1])):
        cut += 1
    return cut


# ---------------------------------------------------------------------------------------------
# reports and resolutions


@dataclass
class Plan:
    """What document i is: language, type, organ, symbol, session, where its symbol is stated, its size."""

    index: int
    language: str
    doc_type: str
    body: str
    symbol: str
    session: int
    in_text: bool
    in_manifest: bool
    target: int  # characters

    @property
    def year(self) -> int:
        """The last year the document's dates fall in (the HRC holds three sessions a year from 2006)."""
        return 1945 + self.session if self.body == "GA" else 2005 + (self.session - 1) // 3


def plan(seed: int, index: int) -> tuple[Plan, FastRandom]:
    """Return the plan of document `index` and the random generator that writes it (seeded by both)."""
    rng = FastRandom(f"unkg-corpus:{seed}:{index}")
    language = "en" if rng.random() < 0.2 else "zh"
    resolution = rng.random() < 0.3
    low, high = index % 20, index // 20
    if resolution:
        body, session, symbol = "GA", 60 + low, f"A/RES/{60 + low}/{101 + high}"
        size = rng.triangular(7000, 16000, 10000)
    elif rng.random() < 0.2:
        body, session, symbol = "HRC", 40 + low, f"A/HRC/{40 + low}/{1 + high}"
        size = rng.triangular(15000, 80000, 25000)
    else:
        body, session, symbol = "GA", 60 + low, f"A/{60 + low}/{100 + high}"
        size = rng.triangular(15000, 80000, 25000)
    where = rng.random()
    in_text = resolution or where >= 0.15
    in_manifest = where < 0.9
    per_char = 2.9 if language == "zh" else 1.0  # UTF-8 bytes per character of the text
    return Plan(index, language, "resolution" if resolution else "report", body, symbol, session,
                in_text, in_manifest, int(size / per_char)), rng


def _front_report(w: Writer, p: Plan, title: str) -> None:
    zh, rng = p.language == "zh", w.rng
    if p.in_text:
        w.lines.append(p.symbol)
    year = p.year + 1
    w.lines.append(" Distr.: General ")
    w.lines.append(f"{zh_date((year, rng.randint(1, 12), rng.randint(1, 28)), True)} " if zh
                   else f"{en_date((year, rng.randint(1, 12), rng.randint(1, 28)))} ")
    both = "2 和 3" if zh else "2 and 3"
    item = f"{rng.randint(2, 140)}" if p.body == "GA" else rng.choice(("2", "3", both))
    if zh:
        w.lines += ([" 人权理事会 "] if p.body == "HRC" else []) + [
            f" 第{zh_number(p.session)}届会议 ", f" 议程项目 {item} ", f"  {title} ", "  秘书长的报告 ", ""]
    else:
        w.lines += ([" Human Rights Council "] if p.body == "HRC" else []) + [
            f" {en_ordinal(p.session).capitalize()} session ", f" Item {item} of the provisional agenda* ",
            f"   {title} ", "  Report of the Secretary-General ", ""]


class Report:
    """Writes a report of the Secretary-General: introduction, sections, conclusions, annexes."""

    def __init__(self, w: Writer, p: Plan) -> None:
        self.w, self.p, self.number, self.section = w, p, 0, 0

    def heading(self, text: str, level: int = 1, number: str = "") -> None:
        w = self.w
        if not number:
            self.section += 1
            number = zh_number(self.section) if self.p.language == "zh" else _ROMAN[min(self.section, 10) - 1]
        w.lines.append(f"{' ' * level}{number}. {text} ")

    def sentence(self, kinds: tuple[str, ...]) -> str:
        w = self.w
        kind = w.rng.choice(kinds)
        if kind in ("activity", "publication"):
            return self.activity(self.template(kind))
        if kind == "activity_pair":
            return self.activity_pair(w.rng.choice(w.t["activity_pairs"]))
        if kind == "reported":
            entry = w.rng.choice(w.t["reported"])
            text = w.fill(entry["text"])
            w.mandates.append({"resolution": w.last_resolution, "paragraph": "",
                               "verb": entry["verb"], "addressee": entry["addressee"]})
            return text
        return w.fill(self.template(kind))

    def activity(self, template: str, actors: list[str] | None = None, date: str = "") -> str:
        """Fill an activity template and record it, with `actors` and `date` when its slots name none."""
        w = self.w
        activity = {"paragraph": "", "actors": [], "date": ""}
        text = w.fill(template, activity)
        activity["actors"] = sorted(activity["actors"] or actors or [])
        activity["date"] = activity["date"] or date
        w.activities.append(activity)
        return text

    def activity_pair(self, entry: dict) -> str:
        """Two activities, the second done by the first's actors ("该组织还……", "……，并……").

        The second shares the first's date when `entry["date"]` is "shared" (a clause of the
        same sentence), and has none of its own otherwise (a later sentence that states none).
        """
        first, second = entry["text"].split("|")
        text = self.activity(first)
        done = self.w.activities[-1]
        shared = done["date"] if entry["date"] == "shared" else ""
        return text + self.activity(second, done["actors"], shared)

    def template(self, kind: str) -> str:
        """Return a template of `kind` not yet used in the paragraph, when there is one left."""
        w = self.w
        choices = w.t[kind]
        template = w.rng.choice(choices)
        for _ in range(3):
            if template not in w.used_templates:
                break
            template = w.rng.choice(choices)
        w.used_templates.add(template)
        return template

    def paragraph(self, kinds: tuple[str, ...], annex: str = "") -> None:
        w = self.w
        self.number += 1
        pid = f"annex {annex} {self.number}" if annex else str(self.number)
        w.pid = pid
        start_a, start_m = len(w.activities), len(w.mandates)
        w.used_templates = set()
        sentences = [self.sentence(kinds) for _ in range(w.rng.randint(2, 6))]
        for item in w.activities[start_a:] + w.mandates[start_m:]:
            item["paragraph"] = pid
        w.paragraph(pid, str(self.number), sentences, note=w.rng.random() < 0.15)

    def write(self) -> None:
        w, zh = self.w, self.p.language == "zh"
        self.heading("导言" if zh else "Introduction")
        for n in range(w.rng.randint(2, 4)):
            self.paragraph(("filler", "filler", "mention", "reported") if n == 0 else ("filler", "mention"))
        while w.size() < self.p.target * 0.85:
            self.heading(w.rng.choice(w.t["headings"]))
            for letter in "ABC"[: w.rng.randint(1, 3)]:
                if w.rng.random() < 0.6:
                    self.heading(w.rng.choice(w.t["subheadings"]), 2, letter)
                for _ in range(w.rng.randint(2, 7)):
                    self.paragraph(("filler", "filler", "mention", "activity", "activity", "publication",
                                        "activity_pair"))
        self.heading("结论和建议" if zh else "Conclusions and recommendations")
        for _ in range(w.rng.randint(2, 4)):
            self.paragraph(("filler", "mention"))
        annex = 0
        while w.size() < self.p.target and annex < 3:
            annex += 1
            self.annex(_ROMAN[annex - 1])

    def annex(self, number: str) -> None:
        w = self.w
        w.end_page()
        w.lines.append(f" 附件{zh_number(_ROMAN.index(number) + 1)} " if self.p.language == "zh"
                       else f" Annex {number} ")
        w.lines.append(f"  {w.rng.choice(w.t['annex_titles'])} ")
        self.number = 0
        for _ in range(w.rng.randint(3, 12)):
            self.paragraph(("activity", "activity", "filler", "mention"), annex=number)


class Resolution:
    """Writes a General Assembly resolution: number and title, preambular and operative paragraphs."""

    def __init__(self, w: Writer, p: Plan) -> None:
        self.w, self.p = w, p

    def write(self, title: str) -> None:
        w, zh = self.w, self.p.language == "zh"
        number = self.p.symbol.removeprefix("A/RES/")
        w.lines += [f"  {number}.  {title} ", " ", " 大会， " if zh else " The General Assembly, ", " "]
        per_op = 170 if zh else 420
        ops = max(4, int(self.p.target * 0.7 / per_op))
        preambular = w.rng.sample(w.t["preambular"], w.rng.randint(4, len(w.t["preambular"])))
        for n, template in enumerate(preambular, 1):
            w.pid = f"pp {n}"
            w.paragraph(w.pid, "", [w.fill(template)], note=w.rng.random() < 0.1)
        for n in range(1, ops + 1):
            self.operative(n, last=n == ops)
        year, day, meeting = self.p.year + 1, w.rng.randint(1, 22), w.rng.randint(40, 70)
        w.lines.append(zh_date((year - 1, 12, day), True) if zh else en_date((year - 1, 12, day)))
        w.lines.append(w.t["closing_meeting"].format(n=meeting) if zh
                       else f"{meeting}{_suffix(meeting)} plenary meeting")
        w.end_page()
        self.adopted = f"{year - 1}-12-{day:02d}"

    def clause(self, pid: str, first: bool) -> str:
        """Return one operative clause (verb, addressee, what is asked) and record its mandate."""
        w = self.w
        entry = w.deal(w.t["operative"])
        while not first and entry["verb"] in {m["verb"] for m in w.mandates if m["paragraph"] == pid}:
            entry = w.deal(w.t["operative"])
        addressee = entry["addressee"]
        verb = entry["zh"]
        if not first:
            verb = verb.removeprefix("又")
            verb = verb[0].lower() + verb[1:] if self.p.language == "en" else verb
        written, keys = self.addressees(addressee.split("+") if addressee else [])
        w.mandates += [{"resolution": w.symbol, "paragraph": pid, "verb": entry["verb"], "addressee": key}
                       for key in keys or [""]]
        space = " " if self.p.language == "en" else ""
        words = [verb, written, w.fill(entry["rest"], sentence=False)] if written \
            else [verb, w.fill(entry["rest"], sentence=False)]
        return space.join(words)

    def addressees(self, wanted: list[str]) -> tuple[str, list[str]]:
        """Return the addressees written as a list ("秘书长和联合国开发计划署") and their keys."""
        w, written, keys = self.w, [], []
        for addressee in wanted:
            if addressee == "actor":
                actor = w.pick(w.pools.actors, {w.symbol, *keys})
                written.append(w.name(actor))
                keys.append(actor.key)
            else:
                written.append(w.t["addressees"][addressee])
                keys.append(addressee)
        joiner = "和" if self.p.language == "zh" else " and "
        return joiner.join(written), keys

    def operative(self, n: int, last: bool) -> None:
        w, zh = self.w, self.p.language == "zh"
        pid = f"op {n}"
        w.pid = pid
        text = self.clause(pid, True)
        if w.rng.random() < 0.2:
            joiner = "，并" if zh else ", and "
            text = text.rstrip("；;") + joiner + self.clause(pid, False)
        if last:
            text = text.rstrip("；;") + ("。" if zh else ".")
        w.paragraph(pid, str(n), [text], note=w.rng.random() < 0.05)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------------------------------------
# the corpus


@dataclass
class Generated:
    """One generated document: file name, text, manifest entry and expected facts."""

    file: str
    text: str
    manifest: dict
    expected: dict


def document(seed: int, index: int) -> Generated:
    """Return document `index` of the corpus of `seed` (the same whatever the corpus size)."""
    p, rng = plan(seed, index)
    w = Writer(rng, p.language, p.symbol, header=p.in_text, year=p.year)
    title, title_en = rng.choice(templates(p.language)["titles"])
    entry = {"file": p.symbol.replace("/", "_") + f".{p.language}.txt", "symbol": p.symbol,
             "language": p.language, "body": p.body, "session": p.session, "doc_type": p.doc_type,
             "title_en": title_en, "symbol_in_text": p.in_text}
    if p.doc_type == "resolution":
        w.abbreviate = False
        writer = Resolution(w, p)
        writer.write(title)
        entry["adopted"] = writer.adopted
    else:
        _front_report(w, p, title)
        Report(w, p).write()
        w.end_page()
    if not p.in_manifest:
        del entry["symbol"]
    text = "\n".join(w.lines) + "\n"
    expected = {"file": entry["file"], "language": p.language, "doc_type": p.doc_type,
                "symbol_in_text": p.in_text, "symbol_in_manifest": p.in_manifest,
                **{kind: _by_paragraph(w.paragraphs, kind) for kind in _MENTION_KINDS},
                "mandates": w.mandates, "activities": w.activities}
    return Generated(entry["file"], text, entry, expected)


def _by_paragraph(paragraphs: dict[str, Paragraph], kind: str) -> dict[str, list[str]]:
    return {pid: sorted(getattr(f, kind)) for pid, f in paragraphs.items() if getattr(f, kind)}


def generate(folder: Path, documents: int, seed: int = 0) -> GeneratedCorpus:
    """Write `documents` documents of corpus `seed` into `folder`, with manifest.json and expected.json.

    Returns what was written. Same seed and size give byte-identical files, and
    document i is the same whatever `documents` is.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files, manifest, expected, characters = [], [], {}, 0
    for index in range(documents):
        doc = document(seed, index)
        path = folder / doc.file
        path.write_text(doc.text, encoding="utf-8")
        files.append(path)
        manifest.append(doc.manifest)
        symbol = doc.manifest.get("symbol") or plan(seed, index)[0].symbol
        expected[symbol] = doc.expected
        characters += len(doc.text)
    about = (f"Synthetic UN-style documents written by benchmarks/corpus.py (seed {seed}); not UN documents. "
             "'symbol_in_text' says whether the text states the symbol; an entry without 'symbol' leaves it "
             "to the text.")
    _write_json(folder / MANIFEST_NAME, {"about": about, "documents": manifest}, indent=1)
    _write_json(folder / EXPECTED_NAME, {"about": "The facts benchmarks/corpus.py put into each document, "
                                         "by symbol: organisations (acronyms), states (ISO3) and cited "
                                         "symbols by paragraph id; mandates; activities.",
                                         "seed": seed, "documents": expected})
    return GeneratedCorpus(folder, documents, characters, files)


def _write_json(path: Path, data: dict, indent: int | None = None) -> None:
    # Indenting takes the slow pure-Python encoder: only for the small manifest.
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=indent)
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Command line: write a corpus and print its size and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (created when missing)")
    parser.add_argument("--documents", type=int, required=True, help="how many documents")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    args = parser.parse_args(argv)
    started, cpu = time.perf_counter(), time.process_time()
    corpus = generate(args.out, args.documents, args.seed)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = sum(f.stat().st_size for f in corpus.files)
    print(f"{corpus.documents} documents, {corpus.characters:,} characters, {size / 1e6:.1f} MB "
          f"in {seconds:.2f} s wall, {cpu:.2f} s CPU ({corpus.documents / cpu:.0f} docs/s, "
          f"{size / 1e6 / cpu:.1f} MB/s of CPU)")


if __name__ == "__main__":
    main()
