"""Entity merging across the articles of a story, on hand-made analyses (no model needed)."""

from __future__ import annotations

from newstrace.link.entities import merge_entities
from newstrace.model import ArticleAnalysis, Entity


def _analysis(article_id: str, *entities: tuple[str, str]) -> ArticleAnalysis:
    return ArticleAnalysis(article_id=article_id, entities=[
        Entity(id=f"e{n}", name=name, type=type_) for n, (name, type_) in enumerate(entities, start=1)])


def test_a_town_tagged_as_a_place_in_one_article_and_an_organization_in_another_is_one_place():
    merged, mapping = merge_entities([_analysis("a", ("Port Ellis", "GPE")), _analysis("b", ("Port Ellis", "ORG"))])
    assert [(e.name, e.type) for e in merged] == [("Port Ellis", "GPE")]
    assert mapping[("a", "e1")] == mapping[("b", "e1")]


def test_a_person_and_an_organization_of_one_name_stay_apart():
    merged, _ = merge_entities([_analysis("a", ("Tarn", "PERSON")), _analysis("b", ("Tarn", "ORG"))])
    assert sorted(e.type for e in merged) == ["ORG", "PERSON"]
