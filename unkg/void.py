"""The VoID and DCAT description written beside every dump.

It says what the dump holds (triples, class and property partitions), where it
came from (each source document's named graph and UN symbol), under which
licence (the one the ontology declares) and from which build (the start time
recorded in `graph/build`). Every figure comes from a query in
`queries/dataset/`, so the description is true of any store, embedded or remote.
Nothing in it depends on when the export ran, so it is as deterministic as the dump.
"""

from __future__ import annotations

import pyoxigraph as ox

from queries import QUERIES_DIR, runner

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
MEDIA_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples", "nquads": "application/n-quads",
               "trig": "application/trig", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
TITLE = "unkg: a knowledge graph of the United Nations"
PREFIXES = {"void": VOID, "dcat": DCAT, "dcterms": DCT, "xsd": "http://www.w3.org/2001/XMLSchema#"}


def _rows(store, name: str) -> list[dict]:
    result = runner.run(store, runner.load(str(QUERIES_DIR / "dataset" / f"{name}.rq")))
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _count(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def _partitions(store, dataset: ox.NamedNode) -> list[ox.Triple]:
    triples = []
    # Partitions are blank nodes labelled by their rank in the sorted query results: stable labels.
    for rank, row in enumerate(_rows(store, "void-classes")):
        part = ox.BlankNode(f"class{rank}")
        triples += [ox.Triple(dataset, ox.NamedNode(VOID + "classPartition"), part),
                    ox.Triple(part, ox.NamedNode(VOID + "class"), row["class"]),
                    ox.Triple(part, ox.NamedNode(VOID + "entities"), row["entities"])]
    for rank, row in enumerate(_rows(store, "void-properties")):
        part = ox.BlankNode(f"property{rank}")
        triples += [ox.Triple(dataset, ox.NamedNode(VOID + "propertyPartition"), part),
                    ox.Triple(part, ox.NamedNode(VOID + "property"), row["property"]),
                    ox.Triple(part, ox.NamedNode(VOID + "triples"), row["triples"])]
    return triples


def _sources(store, dataset: ox.NamedNode) -> list[ox.Triple]:
    triples = []
    for row in _rows(store, "void-sources"):
        graph = row["graph"]
        triples += [ox.Triple(dataset, ox.NamedNode(VOID + "subset"), graph),
                    ox.Triple(graph, RDF_TYPE, ox.NamedNode(VOID + "Dataset")),
                    ox.Triple(graph, ox.NamedNode(VOID + "triples"), row["triples"]),
                    ox.Triple(graph, ox.NamedNode(DCT + "source"), row["document"]),
                    ox.Triple(row["document"], ox.NamedNode(DCT + "identifier"), row["symbol"]),
                    ox.Triple(dataset, ox.NamedNode(DCT + "source"), row["document"])]
    return triples


def _provenance(store, dataset: ox.NamedNode) -> list[ox.Triple]:
    triples = [ox.Triple(dataset, ox.NamedNode(DCT + "license"), row["license"])
               for row in _rows(store, "void-license")]
    builds = runner.run(store, runner.load("last-build")).rows
    if builds:
        triples.append(ox.Triple(dataset, ox.NamedNode(DCT + "modified"), builds[0][0]))
    return triples


def describe(store, filename: str, fmt: str, size: int, quads: int) -> bytes:
    """Return Turtle describing the dataset in `store` and its dump `filename` (`fmt`, `size` bytes)."""
    from unkg.export import dataset_iri

    dataset = ox.NamedNode(dataset_iri())
    dump = ox.NamedNode(f"{dataset.value}/dump/{filename}")
    triples = [
        ox.Triple(dataset, RDF_TYPE, ox.NamedNode(VOID + "Dataset")),
        ox.Triple(dataset, RDF_TYPE, ox.NamedNode(DCAT + "Dataset")),
        ox.Triple(dataset, ox.NamedNode(DCT + "title"), ox.Literal(TITLE, language="en")),
        ox.Triple(dataset, ox.NamedNode(VOID + "triples"), _count(quads)),
        ox.Triple(dataset, ox.NamedNode(VOID + "dataDump"), dump),
        ox.Triple(dataset, ox.NamedNode(DCAT + "distribution"), dump),
        ox.Triple(dump, RDF_TYPE, ox.NamedNode(DCAT + "Distribution")),
        ox.Triple(dump, ox.NamedNode(DCAT + "downloadURL"), dump),
        ox.Triple(dump, ox.NamedNode(DCAT + "mediaType"), ox.Literal(MEDIA_TYPES[fmt])),
        ox.Triple(dump, ox.NamedNode(DCAT + "byteSize"), _count(size)),
        ox.Triple(dump, ox.NamedNode(DCT + "title"), ox.Literal(filename)),
    ]
    triples += _partitions(store, dataset) + _sources(store, dataset) + _provenance(store, dataset)
    ordered = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
