"""IPU partnerships: which UN entities worked with the Inter-Parliamentary Union, by year and theme."""

import altair as alt
import streamlit as st

from app_pages import data, ui
from app_pages.i18n import t
from app_pages.shaping import heat_cells, with_ipu


def heat_map(found: list[dict], across: str) -> list[int]:
    """Draw entity × year (or theme) counts; return the indices of the activities in the clicked cell."""
    values = heat_cells(found, across)
    if not values:
        st.caption(t("no_rows"))
        return []
    pick = alt.selection_point(fields=["entity", across], name="cell")
    chart = alt.Chart(alt.Data(values=values)).mark_rect().encode(
        x=alt.X(f"{across}:O", title=t("theme") if across == "theme" else None),
        y=alt.Y("entity:N", title=None), color=alt.Color("count():Q", title=t("activities")),
        tooltip=["entity:N", f"{across}:O", "count():Q"]).add_params(pick)
    event = st.altair_chart(chart, width="stretch", on_select="rerun", key=f"heat_{across}")
    st.caption(t("heatmap_help"))
    chosen = (event.selection.get("cell") or [{}])[0] if event else {}
    return sorted({v["row"] for v in values if chosen and all(v.get(k) == chosen.get(k) for k in chosen
                                                                if k in ("entity", across))})


st.title(t("page_ipu"))
if not data.store_missing():
    partnerships = ui.rows("ipu-partnerships")
    if partnerships is not None:
        ui.table(partnerships, key="ipu_partnerships", links=())
        for row in partnerships:
            st.page_link(ui.ORGANIZATION_PAGE, label=row["un_entity"],
                         query_params={"acronym": row["un_entity"]})
    found = with_ipu(ui.rows("activities") or [])
    if found:
        across = st.radio(t("period"), ["year", "theme"], horizontal=True, key="ipu_across",
                          format_func=lambda a: t("period") if a == "year" else t("theme"))
        picked = heat_map(found, across)
        st.subheader(t("activities"))
        ui.table(ui.with_source_links([found[i] for i in picked] or found, "document"), key="ipu_activities")
