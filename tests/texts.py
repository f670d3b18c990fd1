"""Our own sentences through the per-article analysis: dated on a Friday, without embeddings."""

from __future__ import annotations

import dataclasses
import datetime as dt

from newstrace.analyze import analyze_article
from newstrace.model import Article, ArticleAnalysis
from newstrace.settings import Settings

FRIDAY = dt.date(2025, 3, 14)


def analyze_text(text: str, published: dt.date = FRIDAY) -> ArticleAnalysis:
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    return analyze_article(Article(id="t", source="t.txt", text=text, published=published, content_hash="t"), settings)
