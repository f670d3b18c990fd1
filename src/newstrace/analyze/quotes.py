"""Quotations in crawled news: every mark style, paired by role, spans inside the marks."""

from __future__ import annotations

import re
from typing import Optional

# double quotation marks of every style; ``...'' is the typewriter style of wire and newspaper archives
DOUBLE_MARK = re.compile(r"``|''|’’|[“”«»„\"]")
_OPENING, _CLOSING = {"“", "«", "„", "``"}, {"”", "»", "''", "’’"}
_MIN_QUOTE_WORDS = 3
# where a quotation opens in running text: a paragraph's start, or after a colon or a comma ("she said, '...")
_SINGLE_OPENING = re.compile(r"(?:^|[:,]\s+)'(?=[A-Z])", re.M)
_DOUBLE_OPENING = re.compile(r"(?:^|[:,]\s+)(?:``|[\"“„«])(?=[A-Z])", re.M)
_OPENS_QUOTE = re.compile(r"(\s*)(?:``|[\"“„«‘])")
# single quotation marks: curly ones always, straight ones only in a house style that quotes in them
_CURLY_SINGLE, _ANY_SINGLE = re.compile("[‘’]"), re.compile("[‘’']")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Content spans (inside the marks) of every quotation, multi-paragraph ones included."""
    single_marks = _ANY_SINGLE if _quotes_in_single_marks(text) else _CURLY_SINGLE
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        spans += _double_quotes(text, start, end)
        spans += [s for s in _single_quotes(text, start, end, single_marks)
                  if len(text[s[0]:s[1]].split()) >= _MIN_QUOTE_WORDS]
        start = end + 1
    return sorted(set(spans))


def _quotes_in_single_marks(text: str) -> bool:
    """A house style that quotes in straight single marks ('It was terrifying,' she said), as British outlets
    do: only then is a straight ' a quotation mark and not an apostrophe."""
    return len(_SINGLE_OPENING.findall(text)) > len(_DOUBLE_OPENING.findall(text))


def _double_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations on one line. Marks pair by role, opening or closing, not by shape: crawled text mixes
    straight and curly marks ("...” and “...")."""
    spans: list[tuple[int, int]] = []
    opened: Optional[re.Match] = None
    for mark in DOUBLE_MARK.finditer(text, start, end):
        if _opens(text, mark, opened, start, end):
            if opened is not None:
                spans += _left_open(text, opened.end(), mark.start())
            opened = mark
        elif opened is not None:
            spans.append((opened.end(), mark.start()))
            opened = None
    if opened is not None and end - opened.end() > 1:
        spans += _left_open(text, opened.end(), end) or (
            [(opened.end(), end)] if _runs_on(text, start, opened.start(), end) else [])
    return spans


def _left_open(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quote opened at `start` whose closing mark never came before `end` (the line's end or the next opening
    mark): it ends at a cue the lost mark stood before ('"We are sad, her neighbor said.'), or with its last
    sentence when the next mark opens a quote again ('"B. "C."': paragraphs a crawl joined into one line)."""
    cue = _CLOSING_CUE.search(text, start, end)
    if cue is not None:
        return [(start, cue.start())]
    if _SENTENCE_END.search(text, start, end) and end < len(text) and text[end] != "\n":
        return [(start, start + len(text[start:end].rstrip()))]
    return []


def _runs_on(text: str, line_start: int, mark: int, line_end: int) -> bool:
    """A quote left open at the end of its paragraph goes on in the next one, by the convention that a
    multi-paragraph quote closes only in its last paragraph: when it opened the paragraph, or when the next
    paragraph opens with a quotation mark ('"A," she said. "B.' then '"C."')."""
    if not text[line_start:mark].strip():
        return True
    following = _OPENS_QUOTE.match(text, line_end)
    return following is not None and "\n" in following.group(1)


_SENTENCE_END = re.compile(r"[.!?]\s+$")
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


def _single_quotes(text: str, start: int, end: int, marks: re.Pattern) -> list[tuple[int, int]]:
    """Quotations in single marks on one line. The closing mark is also the apostrophe: one between two
    letters (We’re, don't) is skipped, and one after a plural's s ("the officers’ union") closes the quote
    only if nothing later on the line does."""
    spans: list[tuple[int, int]] = []
    opened: Optional[int] = None
    possessive: Optional[int] = None
    for found in marks.finditer(text, start, end):
        position, mark = found.start(), found.group()
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue
        if mark != "’" and (before.isspace() or before in "([{—–-/\"“") and not after.isspace():
            if opened is not None and possessive is not None:
                spans.append((opened + 1, possessive))
            opened, possessive = position, None
        elif opened is not None and mark != "‘" and not before.isspace():
            if before in "sS" and after.isspace() and text[position + 2:position + 3].isalpha():
                possessive = position
            else:
                spans.append((opened + 1, position))
                opened, possessive = None, None
    if opened is not None and possessive is not None:
        spans.append((opened + 1, possessive))
    elif opened is not None and end - opened > 1 and _runs_on(text, start, opened, end):
        spans.append((opened + 1, end))
    return spans


def inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def mostly_inside(quote: tuple[int, int], content: tuple[int, int]) -> bool:
    """The quote is part of the content ('the vote had been "orderly and transparent."' whose content stops
    before the final stop), or the content part of the quote."""
    overlap = min(quote[1], content[1]) - max(quote[0], content[0])
    return overlap > 0.8 * (quote[1] - quote[0]) or inside(content, quote)


def quote_at(quotes, start: int, end: int) -> list[tuple[int, int]]:
    return [q for q in quotes if q[0] < end and start < q[1]]
