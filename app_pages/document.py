"""Document reader: the cleaned document paragraph by paragraph, recognised names highlighted,
the facts read from each paragraph beside it, and the documents it cites and that cite it.

Everything the documents said is shown as text: every string from the graph that goes into markdown
(paragraphs, headings, titles, labels) passes through `reader.escape`, and no element allows HTML.
"""

import streamlit as st

from app_pages import data, reader, ui
from app_pages.i18n import t
from ontology import iris
from ontology.iris import slug

# Fallbacks when `document-mentions` is missing: the names recognised per document, by kind.
RECOGNISED = (
    ("document-organizations", "organization", ("acronym", "label_zh", "label_en")),
    ("document-states", "state", ("label_zh", "label_en")),
)
CITED = ("document-citations", "symbol", ("cited_symbol",))


def recognised(symbol: str) -> dict[str, dict[str, str]]:
    """Return paragraph id -> {surface text: kind} of the names recognised in the document."""
    merged: dict[str, dict[str, str]] = {}
    if data.has_query("document-mentions"):
        for row in data.query("document-mentions", (("symbol", symbol),)):
            merged.setdefault(row["pid"], {})[row["surface"]] = row["kind"]
    for name, kind, surfaces in (CITED,) if merged else (*RECOGNISED, CITED):
        if data.has_query(name):
            for pid, terms in reader.terms_by_paragraph(data.query(name, (("symbol", symbol),)), kind,
                                                        surfaces).items():
                merged.setdefault(pid, {}).update(terms)
    return merged


def facts(symbol: str) -> dict[str, list[dict]]:
    """Return paragraph IRI -> the facts derived from it."""
    out: dict[str, list[dict]] = {}
    for row in ui.rows("document-facts", symbol=symbol) or []:
        out.setdefault(row["paragraph"], []).append(row)
    return out


def citations(symbol: str, in_graph: set[str]) -> None:
    """Link the documents this one cites and those citing it: their page, or undocs.org."""
    for name, column, title in (("document-citations", "cited_symbol", "cites"),
                                ("cited-by", "citing_symbol", "cited_by")):
        found = ui.rows(name, symbol=symbol) or []
        with st.expander(f"{t(title)} ({len(found)})"):
            for row in found:
                other = row[column]
                where = f" · ¶ {row.get('paragraphs', '')}"
                if other in in_graph:
                    st.page_link(ui.DOCUMENT_PAGE, label=reader.escape(other + where),
                                 query_params={"symbol": other})
                else:
                    st.markdown(f"[{reader.escape(other)}]({iris.undocs(other)}){reader.escape(where)}")


def fact_list(found: list[dict], where: str) -> None:
    """Show the facts of one paragraph: kind and label, with everything the graph says on demand."""
    for fact in found:
        kinds = ", ".join(reader.local_name(k) for k in ui.words(fact.get("kind", "")))
        label = f"{kinds or 'fact'}: {fact.get('label') or reader.local_name(fact['fact'])}"
        with st.popover(reader.escape(label)):
            st.dataframe(ui.rows("fact", fact=fact["fact"]) or [], hide_index=True,
                         key=f"{where}_{fact['fact']}")


def paragraph(row: dict, terms: dict[str, str], found: list[dict], target: bool) -> None:
    """Draw one paragraph: id, highlighted text, and its facts beside it."""
    where = "target" if target else "para"
    with st.container(border=target, key=f"{where}_{slug(row['pid'])}"):
        text_col, facts_col = st.columns([3, 1])
        text_col.markdown(f"**{reader.escape(row['pid'])}** {reader.highlight(row['text'], terms)}")
        with facts_col:
            fact_list(found, where)


def read(symbol: str, para: str, in_graph: set[str]) -> None:
    """Draw the whole document, the asked-for paragraph first when there is one."""
    paragraphs = ui.rows("document-paragraphs", symbol=symbol) or []
    terms, by_paragraph = recognised(symbol), facts(symbol)
    st.caption(" · ".join(f":{c}-background[{k}]" for k, c in reader.COLOURS.items()))
    citations(symbol, in_graph)
    matches = [r for r in paragraphs if para and para in (r["pid"], slug(r["pid"]))]
    for row in matches:
        st.subheader(f"¶ {reader.escape(row['pid'])}")
        paragraph(row, terms.get(row["pid"], {}), by_paragraph.get(row["paragraph"], []), target=True)
        st.divider()
    section = None
    for row in paragraphs:
        if row.get("section") and row["section"] != section:
            section = row["section"]
            st.subheader(reader.escape(section))
        paragraph(row, terms.get(row["pid"], {}), by_paragraph.get(row["paragraph"], []),
                  target=False)


if not data.store_missing():
    documents = {d["symbol"]: d for d in ui.rows("documents") or []}
    symbol = ui.chosen("symbol", sorted(documents), t("choose_document"), drop=("para",))
    if symbol:
        doc = documents[symbol]
        st.title(reader.escape(symbol))
        st.caption(f"{reader.escape(doc.get('title', ''))} · {reader.escape(doc.get('language', ''))} · "
                   f"[undocs.org]({iris.undocs(symbol)})")
        read(symbol, st.query_params.get("para", ""), set(documents))
