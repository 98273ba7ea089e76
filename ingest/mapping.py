"""From a read `Document` to RDF in the ontology's terms, in the document's own named graph."""

from rdflib.namespace import DCTERMS, RDF, RDFS

from ingest.model import Document
from ingest.rdf import GraphWriter, date_literal, literal
from ontology import iris
from ontology.namespaces import UNKG

_CLASSES = {"report": UNKG.Report, "resolution": UNKG.Resolution}


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
        out.add(d, DCTERMS.title, literal(doc.title, lang="en"))
    if doc.session is not None:
        out.add(d, UNKG.session, literal(int(doc.session)))
    if doc.agenda_item:
        out.add(d, UNKG.agendaItem, literal(doc.agenda_item))
    if doc.date:
        out.add(d, DCTERMS.issued, date_literal(doc.date))
    for position, para in enumerate(doc.paragraphs, start=1):
        p = iris.paragraph(doc.symbol, para.pid)
        out.add(p, RDF.type, UNKG.Paragraph)
        out.add(p, UNKG.inDocument, d)
        out.add(p, UNKG.paragraphId, literal(para.pid))
        out.add(p, UNKG.position, literal(position))
        out.add(p, UNKG.text, literal(para.text, lang=doc.language))
    return out
