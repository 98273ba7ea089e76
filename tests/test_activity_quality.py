"""Activity extraction measured against hand-checked annotations (tests/data/annotations/activities-*.json).

The floors are the figures reached when each annotation was written or the extractor last
improved: A/79/837 paragraphs 17-40 (actors F1 0.974, dates exact 0.971, partners F1 0.971);
paragraphs and annex country examples of A/74/285, A/62/296 and A/HRC/44/25 (actors F1 0.970,
dates exact 0.962, partners F1 0.833). A change that lowers them fails here.
benchmarks/activity_quality.py prints them.
"""

from pathlib import Path

import pytest

from benchmarks.activity_quality import measure

ANNOTATIONS = Path(__file__).parent / "data" / "annotations"


@pytest.mark.parametrize(("annotation", "actor_f1", "dates_exact", "partners_f1"), [
    ("activities-A_79_837.json", 0.97, 0.97, 0.97),
    ("activities-other.json", 0.969, 0.96, 0.83),
])
def test_actors_dates_and_partners_stay_above_the_measured_floor(annotation, actor_f1, dates_exact,
                                                                 partners_f1):
    scores = measure(ANNOTATIONS / annotation)
    assert (scores.actor_f1 >= actor_f1, scores.dates_exact >= dates_exact,
            scores.partners_f1 >= partners_f1) == (True, True, True), scores
