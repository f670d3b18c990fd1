"""Story clustering on an invented corpus written to test it: 131 articles in 40 stories, with hard negatives.

    .venv/bin/python bench/stories_invented.py

bench/corpora/invented-stories/ holds the articles, their stories and a README listing the pairs of different
stories that share entities, places or words (two fires in one port a month apart, one company's first- and
third-quarter results, two storms on one coast) and the follow-ups months later in other words. A separate
session that neither ran nor read the system wrote it. Scored like TimeBank: the shipped weights and the TF-IDF
baseline tuned on GVC train+dev, in publication order. Uses the analysis cache of bench/cache.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import analyzed  # noqa: E402
from stories_gvc import against_baseline  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpora" / "invented-stories"


def records() -> list[dict]:
    """The articles as ingest records in publication order; `url` carries the article id."""
    rows = [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return sorted(({"title": r["title"], "text": r["text"], "published": r["published"], "outlet": r["outlet"],
                    "url": r["id"]} for r in rows), key=lambda r: (r["published"], r["url"]))


def main() -> None:
    lines = (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = {row["id"]: row["story"] for row in map(json.loads, lines)}
    articles, analyses = analyzed("invented-stories", records)
    print(f"{len(articles)} articles, {len(set(gold.values()))} gold stories")
    against_baseline(articles, analyses, gold)


if __name__ == "__main__":
    main()
