"""One document through the flow: read → structure → (recognise → extract) → map to RDF.

This is what a build worker runs for each file. Each stage is a function of
the stage before; later stages hook in here, in one place.
"""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.extract.mapping import map_facts
from ingest.mapping import map_document, map_mentions
from ingest.model import Document, Mention
from ingest.rdf import GraphWriter
from ingest.readers import reader_for
from ingest.recognise import recognise
from ingest.structure import parse


def read_document(path: Path, metadata: dict) -> Document:
    """Read and structure the file at `path`, with its manifest entry `metadata`."""
    return parse(reader_for(path)(path), metadata)


def to_rdf(doc: Document, mentions: list[Mention] | None = None) -> GraphWriter:
    """Return the named graph of everything unkg knows from `doc` (recognising `mentions` unless given)."""
    out = map_document(doc)
    mentions = recognise(doc) if mentions is None else mentions
    map_mentions(doc, mentions, out)
    return map_facts(doc, extract(doc, mentions), out)
