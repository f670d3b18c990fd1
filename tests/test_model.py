"""The shared model survives its JSON form unchanged (the store and cluster workers rely on it)."""

from __future__ import annotations

import datetime as dt
import json

from newstrace.model import (Article, ArticleAnalysis, Attribution, CasualtyBound, Claimant, DateValue, Figure,
                             Hedge, Story, TimeRef, from_dict, to_dict)


def test_analysis_round_trips_through_json():
    claimant = Claimant(name="Mara Voss", text="she", span=(40, 43), entity="e1")
    attribution = Attribution(
        id="a1", claimant=claimant, cue="said", cue_span=(44, 48), content="the bridge is closed",
        content_span=(10, 30), sentence="She said the bridge is closed.", sentence_span=(0, 31),
        kind="indirect", stance="asserts", hedges=[Hedge("reportedly", (2, 12), "reportedly")],
        stated_on=DateValue("2025-03-03", "day"))
    figure = Figure(id="f1", text="at least 30 people", span=(5, 23), value=30, low=30, high=None,
                    qualifier="at least", category="killed", claimant=claimant)
    analysis = ArticleAnalysis(article_id="x", attributions=[attribution], figures=[figure],
                               timerefs=[TimeRef("on Monday", (3, 12), DateValue("2025-03-03", "day"))])
    again = from_dict(ArticleAnalysis, json.loads(json.dumps(to_dict(analysis))))
    assert again == analysis
    assert isinstance(again.attributions[0].content_span, tuple)


def test_article_dates_and_story_maps_round_trip():
    article = Article(id="a", source="a.txt", text="Body.", published=dt.date(2025, 3, 1), dropped=["Share this"])
    assert from_dict(Article, to_dict(article)) == article
    story = Story(id="s", title="t", article_ids=["a"], first_published=dt.date(2025, 3, 1),
                  casualties={"killed": CasualtyBound(low=3, best=3, high=5, figure_ids=["a:f1"])})
    assert from_dict(Story, json.loads(json.dumps(to_dict(story)))) == story


def test_unknown_keys_are_ignored_and_missing_ones_default():
    data = {"source": "s", "reason": "empty file", "added_later": 1}
    from newstrace.model import Rejection

    assert from_dict(Rejection, data) == Rejection("s", "empty file")
    assert from_dict(Article, {"id": "a", "source": "s", "text": "t"}).dropped == []
