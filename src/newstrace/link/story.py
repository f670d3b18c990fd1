"""Stories from their articles: canonical entities, claims and placed figures."""

from __future__ import annotations

from typing import Callable, Optional

from newstrace.link.claims import claimant_key, comparable_contents, group_claims
from newstrace.link.entities import merge_entities
from newstrace.link.figures import place_figures, story_places
from newstrace.link.sources import StorySources
from newstrace.model import Article, ArticleAnalysis, Story

Encoder = Callable[[list[str]], list[list[float]]]  # texts -> unit vectors


def build_story(story_id: str, articles: list[Article], analyses: list[ArticleAnalysis],
                encode: Optional[Encoder] = None) -> Story:
    """Articles and analyses in publication order -> the linked (not yet assessed) story.

    With `encode`, claims are aligned by meaning: the contents that need it get their embeddings here, in
    place, so the caller can keep them. Without it, by word overlap."""
    return build_stories([(story_id, articles, analyses)], encode)[0]


def build_stories(stories: list[tuple[str, list[Article], list[ArticleAnalysis]]],
                  encode: Optional[Encoder] = None) -> list[Story]:
    """`build_story` for several stories, with the claim contents of all of them in one encoder call: the
    encoder is far faster on one batch of a few hundred contents than on a hundred small ones."""
    merged = [merge_entities(analyses) for _, _, analyses in stories]
    sources = [StorySources(analyses, entities, entity_map)
               for (_, _, analyses), (entities, entity_map) in zip(stories, merged)]
    if encode is not None:
        todo = [attribution for (_, _, analyses), story_sources in zip(stories, sources)
                for attribution in comparable_contents(analyses, story_sources.key)]
        for attribution, vector in zip(todo, encode([a.content for a in todo])):
            attribution.embedding = vector
    return [_story(story_id, articles, analyses, entities, entity_map, story_sources)
            for (story_id, articles, analyses), (entities, entity_map), story_sources in zip(stories, merged, sources)]


def _story(story_id: str, articles: list[Article], analyses: list[ArticleAnalysis], entities, entity_map,
           sources: StorySources) -> Story:
    names = {e.id: e.name for e in entities}
    names.update({claimant_key(an.article_id, at, entity_map): at.claimant.name
                  for an in analyses for at in an.attributions if not at.claimant.entity})
    names.update({key: name for key in {sources.key(an.article_id, at) for an in analyses for at in an.attributions}
                  if (name := sources.name(key)) is not None})
    dates = [a.published for a in articles if a.published]
    places = story_places(articles, analyses, entities, entity_map)
    return Story(
        id=story_id, title="", article_ids=[a.id for a in articles],
        first_published=min(dates) if dates else None, last_published=max(dates) if dates else None,
        entities=entities, claims=group_claims(articles, analyses, sources.key, entity_map, names),
        figures=place_figures(analyses, entity_map, names, sources.key, places), places=places)
