"""Document text in the explorer is shown as text: HTML, script, links, images and Streamlit's own
markdown directives in a paragraph render as the characters the document holds.

The fixture is a two-paragraph text document written here, built into its own store.
"""

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from app_pages import reader
from ingest.build import build
from ingest.store import GraphStore

SYMBOL = "A/79/998"
PARAGRAPHS = [
    '开发署协助了<script>window.__xss=1</script>东帝汶的<b>选举</b>。<img src=x onerror="window.__xss=2">',
    "见 [点击](javascript:alert(1)) 和 ![图](http://127.0.0.1:9/x.png) 以及 :red[红] $x$ &lt;i&gt; 完。",
]
DIRECTIVE = re.compile(r":\w+-background\[((?:\\.|[^\]\\])*)\]")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    """A store holding one document whose paragraphs are HTML, script and markdown."""
    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "corpus"
    corpus.mkdir()
    text = "".join(f" {i}. {p}\n\n" for i, p in enumerate(PARAGRAPHS, 1)) + SYMBOL + "\n"
    (corpus / "hostile.txt").write_text(text, encoding="utf-8")
    store = GraphStore(folder / "store")
    assert build(store, [corpus], jobs=1).ok
    del store
    return folder / "store"


def shown_text(markdown: str) -> str:
    """Return the text a CommonMark renderer shows for `markdown` (Streamlit's highlight spans unwrapped)."""
    rendered = MarkdownIt("commonmark").render(DIRECTIVE.sub(r"\1", markdown))
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()


def rendered_tags(markdown: str) -> set[str]:
    """Return the HTML tags a CommonMark renderer makes of `markdown`."""
    return set(re.findall(r"<(\w+)", MarkdownIt("commonmark").render(DIRECTIVE.sub(r"\1", markdown))))


def _document_page(store: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("UNKG_STORE", str(store))
    monkeypatch.delenv("UNKG_LANG", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.query_params["symbol"] = SYMBOL
    return at.switch_page("app_pages/document.py").run()


@pytest.mark.parametrize("text", PARAGRAPHS + ["a & b = c", "---", "# heading", "1. item", "> quote"])
def test_escaped_text_renders_as_itself_and_nothing_else(text):
    assert shown_text(reader.escape(text)) == text
    assert rendered_tags(reader.escape(text)) == {"p"}


def test_the_reader_shows_each_hostile_paragraph_as_its_own_text(hostile_store, monkeypatch):
    at = _document_page(hostile_store, monkeypatch)
    assert not at.exception
    shown = [shown_text(m.value) for m in at.markdown if m.value.startswith("**")]
    assert shown == [f"{i} {p}" for i, p in enumerate(PARAGRAPHS, 1)]


def test_no_paragraph_of_the_reader_makes_html_elements(hostile_store, monkeypatch):
    at = _document_page(hostile_store, monkeypatch)
    paragraphs = [m.value for m in at.markdown if m.value.startswith("**")]
    assert [rendered_tags(p) for p in paragraphs] == [{"p", "strong"}] * len(PARAGRAPHS)
    assert [m for m in at.markdown if m.proto.allow_html] == []


def test_no_page_lets_html_through():
    sources = [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]
    found = [f"{path.name}: {line.strip()}" for path in sources
             for line in path.read_text(encoding="utf-8").splitlines()
             if re.search(r"unsafe_allow_html\s*=\s*True|st\.html\(|components\.v1|components\.html", line)]
    assert found == []


@pytest.mark.slow
def test_a_browser_shows_the_script_as_text_and_runs_none_of_it(hostile_store):
    playwright = pytest.importorskip("playwright.sync_api")
    from test_browser import CHROMIUM, CHROMIUM_ARGS, free_port, wait_until_healthy

    port = free_port()
    env = os.environ | {"UNKG_STORE": str(hostile_store), "UNKG_LANG": "en"}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_healthy(url, server)
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{url}/document?symbol=A%2F79%2F998")
            first = page.get_by_text("<script>window.__xss=1</script>", exact=False).first
            playwright.expect(first).to_be_visible(timeout=60_000)
            link_text = page.get_by_text("[点击](javascript:alert(1))", exact=False).first
            playwright.expect(link_text).to_be_visible()
            (ROOT / "test-artifacts").mkdir(exist_ok=True)
            page.screenshot(path=str(ROOT / "test-artifacts" / "hostile-document.png"), full_page=True)
            assert page.evaluate("window.__xss") is None
            assert page.locator('a[href^="javascript"], img[src*="x.png"], img[src="x"], b').count() == 0
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
