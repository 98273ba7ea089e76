"""Interface labels in English or Chinese, from `labels.toml`; the default language from `UNKG_LANG`."""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path

import streamlit as st

LABELS = Path(__file__).with_name("labels.toml")
LANGUAGES = ("en", "zh")


@cache
def labels() -> dict[str, dict[str, str]]:
    """Return every label: key -> {"en": ..., "zh": ...}."""
    return tomllib.loads(LABELS.read_text(encoding="utf-8"))


def default_language() -> str:
    """Return the language set by `UNKG_LANG` ("zh" or "en"); English when unset or unknown."""
    value = os.environ.get("UNKG_LANG", "en").lower()[:2]
    return value if value in LANGUAGES else "en"


def language() -> str:
    """Return the language the user chose for this session (the default until they toggle)."""
    return st.session_state.get("lang", default_language())


def t(key: str, **values) -> str:
    """Return the label `key` in the session's language, with `{name}` fields filled from `values`."""
    text = labels()[key][language()]
    return text.format(**values) if values else text


def language_toggle() -> None:
    """Draw the sidebar toggle that switches the labels between English and Chinese."""
    chinese = st.sidebar.toggle(t("language"), value=language() == "zh", key="lang_toggle")
    st.session_state["lang"] = "zh" if chinese else "en"
