"""The reference data: every row loads, names are unique or marked ambiguous, all Member States are there."""

from collections import defaultdict

import pytest

from ontology import reference
from ontology.reference import REFERENCE_DIR, Organization, State

ALL_FILES = sorted(p.name for p in REFERENCE_DIR.glob("*.csv"))


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_reference_file_names_its_sources(name):
    assert any("Source" in line for line in reference.sources(name)), name


@pytest.mark.parametrize("name", reference.ORGANIZATION_FILES)
def test_every_organization_row_loads(name):
    rows = list(reference.read_rows(name))
    loaded = [o for o in reference.organizations() if o.source_file == name]
    assert len(loaded) == len(rows) > 0


def test_every_state_row_loads_with_codes_from_iso():
    assert len(reference.states()) == len(list(reference.read_rows(reference.STATES_FILE)))
    assert all(s.iso2 and len(s.m49) == 3 and s.name_en for s in reference.states())


def test_the_193_member_states_and_2_observers_are_there():
    by_status = defaultdict(set)
    for s in reference.states():
        by_status[s.status].add(s.iso3)
    assert len(by_status["member"]) == 193
    assert by_status["observer"] == {"VAT", "PSE"}


def test_a_state_reads_as_un_documents_write_it():
    bolivia = next(s for s in reference.states() if s.iso3 == "BOL")
    assert bolivia == State(
        iso3="BOL", iso2="BO", m49="068", name_en="Plurinational State of Bolivia",
        short_en="Bolivia (Plurinational State of)",
        name_zh="多民族玻利维亚国", short_zh=("玻利维亚",), status="member",
    )
    assert bolivia.iri.endswith("/id/state/BOL")


def test_an_organization_carries_its_chinese_short_forms_and_parent():
    ead = reference.organization_index()["EAD"]
    assert (ead.name_zh, ead.parent, ead.kind) == ("选举援助司", "DPPA", "secretariat-department")
    assert reference.organization_index()["UNDP"].short_zh == ("开发署", "开发计划署")
    assert reference.organization_index()["IPU"] == Organization(
        acronym="IPU", name_en="Inter-Parliamentary Union", name_zh="各国议会联盟",
        short_zh=("议联", "议会联盟"),
        kind="parliamentary-organization", source_file="parliamentary.csv",
    )


def test_acronyms_are_unique():
    acronyms = [o.acronym for o in reference.organizations()]
    assert len(acronyms) == len(set(acronyms))


def _owners() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for o in reference.organizations():
        for form in (*o.forms_zh(), *o.forms_en()):
            owners[form].add(o.acronym)
    for s in reference.states():
        for form in (*s.forms_zh(), s.name_en, s.short_en):
            owners[form].add(s.iso3)
    return owners


def test_every_form_is_unique_or_explicitly_ambiguous():
    shared = {form: keys for form, keys in _owners().items() if len(keys) > 1}
    declared = {a.form: set(a.entities) for a in reference.ambiguous_forms()}
    assert shared == declared


def test_parents_and_successions_name_known_organizations():
    known = set(reference.organization_index())
    assert {o.parent for o in reference.organizations() if o.parent} <= known
    named = {n for s in reference.successions() for n in (s.predecessor, s.successor)}
    assert named <= known


def test_successions_carry_dates_at_a_stated_precision():
    import re

    assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s.date) for s in reference.successions())
    dpa = next(s for s in reference.successions() if s.predecessor == "DPA")
    assert (dpa.successor, dpa.date) == ("DPPA", "2019-01-01")



def test_organization_kinds_are_concepts_of_the_scheme():
    from ontology.vocabularies import concept_keys

    assert {o.kind for o in reference.organizations()} <= concept_keys("organization-kind")


def _csv(store, name: str, **params) -> list[str]:
    from queries import runner

    text = runner.format_delimited(runner.run(store, runner.load(name), params))
    return text.splitlines()


def test_organizations_query_gives_kind_parent_and_both_names(sample_store):
    lines = _csv(sample_store, "organizations")
    assert lines[0] == "acronym,label_en,label_zh,kind,parent"
    assert "EAD,Electoral Assistance Division,选举援助司,secretariat-department,DPPA" in lines
    assert "IPU,Inter-Parliamentary Union,各国议会联盟,parliamentary-organization," in lines
    assert len(lines) == 1 + len(reference.organizations())


def test_organizations_query_filters_by_kind(sample_store):
    assert _csv(sample_store, "organizations", kind="regional-commission")[1:] == [
        "ECA,Economic Commission for Africa,非洲经济委员会,regional-commission,ECOSOC",
        "ECE,Economic Commission for Europe,欧洲经济委员会,regional-commission,ECOSOC",
        "ECLAC,Economic Commission for Latin America and the Caribbean,拉丁美洲和加勒比经济委员会,"
        "regional-commission,ECOSOC",
        "ESCAP,Economic and Social Commission for Asia and the Pacific,亚洲及太平洋经济社会委员会,"
        "regional-commission,ECOSOC",
        "ESCWA,Economic and Social Commission for Western Asia,西亚经济社会委员会,regional-commission,ECOSOC",
    ]


def test_organizations_query_filters_by_acronym(sample_store):
    assert _csv(sample_store, "organizations", acronym="PBSO")[1:] == [
        "PBSO,Peacebuilding Support Office,建设和平支助办公室,secretariat-department,DPPA",
    ]


def test_organizations_query_by_acronym_and_kind_needs_both_to_hold(sample_store):
    assert len(_csv(sample_store, "organizations", acronym="UNDP", kind="fund-programme")) == 2
    assert _csv(sample_store, "organizations", acronym="UNDP", kind="peace-operation")[1:] == []


def test_organizations_query_by_an_unknown_acronym_is_empty(sample_store):
    assert _csv(sample_store, "organizations", acronym="NOPE")[1:] == []


def test_states_query_gives_codes_names_and_status(sample_store):
    lines = _csv(sample_store, "states")
    assert lines[0] == "iso3,label_en,label_zh,status"
    assert "BOL,Bolivia (Plurinational State of),多民族玻利维亚国,member" in lines
    assert "PSE,State of Palestine,巴勒斯坦国,observer" in lines
    assert "NCL,New Caledonia,新喀里多尼亚,territory" in lines
    assert len(_csv(sample_store, "states", status="member")) == 1 + 193


def test_lineage_query_lists_every_succession_with_its_date(sample_store):
    lines = _csv(sample_store, "lineage")
    assert lines[0] == "predecessor,successor,date,kind,source"
    assert "DPKO,DPO,2019-01-01,succeeded,ST/SGB/2019/4; A/RES/72/199" in lines
    assert len(lines) == 1 + len(reference.successions())


def test_lineage_lists_a_succession_both_curated_and_stated_once_with_both_sources(sample_store):
    # A/74/285 ¶5 states DPA -> DPPA, A/79/837 ¶41 UNSOM -> UNTMIS; both are curated too.
    assert [line for line in _csv(sample_store, "lineage") if "¶" in line] == [
        "DPA,DPPA,2019-01-01,succeeded,ST/SGB/2019/2; A/RES/72/199 A/74/285 ¶5",
        "UNSOM,UNTMIS,2024-11,succeeded,S/RES/2753 (2024) A/79/837 ¶41",
    ]


def _keys(text: str) -> list[tuple[str, str]]:
    from ingest.recognise import default_gazetteers

    return [(h.surface, h.key) for h in default_gazetteers()[0].find(text)]


def test_parlamericas_is_not_read_as_the_oas_inside_its_name():
    assert _keys("拉加经委会与美洲组织成员国议会网合作") == [
        ("拉加经委会", "ECLAC"), ("美洲组织成员国议会网", "ParlAmericas"),
    ]


def test_monusco_is_found_by_its_official_chinese_name():
    assert _keys("联合国组织刚果民主共和国稳定特派团支持启动") == [
        ("联合国组织刚果民主共和国稳定特派团", "MONUSCO"),
    ]


def test_a_bare_stabilization_mission_is_ambiguous_and_not_matched_alone():
    assert reference.is_ambiguous("稳定团")
    assert _keys("2024 年底，稳定团启动了协商框架") == []


def test_the_special_representative_and_the_office_name_the_same_entity():
    assert _keys("负责儿童与武装冲突问题秘书长特别代表与阿根廷") == [
        ("负责儿童与武装冲突问题秘书长特别代表", "SRSG-CAAC"),
    ]
    assert _keys("法治与冲突中性暴力问题专家组在负责冲突中性暴力问题秘书长特别代表办公室") == [
        ("法治与冲突中性暴力问题专家组",
         "Team of Experts on the Rule of Law and Sexual Violence in Conflict"),
        ("负责冲突中性暴力问题秘书长特别代表办公室", "SRSG-SVC"),
    ]


def test_every_state_has_a_location_on_the_globe():
    locations = reference.state_locations()
    assert set(locations) == {s.iso3 for s in reference.states()}
    assert all(-90 <= p.latitude <= 90 and -180 <= p.longitude <= 180 for p in locations.values())


@pytest.mark.parametrize(("iso3", "lat", "long"), [
    ("ECU", -0.2, -78.5),   # Quito, just south of the equator
    ("SLE", 8.5, -13.2),    # Freetown
    ("FJI", -18.1, 178.4),  # Suva, near the antimeridian
    ("CHN", 39.9, 116.4),   # Beijing
    ("FLK", -51.7, -57.9),  # Stanley
])
def test_a_location_is_where_an_atlas_puts_it(iso3, lat, long):
    point = reference.state_locations()[iso3]
    assert abs(point.latitude - lat) < 0.3 and abs(point.longitude - long) < 0.3


def test_a_location_row_out_of_range_is_refused(tmp_path, monkeypatch):
    reference.states()  # cached from the real files before the directory is swapped
    (tmp_path / "state-locations.csv").write_text("iso3,latitude,longitude,place\nECU,-0.18,-278.47,Quito\n")
    monkeypatch.setattr(reference, "REFERENCE_DIR", tmp_path)
    reference.state_locations.cache_clear()
    try:
        with pytest.raises(reference.ReferenceDataError, match="line 2.*between -180 and 180"):
            reference.state_locations()
    finally:
        reference.state_locations.cache_clear()


def test_state_locations_query_gives_the_point_and_both_names(sample_store):
    assert _csv(sample_store, "state-locations", iso3="ECU") == [
        "iso3,label_en,label_zh,lat,long",
        "ECU,Ecuador,厄瓜多尔,-0.18,-78.47",
    ]
    assert len(_csv(sample_store, "state-locations")) == 1 + len(reference.states())


def test_a_state_is_labelled_by_the_uns_short_name_with_the_official_name_as_alternative():
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS

    from ontology import iris
    from ontology.reference import states
    from ontology.reference_graph import add_state

    graph = Graph()
    add_state(graph, next(s for s in states() if s.iso3 == "KOR"))
    node = URIRef(iris.state("KOR"))
    assert set(graph.objects(node, SKOS.prefLabel)) == {Literal("Republic of Korea", lang="en"),
                                                        Literal("大韩民国", lang="zh")}
    assert Literal("South Korea", lang="en") not in set(graph.objects(node, SKOS.altLabel))
