"""Activities: what UN entities did with or for parliaments and states, sentence by sentence.

Rule `activity.sentence`: a sentence of a report paragraph that names a UN system
entity (the actor; the last one named earlier in the paragraph when the sentence names
none) and says what kind of thing was done (the first cue of
ontology/vocabularies/activity-cues.csv, read outside the names of organisations and
of parliaments, so 南部非洲发展共同体议会论坛 is no forum) is one activity. A sentence
holds several when a clause joined by "，并" / "，还" / "，同时" / "；" names a kind of its
own ("开发署支持了培训，并与议联合办了论坛" gives a training and a forum); such a clause
without a date of its own shares the sentence's. Partners are the other
organisations it names (the IPU, regional parliamentary bodies, intergovernmental
organisations); when the clause opens with the IPU, a parliamentary body or a national
parliament that organised it with a UN entity ("议联与欧洲经委会一道……"), that body is
the actor and the UN entity the partner. Countries are the states it names, or the
country an annex section is about; a following sentence that only lists countries adds
them to the activity before. The date is the first date of the clause at its stated
precision, leaving out the date of an outcome ("该法律草案于 2024 年 1 月 18 日获得批准");
the themes are those of the theme scheme the section heading names; the title is the
text quoted after 题为.

A clause giving the basis or the request ("根据法国政府 2016 年提出的请求，") lends the
activity neither its date nor its state, and a date a result clause reaches ("使 2019 年
当选的……") is an outcome's. A sentence opening on a state ("在伊拉克，") sets the country
of the paragraph's later sentences that name none; one whose subject is 该办事处/该组织
again keeps the last actor beside those it names. Intergovernmental organs (the General
Assembly, the Human Rights Council, the Peacebuilding Commission) mandate and advocate
rather than act: a clause they are the subject of passes nothing to the last actor, and
good offices (斡旋) are no kind of the scheme. The generic United Nations without a date
is a role unless the clause names a state it supported or organisations it worked with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import ahocorasick

from ingest.extract import gazetteer
from ingest.extract.agreements import parliament_of
from ingest.extract.dates import dates_in
from ingest.extract.mentions import by_paragraph
from ingest.extract.model import Activity, Party
from ingest.extract.vocabulary import activity_cues, themes_of
from ingest.model import Document, Mention, Paragraph
from ontology import reference

# Kinds of UN system entity that do not act in the sense of a report's activities.
# Intergovernmental organs (the General Assembly, the Human Rights Council, the Peacebuilding Commission)
# mandate, request and advocate; the report's activities are those of the entities that carry them out.
_NOT_ACTORS = {"principal-organ", "subsidiary-organ", "mechanism", "treaty-body", "trust-fund"}
_TITLE = re.compile(r"题为“([^”]{2,80})”")
# Words that contain a cue but speak of the report itself, name an agenda ("《2030 年议程》") or a
# parliament (议会 holds 会议's 会 in 议会议员; 国民代表大会 holds 大会).
_MASK = re.compile(r"《[^》]*》|本报告|报告所述期间|报告期间|本组织|代表大会|议会")
# Sections that describe the report or advise rather than report what was done.
_NOT_ACTIVITY_SECTIONS = ("导言", "意见和建议", "结论和建议", "结论")
_SENTENCE = re.compile(r"[^。]+。?")
# Where a sentence goes on to a further thing done: "……，并与议联合办了论坛".
_CLAUSE_BREAK = re.compile(r"；|，(?=并|还|同时)")
# A parliament worked with; 议会选举 is an election, not the parliament. Libya's parliament is the
# 国民代表大会 (House of Representatives).
_PARLIAMENT = re.compile(r"(?:国民代表大会|国民议会|国会|议会)(?!选举)|议员")
# A parliament the clause works with or for, when it names no state: "与国民代表大会合作".
_WITH = re.compile(r"(?:与|同|和|向|为)(?:该国)?$")
# Members of committees ("……委员会和小组委员会的成员"): of parliaments in a paragraph about them.
_COMMITTEE = re.compile(r"委员会[^，。；]{0,8}?成员")
# Field missions work in the state their name holds (联合国利比亚支助团 in Libya).
_MISSIONS = {"peace-operation", "special-political-mission"}
# A date followed in its clause by an outcome: the law approved, adopted or enacted, in force.
_OUTCOME = re.compile(
    r"^[^，。；]*?(批准|获得通过|获通过|(?<!过)通过(?:[，。；]|[^，。；]{0,15}?法)|颁布|生效)")
# A clause whose first named body organised the thing with the UN entities named after it.
_ORGANISED = re.compile(r"举办|组织|主办|合办|召开|共同|一道|合作|推出|发起|启动")
_LEADING_PARLIAMENT = re.compile(r"^[^，。]{0,40}?的?(国民议会|议会|国会)(?=与|和|同)")
_ABOUT_LAST = re.compile(r"[该这此它]")
# An entity that guides rather than acts: "在负责……秘书长特别代表的战略指导下".
_GUIDING = re.compile(r"在[^，。]{2,40}?的(?:战略)?指导下")
# A clause that gives the basis of what follows ("根据法国政府 2016 年提出的请求，",
# "根据 2015 年与……签署的一项协议，"): its date is the request's or the agreement's and its
# state the one asking, not the activity's.
_BASIS = re.compile(r"(?:^|(?<=[，。；]))\s*(?:根据|按照|依照|应)[^，。；]{1,60}，")
# A date the clause reaches as a result ("使 2019 年当选的女议员人数增加") is an outcome's.
_RESULT = re.compile(r"(?:使|从而|最终|导致)[^，。；]{0,6}$")
# Members or a parliament the clause reaches as a result: "使 2019 年当选的女议员人数增加".
_RESULT_BEFORE = re.compile(r"(?:使|从而|导致)[^，。；]*$")
# A date that places an election as a point of reference ("确定了 2018 年总统选举前妇女的优先事项"):
# the activity is dated by the election, not at it.
_BEFORE_ELECTION = re.compile(r"^[^，。；]{0,12}?(?:选举|大选|全民投票)之?[前后]")
# A sentence that opens on the place it happened: "在阿富汗，……".
_SETTING = re.compile(r"\s*(?:例如，)?在([^，。]{1,20})，")
# A sentence whose subject is the last actor again: "该办事处还与……合作".
_ANAPHOR = re.compile(r"\s*[该这此](?:办事处|组织|署|特派团|机构|实体|方案|基金)")
_OPENING = re.compile(r"^[\s，]*(?:(?:\d{4}\s*年[^，]{0,12}|[在为][^，]{1,20})，)?\s*")


def _role(party: Party) -> str:
    """Return 'actor', 'partner', 'country' or 'other' for an organisation or state."""
    if party.kind == "state":
        return "country"
    org = reference.organization_index().get(party.key)
    if org is None:
        return "other" if party.kind in {"group", "office"} else "partner"
    if org.source_file == "un-system.csv":
        return "other" if org.kind in _NOT_ACTORS else "actor"
    return "partner"


def _names_organ(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Return whether `text[start:end]`, outside a basis clause, names a UN organ that does not act."""
    basis = [(start + m.start(), start + m.end()) for m in _BASIS.finditer(text[start:end])]
    index = reference.organization_index()
    return any(_role(p) == "other" and p.key in index and index[p.key].source_file == "un-system.csv"
               and not any(a <= s < b for a, b in basis)
               for s, _, p in gazetteer.find(text, start, end, mentions))


def _a_role(actors: list[Party], countries: list[Party], partners: list[Party]) -> bool:
    """Return whether the actors are the generic UN with neither a state nor a partner organisation."""
    return ([a.key for a in actors] == ["UN"] and not countries
            and not any(p.kind == "organization" and not _is_parliamentary(p) for p in partners))


def _is_parliamentary(party: Party) -> bool:
    org = reference.organization_index().get(party.key)
    return party.kind == "parliament" or (org is not None and org.source_file == "parliamentary.csv")


def _masked(text: str, start: int, end: int, mentions: list[Mention]) -> str:
    """Return text[start:end] with names of organisations, agendas and parliaments blanked out."""
    plain = _MASK.sub(lambda m: "□" * len(m.group()), text[start:end])
    chars = list(_BASIS.sub(lambda m: "□" * len(m.group()), plain))
    for s, e, party in gazetteer.find(text, start, end, mentions):
        if party.kind != "state":
            chars[s - start:e - start] = "□" * (e - s)
    return "".join(chars)


@cache
def _cues() -> tuple[ahocorasick.Automaton, int | None]:
    """The activity cues for one scan, each with the rank of its first row; and the rank of an empty cue."""
    automaton, empty = ahocorasick.Automaton(), None
    for rank, (kind, cue) in enumerate(activity_cues()):
        if not cue:
            empty = rank if empty is None else empty
        elif cue not in automaton:
            automaton.add_word(cue, (rank, kind))
    automaton.make_automaton()
    return automaton, empty


def _kind(plain: str) -> str | None:
    """The kind of the first cue of `activity_cues()` (in the list's order) that `plain` holds, or None."""
    automaton, empty = _cues()
    found = min((hit for _, hit in automaton.iter(plain)), default=None)
    if empty is not None and (found is None or empty < found[0]):
        return activity_cues()[empty][0]
    return found[1] if found else None


def _date(plain: str, start: int, mentions: list[Mention]) -> str | None:
    """Return the first date of the masked clause `plain` (at `start`) that is not an outcome's."""
    dated = sorted((m.start, m.end, m.key) for m in mentions
                   if m.kind in {"date", "period"} and start <= m.start < start + len(plain)
                   and plain[m.start - start] != "□")
    if not dated:
        dated = [(start + s, start + e, key) for s, e, key in dates_in(plain)]
    kept = [key for s, e, key in dated
            if not _OUTCOME.match(plain[e - start:]) and not _RESULT.search(plain[:s - start])
            and not _BEFORE_ELECTION.match(plain[e - start:])]
    return kept[0] if kept else None


def _organisers(text: str, start: int, end: int, named: list[Party], countries: list[Party]):
    """Return the IPU, parliamentary bodies or parliaments the clause opens with as organisers, or []."""
    clause = text[start:end]
    if not _ORGANISED.search(clause) or not any(_role(p) == "actor" for p in named):
        return []
    opening = _OPENING.match(clause).end()
    if (lead := _LEADING_PARLIAMENT.match(clause, opening)) and countries:
        return [parliament_of(c, lead.group(1)) for c in countries
                if clause.find(c.written, opening) < lead.end()]
    first = gazetteer.find(text, start + opening, end)
    if not first or first[0][0] != start + opening or not _is_parliamentary(first[0][2]):
        return []
    lead_end = next(s for s, _, p in first if _role(p) == "actor") if any(
        _role(p) == "actor" for _, _, p in first) else end
    return [p for s, _, p in first if s < lead_end and _is_parliamentary(p)]


def _parts(text: str, start: int, end: int, mentions: list[Mention]):
    guiding = [(m.start(), m.end()) for m in _GUIDING.finditer(text, start, end)]
    guiding += [(start + m.start(), start + m.end()) for m in _BASIS.finditer(text[start:end])]
    first: dict[str, Party] = {}
    for s, e, party in gazetteer.find(text, start, end, mentions):
        if not any(a <= s and e <= b for a, b in guiding):
            first.setdefault(party.key, party)
    named = list(first.values())
    countries = [p for p in named if _role(p) == "country"]
    partners = [p for p in named if _role(p) == "partner"]
    actors = [p for p in named if _role(p) == "actor"]
    if organisers := _organisers(text, start, end, named, countries):
        keys = {o.key for o in organisers}
        return organisers, actors + [p for p in partners if p.key not in keys], countries
    specific = [p for p in actors if p.key != "UN"]
    return specific or actors, partners, countries


def _units(text: str, start: int, end: int, masked: Callable[[int, int], str]) -> list[tuple[int, int]]:
    """Split a sentence into the spans that each report one thing done (see the module docstring).

    `masked(a, b)` is `_masked` of the paragraph's `text[a:b]`."""
    cuts = [start] + [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)] + [end]
    units: list[list[int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        kind = _kind(masked(a, b))
        own = kind is not None and (not units or kind != _kind(masked(*units[-1])))
        if units and not own:
            units[-1][1] = b
        else:
            units.append([a, b])
    return [(a, b) for a, b in units]


class _Reader:
    """Walks the sentences of one paragraph, remembering the last actor named."""

    def __init__(self, doc: Document, para: Paragraph, mentions: list[Mention]) -> None:
        self.para, self.mentions, self.last_actors = para, mentions, []
        self._plain: dict[tuple[int, int], str] = {}  # _masked spans, each asked for more than once
        self.last_partners: list[Party] = []
        self.orphan_countries: list[Party] = []  # states of a sentence that reports no new activity
        self.last_kind: str | None = None
        self.sentence_date: str | None = None  # the date of the sentence's first clause
        self.sentence_start = 0
        self.setting: list[Party] = []  # the state a sentence of the paragraph opened on ("在伊拉克，")
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

    def sentence(self, start: int, end: int) -> list[Activity]:
        """Return the activities of the sentence `para.text[start:end]`, one per unit."""
        found = []
        self.sentence_date, self.sentence_start = None, start
        if setting := _SETTING.match(self.para.text, start, end):
            self.setting = [p for p in gazetteer.parties(setting.group(1)) if p.kind == "state"]
        for i, (a, b) in enumerate(_units(self.para.text, start, end, self.masked)):
            if activity := self.activity(a, b, continued=i > 0):
                found.append(activity)
        return found

    def masked(self, start: int, end: int) -> str:
        """Return `_masked` of `para.text[start:end]` (computed once per span)."""
        if (start, end) not in self._plain:
            self._plain[start, end] = _masked(self.para.text, start, end, self.mentions)
        return self._plain[start, end]

    def activity(self, start: int, end: int, continued: bool = False) -> Activity | None:
        """Return the activity `para.text[start:end]` reports, or None (updating what it remembers)."""
        text = self.para.text
        here = [m for m in self.mentions if start <= m.start < end]
        actors, partners, countries = _parts(text, start, end, here)
        inherited = not actors
        anaphor = not continued and _ANAPHOR.match(text, self.sentence_start)
        if anaphor and actors:  # "该办事处还与……合作": the last actor acts with those named
            actors = list({p.key: p for p in self.last_actors + actors}.values())
        if inherited:  # "其中包括出版……手册": the sentence goes on about the last actors' work
            actors, partners = self.last_actors, partners or self.last_partners
        self.last_actors, self.last_partners = actors, partners
        plain = self.masked(start, end)  # the same as with `here`: only mentions inside the span count
        # Good offices (斡旋) of envoys have no kind in the activity-kind scheme; a clause whose subject
        # is an organ that does not act ("建设和平委员会……倡导") is not the last actors' work.
        if "斡旋" in plain or (inherited and _names_organ(text, start, end, here)):
            self.orphan_countries, self.last_actors = [], []  # the clauses after it are not ours either
            return None
        kind, date = _kind(plain), _date(plain, start, here)
        if continued and date is None:
            date = self.sentence_date
        self.sentence_date = self.sentence_date or date
        if kind and self.electoral and (self.country or kind == "technical-assistance"):
            # an annex of country examples, or support a section on electoral assistance reports
            kind = "electoral-assistance"
        self.orphan_countries = countries if kind is None else []
        # The generic United Nations without a date is a role, except in a country example of an annex
        # or where it works with organisations the clause names ("联合国与东南亚国家联盟……合作，举办了").
        if not actors or kind is None or (date is None and not self.country
                                          and _a_role(actors, countries, partners)):
            return None
        if inherited and not anaphor and (not continued and date is None and kind == self.last_kind
                                          or _ABOUT_LAST.match(text, self.sentence_start)):
            return None  # "讲习班旨在……", "该倡议旨在……": more about the activity just read
        self.last_kind = kind
        return self._build(start, end, kind, date, actors, partners, countries)

    def _committees(self, sentence: str, countries: list[Party]) -> list[Party]:
        """Return the parliaments of the states whose committee members a sentence names, when an
        earlier sentence of the paragraph is about parliamentarians ("与议员保持积极接触。……与比利时、
        丹麦……的外交事务……委员会和小组委员会的成员进行了互动交流"), or []."""
        if not countries or not _COMMITTEE.search(sentence) or not _parliament_word(
                self.para.text, 0, self.sentence_start, self.mentions):
            return []
        return [parliament_of(c, "委员会") for c in countries]

    def _build(self, start, end, kind, date, actors, partners, countries) -> Activity:
        sentence = self.para.text[start:end]
        title = _TITLE.search(sentence)
        states = countries or self.setting or self.country or _mission_states(actors)
        if not any(a.kind == "parliament" for a in actors):
            partners = partners + (_parliaments(self.para.text, start, end, self.mentions, partners,
                                                states if countries else [], states)
                                   or self._committees(sentence, countries))
        return Activity(
            pid=self.para.pid, rule="activity.sentence", confidence=0.7, activity_kind=kind,
            actors=actors, partners=partners, countries=states,
            date=date, title=title.group(1) if title else None,
            themes=themes_of(self.theme),
        )


def _mission_states(actors: list[Party]) -> list[Party]:
    """Return the states the names of the field missions among `actors` hold (UNSMIL -> Libya)."""
    index = reference.organization_index()
    found = [p for a in actors if a.key in index and index[a.key].kind in _MISSIONS
             # from the second character, so the mission's own name does not cover the state's
             for p in gazetteer.parties(index[a.key].name_zh, 1) if p.kind == "state"]
    return list({p.key: p for p in found}.values())


def _parliament_word(text: str, start: int, end: int, mentions: list[Mention]) -> re.Match | None:
    """Return the first word for a parliament or its members in `text[start:end]` outside the names
    of organisations (南部非洲发展共同体议会论坛 holds 议会), matched on that span, or None."""
    chars = list(text[start:end])
    for s, e, party in gazetteer.find(text, start, end, mentions):
        if party.kind != "state":
            chars[s - start:e - start] = "□" * (e - s)
    return _PARLIAMENT.search("".join(chars))


def _parliaments(text: str, start: int, end: int, mentions: list[Mention], partners: list[Party],
                 named: list[Party], states: list[Party]) -> list[Party]:
    """Return the national parliaments a clause works with, of the states it is about.

    An institution (国民议会, 国民代表大会) is that of the states the clause names, or else of the
    place the paragraph or its annex section is about or of the field mission acting; members (议员)
    only of states the clause names, and not when it names a parliamentary body they sit in.
    """
    found = _parliament_word(text, start, end, mentions)
    if found is None:
        return []
    if not named and not _WITH.search(text, start, start + found.start()):
        return []  # "由国民议会颁布", "举行国民议会选举": not a parliament the clause works with
    if _RESULT_BEFORE.search(text, start, start + found.start()):
        return []  # "使 2019 年当选的女议员人数增加": the members are the outcome, not a partner
    if found.group() == "议员":
        if any(_is_parliamentary(p) for p in partners):
            return []
        states = named
    return [parliament_of(c, found.group()) for c in states]


def _same_actors(activity: Activity, actors: list[Party]) -> bool:
    return {a.key for a in activity.actors} == {a.key for a in actors}


def extract(doc: Document, mentions: list[Mention]) -> list[Activity]:
    """Return the activities the report paragraphs of `doc` state (one or more per sentence)."""
    if doc.doc_type == "resolution":
        return []
    grouped = by_paragraph(mentions)
    found: list[Activity] = []
    for para in doc.paragraphs:
        if para.kind not in {"numbered", "annex"}:
            continue
        reader = _Reader(doc, para, grouped.get(para.pid, []))
        if reader.theme in _NOT_ACTIVITY_SECTIONS:
            continue
        for sentence in _SENTENCE.finditer(para.text):
            if here := reader.sentence(sentence.start(), sentence.end()):
                found += here
            elif reader.orphan_countries and found and found[-1].pid == para.pid \
                    and _same_actors(found[-1], reader.last_actors):
                # "毒罪办向阿尔巴尼亚、……提供了此类援助": the list belongs to the activity before
                found[-1].countries = list(dict.fromkeys(found[-1].countries + reader.orphan_countries))
    return found
