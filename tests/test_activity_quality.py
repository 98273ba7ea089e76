"""Activity extraction measured against the hand-checked annotation of A/79/837 paragraphs 17-40.

The floors are the figures reached when the annotation was written (actors F1 0.974, dates
exact 0.971); a change that lowers them fails here. benchmarks/activity_quality.py prints them.
"""

from pathlib import Path

from benchmarks.activity_quality import measure

ANNOTATION = Path(__file__).parent / "data" / "annotations" / "activities-A_79_837.json"


def test_actors_and_dates_of_a_79_837_paragraphs_17_to_40_stay_above_the_measured_floor():
    scores = measure(ANNOTATION)
    assert (scores.actor_f1 >= 0.97, scores.dates_exact >= 0.97) == (True, True), scores
