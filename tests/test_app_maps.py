"""Maps on the explorer's state and organisation pages (Streamlit AppTest, headless)."""

import json

import pytest
from test_app import open_page, sample  # noqa: F401  (sample: the fixture pointing the app at the sample graph)

from app_pages import maps

pytestmark = pytest.mark.usefixtures("sample")


def drawn(at) -> list[dict]:
    """Return the points of every map on the page (st.map renders a deck.gl chart)."""
    charts = at.get("deck_gl_json_chart")
    return [point for chart in charts for layer in json.loads(chart.proto.json)["layers"]
            for point in layer["data"]]


def test_state_page_for_sierra_leone_shows_freetown_on_a_map():
    at = open_page("state", iso3="SLE")
    assert not at.exception
    [point] = drawn(at)
    assert (round(point["lat"], 2), round(point["lon"], 2)) == (8.48, -13.23)


def test_organisation_page_maps_the_states_it_worked_in():
    at = open_page("organization", acronym="UNDP")
    assert not at.exception
    worked_in = {link.label for link in at.get("page_link") if len(link.label) == 3 and link.label.isupper()}
    points = drawn(at)
    assert len(points) == len(worked_in) > 0


def test_map_points_skip_states_without_a_location_and_grow_with_the_count():
    columns = maps.points({"ECU": 1, "TLS": 3, "XXX": 5})
    assert columns["iso3"] == ["ECU", "TLS"]
    assert columns["lat"] == [-0.18, -8.56]
    assert columns["size"][1] > columns["size"][0]
