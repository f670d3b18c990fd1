"""Temporal expressions, resolved against the article date.

Candidates are spaCy DATE/TIME entities plus our own patterns (spaCy misses "on Saturday" after a
verb now and then). Resolution is rule-based where news usage is regular and dateparser gets it
wrong (weekdays by tense, parts of months, seasons, ISO weeks); dateparser handles explicit dates.
Values follow TimeML: 2024-12-14 (day), 2024-12 (month), 2024-W50 (week), 2024-FA (season), 2024.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Optional

from newstrace.analyze.sentences import text_of
from newstrace.model import DateValue, TimeRef

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update({"a": 1, "an": 1, "several": 3, "a few": 3, "few": 3, "a couple of": 2, "couple of": 2})

_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_PART = r"(?:morning|afternoon|evening|night|overnight)"
_MOD = r"(?:early|mid|late|the end of|the beginning of|the start of|the middle of)"
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|a|an)"
_PATTERNS = [
    rf"\b(?:(?:late|early)\s+(?:on\s+)?)?(?:last|next|this|on|by|until|since|from)?\s*{_WD}(?:\s+{_PART})?"
    rf"(?:,?\s+{_MON}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\b",
    rf"\b{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:\s+\d{{4}})?\b",
    rf"\b(?:{_MOD}[\s-]+)?(?:last|next|this|in|during|by|until|since)?\s*{_MON}(?:\s+\d{{4}})?\b",
    rf"\b(?:{_MOD}\s+)?(?:last|next|this|in|during)?\s*(?:spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?\d{{4}})?\b",
    r"\b(?:yesterday|today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b",
    r"\b(?:last|next|this|earlier this|later this|past)\s+(?:week|month|year|weekend)\b",
    rf"\b{_NUMW}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before)\b",
    r"\b(?:in|since|by|during)\s+(?:19|20)\d{2}\b",
    r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b",
]
_CANDIDATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_LEADING_PREP = re.compile(r"^(?:on|in|by|until|since|from|during)\s+", re.IGNORECASE)
_DURATION_CUE = re.compile(r"\b(?:for|over|lasting|within|after)\s+(?:the\s+(?:past|last|next)\s+)?$", re.IGNORECASE)


def find_timerefs(doc, published: Optional[dt.date]) -> list[TimeRef]:
    """Every temporal expression in `doc`, with its ISO value where the article date allows."""
    spans = _candidate_spans(doc)
    refs = []
    for start, end in spans:
        text = text_of(doc)[start:end]
        if _ambiguous_month(text_of(doc), start, text):
            continue
        tense = _tense(doc, start)
        kind = _kind(text_of(doc), start, text)
        value = resolve(text, published, tense) if kind == "date" and published else None
        if kind == "date" and value is None and published and not _looks_like_date(text):
            continue
        refs.append(TimeRef(text=text, span=(start, end), value=value, kind=kind, tense=tense))
    return refs


def _candidate_spans(doc) -> list[tuple[int, int]]:
    """Pattern matches and spaCy DATE/TIME entities, longest first, without overlaps."""
    found = [(m.start(), m.end()) for m in _CANDIDATE.finditer(text_of(doc))]
    found += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    found = [_trim(text_of(doc), s, e) for s, e in found]
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda se: (-(se[1] - se[0]), se[0])):
        if end > start and all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.strip(" ,.;:")
    start += piece.find(stripped)
    end = start + len(stripped)
    lead = _LEADING_PREP.match(stripped)
    if lead and not re.match(r"(?:in|by|since|during)\s+(?:19|20)\d{2}$", stripped, re.IGNORECASE):
        start += lead.end()
    return start, end


def _kind(text: str, start: int, expression: str) -> str:
    lowered = expression.lower()
    if re.search(r"\b(?:second|minute|hour)s?\b", lowered) or re.search(r"\d+-(?:second|minute|hour|day|week)", lowered):
        return "duration"
    if re.search(r"\b(?:days?|weeks?|months?|years?)\b", lowered) and not re.search(
            r"\b(?:ago|earlier|later|before|last|next|this|past)\b", lowered):
        return "duration"
    if _DURATION_CUE.search(text[max(0, start - 24):start]) and re.search(r"\b(?:days?|weeks?|months?|years?)\b", lowered):
        return "duration"
    if re.search(r"\b(?:every|each|weekly|daily|annually)\b", lowered):
        return "set"
    if re.fullmatch(r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)", lowered):
        return "time"
    return "date"


_AMBIGUOUS_MONTHS = re.compile(r"(?:may|march|mar|jan|sun|sat|wed)\.?", re.IGNORECASE)
_MONTH_CONTEXT = re.compile(r"\b(?:in|during|by|until|since|early|mid|late|last|next|this|of|from|through)[\s-]+$", re.IGNORECASE)


def _ambiguous_month(text: str, start: int, expression: str) -> bool:
    """"May" and "march" are month names only after a temporal word ("in May", "early March")."""
    return bool(_AMBIGUOUS_MONTHS.fullmatch(expression)) and not _MONTH_CONTEXT.search(text[max(0, start - 12):start])


def _looks_like_date(text: str) -> bool:
    return bool(re.search(r"\d|" + _WD + "|" + _MON, text, re.IGNORECASE))


def _tense(doc, char: int) -> Optional[str]:
    """Past / future / present from the verb that governs the expression."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None or len(token) == 0:
        return None
    head = token[0]
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    words = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")} | {head.lower_}
    # "would" in reported speech is the future seen from the past: "would hold a vigil on Friday"
    if words & {"will", "'ll", "shall", "would", "wo"} or ("going" in words and head.lower_ != "going"):
        return "future"
    if head.lower_ == "going" and any(c.lower_ == "to" for c in head.children):
        return "future"
    tenses = set(head.morph.get("Tense")) | {t for c in head.children if c.dep_ in ("aux", "auxpass") for t in c.morph.get("Tense")}
    if "Past" in tenses or head.tag_ in ("VBD", "VBN"):
        return "past"
    if "Pres" in tenses:
        return "present"
    return None


# ----------------------------------------------------------------------------- resolution


def resolve(text: str, published: dt.date, tense: Optional[str] = None) -> Optional[DateValue]:
    return _resolve_cached(text.lower().strip(), published, tense)


@functools.lru_cache(maxsize=65536)
def _resolve_cached(text: str, published: dt.date, tense: Optional[str]) -> Optional[DateValue]:
    text = re.sub(r"\s+", " ", text.replace("’", "'"))
    for rule in (_relative_day, _weekday, _month_day, _relative_period, _ago, _season, _month, _year, _iso):
        value = rule(text, published, tense)
        if value is not None:
            return value
    return _dateparser(text, published, tense)


def _day(date: dt.date, mod: Optional[str] = None) -> DateValue:
    return DateValue(date.isoformat(), "day", mod)


def _mod_of(text: str) -> Optional[str]:
    if re.search(r"\b(?:late|the end of)\b", text):
        return "late"
    if re.search(r"\b(?:early|the beginning of|the start of)\b", text):
        return "early"
    if re.search(r"\b(?:mid|the middle of)\b", text):
        return "mid"
    return None


def _relative_day(text, published, tense):
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    match = re.match(r"(yesterday|today|tonight|tomorrow)\b", text)
    if match:
        mod = "late" if "night" in text or match.group(1) == "tonight" else None
        return _day(published + dt.timedelta(days=offsets[match.group(1)]), mod)
    return None


def _weekday(text, published, tense):
    match = re.search(r"\b(last|next|this)?\s*(" + _WD + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b", text)
    if not match or re.search(_MON + r"\s+\d", text):
        return None
    weekday = WEEKDAYS.get(match.group(2)) if match.group(2) in WEEKDAYS else WEEKDAYS.get(match.group(2)[:3])
    if weekday is None:
        return None
    which = match.group(1)
    back = (published.weekday() - weekday) % 7
    # present tense with a weekday is a plan: "forecasters expect rain on Tuesday"
    if which == "next" or (which != "last" and tense in ("future", "present") and back != 0):
        ahead = (weekday - published.weekday()) % 7 or 7
        date = published + dt.timedelta(days=ahead)
    elif which == "last":
        date = published - dt.timedelta(days=back or 7)
    elif which == "this" and tense != "past":
        date = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    else:
        date = published - dt.timedelta(days=back)
    mod = "late" if re.search(r"\b(night|evening|late)\b", text) else ("early" if re.search(r"\b(morning|early)\b", text) else None)
    return _day(date, mod)


def _nearest_year(month: int, day: Optional[int], published: dt.date, tense: Optional[str]) -> int:
    """The year that puts a month (and day) where news usage means it: past unless future tense."""
    candidate = dt.date(published.year, month, min(day or 1, 28))
    if tense == "future":
        return published.year + (candidate < published.replace(day=1) if day is None else candidate < published)
    if day is None:
        return published.year - (month > published.month)
    return published.year - (candidate > published + dt.timedelta(days=7))


def _month_day(text, published, tense):
    match = (re.search(r"\b(" + _MON + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?\b", text)
             or re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MON + r")(?:\s+(\d{4}))?\b", text))
    if not match:
        return None
    first, second, year = match.groups()
    month_word, day = (first, second) if not first[0].isdigit() else (second, first)
    month = MONTHS.get(month_word.rstrip(".").lower())
    if month is None:
        return None
    year = int(year) if year else _nearest_year(month, int(day), published, tense)
    try:
        return _day(dt.date(year, month, int(day)))
    except ValueError:
        return None


def _iso_week(date: dt.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative_period(text, published, tense):
    match = re.search(r"\b(last|next|this|earlier this|later this|past)\s+(week|weekend|month|year)\b", text)
    if not match:
        return None
    which, unit = match.groups()
    step = {"last": -1, "past": -1, "next": 1}.get(which, 0)
    mod = {"earlier this": "early", "later this": "late"}.get(which)
    if unit in ("week", "weekend"):
        return DateValue(_iso_week(published + dt.timedelta(weeks=step)), "week", mod)
    if unit == "month":
        return DateValue(_shift_month(published, step).strftime("%Y-%m"), "month", mod)
    return DateValue(str(published.year + step), "year", mod)


def _ago(text, published, tense):
    match = re.search(r"\b(\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) +
                      r")\s+(day|week|month|year)s?\s+(ago|earlier|before)\b", text)
    if not match:
        return None
    number, unit, _ = match.groups()
    count = int(number) if number.isdigit() else NUMBER_WORDS[number]
    if unit == "day":
        return _day(published - dt.timedelta(days=count))
    if unit == "week":
        return DateValue(_iso_week(published - dt.timedelta(weeks=count)), "week")
    if unit == "month":
        return DateValue(_shift_month(published, -count).strftime("%Y-%m"), "month")
    return DateValue(str(published.year - count), "year")


def _season(text, published, tense):
    match = re.search(r"\b(last|next|this)?\s*(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?\b", text)
    if not match:
        return None
    which, season, year = match.groups()
    if year:
        value = int(year)
    else:
        value = published.year + {"last": -1, "next": 1}.get(which, 0)
    return DateValue(f"{value}-{SEASONS[season]}", "season", _mod_of(text))


def _month(text, published, tense):
    match = re.search(r"\b(last|next|this)?\s*(" + _MON + r")(?:\s+(\d{4}))?\s*$", text)
    if not match:
        return None
    which, month_word, year = match.groups()
    month = MONTHS.get(month_word.rstrip("."))
    if month is None:
        return None
    if year:
        value = int(year)
    elif which == "last":
        value = published.year - (month >= published.month)
    elif which == "next":
        value = published.year + (month <= published.month)
    elif which == "this":
        value = published.year
    else:
        value = _nearest_year(month, None, published, tense)
    return DateValue(f"{value}-{month:02d}", "month", _mod_of(text))


def _year(text, published, tense):
    match = re.fullmatch(r"(?:(?:in|since|by|during)\s+)?((?:19|20)\d{2})", text)
    return DateValue(match.group(1), "year") if match else None


def _iso(text, published, tense):
    match = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", text)
    if not match:
        return None
    try:
        return _day(dt.date(*map(int, match.groups())))
    except ValueError:
        return None


def _dateparser(text, published, tense):
    """Explicit dates our rules do not cover ("12/16/2024", "the 16th of December")."""
    if not re.search(r"\d", text):
        return None
    import dateparser

    base = dt.datetime.combine(published, dt.time(12))
    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if tense == "future" else "past",
        "REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False})
    return _day(parsed.date()) if parsed else None
