"""Per-article analysis: attributions, hedges, figures, time references, entities, fingerprints.

The entry points are imported lazily so that `newstrace.analyze.resources` and the single
extractors can be imported without pulling in the whole analysis.
"""

_ENTRY_POINTS = ("ANALYZER_VERSION", "analyze_article", "analyze_articles", "analyze_doc")

__all__ = list(_ENTRY_POINTS)


def __getattr__(name):
    if name in _ENTRY_POINTS:
        from newstrace.analyze import article

        return getattr(article, name)
    raise AttributeError(f"module 'newstrace.analyze' has no attribute {name!r}")
