"""Mention quality on the hand-checked annotation of 12 sample paragraphs must not fall.

The floors are the figures measured when the annotation was written
(benchmarks/mention_quality.py prints them and, with --misses, every difference);
raise them when recognition improves, never lower them to let a change pass.
"""

import pytest

from benchmarks.mention_quality import measure

# kind: (precision, recall) floors.
FLOORS = {
    "organization": (0.984, 1.000),
    "state": (1.000, 1.000),
    "symbol": (1.000, 1.000),
    "candidate": (1.000, 1.000),
}


@pytest.fixture(scope="module")
def scores():
    return measure()[0]


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_precision_and_recall_do_not_fall_below_their_floor(scores, kind):
    precision, recall = FLOORS[kind]
    assert round(scores[kind].precision, 3) >= precision
    assert round(scores[kind].recall, 3) >= recall


def test_the_annotation_covers_every_kind(scores):
    assert {kind: s.expected for kind, s in scores.items()} == {
        "organization": 61, "state": 57, "symbol": 10, "candidate": 8,
    }
