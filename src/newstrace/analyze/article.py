"""The per-article analysis: a pure function `Article -> ArticleAnalysis`.

No store, no linking, no shared mutable state: the models are loaded once per process (cached by
name in `resources`) and every result depends only on the article and the settings, so the same
function runs in one process, in a pool or on a cluster worker.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Iterable, Iterator, Optional

from newstrace.analyze.attributions import find_attributions
from newstrace.analyze.entities import find_entities
from newstrace.analyze.figures import find_figures
from newstrace.analyze.fingerprint import lead_text, minhash_signature
from newstrace.analyze.parse_repairs import repair_parse
from newstrace.analyze.resources import encode_texts, load_spacy
from newstrace.analyze.timex import find_timerefs
from newstrace.model import Article, ArticleAnalysis
from newstrace.settings import Settings

# Bump when the analysis output changes, so stored analyses are recomputed.
ANALYZER_VERSION = "265"


def analyze_article(article: Article, settings: Settings = Settings()) -> ArticleAnalysis:
    """Analyze one article (see `analyze_articles` for the batched form the CLI uses)."""
    return next(analyze_articles([article], settings))


def analyze_articles(articles: Iterable[Article], settings: Settings = Settings(),
                     batch_size: int = 32) -> Iterator[ArticleAnalysis]:
    """Analyze articles in batches: one spaCy `pipe` and one embedding call per batch.

    A batch's embeddings are computed in a second thread while the next batch is parsed: the encoder and
    the parser spend their time in native code that releases the interpreter, so on two cores the
    embeddings come almost for free. Output and order are those of the one-by-one analysis."""
    nlp = load_spacy(settings.spacy_model)
    with ThreadPoolExecutor(max_workers=1) as embedder:
        waiting: Optional[tuple[list[ArticleAnalysis], Future]] = None
        for batch in _batches(articles, batch_size):
            analyses = [analyze_doc(article, doc) for article, doc in zip(batch, nlp.pipe([a.text for a in batch]))]
            embedded = embedder.submit(_embed, batch, analyses, settings) if settings.use_embeddings else None
            if waiting is not None:
                yield from _when_embedded(*waiting)
            waiting = (analyses, embedded)
        if waiting is not None:
            yield from _when_embedded(*waiting)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _when_embedded(analyses: list[ArticleAnalysis], embedded: Optional[Future]) -> list[ArticleAnalysis]:
    if embedded is not None:
        embedded.result()  # re-raises an encoder failure here, in the caller's thread
    return analyses


def analyze_doc(article: Article, doc) -> ArticleAnalysis:
    """Everything but the embeddings, from an existing parse of `article.text`."""
    repair_parse(doc)
    entities, mentions = find_entities(doc)
    timerefs = find_timerefs(doc, article.published)
    attributions, verifications = find_attributions(doc, entities, mentions, timerefs, article.published)
    figures = find_figures(doc, attributions, timerefs, article.published)
    return ArticleAnalysis(
        article_id=article.id,
        attributions=attributions,
        figures=figures,
        timerefs=timerefs,
        entities=entities,
        mentions=mentions,
        verifications=verifications,
        minhash=minhash_signature(article.text),
        analyzer_version=ANALYZER_VERSION,
    )


def _embed(articles: list[Article], analyses: list[ArticleAnalysis], settings: Settings) -> None:
    """Embed the title and lead, which story linking compares. Claim contents are embedded later, by the
    linking, and only where two articles quote the same claimant: most attributions are never compared."""
    leads = encode_texts([lead_text(a) for a in articles], settings.embedding_model, beside_parser=True)
    for analysis, vector in zip(analyses, leads):
        analysis.embedding = vector
