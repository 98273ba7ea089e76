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
    # facts (ontology/facts.ttl)
    Fact: URIRef
    Mandate: URIRef
    Activity: URIRef
    ElectoralAssistance: URIRef
    Membership: URIRef
    Succession: URIRef
    Figure: URIRef
    Agreement: URIRef
    Group: URIRef
    extractionRule: URIRef
    confidence: URIRef
    origin: URIRef
    actionVerb: URIRef
    verbType: URIRef
    verbWritten: URIRef
    addressee: URIRef
    addresseeWritten: URIRef
    deliverable: URIRef
    mentionsEntity: URIRef
    summary: URIRef
    citesResolution: URIRef
    key: URIRef
    recipient: URIRef
    recipientStatus: URIRef
    underSecurityCouncilMandate: URIRef
    measure: URIRef
    value: URIRef
    area: URIRef
    period: URIRef
    party: URIRef
    renewal: URIRef
    agreementKind: URIRef
    activityKind: URIRef
    partner: URIRef
    country: URIRef
    theme: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SDG = Namespace("http://metadata.un.org/sdg/")
