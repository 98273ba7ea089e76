"""Overview page: how much the graph holds, what the last build read and changed, and its documents."""

import streamlit as st

from app_pages import data, ui
from app_pages.i18n import t

st.title(t("app_title"))
st.caption(t("app_caption"))

# What the last build counted (queries/overview.rq reads the build record): no query counts rows here,
# which at ten thousand documents would mean listing a million activities to show one number.
COUNTED = ("documents", "paragraphs", "triples")

if not data.store_missing():
    totals = (ui.rows("overview") or [{}])[0]
    for col, name in zip(st.columns(len(COUNTED)), COUNTED, strict=True):
        col.metric(t(name), totals.get(name) or "–", help="queries/overview.rq")

    st.subheader(t("last_build"))
    build = ui.rows("last-build") or []
    if build:
        st.write(f"{t('build_started')}: **{build[0]['started']}**")
        st.write(t("build_read") + ": " + ", ".join(r["symbol"] or r["document"] for r in build))
    changes = ui.rows("build-changes") or []
    if changes:
        st.markdown(f"**{t('build_changes')}**", help=t("build_changes_help"))
        counts = {status: sum(r["status"] == status for r in changes)
                  for status in ("added", "changed", "unchanged", "kept")}
        st.caption(t("build_summary", **counts))
        ui.table([{t("symbol"): r["symbol"], t("build_status"): t(f"status_{r['status']}"),
                   t("triples"): r["triples"], t("previous_triples"): r["previous_triples"]}
                  for r in changes], key="build_changes", links=())

    st.subheader(t("documents"))
    for doc in ui.rows("documents") or []:
        st.page_link(ui.DOCUMENT_PAGE, label=f"{doc['symbol']} · {doc['title']} ({doc['paragraphs']})",
                     query_params={"symbol": doc["symbol"]}, icon="📄")
