"""One story from its articles: canonical entities, claims and placed figures."""

from __future__ import annotations

from typing import Callable, Optional

from newstrace.link.claims import claimant_key, comparable_contents, embed_comparable_contents, group_claims
from newstrace.link.entities import merge_entities
from newstrace.link.figures import place_figures
from newstrace.model import Article, ArticleAnalysis, Story


def build_story(story_id: str, articles: list[Article], analyses: list[ArticleAnalysis],
                encode: Optional[Callable[[list[str]], list[list[float]]]] = None) -> Story:
    """Articles and analyses in publication order -> the linked (not yet assessed) story.

    With `encode` (texts -> unit vectors), claims are aligned by meaning: the contents that need it get
    their embeddings here, in place, so the caller can keep them. Without it, by word overlap."""
    entities, entity_map = merge_entities(analyses)
    if encode is not None:
        embed_comparable_contents(analyses, entity_map, encode)
    names = {e.id: e.name for e in entities}
    names.update({claimant_key(an.article_id, at, entity_map): at.claimant.name
                  for an in analyses for at in an.attributions if not at.claimant.entity})
    dates = [a.published for a in articles if a.published]
    return Story(
        id=story_id, title="", article_ids=[a.id for a in articles],
        first_published=min(dates) if dates else None, last_published=max(dates) if dates else None,
        entities=entities, claims=group_claims(articles, analyses, entity_map, names),
        figures=place_figures(analyses, entity_map, names))


def embed_claim_contents(stories: list[list[ArticleAnalysis]], encode: Callable[[list[str]], list[list[float]]]) -> None:
    """What `build_story` would embed for each of these stories, in one encoder call: the encoder is far
    faster on one batch of a few hundred contents than on a hundred small ones."""
    todo = [attribution for analyses in stories for attribution in comparable_contents(analyses, merge_entities(analyses)[1])]
    for attribution, vector in zip(todo, encode([a.content for a in todo])):
        attribution.embedding = vector
