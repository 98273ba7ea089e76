"""Content negotiation for the endpoint: which media type answers which `Accept` header.

Results of SELECT and ASK come as SPARQL JSON (the default), XML, CSV or TSV;
graphs from CONSTRUCT and DESCRIBE (and entity descriptions) as Turtle (the
default), N-Triples, JSON-LD or RDF/XML. This module imports only pyoxigraph,
because the query workers load it.
"""

from __future__ import annotations

import pyoxigraph as ox

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}

GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


class NotAcceptable(Exception):
    """No media type the client accepts can carry this kind of result."""


def _ranked(accept: str | None) -> list[str]:
    """Return the media types of an `Accept` header, most preferred first (q=0 dropped)."""
    ranked = []
    for order, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((-quality, order, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def choose(accept: str | None, offered: list[str]) -> str:
    """Return the first of `offered` that `accept` prefers (wildcards allowed); raise NotAcceptable."""
    for media in _ranked(accept):
        if media in offered:
            return media
        major, _, minor = media.partition("/")
        if minor == "*":
            for candidate in offered:
                if major == "*" or candidate.startswith(major + "/"):
                    return candidate
    raise NotAcceptable(f"cannot answer with any of: {accept}; this endpoint offers {', '.join(offered)}")


def result_type(accept: str | None) -> str:
    """Return the media type for SELECT/ASK results that `accept` prefers."""
    return choose(accept, list(RESULT_TYPES))


def graph_type(accept: str | None) -> str:
    """Return the media type for a graph that `accept` prefers."""
    return choose(accept, list(GRAPH_TYPES))
