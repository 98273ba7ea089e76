"""The reference data as RDF: organisations, states and successions in the ontology's terms.

`reference_graph()` returns an rdflib Graph that `ingest/build.py` loads into the
named graph `graph/reference`, and that `unkg validate` reasons over with the
ontology. Labels are SKOS (`prefLabel` per language, `altLabel` for short forms),
parents are `org:subOrganizationOf`, successions are `org:ChangeEvent`s. A
state's representative point is `geo:lat`/`geo:long` of the W3C WGS84 vocabulary
(decimal degrees), for maps.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SKOS, XSD

from ontology import reference, vocabularies
from ontology.namespaces import UNKG

GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
_STATE_CLASSES = {"member": UNKG.MemberState, "observer": UNKG.ObserverState, "territory": UNKG.Territory}
_PRECISION = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def date_literal(value: str) -> Literal:
    """Return `value` ("2024", "2024-11", "2019-01-01") typed at its precision (gYear, gYearMonth, date)."""
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise reference.ReferenceDataError(f"date {value!r} – write YYYY, YYYY-MM or YYYY-MM-DD")
    return Literal(value, datatype=_PRECISION[len(value)])


def _labels(graph: Graph, node: URIRef, name_en: str, name_zh: str, alt_en, alt_zh) -> None:
    graph.add((node, SKOS.prefLabel, Literal(name_en, lang="en")))
    if name_zh:
        graph.add((node, SKOS.prefLabel, Literal(name_zh, lang="zh")))
    for form in alt_en:
        if form != name_en:
            graph.add((node, SKOS.altLabel, Literal(form, lang="en")))
    for form in alt_zh:
        if form != name_zh:
            graph.add((node, SKOS.altLabel, Literal(form, lang="zh")))


def add_organization(graph: Graph, org: reference.Organization) -> None:
    """Add one organisation: class of its kind, labels, acronym, kind concept, parent."""
    node = URIRef(org.iri)
    graph.add((node, RDF.type, vocabularies.class_of_kind(org.kind) or ORG.FormalOrganization))
    graph.add((node, UNKG.acronym, Literal(org.acronym)))
    graph.add((node, UNKG.organizationKind, vocabularies.concept("organization-kind", org.kind)))
    _labels(graph, node, org.name_en, org.name_zh, org.alt_en, org.short_zh)
    if org.parent:
        graph.add((node, ORG.subOrganizationOf, URIRef(reference.organization_index()[org.parent].iri)))
    if org.wikidata:
        graph.add((node, UNKG.wikidata, URIRef(f"http://www.wikidata.org/entity/{org.wikidata}")))
    graph.add((node, DCTERMS.source, Literal(f"ontology/reference/{org.source_file}")))


def add_state(graph: Graph, state: reference.State) -> None:
    """Add one state or territory: class of its status, labels, ISO and M49 codes."""
    node = URIRef(state.iri)
    graph.add((node, RDF.type, _STATE_CLASSES[state.status]))
    # The UN's short name is the label people read in lists; the ISO official name is an alternative.
    _labels(graph, node, state.short_en, state.name_zh, (state.name_en,), state.short_zh)
    graph.add((node, UNKG.iso3166Alpha3, Literal(state.iso3)))
    graph.add((node, UNKG.iso3166Alpha2, Literal(state.iso2)))
    graph.add((node, UNKG.m49, Literal(state.m49)))
    graph.add((node, DCTERMS.source, Literal(f"ontology/reference/{reference.STATES_FILE}")))
    location = reference.state_locations().get(state.iso3)
    if location:
        graph.add((node, GEO.lat, Literal(f"{location.latitude:.2f}", datatype=XSD.decimal)))
        graph.add((node, GEO.long, Literal(f"{location.longitude:.2f}", datatype=XSD.decimal)))


def add_succession(graph: Graph, succession: reference.Succession) -> None:
    """Add one succession as an org:ChangeEvent with its two organisations, date, kind and source."""
    index = reference.organization_index()
    node = URIRef(succession.iri)
    graph.add((node, RDF.type, UNKG.Lineage))
    graph.add((node, ORG.originalOrganization, URIRef(index[succession.predecessor].iri)))
    graph.add((node, ORG.resultingOrganization, URIRef(index[succession.successor].iri)))
    graph.add((node, UNKG.date, date_literal(succession.date)))
    graph.add((node, UNKG.successionKind, vocabularies.concept("succession-kind", succession.kind)))
    graph.add((node, DCTERMS.source, Literal(succession.source)))


def reference_graph() -> Graph:
    """Return every organisation, state and succession of the reference data as one rdflib Graph."""
    graph = Graph()
    for org in reference.organizations():
        add_organization(graph, org)
    for state in reference.states():
        add_state(graph, state)
    for succession in reference.successions():
        add_succession(graph, succession)
    return graph
