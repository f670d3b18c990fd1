"""The web UI in a real browser: Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

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
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    page.close()


@pytest.fixture
def phone(browser):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    yield page
    page.close()


def test_list_search_story_matrix_and_article(server, page, tmp_path):
    base, dossier = server
    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "Stories"
    page.fill("#q", "Tomas Eld")
    page.click("button[type=submit]")
    page.click("table a")
    assert "Who said what" in page.content()
    shot = tmp_path / "story-page.png"  # the README's picture is made by docs/make_screenshot.py
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    cell = page.locator("table.matrix a.quote", has_text="breakwater").first
    cell.click()
    page.wait_for_load_state()
    asked = page.locator("mark.asked").first
    assert "breakwater" in asked.inner_text()
    assert page.dialogs == []  # the hostile article text never ran as script
    assert "<script>" in page.locator(".article-text").inner_text() or "script" in page.content()


def _story_and_article(dossier) -> tuple[str, str]:
    story = dossier["stories"][0]
    return f"/stories/{story['id']}", f"/articles/{story['article_ids'][0]}"


def test_phone_width_has_no_page_overflow(server, phone):
    base, dossier = server
    story, article = _story_and_article(dossier)
    for url in ("/", story, article):
        phone.goto(base + url)
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), url
    phone.goto(base + story)
    # the matrix and the axis are wider than a phone: they scroll inside their own wrappers
    for wrapper in ("table.matrix", "svg.tl-axis"):
        assert phone.evaluate(f"(e => e.scrollWidth > e.clientWidth)(document.querySelector('{wrapper}').parentElement)")


def test_print_hides_the_search_and_keeps_the_timeline(server, page):
    base, dossier = server
    page.goto(base + _story_and_article(dossier)[0])
    page.emulate_media(media="print")
    try:
        assert page.locator("form[role=search]").is_hidden()
        axis = page.locator("svg.tl-axis")
        assert axis.is_visible()
        assert axis.bounding_box()["width"] <= page.evaluate("document.documentElement.clientWidth")
        pdf = page.pdf(format="A4")
    finally:
        page.emulate_media(media="screen")
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


# What has the keyboard focus; a timeline marker shows it on its shape, everything else by an outline.
FOCUSED = """() => {
  const e = document.activeElement, marker = e.closest('svg.tl-axis');
  const style = getComputedStyle(marker ? e.querySelector('.shape, .band') : e);
  return {tag: `${e.tagName} ${e.name || e.className}`, skip: e.classList.contains('skip'), text: e.textContent.trim(),
          quote: e.matches('table.matrix a.quote'), marker: !!marker, ring: marker ? style.stroke : style.outlineStyle};
}"""


def test_keyboard_tabs_from_the_top_to_a_quote_and_opens_it(server, page):
    base, dossier = server
    page.goto(base + _story_and_article(dossier)[0])
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused["skip"] and focused["text"] == "Skip to content" and focused["ring"] == "solid"
    stops = []
    while not focused["quote"] and len(stops) < 300:
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        stops.append(focused)
    assert focused["quote"], "Tab never reached a matrix quote"
    markers = [f for f in stops if f["marker"]]
    assert markers and all(f["ring"] == "rgb(242, 183, 5)" for f in markers)  # the focus colour on the marker
    assert not [f for f in stops if not f["marker"] and f["ring"] != "solid"]  # every other stop shows the outline
    with page.expect_navigation():
        page.keyboard.press("Enter")
    asked = page.locator("mark.asked").first
    assert asked.is_visible() and asked.evaluate("e => (r => r.top >= 0 && r.bottom <= innerHeight)(e.getBoundingClientRect())")
