"""The ontology: a header, labels and definitions in both languages, a namespace module that matches."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from ontology import gen_namespaces, ontology_files, vocabularies
from ontology.iris import ONTOLOGY_NS
from ontology.namespaces import UNKG

ONTOLOGY = URIRef("https://w3id.org/unkg/ontology")


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    for path in ontology_files():
        g.parse(path)
    return g


def _own_terms(graph):
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in graph.subjects(RDF.type, kind):
            if str(term).startswith(ONTOLOGY_NS):
                yield term


def test_the_ontology_has_a_header(graph):
    for prop in (OWL.versionIRI, OWL.versionInfo, DCTERMS.license, DCTERMS.description, DCTERMS.title):
        assert graph.value(ONTOLOGY, prop) is not None, prop


@pytest.mark.parametrize("prop", [RDFS.label, SKOS.definition])
def test_every_term_has_english_and_chinese(graph, prop):
    missing = [
        (str(term), lang) for term in _own_terms(graph) for lang in ("en", "zh")
        if not any(isinstance(v, Literal) and v.language == lang for v in graph.objects(term, prop))
    ]
    assert missing == []


def test_namespaces_module_is_generated_from_the_turtle():
    assert gen_namespaces.main(["--check"]) == 0, "run: python -m ontology.gen_namespaces"


def test_a_misspelt_term_fails():
    assert UNKG.UNSystemEntity == URIRef(ONTOLOGY_NS + "UNSystemEntity")
    with pytest.raises(AttributeError):
        UNKG.UNSystemEnity  # noqa: B018


def test_every_organisation_kind_but_other_names_a_declared_class(graph):
    for key in vocabularies.concept_keys("organization-kind") - {"other"}:
        assert (vocabularies.class_of_kind(key), RDF.type, OWL.Class) in graph, key


def test_themes_that_are_goals_match_the_sdg_iris():
    g = Graph().parse(vocabularies.VOCABULARIES_FILE)
    theme = vocabularies.concept("theme", "gender-equality")
    assert g.value(theme, SKOS.closeMatch) == URIRef("http://metadata.un.org/sdg/5")


def test_an_unknown_concept_says_which_exist():
    with pytest.raises(vocabularies.UnknownConcept, match="use one of .*principal-organ"):
        vocabularies.concept("organization-kind", "principle-organ")
