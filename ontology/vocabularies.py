"""The SKOS concept schemes of `vocabularies.ttl`, looked up by scheme and notation.

Code and CSV files name a concept by its scheme ("organization-kind") and its
`skos:notation` ("principal-organ"); this module turns those keys into the
concept IRIs the Turtle declares, so that IRIs are written in one place only.
"""

from __future__ import annotations

import functools

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from ontology import ONTOLOGY_DIR
from ontology.iris import ONTOLOGY_NS

VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
SCHEME_BASE = "https://w3id.org/unkg/id/"
CLASS_OF_KIND = URIRef(ONTOLOGY_NS + "classOfKind")


class UnknownConcept(KeyError):
    """A key that is not the notation of any concept of its scheme."""


@functools.cache
def _graph() -> Graph:
    return Graph().parse(VOCABULARIES_FILE)


def scheme_iri(scheme: str) -> URIRef:
    """Return the IRI of concept scheme `scheme` ("organization-kind", "theme", ...)."""
    return URIRef(f"{SCHEME_BASE}{scheme}/")


@functools.cache
def concepts(scheme: str) -> dict[str, URIRef]:
    """Return the concepts of `scheme` by notation."""
    graph = _graph()
    return {
        str(graph.value(c, SKOS.notation)): c
        for c in graph.subjects(SKOS.inScheme, scheme_iri(scheme))
    }


def concept_keys(scheme: str) -> set[str]:
    """Return the notations of the concepts of `scheme`."""
    return set(concepts(scheme))


def concept(scheme: str, key: str) -> URIRef:
    """Return the IRI of the concept of `scheme` whose notation is `key`; raise UnknownConcept if none."""
    try:
        return concepts(scheme)[key]
    except KeyError:
        known = ", ".join(sorted(concepts(scheme)))
        raise UnknownConcept(f"{key!r} is not a concept of {scheme} – use one of {known}") from None


def class_of_kind(key: str) -> URIRef | None:
    """Return the OWL class for organisation kind `key` (e.g. unkg:PrincipalOrgan), or None for "other"."""
    value = _graph().value(concept("organization-kind", key), CLASS_OF_KIND)
    return URIRef(value) if value is not None else None
