"""Mandates registry: every mandate the resolutions give, filterable, the paragraph one click away."""

import streamlit as st

from app_pages import data, ui
from app_pages.i18n import t
from ontology.iris import slug


def filtered(found: list[dict]) -> list[dict]:
    """Draw the filters (resolution, verb, addressee, text) and return the rows that pass them."""
    cols = st.columns(4)
    picks = {}
    for col, (column, label) in zip(cols, (("resolution", "resolution"), ("verb", "verb"),
                                           ("addressee", "addressee")), strict=False):
        values = sorted({w for r in found for w in ([r[column]] if column != "addressee"
                                                    else ui.words(r.get(column, ""))) if w})
        picks[column] = col.multiselect(t(label), values, key=f"filter_{column}")
    text = cols[3].text_input(t("filter_text"), key="filter_text").strip().lower()

    def keep(row: dict) -> bool:
        for column, wanted in picks.items():
            have = ui.words(row.get(column, "")) if column == "addressee" else [row.get(column, "")]
            if wanted and not set(wanted) & set(have):
                return False
        return not text or any(text in str(v).lower() for v in row.values())

    return [r for r in found if keep(r)]


def paragraph_text(row: dict) -> None:
    """Show the text of the selected mandate's paragraph and a link to it in the reader."""
    symbol, key = row.get("document", ""), row.get("paragraph", "")
    paragraphs = ui.rows("document-paragraphs", symbol=symbol) or []
    for para in paragraphs:
        if key in (para["pid"], slug(para["pid"])):
            st.markdown(f"**{symbol} ¶ {para['pid']}**")
            st.info(para["text"])
            st.page_link(ui.DOCUMENT_PAGE, label=t("open_paragraph"),
                         query_params={"symbol": symbol, "para": para["pid"]})


st.title(t("page_mandates"))
if not data.store_missing():
    found = ui.rows("mandates")
    if found is not None:
        shown = ui.with_mandate_sources(filtered(found))
        st.caption(f"{len(shown)} / {len(found)}")
        event = st.dataframe(shown, hide_index=True, width="stretch", on_select="rerun",
                             selection_mode="single-row", key="mandates_table",
                             column_config={"source": st.column_config.LinkColumn(
                                 "source", display_text=t("open_paragraph"))})
        st.download_button(t("download_csv"), ui.to_csv(shown), file_name="mandates.csv", mime="text/csv")
        selected = event.selection.rows if event else []
        st.subheader(t("paragraph_text"))
        if selected:
            paragraph_text(shown[selected[0]])
        else:
            st.caption(t("select_row"))
