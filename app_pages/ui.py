"""Widgets every page shares: rows of a canned query with a plain note when it is missing, tables
with a CSV download, and links to the paragraph a fact comes from."""

from __future__ import annotations

import csv
import io

import streamlit as st

from app_pages import data, reader
from app_pages.i18n import language, t
from app_pages.shaping import words, year_of  # noqa: F401  (pages use ui.words, ui.year_of)
from queries import runner

DOCUMENT_PAGE = "app_pages/document.py"
ORGANIZATION_PAGE = "app_pages/organization.py"
STATE_PAGE = "app_pages/state.py"


def rows(name: str, **params: str) -> list[dict] | None:
    """Return the rows of canned query `name` with `params` bound (empty values left out).

    When the query file does not exist yet, or fails, say so on the page and return None.
    """
    if not data.has_query(name):
        st.info(t("needs_query", name=name))
        return None
    bound = tuple(sorted((k, v) for k, v in params.items() if v))
    try:
        return data.query(name, bound)
    except runner.QueryError as exc:
        st.error(reader.escape(f"{name}: {exc}"))
        return None


def document_url(symbol: str, para: str = "") -> str:
    """Return the explorer's relative address of a document, or of one of its paragraphs."""
    from urllib.parse import urlencode

    params = {"symbol": symbol} | ({"para": para} if para else {})
    return "document?" + urlencode(params)


def with_source_links(records: list[dict], symbol_column: str = "",
                      para_column: str = "paragraph") -> list[dict]:
    """Return `records` with a `source` column: the reader's address of each row's paragraph.

    The paragraph cell is an IRI, or an id within the document named by `symbol_column`.
    """
    linked = []
    for row in records:
        value = row.get(para_column, "")
        symbol, key = data.paragraph_ref(value, data.document_of(row.get(symbol_column, "")))
        linked.append(row | {"source": document_url(symbol, key) if symbol and key else ""})
    return linked


def with_mandate_sources(found: list[dict]) -> list[dict]:
    """Return the mandates with `source`: the reader's address of the paragraph each was read from.

    A mandate's `resolution` may be the resolution a report cites, so the paragraph is found by
    joining on (paragraph id, clause) with `mandate-sources`.
    """
    where = {(r["pid"], r["summary"]): (r["symbol"], r["pid"]) for r in rows("mandate-sources") or []}
    out = []
    for row in found:
        symbol, pid = where.get((row.get("paragraph", ""), row.get("summary", "")), ("", ""))
        out.append(row | {"document": symbol, "source": document_url(symbol, pid) if symbol else ""})
    return out


def paragraph_links(places: list[tuple[str, str]], per_row: int = 4) -> None:
    """Link each (document symbol, paragraph id) to the reader, a few to a row."""
    cols = st.columns(per_row)
    for i, (symbol, pid) in enumerate(places):
        cols[i % per_row].page_link(DOCUMENT_PAGE, label=reader.escape(f"{symbol} ¶ {pid}"), icon="📄",
                                    query_params={"symbol": symbol, "para": pid})


def table(records: list[dict], key: str, links: tuple[str, ...] = ("source",)) -> None:
    """Show `records` as a table (link columns clickable) with a button to download them as CSV."""
    if not records:
        st.caption(t("no_rows"))
        return
    config = {c: st.column_config.LinkColumn(c, display_text=t("open_paragraph")) for c in links
              if c in records[0]}
    st.dataframe(records, hide_index=True, width="stretch", column_config=config, key=f"table_{key}")
    st.download_button(t("download_csv"), to_csv(records), file_name=f"{key}.csv", mime="text/csv",
                       key=f"csv_{key}")


def to_csv(records: list[dict]) -> str:
    """Return `records` as CSV text with a header of their columns."""
    buffer = io.StringIO()
    if records:
        writer = csv.DictWriter(buffer, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    return buffer.getvalue()


def chosen(param: str, options: list[str], label: str, fmt=None, drop: tuple[str, ...] = ()) -> str | None:
    """Draw a selectbox over `options`, preselected from the page URL's `param`; keep the URL in step.

    When the user picks another value, the URL parameters named in `drop` (which belong to the
    previous value) are removed.
    """
    if not options:
        return None
    current = st.query_params.get(param)
    index = options.index(current) if current in options else 0
    value = st.selectbox(label, options, index=index, format_func=fmt or str, key=f"pick_{param}_{current}")
    if current and value != current:
        for name in drop:
            st.query_params.pop(name, None)
    st.query_params[param] = value
    return value


def reference(query: str, key: str) -> dict[str, dict]:
    """Return the rows of the reference query `query` by their `key` column ({} when it is not there yet)."""
    return {r[key]: r for r in rows(query) or [] if r.get(key)}


def name(row: dict, key: str) -> str:
    """Return a reference row's label in the session's language, else English, else its `key` column."""
    return row.get(f"label_{language()}") or row.get("label_en") or row.get(key, "")


def chosen_entity(param: str, known: dict[str, dict], prompt: str) -> str | None:
    """Pick one of the `known` entities (or the one the URL's `param` asks for), shown as "KEY · name"."""
    asked = st.query_params.get(param, "")
    options = sorted(set(known) | ({asked} if asked else set()))
    return chosen(param, options, prompt,
                  fmt=lambda k: f"{k} · {name(known[k], param)}" if k in known else k)
