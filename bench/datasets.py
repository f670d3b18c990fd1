"""Readers for the public gold data in ../shared/datasets (never copied into the repository)."""

from __future__ import annotations

import json
import os
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
