"""Expand what the user named (files, directories, globs, URLs, feeds) into raw articles."""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newstrace.ingest.readers import (BadInput, RawArticle, decode_text, read_dated_text, read_html,
                                      read_json_records, record_to_raw)
from newstrace.model import Rejection
from newstrace.settings import Settings

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
USER_AGENT = "newstrace/0.1 (+offline news analysis)"


@dataclass(frozen=True)
class LeftOut:
    """A file of newstrace's own: its workspace met in a directory or a glob, a dossier or a report it wrote."""

    source: str


def read_sources(sources: Iterable[str], settings: Settings, field_map: Optional[dict[str, str]],
                 default_date: Optional[dt.date],
                 own_files: frozenset[Path] = frozenset()) -> Iterator[RawArticle | Rejection | LeftOut]:
    for source in sources:
        source = str(source)
        if source.startswith(("http://", "https://")):
            yield from _read_url(source, settings, field_map, default_date)
        else:
            for path in _expand(source):
                if isinstance(path, Rejection):
                    yield path
                elif str(path) != source and path.resolve() in own_files:  # named outright, it is read
                    yield LeftOut(str(path))
                else:
                    yield from _read_file(path, settings, field_map, default_date)


def _expand(source: str) -> Iterator[Path | Rejection]:
    path = Path(source)
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    elif path.exists() or path.is_symlink():
        yield path
    elif glob.has_magic(source):
        matches = sorted(Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file())
        yield from matches or [Rejection(source, "the pattern matches no file")]
    else:
        yield Rejection(source, "no such file or directory")


def _read_file(path: Path, settings: Settings, field_map, default_date) -> Iterator[RawArticle | Rejection]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            raise BadInput(f"{size / 1e6:.1f} MB, larger than the {settings.max_input_bytes / 1e6:.1f} MB input limit")
        data = path.read_bytes()
    except BadInput as exc:
        yield Rejection(source, str(exc))
        return
    except FileNotFoundError:
        yield Rejection(source, "no such file (a dangling link?)")
        return
    except PermissionError:
        yield Rejection(source, "permission denied")
        return
    except OSError as exc:
        yield Rejection(source, f"cannot read: {exc.strerror or exc}")
        return
    if _written_by_newstrace(data):
        yield LeftOut(source)
        return
    yield from _parse(source, path.suffix.lower(), data, field_map, default_date)


# a dossier's schema line, a report's generator tag: what newstrace writes is no article, wherever it lies
_OWN_OUTPUT = re.compile(rb'^\s*\{\s*"schema":\s*"newstrace/dossier@|<meta name="generator" content="newstrace"')


def _written_by_newstrace(data: bytes) -> bool:
    return bool(_OWN_OUTPUT.search(data[:2000]))


def _parse(source: str, suffix: str, data: bytes, field_map, default_date) -> Iterator[RawArticle | Rejection]:
    try:
        text = decode_text(data)
        kind = _kind(suffix, text)
        if kind in ("json", "jsonl"):
            for record_source, record in read_json_records(source, text, jsonl=kind == "jsonl"):
                try:
                    if isinstance(record, BadInput):
                        raise record
                    yield record_to_raw(record_source, record, field_map, default_date)
                except BadInput as exc:
                    yield Rejection(record_source, str(exc))
        elif kind == "html":
            yield read_html(source, text, default_date)
        elif kind == "feed":
            yield from _feed_entries(source, text, default_date)
        elif kind == "text":
            yield read_dated_text(source, text, default_date)
        else:
            raise BadInput(f"unsupported file type '{suffix}'")
    except BadInput as exc:
        yield Rejection(source, str(exc))


def _kind(suffix: str, text: str) -> Optional[str]:
    """The reader for a file, by its suffix, else by sniffing its first characters."""
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("json", JSON_SUFFIXES),
                           ("jsonl", JSONL_SUFFIXES), ("feed", FEED_SUFFIXES)):
        if suffix in suffixes:
            return kind
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("<rss", "<feed", "<?xml")):
        return "feed"
    if head.startswith(("{", "[")):
        return "jsonl" if "\n{" in text.strip() else "json"
    return None


def _feed_entries(source: str, text: str, default_date) -> Iterator[RawArticle | Rejection]:
    """One article per feed entry, from its full content or summary (HTML stripped)."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        raise BadInput("not an RSS/Atom feed with entries")
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        entry_source = entry.get("link") or f"{source}#{number}"
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        try:
            raw = read_html(entry_source, f"<html><body><article>{html}</article></body></html>", default_date)
        except BadInput as exc:
            yield Rejection(entry_source, f"feed entry: {exc}")
            continue
        raw.title = entry.get("title") or raw.title
        raw.outlet = outlet or raw.outlet
        raw.url = entry.get("link")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        if published:
            raw.published = dt.date(*published[:3])
            raw.warnings = [w for w in raw.warnings if not w.startswith("undated")]
        yield raw


def _read_url(url: str, settings: Settings, field_map, default_date) -> Iterator[RawArticle | Rejection]:
    import httpx

    try:
        with httpx.Client(timeout=20, follow_redirects=True, headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                response.raise_for_status()
                data = b""
                for chunk in response.iter_bytes():
                    data += chunk
                    if len(data) > settings.max_input_bytes:
                        raise BadInput(f"larger than the {settings.max_input_bytes / 1e6:.1f} MB input limit")
                content_type = response.headers.get("content-type", "")
    except BadInput as exc:
        yield Rejection(url, str(exc))
        return
    except httpx.HTTPStatusError as exc:
        yield Rejection(url, f"HTTP {exc.response.status_code}")
        return
    except httpx.HTTPError as exc:
        yield Rejection(url, f"cannot fetch: {type(exc).__name__} {exc}".strip())
        return
    suffix = os.path.splitext(url.split("?")[0])[1].lower()
    if "xml" in content_type or "rss" in content_type or "atom" in content_type:
        suffix = ".xml"
    elif "html" in content_type:
        suffix = ".html"
    elif "json" in content_type:
        suffix = suffix if suffix in JSONL_SUFFIXES else ".json"
    for item in _parse(url, suffix, data, field_map, default_date):
        if isinstance(item, RawArticle) and not item.url:
            item.url = url
        yield item
