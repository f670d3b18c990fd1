"""The web UI in a real browser: Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (apt-get install chromium)")]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Refresh the README's screenshot with NEWSTRACE_UPDATE_SCREENSHOT=1; otherwise it goes to a temporary file.
DOCS_SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "story-page.png"


@pytest.fixture(scope="module")
def server(small_workspace):
    import uvicorn

    from newstrace.web.app import create_app

    ws, dossier = small_workspace
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(ws), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", dossier
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server):
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.dialogs = dialogs
        yield page
        browser.close()


def test_list_search_story_matrix_and_article(server, page, tmp_path):
    base, dossier = server
    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "Stories"
    page.fill("#q", "Tomas Eld")
    page.click("button[type=submit]")
    page.click("table a")
    assert "Who said what" in page.content()
    shot = DOCS_SCREENSHOT if os.environ.get("NEWSTRACE_UPDATE_SCREENSHOT") else tmp_path / "story-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    cell = page.locator("table.matrix a.quote", has_text="breakwater").first
    cell.click()
    page.wait_for_load_state()
    asked = page.locator("mark.asked").first
    assert "breakwater" in asked.inner_text()
    assert page.dialogs == []  # the hostile article text never ran as script
    assert "<script>" in page.locator(".article-text").inner_text() or "script" in page.content()


def test_keyboard_reaches_the_search_box(server, page):
    base, _ = server
    page.goto(base + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id || document.activeElement.tagName")
    assert focused in ("q", "INPUT", "A")
