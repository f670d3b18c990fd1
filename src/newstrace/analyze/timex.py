"""Temporal expressions, resolved against the article date.

Candidates are our own patterns plus spaCy DATE/TIME entities (split where spaCy joins two dates,
as in "the quarter ended Sept. 30" or "Aug. 26 to Oct. 20"). Resolution is rule-based where news
usage is regular and dateparser gets it wrong (weekdays by tense, years of bare months, parts of
months, seasons, quarters, decades); dateparser handles the remaining explicit dates.

Values follow TimeML: 2024-12-14 (day), 2024-12 (month), 2024-W50 (week), 2024-W50-WE (weekend),
2024-FA (season), 2024-Q3 (quarter), 2024-H2 (half), 2024 (year), 198 (decade), 19 (century), and
PRESENT_REF / PAST_REF / FUTURE_REF for "now", "recently", "soon" (precision "reference": no
calendar value, so timelines and as-of dates ignore them).

Some expressions lean on the document: "the quarter" and "a year earlier" in an earnings report mean
the quarter the text is about, "that year" the year last named. `find_timerefs` passes that anchor.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from typing import NamedTuple, Optional

from newstrace.analyze.sentences import sentence_of, text_of
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
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
TEENS = {w: 10 + i for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
UNITS = {w: i for i, w in enumerate("_ one two three four five six seven eight nine".split()) if i}

# ----------------------------------------------------------------------------- patterns

_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_PART = r"(?:morning|afternoon|evening|night|overnight)"
_MOD = r"(?:early|mid|late|the end of|the beginning of|the start of|the middle of)"
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|a|an)"
_TWO_DIGIT_WORDS = (rf"(?:(?:{'|'.join(TENS)})(?:[\s-](?:{'|'.join(UNITS)}))?|{'|'.join(TEENS)}|"
                    rf"oh[\s-](?:{'|'.join(UNITS)})|hundred)")
_SPOKEN_YEAR = (rf"(?:(?:nineteen|twenty)[\s-]{_TWO_DIGIT_WORDS}|"
                rf"two thousand(?:\s+(?:and\s+)?(?:{_TWO_DIGIT_WORDS}|{'|'.join(UNITS)}))?)")
_YEAR = rf"(?:(?:19|20)\d{{2}}|{_SPOKEN_YEAR})"
_REL_YEAR = r"(?:(?:of\s+)?(?:this|last|next) year)"
_QUARTER = (rf"(?:(?:the|its|this|a|an)\s+)?(?:{_YEAR}\s+|(?:this|last|next) year's\s+)?(?:fiscal[\s-]+)?"
            rf"(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter"
            rf"(?:\s+of\s+(?:fiscal\s+)?{_YEAR}|\s+{_REL_YEAR})?")
_HALF = (rf"(?:the\s+)?(?:first|second|last|latter)\s+(?:half|two quarters)"
         rf"(?:\s+of\s+(?:(?:fiscal\s+)?{_YEAR}|the year|this year|next year|last year))?")
_CONTEXT_QUARTER = (r"(?:the|this|that)\s+(?:(?:19|20)\d{2}\s+)?(?:(?:latest|current|same|recent|just-ended|year-ago|year-earlier|comparable|"
                    r"corresponding|previous|prior|fiscal)\s+)*(?:quarter|period)(?:\s+(?:a year (?:ago|earlier)|"
                    r"last year))?|last year's (?:quarter|period)|year-(?:ago|earlier)")
_DECADE = (rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:19|20)\d0'?s|'\d0s|"
           rf"(?:{'|'.join(t[:-1] for t in TENS)})ies)|(?:the\s+)?(?:last|past|previous|next|this|coming)\s+decade")
_PERIOD_END = r"(?:year|month)[\s-]end|(?:year|month)'s end|the end of (?:the|this) (?:year|month)"
_CENTURY = r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+th)[\s-]+century"
_NOT_A_UNIT = r"(?![\s-]+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|centur\w+|quarters?|hours?|weekends?)\b)"
_REFERENCE = (r"(?:now|currently|presently|nowadays|at present|these days|recently|lately|soon|"
              rf"(?:the\s+|the\s+near\s+|the\s+distant\s+)future|the past{_NOT_A_UNIT}|(?:in\s+)?recent\s+(?:days|weeks|months|years)|"
              r"(?:the\s+)?coming\s+(?:days|weeks|months|years)|current|(?:several|a few|many)\s+years\s+ago|"
              r"years\s+ago)")
_PATTERNS = [
    rf"(?:(?:late|early)\s+(?:on\s+)?)?(?:last|next|this|on|by|until|since|from)?\s*{_WD}(?:\s+{_PART})?"
    rf"(?:,?\s+{_MON}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?",
    rf"{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?",
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:\s+\d{{4}})?",
    rf"(?:{_MOD}[\s-]+)?(?:last|next|this|in|during|by|until|since)?\s*{_MON}(?:,?\s+(?:of\s+)?{_YEAR}|\s+{_REL_YEAR})?",
    rf"(?:{_MOD}\s+)?(?:the\s+)?(?:last|next|this|in|during)?\s*(?:spring|summer|fall|autumn|winter)"
    rf"(?:\s+(?:of\s+)?{_YEAR})?",
    rf"(?:(?:late|early)\s+)?(?:yesterday|today|tonight|tomorrow)(?:\s+{_PART})?|this\s+{_PART}",
    r"(?:last|next|this|earlier this|later this|past|the)\s+(?:week|month|year|weekend)",
    _PERIOD_END,
    r"(?:the\s+)?(?:full|current|fiscal|calendar|current fiscal|same)\s+year|(?:that|the following|the previous) year",
    rf"{_NUMW}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before)",
    rf"(?:(?:{_MOD}|fiscal|calendar)[\s-]+|(?:in|since|by|during|until|before|after|through)\s+){_YEAR}",
    rf"{_SPOKEN_YEAR}|(?:the year\s+){_YEAR}",
    r"(?:19|20)\d{2}-\d{2}-\d{2}",
    _QUARTER, _HALF, _CONTEXT_QUARTER, _DECADE, _CENTURY, _REFERENCE,
]
# one regex each: in a single alternation the first pattern to match would hide a longer one
_CANDIDATES = [re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for p in _PATTERNS]
_LEADING_WORDS = re.compile(r"^(?:(?:on|in|by|until|since|from|during|through|before|after|between|both|all|about|"
                            r"around|roughly|nearly|almost|only|just)\s+)+", re.IGNORECASE)
# "over the past year", "for the next three years" are stretches of time; "for next year" names the year
_STRETCH = r"(?:the\s+(?:past|last|next|coming)\s+(?:\w+\s+)?|(?:past|last|next|coming)\s+\w+\s+)(?:days?|weeks?|months?|years?|decades?)"
_DURATION_CUE = re.compile(r"\b(?:for|over|lasting|within|after)\s+(?:the\s+(?:past|last|next)\s+)?$", re.IGNORECASE)
# spaCy sometimes makes one DATE of two: "the quarter ended Sept. 30", "Aug. 26 to Oct. 20"
_ENTITY_SPLIT = re.compile(r"\s+(?:ended|ending|to|through|thru|until|till|and|or|from)\s+|\s*[-–—]\s+", re.IGNORECASE)
# words that are temporal only as some parts of speech: "prices fall", "the current account"
_PART_OF_SPEECH = {"fall": {"NOUN", "PROPN"}, "spring": {"NOUN", "PROPN"}, "current": {"ADJ"}}


class Anchor(NamedTuple):
    """What the document has just been talking about: the last quarter and year it named."""

    quarter: Optional[str] = None
    year: Optional[str] = None


_YEAR_BACK = r"year-(?:ago|earlier)|a year (?:ago|earlier)|last year"
# "22nd and Bragg", "East 14th Place": an ordinal alone that names no day of a month is a street
_STREET_ORDINAL = re.compile(r"(?:[A-Z]\w*\s+)?\d+(?:st|nd|rd|th)")
_NOT_A_YEAR = ("decade", "century", "reference")
_QUARTER_REACH = 600  # characters: "a year earlier" refers to a quarter named this recently


def find_timerefs(doc, published: Optional[dt.date]) -> list[TimeRef]:
    """Every temporal expression in `doc`, with its ISO value where the article date allows."""
    text = text_of(doc)
    refs: list[TimeRef] = []
    quarter: tuple[Optional[str], int] = (None, -_QUARTER_REACH)
    year: Optional[str] = None
    for start, end in _candidate_spans(doc):
        expression = text[start:end]
        if _ambiguous_month(text, start, expression) or not _temporal_part_of_speech(doc, start, expression):
            continue
        tense = _tense(doc, start)
        kind = _kind(text, start, expression)
        anchor = Anchor(quarter[0] if start - quarter[1] < _QUARTER_REACH else None, year)
        value = resolve(expression, published, tense, anchor) if kind in ("date", "time") and published else None
        if kind == "date" and value is None and published and (not _looks_like_date(expression)
                                                                or _STREET_ORDINAL.fullmatch(expression)):
            continue
        refs.append(TimeRef(text=expression, span=(start, end), value=value, kind=kind, tense=tense))
        if value and value.precision == "quarter" and not re.search(_YEAR_BACK, expression, re.I):
            quarter = (value.value, end)
        if value and value.precision not in _NOT_A_YEAR and re.search(r"\d{4}|" + _SPOKEN_YEAR, expression, re.I):
            year = value.value[:4]
    _share_range_years(refs, text)
    if published:
        _date_clock_times(refs, doc, published)
    return refs


_RANGE = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*", re.IGNORECASE)


def _share_range_years(refs: list[TimeRef], text: str) -> None:
    """'from January to November 2014': the first end of a range takes the year the second names."""
    for first, second in zip(refs, refs[1:]):
        if not (first.value and second.value and _RANGE.fullmatch(text[first.span[1]:second.span[0]])):
            continue
        if first.value.precision in ("month", "day") and not re.search(r"\d{4}", first.text) \
                and re.search(r"\d{4}", second.text) and first.value.value[:4] != second.value.value[:4]:
            first.value = dataclasses.replace(first.value, value=second.value.value[:4] + first.value.value[4:])


def _date_clock_times(refs: list[TimeRef], doc, published: dt.date) -> None:
    """'Police were called about 10:30 a.m.' happened on the day the sentence names, else on the last day the
    article named before it, else on the article's date (TimeML anchors a bare clock time the same way)."""
    days = [r for r in refs if r.value and r.value.precision == "day"]
    for ref in refs:
        if ref.kind != "time" or ref.value is not None:
            continue
        sentence = sentence_of(doc, doc.char_span(*ref.span, alignment_mode="expand").start)
        same = [r for r in days if sentence.start_char <= r.span[0] < sentence.end_char]
        before = [r for r in days if r.span[1] <= ref.span[0]]
        anchor = min(same, key=lambda r: abs(r.span[0] - ref.span[0])) if same else (before[-1] if before else None)
        ref.value = DateValue(anchor.value.value, "day") if anchor else DateValue(published.isoformat(), "day")


def _candidate_spans(doc) -> list[tuple[int, int]]:
    """Pattern matches and spaCy DATE/TIME entities, longest first, without overlaps."""
    text = text_of(doc)
    found = [(m.start(), m.end()) for pattern in _CANDIDATES for m in pattern.finditer(text)]
    for entity in doc.ents:
        # a bare number tagged DATE is an age or a count more often than a year
        if entity.label_ in ("DATE", "TIME"):
            found += [(s + _leading_count(text[s:e]), e) for s, e in _split_entity(text, entity.start_char,
                                                                                 entity.end_char)
                      if not _bare_number(text[s:e])]
    found = [_trim(text, s, e) for s, e in found]
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda se: (-(se[1] - se[0]), se[0])):
        if end > start and all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


# a count the tagger ran into the time after it: "rose to 41 from 27 overnight" ("27" is the toll before); not the
# number of a duration, a clock time or an ordinal day ("3 days ago", "10 a.m.", "the 27th")
_LEADING_COUNT = re.compile(r"\d[\d,.]*\s+(?=[a-z])(?!(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|"
                            r"decades?|centuries|a\.?m\b|p\.?m\b|o'clock|st\b|nd\b|rd\b|th\b|of\b))")


def _leading_count(expression: str) -> int:
    """How many characters of a count open the expression."""
    found = _LEADING_COUNT.match(expression)
    return found.end() if found else 0


def _bare_number(text: str) -> bool:
    """'58', '20 and 30': spaCy tags such numbers DATE now and then; they are ages and counts, unless a year."""
    stripped = re.sub(r"^(?:between|from)\s+", "", text.strip(), flags=re.IGNORECASE)
    return bool(re.fullmatch(r"[\d.,\s]+(?:(?:and|to|-)\s*[\d.,]+)?", stripped)) and not re.fullmatch(
        r"(?:19|20)\d{2}", stripped)


def _split_entity(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity's parts where each part is a date of its own ("Friday to December's")."""
    cuts = [(m.start(), m.end()) for m in _ENTITY_SPLIT.finditer(text, start, end)]
    if not cuts:
        return [(start, end)]
    pieces, left = [], start
    for cut_start, cut_end in cuts:
        pieces.append((left, cut_start))
        left = cut_end
    pieces.append((left, end))
    if not any(_looks_like_date(text[s:e]) for s, e in pieces):
        return [(start, end)]
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = re.sub(r"['’]s$", "", piece.strip(" ,.;:"))
    start += piece.find(stripped)
    end = start + len(stripped)
    lead = _LEADING_WORDS.match(stripped)
    if lead:
        start += lead.end()
    return start, end


def _kind(text: str, start: int, expression: str) -> str:
    lowered = expression.lower()
    if re.fullmatch(_REFERENCE, lowered) or re.fullmatch(_DECADE + "|" + _CENTURY, lowered):
        return "date"
    if re.search(r"\b(?:minute|hour)s?\b|\bseconds\b|\b(?:a|one|\d+)\s+second\b", lowered) or re.search(
            r"\d+-(?:second|minute|hour|day|week|year)", lowered):
        return "duration"
    if re.search(r"\b(?:days?|weeks?|months?|years?)\b", lowered) and not re.fullmatch(_PERIOD_END, lowered) and \
            not re.search(r"\b(?:ago|earlier|later|before|last|next|this|past|the|that|fiscal|full|current|calendar)\b|"
                          r"year's", lowered):
        return "duration"
    if _DURATION_CUE.search(text[max(0, start - 24):start]) and re.fullmatch(_STRETCH, lowered):
        return "duration"  # "over the past year"; but "for the year" and "for next year" name the year
    if re.search(r"\b(?:every|each|weekly|daily|annually)\b", lowered):
        return "set"
    if re.search(rf"\b{_PART}\b|\btonight\b|\d(?::\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)|\bnoon\b|\bmidnight\b", lowered):
        return "time"  # TimeML types "Saturday night" and "10 p.m. Wednesday" as times; they still get their day
    return "date"


_AMBIGUOUS_MONTHS = re.compile(r"(?:may|march|mar|jan|sun|sat|wed)\.?", re.IGNORECASE)
_MONTH_CONTEXT = re.compile(r"\b(?:in|during|by|until|since|early|mid|late|last|next|this|of|from|through)[\s-]+$", re.IGNORECASE)


def _ambiguous_month(text: str, start: int, expression: str) -> bool:
    """"May" and "march" are month names only after a temporal word ("in May", "early March")."""
    return bool(_AMBIGUOUS_MONTHS.fullmatch(expression)) and not _MONTH_CONTEXT.search(text[max(0, start - 12):start])


def _temporal_part_of_speech(doc, start: int, expression: str) -> bool:
    """'fall' and 'spring' as nouns, 'current' as an adjective; 'the fall of the city' is no season."""
    word = re.sub(r"^the\s+", "", expression.lower())
    allowed = _PART_OF_SPEECH.get(word)
    if allowed is None:
        return True
    end = start + len(expression)
    if word != expression.lower() and re.match(r"\s+of\s+(?!\d)", text_of(doc)[end:end + 8]):
        return False
    token = doc.char_span(end - len(word), end, alignment_mode="expand")
    return token is not None and len(token) == 1 and token[0].pos_ in allowed


def _looks_like_date(text: str) -> bool:
    return bool(re.search(r"\d|" + _WD + "|" + _MON + "|" + _SPOKEN_YEAR, text, re.IGNORECASE))


def _tense(doc, char: int) -> Optional[str]:
    """Past / future / present from the verb that governs the expression."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None or len(token) == 0:
        return None
    before = text_of(doc)[max(0, char - 12):char]
    if re.search(r"\b(?:ended|ending|since)\s+$", before):
        return "past"  # "the year ended March 31": a period already closed; "since Jan. 13"
    if re.search(r"\b(?:payable|due)\s+$", before):
        return "future"  # "a dividend payable Dec. 7", said in October
    head = token[0]
    if any(t.dep_ == "poss" for t in doc[head.i:head.i + 3] if t.ent_type_ in ("DATE", "")):
        return None  # "Friday's purchases": the date names a thing, the sentence's verb says nothing of it
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxiliaries} | {head.lower_}
    # "would" in reported speech is the future seen from the past: "would hold a vigil on Friday"
    if words & {"will", "'ll", "shall", "would", "wo"} or ("going" in words and head.lower_ != "going"):
        return "future"
    if head.lower_ == "going" and any(c.lower_ == "to" for c in head.children):
        return "future"
    if head.lower_ in ("scheduled", "planned", "slated", "expected") or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return "future"  # "is scheduled to close Monday", "set to resume Monday", "to be completed by Dec. 15"
    tenses = set(head.morph.get("Tense")) | {t for c in auxiliaries for t in c.morph.get("Tense")}
    if head.tag_ in ("VBG", "VBN") and not auxiliaries:
        # a participle ("arriving Tuesday", "saying on Friday") carries no tense of its own
        return "past" if head.tag_ == "VBN" and head.dep_ in ("ROOT", "conj") else None
    if "Past" in tenses or head.tag_ in ("VBD", "VBN") or _past_in_a_past_sentence(head, auxiliaries):
        return "past"
    if "Pres" in tenses:
        return "present"
    return None


# verbs whose past is their present: "when shells hit a market on Saturday" may be either
_SAME_IN_THE_PAST = {"hit", "put", "set", "cut", "shut", "cost", "spread", "hurt", "quit", "let", "beat", "burst",
                     "cast", "broadcast", "bet", "split", "shed", "upset", "thrust", "forecast", "bid"}


def _past_in_a_past_sentence(head, auxiliaries) -> bool:
    """ "The toll from the shelling that hit a market on Saturday rose to 22": such a verb under a verb in the past
    is in the past."""
    return head.lower_ in _SAME_IN_THE_PAST and not auxiliaries and head.dep_ != "ROOT" and any(
        a.tag_ == "VBD" for a in head.ancestors)


# ----------------------------------------------------------------------------- resolution


def resolve(text: str, published: dt.date, tense: Optional[str] = None, anchor: Anchor = Anchor()) -> Optional[DateValue]:
    return _resolve_cached(_spoken_years_as_digits(text.lower().strip()), published, tense, anchor)


@functools.lru_cache(maxsize=65536)
def _resolve_cached(text: str, published: dt.date, tense: Optional[str], anchor: Anchor) -> Optional[DateValue]:
    text = re.sub(r"\s+", " ", text.replace("’", "'"))
    for rule in (_reference, _relative_day, _weekday, _month_day, _quarter, _half, _context_quarter, _relative_year,
                 _period_end, _month, _relative_period, _ago, _season, _decade, _century, _year, _iso):
        value = rule(text, published, tense, anchor)
        if value is not None:
            return value
    return _dateparser(text, published, tense)


def _spoken_years_as_digits(text: str) -> str:
    """'nineteen ninety-six' -> '1996', 'the year two thousand' -> 'the year 2000'."""
    def digits(match: re.Match) -> str:
        words = re.split(r"[\s-]+", match.group())
        if words[:2] == ["two", "thousand"]:
            return str(2000 + _two_digit_value([w for w in words[2:] if w != "and"]))
        return str((19 if words[0] == "nineteen" else 20) * 100 + _two_digit_value(words[1:]))
    return re.sub(rf"\b{_SPOKEN_YEAR}\b", digits, text)


def _two_digit_value(words: list[str]) -> int:
    if not words or words == ["hundred"]:
        return 0
    if words[0] == "oh":
        return UNITS[words[1]]
    return TEENS.get(words[0]) or UNITS.get(words[0]) or TENS[words[0]] + (UNITS[words[1]] if len(words) > 1 else 0)


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


_REFERENCE_VALUES = [
    (r"(?:the )?(?:near |distant )?future|soon|(?:the )?coming \w+", "FUTURE_REF"),
    (r"now|currently|presently|nowadays|at present|these days|current", "PRESENT_REF"),
    (r".+", "PAST_REF"),
]


def _reference(text, published, tense, anchor):
    if not re.fullmatch(_REFERENCE, text):
        return None
    value = next(v for pattern, v in _REFERENCE_VALUES if re.fullmatch(pattern, text))
    return DateValue(value, "reference")


def _relative_day(text, published, tense, anchor):
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0}
    match = re.fullmatch(rf"(?:(late|early) )?(yesterday|today|tonight|tomorrow|this(?= {_PART}))(?: ({_PART}))?", text)
    if not match:
        return None
    mod, word, part = match.groups()
    if part in ("evening", "night", "overnight") or word == "tonight":
        mod = "late"
    elif part == "morning":
        mod = "early"
    return _day(published + dt.timedelta(days=offsets[word]), mod)


def _weekday(text, published, tense, anchor):
    match = re.search(r"\b(last|next|this coming|coming|this|previous)?\s*(" + _WD +
                      r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b", text)
    if not match or re.search(_MON + r"\s+\d", text):
        return None
    weekday = WEEKDAYS.get(match.group(2)) if match.group(2) in WEEKDAYS else WEEKDAYS.get(match.group(2)[:3])
    if weekday is None:
        return None
    which = match.group(1)
    back = (published.weekday() - weekday) % 7
    # present tense with a weekday is a plan: "the trial opens Tuesday"
    if which in ("next", "coming", "this coming") or (which not in ("last", "previous") and tense in ("future", "present")
                                                       and back != 0):
        ahead = (weekday - published.weekday()) % 7 or 7
        date = published + dt.timedelta(days=ahead)
    elif which in ("last", "previous"):
        date = published - dt.timedelta(days=back or 7)
    elif which == "this" and tense != "past":
        date = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    else:
        date = published - dt.timedelta(days=back)
    mod = "late" if re.search(r"\b(night|evening|late)\b", text) else ("early" if re.search(r"\b(morning|early)\b", text) else None)
    return _day(date, mod)


def _nearest_year(month: int, day: Optional[int], published: dt.date, tense: Optional[str]) -> int:
    """The year that puts a month (and day) nearest the article date, the tense breaking near-ties.

    Without a tense, news leans to the past: "Dec. 15" in a November article is next month, but
    "April" in October is last April.
    """
    slack = 3 if day else 31

    def cost(year: int) -> int:
        delta = (dt.date(year, month, min(day or 15, 28)) - published).days
        if delta > slack:
            return delta + {"past": 300, "future": 0}.get(tense, 45)
        if delta < -slack:
            return -delta + (300 if tense == "future" else 0)
        return abs(delta)
    return min((published.year - 1, published.year, published.year + 1), key=cost)


def _month_day(text, published, tense, anchor):
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


def _year_word(text: str, published: dt.date) -> Optional[int]:
    """The year a phrase names outright: '1989', 'this year's', 'of next year'."""
    explicit = re.search(r"\b((?:19|20)\d{2})\b", text)
    if explicit:
        return int(explicit.group(1))
    relative = re.search(r"\b(this|last|next) year", text)
    return published.year + {"this": 0, "last": -1, "next": 1}[relative.group(1)] if relative else None


def _period_year(first_month: int, last_month: int, published: dt.date, tense: Optional[str]) -> int:
    """The year of a quarter or half named without one: the latest begun, or, in the future tense, the next
    one unless it ended so recently that its results are still to come ("expects third-quarter profit")."""
    year = published.year if first_month <= published.month else published.year - 1
    months_since_end = (published.year - year) * 12 + published.month - last_month
    if tense == "future" and months_since_end > 3:
        year += 1
    return year


def _quarter(text, published, tense, anchor):
    match = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b", text)
    if not match:
        return None
    number = ORDINALS[match.group(1)]
    year = _year_word(text, published) or _period_year(3 * number - 2, 3 * number, published, tense)
    return DateValue(f"{year - bool(re.search(r'year-(?:ago|earlier)', text))}-Q{number}", "quarter")


def _half(text, published, tense, anchor):
    match = re.search(r"\b(first|second|last|latter) (?:half|two quarters)\b", text)
    if not match:
        return None
    number = 1 if match.group(1) == "first" else 2
    if re.search(r"\bthe year\b", text):
        year = published.year
    else:
        year = _year_word(text, published) or _period_year(6 * number - 5, 6 * number, published, tense)
    return DateValue(f"{year}-H{number}", "half")


def _context_quarter(text, published, tense, anchor):
    """'the quarter', 'the year-ago period', 'a year earlier' in a text about a quarter."""
    year_back = bool(re.search(_YEAR_BACK, text))
    if not re.fullmatch(_CONTEXT_QUARTER, text) and not (year_back and anchor.quarter and re.fullmatch(
            r"a year (?:ago|earlier)", text)):
        return None
    if re.fullmatch(r"(?:the|that) (?:fiscal )?period", text):
        return None  # a bare "the period" names nothing by itself
    if anchor.quarter:
        year, quarter = anchor.quarter.split("-")
        year = re.search(r"\b(?:19|20)\d{2}\b", text).group() if re.search(r"\b(?:19|20)\d{2}\b", text) else year
    elif re.search(r"\b(?:this|current)\b", text):
        year, quarter = str(published.year), f"Q{(published.month - 1) // 3 + 1}"
    elif re.search(r"\b(?:quarter|latest|recent|just-ended)\b", text):
        latest = _shift_month(published, -3)
        year, quarter = str(latest.year), f"Q{(latest.month - 1) // 3 + 1}"
    else:
        return DateValue(str(published.year - 1), "year") if year_back else None
    return DateValue(f"{int(year) - year_back}-{quarter}", "quarter")


def _relative_year(text, published, tense, anchor):
    """'the full year', 'the current fiscal year', 'that year', 'the following year'."""
    if re.fullmatch(r"(?:the )?(?:full|current|fiscal|calendar|current fiscal|same) year|the year", text):
        return DateValue(str(published.year), "year")
    match = re.fullmatch(r"(that|the following|the previous) year", text)
    if match and anchor.year:
        return DateValue(str(int(anchor.year) + {"that": 0, "the following": 1, "the previous": -1}[match.group(1)]), "year")
    return None


def _period_end(text, published, tense, anchor):
    """'by year-end', 'the end of the month': the late part of the current one, or of the one before when the
    text looks back ("since year-end" in October is last December)."""
    match = re.fullmatch(r"(?:the end of (?:the|this) |)(year|month)(?:[\s-]end|'s end|)", text)
    if not match or text in ("year", "month"):
        return None
    back = tense == "past" and not (match.group(1) == "year" and published.month == 12)
    if match.group(1) == "year":
        return DateValue(str(published.year - back), "year", "late")
    return DateValue(_shift_month(published, -back).strftime("%Y-%m"), "month", "late")


def _iso_week(date: dt.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative_period(text, published, tense, anchor):
    match = re.search(r"\b(last|next|this|earlier this|later this|past|the)\s+(week|weekend|month|year)\b", text)
    if not match:
        return None
    which, unit = match.groups()
    if which == "the" and unit != "weekend":
        return None
    step = {"last": -1, "past": -1, "next": 1}.get(which, 0)
    leading = re.match(r"(early|mid|late)\b", text)  # "late last week", "early next month"
    mod = {"earlier this": "early", "later this": "late"}.get(which) or (leading.group(1) if leading else None)
    if unit == "weekend":
        return DateValue(_iso_week(_weekend_week(published, which, tense)) + "-WE", "week")
    if unit == "week":
        return DateValue(_iso_week(published + dt.timedelta(weeks=step)), "week", mod)
    if unit == "month":
        return DateValue(_shift_month(published, step).strftime("%Y-%m"), "month", mod)
    return DateValue(str(published.year + step), "year", mod)


def _weekend_week(published: dt.date, which: str, tense: Optional[str]) -> dt.date:
    """A day in the week of the weekend meant: the one just past, unless ahead in the text's tense."""
    on_weekend = published.weekday() >= 5
    if which == "next" or (which in ("this", "the") and tense in ("future", "present")):
        return published + dt.timedelta(weeks=1 if which == "next" else 0)
    return published if on_weekend and which != "last" else published - dt.timedelta(weeks=1)


def _ago(text, published, tense, anchor):
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


def _season(text, published, tense, anchor):
    match = re.search(r"\b(last|next|this)?\s*(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?\b", text)
    if not match:
        return None
    which, season, year = match.groups()
    if year:
        value = int(year)
    else:
        value = published.year + {"last": -1, "next": 1}.get(which, 0)
    return DateValue(f"{value}-{SEASONS[season]}", "season", _mod_of(text))


def _month(text, published, tense, anchor):
    match = re.search(rf"\b(last|next|this)?\s*({_MON})(?:,? (?:of )?(\d{{4}})| ((?:of )?(?:this|last|next) year))?$", text)
    if not match:
        return None
    which, month_word, year, relative_year = match.groups()
    month = MONTHS.get(month_word.rstrip("."))
    if month is None:
        return None
    if year or relative_year:
        value = _year_word(year or relative_year, published)
    elif which == "last":
        value = published.year - (month >= published.month)
    elif which == "next":
        value = published.year + (month <= published.month)
    elif which == "this":
        value = published.year
    else:
        value = _nearest_year(month, None, published, tense)
    return DateValue(f"{value}-{month:02d}", "month", _mod_of(text))


def _decade(text, published, tense, anchor):
    match = re.search(r"\b((?:19|20)\d)0'?s\b|'(\d)0s\b|\b([a-z]+)ies\b", text)
    if match and re.fullmatch(_DECADE, text):
        century_decade, short, word = match.groups()
        if century_decade:
            value = century_decade
        elif short:
            value = ("19" if int(short) >= 3 else "20") + short
        elif word + "y" in TENS:
            value = "19" + str(TENS[word + "y"] // 10)
        else:
            return None
        return DateValue(value, "decade", _mod_of(text))
    relative = re.fullmatch(r"(?:the )?(last|past|previous|next|this|coming) decade", text)
    if relative:
        step = {"next": 1, "coming": 1, "this": 0}.get(relative.group(1), -1)
        return DateValue(str(published.year // 10 + step), "decade")
    return None


_CENTURY_WORDS = {w: i for i, w in enumerate(
    "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()) if i}
_CENTURY_WORDS["twenty-first"] = 21


def _century(text, published, tense, anchor):
    match = re.search(r"\b(\d{1,2}(?=st|nd|rd|th)|[a-z-]+th|twenty-first)(?:st|nd|rd|th)?[\s-]+century\b", text)
    if not match:
        return None
    word = match.group(1)
    number = int(word) if word.isdigit() else _CENTURY_WORDS.get(word)
    return DateValue(f"{number - 1:02d}", "century") if number else None


def _year(text, published, tense, anchor):
    match = re.fullmatch(r"(?:(?:in|since|by|during|until|before|after|through|fiscal|calendar|the year) )?"
                         rf"(?:({_MOD})[\s-]+)?((?:19|20)\d{{2}})", text)
    return DateValue(match.group(2), "year", _mod_of(match.group(1) or "")) if match else None


def _iso(text, published, tense, anchor):
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
