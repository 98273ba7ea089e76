"""Namespaces used across unkg; `UNKG` is closed, so a misspelt term fails at import.

The list of `UNKG` terms mirrors the classes and properties declared in
`ontology/*.ttl`; tests/test_ontology.py checks that the two agree.
"""

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

from ontology.iris import ONTOLOGY_NS


class UNKG(DefinedNamespace):
    """The unkg ontology's terms."""

    _NS = Namespace(ONTOLOGY_NS)
    _fail = True

    Document: URIRef
    Report: URIRef
    Resolution: URIRef
    Paragraph: URIRef
    inDocument: URIRef
    paragraphId: URIRef
    position: URIRef
    text: URIRef
    session: URIRef
    agendaItem: URIRef
    sourceFile: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SDG = Namespace("http://metadata.un.org/sdg/")
