"""Maps of states: each state drawn at its representative point from the `state-locations` query."""

from __future__ import annotations

import streamlit as st

from app_pages import ui
from app_pages.i18n import t

# Dot radius in metres: large enough to see a small island state on a world map.
BASE_RADIUS = 60_000
PER_ACTIVITY = 20_000


def points(weights: dict[str, int]) -> dict[str, list]:
    """Return columns iso3, lat, lon, size for the states of `weights` (ISO3 -> count) with a location."""
    located = {r["iso3"]: r for r in ui.rows("state-locations") or [] if r.get("iso3") in weights}
    codes = sorted(located)
    return {
        "iso3": codes,
        "lat": [float(located[c]["lat"]) for c in codes],
        "lon": [float(located[c]["long"]) for c in codes],
        "size": [BASE_RADIUS + PER_ACTIVITY * weights[c] for c in codes],
    }


def show(weights: dict[str, int], zoom: int | None = None) -> None:
    """Draw the states of `weights` (ISO3 -> count, the dot grows with it) on a map, with a caption."""
    columns = points(weights)
    if not columns["iso3"]:
        return
    st.map(columns, latitude="lat", longitude="lon", size="size", zoom=zoom, height=320)
    st.caption(t("map_caption"))
