"""`unkg docs`: the HTML reference of the ontology, in English and Chinese."""

import re

from rdflib import OWL, RDF, SKOS
from typer.testing import CliRunner

from unkg.cli import app
from unkg.docs import load, reference, render

SMALL = """
@prefix unkg: <https://w3id.org/unkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix th: <https://w3id.org/unkg/id/theme/> .

unkg:Report a owl:Class ; rdfs:label "report"@en , "报告"@zh ;
    skos:definition "A document that reports to an organ."@en , "向机关提交的文件。"@zh .
unkg:symbol a owl:DatatypeProperty ; rdfs:label "symbol"@en , "文号"@zh ; rdfs:domain unkg:Report .
th:themes a skos:ConceptScheme ; skos:prefLabel "themes"@en , "主题"@zh .
th:youth a skos:Concept ; skos:prefLabel "youth"@en , "青年"@zh ; skos:inScheme th:themes .
"""


def _small(tmp_path):
    path = tmp_path / "small.ttl"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_a_class_shows_its_labels_and_definitions_in_both_languages(tmp_path):
    html = render([_small(tmp_path)])
    section = re.search(r'<section class="term" id="Report">.*?</section>', html, re.S).group(0)
    assert '<h3>report <span lang="zh">报告</span></h3>' in section
    assert "<dt>definition</dt><dd>A document that reports to an organ.</dd>" in section
    assert '<dt>定义</dt><dd lang="zh">向机关提交的文件。</dd>' in section


def test_a_property_links_to_its_domain(tmp_path):
    html = render([_small(tmp_path)])
    section = re.search(r'<section class="term" id="symbol">.*?</section>', html, re.S).group(0)
    assert '<dt>domain</dt><dd><a href="#Report">unkg:Report</a></dd>' in section


def test_a_concept_scheme_lists_its_concepts(tmp_path):
    html = render([_small(tmp_path)])
    section = re.search(r'<section class="term" id="th-themes">.*?</section>', html, re.S).group(0)
    assert '<h3>themes <span lang="zh">主题</span></h3>' in section
    assert "<dt>concepts</dt><dd><code>th:youth</code></dd>" in section


def test_every_class_property_and_scheme_of_the_ontology_has_a_section():
    graph = load()
    kinds = [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, SKOS.ConceptScheme]
    terms = {s for k in kinds for s in graph.subjects(RDF.type, k)}
    documented = {t["iri"] for kind in reference(graph)["kinds"] for t in kind["terms"]}
    assert documented == {str(t) for t in terms}
    assert render().count('<section class="term"') == len(terms)


def test_unkg_docs_writes_index_html(tmp_path):
    result = CliRunner().invoke(app, ["docs", "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "unkg：联合国知识图谱" in page
