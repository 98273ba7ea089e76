"""Naming the inputs of a document graph by hash, so that a build can tell what it need not read again.

A document graph is a function of three things: the source file's bytes, its
manifest entry, and the pipeline (the code of `ingest/` and `ontology/`, the
ontology and reference files there, and the versions of the libraries the
project depends on). Each is hashed with SHA-256; the three together name the
graph's inputs with one `ni:` IRI (RFC 6920, "Naming Things with Hashes") that
the build record keeps, and a build skips a file whose inputs' IRI is the one
recorded for a graph still in the store.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIPELINE_DIRS = ("ingest", "ontology")


def ni(data: bytes) -> str:
    """Return the RFC 6920 name of `data`: `ni:///sha-256;` and its SHA-256 in unpadded base64url."""
    encoded = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
    return f"ni:///sha-256;{encoded}"


def file_sha256(path: Path) -> str:
    """Return the SHA-256 (hex) of the bytes of the file at `path`."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def ni_of_sha256(hexdigest: str) -> str:
    """Return the `ni:` IRI of data whose SHA-256 is `hexdigest` (hex); `sha256_of` reads it back."""
    encoded = base64.urlsafe_b64encode(bytes.fromhex(hexdigest)).rstrip(b"=").decode("ascii")
    return f"ni:///sha-256;{encoded}"


def sha256_of(name: str) -> str:
    """Return the SHA-256 (hex) named by the `ni:` IRI `name` (see `ni`); empty when it names none."""
    prefix = "ni:///sha-256;"
    if not name.startswith(prefix):
        return ""
    encoded = name[len(prefix):]
    return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).hex()


def file_stat(path: Path) -> tuple[int, int]:
    """Return the size in bytes and the modification time in nanoseconds of the file at `path`."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _dependency_versions() -> list[str]:
    try:
        requires = importlib.metadata.requires("unkg") or []
    except importlib.metadata.PackageNotFoundError:
        return []
    names = sorted({re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0] for r in requires if "extra ==" not in r})
    versions = []
    for name in names:
        try:
            versions.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} missing")
    return versions


@cache
def pipeline() -> str:
    """Return the `ni:` IRI of the pipeline: the files of ingest/ and ontology/, Python and library versions.

    Computed once per process; any edit to the code, the ontology or the
    reference tables, or an upgrade of a dependency, gives a new IRI.
    """
    digest = hashlib.sha256()
    for folder in PIPELINE_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"{path.relative_to(ROOT).as_posix()}\0{file_sha256(path)}\n".encode())
    digest.update(f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    digest.update("\n".join(_dependency_versions()).encode())
    return ni(digest.hexdigest().encode("ascii"))


def document_inputs(name: str, source_sha256: str, entry: dict, pipeline_iri: str) -> str:
    """Return the `ni:` IRI naming what a document graph is made of.

    `name` is the source file's name, `source_sha256` the SHA-256 of its bytes,
    `entry` its manifest entry and `pipeline_iri` the pipeline's IRI; the
    IRI hashes them written as canonical JSON (sorted keys, no spaces).
    """
    inputs = {"file": name, "sha256": source_sha256, "manifest": entry, "pipeline": pipeline_iri}
    return ni(json.dumps(inputs, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
