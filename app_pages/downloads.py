"""Downloads: any canned query's result as CSV (the view a page shows), and the whole graph as RDF."""

import streamlit as st

from app_pages import data, ui
from app_pages.i18n import t
from queries import runner

# RDF syntaxes offered for the whole graph; quad syntaxes keep one named graph per document.
SYNTAXES = {"nquads": ("application/n-quads", "nq"), "trig": ("application/trig", "trig"),
            "turtle": ("text/turtle", "ttl"), "ntriples": ("application/n-triples", "nt")}

st.title(t("page_downloads"))
if not data.store_missing():
    st.subheader(t("current_view"))
    names = runner.available()
    asked = st.query_params.get("query", "")
    name = st.selectbox(t("canned_query"), names, index=names.index(asked) if asked in names else 0,
                        format_func=lambda n: f"{n} · {runner.load(n).title}", key="download_query")
    query = runner.load(name)
    params = {p.name: st.text_input(p.name, value=st.query_params.get(f"p.{p.name}", ""),
                                    help=p.description, key=f"download_p_{name}_{p.name}").strip()
              for p in query.params}
    st.query_params["query"] = name
    if all(params.get(p.name) for p in query.params if not p.optional):
        found = ui.rows(name, **params) or []
        st.caption(f"{len(found)} rows")
        st.dataframe(found[:50], hide_index=True, width="stretch")
        st.download_button(t("download_csv"), ui.to_csv(found), file_name=f"{name}.csv", mime="text/csv",
                           key="download_csv")

    st.subheader(t("download_graph"))
    fmt = st.selectbox(t("format"), list(SYNTAXES), key="download_format")
    mime, ext = SYNTAXES[fmt]
    st.download_button(f"unkg.{ext}", data.dump(fmt), file_name=f"unkg.{ext}", mime=mime, key="download_rdf")
