"""Analyze a benchmark's articles once and keep (articles, analyses) in a pickle, for fast tuning runs.

    .venv/bin/python bench/cache.py            # writes /tmp/newstrace-gvc-cache.pkl

A cache is keyed by ANALYZER_VERSION: a change of the analysis output rebuilds it on the next use.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import gvc_records  # noqa: E402

from newstrace.analyze import analyze_articles  # noqa: E402
from newstrace.analyze.article import ANALYZER_VERSION  # noqa: E402
from newstrace.ingest import ingest_sources  # noqa: E402
from newstrace.model import Article  # noqa: E402
from newstrace.settings import Settings  # noqa: E402


@contextlib.contextmanager
def jsonl_file(records: list[dict]) -> Iterator[str]:
    """A temporary JSONL file of the records, for our ingest; removed when the block ends."""
    with tempfile.TemporaryDirectory(prefix="newstrace-bench-") as folder:
        path = Path(folder) / "records.jsonl"
        path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
        yield str(path)


def ingested(records: list[dict], settings: Settings) -> list[Article]:
    """Records (title, text, published, outlet, url) through our JSONL ingest, furniture removal included."""
    with jsonl_file(records) as path:
        return [a for a in ingest_sources([path], settings) if isinstance(a, Article)]


def analyzed(name: str, records: Callable[[], list[dict]], refresh: bool = False) -> tuple[list[Article], list]:
    """(articles, analyses) of a benchmark's records, analyzing only when there is no cache of this analyzer version."""
    cache = Path(tempfile.gettempdir()) / f"newstrace-{name}-cache.pkl"
    if cache.exists() and not refresh:
        version, articles, analyses = pickle.loads(cache.read_bytes())
        if version == ANALYZER_VERSION:
            return articles, analyses
    settings = Settings()
    articles = ingested(records(), settings)
    analyses = list(analyze_articles(articles, settings))
    cache.write_bytes(pickle.dumps((ANALYZER_VERSION, articles, analyses)))
    return articles, analyses


def gvc_ingest_records(rows: list[dict] | None = None) -> list[dict]:
    """GVC rows (all by default) as ingest records; `url` carries the GVC id."""
    return [{"title": r["title"], "text": r["text"], "published": r["published"], "outlet": r["outlet"],
             "url": r["id"]} for r in (gvc_records() if rows is None else rows)]


def load(refresh: bool = False) -> tuple[list[Article], list, dict[str, dict]]:
    """(articles, analyses, gold by GVC id) of the GVC corpus."""
    articles, analyses = analyzed("gvc", gvc_ingest_records, refresh)
    return articles, analyses, {r["id"]: r for r in gvc_records()}


if __name__ == "__main__":
    articles, _, _ = load(refresh=True)
    print(f"cached {len(articles)} analyzed GVC articles")
