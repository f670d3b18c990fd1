"""Turn one input (a file's bytes, a JSON record, an HTML page) into raw article fields.

Each reader raises `BadInput` with a one-line reason; the caller turns it into a Rejection so
one broken input never stops the others.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Iterator, Optional


class BadInput(ValueError):
    """An input that cannot become an article; the message is the user-facing reason."""


@dataclass
class RawArticle:
    """Fields read from an input, before cleaning and outlet detection."""

    source: str
    body: str
    published: Optional[dt.date] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    language: str = "en"
    warnings: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- bytes -> text

def decode_text(data: bytes) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252/latin-1 when the bytes look like text."""
    if not data.strip():
        raise BadInput("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("UTF-16 byte-order mark but the text does not decode as UTF-16") from None
    if b"\x00" in data:
        raise BadInput("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace") if _looks_like_8bit_text(data) else None
        if text is None:
            raise BadInput("not UTF-8, UTF-16 or latin-1 text") from None
    if _control_share(text) > 0.01:
        raise BadInput("binary file (control characters), not text")
    return text


def _looks_like_8bit_text(data: bytes) -> bool:
    high = sum(1 for b in data if b >= 0x80)
    return high / len(data) < 0.3


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(text))


# ----------------------------------------------------------------------------- dated text

_HEADER = re.compile(r"\A\s*date\s+(\S+)\s")
_HEADER_ISO = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def read_dated_text(source: str, text: str, default_date: Optional[dt.date]) -> RawArticle:
    """` date YYYY-MM-DD ` then the body on the same line, or a block of "Key: value" lines (Title, Date, Outlet,
    URL, ...) ended by a blank line; no date in either means undated (with a warning)."""
    keyed = read_keyed_header(text)
    if keyed is not None:
        fields, body = keyed
        return _headed_article(source, fields, body, default_date)
    header = _HEADER.match(text)
    if header is None:
        if re.match(r"\A\s*date\b", text):
            raise BadInput("malformed date header: expected ' date YYYY-MM-DD ' before the body")
        raw = RawArticle(source, text, published=default_date)
        if default_date is None:
            raw.warnings.append("undated: no ' date YYYY-MM-DD ' header and no --date given")
        return raw
    value = header.group(1)
    if not _HEADER_ISO.match(value):
        raise BadInput(f"malformed date header '{value}': expected YYYY-MM-DD")
    try:
        published = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise BadInput(f"malformed date header '{value}': {exc}") from None
    return RawArticle(source, text[header.end():], published=published)


# "Title: ...", "Date: 2025-05-28", "Outlet: ..." above a blank line, as in an e-mail or a scraper's dump (optionally
# between "---" fences, as in Markdown front matter): the keys of JSON records (FIELD_NAMES), any case; an author
# line is allowed and not kept
_KEYED_LINE = re.compile(r"[ \t]*([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*\r?\n")
_FENCE = re.compile(r"[ \t]*---[ \t]*\r?\n")
_HEADER_END = re.compile(r"[ \t]*(?:---[ \t]*)?\r?\n")


def read_keyed_header(text: str) -> Optional[tuple[dict[str, str], str]]:
    """(fields, body) when the text opens with a block of known "Key: value" lines ended by a blank line (or a
    "---" fence), else None: "WASHINGTON: The president said ..." is body, not a header."""
    fence = _FENCE.match(text)
    position, fields = fence.end() if fence else 0, {}
    while (line := _KEYED_LINE.match(text, position)) is not None:
        name = line.group(1).lower()
        field_name = _HEADER_KEYS.get(name)
        if field_name is None and name not in ("author", "byline", "by"):
            return None
        if field_name is not None and line.group(2):
            fields[field_name] = line.group(2)
        position = line.end()
    end = _HEADER_END.match(text, position)
    if not fields or end is None:
        return None
    return fields, text[end.end():]


def _headed_article(source: str, fields: dict[str, str], body: str, default_date: Optional[dt.date]) -> RawArticle:
    if not body.strip():
        raise BadInput("a header block but no article text after it")
    raw = RawArticle(source, body, title=fields.get("title"), outlet=fields.get("outlet"), url=fields.get("url"),
                     language=fields.get("language") or "en")
    if "published" in fields:
        try:
            raw.published = parse_date_value(fields["published"])
        except BadInput as exc:
            raise BadInput(f"malformed date in the header: {exc}") from None
    else:
        raw.published = default_date
        if default_date is None:
            raw.warnings.append("undated: the header block has no Date line and no --date was given")
    return raw


# ----------------------------------------------------------------------------- JSON records

FIELD_NAMES = {
    "text": ("text", "body", "content", "article", "maintext"),
    "published": ("published", "date", "published_at", "pubDate", "date_publish", "datetime"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site_name", "publisher", "source_domain"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}


_HEADER_KEYS = {name.lower(): field_name for field_name, names in FIELD_NAMES.items() if field_name != "text"
                for name in names}


def read_json_records(source: str, text: str, jsonl: bool) -> Iterator[tuple[str, object]]:
    """(record source, record dict or BadInput) for every record of a JSON or JSONL file."""
    if jsonl:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield f"{source}#{number}", json.loads(line)
            except json.JSONDecodeError as exc:
                yield f"{source}#{number}", BadInput(f"line {number}: invalid JSON ({exc.msg})")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, dict):
        data = data.get("articles", [data]) if isinstance(data.get("articles"), list) else [data]
    if not isinstance(data, list):
        raise BadInput(f"JSON holds a {type(data).__name__}, not an article record or a list of them")
    for number, record in enumerate(data, start=1):
        yield f"{source}#{number}", record


def record_to_raw(source: str, record: object, field_map: Optional[dict[str, str]],
                  default_date: Optional[dt.date]) -> RawArticle:
    if not isinstance(record, dict):
        raise BadInput(f"record is a {type(record).__name__}, not an object")
    get = _field_getter(record, field_map or {})
    body = get("text")
    if not isinstance(body, str) or not body.strip():
        names = "/".join(FIELD_NAMES["text"])
        raise BadInput(f"no article text (looked for {names}; map another key with --field text=KEY)")
    raw = RawArticle(source, body, title=_str(get("title")), outlet=_str(get("outlet")), url=_str(get("url")),
                     language=_str(get("language")) or "en")
    date_value = get("published")
    if date_value in (None, ""):
        raw.published = default_date
        if default_date is None:
            raw.warnings.append("undated: the record has no date and no --date was given")
    else:
        raw.published = parse_date_value(date_value)
    return raw


def _field_getter(record: dict, field_map: dict[str, str]):
    def get(name: str):
        if name in field_map:
            return record.get(field_map[name])
        return next((record[k] for k in FIELD_NAMES[name] if record.get(k) not in (None, "")), None)
    return get


def _str(value) -> Optional[str]:
    if isinstance(value, dict):  # e.g. {"name": "Harbor Ledger"}
        value = value.get("name") or value.get("title")
    return value.strip() if isinstance(value, str) and value.strip() else None


def parse_date_value(value: object) -> dt.date:
    """An ISO date or datetime, or a date string dateparser understands."""
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise BadInput(f"unreadable date {text[:40]!r}")
    return parsed.date()


# ----------------------------------------------------------------------------- HTML

def read_html(source: str, html: str, default_date: Optional[dt.date]) -> RawArticle:
    """Main text, title, date and site name with trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise BadInput("HTML page with no article text that could be extracted")
    raw = RawArticle(source, body, title=_str(doc.title), outlet=_str(doc.sitename), url=_str(doc.url),
                     language=_str(doc.language) or "en")
    if doc.date:
        raw.published = parse_date_value(doc.date)
    else:
        raw.published = default_date
        if default_date is None:
            raw.warnings.append("undated: no publication date found in the page and no --date given")
    return raw
