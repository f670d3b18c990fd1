"""The sample corpus and its gold file agree with each other (no analysis run here)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newstrace.ingest import ingest_sources
from newstrace.model import Article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
GOLD = json.loads((ROOT / "examples" / "gold.json").read_text(encoding="utf-8"))


def _key(source: str) -> str:
    path, _, record = source.partition("#")
    rel = Path(path).relative_to(CORPUS).as_posix()
    return f"{rel}#{record}" if record else rel


@pytest.fixture(scope="module")
def bodies(settings):
    return {_key(a.source): a.text for a in ingest_sources([str(CORPUS)], settings) if isinstance(a, Article)}


def test_the_corpus_is_as_large_as_promised():
    articles = GOLD["articles"]
    assert len(articles) >= 40
    assert len(GOLD["stories"]) >= 8
    assert len({a["outlet"] for a in articles.values() if a["outlet"]}) >= 6
    days = sorted(dt.date.fromisoformat(a["published"]) for a in articles.values() if a["published"])
    assert (days[-1] - days[0]).days >= 14


def test_every_gold_article_is_ingested(bodies):
    assert set(GOLD["articles"]) <= set(bodies), set(GOLD["articles"]) - set(bodies)


def test_every_quoted_text_is_in_its_article(bodies):
    for section in ("figures", "not_figures", "dates"):
        for item in GOLD[section]:
            assert item["text"] in bodies[item["article"]], (section, item)


def test_stories_partition_the_articles_and_dates_are_iso():
    listed = [k for s in GOLD["stories"].values() for k in s["articles"]]
    assert sorted(listed) == sorted(GOLD["articles"])
    for item in GOLD["dates"]:
        if item["precision"] == "day":
            dt.date.fromisoformat(item["value"])
    for claim in GOLD["claims"]:
        assert set(claim["articles"]) <= set(GOLD["stories"][claim["story"]]["articles"])
