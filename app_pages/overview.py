"""Overview page: what the graph holds, and its documents."""

import streamlit as st

from app_pages import data

st.title("unkg · UN knowledge graph")
st.caption("United Nations entities, mandates and partnerships, read from UN documents.")

if not data.store_missing():
    counts = data.query("overview")[0]
    cols = st.columns(4)
    cols[0].metric("Documents", counts["documents"])
    cols[1].metric("Paragraphs", counts["paragraphs"])
    cols[2].metric("Named graphs", counts["graphs"])
    cols[3].metric("Triples", counts["triples"])

    st.subheader("Documents")
    st.dataframe(data.query("documents"), hide_index=True, use_container_width=True)
