"""Ingest: any supported source -> Article records (or a Rejection with a one-line reason).

`ingest_sources` makes two passes so that furniture repeated across an outlet's articles can be
found: the first reads every input once, spools the parsed records to a temporary file and counts
line hashes per outlet; the second applies the counts and yields the cleaned articles. Memory
holds only the counts, whatever the number of inputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import re
import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newstrace.ingest.furniture import RepeatedLineCounter, in_lists_of_links, is_pattern_furniture
from newstrace.ingest.outlet import find_byline, find_outlet
from newstrace.ingest.readers import BadInput, RawArticle
from newstrace.ingest.sources import LeftOut, read_sources
from newstrace.model import Article, Rejection
from newstrace.settings import Settings

__all__ = ["ingest_sources", "clean_body", "BadInput", "LeftOut"]


def ingest_sources(sources: Iterable[str], settings: Settings = Settings(), *,
                   field_map: Optional[dict[str, str]] = None, default_date: Optional[dt.date] = None,
                   own_files: frozenset[Path] = frozenset()) -> Iterator[Article | Rejection | LeftOut]:
    """Articles and rejections for every input, in a stable order; never raises on bad input. Files of
    newstrace's own (`own_files`, resolved paths) met in a directory or a glob are left out, and said so."""
    counter = RepeatedLineCounter()
    with tempfile.TemporaryFile() as spool:
        for item in read_sources(sources, settings, field_map, default_date, own_files):
            if isinstance(item, RawArticle):
                item = _first_pass(item, counter)
            pickle.dump(item, spool)
        spool.seek(0)
        while True:
            try:
                item = pickle.load(spool)
            except EOFError:
                return
            yield item if isinstance(item, (Rejection, LeftOut)) else _second_pass(item, counter)


def _paragraphs(body: str) -> list[str]:
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


def clean_body(body: str) -> tuple[list[str], list[str]]:
    """(kept paragraphs, dropped furniture lines) by the curated pattern list; the headlines that follow a "Read
    more:" or "Related" label are other stories, whose tolls and claims are not this article's."""
    kept, dropped = [], []
    paragraphs = _paragraphs(body)
    for paragraph, linked in zip(paragraphs, in_lists_of_links(paragraphs)):
        (dropped if linked or is_pattern_furniture(paragraph) else kept).append(paragraph)
    return kept, dropped


def _first_pass(raw: RawArticle, counter: RepeatedLineCounter) -> dict:
    kept, dropped = clean_body(raw.body)
    outlet, evidence = find_outlet(raw.outlet, kept)
    counter.add(outlet, kept)
    return {"raw": raw, "kept": kept, "dropped": dropped, "outlet": outlet, "evidence": evidence}


def _second_pass(parsed: dict, counter: RepeatedLineCounter) -> Article | Rejection:
    raw: RawArticle = parsed["raw"]
    kept, dropped = [], list(parsed["dropped"])
    for paragraph in parsed["kept"]:
        (dropped if counter.is_repeated(parsed["outlet"], paragraph) else kept).append(paragraph)
    if not kept:
        return Rejection(raw.source, "no article text left after removing site furniture")
    text = "\n\n".join(kept)
    byline, _ = find_byline(kept)
    content_hash = hashlib.sha256(re.sub(r"\s+", " ", text.lower()).strip().encode()).hexdigest()
    return Article(
        id=hashlib.sha256(f"{raw.source}\n{content_hash}".encode()).hexdigest()[:12],
        source=raw.source, text=text, published=raw.published, title=raw.title,
        outlet=parsed["outlet"], outlet_evidence=parsed["evidence"], url=raw.url, language=raw.language,
        byline=byline, dropped=dropped, content_hash=content_hash, warnings=raw.warnings,
    )
