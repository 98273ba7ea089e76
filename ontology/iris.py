"""Minting IRIs: one configurable base, ontology terms under `ontology#`, things under `id/`.

The base for things comes from the environment variable `UNKG_BASE` (default
`https://w3id.org/unkg/`). The ontology's own terms stay in the published
namespace `https://w3id.org/unkg/ontology#` whatever the base, so that graphs
built under different bases share one vocabulary. Keys keep the identifiers people know: documents by
their UN symbol (`id/document/A/RES/76/176`), paragraphs under their document
(`.../para/op-17`), organisations by a slug of their acronym (`id/org/un-women`),
states by ISO 3166-1 alpha-3 (`id/state/ECU`).
"""

import os
import re
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/unkg/"
ONTOLOGY_NS = "https://w3id.org/unkg/ontology#"

# Characters kept as they are in a key; everything else is percent-encoded.
_SAFE = "/()-._~"


def base() -> str:
    """Return the configured IRI base, always ending with a slash."""
    value = os.environ.get("UNKG_BASE", DEFAULT_BASE)
    return value if value.endswith("/") else value + "/"


def ontology_ns() -> str:
    """Return the namespace of the ontology's own terms: `https://w3id.org/unkg/ontology#`."""
    return ONTOLOGY_NS


def slug(text: str) -> str:
    """Return a lower-case IRI-safe slug: letters and digits kept, runs of anything else as `-`.

    >>> slug("UN-Women")
    'un-women'
    >>> slug("annex II 3")
    'annex-ii-3'
    """
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-")


def _key(text: str) -> str:
    return quote(text, safe=_SAFE)


def document(symbol: str) -> str:
    """Return the IRI of the document with this UN symbol (normal form, e.g. `A/RES/76/176`)."""
    return f"{base()}id/document/{_key(symbol)}"


def paragraph(symbol: str, pid: str) -> str:
    """Return the IRI of paragraph `pid` ("25", "op 17", "annex II 3") of document `symbol`."""
    return f"{document(symbol)}/para/{slug(pid)}"


def document_graph(symbol: str) -> str:
    """Return the IRI of the named graph that holds everything read from document `symbol`."""
    return f"{base()}graph/document/{_key(symbol)}"


def graph(name: str) -> str:
    """Return the IRI of a named graph kept by unkg itself ("ontology", "reference", "build")."""
    return f"{base()}graph/{slug(name)}"


def thing(kind: str, key: str) -> str:
    """Return the IRI of a thing of `kind` ("org", "state", "mandate", ...) with this key."""
    return f"{base()}id/{kind}/{_key(key)}"


def organization(acronym: str) -> str:
    """Return the IRI of the organisation known by this acronym (slugged: `UN-Women` -> `un-women`)."""
    return thing("org", slug(acronym))


def state(iso3: str) -> str:
    """Return the IRI of the state or territory with this ISO 3166-1 alpha-3 code."""
    return thing("state", iso3.upper())


def undocs(symbol: str) -> str:
    """Return the address of the document on the UN Official Document System."""
    return f"https://undocs.org/{_key(symbol)}"
