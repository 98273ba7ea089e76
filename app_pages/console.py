"""SPARQL console: a canned query with its parameters, or your own query; read-only, time- and row-limited.

The page's address carries the query (`query=NAME` with `p.NAME=value` per parameter, or `sparql=TEXT`),
so a colleague who opens the same address sees the same result.
"""

import streamlit as st

from app_pages import data, reader, sandbox, ui
from app_pages.i18n import t
from queries import runner

EXAMPLE = """SELECT ?graph (COUNT(*) AS ?triples)
WHERE { GRAPH ?graph { ?s ?p ?o } }
GROUP BY ?graph
ORDER BY DESC(?triples)"""


def canned() -> tuple[str, dict[str, str]]:
    """Draw the canned-query picker and its parameter fields; return (name, filled-in parameters)."""
    names = runner.available()
    asked = st.query_params.get("query", "")
    name = st.selectbox(t("canned_query"), names, index=names.index(asked) if asked in names else 0,
                        format_func=lambda n: f"{n} · {runner.load(n).title}", key=f"console_query_{asked}")
    query = runner.load(name)
    st.caption(query.description)
    params = {}
    for param in query.params:
        value = st.text_input(f"{param.name} ({param.type}{', optional' if param.optional else ''})",
                              value=st.query_params.get(f"p.{param.name}", ""), help=param.description,
                              key=f"console_p_{name}_{param.name}")
        if value.strip():
            params[param.name] = value.strip()
    with st.expander("SPARQL"):
        st.code(query.text, language="sparql")
    for key in [k for k in st.query_params if k.startswith("p.") or k == "sparql"]:
        del st.query_params[key]
    st.query_params.update({"query": name, **{f"p.{k}": v for k, v in params.items()}})
    missing = [p.name for p in query.params if not p.optional and p.name not in params]
    return ("" if missing else name), params


def own() -> str:
    """Draw the free-form query box; return the query text."""
    text = st.text_area("SPARQL", value=st.query_params.get("sparql", EXAMPLE), height=220,
                        key="console_text")
    for key in [k for k in st.query_params if k.startswith("p.") or k == "query"]:
        del st.query_params[key]
    st.query_params["sparql"] = text
    return text.strip()


def show(result: data.ConsoleResult) -> None:
    """Show the console's answer: the time limit or error plainly, else the table with its CSV."""
    if result.timed_out:
        st.error(t("time_limit", seconds=data.CONSOLE_SECONDS))
    elif result.error in (sandbox.REFUSED, sandbox.NO_SERVICE):
        st.error(result.error)
    elif result.error:  # may quote the query or a parameter value: shown as written, never as markdown
        st.error(reader.escape(result.error))
    else:
        if result.truncated:
            st.warning(t("row_cap", rows=data.CONSOLE_ROWS))
        st.caption(f"{len(result.rows)} rows")
        ui.table(result.rows, key="console_result", links=())


st.title(t("page_console"))
st.caption(t("share_url"))
if not data.store_missing():
    mode = st.radio("mode", ["canned", "own"], horizontal=True, label_visibility="collapsed",
                    index=1 if "sparql" in st.query_params else 0, key="console_mode",
                    format_func=lambda m: t("canned_query") if m == "canned" else t("own_query"))
    if mode == "canned":
        name, params = canned()
        if name:
            show(data.console_run("", params, name))
    else:
        text = own()
        if text:
            show(data.console_run(text))
