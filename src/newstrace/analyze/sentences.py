"""Sentence lookups computed once per Doc (spaCy's `token.sent` walks the whole Doc on every call)."""

from __future__ import annotations

import bisect


def _starts(doc) -> list[int]:
    starts = doc.user_data.get("newstrace_sentence_starts")
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data["newstrace_sentence_starts"] = starts
    return starts


def sentence_number(doc, token_index: int) -> int:
    return bisect.bisect_right(_starts(doc), token_index) - 1


def sentence_of(doc, token_index: int):
    """The sentence Span holding the token at `token_index`."""
    starts = _starts(doc)
    number = bisect.bisect_right(starts, token_index) - 1
    end = starts[number + 1] if number + 1 < len(starts) else len(doc)
    return doc[starts[number]:end]


def text_of(doc) -> str:
    """`doc.text`, built once: spaCy joins every token again on each access."""
    text = doc.user_data.get("newstrace_text")
    if text is None:
        text = doc.text
        doc.user_data["newstrace_text"] = text
    return text
