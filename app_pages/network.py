"""Coordination network: entities that acted together, weighted by shared activities, by theme and period."""

import altair as alt
import streamlit as st

from app_pages import data, ui
from app_pages.graphlayout import spring_layout
from app_pages.i18n import t
from app_pages.shaping import weighted_pairs


def filters(found: list[dict]) -> tuple[list[dict], bool]:
    """Draw the period and theme filters; return the activities that pass them and whether a filter is on."""
    narrowed = False
    years = sorted({ui.year_of(r.get("date", "")) for r in found} - {""})
    themes = sorted({w for r in found for w in ui.words(r.get("themes", "") or r.get("theme", ""))})
    left, right = st.columns(2)
    if len(years) > 1:
        first, last = left.select_slider(t("period"), years, value=(years[0], years[-1]), key="net_period")
        narrowed = (first, last) != (years[0], years[-1])
        found = [r for r in found if first <= (ui.year_of(r.get("date", "")) or first) <= last]
    picked = right.multiselect(t("theme"), themes, key="net_theme") if themes else []
    if picked:
        found = [r for r in found if set(picked) & set(ui.words(r.get("themes", "") or r.get("theme", "")))]
    return found, narrowed or bool(picked)


def draw(pairs: dict[tuple[str, str], int]) -> str | None:
    """Draw the network; return the acronym of a clicked node, if any."""
    nodes = sorted({n for pair in pairs for n in pair})
    pos = spring_layout(nodes, [(a, b, w) for (a, b), w in pairs.items()])
    degree = {n: sum(w for p, w in pairs.items() if n in p) for n in nodes}
    edges = [{"x": pos[a][0], "y": pos[a][1], "x2": pos[b][0], "y2": pos[b][1], "weight": w,
              "pair": f"{a} – {b}"} for (a, b), w in pairs.items()]
    points = [{"acronym": n, "x": pos[n][0], "y": pos[n][1], "activities": degree[n]} for n in nodes]
    axis = alt.Axis(labels=False, ticks=False, grid=False, title=None, domain=False)
    lines = alt.Chart(alt.Data(values=edges)).mark_rule(opacity=0.4).encode(
        x=alt.X("x:Q", axis=axis), y=alt.Y("y:Q", axis=axis), x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("weight:Q", scale=alt.Scale(range=[1, 8])),
        tooltip=["pair:N", "weight:Q"])
    pick = alt.selection_point(fields=["acronym"], name="node")
    dots = alt.Chart(alt.Data(values=points)).mark_circle(opacity=0.9).encode(
        x="x:Q", y="y:Q", size=alt.Size("activities:Q", scale=alt.Scale(range=[100, 1200]), legend=None),
        tooltip=["acronym:N", "activities:Q"]).add_params(pick)
    labels = alt.Chart(alt.Data(values=points)).mark_text(dy=-14).encode(x="x:Q", y="y:Q", text="acronym:N")
    event = st.altair_chart((lines + dots + labels).properties(height=560), width="stretch",
                            on_select="rerun", key="network_chart")
    clicked = event.selection.get("node") if event else None
    return clicked[0].get("acronym") if clicked else None


st.title(t("page_network"))
st.caption(t("network_help"))
if not data.store_missing():
    found = ui.rows("activities")
    if found is not None:
        kept, narrowed = filters(found)
        stated = None if narrowed else ui.rows("coordination-network")
        if stated is not None:
            pairs = {tuple(sorted((r["a"], r["b"]))): int(r["weight"]) for r in stated}
        else:
            st.caption(t("network_filtered"))
            pairs = weighted_pairs(kept)
        if pairs:
            clicked = draw(pairs)
            if clicked:
                st.switch_page(ui.ORGANIZATION_PAGE, query_params={"acronym": clicked})
            nodes = sorted({n for pair in pairs for n in pair})
            node = st.selectbox(t("open_organization"), nodes, key="net_open")
            st.page_link(ui.ORGANIZATION_PAGE, label=f"{t('open_organization')}: {node}",
                         query_params={"acronym": node})
        ranked = sorted(pairs.items(), key=lambda kv: -kv[1])
        ui.table([{"a": a, "b": b, "weight": w} for (a, b), w in ranked],
                 key="network_pairs", links=())
