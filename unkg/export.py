"""Exporting the graph as RDF in every common syntax."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from ingest.store import FORMATS, GraphStore

EXPORT_FORMATS = list(FORMATS)


def export(store: GraphStore, fmt: str, out: BinaryIO | Path) -> int:
    """Write the whole store as `fmt` to `out` (a binary stream or a path); return bytes written.

    Quad syntaxes (nquads, trig, jsonld) keep one named graph per source document;
    triple syntaxes (turtle, ntriples, rdfxml) write the union of the graphs.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = store.dump(fmt)
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    else:
        out.write(data)
    return len(data)
