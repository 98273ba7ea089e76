"""Pages of the Streamlit explorer, one module per page; they read only through `app_pages.data`."""
