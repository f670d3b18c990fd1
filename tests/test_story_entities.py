"""Entity merging across the articles of a story, on hand-made analyses (no model needed)."""

from __future__ import annotations

from newstrace.link.entities import merge_entities
from newstrace.link.sources import same_organization, spoken_for
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


def test_a_name_with_its_country_or_body_before_it_is_the_same_organization():
    merged, mapping = merge_entities([_analysis("a", ("U.S. State Department", "ORG")),
                                      _analysis("b", ("State Department", "ORG")),
                                      _analysis("c", ("Security Council", "ORG")),
                                      _analysis("d", ("UN Security Council", "ORG"))])
    assert sorted(e.name for e in merged) == ["U.S. State Department", "UN Security Council"]
    assert mapping[("a", "e1")] == mapping[("b", "e1")] and mapping[("c", "e1")] == mapping[("d", "e1")]


def test_a_bare_name_that_two_organizations_end_with_stays_apart():
    merged, _ = merge_entities([_analysis("a", ("Harlow Police Department", "ORG"), ("Tarn Police Department", "ORG")),
                                _analysis("b", ("Police Department", "ORG"))])
    assert len(merged) == 3


def test_the_places_of_a_story_are_named_in_a_lede_and_are_no_ones_surname():
    from newstrace.link.figures import story_places
    from newstrace.model import Article, Mention

    entities = [Entity(id="e1", name="Viktor Halden", type="PERSON"), Entity(id="e2", name="Halden", type="GPE"),
                Entity(id="e3", name="Tarnby", type="GPE"), Entity(id="e4", name="Oslin", type="GPE"),
                Entity(id="e5", name="Vardia", type="GPE")]
    mentions = [Mention("Viktor Halden", (0, 13), "PERSON", "e1"), Mention("Halden", (40, 46), "GPE", "e2"),
                Mention("Tarnby", (60, 66), "GPE", "e3"), Mention("Oslin", (900, 905), "GPE", "e4"),
                Mention("Vardia", (1000, 1006), "GPE", "e5"), Mention("Vardia", (1400, 1406), "GPE", "e5")]
    analysis = ArticleAnalysis(article_id="a", entities=entities, mentions=mentions)
    merged, mapping = merge_entities([analysis])
    article = Article(id="a", source="a", text="", title="Halden claims fraud in Tarnby")
    # the lede's town, then the country named twice further down; not a place named once, nor a surname
    assert story_places([article], [analysis], merged, mapping) == ["Tarnby", "Vardia"]


# --------------------------------------------------------------------------- sources behind statements

def test_names_of_one_organization_are_one_source():
    assert same_organization("IMPD", "Indianapolis Metropolitan Police Department")
    assert same_organization("Nassau Police", "Nassau County Police Department")
    assert same_organization("LMPD", "Louisville Metro Police")  # the acronym counts the "Department"
    assert not same_organization("Gary police", "Hammond police")
    assert not same_organization("police", "Ridgeford police")  # a bare 'police' is settled per story


def test_a_spokesperson_speaks_for_the_body_in_the_title():
    assert spoken_for("a Minneapolis police spokesperson", None) == "Minneapolis police"
    assert spoken_for("a spokesperson for the United Nations", None) == "United Nations"
    assert spoken_for("spokesman", "Pentagon") == "Pentagon"
    assert spoken_for("a spokeswoman", None) is None
    # a possessive goes, a name's last "s" stays
    assert spoken_for("the Harbor Transit Authority's spokesman", None) == "Harbor Transit Authority"
    assert spoken_for("Kelby Logistics spokeswoman", None) == "Kelby Logistics"


def test_an_acronym_in_one_article_and_the_full_name_in_another_are_one_organization():
    merged, mapping = merge_entities([_analysis("a", ("World Health Organization", "ORG"), ("Western Hospital", "ORG")),
                                      _analysis("b", ("WHO", "ORG"))])
    assert mapping[("a", "e1")] == mapping[("b", "e1")] != mapping[("a", "e2")]
    who = next(e for e in merged if e.id == mapping[("a", "e1")])
    assert who.name == "World Health Organization" and who.aliases == ["WHO"]
