"""From a read `Document` to RDF in the ontology's terms, in the document's own named graph."""

from collections.abc import Callable
from functools import lru_cache
from urllib.parse import quote

from rdflib import namespace

from ingest.model import Document, Mention, Section
from ingest.rdf import XSD, GraphWriter, Terms, date_literal, literal
from ontology import iris, namespaces

DCTERMS, RDF, RDFS = Terms(namespace.DCTERMS), Terms(namespace.RDF), Terms(namespace.RDFS)
UNKG = Terms(namespaces.UNKG)

XSD_DECIMAL = XSD + "decimal"
_CLASSES = {"report": UNKG.Report, "resolution": UNKG.Resolution}


class Minter:
    """Mints IRIs with `ontology.iris` under the base in force when made, remembering them.

    Minting reads the base from the environment and percent-encodes or slugs the key
    every time; a document names the same paragraphs and organisations many times.
    """

    def __init__(self) -> None:
        """Read the IRI base once."""
        self.base = iris.base()

    def __call__(self, mint: Callable[..., str], *args) -> str:
        """Return `mint(*args)`, e.g. `minter(iris.paragraph, symbol, pid)`."""
        return _minted(self.base, mint, args)


@lru_cache(maxsize=16384)
def _minted(base: str, mint: Callable[..., str], args: tuple) -> str:
    return mint(*args)


def map_document(doc: Document) -> GraphWriter:
    """Return the named graph of `doc`: the document, its metadata and its paragraphs."""
    out = GraphWriter(iris.document_graph(doc.symbol))
    d = iris.document(doc.symbol)
    out.add(d, RDF.type, _CLASSES.get(doc.doc_type, UNKG.Document))
    out.add(d, DCTERMS.identifier, literal(doc.symbol))
    out.add(d, RDFS.label, literal(doc.symbol))
    out.add(d, DCTERMS.language, literal(doc.language))
    out.add(d, RDFS.seeAlso, iris.undocs(doc.symbol))
    out.add(d, UNKG.sourceFile, literal(doc.source_file))
    if doc.title:
        lang = doc.language if doc.provenance.get("title") == "text" else "en"
        out.add(d, DCTERMS.title, literal(doc.title, lang=lang))
    if doc.title_en and doc.title_en != doc.title:
        out.add(d, DCTERMS.title, literal(doc.title_en, lang="en"))
    if doc.session is not None:
        out.add(d, UNKG.session, literal(int(doc.session)))
    if doc.agenda_item:
        out.add(d, UNKG.agendaItem, literal(doc.agenda_item))
    if doc.date:
        out.add(d, DCTERMS.issued, date_literal(doc.date))
    for section in doc.sections:
        _section(doc, section, out)
    minted = Minter()
    for position, para in enumerate(doc.paragraphs, start=1):
        p = minted(iris.paragraph, doc.symbol, para.pid)
        out.add(p, RDF.type, UNKG.Paragraph)
        out.add(p, UNKG.inDocument, d)
        out.add(p, UNKG.paragraphId, literal(para.pid))
        out.add(p, UNKG.position, literal(position))
        out.add(p, UNKG.text, literal(para.text, lang=doc.language))
        if para.section:
            out.add(p, UNKG.inSection, section_iri(doc.symbol, para.section))
    return out


def section_iri(symbol: str, sid: str) -> str:
    """Return the IRI of section `sid` ("二.A", "annex I") of document `symbol`.

    Section ids hold Chinese numbers, so they are percent-encoded rather than
    slugged (a slug would drop them and merge 一 with 二).
    """
    return f"{Minter()(iris.document, symbol)}/section/{quote(sid.replace(' ', '-'), safe='.-')}"


def _section(doc: Document, section: Section, out: GraphWriter) -> None:
    s = section_iri(doc.symbol, section.sid)
    out.add(s, RDF.type, UNKG.Section)
    out.add(s, UNKG.sectionOf, Minter()(iris.document, doc.symbol))
    out.add(s, UNKG.sectionId, literal(section.sid))
    out.add(s, UNKG.sectionLevel, literal(section.level))
    if section.number:
        out.add(s, UNKG.sectionNumber, literal(section.number))
    if section.heading:
        out.add(s, UNKG.heading, literal(section.heading, lang=doc.language))
    if section.parent:
        out.add(s, UNKG.parentSection, section_iri(doc.symbol, section.parent))


def map_mentions(doc: Document, mentions: list[Mention], out: GraphWriter) -> GraphWriter:
    """Add `mentions` of `doc` to `out` and return it.

    Organisations and states: `paragraph unkg:mentions thing`. Symbols:
    `paragraph dcterms:references document`, the cited document carrying its
    `dcterms:identifier` even when it is not in the graph. Candidate
    organisations, dates and periods: an `unkg:Mention` node with surface,
    span and confidence (dates and periods also their key and end). Figures
    stay with the fact extractors, which give them meaning.
    """
    minted = Minter()
    for m in mentions:
        p = minted(iris.paragraph, doc.symbol, m.pid)
        if m.kind == "organization":
            out.add(p, UNKG.mentions, minted(iris.organization, m.key))
        elif m.kind == "state":
            out.add(p, UNKG.mentions, minted(iris.state, m.key))
        elif m.kind == "symbol" and m.key != doc.symbol:
            cited = minted(iris.document, m.key)
            out.add(p, DCTERMS.references, cited)
            out.add(cited, DCTERMS.identifier, literal(m.key))
        elif m.kind in ("candidate", "date", "period") and not dict(m.detail).get("footnote"):
            _mention_node(p, m, out)
    return out


def _mention_node(paragraph: str, m: Mention, out: GraphWriter) -> None:
    node = f"{paragraph}/mention/{m.start}-{m.end}"
    out.add(node, RDF.type, UNKG.Mention)
    out.add(node, UNKG.inParagraph, paragraph)
    out.add(node, UNKG.mentionKind, literal(m.kind))
    out.add(node, UNKG.surface, literal(m.surface))
    out.add(node, UNKG.spanStart, literal(m.start))
    out.add(node, UNKG.spanEnd, literal(m.end))
    out.add(node, UNKG.mentionConfidence, literal(str(m.confidence), datatype=XSD_DECIMAL))
    if m.kind in ("date", "period"):
        out.add(node, UNKG.mentionKey, literal(m.key))
        if end := dict(m.detail).get("end"):
            out.add(node, UNKG.mentionEnd, literal(end))
