"""The benchmark corpus generator (benchmarks/corpus.py) and its scorer (benchmarks/corpus_quality.py)."""

import json
import re
from pathlib import Path

import pytest

from benchmarks import corpus, corpus_quality
from ingest.build import build
from ingest.extract import vocabulary
from ingest.manifest import load_manifest
from ingest.recognise import default_gazetteers
from ingest.store import GraphStore

RESOLUTION = """\
  76/176.  加强选举进程

 大会，

 回顾第 74/158 号决议，

 1. 请秘书长向大会提交一份报告；
 2. 鼓励联合国开发计划署继续在马拉维开展工作。
2021 年 12 月 16 日
第 53 次全体会议
"""

REPORT = """\
 第七十九届会议
 议程项目 126
  选举援助
  秘书长的报告

 一. 背景
 1. 2023年5月，联合国开发计划署与各国议会联盟合作，在马拉维举办了关于性别平等的讲习班。
 2. 有关方面指出，需要更多可靠的数据来衡量进展。
"""

EXPECTED = {
    "A/RES/76/176": {
        "organizations": {"op 1": ["GA"], "op 2": ["UNDP"]},
        "states": {"op 2": ["MWI"]},
        "symbols": {"pp 1": ["A/RES/74/158"]},
        "mandates": [
            {"resolution": "A/RES/76/176", "paragraph": "op 1", "verb": "requests",
             "addressee": "Secretary-General"},
            {"resolution": "A/RES/76/176", "paragraph": "op 2", "verb": "encourages",
             "addressee": "UNDP"},
        ],
        "activities": [],
    },
    "A/79/900": {
        "organizations": {"1": ["IPU", "UNDP"]},
        "states": {"1": ["MWI"]},
        "symbols": {},
        "mandates": [],
        "activities": [{"paragraph": "1", "actors": ["UNDP"], "date": "2023-05"}],
    },
}


SEED = 134


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> corpus.GeneratedCorpus:
    """Three generated documents of seed 134: an English report whose symbol only the manifest gives,
    a Chinese resolution, and a Chinese report whose symbol only the text gives."""
    return corpus.generate(tmp_path_factory.mktemp("tiny"), 3, seed=SEED)


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory) -> GraphStore:
    """A store built from the hand-written resolution and report above."""
    folder = tmp_path_factory.mktemp("hand")
    (folder / "res.zh.txt").write_text(RESOLUTION, encoding="utf-8")
    (folder / "rep.zh.txt").write_text(REPORT, encoding="utf-8")
    manifest = {"documents": [{"file": "rep.zh.txt", "symbol": "A/79/900", "language": "zh", "body": "GA"},
                              {"file": "res.zh.txt", "language": "zh", "doc_type": "resolution"}]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    store = GraphStore(folder / "store")
    assert build(store, [folder / "res.zh.txt", folder / "rep.zh.txt"], jobs=1).ok
    return store


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_the_same_seed_and_size_give_byte_identical_files(tiny, tmp_path):
    again = corpus.generate(tmp_path, 3, seed=SEED)
    assert _files(again.folder) == _files(tiny.folder)
    assert again.characters == tiny.characters


def test_another_seed_gives_other_documents(tiny, tmp_path):
    other = corpus.generate(tmp_path, 1, seed=SEED + 1)
    assert other.files[0].read_bytes() != tiny.files[0].read_bytes()


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(tiny, tmp_path):
    small = corpus.generate(tmp_path, 2, seed=SEED)
    assert [p.name for p in small.files] == [p.name for p in tiny.files[:2]]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(small.files, tiny.files, strict=False))
    big = json.loads((tiny.folder / "expected.json").read_text(encoding="utf-8"))["documents"]
    small_expected = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))["documents"]
    assert {symbol: big[symbol] for symbol in small_expected} == small_expected


def test_generate_reports_what_it_wrote(tiny):
    assert tiny.documents == 3
    assert tiny.characters == sum(len(p.read_text(encoding="utf-8")) for p in tiny.files)
    assert {p.suffixes[-2] for p in tiny.files} == {".zh", ".en"}


def test_every_generated_file_builds(tiny, tmp_path):
    report = build(GraphStore(tmp_path / "store"), [tiny.folder], jobs=1)
    assert report.failures == []
    expected = json.loads((tiny.folder / "expected.json").read_text(encoding="utf-8"))["documents"]
    assert sorted(d.symbol for d in report.documents) == sorted(expected)


def test_expected_names_only_documents_of_the_manifest(tiny):
    manifest = load_manifest(tiny.folder)
    expected = json.loads((tiny.folder / "expected.json").read_text(encoding="utf-8"))["documents"]
    assert sorted(doc["file"] for doc in expected.values()) == sorted(manifest)
    for symbol, doc in expected.items():
        entry = manifest[doc["file"]]
        # An entry without a symbol leaves it to the text (a resolution's number line or a running header).
        assert entry.get("symbol", symbol) == symbol
        if "symbol" not in entry:
            text = (tiny.folder / doc["file"]).read_text(encoding="utf-8")
            assert symbol in text or symbol.removeprefix("A/RES/") + "." in text


def test_symbols_are_stated_in_the_manifest_the_text_or_both(tiny):
    entries = load_manifest(tiny.folder).values()
    assert {(entry["symbol_in_text"], "symbol" in entry) for entry in entries} == {
        (False, True), (True, True), (True, False)}


def test_expected_mandates_use_the_mandate_verb_scheme(tiny):
    verbs = {verb.notation for verb in vocabulary.verbs()}
    expected = json.loads((tiny.folder / "expected.json").read_text(encoding="utf-8"))["documents"]
    mandates = [m for doc in expected.values() for m in doc["mandates"]]
    assert mandates
    assert {m["verb"] for m in mandates} <= verbs
    assert all(m["paragraph"] for m in mandates)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_template_text_outside_slots_names_no_organisation_or_state(language):
    orgs, states = default_gazetteers()
    t = corpus.templates(language)
    texts = t["filler"] + t["mention"] + t["activity"] + t["publication"] + t["topics"] + t["kinds"]
    texts += t["preambular"] + [o["rest"] for o in t["operative"]] + t["footnotes"]
    texts += [pair["text"].replace("|", "") for pair in t["activity_pairs"]]
    for text in texts:
        literal = re.sub(r"\{[^}]*\}", "。", text)
        # Titles of treaties and publications name no organisation (《联合国宪章》, Official Records of ...).
        titles = [m.span() for m in re.finditer(r"《[^《》]{1,80}》", literal)]
        titles += [(m.start(), m.end()) for title in t.get("publication_titles", [])
                   for m in re.finditer(re.escape(title), literal)]
        assert orgs.find(literal, titles) == [] and states.find(literal, titles) == [], text


def test_report_sentences_hold_no_activity_cue_outside_slots_and_kinds():
    cues = [cue for pair in vocabulary.activity_cues() for cue in pair]
    t = corpus.templates("zh")
    for text in t["filler"] + t["mention"] + t["topics"]:
        literal = re.sub(r"\{[^}]*\}", "。", text)
        assert not [c for c in cues if c in literal], text


def test_numbers_as_un_documents_write_them():
    assert [corpus.zh_number(n) for n in (7, 10, 14, 79, 104)] == ["七", "十", "十四", "七十九", "一百零四"]
    assert [corpus.en_ordinal(n) for n in (1, 12, 20, 79)] == [
        "first", "twelfth", "twentieth", "seventy-ninth"]
    assert corpus.zh_date((2023, 5, 11), True) == "2023 年 5 月 11 日"
    assert corpus.en_date((2023, 5, 0), preposition=True) == "in May 2023"


def test_the_scorer_gives_one_when_the_store_holds_every_fact(hand_store, tmp_path):
    path = tmp_path / "expected.json"
    path.write_text(json.dumps({"documents": EXPECTED}), encoding="utf-8")
    scores = corpus_quality.score(hand_store, path)
    assert {kind: (s["precision"], s["recall"]) for kind, s in scores.items()} == {
        kind: (1.0, 1.0) for kind in corpus_quality.KINDS}


@pytest.mark.parametrize("kind", ["organizations", "states", "symbols", "mandates", "activities"])
def test_the_scorer_counts_a_fact_the_expectation_lacks_as_extra(hand_store, tmp_path, kind):
    expected = json.loads(json.dumps(EXPECTED))
    for doc in expected.values():
        if isinstance(doc[kind], dict) and doc[kind]:
            doc[kind].pop(next(iter(doc[kind])))
            break
        if isinstance(doc[kind], list) and doc[kind]:
            doc[kind].pop()
            break
    path = tmp_path / "expected.json"
    path.write_text(json.dumps({"documents": expected}), encoding="utf-8")
    scores = corpus_quality.score(hand_store, path)
    assert scores[kind]["precision"] < 1.0
    assert scores[kind]["recall"] == 1.0


def test_keys_with_spaces_are_read_whole_from_a_joined_list():
    assert corpus_quality.split_keys("UN Youth Office UNDP") == ["UN Youth Office", "UNDP"]


def test_a_sample_spreads_evenly_over_the_documents():
    assert corpus_quality.sample(list("abcdefgh"), 4) == ["a", "c", "e", "g"]
    assert corpus_quality.sample(list("abc"), None) == ["a", "b", "c"]
    assert corpus_quality.sample(list("abc"), 5) == ["a", "b", "c"]


def test_a_sample_scores_its_documents_and_leaves_reported_mandates_out(hand_store, tmp_path):
    path = tmp_path / "expected.json"
    path.write_text(json.dumps({"documents": EXPECTED}), encoding="utf-8")
    scores = corpus_quality.score(hand_store, path, documents=1)
    assert "reported_mandates" not in scores
    assert scores["activities"] == {"expected": 1, "found": 1, "correct": 1, "precision": 1.0, "recall": 1.0,
                                    "f1": 1.0}
    assert scores["mandates"]["expected"] == 0
