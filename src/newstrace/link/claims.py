"""Claims: the attributions of a story that report the same statement by the same claimant.

Attributions are taken in publication order; each joins the most similar claim of the same
claimant when the similarity passes the threshold (a far higher one when the claim already has a report
from that article), else it starts a claim. Similarity is the cosine of the MiniLM embeddings of the contents
(robust to paraphrase and translation) plus the share of the story's rare words the two contents have in
common, backed by agreeing numbers.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import Callable, Optional

from newstrace.analyze.figures import WORD_NUMBERS, casualty_kinds
from newstrace.analyze.lexicon import without_article
from newstrace.link.entities import normalize
from newstrace.link.relays import relay_origins
from newstrace.model import Article, ArticleAnalysis, Attribution, Claim, EntityRef, Report

SAME_STATEMENT = 0.62  # embedding cosine for the same statement by the same claimant
# cosine plus the shared share of the story's rare words; on the claim gold's GVC tune stories, same-claim P / R 0.736 /
# 0.500 at 1.0, 0.850 / 0.436 at 1.1, 0.842 / 0.410 at 1.15: 1.1, as a wrong merge misleads more than a missed one
# (docs/BENCHMARKS.md, "Stories a user writes about")
SAME_STATEMENT_WITH_WORDS = 1.1
# an article that tells a statement twice (its lede again in the body, a crawl that printed a paragraph twice) keeps
# the particulars and most of the words: statement score from 1.5 (GVC tune same-claim F1 0.571 from 1.4 to 1.6)
REPEATED_IN_ARTICLE = 1.5
SAME_STATEMENT_WORDS = 0.45  # word-overlap fallback without embeddings
NEARLY_SAME_WORDING = 0.85  # embedding cosine of two wordings of one text, one of them edited


def claimant_key(article_id: str, attribution: Attribution, entity_map: dict[tuple[str, str], str]) -> str:
    """Who the claimant is across the story: a story entity, else the normalized description."""
    if attribution.claimant.entity and (article_id, attribution.claimant.entity) in entity_map:
        return entity_map[(article_id, attribution.claimant.entity)]
    # "the rural fire service" and "rural fire service" are one
    return "~" + normalize(without_article(attribution.claimant.name))


def same_facts(a: str, b: str) -> bool:
    """Whether two contents can say the same thing: no numbers that disagree ("27 killed" / "40 killed") and
    the same casualty words ("two workers were missing" / "the two missing workers were found dead")."""
    return _numbers_agree(a, b) and _facts(a)[1] == _facts(b)[1]


def same_toll(a: str, b: str) -> bool:
    """Two contents that give one count of one fate ("nine people were killed at the depot" / "the strike killed at
    least nine people"): the same toll, whatever else they say."""
    (numbers_a, kinds_a), (numbers_b, kinds_b) = _facts(a), _facts(b)
    fates = kinds_a & _FATES
    return bool(fates) and fates == kinds_b & _FATES and numbers_a == numbers_b and bool(numbers_a)


def _numbers_agree(a: str, b: str) -> bool:
    numbers_a, numbers_b = _facts(a)[0], _facts(b)[0]
    return not (numbers_a and numbers_b) or bool(numbers_a & numbers_b)


@functools.lru_cache(maxsize=1 << 16)  # a story's assessment compares every claim with every other
def _facts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_numbers(text)), frozenset(casualty_kinds(text))


def similarity(a: Attribution, b: Attribution) -> float:
    """How alike two contents are, for assessment (another claimant backing or denying a statement): embeddings
    when both have them, else word overlap. Stricter than `statement_score`: the casualty words must be the same,
    but for two nearly identical wordings (an outlet edited 'found a man dead' into 'found a man')."""
    if not _numbers_agree(a.content, b.content):
        return 0.0
    kinds_a, kinds_b = _facts(a.content)[1], _facts(b.content)[1]
    if a.embedding and b.embedding:
        cosine = _cosine(a, b)
        one_side_silent = not (kinds_a and kinds_b) and cosine >= NEARLY_SAME_WORDING
        return cosine if kinds_a == kinds_b or one_side_silent else 0.0
    if kinds_a != kinds_b:
        return 0.0
    return word_overlap(a.content, b.content) / SAME_STATEMENT_WORDS * SAME_STATEMENT


class StoryWording:
    """How rare each word is among the statements of one story. Paraphrases of one police account share the
    words particular to it (a time, a street, a body part, a name), while every statement of the story repeats
    "shot", "police" and the victim's age; so shared words count by their rarity (inverse statement frequency)."""

    def __init__(self, contents: list[str]):
        self.statements = len(contents)
        self.frequency = Counter(word for text in contents for word in _stems(text))

    def shared_share(self, a: str, b: str) -> float:
        """The rarity-weighted share of the shorter content's words that the other one has."""
        words_a, words_b = _stems(a), _stems(b)
        smaller = min(self._weight(words_a), self._weight(words_b))
        return self._weight(words_a & words_b) / smaller if smaller else 0.0

    def _weight(self, words: frozenset[str]) -> float:
        return sum(math.log((self.statements + 1) / (self.frequency[w] + 0.5)) for w in words)


def statement_score(a: Attribution, b: Attribution, wording: StoryWording) -> float:
    """How surely two contents are one statement, where 1 is the bar: when their numbers and fates agree, the
    cosine plus the shared share of rare words, or the word overlap without embeddings; past the bar when both
    quote the same words of the speaker."""
    if not _numbers_agree(a.content, b.content) or not _fates_agree(a.content, b.content):
        return 0.0
    if _quoted_runs(a.content, a.kind) & _quoted_runs(b.content, b.kind):
        return SAME_QUOTED_WORDS
    if a.embedding and b.embedding:
        return (_cosine(a, b) + wording.shared_share(a.content, b.content)) / SAME_STATEMENT_WITH_WORDS
    return word_overlap(a.content, b.content) / SAME_STATEMENT_WORDS


# the speaker's own words, the same run of them in two reports: 'called the attack "a deliberate, planned
# provocation"' and '"This was a deliberate, planned provocation," Marr said' tell one statement
QUOTED_RUN = 4
SAME_QUOTED_WORDS = 1.2  # past the bar between articles, short of the one for a statement told twice in one
_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]+)[\"“”«»„]")


@functools.lru_cache(maxsize=1 << 16)
def _quoted_runs(content: str, kind: str) -> frozenset[tuple[str, ...]]:
    """Every run of QUOTED_RUN words the content quotes (all of a direct quote's, the quoted words of a partial or
    mixed one) that holds two or more words of content."""
    quoted = [content] if kind in ("direct", "partial") else _QUOTED.findall(content) if kind == "mixed" else []
    runs = set()
    stop_words = _stemming()[1]
    for passage in quoted:
        words = re.findall(r"[a-z0-9']+", passage.lower())
        for n in range(len(words) - QUOTED_RUN + 1):
            run = tuple(words[n:n + QUOTED_RUN])
            if sum(w not in stop_words for w in run) >= 2:
                runs.add(run)
    return frozenset(runs)


def _cosine(a: Attribution, b: Attribution) -> float:
    return sum(x * y for x, y in zip(a.embedding, b.embedding))  # the embeddings are normalized


_FATES = {"killed", "injured", "missing"}


def _fates_agree(a: str, b: str) -> bool:
    """Two contents can be one statement when they tell the same fates ("two workers were missing" is not "the
    two missing workers were found dead"), or when one of them tells none ("the boy was in his dad's car" /
    "the child was shot in the car")."""
    kinds_a, kinds_b = _facts(a)[1], _facts(b)[1]
    return not kinds_a or not kinds_b or kinds_a & _FATES == kinds_b & _FATES


@functools.lru_cache(maxsize=1 << 16)
def _stems(text: str) -> frozenset[str]:
    """Stems of the words that carry content: "tries to conceal the losses" and "trying to hide the loss" share
    "tri" and "loss"."""
    stemmer, stop_words = _stemming()
    words = [w for w in re.findall(r"[a-z][a-z0-9:']+", text.lower()) if w not in stop_words]
    # a number whole ("2,000" is 2000, not "000" that "3,000" shares), as particular to one account as a street
    numbers = {n.replace(",", "") for n in re.findall(r"\d[\d,.:]*\d|\d", text)}
    return frozenset(stemmer.stemWords(words)) | numbers


@functools.cache
def _stemming():
    import snowballstemmer
    from spacy.lang.en.stop_words import STOP_WORDS

    return snowballstemmer.stemmer("english"), frozenset(STOP_WORDS)


def word_overlap(a: str, b: str) -> float:
    wa, wb = plain_words(a), plain_words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


_GLUE = {"the", "and", "that", "this", "with", "from", "was", "were", "had", "has", "been"}


@functools.lru_cache(maxsize=1 << 16)
def plain_words(text: str) -> frozenset[str]:
    """The words of a content as written, but for the commonest glue: short contents keep their pronouns and
    numbers ("she had been there for nine years")."""
    return frozenset(re.findall(r"[a-z]{3,}", text.lower())) - _GLUE


# counts in words as digits, so that "three people" and "3 people" agree; "one" is mostly no count ("one of them")
_COUNT_WORDS = {word: str(n) for word, n in WORD_NUMBERS.items() if n > 1 and " " not in word}
_VAGUE_COUNTS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"}


# the count a statement revises, which it does not state: "about 430,000, up from its earlier estimate of 400,000"
_REVISED_FROM = re.compile(r"\b(?:up|down|revised|raised|lowered|increased|reduced) from (?:an? |its |the |their )?"
                           r"(?:earlier |previous |initial |first )?(?:estimate |count |figure |toll |total )?(?:of )?"
                           r"(?:about |some |around )?[\d,.]+", re.IGNORECASE)


def _numbers(text: str) -> set[str]:
    text = _REVISED_FROM.sub(" ", text)
    digits = {n.replace(",", "") for n in re.findall(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?", text)}
    words = re.findall(r"[a-z]+", text.lower())
    return digits | {_COUNT_WORDS[w] for w in words if w in _COUNT_WORDS} | {w for w in words if w in _VAGUE_COUNTS}


SourceOf = Callable[[str, Attribution], str]  # (article id, attribution) -> the key of the source behind it


def comparable_contents(analyses: list[ArticleAnalysis], source_of: SourceOf) -> list[Attribution]:
    """The not yet embedded contents claim alignment and assessment will compare: those of sources heard in two
    or more articles, denials with the statements just before them, and confirmations. A source heard once in one
    article, with no denial near, has nothing to be aligned with, and that is most of them."""
    articles_by_key: dict[str, set[str]] = {}
    for analysis in analyses:
        for attribution in analysis.attributions:
            articles_by_key.setdefault(source_of(analysis.article_id, attribution), set()).add(analysis.article_id)
    return [attribution for analysis in analyses for attribution in analysis.attributions
            if attribution.embedding is None
            and (len(articles_by_key[source_of(analysis.article_id, attribution)]) > 1
                 or _denied_nearby(analysis, attribution) or attribution.stance == "confirms")]


DENIAL_REACH = 2  # a denial can contest either of the two statements reported just before it


def _denied_nearby(analysis: ArticleAnalysis, attribution: Attribution) -> bool:
    """A denial, or a statement a denial in the same article may answer: assessing needs their meaning."""
    position = analysis.attributions.index(attribution)
    return any(a.stance == "denies" for a in analysis.attributions[position:position + DENIAL_REACH + 1])


def group_claims(articles: list[Article], analyses: list[ArticleAnalysis], source_of: SourceOf,
                 entity_map: dict[tuple[str, str], str], names: dict[str, str]) -> list[Claim]:
    """Claims of one source: two outlets naming one source differently ("police" / "Officer Jane Roe") report
    the same claim when they report the same statement."""
    origins = relay_origins(articles, analyses)
    by_article = {a.id: a for a in articles}
    groups: list[tuple[str, list[tuple[str, Attribution]]]] = []
    wording = StoryWording([a.content for analysis in analyses for a in analysis.attributions])
    for analysis in analyses:
        for attribution in analysis.attributions:
            key = source_of(analysis.article_id, attribution)
            group = _best_group(groups, key, analysis.article_id, attribution, wording)
            if group is None:
                groups.append((key, [(analysis.article_id, attribution)]))
            else:
                group[1].append((analysis.article_id, attribution))
    return [_claim(f"c{n}", key, members, by_article, origins, entity_map, names)
            for n, (key, members) in enumerate(groups, start=1)]


def _best_group(groups, key: str, article_id: str, attribution: Attribution, wording: StoryWording):
    best, best_score = None, 1.0
    for group in groups:
        if group[0] != key:
            continue
        bar = REPEATED_IN_ARTICLE if any(aid == article_id for aid, _ in group[1]) else 1.0
        score = max(statement_score(attribution, other, wording) for _, other in group[1])
        if score >= max(best_score, bar):
            best, best_score = group, score
    return best


def _claim(claim_id: str, key: str, members, by_article, origins: dict[str, Optional[str]],
           entity_map: dict[tuple[str, str], str], names: dict[str, str]) -> Claim:
    reports = [Report(
        article_id=aid, attribution_id=a.id, kind=a.kind, cue=a.cue, stance=a.stance, text=a.content,
        sentence=a.sentence, span=a.content_span, hedges=[h.text for h in a.hedges], stated_on=a.stated_on,
        relayed_from=a.relayed_from or origins.get(aid), addressee=a.addressee, dated_from=a.stated_on_source,
        parts=a.content_parts, claimant=a.claimant.name) for aid, a in members]
    first_article, first = members[0]
    claimant = claimant_key(first_article, first, entity_map)
    direct = next((a for _, a in members if a.kind == "direct"), first)
    sentence_dated = [r.stated_on for r in reports if r.stated_on and r.dated_from == "sentence"]
    return Claim(
        id=claim_id, claimant=EntityRef(_entity_id(claimant), names.get(claimant, first.claimant.name)),
        source=EntityRef(_entity_id(key), names.get(key, first.claimant.name)),
        summary=_trimmed(direct.content), reports=reports,
        stated_on=min(sentence_dated, key=lambda d: d.value) if sentence_dated else first.stated_on,
        outlets=sorted({by_article[aid].outlet or f"unknown outlet ({by_article[aid].source})" for aid, _ in members}))


def _entity_id(key: str) -> Optional[str]:
    """A story entity's id; claimants and sources that are no story entity have keys marked '~' or '@'."""
    return None if key.startswith(("~", "@")) else key


def _trimmed(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
