"""Story clustering on invented corpora written to test it, with hard negatives.

    .venv/bin/python bench/stories_invented.py                               # invented-stories
    .venv/bin/python bench/stories_invented.py --corpus invented-stories-2   # another one (-2 to -12)

bench/corpora/invented-stories/ (131 articles in 40 stories) holds the articles, their stories and a README listing
the pairs of different stories that share entities, places or words (two fires in one port a month apart, one
company's first- and third-quarter results, two storms on one coast) and the follow-ups months later in other
words; separate sessions that neither ran nor read the system wrote each corpus. Scored like TimeBank: the
shipped weights and the TF-IDF baseline tuned on GVC train+dev, in publication order. Uses the analysis cache of bench/cache.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import analyzed  # noqa: E402
from stories_gvc import against_baseline  # noqa: E402

CORPORA = Path(__file__).resolve().parent / "corpora"


def records(corpus: Path) -> list[dict]:
    """The articles as ingest records in publication order; `url` carries the article id."""
    rows = [json.loads(line) for line in (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return sorted(({"title": r["title"], "text": r["text"], "published": r["published"], "outlet": r["outlet"],
                    "url": r["id"]} for r in rows), key=lambda r: (r["published"], r["url"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="invented-stories", help="a folder of bench/corpora")
    corpus = CORPORA / parser.parse_args().corpus
    lines = (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = {row["id"]: row["story"] for row in map(json.loads, lines)}
    articles, analyses = analyzed(corpus.name, lambda: records(corpus))
    print(f"{len(articles)} articles, {len(set(gold.values()))} gold stories")
    against_baseline(articles, analyses, gold)


if __name__ == "__main__":
    main()
