"""Facts → RDF in the ontology's terms, in the document's named graph, each with its provenance.

Every fact is a node typed by its class, `prov:wasDerivedFrom` its paragraph,
with `unkg:extractionRule`, `unkg:confidence` and `unkg:origin` ("stated": read
from the text by a rule). The entities a fact names get their IRIs from
`ontology.iris` and a `unkg:key` (acronym, ISO3 or English name), so queries can
name them without joining the reference graph.
"""

from __future__ import annotations

from collections import Counter

from rdflib import namespace

from ingest.extract import model
from ingest.extract.vocabulary import verbs
from ingest.mapping import Minter
from ingest.model import Document
from ingest.rdf import XSD, GraphWriter, Terms, date_literal, literal
from ontology import iris, namespaces, vocabularies

DCTERMS, RDF = Terms(namespace.DCTERMS), Terms(namespace.RDF)
ORG, PROV, UNKG = Terms(namespaces.ORG), Terms(namespaces.PROV), Terms(namespaces.UNKG)

_CLASSES = {
    "mandate": UNKG.Mandate,
    "activity": UNKG.Activity,
    "electoral-assistance": UNKG.ElectoralAssistance,
    "membership": UNKG.Membership,
    "succession": UNKG.Succession,
    "figure": UNKG.Figure,
    "agreement": UNKG.Agreement,
}


def party_iri(party: model.Party) -> str:
    """Return the IRI of a party: organisations by acronym, states by ISO3, others by name."""
    if party.kind == "organization":
        return iris.organization(party.key)
    if party.kind == "state":
        return iris.state(party.key)
    if party.kind == "parliament":
        return iris.thing("parliament", party.key.upper())
    return iris.thing(party.kind, iris.slug(party.key))


def _party(out: GraphWriter, party: model.Party, node: str, minted: Minter) -> str:
    out.add(node, UNKG.key, literal(party.key))
    if party.kind == "organization":
        out.add(node, UNKG.acronym, literal(party.key))
    if party.kind in {"group", "office"}:
        out.add(node, RDF.type, UNKG.Group)
    if party.kind == "parliament":
        out.add(node, RDF.type, UNKG.NationalParliament)
        out.add(node, UNKG.parliamentOf, minted(iris.state, party.key))
    return node


def _date(value: str):
    try:
        return date_literal(value)
    except ValueError:
        return literal(value)


class FactWriter:
    """Writes facts of one document into its graph writer, minting one IRI per fact."""

    def __init__(self, doc: Document, out: GraphWriter) -> None:
        """Write into `out` the facts of `doc`."""
        self.doc, self.out, self.counts = doc, out, Counter()
        self.verb_iris = {v.notation: v.iri for v in verbs()}
        self.minted = Minter()
        self.prefixes: dict[tuple[str, str], str] = {}  # (kind, pid) -> IRI of its facts without the number

    def node(self, fact: model.Fact) -> str:
        """Add the node of `fact` with its class and provenance; return its IRI."""
        where = (fact.kind, fact.pid)
        self.counts[where] += 1
        if where not in self.prefixes:  # a key's parts percent-encode one by one: mint the prefix once
            self.prefixes[where] = iris.thing(fact.kind, f"{self.doc.symbol}/{iris.slug(fact.pid)}/")
        node = self.prefixes[where] + str(self.counts[where])
        self.out.add(node, RDF.type, _CLASSES[fact.kind])
        self.out.add(node, PROV.wasDerivedFrom, self.minted(iris.paragraph, self.doc.symbol, fact.pid))
        self.out.add(node, UNKG.extractionRule, literal(fact.rule))
        self.out.add(node, UNKG.confidence, literal(f"{fact.confidence:.2f}", datatype=XSD + "decimal"))
        self.out.add(node, UNKG.origin, literal("stated"))
        return node

    def link(self, node: str, predicate: str, parties) -> None:
        """Link `node` by `predicate` to each party."""
        for party in parties:
            if party is not None:
                thing = self.minted(party_iri, party)
                self.out.add(node, predicate, _party(self.out, party, thing, self.minted))

    def mandate(self, fact: model.Mandate) -> None:
        """Write a mandate: verb, addressee as written and normalised, deliverables, summary, source."""
        node, out, lang = self.node(fact), self.out, self.doc.language
        out.add(node, UNKG.actionVerb, self.verb_iris[fact.verb])
        out.add(node, UNKG.verbWritten, literal(fact.verb_written, lang=lang))
        if fact.addressee:
            self.link(node, UNKG.addressee, [fact.addressee])
            out.add(node, UNKG.addresseeWritten, literal(fact.addressee.written, lang=lang))
        for deliverable in fact.deliverables:
            out.add(node, UNKG.deliverable, literal(deliverable))
        self.link(node, UNKG.mentionsEntity, fact.mentions)
        out.add(node, UNKG.summary, literal(fact.summary, lang=lang))
        if fact.cites:
            out.add(node, UNKG.citesResolution, iris.document(fact.cites))
        if fact.date:
            out.add(node, UNKG.date, _date(fact.date))

    def electoral_assistance(self, fact: model.ElectoralAssistance) -> None:
        """Write a state's receipt of electoral assistance, its status and Security Council mark."""
        node = self.node(fact)
        self.link(node, UNKG.recipient, [fact.state])
        self.out.add(node, UNKG.recipientStatus, literal(fact.status))
        self.out.add(node, UNKG.underSecurityCouncilMandate, literal(fact.sc_mandate))
        self.out.add(node, UNKG.activityKind, literal("electoral assistance"))

    def membership(self, fact: model.Membership) -> None:
        """Write a stated membership as an org:Membership."""
        node = self.node(fact)
        self.link(node, ORG.organization, [fact.group])
        self.link(node, ORG.member, [fact.member])

    def succession(self, fact: model.Succession) -> None:
        """Write a succession as an org:ChangeEvent (as lineage.rq reads the reference data's)."""
        node = self.node(fact)
        self.out.add(node, RDF.type, ORG.ChangeEvent)
        self.link(node, ORG.originalOrganization, [fact.original])
        self.link(node, ORG.resultingOrganization, [fact.resulting])
        kind = "renamed" if fact.rule == "succession.renamed" else "succeeded"
        self.out.add(node, UNKG.successionKind, vocabularies.concept("succession-kind", kind))
        self.out.add(node, DCTERMS.source, iris.document(self.doc.symbol))
        if fact.date:
            self.out.add(node, UNKG.date, _date(fact.date))

    def figure(self, fact: model.Figure) -> None:
        """Write a figure: measure, value, area and period."""
        node = self.node(fact)
        self.out.add(node, UNKG.measure, literal(fact.measure))
        self.out.add(node, UNKG.value, literal(fact.value, datatype=XSD + "decimal"))
        self.link(node, UNKG.area, [fact.area])
        if fact.period:
            self.out.add(node, UNKG.period, literal(fact.period))

    def agreement(self, fact: model.Agreement) -> None:
        """Write an agreement: kind, parties, date, renewal."""
        node = self.node(fact)
        self.out.add(node, UNKG.agreementKind, literal(fact.agreement_kind))
        self.link(node, UNKG.party, fact.parties)
        self.out.add(node, UNKG.renewal, literal(fact.renewal))
        if fact.date:
            self.out.add(node, UNKG.date, _date(fact.date))

    def activity(self, fact: model.Activity) -> None:
        """Write an activity: kind, actors, partners, countries, date, title, theme."""
        node, out = self.node(fact), self.out
        out.add(node, UNKG.activityKind, literal(fact.activity_kind))
        self.link(node, PROV.wasAssociatedWith, fact.actors)
        self.link(node, UNKG.partner, fact.partners)
        self.link(node, UNKG.country, fact.countries)
        if fact.date:
            out.add(node, UNKG.date, _date(fact.date))
        if fact.title:
            out.add(node, DCTERMS.title, literal(fact.title, lang=self.doc.language))
        for theme in fact.themes:
            out.add(node, UNKG.theme, literal(theme))


def map_facts(doc: Document, facts: list[model.Fact], out: GraphWriter) -> GraphWriter:
    """Add `facts` read from `doc` to its graph writer `out` and return it."""
    writer = FactWriter(doc, out)
    for fact in facts:
        getattr(writer, fact.kind.replace("-", "_"))(fact)
    return out
