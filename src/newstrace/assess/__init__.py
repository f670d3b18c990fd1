"""Assessment of a linked story: claim statuses, conflicts and updates, casualties, timeline."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from newstrace.assess.claims import assess_claims
from newstrace.assess.figures import casualty_summary, updates_and_conflicts
from newstrace.assess.timeline import build_timeline
from newstrace.ingest.outlet import dateline
from newstrace.model import Article, ArticleAnalysis, Claim, Conflict, Story

__all__ = ["assess_story"]


def assess_story(story: Story, articles: list[Article], analyses: list[ArticleAnalysis]) -> Story:
    assess_claims(story.claims, articles, analyses)
    for claim in story.claims:
        claim.figure_ids = [sf.id for sf in story.figures
                            if any(sf.article_id == r.article_id and sf.figure.attribution == r.attribution_id
                                   for r in claim.reports)]
    story.updates, story.conflicts = updates_and_conflicts(story.figures)
    published = {a.id: a.published.isoformat() for a in articles if a.published}
    story.conflicts += [c for c in (date_conflict(claim, published) for claim in story.claims) if c is not None]
    days_told = _days_told(analyses)
    story.conflicts += [c for c in (event_date_conflict(claim, days_told) for claim in story.claims) if c is not None]
    story.casualties = casualty_summary(story.figures)
    story.timeline = build_timeline(story, articles, analyses)
    story.title = story.title or _title(articles)
    return story


SAID_AGAIN_AFTER = 7  # days: a source that gives its count again weeks later repeats it; days apart are a rival date


def date_conflict(claim: Claim, published: dict[str, str]):
    """Reports of one claim in different articles that date one speaker's statement differently, each from its own
    text. A day more than a week after the earlier ones, which no earlier-dated report could have known of (their
    articles came out before it), is the statement said again, as a water company gives its count every week: no
    rival date. Within a week it may be either, and the reader is shown it. Another speaker of the same source (the
    network's chief executive two days after the network) said it again too."""
    speakers = {_speaker(report) for report in claim.reports}
    return next(filter(None, (_dates_of_one_speaker(claim, [r for r in claim.reports if _speaker(r) == speaker],
                                                    published) for speaker in sorted(speakers))), None)


def _speaker(report) -> str:
    """Who the report says spoke, by the last word of the name: outlets name one speaker "Officer Jane Roe" and
    "Roe", "the ministry" and "the Health Ministry"."""
    return (report.claimant.lower().split() or [""])[-1]


def _dates_of_one_speaker(claim: Claim, reports: list, published: dict[str, str]):
    dated = {}
    for report in reports:
        if report.stated_on and report.stated_on.precision == "day" and report.dated_from == "sentence":
            dated.setdefault(report.stated_on.value, []).append(report)
    days = sorted(dated)
    for later in [day for n, day in enumerate(days) if n and _said_again(day, days[:n], dated, published)]:
        del dated[later]
    if len(dated) < 2 or len({r.article_id for reports in dated.values() for r in reports}) < 2:
        return None
    days = sorted(dated)
    note = _gap_note(days)
    listing = "; ".join(f"{day} in {', '.join(r.article_id for r in dated[day])}" for day in days)
    return Conflict(kind="date", about=f"when {claim.claimant.name} said it: {claim.summary[:80]}",
                    item_ids=[claim.id, *(f"{r.article_id}:{r.attribution_id}" for d in days for r in dated[d])],
                    explanation=f"Reports date the statement differently: {listing}.{note}")


def event_date_conflict(claim: Claim, days_told: dict[str, list[tuple[int, str, str]]]):
    """Reports of one claim in different articles that date what it tells differently: "killed nine people on
    Saturday" in one outlet, "nine people died on Friday" in another."""
    dated, words = {}, {}
    for report in claim.reports:
        told = [(day, text) for position, day, text in days_told.get(report.article_id, ())
                if report.span[0] <= position < report.span[1]]
        if told:
            key = (report.article_id, report.attribution_id)
            dated[key], words[key] = {day for day, _ in told}, {text.lower() for _, text in told}
    # the same words ("two days ago") read on two publication days are one copy, not two accounts
    clashing = [(a, b) for a, b in itertools.combinations(dated, 2)
                if a[0] != b[0] and not dated[a] & dated[b] and not words[a] & words[b]]
    if not clashing:
        return None
    first, second = clashing[0]
    note = _gap_note(sorted(dated[first] | dated[second]))
    listing = "; ".join(f"{', '.join(sorted(dated[key]))} in {key[0]}" for key in (first, second))
    return Conflict(kind="date", about=f"when it happened, as {claim.claimant.name} tells it: {claim.summary[:80]}",
                    item_ids=[claim.id, *(f"{article}:{attribution}" for article, attribution in (first, second))],
                    explanation=f"Reports date what the statement tells differently: {listing}.{note}")


def _said_again(day: str, earlier: list[str], dated: dict, published: dict[str, str]) -> bool:
    return _days_apart(earlier[-1], day) > SAID_AGAIN_AFTER and all(
        published.get(r.article_id, day) < day for before in earlier for r in dated[before])


def _gap_note(days: list[str]) -> str:
    gap = _days_apart(days[0], days[-1])
    return " A one-day gap is often a time-zone or publication-lag difference." if gap == 1 else ""


def _days_apart(first: str, last: str) -> int:
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


def _days_told(analyses: list[ArticleAnalysis]) -> dict[str, list[tuple[int, str, str]]]:
    """Per article, the past days its text names, by position, with their words: the days a statement tells of.
    Not a clock time, which news dates by the publication day when it names no day."""
    return {analysis.article_id: [(t.span[0], t.value.value, t.text) for t in analysis.timerefs
                                  if t.kind == "date" and t.calendar_value() and t.value.precision == "day"
                                  and t.tense != "future"]
            for analysis in analyses}


def _title(articles: list[Article]) -> str:
    """The earliest original report's headline, else the first sentence of its lead (no byline, no dateline)."""
    for article in articles:
        if article.title and not article.duplicate_of:
            return article.title
    paragraphs = [p for p in articles[0].text.split("\n\n") if p != articles[0].byline]
    lead = paragraphs[0] if paragraphs else ""
    opening = dateline(lead)
    lead = lead[opening.end():] if opening else lead
    first = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    return first if len(first) <= 110 else first[:110].rsplit(" ", 1)[0] + " …"
