"""Overview page: how much the graph holds, what the last build read and changed, and its documents."""

import streamlit as st

from app_pages import data, ui
from app_pages.i18n import t

st.title(t("app_title"))
st.caption(t("app_caption"))

COUNTED = (("documents", "documents"), ("organizations", "organizations"), ("states", "states"),
           ("mandates", "mandates"), ("activities", "activities"))

if not data.store_missing():
    cols = st.columns(len(COUNTED))
    for col, (label, name) in zip(cols, COUNTED, strict=True):
        count = len(data.query(name)) if data.has_query(name) else "–"
        col.metric(t(label), count, help=f"queries/{name}.rq")

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
