"""Cross-article linking: stories, canonical entities, claims, figure groups."""

from newstrace.link.story import build_story

__all__ = ["build_story"]
