"""The corpus manifest: metadata a document's text may lack (symbol, body, session, title).

A manifest is a `manifest.json` beside the documents, with a list under
"documents", one object per file (see data/corpus/manifest.json). It is
optional metadata: a manifest that cannot be read gives no entries (documents
that print their own symbol still build) and is reported once, by `problem`,
as is a manifest naming files that are not in its folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest.errors import UnkgError

MANIFEST_NAME = "manifest.json"
_SHAPE = '{"documents": [{"file": ..., "symbol": ...}, ...]}'


class BadManifest(UnkgError):
    """A manifest file is not valid JSON or lacks the expected fields."""


def load_manifest(directory: Path) -> dict[str, dict]:
    """Return the manifest entries of `directory` keyed by file name; {} when there is none.

    Raises BadManifest naming the file and, for invalid JSON, the line and column.
    """
    path = directory / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise BadManifest(
            f"{path}: not valid JSON ({exc.msg[:1].lower()}{exc.msg[1:]} at line {exc.lineno}, "
            f"column {exc.colno}); fix it, or give each document's symbol in its text"
        ) from None
    except (UnicodeDecodeError, OSError) as exc:
        raise BadManifest(f"{path}: cannot be read as UTF-8 text ({exc}); save it as UTF-8") from None
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BadManifest(f'{path}: not a unkg manifest (no "documents" list); it needs {_SHAPE}')
    bad = [i for i, e in enumerate(entries) if not (isinstance(e, dict) and isinstance(e.get("file"), str))]
    if bad:
        raise BadManifest(
            f'{path}: document entry {bad[0] + 1} has no "file" name; it needs {_SHAPE}'
        )
    return {entry["file"]: entry for entry in entries}


def problem(directory: Path, check_files: bool = True) -> str | None:
    """Return what is wrong with the manifest of `directory`, as a one-line error; None when nothing is.

    With `check_files`, a manifest naming files that are not in `directory` is wrong too.
    """
    try:
        entries = load_manifest(directory)
    except BadManifest as exc:
        return str(exc)
    missing = sorted(name for name in entries if not (directory / name).is_file())
    if check_files and missing:
        return (f"{directory / MANIFEST_NAME}: names files that are not in its folder: "
                f"{', '.join(missing)}; add them or remove their entries")
    return None


def manifest_entry(path: Path, cache: dict[Path, dict[str, dict]] | None = None) -> dict:
    """Return the manifest entry for the document file at `path`; {} when none names it.

    A manifest that cannot be read gives {} here; `problem` reports it.
    """
    directory = path.resolve().parent
    if cache is None:
        return _entries(directory).get(path.name, {})
    if directory not in cache:
        cache[directory] = _entries(directory)
    return cache[directory].get(path.name, {})


def _entries(directory: Path) -> dict[str, dict]:
    try:
        return load_manifest(directory)
    except BadManifest:
        return {}
