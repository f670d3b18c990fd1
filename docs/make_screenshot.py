"""Refresh docs/story-page.png, the README's picture: the busiest story of the bundled sample corpus.

    .venv/bin/python docs/make_screenshot.py

Runs the pipeline on examples/corpus into a temporary workspace, serves it on a free local port and
photographs the story page in Debian's headless Chromium (the same launch flags as the browser tests).
"""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from newstrace import pipeline
from newstrace.store import Workspace
from newstrace.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace(Path(tmp) / "demo.db")
        dossier, _ = pipeline.run(workspace, [str(ROOT / "examples" / "corpus")])
        busiest = max(dossier["stories"], key=lambda s: (len(s["article_ids"]), len(s["claims"])))
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(workspace), host="127.0.0.1", port=port, log_level="error"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1500})
            page.goto(f"http://127.0.0.1:{port}/stories/{busiest['id']}")
            page.screenshot(path=str(ROOT / "docs" / "story-page.png"))  # the top: timeline and matrix
            browser.close()
        server.should_exit = True
        workspace.close()
    print(f"docs/story-page.png: story {busiest['id']} ({len(busiest['article_ids'])} articles)")


if __name__ == "__main__":
    main()
