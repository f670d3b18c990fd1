"""A dated timeline per story: events the articles date, statements, figure changes, first reports."""

from __future__ import annotations

import re
from collections import defaultdict

from newstrace.ingest.outlet import dateline
from newstrace.model import Article, ArticleAnalysis, DateValue, Story, TimelineEntry

LABEL_CHARS = 140


def build_timeline(story: Story, articles: list[Article], analyses: list[ArticleAnalysis]) -> list[TimelineEntry]:
    entries = _events(articles, analyses) + _statements(story) + _figure_changes(story) + _first_reports(articles)
    return sorted(entries, key=lambda e: (e.date.value, _KIND_ORDER[e.kind], e.label))


_KIND_ORDER = {"event": 0, "statement": 1, "figure": 2, "publication": 3}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS].rsplit(" ", 1)[0] + " …"


def _events(articles: list[Article], analyses: list[ArticleAnalysis]) -> list[TimelineEntry]:
    """Past days the articles name ("on Saturday"), one entry per day with its clearest sentence."""
    texts = {a.id: a.text for a in articles}
    by_day: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for analysis in analyses:
        text = texts.get(analysis.article_id, "")
        opening = dateline(text)
        for ref in analysis.timerefs:
            if opening and ref.span[1] <= opening.end():
                continue  # "PORTVALE, May 3 (Coastline Press) -" dates the report, not an event
            if ref.calendar_value() and ref.value.precision == "day" and ref.tense == "past":
                sentence = _sentence_around(text, ref.span, opening.end() if opening else 0)
                by_day[ref.value.value].append((analysis.article_id, sentence))
    entries = []
    for day, mentions in by_day.items():
        sentence = min((s for _, s in mentions if s), key=len, default="")
        entries.append(TimelineEntry(date=DateValue(day, "day"), label=_short(sentence), kind="event",
                                     article_ids=sorted({a for a, _ in mentions})))
    return entries


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def _sentence_around(text: str, span, opening: int = 0) -> str:
    """The sentence of the article text that holds the span, after the dateline that opens the text."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, opening, span[0])]
    start = starts[-1] if starts else opening
    end_match = _SENTENCE_END.search(text, span[1])
    end = end_match.start() + len(end_match.group().rstrip()) if end_match else len(text)
    return text[start:end].strip()


def _statements(story: Story) -> list[TimelineEntry]:
    return [TimelineEntry(date=claim.stated_on, label=_short(f"{claim.claimant.name}: {claim.summary}"),
                          kind="statement", article_ids=sorted({r.article_id for r in claim.reports}),
                          claim_ids=[claim.id])
            for claim in story.claims if claim.stated_on]


def _figure_changes(story: Story) -> list[TimelineEntry]:
    entries = []
    for update in story.updates:
        figures = {sf.id: sf for sf in story.figures}
        for figure_id in update.item_ids:
            sf = figures[figure_id]
            if sf.figure.as_of:
                who = sf.claimant.name if sf.claimant else "unattributed"
                entries.append(TimelineEntry(date=sf.figure.as_of, label=_short(f"{update.about}: {sf.figure.text} ({who})"),
                                             kind="figure", article_ids=[sf.article_id], figure_ids=[sf.id]))
    return entries


def _first_reports(articles: list[Article]) -> list[TimelineEntry]:
    first = next((a for a in articles if a.published), None)
    if first is None:
        return []
    outlet = first.outlet or "an unknown outlet"
    return [TimelineEntry(date=DateValue(first.published.isoformat(), "day"), kind="publication",
                          label=_short(f"first report, by {outlet}: {first.title or _without_byline(first)}"),
                          article_ids=[first.id])]


def _without_byline(article: Article) -> str:
    return article.text.replace(article.byline, "", 1).strip() if article.byline else article.text
