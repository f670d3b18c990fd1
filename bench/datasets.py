"""Readers for the public gold data in ../shared/datasets (never copied into the repository)."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
DATASETS = Path(os.environ.get("NEWSTRACE_DATASETS", ROOT.parent / "shared" / "datasets"))


def gvc_records(split: str | None = None) -> list[dict]:
    """GVC articles (optionally one split), in publication order (ties by id)."""
    path = DATASETS / "gvc" / "articles.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if split:
        rows = [r for r in rows if r["split"] == split]
    return sorted(rows, key=lambda r: (r["published"], r["id"]))


def timebank_files() -> Iterator[Path]:
    """Every TimeML file of TimeBank and AQUAINT."""
    yield from sorted((DATASETS / "timebank").rglob("*.tml"))


_TAG = re.compile(r"<[^>]+>|[^<]+")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def timeml_document(path: Path) -> tuple[str, dt.date, list[tuple[int, int, str, str]]]:
    """(plain text, creation date, gold timexes as (start, end, type, value))."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S).group(1)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    text, gold, open_tag = [], [], None
    offset = 0
    for piece in _TAG.findall(body):
        if piece.startswith("<TIMEX3"):
            open_tag = (offset, dict(_ATTR.findall(piece)))
        elif piece.startswith("</TIMEX3") and open_tag:
            start, attrs = open_tag
            gold.append((start, offset, attrs.get("type", ""), attrs.get("value", "")))
            open_tag = None
        elif not piece.startswith("<"):
            plain = html.unescape(piece)
            text.append(plain)
            offset += len(plain)
    return "".join(text), dt.date.fromisoformat(dct), gold
