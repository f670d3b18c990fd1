"""Which articles relay another source: wire copy, near-duplicate text, "X reported".

The origin of an article is the outlet it copies or credits, or None when it reports on its own.
"""

from __future__ import annotations

from typing import Optional

from newstrace.analyze.fingerprint import jaccard
from newstrace.ingest.outlet import dateline_outlet
from newstrace.model import Article, ArticleAnalysis

NEAR_COPY = 0.35  # MinHash Jaccard of 5-word shingles above which one text copies the other


def relay_origins(articles: list[Article], analyses: list[ArticleAnalysis]) -> dict[str, Optional[str]]:
    """article id -> the outlet it relays (its wire copy, a near-copy's outlet), else None."""
    signatures = {a.article_id: a.minhash for a in analyses}
    origins: dict[str, Optional[str]] = {}
    for position, article in enumerate(articles):
        origins[article.id] = _origin(article, articles[:position], signatures, origins)
    return origins


def _origin(article: Article, earlier: list[Article], signatures, origins) -> Optional[str]:
    wire = dateline_outlet(article.text)
    if wire and wire != article.outlet:
        return wire
    for other in earlier:
        copied = other.id == article.duplicate_of or jaccard(signatures.get(article.id) or [],
                                                              signatures.get(other.id) or []) >= NEAR_COPY
        if copied and other.outlet != article.outlet:
            return origins.get(other.id) or other.outlet
    return None
