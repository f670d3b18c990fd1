"""Analyze the GVC articles once and keep (articles, analyses) in a pickle, for fast tuning runs.

    .venv/bin/python bench/cache.py            # writes /tmp/newstrace-gvc-cache.pkl
"""

from __future__ import annotations

import json
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import gvc_records  # noqa: E402

from newstrace.analyze import analyze_articles  # noqa: E402
from newstrace.analyze.article import ANALYZER_VERSION  # noqa: E402
from newstrace.ingest import ingest_sources  # noqa: E402
from newstrace.model import Article  # noqa: E402
from newstrace.settings import Settings  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "newstrace-gvc-cache.pkl"


def gvc_articles(rows: list[dict], settings: Settings) -> list[Article]:
    """The GVC rows through our JSONL ingest (furniture removal included); `url` carries the GVC id."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({"title": row["title"], "text": row["text"], "published": row["published"],
                                 "outlet": row["outlet"], "url": row["id"]}) + "\n")
    return [a for a in ingest_sources([fh.name], settings) if isinstance(a, Article)]


def load(refresh: bool = False) -> tuple[list[Article], list, dict[str, dict]]:
    """(articles, analyses, gold by GVC id), analyzing only when there is no cache of this analyzer version."""
    rows = gvc_records()
    gold = {r["id"]: r for r in rows}
    if CACHE.exists() and not refresh:
        version, articles, analyses = pickle.loads(CACHE.read_bytes())
        if version == ANALYZER_VERSION:
            return articles, analyses, gold
    settings = Settings()
    articles = gvc_articles(rows, settings)
    analyses = list(analyze_articles(articles, settings))
    CACHE.write_bytes(pickle.dumps((ANALYZER_VERSION, articles, analyses)))
    return articles, analyses, gold


if __name__ == "__main__":
    articles, analyses, _ = load(refresh=True)
    print(f"cached {len(articles)} analyzed GVC articles in {CACHE}")
