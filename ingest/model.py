"""What reading a UN document yields: the document, its sections and its numbered paragraphs.

These plain dataclasses are the contract between the readers and structure
parser (which fill them) and the recognisers, extractors and RDF mapping (which
read them). They hold no RDF.
"""

from dataclasses import dataclass, field


@dataclass
class RawText:
    """The text of a file as a reader decoded it, before any cleaning."""

    text: str
    source: str  # file name the text was read from
    encoding: str  # encoding the reader used or detected, e.g. "utf-8", "gb18030", "pdf"


@dataclass
class Footnote:
    """A footnote: its marker as printed ("3") and its text."""

    marker: str
    text: str


@dataclass
class Section:
    """A section of a document: its number as printed ("二", "A", "IV"), heading and nesting."""

    sid: str  # unique within the document, e.g. "二", "二.A", "annex I"
    number: str
    heading: str
    level: int
    parent: str | None = None


@dataclass
class Paragraph:
    """A paragraph with its id as DESIGN.md defines them ("25", "annex II 3", "op 17", "pp 3")."""

    pid: str
    text: str
    kind: str = "numbered"  # numbered | operative | preambular | annex | unnumbered
    section: str | None = None  # sid of the enclosing section
    footnotes: list[Footnote] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # link targets printed near the paragraph


@dataclass
class Document:
    """A document as read: metadata, sections and paragraphs in document order."""

    symbol: str
    language: str
    source_file: str
    doc_type: str = "document"  # report | resolution | document | ...
    title: str | None = None
    body: str | None = None  # GA, SC, HRC, ...
    session: int | None = None
    agenda_item: str | None = None
    date: str | None = None  # at the precision stated: 2021, 2021-12, 2021-12-16
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    # For each metadata field, where its value came from: "text" or "manifest".
    provenance: dict[str, str] = field(default_factory=dict)
    title_en: str | None = None  # English title from the manifest (the text may give only its own)


@dataclass(frozen=True)
class Mention:
    """Something recognised in a paragraph: where it is, what it says, what it stands for.

    `key` is the normalised value: an organisation's acronym, a state's ISO 3166-1
    alpha-3 code, a document symbol in normal form, a date at its precision
    ("2024", "2024-05", "2024-05-11"), a figure's value. Spans index `Paragraph.text`.
    """

    kind: str  # organization | state | symbol | date | period | figure | candidate
    pid: str
    start: int
    end: int
    surface: str
    key: str
    confidence: float = 1.0
    detail: tuple[tuple[str, str], ...] = ()  # extra fields, e.g. (("end", "2022-11"),)
