"""State page: electoral assistance, parliaments engaged, activities by entity and year, figures, map."""

import altair as alt
import streamlit as st

from app_pages import data, maps, ui
from app_pages.i18n import t


def label(row: dict) -> str:
    """Return a state row's name in the session's language, falling back to English."""
    return ui.name(row, "iso3")


def electoral(iso3: str) -> None:
    """Show the electoral assistance the state received, as the documents list it."""
    st.subheader(t("electoral_assistance"))
    found = [r for r in ui.rows("electoral-assistance") or [] if r.get("iso3") == iso3]
    ui.table(ui.with_source_links(found, "document"), key="state_electoral")


def activities(iso3: str) -> None:
    """Show activities in or for the state: a heat map by entity and year, then the table."""
    st.subheader(t("activities_by_entity"))
    if not data.has_query("activities"):
        ui.rows("activities")
        return
    found = ui.rows("activities", country=data.entity_value("activities", "country", "state", iso3)) or []
    cells = [{"entity": actor, "year": ui.year_of(r.get("date", ""))}
             for r in found for actor in ui.words(r.get("actors", "")) if ui.year_of(r.get("date", ""))]
    if cells:
        chart = alt.Chart(alt.Data(values=cells)).mark_rect().encode(
            x=alt.X("year:O"), y=alt.Y("entity:N"), color=alt.Color("count():Q", title=t("activities")),
            tooltip=["entity:N", "year:O", "count():Q"])
        st.altair_chart(chart, width="stretch")
    ui.table(ui.with_source_links(found, "document"), key="state_activities")


def figures(iso3: str) -> None:
    """Show the figures the documents give for the state (women's share of seats) over time."""
    st.subheader(t("figures"))
    found = [r for r in ui.rows("representation-figures") or [] if r.get("area") == iso3]
    plotted = [r | {"year": ui.year_of(r.get("period", ""))} for r in found]
    plotted = [r for r in plotted if r["year"]]
    if plotted:
        chart = alt.Chart(alt.Data(values=plotted)).mark_circle(size=120).encode(
            x=alt.X("year:O"), y=alt.Y("value:Q"), tooltip=["period:N", "value:N", "document:N"])
        st.altair_chart(chart, width="stretch")
    ui.table(ui.with_source_links(found, "document"), key="state_figures")


if not data.store_missing():
    known = ui.reference("states", "iso3")
    iso3 = ui.chosen_entity("iso3", known, t("choose_state"))
    if iso3:
        row = known.get(iso3, {})
        st.title(f"{label(row)} ({iso3})" if row else iso3)
        if row.get("status"):
            st.caption(row["status"])
        st.subheader(t("state_map"))
        maps.show({iso3: 0}, zoom=4)
        profile = ui.rows("state-profile", iso3=data.entity_value("state-profile", "iso3", "state", iso3))
        if profile is not None:
            ui.table(ui.with_source_links(profile, "document"), key="state_profile")
        left, right = st.columns(2)
        with left:
            electoral(iso3)
            figures(iso3)
        with right:
            activities(iso3)
