"""The unkg explorer: `streamlit run app.py`. Pages live in app_pages/, one file each."""

import streamlit as st

st.set_page_config(page_title="unkg explorer", page_icon="🌐", layout="wide")

pages = [
    st.Page("app_pages/overview.py", title="Overview", icon="🏠", default=True),
]
st.navigation(pages).run()
