"""Quotations in crawled news: every mark style, paired by role, spans inside the marks."""

from __future__ import annotations

import re
from typing import Optional

# double quotation marks of every style; ``...'' is the typewriter style of wire and newspaper archives
DOUBLE_MARK = re.compile(r"``|''|’’|[“”«»„\"]")
_OPENING, _CLOSING = {"“", "«", "„", "``"}, {"”", "»", "''", "’’"}
_SINGLE_QUOTE_RE = re.compile(r"(?<![\w])‘(?P<q>[^’\n]{12,})’(?![\w])")
_MIN_QUOTE_WORDS = 3


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Content spans (inside the marks) of every quotation, multi-paragraph ones included."""
    spans = [m.span("q") for m in _SINGLE_QUOTE_RE.finditer(text) if len(m.group().split()) >= _MIN_QUOTE_WORDS]
    start = 0
    for line in text.split("\n"):
        spans += _double_quotes(text, start, start + len(line))
        start += len(line) + 1
    return sorted(set(spans))


def _double_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations on one line. Marks pair by role, opening or closing, not by shape: crawled text mixes
    straight and curly marks ("...” and “...")."""
    spans: list[tuple[int, int]] = []
    opened: Optional[re.Match] = None
    for mark in DOUBLE_MARK.finditer(text, start, end):
        if _opens(text, mark, opened, start, end):
            opened = mark
        elif opened is not None:
            spans.append((opened.end(), mark.start()))
            opened = None
    if opened is not None and end - opened.end() > 1:
        cue = _CLOSING_CUE.search(text, opened.end(), end)  # '"We are sad, her neighbor said.': a mark was lost
        if cue is not None:
            spans.append((opened.end(), cue.start()))
        elif not text[start:opened.start()].strip():  # the paragraph opens a quote the next one goes on with
            spans.append((opened.end(), end))
    return spans


_CLOSING_CUE = re.compile(r",\s+[^,\"“”]{2,80}?\s(?:said|says|added|explained|told\s+\S+)\s*[.!?]?\s*$")


def _opens(text: str, mark: re.Match, opened: Optional[re.Match], start: int, end: int) -> bool:
    if opened is not None and opened.group() == "„" and mark.group() == "“":
        return False  # „...“
    if mark.group() in _OPENING or mark.group() in _CLOSING and mark.group() not in ("''", "’’"):
        return mark.group() in _OPENING  # '' and ’’ also open a quote in some wire copy: judged like "
    before = text[mark.start() - 1] if mark.start() > start else " "
    after = text[mark.end()] if mark.end() < end else " "
    can_open = before.isspace() or before in "([{—–-/"
    can_close = after.isspace() or not after.isalnum()
    if can_open != can_close:
        return can_open
    return opened is None


def inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def mostly_inside(quote: tuple[int, int], content: tuple[int, int]) -> bool:
    """The quote is part of the content ('the vote had been "orderly and transparent."' whose content stops
    before the final stop), or the content part of the quote."""
    overlap = min(quote[1], content[1]) - max(quote[0], content[0])
    return overlap > 0.8 * (quote[1] - quote[0]) or inside(content, quote)


def quote_at(quotes, start: int, end: int) -> list[tuple[int, int]]:
    return [q for q in quotes if q[0] < end and start < q[1]]
