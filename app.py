"""The unkg explorer: `streamlit run app.py`. Pages live in app_pages/, one file each.

Labels follow the sidebar toggle (English or Chinese); the default comes from `UNKG_LANG`.
"""

import streamlit as st

from app_pages.i18n import language_toggle, t

st.set_page_config(page_title="unkg explorer", page_icon="🌐", layout="wide")
language_toggle()

pages = [
    st.Page("app_pages/overview.py", title=t("page_overview"), icon="🏠", url_path="overview", default=True),
    st.Page("app_pages/organization.py", title=t("page_organization"), icon="🏛️", url_path="organization"),
    st.Page("app_pages/state.py", title=t("page_state"), icon="🗺️", url_path="state"),
    st.Page("app_pages/document.py", title=t("page_document"), icon="📄", url_path="document"),
    st.Page("app_pages/mandates.py", title=t("page_mandates"), icon="📜", url_path="mandates"),
    st.Page("app_pages/ipu.py", title=t("page_ipu"), icon="🤝", url_path="ipu"),
    st.Page("app_pages/network.py", title=t("page_network"), icon="🕸️", url_path="network"),
    st.Page("app_pages/console.py", title=t("page_console"), icon="⌨️", url_path="console"),
    st.Page("app_pages/downloads.py", title=t("page_downloads"), icon="⬇️", url_path="downloads"),
]
st.navigation(pages).run()
