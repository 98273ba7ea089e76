"""The mention queries on the sample corpus: whole expected rows for chosen documents, read by hand."""

from queries import runner


def rows(store, name, **params):
    result = runner.run(store, runner.load(name), params)
    return [[runner.plain(cell) for cell in row] for row in result.rows]


def test_document_citations_of_a_resolution_include_footnotes_and_numbers(sample_store):
    cited = dict(rows(sample_store, "document-citations", symbol="A/RES/76/176"))
    # pp 11: 第 74/158 号决议; pp 12: Human Rights Council resolutions (with link lines as evidence);
    # pp 23: 安全理事会第 1325(2000)号决议; pp 29 footnote 15: A/76/266.
    assert cited["A/RES/74/158"] == "pp 11"
    assert cited["A/HRC/RES/39/11"] == "pp 12"
    assert cited["S/RES/1325(2000)"] == "pp 23"
    assert cited["A/76/266"] == "pp 29"
    assert cited["A/CONF.157/24(Part I)"] == "pp 17"


def test_cited_by_lists_the_citing_paragraphs_in_order(sample_store):
    assert rows(sample_store, "cited-by", symbol="A/RES/76/270") == [["A/79/837", "1 4 5 96"]]


def test_document_organizations_gives_labels_and_paragraphs(sample_store):
    found = {row[0]: row for row in rows(sample_store, "document-organizations", symbol="A/62/296")}
    assert found["UNDP"][1:3] == ["United Nations Development Programme", "联合国开发计划署"]
    assert found["UNDP"][3].split()[:2] == ["18", "22"]
    assert found["OHCHR"][3].split()[0] == "20"


def test_document_states_reads_the_annex_list(sample_store):
    found = {row[0]: row for row in rows(sample_store, "document-states", symbol="A/74/285")}
    assert found["ARG"] == ["ARG", "Argentina", "阿根廷", "annex I"]
    assert found["BOL"][3].endswith("annex I")


def test_documents_counts_paragraphs_as_the_documents_number_them(sample_store):
    assert rows(sample_store, "documents", symbol="A/79/837") == [
        ["A/79/837", "zh", "联合国与各国议会和各国议会联盟的互动", "98"]]


def test_document_paragraphs_name_the_heading_of_their_section(sample_store):
    found = {row[2]: row[5] for row in rows(sample_store, "document-paragraphs", symbol="A/74/285")}
    assert found["1"] == "导言"
    assert found["5"] == "任务授权"  # 二.A, under 二. 本报告所述期间联合国的选举援助
    assert found["42"] == "意见"
    assert found["annex I"] == "在本报告所述期间提供的联合国选举援助"
    assert found["annex II 1"] == "亚美尼亚"  # a country example under its country


def test_document_paragraphs_of_a_resolution_have_no_section(sample_store):
    sections = {row[5] for row in rows(sample_store, "document-paragraphs", symbol="A/RES/76/176")}
    assert sections == {""}


def test_document_mentions_give_dates_as_written_with_their_key(sample_store):
    found = rows(sample_store, "document-mentions", symbol="A/79/837")
    assert [row for row in found if row[1] == "12" and row[2] in ("date", "period")] == [
        ["A/79/837", "12", "date", "2022-06", "2022 年 6 月"],
    ]


def test_document_mentions_key_an_organisation_by_its_acronym(sample_store):
    # No document of the sample names the Commission on Human Rights as a party; its key is still
    # the reference data's acronym, not the IRI's slug (chr).
    found = rows(sample_store, "document-mentions", symbol="A/62/296")
    assert [row for row in found if row[1] == "30" and row[3] in ("CHR", "chr")] == [
        ["A/62/296", "30", "organization", "CHR", "CHR"],
        ["A/62/296", "30", "organization", "CHR", "Commission on Human Rights"],
        ["A/62/296", "30", "organization", "CHR", "UNCHR"],
        ["A/62/296", "30", "organization", "CHR", "人权委员会"],
        ["A/62/296", "30", "organization", "CHR", "联合国人权委员会"],
    ]
