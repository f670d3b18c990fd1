"""Site furniture: lines of a page that are not news ("Listen to this article", share prompts).

Two rules, both only ever remove a whole short line:
1. a curated list of patterns, anchored to the whole line;
2. lines that repeat across many articles of one outlet (footers, promos), counted per outlet over
   the batch being ingested. A line counts as furniture when it is seen in at least
   `MIN_REPEATS` articles and in at least `MIN_SHARE` of that outlet's articles.
Lines that carry news signals (quotes, a casualty word next to a number, a dateline) are never
removed by rule 2.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from typing import Optional

MAX_FURNITURE_WORDS = 25
MIN_REPEATS = 3
MIN_SHARE = 0.5

_PATTERNS = [
    r"listen to (this|the) (article|story)( \(?\d+ min(utes?)?\)?)?",
    r"this (audio|article|summary) (is|was) (created|generated|produced) with (the )?(help of |assistance of )?ai( assistance)?",
    r"(subscribe|sign up)( now)? (to|for) (our|the) .{0,60}(newsletter|briefing|digest|alerts?)",
    r"stay informed with the latest headlines; sign up for our newsletter",
    r"already a subscriber\??( (sign|log) in( here)?)?",
    r"(please )?(verify|confirm) (that )?you are (a )?human.{0,40}",
    r"(complete|solve) the captcha.{0,60}",
    r"(are you a robot|i'?m not a robot).{0,40}",
    r"share (this|the) (article|story|page)( on .{1,40})?",
    r"share on (facebook|twitter|x|whatsapp|linkedin|email)",
    r"(facebook|twitter|whatsapp|linkedin|email|print|copy link)( \| (facebook|twitter|whatsapp|linkedin|email|print|copy link))+",
    r"click here to .{0,60}",
    r"advertisement|sponsored content|skip advertisement",
    r"(read more|related|recommended|see also|more from .{1,30}):.{0,120}",
    r"(copyright|\(c\)|©) .{0,80}(all rights reserved)?\.?",
    r"all rights reserved\.?",
    r"we use cookies.{0,160}",
    r"(accept|manage) (all )?cookies",
    r"(follow us on|like us on) .{0,60}",
    r"(comments?|leave a comment|view comments|\d+ comments?)",
    r"(download|get) (our|the) app.{0,60}",
    r"(sign in|log in|register) to (continue|read|comment).{0,60}",
    r"you have \d+ free articles? (left|remaining).{0,40}",
    # a wire story's credits, whose reporters and editors sign every story of their patch
    r"\((additional )?(reporting|writing|editing|compiled|compiling|translation|translated|research) by [^()]{1,200}\)",
    r"(additional )?(reporting|writing) by [^.;]{1,80}"
    r"(;\s*(additional reporting|reporting|writing|editing|compiled) by [^.;]{1,80})+",
    r"[^.]{1,150} contributed (reporting )?to this (report|story|article)",
]
_FURNITURE = re.compile(r"^\W*(?:" + "|".join(_PATTERNS) + r")\W*$", re.IGNORECASE)
_NEWS_SIGNAL = re.compile(
    r"[\"“”«»]|\b(killed|dead|died|injured|wounded|shot|missing|arrested|displaced)\b|^[A-Z][A-Z .'-]+, .{0,20}\(",
    re.IGNORECASE)


# a label alone on its line that introduces a list of links to other stories, one headline a line
_LINKS_LABEL = re.compile(r"^\W*(?:read more|related(?: stories| articles| coverage| content)?|see also|more on this "
                          r"story|more coverage|recommended(?: reading)?|you may also like)\W*$", re.IGNORECASE)
_HEADLINE_WORDS = 20


def opens_a_list_of_links(line: str) -> bool:
    """ "Read more:" alone on its line: the lines after it are other stories' headlines."""
    return bool(_LINKS_LABEL.match(line))


def is_a_headline(line: str) -> bool:
    """A line of a few words with no closing stop, as a linked headline is."""
    return len(line.split()) <= _HEADLINE_WORDS and not re.search(r"[.!?:;,\"”’')]$", line.strip())


def in_lists_of_links(lines: list[str]) -> list[bool]:
    """For each line, whether it is a "Read more:" label or one of the headlines listed after it."""
    flags, linked = [], False
    for line in lines:
        linked = opens_a_list_of_links(line) or linked and is_a_headline(line)
        flags.append(linked)
    return flags


def linked_headlines(lines: list[str]) -> list[str]:
    """The headlines listed after "Read more:" or "Related" labels: stories the outlet links to, often earlier
    articles of the same story."""
    return [line for line, linked in zip(lines, in_lists_of_links(lines)) if linked and not opens_a_list_of_links(line)]


def is_pattern_furniture(line: str) -> bool:
    """True for a short standalone line that matches the curated furniture list."""
    return len(line.split()) <= MAX_FURNITURE_WORDS and bool(_FURNITURE.match(line.strip()))


def _line_key(line: str) -> str:
    normalized = re.sub(r"\W+", " ", line.lower()).strip()
    return hashlib.blake2b(normalized.encode(), digest_size=8).hexdigest()


class RepeatedLineCounter:
    """Counts short lines per outlet over a batch; keeps only hashes and counts (bounded memory)."""

    def __init__(self) -> None:
        self._lines: dict[Optional[str], Counter] = defaultdict(Counter)
        self._articles: Counter = Counter()

    def add(self, outlet: Optional[str], lines: list[str]) -> None:
        self._articles[outlet] += 1
        self._lines[outlet].update({_line_key(line) for line in lines if self._candidate(line)})

    def is_repeated(self, outlet: Optional[str], line: str) -> bool:
        if not self._candidate(line):
            return False
        seen = self._lines[outlet][_line_key(line)]
        return seen >= MIN_REPEATS and seen >= MIN_SHARE * self._articles[outlet]

    @staticmethod
    def _candidate(line: str) -> bool:
        """Short lines only; a byline, or a full sentence of ten words or more, is never furniture."""
        words = len(line.split())
        if words == 0 or words > MAX_FURNITURE_WORDS or _NEWS_SIGNAL.search(line) or line.startswith("By "):
            return False
        return not (words >= 10 and line.rstrip().endswith((".", "!", "?", '"', "”")))
