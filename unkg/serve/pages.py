"""HTML pages of the endpoint: the index and an entity's description, from Jinja templates."""

from __future__ import annotations

from html import escape

import pyoxigraph as ox
from jinja2 import Environment, PackageLoader, select_autoescape

from ontology import iris

LABELS = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://purl.org/dc/terms/title"}
_env = Environment(loader=PackageLoader("unkg.serve", "templates"), autoescape=select_autoescape())


def _labels(triples: list[ox.Triple]) -> dict[str, str]:
    """Return one label per IRI, English first, then Chinese, then any."""
    rank = {"en": 0, "zh": 1}
    best: dict[str, tuple[int, str]] = {}
    for t in triples:
        if t.predicate.value in LABELS and isinstance(t.object, ox.Literal):
            score = rank.get(t.object.language or "", 2)
            if t.subject.value not in best or score < best[t.subject.value][0]:
                best[t.subject.value] = (score, t.object.value)
    return {iri: label for iri, (_, label) in best.items()}


def _cell(term, labels: dict[str, str]) -> str:
    """Return a term as HTML: a link (local when under the base) with its label, or a literal."""
    if isinstance(term, ox.NamedNode):
        href = term.value
        if href.startswith(iris.base()):
            href = "/" + href[len(iris.base()):]
        text = labels.get(term.value) or term.value
        return f'<a href="{escape(href)}">{escape(text)}</a>'
    if isinstance(term, ox.Literal) and term.language:
        return f'{escape(term.value)} <small lang="{escape(term.language)}">@{escape(term.language)}</small>'
    return escape(getattr(term, "value", str(term)))


def entity(iri: str, triples: list[ox.Triple]) -> str:
    """Return the HTML page describing `iri` from its triples (outgoing and incoming) and labels."""
    labels = _labels(triples)
    outgoing = sorted((t for t in triples if t.subject.value == iri),
                      key=lambda t: (t.predicate.value, str(t.object)))
    incoming = sorted((t for t in triples if t.object == ox.NamedNode(iri) and t.subject.value != iri),
                      key=lambda t: (t.predicate.value, t.subject.value))
    return _env.get_template("entity.html").render(
        iri=iri,
        title=labels.get(iri) or iri,
        outgoing=[(_cell(t.predicate, labels), _cell(t.object, labels)) for t in outgoing],
        incoming=[(_cell(t.subject, labels), _cell(t.predicate, labels)) for t in incoming],
    )


def index(root: str) -> str:
    """Return the endpoint's HTML index page for a server reached at `root`."""
    return _env.get_template("index.html").render(root=root)
