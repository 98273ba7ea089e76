"""Facts as RDF: every fact of a sample document is a node derived from its paragraph, with its rule
and confidence, in the document's named graph, and the facts pass the SHACL shapes."""

import json

import pytest
from conftest import CORPUS
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from ingest.pipeline import read_document, to_rdf
from ontology import iris
from ontology.namespaces import PROV, UNKG
from ontology.validate import check_shacl, ontology_graph

FACT_CLASSES = [UNKG.Mandate, UNKG.Activity, UNKG.ElectoralAssistance, UNKG.Membership,
                UNKG.Succession, UNKG.Figure, UNKG.Agreement]


@pytest.fixture(scope="module", params=["A/74/285", "A/79/837", "A/RES/76/176"])
def document_graph(request):
    entry = next(e for e in json.loads((CORPUS / "manifest.json").read_text())["documents"]
                 if e["symbol"] == request.param)
    dataset = Dataset()
    dataset.parse(data=to_rdf(read_document(CORPUS / entry["file"], entry)).to_nquads(), format="nquads")
    return request.param, dataset


def _facts(graph):
    return {s for cls in FACT_CLASSES for s in graph.subjects(RDF.type, cls)}


def test_every_fact_is_in_the_documents_graph_with_its_paragraph_rule_and_confidence(document_graph):
    symbol, dataset = document_graph
    graph = dataset.graph(URIRef(iris.document_graph(symbol)))
    facts = _facts(graph)
    assert facts
    for fact in facts:
        [paragraph] = graph.objects(fact, PROV.wasDerivedFrom)
        assert str(paragraph).startswith(iris.document(symbol) + "/para/")
        assert graph.value(fact, UNKG.extractionRule) is not None
        assert 0 < float(graph.value(fact, UNKG.confidence)) <= 1


def test_the_facts_pass_the_shapes(document_graph):
    _, dataset = document_graph
    data = ontology_graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    assert len(_facts(data)) > 0
    result = check_shacl(data)
    assert result.ok, result.problems[:5]


def test_no_fact_leaks_into_another_graph(document_graph):
    symbol, dataset = document_graph
    own = URIRef(iris.document_graph(symbol))
    others = [g for g in dataset.graphs() if g.identifier != own and _facts(Graph() + g)]
    assert others == []
