"""The ontology reference: one HTML page of every class, property and concept scheme, in English and Chinese.

Generated from `ontology/*.ttl` (whatever files are there) with rdflib and a
Jinja template, so the reference cannot drift from the ontology. pyLODE was
considered: it documents one ontology at a time in one language and would pin
rdflib to its own range, while this page needs bilingual labels side by side
and the SKOS concept schemes of several files.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, URIRef

from ontology import iris, ontology_files

ONTOLOGY_IRI = URIRef(iris.ontology_ns().rstrip("#"))
KINDS = [
    ("classes", "Classes", "类", [OWL.Class, RDFS.Class]),
    ("object-properties", "Object properties", "对象属性", [OWL.ObjectProperty]),
    ("datatype-properties", "Datatype properties", "数据属性", [OWL.DatatypeProperty]),
    ("annotation-properties", "Annotation properties", "注释属性", [OWL.AnnotationProperty]),
    ("concept-schemes", "Concept schemes", "概念体系", [SKOS.ConceptScheme]),
]
LINKS = [
    ("subclass of", RDFS.subClassOf, False), ("subproperty of", RDFS.subPropertyOf, False),
    ("domain", RDFS.domain, False), ("range", RDFS.range, False),
    ("inverse of", OWL.inverseOf, False), ("in scheme", SKOS.inScheme, False),
    ("concepts", SKOS.inScheme, True),
]
_env = Environment(loader=PackageLoader("unkg", "templates"), autoescape=select_autoescape())


def load(files: list[Path] | None = None) -> Graph:
    """Return the ontology files (default: every `ontology/*.ttl` but the shapes) as one rdflib graph."""
    graph = Graph()
    for path in files or ontology_files():
        graph.parse(path, format="turtle")
    return graph


def _bilingual(graph: Graph, subject, predicates) -> dict[str, str]:
    found: dict[str, str] = {}
    for predicate in predicates:
        for value in graph.objects(subject, predicate):
            lang = getattr(value, "language", None) or "en"
            found.setdefault(lang, str(value))
    return found


def _anchor(graph: Graph, iri) -> str:
    """The ontology's own terms are anchored by their local name, so their hash IRIs resolve here."""
    if str(iri).startswith(iris.ontology_ns()):
        return str(iri)[len(iris.ontology_ns()):]
    return graph.namespace_manager.normalizeUri(iri).replace(":", "-")


def _ref(graph: Graph, iri, documented: set) -> dict:
    return {"text": graph.namespace_manager.normalizeUri(iri), "local": iri in documented,
            "anchor": _anchor(graph, iri)}


def _term(graph: Graph, iri, documented: set) -> dict:
    links = []
    for name, predicate, inverse in LINKS:
        values = graph.subjects(predicate, iri) if inverse else graph.objects(iri, predicate)
        refs = sorted((_ref(graph, v, documented) for v in values if isinstance(v, URIRef)),
                      key=lambda r: r["text"])
        if refs:
            links.append((name, refs))
    return {
        "iri": str(iri), "curie": graph.namespace_manager.normalizeUri(iri), "anchor": _anchor(graph, iri),
        "label": _bilingual(graph, iri, [SKOS.prefLabel, RDFS.label]),
        "definition": _bilingual(graph, iri, [SKOS.definition, RDFS.comment]),
        "links": links,
    }


def reference(graph: Graph) -> dict:
    """Return the page's data: the ontology's title and description, and the terms by kind, sorted."""
    kinds, documented = [], set()
    for _, _, _, types in KINDS:
        documented |= {s for t in types for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)}
    for anchor, title, title_zh, types in KINDS:
        subjects = sorted({s for t in types for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)})
        kinds.append({"id": anchor, "title": title, "title_zh": title_zh,
                      "terms": [_term(graph, s, documented) for s in subjects]})
    return {
        "title": _bilingual(graph, ONTOLOGY_IRI, [DCTERMS.title]),
        "description": _bilingual(graph, ONTOLOGY_IRI, [DCTERMS.description]),
        "version": graph.value(ONTOLOGY_IRI, OWL.versionInfo),
        "license": graph.value(ONTOLOGY_IRI, DCTERMS.license),
        "namespace": iris.ontology_ns(),
        "kinds": kinds,
    }


def render(files: list[Path] | None = None) -> str:
    """Return the HTML reference of the ontology files (default: `ontology/*.ttl`)."""
    files = files or ontology_files()
    data = reference(load(files))
    return _env.get_template("ontology.html").render(sources=[f.name for f in files], **data)


def write(directory: Path) -> Path:
    """Write the reference as `directory/index.html`; return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    out = directory / "index.html"
    out.write_text(render(), encoding="utf-8")
    return out
