"""The curated word lists the extractors read: mandate verbs, addressees, deliverable cues.

They live as data: the mandate-verb scheme in `ontology/mandate-verbs.ttl` (loaded
with the ontology, so queries can read verb types), the word lists in
`ontology/vocabularies/`. This module only loads them
(once) into lookup tables ordered longest written form first.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from ontology import ONTOLOGY_DIR
from ontology.namespaces import UNKG

VOCABULARIES = ONTOLOGY_DIR / "vocabularies"


@dataclass(frozen=True)
class Verb:
    """A mandate verb: its notation ("requests"), IRI in the scheme, type, one written form, its language.

    English forms are lower case and match without regard to case ("Requests", "Also requests").
    """

    notation: str
    iri: str
    verb_type: str
    written: str
    language: str = "zh"


@dataclass(frozen=True)
class Addressee:
    """A written form of an addressee with its normalised English name and acronym (or '')."""

    zh: str
    en: str
    acronym: str
    kind: str  # organization | office | group

    @property
    def key(self) -> str:
        """The name used in query results: the acronym where there is one, else the English name."""
        return self.acronym or self.en


def _rows(name: str) -> list[dict[str, str]]:
    path = VOCABULARIES / name
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def verbs() -> tuple[Verb, ...]:
    """Return every written form (Chinese and English) of every mandate verb, longest first."""
    graph = Graph().parse(ONTOLOGY_DIR / "mandate-verbs.ttl")
    found = []
    for concept in graph.subjects(SKOS.inScheme, None):
        notation = str(graph.value(concept, SKOS.notation))
        verb_type = str(graph.value(concept, UNKG.verbType))
        for label in graph.objects(concept, SKOS.altLabel):
            if isinstance(label, Literal) and label.language in ("zh", "en"):
                found.append(Verb(notation, str(concept), verb_type, str(label), label.language))
    return tuple(sorted(found, key=lambda v: (-len(v.written), v.written)))


@cache
def addressees() -> tuple[Addressee, ...]:
    """Return the addressee table, longest written form first."""
    rows = [Addressee(r["zh"], r["en"], r["acronym"], r["kind"]) for r in _rows("mandate-addressees.csv")]
    return tuple(sorted(rows, key=lambda a: -len(a.zh)))


@cache
def english_addressees() -> dict[str, Addressee]:
    """Return the addressee table by lower-case English name and acronym: "member states" -> ..."""
    table: dict[str, Addressee] = {}
    for entry in addressees():
        table.setdefault(entry.en.lower(), entry)
        if entry.acronym:
            table.setdefault(entry.acronym.lower(), entry)
    return table


@cache
def deliverable_cues() -> tuple[tuple[str, str], ...]:
    """Return (kind, cue) pairs, Chinese and English, for deliverables other than reports to a session."""
    return tuple((r["kind"], r["cue"]) for r in _rows("mandate-deliverables.csv"))


@cache
def posts() -> dict[str, str]:
    """Return the posts that stand for a department (Chinese title -> department acronym)."""
    return {r["zh"]: r["acronym"] for r in _rows("posts.csv")}


@cache
def activity_cues() -> tuple[tuple[str, str], ...]:
    """Return (activity kind notation, Chinese cue) pairs, most specific first."""
    return tuple((r["kind"], r["zh"]) for r in _rows("activity-cues.csv"))


@cache
def theme_labels() -> tuple[tuple[str, str], ...]:
    """Return (theme notation, Chinese label) pairs of the theme scheme, longest label first."""
    from ontology import vocabularies

    graph = Graph().parse(vocabularies.VOCABULARIES_FILE)
    pairs = []
    for concept in graph.subjects(SKOS.inScheme, vocabularies.scheme_iri("theme")):
        for label in graph.objects(concept, SKOS.prefLabel):
            if isinstance(label, Literal) and label.language == "zh":
                pairs.append((str(graph.value(concept, SKOS.notation)), str(label)))
    return tuple(sorted(pairs, key=lambda p: -len(p[1])))


def themes_of(heading: str | None) -> list[str]:
    """Return the themes whose Chinese label the heading contains: "民主与人权" -> democracy, human-rights."""
    if not heading:
        return []
    return list(dict.fromkeys(n for n, label in theme_labels() if label in heading))
