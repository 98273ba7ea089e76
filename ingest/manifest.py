"""The corpus manifest: metadata a document's text may lack (symbol, body, session, title).

A manifest is a `manifest.json` beside the documents, with a list under
"documents", one object per file (see data/corpus/manifest.json).
"""

import json
from pathlib import Path

from ingest.errors import UnkgError

MANIFEST_NAME = "manifest.json"


class BadManifest(UnkgError):
    """A manifest file is not valid JSON or lacks the expected fields."""


def load_manifest(directory: Path) -> dict[str, dict]:
    """Return the manifest entries of `directory` keyed by file name; {} when there is none."""
    path = directory / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["documents"]
        return {entry["file"]: entry for entry in entries}
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise BadManifest(
            f"{path}: not a unkg manifest ({exc}); it needs "
            '{"documents": [{"file": ..., "symbol": ...}, ...]}'
        ) from exc


def manifest_entry(path: Path, cache: dict[Path, dict[str, dict]] | None = None) -> dict:
    """Return the manifest entry for the document file at `path`, or {} when none names it."""
    directory = path.resolve().parent
    if cache is None:
        return load_manifest(directory).get(path.name, {})
    if directory not in cache:
        cache[directory] = load_manifest(directory)
    return cache[directory].get(path.name, {})
