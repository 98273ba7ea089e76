"""The fact queries on the sample corpus: whole expected outputs, written by hand from the text."""

from queries import runner

MG = "Member States"
SG = "Secretary-General"
FP = "focal point for electoral assistance matters"

# A/RES/76/176, every operative paragraph: (paragraph, verb, verb_type, addressee, deliverables).
RES_76_176 = [
    ("op 1", "welcomes", "declaratory", "", set()),
    ("op 2", "commends", "declaratory", "UN", {"assistance"}),
    ("op 2", "requests", "directive", "", {"assistance"}),
    ("op 3", "reaffirms", "declaratory", "", set()),
    ("op 4", "requests", "directive", FP, {"information", "assistance"}),
    ("op 5", "requests", "directive", "UN", {"assistance", "report"}),
    ("op 6", "notes", "declaratory", "", set()),
    ("op 6", "recommends", "exhortative", MG, {"resources"}),
    ("op 7", "reaffirms", "declaratory", "", set()),
    ("op 7", "calls upon", "exhortative", "States", set()),
    ("op 8", "condemns", "declaratory", "", set()),
    ("op 8", "calls upon", "exhortative", MG, set()),
    ("op 9", "calls upon", "exhortative", MG, set()),
    ("op 10", "calls upon", "exhortative", MG, set()),
    ("op 11", "calls upon", "exhortative", MG, set()),
    ("op 12", "recommends", "exhortative", "UN", {"assistance"}),
    ("op 13", "notes", "declaratory", "", set()),
    ("op 13", "encourages", "exhortative", "these organizations", {"assistance", "report"}),
    ("op 13", "expresses appreciation", "declaratory", MG, set()),
    ("op 13", "expresses appreciation", "declaratory", "regional organizations", set()),
    ("op 13", "expresses appreciation", "declaratory", "non-governmental organizations", set()),
    ("op 14", "recognizes", "declaratory", "", set()),
    ("op 14", "expresses appreciation", "declaratory", "", set()),
    ("op 15", "recalls", "declaratory", "", set()),
    ("op 15", "calls upon", "exhortative", MG, {"resources"}),
    ("op 16", "encourages", "exhortative", SG, {"assistance"}),
    ("op 17", "requests", "directive", SG, {"assistance", "resources", "roster"}),
    ("op 18", "reaffirms", "declaratory", "", set()),
    ("op 19", "requests", "directive", "UNDP", {"assistance", "programme"}),
    ("op 20", "reaffirms", "declaratory", "", set()),
    ("op 20", "invites", "exhortative", MG, set()),
    ("op 21", "reaffirms", "declaratory", "", set()),
    ("op 21", "reaffirms", "declaratory", "", set()),
    ("op 22", "requests", "directive", SG, {"report:GA-78", "assistance"}),
    ("op 23", "recognizes", "declaratory", "", set()),
    ("op 23", "encourages", "exhortative", "States", set()),
]


def _records(store, name, **params):
    return runner.to_records(runner.run(store, runner.load(name), params))


def test_mandates_of_a_resolution_one_row_per_verb_and_addressee(sample_store):
    rows = _records(sample_store, "mandates", symbol="A/RES/76/176")
    got = [
        (r["paragraph"], r["verb"], r["verb_type"], r["addressee"], set(r["deliverable"].split()))
        for r in rows
    ]
    assert got == RES_76_176
    assert {r["resolution"] for r in rows} == {"A/RES/76/176"}


def test_mandates_a_report_states_are_listed_under_the_resolution_it_cites(sample_store):
    rows = _records(sample_store, "mandates", symbol="A/RES/72/164")
    assert [(r["paragraph"], r["verb"], r["addressee"]) for r in rows] == [
        ("4", "recommends", "UN"),
        ("7", "requests", "UNDP"),
    ]
    assert rows[1]["summary"].startswith("请开发署与其他相关组织合作，继续推行其民主治理援助方案")


# Mandates reports state, read by hand: (resolution, paragraph, verb, addressee, deliverable).
REPORTED = {
    # A/74/285 ¶31: "大会在第 73/148 号决议中重申了……，鼓励国家立法当局和政党……。大会再次呼吁会员国……"
    "A/RES/73/148": [
        ("A/RES/73/148", "31", "encourages", "national legislative authorities", ""),
        ("A/RES/73/148", "31", "encourages", "political parties", ""),
        ("A/RES/73/148", "31", "calls upon", MG, ""),
    ],
    # A/62/296 ¶12: "大会第 60/253 号决议邀请会员国、联合国系统的有关组织、其他政府间组织、各国议会以及
    # 非政府组织……并向秘书长通报所采取的行动"; ¶1 asks the Secretary-General twice ("同一决议还请").
    "A/RES/60/253": [
        ("A/RES/60/253", "1", "requests", SG, "programme"),
        ("A/RES/60/253", "1", "requests", SG, "report:GA-62"),
        ("A/RES/60/253", "12", "invites", MG, "information"),
        ("A/RES/60/253", "12", "invites", "United Nations system", "information"),
        ("A/RES/60/253", "12", "invites", "intergovernmental organizations", "information"),
        ("A/RES/60/253", "12", "invites", "national parliaments", "information"),
        ("A/RES/60/253", "12", "invites", "non-governmental organizations", "information"),
    ],
    # A/79/837 ¶6 "该决议鼓励各国议会……" and ¶46 "该决议建议各国议会开展合作" (the resolution cited before).
    "A/RES/77/159": [
        ("A/RES/77/159", "6", "encourages", "national parliaments", ""),
        ("A/RES/77/159", "46", "recommends", "national parliaments", ""),
    ],
    # A/62/296 ¶57: "大会请秘书长……并向大会第五十届会议提交……综合报告（见第 49/30 号决议）"
    "A/RES/49/30": [("A/RES/49/30", "57", "requests", SG, "report:GA-50")],
}


def test_mandates_reports_state_with_their_addressees_and_the_resolution_they_cite(sample_store):
    for symbol, expected in REPORTED.items():
        rows = _records(sample_store, "mandates", symbol=symbol)
        got = [(r["resolution"], r["paragraph"], r["verb"], r["addressee"], r["deliverable"]) for r in rows]
        assert got == expected, symbol


def test_a_summary_is_the_clause_as_written(sample_store):
    rows = _records(sample_store, "mandates", symbol="A/RES/76/176")
    assert rows[-1]["summary"].startswith("鼓励各国确保包括妇女和女童、农村社区居民和残疾人")
    assert rows[6]["summary"] == "指出在全国和地方举行高效和透明选举必须有适足资源"


# A/74/285 annex I, read by hand: member states (* = under a Security Council mandate), then the
# observer state 巴勒斯坦国 and the non-self-governing territory 新喀里多尼亚.
ANNEX_I_MEMBERS = (
    "AFG* LBY* AGO MDG ARG MWI ARM MYS BGD MLI* BLZ MUS BEN MEX BOL MOZ CMR MMR CAF* NRU TCD NPL "
    "CIV NER COD* PAK DOM PNG ECU PRY SLV MDA ETH RWA GMB VCT GTM STP GIN SLE GNB* SLB HTI* SOM* "
    "HND TLS IRQ* TUN KEN VUT KGZ ZMB LBN ZWE LBR"
).split()
ANNEX_I = sorted(ANNEX_I_MEMBERS + ["PSE", "NCL"])


def test_electoral_assistance_reproduces_annex_i_of_a_74_285(sample_store):
    rows = _records(sample_store, "electoral-assistance", symbol="A/74/285")
    got = [r["iso3"] + ("*" if r["sc_mandate"] == "true" else "") for r in rows]
    assert len(ANNEX_I_MEMBERS) == 55
    assert got == sorted(ANNEX_I, key=lambda code: code.rstrip("*"))


def test_electoral_assistance_of_a_document_without_the_list_is_empty(sample_store):
    assert _records(sample_store, "electoral-assistance", symbol="A/79/837") == []


def test_memberships_as_stated(sample_store):
    rows = _records(sample_store, "memberships")
    assert [(r["group"], r["member"]) for r in rows] == [
        ("ICMEA", m) for m in sorted(
            ["DPO", "OHCHR", "PBSO", "UN-Women", "UNDEF", "UNDP", "UNESCO", "UNHCR", "UNOPS", "UNV"])
    ] + [("咨询委员会", m) for m in ["EGY", "ISL", "MNG", "ROU", "UN", "URY"]]


def test_representation_figures(sample_store):
    rows = _records(sample_store, "representation-figures")
    got = [(r["area"], r["value"], r["period"], r["document"], r["paragraph"]) for r in rows]
    assert got[:8] == [
        ("world", "24.3", "2019-01-01", "A/74/285", "25"),
        ("SLE", "30.4", "2023", "A/79/837", "25"),
        ("SLE", "34", "2023", "A/79/837", "25"),
        ("SLE", "12.4", "2018", "A/79/837", "25"),
        ("SLE", "18", "2018", "A/79/837", "25"),
        ("MNG", "17", "", "A/79/837", "29"),
        ("MNG", "25.4", "2024", "A/79/837", "29"),
        ("world", "27", "2024", "A/79/837", "96"),
    ]
    assert [(r["area"], r["value"], r["document"]) for r in rows[8:]] == [("world", "25", "A/RES/76/176")]


def _activity_rows(store, **params):
    rows = _records(store, "activities", **params)
    return [(r["paragraph"], r["date"], r["kind"], r["actors"], r["countries"], r["ipu"]) for r in rows]


def test_activities_of_a_79_837_paragraphs_18_and_53_as_read(sample_store):
    # Para. 18: capacity building (2023 and 2024), a workshop in Tanzania on 11-12 May 2024, a briefing of
    # Burkina Faso's transitional legislative assembly. Para. 53: WHO renewed its MoU with the IPU (2023),
    # developed tools with it, published a handbook, launched an online course (May 2024).
    rows = [r for r in _activity_rows(sample_store, document="A/79/837") if r[0] in {"18", "53"}]
    assert rows == [
        ("18", "2023", "technical-assistance", "OHCHR", "", "false"),
        ("18", "2024-05-11", "workshop", "OHCHR", "TZA", "false"),
        ("18", "", "dialogue", "OHCHR", "BFA", "false"),
        ("53", "2023", "agreement", "WHO", "", "true"),
        ("53", "", "technical-assistance", "WHO", "", "true"),
        ("53", "", "publication", "WHO", "", "true"),
        ("53", "2024-05", "online-course", "WHO", "", "true"),
    ]


def test_activities_filtered_by_actor_country_and_dates(sample_store):
    assert _activity_rows(sample_store, actor="OHCHR", country="TZA") == [
        ("18", "2024-05-11", "workshop", "OHCHR", "TZA", "false")
    ]
    # From January to December 2024, at month precision: para. 52's "2024" is a year, not within.
    dated = _activity_rows(sample_store, actor="WHO", **{"from": "2024-01", "to": "2024-12"})
    assert [(p, d, k, " ".join(sorted(a.split()))) for p, d, k, a, _, _ in dated] == [
        ("53", "2024-05", "online-course", "WHO"),
        ("85", "2024-10", "forum", "ILO OHCHR WHO"),
    ]


def test_ipu_partnerships_name_who_with_its_dates_and_theme(sample_store):
    rows = {r["un_entity"]: r for r in _records(sample_store, "ipu-partnerships")}
    # A/79/837 para. 15 (first Global Parliamentary Forum), 52 (parliamentary meeting at the World
    # Health Assembly, 2024), 53 (MoU renewed 2023, tools, handbook, online course May 2024).
    assert rows["WHO"] == {"un_entity": "WHO", "activities": "6", "first": "2023", "last": "2024-05",
                           "themes": "health"}
    assert "IPU" not in rows


def test_coordination_network_counts_shared_activities_once_per_pair(sample_store):
    rows = _records(sample_store, "coordination-network")
    assert all(r["a"] < r["b"] for r in rows)
    pairs = {(r["a"], r["b"]): int(r["weight"]) for r in rows}
    assert pairs[("IPU", "WHO")] >= 5  # A/79/837 paras. 15, 52, 53 (MoU, tools, handbook, course)


def test_state_profile_of_sierra_leone_from_the_annex_and_the_2023_figures(sample_store):
    rows = _records(sample_store, "state-profile", iso3="SLE")
    facts = [(r["fact"], r["document"], r["paragraph"]) for r in rows]
    assert ("electoral-assistance", "A/74/285", "annex I") in facts
    figures = [(r["what"], r["date"]) for r in rows if r["fact"] == "figure"]
    assert figures == [
        ("women's share of seats in parliament: 30.4%", "2023"),
        ("women's share of seats in local councils: 34%", "2023"),
        ("women's share of seats in parliament: 12.4%", "2018"),
        ("women's share of seats in local councils: 18%", "2018"),
    ]


def test_organization_profile_of_the_electoral_assistance_division(sample_store):
    rows = _records(sample_store, "organization-profile", acronym="EAD")
    roles = {(r["role"], r["what"], r["document"], r["paragraph"]) for r in rows}
    assert ("mentioned", "requests", "A/RES/76/176", "op 17") in roles
    assert ("mentioned", "encourages", "A/RES/76/176", "op 16") in roles


def test_organization_profile_lists_a_membership_once_with_no_kind(sample_store):
    # A/62/296 ¶9 names the UN a member of a group: a membership has no kind or verb, so its row says
    # nothing under what (it once came back once per notation of every scheme).
    rows = _records(sample_store, "organization-profile", acronym="UN")
    assert [(r["role"], r["what"], r["document"], r["paragraph"]) for r in rows if r["role"] == "member"] == [
        ("member", "", "A/62/296", "9"),
    ]
