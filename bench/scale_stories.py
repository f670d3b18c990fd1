"""Story linking at scale: StoryIndex.assign over a synthetic stream of N articles in publication order.

    .venv/bin/python bench/scale_stories.py                  # 100,000 articles over two years
    .venv/bin/python bench/scale_stories.py --articles 10000

The stream is made to stress the index the way a real feed does: stories of 1 to 15 articles (most
small) spread over days to weeks; each story has its own words (names, streets), a theme shared
with many stories ("shooting", "wounded") and the common words of all news, Zipf-distributed, so the
commonest terms are in nearly every story; a town out of 3,000 (a few big ones) and its state out of
50, as GPE mentions; the event day as a day-precision time reference; a unit embedding per story
(near its theme's) with noise per article; real MinHash signatures, a tenth of the articles being
wire copies of an earlier article of their story. Fixed seed. Generation is not timed, and the
linking is timed in CPU seconds of this process, so that a busy machine does not skew it.

Retired stories go to a workspace in a temporary file, as in `newstrace run`. Prints articles/s
per 10,000-article slice (growth shows there), candidates scored per article, peak RSS, the size of
the saved index state with the time to save and reload it, and B-cubed against the synthetic truth
as a sanity check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metrics import bcubed  # noqa: E402

from newstrace.analyze.fingerprint import minhash_signature  # noqa: E402
from newstrace.link.stories import StoryIndex, terms_of  # noqa: E402
from newstrace.model import Article, ArticleAnalysis, DateValue, Mention, TimeRef  # noqa: E402
from newstrace.store import Workspace  # noqa: E402

SEED = 7
DAYS = 730
FIRST_DAY = dt.date(2024, 1, 1)
DIMS = 384
SLICE = 10_000
MAX_STORY = 15
OWN_WORDS = 10  # per story: names, streets, the business at the corner
THEMES, THEME_WORDS = 200, 25
COMMON_WORDS = 6_000
TOWNS, STATES = 3_000, 50
BODY_WORDS = 250
COPY_SHARE = 0.1  # articles that are wire copies of an earlier article of their story
COMMON = ("shooting city man woman officers county year old hospital family home street night people victim "
          "suspect car house school gun fire wounded killed investigation department local morning weekend "
          "community officer state court charged arrested").split()


@dataclass
class Story:
    start: int  # day
    size: int
    theme: int
    town: int
    own: np.ndarray  # word ids
    embedding: np.ndarray


class Stream:
    """The synthetic stream: every article is rebuilt from (story, k) on demand, so memory stays small."""

    def __init__(self, articles: int, seed: int = SEED):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.common = [*COMMON, *(_word(i, 6) for i in range(COMMON_WORDS - len(COMMON)))]
        self.common_cdf = _zipf_cdf(COMMON_WORDS, 1.1)
        self.theme_cdf = _zipf_cdf(THEMES, 1.0)
        self.town_cdf = _zipf_cdf(TOWNS, 1.0)
        self.state_of_town = self.rng.integers(0, STATES, TOWNS)
        self.theme_vectors = _unit(self.rng.normal(size=(THEMES, DIMS)))
        self.stories = self._stories(articles)
        self.order = self._order(articles)

    def _stories(self, articles: int) -> list[Story]:
        sizes = np.arange(1, MAX_STORY + 1)
        size_p = sizes ** -1.6 / (sizes ** -1.6).sum()  # most stories are one or two articles
        stories, total = [], 0
        while total < articles:
            theme = _draw(self.rng, self.theme_cdf)
            own = _unit(0.6 * self.theme_vectors[theme] + 0.8 * _unit(self.rng.normal(size=DIMS)))
            story = Story(start=int(self.rng.integers(0, DAYS)), size=int(self.rng.choice(sizes, p=size_p)),
                          theme=theme, town=_draw(self.rng, self.town_cdf),
                          own=self.rng.integers(0, 400_000, OWN_WORDS), embedding=own)
            stories.append(story)
            total += story.size
        return stories

    def _order(self, articles: int) -> list[tuple[int, int, int]]:
        """(day, story, k) of every article, by day: a story's articles spread over days to weeks."""
        plan = []
        for s, story in enumerate(self.stories):
            scale = float(np.exp(self.rng.uniform(0, np.log(21))))
            offsets = np.sort(np.minimum(self.rng.exponential(scale, story.size - 1), 45)).astype(int)
            plan.append((story.start, s, 0))
            plan.extend((story.start + int(o), s, k) for k, o in enumerate(offsets, start=1))
        plan.sort()
        return plan[:articles]

    def __iter__(self) -> Iterator[tuple[Article, ArticleAnalysis, int]]:
        for n, (day, s, k) in enumerate(self.order):
            rng = np.random.default_rng((self.seed, s, k))
            story = self.stories[s]
            copy_of = int(rng.integers(0, k)) if k and rng.random() < COPY_SHARE else None
            title, text = self._text(s, k if copy_of is None else copy_of)
            if copy_of is not None:
                text = _perturbed(text, rng, self.common)
            article = Article(id=f"a{n:06d}", source=f"synthetic#{n}", text=text, title=title,
                              published=FIRST_DAY + dt.timedelta(days=day))
            yield article, self._analysis(article, story, rng), s

    def _text(self, s: int, k: int) -> tuple[str, str]:
        rng = np.random.default_rng((self.seed, s, k, 1))
        story = self.stories[s]
        own = [_word(int(w), 8) for w in rng.choice(story.own, 6, replace=False)]
        theme = [_word(story.theme * THEME_WORDS + int(i), 7, salt=1) for i in rng.integers(0, THEME_WORDS, 30)]
        town, state = self._places(story)
        draws = rng.random(BODY_WORDS)
        common = iter(self.common[i] for i in np.searchsorted(self.common_cdf, rng.random(BODY_WORDS)))
        body = [own[int(d * 100) % len(own)] if d < 0.12 else theme[int(d * 1000) % len(theme)] if d < 0.2
                else town if d < 0.22 else next(common) for d in draws]
        body[40:40] = [town, state]
        title = " ".join([own[0], own[1], theme[0], next(common), town])
        return title.capitalize(), " ".join(body)

    def _places(self, story: Story) -> tuple[str, str]:
        return _word(story.town, 7, salt=2), _word(int(self.state_of_town[story.town]), 9, salt=3)

    def _analysis(self, article: Article, story: Story, rng) -> ArticleAnalysis:
        town, state = self._places(story)
        mentions = [Mention(town, (0, 0), "GPE"), Mention(state, (0, 0), "GPE")]
        day = (FIRST_DAY + dt.timedelta(days=story.start)).isoformat()
        timerefs = [TimeRef("on Monday", (0, 0), DateValue(day, "day"), tense="past")] if rng.random() < 0.7 else []
        embedding = _unit(story.embedding + 0.045 * rng.normal(size=DIMS)).tolist()
        return ArticleAnalysis(article_id=article.id, mentions=mentions, timerefs=timerefs, embedding=embedding,
                               minhash=minhash_signature(article.text))


SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _word(i: int, letters: int, salt: int = 0) -> str:
    """A pronounceable pseudo-word, distinct for each (i, salt): no English stop word is that shape."""
    n, parts = i * 7 + salt, []
    while len("".join(parts)) < letters - 1 or n:
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts) + "xqwy"[salt]


def _zipf_cdf(n: int, exponent: float) -> np.ndarray:
    weights = np.arange(1, n + 1) ** -exponent
    return np.cumsum(weights) / weights.sum()


def _draw(rng, cdf: np.ndarray) -> int:
    return int(min(np.searchsorted(cdf, rng.random()), len(cdf) - 1))


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)


def _perturbed(text: str, rng, common: list[str]) -> str:
    """A relayed copy: one word in twenty replaced (a house style, a corrected name)."""
    words = text.split()
    for i in rng.choice(len(words), len(words) // 20, replace=False):
        words[i] = common[int(rng.integers(0, 50))]
    return " ".join(words)


class CountingIndex(StoryIndex):
    """The story index, counting the candidates it scores for each article."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scored: list[int] = []

    def _candidates(self, *args, **kwargs):
        found = super()._candidates(*args, **kwargs)
        self.scored.append(len(found))
        return found


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def link(stream: Stream, index: StoryIndex) -> tuple[dict[str, str], dict[str, int], float]:
    """Assign the stream, printing the speed of every slice; (predicted, truth, CPU seconds assigning)."""
    predicted, truth, total, in_slice = {}, {}, 0.0, 0.0
    for n, (article, analysis, story) in enumerate(stream, start=1):
        started = time.process_time()
        predicted[article.id] = index.assign(article, analysis)
        in_slice += time.process_time() - started
        truth[article.id] = story
        if n % SLICE == 0 or n == len(stream.order):
            print(f"  articles {n - (n - 1) % SLICE:>7,}-{n:>7,}: {((n - 1) % SLICE + 1) / in_slice:7.0f} articles/s"
                  f"  ({len(index.stories):,} stories in memory, RSS {peak_rss_mb():.0f} MB)", flush=True)
            total, in_slice = total + in_slice, 0.0
    return predicted, truth, total


def save_and_reload(index: StoryIndex) -> tuple[int, int, float, float]:
    """(bytes of the saved state, of its document frequencies, seconds to save it to a workspace and
    to load it back)."""
    with tempfile.TemporaryDirectory() as tmp, Workspace(Path(tmp) / "ws.db") as ws:
        started = time.perf_counter()
        ws.put_document("story_index", index.to_state())
        saved = time.perf_counter() - started
        started = time.perf_counter()
        state = ws.document("story_index")
        StoryIndex.from_state(state)
        return len(json.dumps(state)), len(json.dumps(state["df"])), saved, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the stream (default 100,000)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    stream = Stream(args.articles, args.seed)
    terms_of(Article(id="-", source="-", text="warm up"))  # imports spaCy for its stop words: no linking work
    print(f"{len(stream.order):,} articles in {len({s for _, s, _ in stream.order}):,} stories over "
          f"{stream.order[-1][0] - stream.order[0][0] + 1} days; RSS before linking {peak_rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as tmp, Workspace(Path(tmp) / "ws.db") as archive:  # as link_pending does
        index = CountingIndex(archive=archive)
        predicted, truth, seconds = link(stream, index)
    scored = np.array(index.scored)
    print(f"total {seconds:.1f} CPU s assigning, {len(predicted) / seconds:.0f} articles/s; "
          f"candidates scored per article: mean {scored.mean():.1f}, p95 {np.percentile(scored, 95):.0f}")
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    size, df_size, saved, loaded = save_and_reload(index)
    print(f"saved state {size / 1e6:.1f} MB ({df_size / 1e6:.1f} MB of it document frequencies): "
          f"save {saved:.2f} s, reload {loaded:.2f} s")
    p, r, f = bcubed(predicted, truth)
    print(f"B-cubed against the synthetic truth: P {p:.3f}  R {r:.3f}  F1 {f:.3f}; "
          f"{len(set(predicted.values())):,} stories for {len(set(truth.values())):,}")


if __name__ == "__main__":
    main()
