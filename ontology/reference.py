"""The curated reference data: UN system entities, other organisations, states, successions.

The data lives in `ontology/reference/*.csv`, one file per kind, each opening
with `#` comment lines that name its sources. This module reads those files
into frozen dataclasses (cached: the files are read once per process) and is
the one door other code uses to the gazetteer. Codes and English names of
states come from pycountry (ISO 3166-1), so only what ISO does not hold (UN
Chinese names, membership status) is typed by hand.

Multi-valued cells (`short_zh`, `alt_en`, `entities`) separate their values
with `|`.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry

from ontology import iris

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"

#: Files of organisations, read in this order; every row has the same columns.
ORGANIZATION_FILES = ("un-system.csv", "intergovernmental.csv", "parliamentary.csv")
STATES_FILE = "states.csv"
SUCCESSIONS_FILE = "successions.csv"
AMBIGUOUS_FILE = "ambiguous.csv"
LOCATIONS_FILE = "state-locations.csv"
STATE_NAMES_FILE = "state-names-en.csv"

STATUSES = ("member", "observer", "territory")
SUCCESSION_KINDS = ("renamed", "succeeded", "merged")


class ReferenceDataError(ValueError):
    """A reference file breaks its own rules; the message names the file, row and fix."""


@dataclass(frozen=True)
class Organization:
    """An organisation of the gazetteer: a UN entity, an intergovernmental or parliamentary body."""

    acronym: str
    name_en: str
    name_zh: str
    short_zh: tuple[str, ...] = ()
    alt_en: tuple[str, ...] = ()
    kind: str = "other"
    parent: str = ""
    wikidata: str = ""
    source_file: str = ""

    @property
    def iri(self) -> str:
        """The organisation's IRI, minted from its acronym."""
        return iris.organization(self.acronym)

    def forms_zh(self) -> tuple[str, ...]:
        """Every Chinese form: the official name first, then the short forms."""
        return tuple(f for f in (self.name_zh, *self.short_zh) if f)

    def forms_en(self) -> tuple[str, ...]:
        """Every English form: acronym, name, then other names."""
        return tuple(dict.fromkeys(f for f in (self.acronym, self.name_en, *self.alt_en) if f))


@dataclass(frozen=True)
class State:
    """A member state, observer state or territory, keyed by ISO 3166-1 alpha-3."""

    iso3: str
    iso2: str
    m49: str
    name_en: str
    short_en: str
    name_zh: str
    short_zh: tuple[str, ...]
    status: str

    @property
    def iri(self) -> str:
        """The state's IRI, minted from its alpha-3 code."""
        return iris.state(self.iso3)

    def forms_zh(self) -> tuple[str, ...]:
        """Every Chinese form: the official name first, then the short names."""
        return tuple(dict.fromkeys(f for f in (self.name_zh, *self.short_zh) if f))


@dataclass(frozen=True)
class Succession:
    """One entity renamed, succeeded or merged into another, on a date at its stated precision."""

    predecessor: str
    successor: str
    date: str
    kind: str
    source: str

    @property
    def iri(self) -> str:
        """The IRI of the change event."""
        return iris.thing("succession", f"{iris.slug(self.predecessor)}--{iris.slug(self.successor)}")


@dataclass(frozen=True)
class Ambiguity:
    """A surface form that names more than one entity; a recogniser must not resolve it alone."""

    form: str
    entities: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Location:
    """A representative point of a state or territory (capital or a point inside), for maps."""

    iso3: str
    latitude: float
    longitude: float
    place: str


def read_rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for the CSV file `name` in reference/, skipping `#` comment lines."""
    path = REFERENCE_DIR / name
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.startswith("#") and line.strip()]
    reader = csv.DictReader(line for _, line in lines)
    for (number, _), row in zip(lines[1:], reader, strict=True):
        yield number, {k: (v or "").strip() for k, v in row.items()}


def sources(name: str) -> list[str]:
    """Return the header comment lines of reference file `name` (its sources), without `#`."""
    with (REFERENCE_DIR / name).open(encoding="utf-8") as handle:
        return [line[1:].strip() for line in handle if line.startswith("#")]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _require(row: dict[str, str], fields: tuple[str, ...], where: str) -> None:
    missing = [f for f in fields if not row.get(f)]
    if missing:
        raise ReferenceDataError(f"{where}: empty {', '.join(missing)} – fill the column in")


@functools.cache
def organizations() -> tuple[Organization, ...]:
    """Return every organisation of the reference files, in file order."""
    found = []
    for name in ORGANIZATION_FILES:
        for number, row in read_rows(name):
            _require(row, ("acronym", "name_en", "kind"), f"{name} line {number}")
            found.append(Organization(
                acronym=row["acronym"], name_en=row["name_en"], name_zh=row["name_zh"],
                short_zh=_split(row["short_zh"]), alt_en=_split(row["alt_en"]), kind=row["kind"],
                parent=row["parent"], wikidata=row.get("wikidata", ""), source_file=name,
            ))
    return tuple(found)


@functools.cache
def organization_index() -> dict[str, Organization]:
    """Return the organisations by acronym."""
    return {o.acronym: o for o in organizations()}


def _english_names(iso3: str, where: str) -> tuple[str, str, str, str]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise ReferenceDataError(f"{where}: {iso3!r} is not an ISO 3166-1 alpha-3 code – check the code")
    # ISO writes some names inverted ("Korea, Republic of"); put them in reading order.
    head, _, tail = country.name.partition(", ")
    inverted = tail and (tail.split()[-1] in ("of", "the") or " " not in tail)
    reading = f"{tail} {head}" if inverted else country.name
    name = (getattr(country, "official_name", None) or reading).removeprefix("the ").removeprefix("The ")
    # The UN's short name, not pycountry's common name ("Republic of Korea", not "South Korea").
    short = un_short_names().get(iso3) or reading.removeprefix("The ")
    return country.alpha_2, country.numeric, name, short


@functools.cache
def un_short_names() -> dict[str, str]:
    """Return the UN's English short names that differ from ISO's reading-order short name, by ISO3."""
    return {row["iso3"]: row["short_en"] for _, row in read_rows(STATE_NAMES_FILE)}


@functools.cache
def states() -> tuple[State, ...]:
    """Return every state and territory; codes and English names come from pycountry."""
    found = []
    for number, row in read_rows(STATES_FILE):
        where = f"{STATES_FILE} line {number}"
        _require(row, ("iso3", "status", "name_zh"), where)
        if row["status"] not in STATUSES:
            raise ReferenceDataError(f"{where}: status {row['status']!r} – use one of {', '.join(STATUSES)}")
        iso2, m49, name_en, short_en = _english_names(row["iso3"], where)
        found.append(State(
            iso3=row["iso3"], iso2=iso2, m49=m49,
            name_en=row.get("name_en") or name_en, short_en=row.get("short_en") or short_en,
            name_zh=row["name_zh"], short_zh=_split(row["short_zh"]), status=row["status"],
        ))
    return tuple(found)


@functools.cache
def successions() -> tuple[Succession, ...]:
    """Return every succession between organisations, in file order."""
    found = []
    for number, row in read_rows(SUCCESSIONS_FILE):
        where = f"{SUCCESSIONS_FILE} line {number}"
        _require(row, ("predecessor", "successor", "date", "kind", "source"), where)
        if row["kind"] not in SUCCESSION_KINDS:
            kinds = ", ".join(SUCCESSION_KINDS)
            raise ReferenceDataError(f"{where}: kind {row['kind']!r} – use one of {kinds}")
        found.append(Succession(
            row["predecessor"], row["successor"], row["date"], row["kind"], row["source"],
        ))
    return tuple(found)


@functools.cache
def ambiguous_forms() -> tuple[Ambiguity, ...]:
    """Return the forms that name more than one entity (acronyms of organisations, ISO3 of states)."""
    return tuple(
        Ambiguity(row["form"], _split(row["entities"]), row["note"])
        for _, row in read_rows(AMBIGUOUS_FILE)
    )


def is_ambiguous(form: str) -> bool:
    """True when `form` is listed as naming more than one entity."""
    return any(a.form == form for a in ambiguous_forms())


def _coordinate(value: str, limit: int, where: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not -limit <= number <= limit:
        raise ReferenceDataError(f"{where}: {value!r} – write decimal degrees between -{limit} and {limit}")
    return number


@functools.cache
def state_locations() -> dict[str, Location]:
    """Return a representative point per state, by ISO3; every code must be a state of states.csv."""
    known = {s.iso3 for s in states()}
    found: dict[str, Location] = {}
    for number, row in read_rows(LOCATIONS_FILE):
        where = f"{LOCATIONS_FILE} line {number}"
        _require(row, ("iso3", "latitude", "longitude"), where)
        if row["iso3"] not in known or row["iso3"] in found:
            raise ReferenceDataError(f"{where}: {row['iso3']!r} is unknown or repeated – one row per state")
        found[row["iso3"]] = Location(
            row["iso3"], _coordinate(row["latitude"], 90, where),
            _coordinate(row["longitude"], 180, where), row.get("place", ""),
        )
    return found
