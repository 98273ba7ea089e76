"""Canned SPARQL queries (one `.rq` file per question) and the runner that binds and formats them."""

from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent
