"""Organisation page: who it is, its lineage, mandates, activities, partners, and where it is mentioned."""

import altair as alt
import streamlit as st

from app_pages import data, maps, ui
from app_pages.i18n import t


def label(row: dict) -> str:
    """Return an organisation row's name in the session's language, falling back to English."""
    return ui.name(row, "acronym")


def heading(acronym: str, row: dict) -> None:
    """Show the organisation's names, kind and parent (linked)."""
    st.title(f"{acronym} · {label(row)}" if row else acronym)
    if row:
        st.write(f"{t('kind')}: **{row.get('kind') or '–'}**")
        if row.get("parent"):
            st.page_link(ui.ORGANIZATION_PAGE, label=f"{t('parent')}: {row['parent']}",
                         query_params={"acronym": row["parent"]})


def lineage(acronym: str) -> None:
    """Show the successions the organisation took part in, each side linked."""
    st.subheader(t("lineage"))
    found = [r for r in ui.rows("lineage") or [] if acronym in (r.get("predecessor"), r.get("successor"))]
    for r in found:
        other = r["successor"] if r.get("predecessor") == acronym else r["predecessor"]
        st.page_link(ui.ORGANIZATION_PAGE,
                     label=f"{r['predecessor']} → {r['successor']} ({r.get('date', '')})",
                     query_params={"acronym": other})
    if not found:
        st.caption(t("no_rows"))


def activities(acronym: str) -> list[dict]:
    """Show the organisation's activities on a timeline and as a table; return them."""
    st.subheader(t("activities_timeline"))
    if not data.has_query("activities"):
        ui.rows("activities")
        return []
    found = ui.rows("activities", actor=data.entity_value("activities", "actor", "org", acronym)) or []
    dated = [r for r in found if ui.year_of(r.get("date", ""))]
    if dated:
        chart = alt.Chart(alt.Data(values=dated)).mark_circle(size=120).encode(
            x=alt.X("date:T", title=None), y=alt.Y("kind:N", title=t("kind")),
            tooltip=["date:N", "kind:N", "actors:N", "countries:N", "document:N", "paragraph:N"])
        st.altair_chart(chart, width="stretch")
    ui.table(ui.with_source_links(found, "document"), key="org_activities")
    return found


def partners(acronym: str, found: list[dict]) -> None:
    """Show its partners (shared activities, IPU partnership) and the states it worked in."""
    st.subheader(t("partners"))
    shared: dict[str, int] = {}
    for r in found:
        for other in ui.words(r.get("actors", "")):
            if other != acronym:
                shared[other] = shared.get(other, 0) + 1
    groups = sorted({r["group"] for r in ui.rows("memberships") or [] if r.get("member") == acronym})
    for group in groups:
        st.page_link(ui.ORGANIZATION_PAGE, label=f"∈ {group}", query_params={"acronym": group})
    ipu = [r for r in ui.rows("ipu-partnerships") or [] if r.get("un_entity") == acronym]
    if ipu:
        st.write(f"IPU: {ipu[0].get('activities')} · {ipu[0].get('first')}–{ipu[0].get('last')} · "
                 f"{ipu[0].get('themes', '')}")
    for other, count in sorted(shared.items(), key=lambda kv: -kv[1]):
        st.page_link(ui.ORGANIZATION_PAGE, label=f"{other} ({count})", query_params={"acronym": other})
    st.subheader(t("countries_worked"))
    countries: dict[str, int] = {}
    for r in found:
        for iso3 in ui.words(r.get("countries", "")):
            countries[iso3] = countries.get(iso3, 0) + 1
    if countries:
        maps.show(countries)
        st.bar_chart({"state": list(countries), "activities": list(countries.values())}, x="state",
                     y="activities")
    for iso3 in sorted(countries):
        st.page_link(ui.STATE_PAGE, label=iso3, query_params={"iso3": iso3})
    if not shared and not countries and not ipu and not groups:
        st.caption(t("no_rows"))


def mandates(acronym: str) -> None:
    """Show the mandates whose addressee is the organisation, with their source paragraphs."""
    st.subheader(t("mandates_to"))
    found = ui.with_mandate_sources(
        [r for r in ui.rows("mandates") or [] if acronym in ui.words(r.get("addressee", ""))])
    ui.table(found, key="org_mandates")
    ui.paragraph_links(sorted({(r["document"], r["paragraph"]) for r in found if r["document"]}))


def mentions(acronym: str) -> None:
    """Link every paragraph of every document that mentions the organisation."""
    st.subheader(t("mentioned_in"))
    docs = [d["symbol"] for d in ui.rows("documents") or []]
    if not data.has_query("document-organizations"):
        ui.rows("document-organizations")
        return
    any_found = False
    for symbol in docs:
        hits = [r for r in ui.rows("document-organizations", symbol=symbol) or [] if r["acronym"] == acronym]
        for hit in hits:
            any_found = True
            st.markdown(f"**{symbol}**")
            cols = st.columns(8)
            for i, pid in enumerate(ui.words(hit.get("paragraphs", ""))):
                cols[i % 8].page_link(ui.DOCUMENT_PAGE, label=f"¶ {pid}",
                                      query_params={"symbol": symbol, "para": pid})
    if not any_found:
        st.caption(t("no_rows"))


if not data.store_missing():
    known = ui.reference("organizations", "acronym")
    acronym = ui.chosen_entity("acronym", known, t("choose_organization"))
    if acronym:
        heading(acronym, known.get(acronym, {}))
        profile_key = data.entity_value("organization-profile", "acronym", "org", acronym)
        profile = ui.rows("organization-profile", acronym=profile_key)
        if profile is not None:
            ui.table(ui.with_source_links(profile, "document"), key="org_profile")
        left, right = st.columns(2)
        with left:
            lineage(acronym)
            mandates(acronym)
        with right:
            found = activities(acronym)
            partners(acronym, found)
        mentions(acronym)
