"""How the explorer turns activity rows into the network and the IPU heat map (hand-written rows)."""

from app_pages.graphlayout import spring_layout
from app_pages.shaping import heat_cells, weighted_pairs, with_ipu

ROWS = [
    {"actors": "UNDP IPU", "date": "2023-05", "ipu": "true", "themes": "elections"},
    {"actors": "UN-Women IPU UNDP", "date": "2024", "ipu": "true", "themes": "gender youth"},
    {"actors": "DPPA", "date": "", "ipu": "false", "themes": ""},
]


def test_pairs_are_weighted_by_the_activities_both_took_part_in():
    assert weighted_pairs(ROWS) == {("IPU", "UNDP"): 2, ("IPU", "UN-Women"): 1, ("UN-Women", "UNDP"): 1}


def test_only_activities_with_the_ipu_go_into_the_partnership_view():
    assert with_ipu(ROWS) == ROWS[:2]


def test_heat_cells_by_year_leave_out_the_ipu_itself():
    assert heat_cells(ROWS[:2], "year") == [
        {"entity": "UNDP", "year": "2023", "row": 0},
        {"entity": "UN-Women", "year": "2024", "row": 1},
        {"entity": "UNDP", "year": "2024", "row": 1},
    ]


def test_heat_cells_by_theme_give_one_cell_per_theme():
    assert heat_cells(ROWS[1:2], "theme") == [
        {"entity": "UN-Women", "theme": "gender", "row": 0},
        {"entity": "UN-Women", "theme": "youth", "row": 0},
        {"entity": "UNDP", "theme": "gender", "row": 0},
        {"entity": "UNDP", "theme": "youth", "row": 0},
    ]


def test_layout_is_deterministic_and_fits_the_unit_square():
    nodes = ["IPU", "UNDP", "UN-Women", "DPPA"]
    edges = [("IPU", "UNDP", 2.0), ("IPU", "UN-Women", 1.0)]
    first, second = spring_layout(nodes, edges), spring_layout(nodes, edges)
    assert first == second
    assert set(first) == set(nodes)
    assert all(-1.0001 <= c <= 1.0001 for xy in first.values() for c in xy)
