"""The unkg ontology, its SHACL shapes and the curated reference data, as files.

This package is the bottom floor: it knows where the Turtle and CSV files are
and how IRIs are minted. It imports nothing else of the project's.
"""

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent


def ontology_files() -> list[Path]:
    """Return the Turtle files that make up the OWL ontology (not shapes), sorted by name."""
    return sorted(p for p in ONTOLOGY_DIR.glob("*.ttl") if p.name != "shapes.ttl")
