"""Activities: what UN entities did with or for parliaments and states, sentence by sentence.

Rule `activity.sentence`: a sentence of a report paragraph that names a UN system
entity (the actor; the last one named earlier in the paragraph when the sentence names
none) and says what kind of thing was done (the first cue of
ontology/vocabularies/activity-cues.csv) is one activity. Partners are the other
organisations it names (the IPU, regional parliamentary bodies, intergovernmental
organisations); countries are the states it names, or the country an annex section
is about; the date is the first date of the sentence at its stated precision; the
themes are those of the theme scheme the section heading names; the title is the text quoted after 题为.
"""

from __future__ import annotations

import re

from ingest.extract import gazetteer
from ingest.extract.agreements import parliament_of
from ingest.extract.dates import dates_in
from ingest.extract.model import Activity, Party
from ingest.extract.vocabulary import activity_cues, themes_of
from ingest.model import Document, Mention, Paragraph
from ontology import reference

# Kinds of UN system entity that do not act in the sense of a report's activities.
_NOT_ACTORS = {"principal-organ", "mechanism", "treaty-body", "trust-fund"}
_TITLE = re.compile(r"题为“([^”]{2,80})”")
# Words that contain a cue but speak of the report itself or name an agenda ("《2030 年议程》").
_MASK = re.compile(r"《[^》]*》|本报告|报告所述期间|报告期间|本组织")
# Sections that describe the report or advise rather than report what was done.
_NOT_ACTIVITY_SECTIONS = ("导言", "意见和建议", "结论和建议", "结论")
_SENTENCE = re.compile(r"[^。]+。?")
_PARLIAMENT = re.compile(r"国民议会|国会|议会|议员")


def _role(party: Party) -> str:
    """Return 'actor', 'partner' or 'other' for an organisation or state."""
    if party.kind == "state":
        return "country"
    org = reference.organization_index().get(party.key)
    if org is None:
        return "other" if party.kind in {"group", "office"} else "partner"
    if org.source_file == "un-system.csv":
        return "other" if org.kind in _NOT_ACTORS else "actor"
    return "partner"


def _masked(sentence: str) -> str:
    return _MASK.sub(lambda m: "□" * len(m.group()), sentence)


def _kind(sentence: str) -> str | None:
    plain = _masked(sentence)
    return next((kind for kind, cue in activity_cues() if cue in plain), None)


def _date(sentence: str, start: int, mentions: list[Mention]) -> str | None:
    plain = _masked(sentence)
    dated = sorted((m.start, m.key) for m in mentions
                   if m.kind in {"date", "period"} and plain[m.start - start] != "□")
    if dated:
        return dated[0][1]
    found = dates_in(plain)
    return found[0][2] if found else None


def _parts(text: str, start: int, end: int, mentions: list[Mention]):
    named = gazetteer.parties(text, start, end, mentions)
    actors = [p for p in named if _role(p) == "actor"]
    specific = [p for p in actors if p.key != "UN"]
    return specific or actors, [p for p in named if _role(p) == "partner"], [
        p for p in named if _role(p) == "country"
    ]


class _Reader:
    """Walks the sentences of one paragraph, remembering the last actor named."""

    def __init__(self, doc: Document, para: Paragraph, mentions: list[Mention]) -> None:
        self.para, self.mentions, self.last_actors = para, mentions, []
        self.last_partners: list[Party] = []
        self.orphan_countries: list[Party] = []  # states of a sentence that reports no new activity
        self.last_kind: str | None = None
        headings = {s.sid: s for s in doc.sections}
        section = headings.get(para.section or "")
        self.theme = section.heading if section else None
        self.country = self._section_country(section, headings)
        self.electoral = any("选举援助" in h for h in self._headings(section, headings))

    @staticmethod
    def _headings(section, headings) -> list[str]:
        found = []
        while section is not None:
            found.append(section.heading)
            section = headings.get(section.parent or "")
        return found

    @staticmethod
    def _section_country(section, headings) -> list[Party]:
        if section is None or not section.sid.startswith("annex"):
            return []
        heading = section.heading.rstrip("*＊ ")
        hits = [p for p in gazetteer.parties(heading) if p.kind == "state"]
        return hits[:1]

    def activity(self, start: int, end: int) -> Activity | None:
        text = self.para.text
        sentence = text[start:end]
        here = [m for m in self.mentions if start <= m.start < end]
        actors, partners, countries = _parts(text, start, end, here)
        inherited = not actors
        if inherited:  # "其中包括出版……手册": the sentence goes on about the last actors' work
            actors, partners = self.last_actors, partners or self.last_partners
        self.last_actors, self.last_partners = actors, partners
        kind, date = _kind(sentence), _date(sentence, start, here)
        if kind and self.electoral and self.country:  # an annex of country examples of electoral assistance
            kind = "electoral-assistance"
        self.orphan_countries = countries if kind is None else []
        if not actors or kind is None or ([a.key for a in actors] == ["UN"] and date is None):
            return None
        if inherited and date is None and kind == self.last_kind:
            return None  # "讲习班旨在……": more about the activity just read
        self.last_kind = kind
        title = _TITLE.search(sentence)
        parliament = _PARLIAMENT.search(sentence)
        if parliament and countries:
            partners = partners + [parliament_of(c, parliament.group()) for c in countries]
        return Activity(
            pid=self.para.pid, rule="activity.sentence", confidence=0.7, activity_kind=kind,
            actors=actors, partners=partners, countries=countries or self.country,
            date=date, title=title.group(1) if title else None,
            themes=themes_of(self.theme),
        )


def extract(doc: Document, mentions: list[Mention]) -> list[Activity]:
    """Return the activities the report paragraphs of `doc` state, one per sentence."""
    if doc.doc_type == "resolution":
        return []
    found: list[Activity] = []
    for para in doc.paragraphs:
        if para.kind not in {"numbered", "annex"}:
            continue
        reader = _Reader(doc, para, [m for m in mentions if m.pid == para.pid])
        if reader.theme in _NOT_ACTIVITY_SECTIONS:
            continue
        for sentence in _SENTENCE.finditer(para.text):
            if activity := reader.activity(sentence.start(), sentence.end()):
                found.append(activity)
            elif reader.orphan_countries and found and found[-1].pid == para.pid \
                    and {a.key for a in found[-1].actors} == {a.key for a in reader.last_actors}:
                # "毒罪办向阿尔巴尼亚、……提供了此类援助": the list belongs to the activity before
                found[-1].countries = list(dict.fromkeys(found[-1].countries + reader.orphan_countries))
    return found
