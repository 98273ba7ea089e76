"""Facts extracted from paragraphs: plain dataclasses, one per kind, each knowing how it was obtained.

Every fact carries the paragraph it comes from (`pid`), the extraction rule that
produced it (`rule`, a short stable name such as "mandate.operative-verb") and a
confidence in [0, 1]. Entities are named by their normalised keys: organisations
by acronym (or English name where there is none), states by ISO 3166-1 alpha-3,
documents by UN symbol, dates at the precision stated.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Party:
    """An entity a fact speaks of: as written, normalised key, and whether the key is an organisation."""

    written: str
    key: str  # acronym, ISO3 or English name
    kind: str = "group"  # organization | state | group


@dataclass
class Fact:
    """What every fact has: its paragraph, the rule that found it, and a confidence."""

    pid: str
    rule: str
    confidence: float

    kind = "fact"


@dataclass
class Mandate(Fact):
    """One verb addressed to one assignee in a paragraph (a paragraph may give several)."""

    verb: str = ""  # notation in the mandate-verb scheme: "requests", "calls upon", ...
    verb_written: str = ""
    addressee: Party | None = None
    deliverables: list[str] = field(default_factory=list)  # "report:GA-78", "assistance", ...
    mentions: list[Party] = field(default_factory=list)  # other entities the clause names
    summary: str = ""  # the clause as written
    cites: str | None = None  # symbol of the resolution a report says gave this mandate
    date: str | None = None

    kind = "mandate"


@dataclass
class ElectoralAssistance(Fact):
    """A state or territory listed as having received UN electoral assistance."""

    state: Party | None = None
    status: str = "member"  # member | observer | territory
    sc_mandate: bool = False

    kind = "electoral-assistance"


@dataclass
class Membership(Fact):
    """A member of a coordination mechanism, group or board, as the text states it."""

    group: Party | None = None
    member: Party | None = None

    kind = "membership"


@dataclass
class Succession(Fact):
    """An entity renamed or succeeded by another, with the date the text gives."""

    original: Party | None = None
    resulting: Party | None = None
    date: str | None = None

    kind = "succession"


@dataclass
class Figure(Fact):
    """A statistic: what it measures, its value (a percentage), where and when."""

    measure: str = ""
    value: str = ""
    area: Party | None = None  # a state, or the world
    period: str | None = None

    kind = "figure"


@dataclass
class Agreement(Fact):
    """A memorandum of understanding or other agreement: its parties and date."""

    agreement_kind: str = "memorandum of understanding"
    parties: list[Party] = field(default_factory=list)
    date: str | None = None
    renewal: bool = False

    kind = "agreement"


@dataclass
class Activity(Fact):
    """Something done: by whom, with which partners, where, when, of what kind and theme."""

    activity_kind: str = ""
    actors: list[Party] = field(default_factory=list)
    partners: list[Party] = field(default_factory=list)
    countries: list[Party] = field(default_factory=list)
    date: str | None = None
    title: str | None = None
    themes: list[str] = field(default_factory=list)  # notations of the theme scheme

    kind = "activity"
