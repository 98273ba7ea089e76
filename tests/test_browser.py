"""End to end in a real browser: the running explorer, every page, and a click from an organisation to
the paragraph a fact was read from (Playwright driving Debian's chromium, headless).

Screenshots go to test-artifacts/ (not committed).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
# The page title each page shows once it has drawn (English labels).
PAGES = {
    "overview": "unkg · UN knowledge graph",
    "organization?acronym=OHCHR": "OHCHR",
    "state?iso3=AFG": "AFG",
    "document?symbol=A%2F79%2F837&para=25": "A/79/837",
    "mandates": "Mandates registry",
    "ipu": "IPU partnerships",
    "network": "Coordination network",
    "console?query=documents": "SPARQL console",
    "downloads": "Downloads",
}


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_healthy(url: str, server: subprocess.Popen, deadline: float = 60) -> None:
    """Poll Streamlit's health endpoint until it answers ok (or the server dies, or the deadline passes)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited: {server.stdout.read()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy")


@pytest.fixture(scope="module")
def app_url(built_store_path):
    """Start `streamlit run app.py` on a free loopback port over the sample graph; yield its address."""
    port = free_port()
    env = os.environ | {"UNKG_STORE": str(built_store_path), "UNKG_LANG": "en"}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    """A headless Debian chromium driven by Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install the Debian package `chromium` (.ci/run does)")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab with a desktop-sized window."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield context.new_page()
    context.close()


def shoot(page, name: str) -> None:
    """Once the app has finished running, save a full-page screenshot as test-artifacts/<name>.png."""
    playwright.expect(page.get_by_role("button", name="Stop")).to_have_count(0, timeout=30_000)
    page.wait_for_timeout(1500)  # let tables and charts paint their canvases before the picture
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_loads_in_the_browser(app_url, page, path):
    page.goto(f"{app_url}/{path}")
    title = page.locator("h1").first
    playwright.expect(title).to_contain_text(PAGES[path], timeout=30_000)
    shoot(page, path.split("?")[0])
    playwright.expect(page.get_by_test_id("stException")).to_have_count(0)


def test_clicking_from_an_organisation_reaches_the_paragraph(app_url, page):
    page.goto(f"{app_url}/organization?acronym=OHCHR")
    link = page.get_by_role("link", name="A/74/285 ¶ 18")
    link.click(timeout=30_000)
    playwright.expect(page).to_have_url(f"{app_url}/document?symbol=A%2F74%2F285&para=18", timeout=30_000)
    playwright.expect(page.locator("h3").first).to_contain_text("¶ 18", timeout=30_000)
    playwright.expect(page.get_by_text("人权理事会在其第 39/11 号决议中").first).to_be_visible()
    shoot(page, "organization-to-paragraph")
