"""Story clustering on news nobody tuned on: TimeBank and AQUAINT, against a hand-made story gold.

    .venv/bin/python bench/stories_timebank.py

The 256 TimeML documents (WSJ 1989-90, AP, NYT, Xinhua and broadcast transcripts 1998-2000) are
processed in publication order with the shipped weights, and with the TF-IDF-only baseline whose
threshold is tuned on GVC train+dev, as for the unseen-news target of the stories issue. The story of
each document is in bench/gold/stories-timebank.jsonl (see bench/gold/STORY_GUIDELINES.md). Uses the
analysis cache of bench/cache.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import analyzed  # noqa: E402
from datasets import DATASETS, timeml_document  # noqa: E402
from stories_gvc import against_baseline  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "stories-timebank.jsonl"
OUTLETS = {"wsj": "Wall Street Journal", "WSJ": "Wall Street Journal", "APW": "Associated Press",
           "AP": "Associated Press", "NYT": "New York Times", "XIE": "Xinhua", "ABC": "ABC", "CNN": "CNN",
           "PRI": "Public Radio International", "VOA": "Voice of America", "SJMN": "San Jose Mercury News",
           "ea": "ABC", "ed": "ABC"}


def outlet(doc: str) -> str:
    name = Path(doc).name
    return next(OUTLETS[prefix] for prefix in sorted(OUTLETS, key=len, reverse=True) if name.startswith(prefix))


def records(gold: dict[str, str]) -> list[dict]:
    """The gold documents as ingest records in publication order; `url` carries the document path."""
    rows = []
    for doc in gold:
        text, created, _ = timeml_document(DATASETS / "timebank" / doc)
        rows.append({"title": "", "text": text, "published": created.isoformat(), "outlet": outlet(doc), "url": doc})
    return sorted(rows, key=lambda r: (r["published"], r["url"]))


def main() -> None:
    gold = {row["doc"]: row["story"] for row in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())}
    articles, analyses = analyzed("timebank-stories", lambda: records(gold))
    print(f"{len(articles)} documents, {len(set(gold.values()))} gold stories")
    against_baseline(articles, analyses, gold)


if __name__ == "__main__":
    main()
