"""Throughput of the whole pipeline against a bare spaCy `nlp.pipe` over the same texts, same run.

    .venv/bin/python bench/throughput.py [--limit N] [--repeat K]

Reads the GVC articles from ../shared/datasets (real crawls, furniture and all), ingests them
through our JSONL reader, then times (1) spaCy alone and (2) analyze + link + assess into an
in-memory workspace. Model loading is excluded from both timings. Prints articles/s, words/s,
the ratio, and the process's peak resident memory. With --repeat, both are timed K times in turn
and the median ratio is printed too: on a shared two-core machine one run's ratio moves by +-0.1.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import gvc_ingest_records, ingested  # noqa: E402
from datasets import gvc_records  # noqa: E402

from newstrace import pipeline  # noqa: E402
from newstrace.analyze.resources import load_encoder, load_spacy  # noqa: E402
from newstrace.model import Article  # noqa: E402
from newstrace.settings import Settings  # noqa: E402
from newstrace.store import Workspace  # noqa: E402


def load_articles(limit: int | None, settings: Settings) -> list[Article]:
    return ingested(gvc_ingest_records(gvc_records()[:limit]), settings)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (publication order)")
    parser.add_argument("--repeat", type=int, default=1, help="time both K times in turn; print the median ratio")
    args = parser.parse_args()
    settings = Settings()
    articles = load_articles(args.limit, settings)
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_spacy(settings.spacy_model)
    load_encoder(settings.embedding_model)
    print(f"{len(articles)} articles, {words} words; models loaded, peak RSS {peak_rss_mb():.0f} MB")

    ratios = []
    for _ in range(args.repeat):
        bare, (full, dossier) = _timed_parse(nlp, articles), _timed_pipeline(articles, settings)
        for label, seconds in (("bare spaCy nlp.pipe", bare), ("newstrace pipeline", full)):
            print(f"{label:<22} {seconds:7.1f} s  {len(articles) / seconds:6.1f} articles/s  "
                  f"{words / seconds:8.0f} words/s")
        ratios.append(bare / full)
        print(f"pipeline speed / bare parse speed: {bare / full:.2f} (target >= 0.50)")
    if args.repeat > 1:
        print(f"median of {args.repeat} ratios: {statistics.median(ratios):.2f} (each: "
              f"{', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"stories: {len(dossier['stories'])}; peak RSS {peak_rss_mb():.0f} MB")


def _timed_parse(nlp, articles: list[Article]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(a.text for a in articles):
        pass
    return time.perf_counter() - started


def _timed_pipeline(articles: list[Article], settings: Settings) -> tuple[float, dict]:
    started = time.perf_counter()
    with Workspace(":memory:") as ws:
        dossier, _ = pipeline.run(ws, articles, settings)
    return time.perf_counter() - started, dossier


if __name__ == "__main__":
    main()
