"""The story index at scale: stories out of the window are retired, late articles bring them back."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from array import array

import pytest

from newstrace.analyze.fingerprint import minhash_signature
from newstrace.link.stories import (ARTICLE_TERMS, COMMON_KEY, DAY_STORIES, INDEX_TERMS, STREAM_MEAN_AFTER,
                                    MemoryArchive, StoryIndex, Weights, _Story, lede_places, name_families,
                                    named_events, opening_actor, parties_of, tells_of_harm, terms_of)
from newstrace.model import (Article, ArticleAnalysis, Attribution, Claimant, DateValue, Entity, Figure, Mention,
                             TimeRef)
from newstrace.store import Workspace

DAY0 = dt.date(2025, 1, 1)


def _article(id_: str, day: int | None, text: str, town: str | None = None,
             embedding: list[float] | None = None) -> tuple[Article, ArticleAnalysis]:
    published = DAY0 + dt.timedelta(days=day) if day is not None else None
    mentions = [Mention(town, (0, len(town)), "GPE")] if town else []
    return (Article(id=id_, source=f"{id_}.txt", text=text, published=published),
            ArticleAnalysis(article_id=id_, mentions=mentions, embedding=embedding, minhash=minhash_signature(text)))


BREAKWATER = "Harbour master Tomas Eld said the breakwater cracked and the harbour stays closed to trawlers"
VOTE = "The council voted to rebuild the library on Mill Lane after the roof collapsed in the storm"


def _stream(seed: int = 3, stories: int = 80, days: int = 400) -> list[tuple[Article, ArticleAnalysis]]:
    """Stories of 1-6 articles over `days` (own words, common words, a town, an embedding with noise),
    in publication order but for one article in ten, which arrives some months late (as from an
    archive imported after the feed); the last 100 in order."""
    rng = random.Random(seed)
    common = ["harbour", "council", "storm", "road", "school", "fire", "court", "budget"]
    dated = []
    for s in range(stories):
        own = ["".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(6)]
        start, town = rng.randrange(days), rng.choice(["brill", "oakham", "tarn", "wick"])
        topic = [rng.gauss(0, 1) for _ in range(16)]
        for k in range(rng.randint(1, 6)):
            words = rng.choices(own, k=25) + rng.choices(common, k=15)
            embedding = [x + rng.gauss(0, 0.5) for x in topic]
            dated.append((start + rng.randint(0, 20), f"s{s:02d}-{k}", " ".join(words), town, embedding))
    dated.sort()
    stream = [_article(id_, day, text, town, embedding) for day, id_, text, town, embedding in dated]
    for late in range(len(stream) - 100, 0, -10):
        stream.insert(late + 90, stream.pop(late))
    return stream


def _link(index: StoryIndex, stream) -> dict[str, str]:
    return {article.id: index.assign(article, analysis) for article, analysis in stream}


class _CountingArchive(MemoryArchive):
    def __init__(self):
        super().__init__()
        self.asked: list[list[str]] = []

    def archived_story_states(self, days):
        self.asked.append(days)
        return super().archived_story_states(days)


def test_retiring_stories_changes_no_assignment_late_articles_included(monkeypatch):
    stream = _stream()
    archive = _CountingArchive()
    retiring = StoryIndex(archive=archive)
    assigned = _link(retiring, stream)
    assert archive.asked, "the stream should have late articles that bring retired stories back"
    assert len(retiring.stories) < len(set(assigned.values())) / 3

    monkeypatch.setattr(StoryIndex, "_make_window_active", lambda self, day: None)
    assert _link(StoryIndex(), stream) == assigned


def test_a_stream_linked_over_many_runs_is_linked_as_in_one(tmp_path):
    stream = _stream(seed=5)
    in_one = _link(StoryIndex(), stream)
    runs = {}
    with Workspace(tmp_path / "ws.db") as ws:
        for start in range(0, len(stream), 40):
            state = ws.document("story_index")
            index = StoryIndex.from_state(state, archive=ws) if state else StoryIndex(archive=ws)
            runs.update(_link(index, stream[start:start + 40]))
            ws.put_document("story_index", index.to_state())
    assert runs == in_one


def test_the_saved_state_holds_the_active_stories_and_the_archive_the_rest(tmp_path):
    stream = _stream(seed=7)
    with Workspace(tmp_path / "ws.db") as ws:
        index = StoryIndex(archive=ws)
        assigned = _link(index, stream)
        state = index.to_state()
        archived = ws.archived_story_states(state["retired_days"])
    active = {s["id"] for s in state["stories"]}
    assert active == set(index.stories)
    assert active | {s["id"] for s in archived} == set(assigned.values())
    horizon = (dt.date.fromisoformat(index.newest) - dt.timedelta(days=60)).isoformat()
    assert all(s["last"] >= horizon for s in state["stories"]) and all(s["last"] < horizon for s in archived)
    assert sorted(a for s in state["stories"] + archived for a in s["articles"]) == sorted(assigned)


def test_a_late_article_joins_its_retired_story_after_a_reload(tmp_path):
    with Workspace(tmp_path / "ws.db") as ws:
        index = StoryIndex(archive=ws)
        assert index.assign(*_article("eld-1", 1, BREAKWATER, "brill")) == "s-eld-1"
        assert index.assign(*_article("vote-1", 150, VOTE, "oakham")) == "s-vote-1"
        assert list(index.stories) == ["s-vote-1"]  # the breakwater story is retired
        ws.put_document("story_index", index.to_state())

        index = StoryIndex.from_state(ws.document("story_index"), archive=ws)
        late = BREAKWATER.replace("said", "told reporters")
        assert index.assign(*_article("eld-2", 3, late, "brill")) == "s-eld-1"
        assert index.stories["s-eld-1"].articles == ["eld-1", "eld-2"]


def test_an_undated_article_is_compared_with_the_active_stories_only():
    index = StoryIndex()
    index.assign(*_article("eld-1", 1, BREAKWATER, "brill"))
    index.assign(*_article("vote-1", 150, VOTE, "oakham"))
    assert index.assign(*_article("vote-2", None, VOTE, "oakham")) == "s-vote-1"
    assert index.assign(*_article("eld-2", None, BREAKWATER, "brill")) == "s-eld-2"


def test_a_state_saved_before_retirement_loads_and_is_retired_on_the_next_article(tmp_path):
    index = StoryIndex()
    index.assign(*_article("eld-1", 1, BREAKWATER, "brill"))
    old = index.to_state()
    for name in ("newest", "retired_days"):
        del old[name]
    for story in old["stories"]:
        del story["keys"]
    with Workspace(tmp_path / "ws.db") as ws:
        index = StoryIndex.from_state(old, archive=ws)
        assert index.assign(*_article("eld-2", 3, BREAKWATER, "brill")) == "s-eld-1"
        index.assign(*_article("vote-1", 150, VOTE, "oakham"))
        assert list(index.stories) == ["s-vote-1"]
        assert [s["articles"] for s in ws.archived_story_states(["2025-01-04"])] == [["eld-1", "eld-2"]]


def test_a_key_of_too_many_active_stories_is_not_looked_up_but_the_name_of_a_big_story_is():
    index = StoryIndex()
    rng = random.Random(11)
    for n in range(COMMON_KEY + 1):  # as many stories in one town, each about its own people
        words = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(8)]
        index.assign(*_article(f"town-{n}", 1, " ".join(words * 3), "oakham"))
    for n in range(COMMON_KEY + 20):  # one big story: its name is in more articles than that
        index.assign(*_article(f"big-{n}", 2, BREAKWATER + f" update {n}", "brill"))
    assert len(index.stories) == COMMON_KEY + 2

    article, analysis = _article("next", 3, BREAKWATER + " oakham", "oakham")
    vector = index._tfidf(terms_of(article), ARTICLE_TERMS)
    candidates = index._candidates(vector, {"oakham"}, article)
    assert [s.id for s in candidates] == ["s-big-0"]
    assert index.assign(article, analysis) == "s-big-0"


def test_in_a_small_corpus_of_one_story_a_report_in_its_own_words_still_finds_the_story():
    # with few articles, the words of the story are in every one and rank below the words only the new report
    # uses (a toll that rose, a video, a spillway), which no story is posted under
    index = StoryIndex()
    first = ("Flooding in Velmora killed fourteen people, the emergency ministry said; the Norvale Hydro dam "
             "upstream was inspected last month, mayor Petar Dukic said")
    second = ("Fourteen people died as floodwater swept through Velmora, the emergency ministry said; activists "
              "blamed the Norvale Hydro dam, mayor Petar Dukic said")
    index.assign(*_article("flood-1", 1, first, embedding=[1.0, 0.2, 0.1]))
    index.assign(*_article("flood-2", 1, second, embedding=[1.0, 0.1, 0.2]))
    update = ("The death toll from the Velmora flood rose to twenty-one on Tuesday with six still missing, the "
              "emergency ministry said. Rescuers reached the last flooded district, mayor Petar Dukic said. A video "
              "posted online purportedly shows the spillway of the Norvale Hydro dam pouring water on Sunday.")
    article, analysis = _article("flood-3", 2, update, embedding=[0.9, 0.3, 0.1])
    vector = index._tfidf(terms_of(article), ARTICLE_TERMS)
    assert not any(term in index.postings for term in list(vector)[:INDEX_TERMS])  # the case in point
    assert [s.id for s in index._candidates(vector, set(), article)] == ["s-flood-1"]
    assert index.assign(article, analysis) == "s-flood-1"


FIRE = ("Fire destroyed the trawler Northern Gull at the Brill quay and its deckhand Ivo Rask was badly burned; "
        "the owner Ena Holt is accused of setting the fire for the insurance")
SENTENCE = ("Ena Holt was sentenced to six years for setting the fire that destroyed the trawler Northern Gull at "
            "the Brill quay, burning her deckhand Ivo Rask")


def _naming(article, *people: str, speaking: str | None = None, titled: str | None = None):
    """The article with people it names: `speaking` makes a statement in it, `titled` holds a title."""
    article, analysis = article
    names = [*people, *(n for n in (speaking, titled) if n)]
    analysis.entities = [Entity(id=f"e{k}", name=name, type="PERSON", role="sheriff" if name == titled else None)
                         for k, name in enumerate(names)]
    if speaking:
        entity = f"e{names.index(speaking)}"
        analysis.attributions = [Attribution(
            id="a1", claimant=Claimant(name=speaking, entity=entity), cue="said", cue_span=(0, 4), content="it",
            content_span=(0, 2), sentence="it", sentence_span=(0, 2), kind="indirect", stance="asserts")]
    return article, analysis


def test_a_follow_up_months_later_joins_the_retired_story_of_the_people_it_names(tmp_path):
    with Workspace(tmp_path / "ws.db") as ws:
        index = StoryIndex(archive=ws)
        index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt", "Ivo Rask"))
        index.assign(*_article("vote-1", 150, VOTE, "oakham"))
        assert "s-fire-1" not in index.stories  # retired to the workspace
        ws.put_document("story_index", index.to_state())

        index = StoryIndex.from_state(ws.document("story_index"), archive=ws)
        assert index.assign(*_naming(_article("sentence-1", 200, SENTENCE, "brill"), "Ena Holt")) == "s-fire-1"
        assert index.stories["s-fire-1"].articles == ["fire-1", "sentence-1"]


def test_without_the_names_the_same_follow_up_starts_a_story():
    index = StoryIndex()
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt", "Ivo Rask"))
    assert index.assign(*_article("sentence-1", 200, SENTENCE, "brill")) == "s-sentence-1"


def test_speakers_and_officials_tie_no_follow_up_to_a_story():
    index = StoryIndex()
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), speaking="Ena Holt", titled="Ivo Rask"))
    follow_up = _naming(_article("sentence-1", 200, SENTENCE, "brill"), "Ena Holt", "Ivo Rask")
    assert index.assign(*follow_up) == "s-sentence-1"


def test_a_name_in_many_stories_ties_none_of_them():
    index = StoryIndex()
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt"))
    others = [VOTE, "Ferry fares rise in spring as the operator buys two new boats for the winter crossing",
              "A storm surge flooded the low road and the school closed for three days while pumps ran"]
    for k, text in enumerate(others):  # the name is in three more stories: an official's, or a common one
        index.assign(*_naming(_article(f"other-{k}", 10 * k + 10, text, "oakham"), "Ena Holt"))
    assert len(index.stories) == 4
    assert index.assign(*_naming(_article("sentence-1", 300, SENTENCE, "brill"), "Ena Holt")) == "s-sentence-1"


def test_a_retired_story_only_named_again_stays_in_the_archive(tmp_path):
    with Workspace(tmp_path / "ws.db") as ws:
        index = StoryIndex(archive=ws)
        index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt"))
        index.assign(*_article("vote-1", 150, VOTE, "oakham"))
        other = "Ena Holt opened the new ferry terminal and cut a ribbon before the school band played"
        assert index.assign(*_naming(_article("ribbon-1", 200, other, "oakham"), "Ena Holt")) == "s-ribbon-1"
        assert "s-fire-1" not in index.stories


def test_a_story_quiet_for_years_is_history_not_followed_up():
    index = StoryIndex()
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt", "Ivo Rask"))
    later = _naming(_article("sentence-1", 1 + 4 * 365, SENTENCE, "brill"), "Ena Holt")
    assert index.assign(*later) == "s-sentence-1"


DIVIDEND = "{} declared a quarterly dividend of {} cents a share, payable to shareholders of record. {}"
NEWS = {"Kestrel Mills Corp.": "The maker of flour and feed said its quarterly net income rose on higher shipments.",
        "Kestrel Mills Co.": "The flour and feed maker expects quarterly net income to rise on strong shipments.",
        "Harbor Freight Lines Inc.": "The trucking company said its dividend reflects quarterly net income gains."}


def _brief(id_: str, day: int, company: str, cents: int):
    """A business brief that opens with its company."""
    article, analysis = _article(id_, day, DIVIDEND.format(company, cents, NEWS[company]))
    analysis.entities = [Entity(id="e1", name=company, type="ORG")]
    analysis.mentions = [Mention(company, (0, len(company)), "ORG", "e1")]
    return article, analysis


def test_briefs_about_different_companies_in_the_same_words_are_different_stories():
    briefs = [_brief("kestrel-1", 1, "Kestrel Mills Corp.", 10), _brief("harbor-1", 2, "Harbor Freight Lines Inc.", 12)]
    assert len(set(_link(StoryIndex(Weights(actor_conflict=0.0)), briefs).values())) == 1  # the words alone merge them
    assert len(set(_link(StoryIndex(), briefs).values())) == 2


def test_a_brief_about_the_same_company_joins_its_story():
    briefs = [_brief("kestrel-1", 1, "Kestrel Mills Corp.", 10), _brief("kestrel-2", 2, "Kestrel Mills Co.", 10)]
    assert len(set(_link(StoryIndex(), briefs).values())) == 1


def test_an_article_opening_with_a_new_actor_but_naming_two_names_only_the_story_has_is_no_other_brief():
    index = StoryIndex()
    index.assign(*_with_names(_article("fire-1", 1, FIRE, "brill"), "Brill Quay Trust", "Gull Fisheries",
                              "Brill Police"))
    index.assign(*_with_names(_article("vote-1", 2, VOTE, "brill"), "Brill Police", "Brill Council"))
    story = index.stories["s-fire-1"]
    story.actors = ["brill harbour board"]
    # "Retired judge Ola Berg will lead the inquiry into ...": an actor the story never named, in its own affairs
    assert index._actor_conflict(story, "ola berg", {"gull fisheries", "brill quay trust"}) == 0.0
    assert index._actor_conflict(story, "ola berg", {"gull fisheries", "brill police"}) == index.weights.actor_conflict


def test_a_description_before_a_name_is_no_title_and_the_person_ties_a_follow_up():
    index = StoryIndex()
    fire, analysis = _naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt")
    analysis.entities[0].role = "trawler owner"  # "trawler owner Ena Holt": what she is, not an office she holds
    index.assign(fire, analysis)
    assert index.assign(*_naming(_article("sentence-1", 200, SENTENCE, "brill"), "Ena Holt")) == "s-fire-1"


def test_a_later_day_of_the_people_of_the_story_is_its_aftermath_another_day_of_others_another_event():
    index = StoryIndex()
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt"))
    story = index.stories["s-fire-1"]
    story.days = story.event_days = ["2025-01-02"]
    weight = index.weights.event_dates
    assert index._date_agreement(story, {"2025-01-20"}, {"ena holt"}) == 0.0  # her arrest, her funeral
    assert index._date_agreement(story, {"2025-01-20"}, {"ivo rask"}) == -weight
    assert index._date_agreement(story, {"2024-12-20"}, {"ena holt"}) == -weight  # before the story: not after it
    assert index._date_agreement(story, {"2025-01-03"}, set()) == weight


def test_a_place_or_a_body_taken_for_a_person_ties_no_aftermath():
    index = StoryIndex()
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Brill Fire and Rescue", "St Bede", "Ena Holt"))
    assert index.stories["s-fire-1"].people == ["ena holt"]
    # the estate is a place of the article that tagged it a person: no one its story is about
    estate = index.assign(*_naming(_article("vote-1", 30, VOTE, "quarry hill"), "Quarry Hill"))
    assert index.stories[estate].people == []


@pytest.mark.parametrize("outlet", ["ashford-echo.example", "www.ashfordecho.com", "The Ashford Echo"])
def test_the_outlet_named_in_its_own_article_is_no_name_of_the_story(outlet):
    index = StoryIndex()
    article, analysis = _with_names(_article("fire-1", 1, FIRE, "brill"), "Ashford Echo", "Gull Fisheries")
    article.outlet = outlet
    assert index.stories[index.assign(article, analysis)].names == ["gull fisheries"]


def _with_names(article, *names: str):
    article, analysis = article
    analysis.entities = [Entity(id=f"e{k}", name=name, type="ORG") for k, name in enumerate(names)]
    return article, analysis


def test_a_later_day_naming_two_names_only_the_story_has_is_its_aftermath():
    index = StoryIndex()
    fire = _article("fire-1", 1, FIRE, "brill")
    index.assign(*_with_names(fire, "Brill Quay Trust", "Gull Fisheries", "Brill Police"))
    index.assign(*_with_names(_article("vote-1", 2, VOTE, "brill"), "Brill Police", "Brill Council"))
    story = index.stories["s-fire-1"]
    story.days = story.event_days = ["2025-01-02"]
    weight = index.weights.event_dates
    # the second week of the story: its own trust and firm, though no person it is about
    assert index._date_agreement(story, {"2025-01-20"}, set(), {"brill quay trust", "gull fisheries"}) == 0.0
    # the police of the town are in its other stories too: one name of its own is not enough
    assert index._date_agreement(story, {"2025-01-20"}, set(), {"brill quay trust", "brill police"}) == -weight
    # a name and its short form are one name
    assert index._date_agreement(story, {"2025-01-20"}, set(), {"brill quay trust", "brill quay"}) == -weight
    story.names.append("brill quay")
    assert index._date_agreement(story, {"2025-01-20"}, set(), {"brill quay trust", "brill quay"}) == -weight


def test_the_emergency_services_and_their_officers_of_a_town_are_no_parties_of_one_incident():
    _, analysis = _article("fire-2", 40, FIRE, "brill")
    analysis.entities = [Entity(id="e1", name="Brill Fire and Rescue Service", type="ORG"),
                         Entity(id="e2", name="Tom Hale", type="PERSON", role="Station Officer"),
                         Entity(id="e3", name="Lena Marsh", type="PERSON", role="Detective Inspector"),
                         Entity(id="e4", name="Maryam", type="PERSON"),
                         Entity(id="e5", name="Gull Fisheries", type="ORG", aliases=["Gull"]),
                         Entity(id="e6", name="Ena Holt", type="PERSON"),
                         Entity(id="e7", name="Kestria", type="PERSON")]  # a country the tagger took for a person
    assert parties_of(analysis) == {"gull fisheries", "gull", "ena holt", "kestria"}
    # a house fire five weeks after another, told with the same fire service, its officer and the first fire's
    # victim named again in passing, is another fire
    index = StoryIndex()
    index.assign(*_with_names(_article("fire-1", 1, FIRE, "brill"), "Brill Fire and Rescue Service", "Maryam"))
    story = index.stories["s-fire-1"]
    story.days = story.event_days = ["2025-01-02"]
    names = {"brill fire and rescue service", "maryam"}
    assert index._date_agreement(story, {"2025-02-08"}, set(), names & parties_of(analysis)) == \
        -index.weights.event_dates


def test_a_name_and_the_acronym_the_article_gives_it_are_one_name_of_its_own():
    index = StoryIndex()
    article, analysis = _article("fire-1", 1, FIRE, "brill")
    analysis.entities = [Entity(id="e1", name="Brill Dock Union", type="ORG", aliases=["BDU"]),
                         Entity(id="e2", name="Gull Fisheries", type="ORG")]
    index.assign(article, analysis)
    index.assign(*_with_names(_article("vote-1", 2, VOTE, "brill"), "Brill Council"))
    story = index.stories["s-fire-1"]
    families = name_families(analysis)
    assert index._names_of_its_own(story, {"brill dock union", "bdu"}, families) == 1
    assert index._names_of_its_own(story, {"brill dock union", "bdu", "gull fisheries"}, families) == 2


def test_an_article_on_the_story_s_days_or_none_naming_three_names_only_it_has_is_about_it():
    index = StoryIndex()
    fire = _article("fire-1", 1, FIRE, "brill")
    index.assign(*_with_names(fire, "Brill Quay Trust", "Gull Fisheries", "Ena Holt", "Brill Police"))
    index.assign(*_with_names(_article("vote-1", 2, VOTE, "brill"), "Brill Police", "Brill Council"))
    story = index.stories["s-fire-1"]
    story.days = story.event_days = ["2025-01-02"]
    three = {"brill quay trust", "gull fisheries", "ena holt"}

    def bonus(days, names):
        return index._own_names_on_its_days(story, index._date_agreement(story, days, set(), names), names)
    assert bonus({"2025-01-02"}, three) == index.weights.own_names
    assert bonus({"2025-01-02"}, three - {"ena holt"} | {"brill police"}) == 0.0
    # its aftermath, for these names (the cross-examination in a trial that opened weeks before), or no day at all
    assert bonus({"2025-01-20"}, three) == bonus(set(), three) == index.weights.own_names
    assert bonus({"2024-12-20"}, three) == 0.0  # a day before the story: another event of the same people


def test_a_named_storm_and_one_more_name_of_the_story_s_own_tie_an_article_to_it():
    index = StoryIndex()
    index.assign(*_with_names(_article("fire-1", 1, FIRE, "brill"), "Typhoon Amihan", "Gull Fisheries", "Brill Police"))
    index.assign(*_with_names(_article("vote-1", 2, VOTE, "brill"), "Brill Police", "Brill Council"))
    story = index.stories["s-fire-1"]
    assert index._names_of_its_own(story, {"typhoon amihan", "gull fisheries"}) == 3
    assert index._names_of_its_own(story, {"gull fisheries", "brill police"}) == 1


def test_a_follow_up_months_later_joins_the_retired_story_whose_own_names_it_names(tmp_path):
    """No person of the story in it (the firm, the trust, the owner's company), but three names no other story has."""
    own = ("Brill Quay Trust", "Gull Fisheries", "Holt Marine")
    with Workspace(tmp_path / "ws.db") as ws:
        index = StoryIndex(archive=ws)
        index.assign(*_with_names(_article("fire-1", 1, FIRE, "brill"), *own))
        index.assign(*_with_names(_article("vote-1", 150, VOTE, "oakham"), "Brill Council"))
        assert "s-fire-1" not in index.stories  # retired to the workspace
        assert index.assign(*_with_names(_article("sentence-1", 200, SENTENCE, "brill"), *own)) == "s-fire-1"


@pytest.mark.parametrize("named", [
    ("Brill Quay Trust", "Gull Fisheries"),
    ("Brill Quay Trust", "Gull Fisheries", "Brill Council"),  # the council is the vote's too
])
def test_two_own_names_and_one_other_stories_share_bring_no_story_back(named):
    index = StoryIndex()
    index.assign(*_with_names(_article("fire-1", 1, FIRE, "brill"), "Brill Quay Trust", "Gull Fisheries",
                              "Brill Council"))
    index.assign(*_with_names(_article("vote-1", 150, VOTE, "oakham"), "Brill Council"))
    assert index.assign(*_with_names(_article("sentence-1", 200, SENTENCE, "brill"), *named)) == "s-sentence-1"


def test_a_title_the_tagger_took_for_a_name_ties_no_follow_up():
    index = StoryIndex()
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Brill County Sheriff"))
    assert index.assign(*_naming(_article("sentence-1", 200, SENTENCE, "brill"), "Brill County Sheriff")) == (
        "s-sentence-1")


def test_the_reporter_in_the_byline_is_no_actor_the_article_opens_with():
    text = "By Mira Patel\n\nKestrel Mills Corp. said on Monday it would cut its dividend."
    article, analysis = _article("kestrel-3", 3, text)
    article.byline = "By Mira Patel"
    analysis.mentions = [Mention("Mira Patel", (3, 13), "PERSON"), Mention("Kestrel Mills Corp.", (15, 34), "ORG")]
    assert opening_actor(article, analysis) == "kestrel mills"


@pytest.mark.parametrize("text, company, actor", [
    ("OSLO (Globewire) - Cabin crew at Norwegian airline Fjellvik Air will strike on Friday.", "Fjellvik Air",
     "fjellvik air"),
    ("LONDON - Shares in British grocer Marlow Stores fell 7% on Thursday.", "Marlow Stores", "marlow stores"),
    ("A man was shot in the Wells Harbor neighborhood, KRVN reported.", "Wells Harbor", None),
])
def test_a_business_the_lede_introduces_by_its_trade_is_the_actor(text, company, actor):
    article, analysis = _article("lede-1", 3, text)
    analysis.mentions = [Mention(company, (text.index(company), text.index(company) + len(company)), "ORG")]
    assert opening_actor(article, analysis) == actor


def _placed(id_: str, day: int, text: str, *places: str) -> tuple[Article, ArticleAnalysis]:
    article, analysis = _article(id_, day, text)
    spans = [re.search(rf"\b{p}\b", text).span() for p in places]
    analysis.mentions = [Mention(p, span, "GPE") for p, span in zip(places, spans)]
    return article, analysis


KITSHANGA = ("GOMA (Kivu Wire) - A drone strike hit a camp near the town of Kitshanga in eastern Congo's North Kivu "
             "province on Monday, killing seven people.")
PINGA = ("A drone strike hit a church in the town of Pinga in eastern Congo's North Kivu province on Thursday, "
         "killing seven people, days after a strike on a camp.")


@pytest.mark.parametrize("text, places, lede", [
    (KITSHANGA, ("GOMA", "Kitshanga", "eastern Congo", "North Kivu"), ["kitshanga", "north kivu"]),
    ("At least nine people drowned when a canoe capsized in Nigeria's Niger state on Monday.", ("Nigeria", "Niger"),
     ["niger state"]),
])
def test_the_lede_s_local_places_are_neither_its_dateline_nor_a_country(text, places, lede):
    assert lede_places(*_placed("lede-1", 1, text, *places)) == lede


def test_an_incident_s_report_opening_on_another_town_the_story_never_names_is_another_incident():
    index = StoryIndex()
    index.assign(*_placed("kitshanga-1", 1, KITSHANGA, "Kitshanga", "eastern Congo", "North Kivu"))
    story = index.stories["s-kitshanga-1"]
    pinga = lede_places(*_placed("pinga-1", 4, PINGA, "Pinga", "eastern Congo", "North Kivu"))
    assert index._elsewhere(story, pinga, incident=True) == index.weights.elsewhere
    assert index._elsewhere(story, pinga, incident=False) == 0.0  # a running story's next turn may open anywhere
    toll = lede_places(*_placed("kitshanga-2", 2, "The toll of the strike in Kitshanga rose to 12.", "Kitshanga"))
    assert index._elsewhere(story, toll, incident=True) == 0.0
    # a report opening on a village the story named further down is the same incident's
    index.stories["s-kitshanga-1"].places["pinga"] = 1
    assert index._elsewhere(story, pinga, incident=True) == 0.0


@pytest.mark.parametrize("text, events", [
    ("The Corran Ridge Fire grew to 4,000 acres on Monday, a month after the Bellweather Fire.",
     ["corran ridge fire", "bellweather fire"]),
    ("Storm Ilse brought down trees, the Tarn Fire Department said; Tropical Storm Ferris followed.",
     ["storm ilse", "storm ferris"]),
    ("The fire chief said the blaze near Holbrook was contained.", []),
    ("Operation Wren heard from a second developer on Tuesday, weeks after Operation Pipit closed.",
     ["operation wren", "operation pipit"]),
])
def test_the_named_wildfires_storms_and_operations_of_an_article_in_order(text, events):
    assert named_events(Article(id="x", source="x.txt", text=text)) == events


def test_a_title_case_headline_names_no_fire():
    article = Article(id="x", source="x.txt", title="Holbrook Residents Flee Massive Brush Fire",
                      text="Crews fought a brush fire near Holbrook on Monday.")
    assert named_events(article) == []


def test_a_report_whose_first_named_fire_the_story_never_names_is_another_fire():
    index = StoryIndex()
    index.assign(*_article("fire-1", 1, "The Bellweather Fire forced evacuations in the national forest on Monday."))
    story = index.stories["s-fire-1"]
    assert index._other_event(story, ["corran ridge fire"]) == index.weights.other_event
    assert index._other_event(story, ["bellweather fire"]) == 0.0
    assert index._other_event(story, []) == 0.0  # "the blaze near Holbrook" may be either
    # a story that named the other fire further down ("as crews turned to the Corran Ridge Fire") takes its reports
    story.events.append("corran ridge fire")
    assert index._other_event(story, ["corran ridge fire"]) == 0.0


def test_another_day_sets_an_incident_apart_but_not_a_turn_of_a_running_story():
    index = StoryIndex()
    index.assign(*_article("vote-1", 1, VOTE, "brill"))
    story = index.stories["s-vote-1"]
    story.days = story.event_days = ["2025-01-02"]
    weight = index.weights.event_dates
    assert index._date_agreement(story, {"2025-01-20"}, incident=True) == -weight  # another fire, another day
    assert index._date_agreement(story, {"2025-01-20"}, incident=False) == 0.0  # the vote after the first reading
    assert index._date_agreement(story, {"2025-01-03"}, incident=False) == weight


def _running_stories(count: int, day: str) -> StoryIndex:
    """An index of `count` running stories in other words, each naming `day`."""
    index = StoryIndex()
    for n in range(count):
        index.assign(*_article(f"turn-{n}", 1, " ".join(word + "xyzw"[n % 4] * (n + 1) for word in ("vote", "levy"))))
        story = index.stories[f"s-turn-{n}"]
        story.days = story.event_days = [day]
        index._index(story)
    return index


def test_a_day_every_running_story_names_adds_nothing_to_a_turn_but_still_to_an_incident():
    few, many = _running_stories(DAY_STORIES, "2025-01-02"), _running_stories(DAY_STORIES + 1, "2025-01-02")
    weight = few.weights.event_dates
    assert few._date_agreement(few.stories["s-turn-0"], {"2025-01-03"}, incident=False) == weight
    assert many._date_agreement(many.stories["s-turn-0"], {"2025-01-03"}, incident=False) == 0.0
    assert many._date_agreement(many.stories["s-turn-0"], {"2025-01-03"}, incident=True) == weight


@pytest.mark.parametrize("title, counted, harm", [
    ("Two dead in Mill Lane fire", [], True),
    ("Council votes to rebuild library", [("killed", "two")], True),
    ("Council votes to rebuild library", [("other", "40 cattle")], False),
    ("Budget clears first reading", [], False),
])
def test_an_incident_is_told_by_its_title_or_its_casualty_figures(title, counted, harm):
    article, analysis = _article("a-1", 1, VOTE)
    article.title = title
    analysis.figures = [Figure(id=f"f{n}", text=text, span=(0, len(text)), value=2.0, low=2.0, high=2.0,
                               qualifier=None, category=category)
                        for n, (category, text) in enumerate(counted)]
    assert tells_of_harm(article, analysis) is harm


@pytest.mark.parametrize("title, stories", [("Council votes to rebuild library", 1),
                                            ("Two dead as library roof falls", 2)])
def test_weeks_of_silence_count_against_an_incident_not_a_running_story(title, stories):
    index = StoryIndex(Weights(time_decay=1.0))  # silence costs all of a score: only its gating is seen
    for id_, day in (("vote-1", 1), ("vote-2", 41)):
        article, analysis = _article(id_, day, VOTE)
        article.title = title
        index.assign(article, analysis)
    assert len(index.stories) == stories


def test_a_follow_up_on_another_day_brings_back_a_running_story_but_not_an_incident():
    index = StoryIndex(Weights(event_dates=1.0))  # another day costs all of a score: only its gating is seen
    index.assign(*_naming(_article("fire-1", 1, FIRE, "brill"), "Ena Holt"))
    story = index.stories["s-fire-1"]
    story.days, story.harm = ["2025-01-02"], False
    article, analysis = _naming(_article("sentence-1", 20, SENTENCE, "brill"), "Ena Holt")
    vector = index._tfidf(terms_of(article), ARTICLE_TERMS)
    told = ({"ena holt"}, set(), vector, None, {"brill"}, analysis.minhash, {"2025-01-20"}, article)
    assert index._followed_up(*told, harm=False) is story
    assert index._followed_up(*told, harm=True) is None


def test_the_headlines_an_article_links_to_are_words_of_its_story():
    article, _ = _article("fire-2", 3, "Firefighters returned to the quay on Monday.", "brill")
    article.dropped = ["Listen to this article", "Read more:", "Trawler blaze: three crew hurt at Brill quay"]
    terms = terms_of(article)
    assert terms["trawler"] == 1 and terms["crew"] == 1 and "listen" not in terms


def _naming_days(article, *days: str):
    """The article with these past days in its text."""
    article, analysis = article
    analysis.timerefs = [TimeRef(text=day, span=(0, 1), value=DateValue(day, "day"), tense="past") for day in days]
    return article, analysis


def test_a_day_one_report_of_the_story_names_in_passing_is_no_day_the_story_happened_on():
    index = StoryIndex()
    index.assign(*_naming_days(_article("vote-1", 3, VOTE), "2025-01-03"))  # the vote, on its day
    # a later report names the vote's day again, and the day the council last met
    index.assign(*_naming_days(_article("vote-2", 4, VOTE), "2025-01-03", "2025-01-20"))
    story = index.stories["s-vote-1"]
    assert story.event_days == ["2025-01-03"] and story.days == ["2025-01-03", "2025-01-20"]
    weight = index.weights.event_dates
    assert index._date_agreement(story, {"2025-01-04"}, incident=True) == weight
    assert index._date_agreement(story, {"2025-01-21"}, incident=True) == 0.0  # neither the story's day nor another


def test_a_story_saved_before_it_kept_the_days_it_happened_on_takes_every_day_it_named():
    index = StoryIndex()
    index.assign(*_naming_days(_article("vote-1", 3, VOTE), "2025-01-03"))
    state = index.to_state()
    for story in state["stories"]:
        del story["event_days"]
    assert StoryIndex.from_state(state).stories["s-vote-1"].event_days == ["2025-01-03"]


def _desk_embedding(specific: int, weight: float = 0.4) -> list[float]:
    """A unit embedding near the desk's common direction (axis 0), a little towards its story's (axis `specific`)."""
    vector = [0.0] * 8
    vector[0], vector[specific] = 1.0, weight
    norm = sum(v * v for v in vector) ** 0.5
    return [v / norm for v in vector]


def _desk(stories: int = 6, articles: int = 2) -> StoryIndex:
    """A stream whose every article sits near the desk's common direction: its mean is that direction."""
    index = StoryIndex()
    for n in range(stories * articles):
        index._add_to_stream_mean(_desk_embedding(1 + n % stories))
    return index


def test_an_article_sharing_with_a_story_only_what_the_whole_stream_shares_pays_for_it():
    index = _desk()
    assert index.embedded >= STREAM_MEAN_AFTER
    same_desk, own_story = _desk_embedding(2), _desk_embedding(1)
    # the raw cosine of two stories of one desk is high; once the desk's mean is off both, it is not
    assert sum(a * b for a, b in zip(same_desk, own_story)) > 0.8
    story = _Story(id="s-1", articles=["a"], terms={}, embedding=array("d", own_story), places={}, last=None)
    fresh = StoryIndex()  # no stream yet: nothing to take off
    assert index._score(story, {}, same_desk, set(), None) == pytest.approx(
        fresh._score(story, {}, same_desk, set(), None) - index.weights.commonplace)
    of_the_story = _desk_embedding(1, 0.5)
    assert index._score(story, {}, of_the_story, set(), None) == pytest.approx(
        fresh._score(story, {}, of_the_story, set(), None))


def test_the_stream_mean_is_kept_with_the_index_and_an_older_state_starts_it_again():
    index = _desk()
    state = json.loads(json.dumps(index.to_state()))
    again = StoryIndex.from_state(state)
    assert again.embedded == index.embedded and list(again.stream_mean) == list(index.stream_mean)
    del state["embedded"], state["stream_mean"]
    older = StoryIndex.from_state(state)
    assert older.embedded == 0 and older.stream_mean is None
