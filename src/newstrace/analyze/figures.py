"""Figures: every number in context, with its interval, what it counts and who claims it.

Conventions (documented for analysts coding casualty figures):
- exact "27 killed": low = high = value = 27;
- "at least N", "more than N", "over N", "N or more": low = N, high open, value = N (the
  conservative reading ACLED codes);
- "some / about / around / roughly / approximately / an estimated N": value N, interval ±10 %;
- "nearly / almost / close to N": just under N, low = 90 % of N, high = N, value N (the words say the count is near
  N, not anywhere below it);
- "up to / as many as / at most / fewer than / less than N": high = N, value N;
- ranges "between A and B", "A to B", "A-B": low A, high B, value A (conservative);
- vague quantities by the ACLED convention, the words kept in `number_text`: "a few" 3,
  "several" / "many" 10, "dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000,
  "tens of thousands" 10,000; the low bound is that value, the high bound open;
- a singular victim of a casualty verb ("a man was shot and killed") is a figure of 1: also one a relative
  clause speaks of ("a teen who was killed"), one referred back to who died ("the teen ... where he was pronounced
  dead", "passed away") and one in hospital condition ("a girl is in serious condition": injured);
- a count of none ("none were killed", "suffered no deaths", "no injuries were reported") is a figure of zero,
  not "no one else", "no other injuries" nor "no one was seriously hurt".
Numbers that are not counts are skipped: years and dates, times, ages, durations ("a 30-second
video"), addresses, phone numbers, ordinals; money and percentages are kept with their category.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from newstrace.analyze.lexicon import PERSON_WORDS, without_article
from newstrace.analyze.sentences import sentence_number, sentence_of, text_of
from newstrace.model import Attribution, Claimant, DateValue, Figure, TimeRef

WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                     "a dozen": 12, "dozen": 12, "half a dozen": 6, "a hundred": 100, "a thousand": 1000})
# lakh and crore: the South Asian press counts money and people in them ("Rs 5 lakh", "Tk 120 crore")
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
               "lakh": 100_000, "crore": 10_000_000}
VAGUE = {"a few": 3, "several": 10, "many": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
         "tens of thousands": 10_000, "hundreds of thousands": 100_000, "millions": 1_000_000, "tens": 10}
QUALIFIERS = [
    ("at least", "low"), ("more than", "low"), ("over", "low"), ("upwards of", "low"), ("in excess of", "low"),
    ("some", "about"), ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"),
    ("an estimated", "about"), ("estimated", "about"), ("close to", "near"), ("nearly", "near"), ("almost", "near"),
    ("up to", "high"), ("as many as", "high"), ("at most", "high"), ("fewer than", "high"), ("less than", "high"),
    ("no more than", "high"), ("under", "high"),
    # a count that went past a number: "the outbreak passed 100 cases", "the toll has topped 40"
    *((verb, "low") for verb in "passed passes passing topped tops topping exceeded exceeds exceeding surpassed "
                                "surpasses surpassing".split()),
]
_PASSING = {word for word, _ in QUALIFIERS if word.startswith(("pass", "top", "exceed", "surpass"))}
_QUALIFIER_RE = re.compile(r"(?:\b(" + "|".join(q for q, _ in sorted(QUALIFIERS, key=lambda q: -len(q[0]))) + r")\s+)$",
                           re.IGNORECASE)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_WORDNUM = r"(?:" + "|".join(sorted((w for w in WORD_NUMBERS if w != "zero"), key=len, reverse=True)) + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_MULT = r"(?:\s+(?:hundred|thousand|million|billion|dozen|lakh|crore))?"
# currency abbreviations written against the number ("KSh7,500", "RM2.87 billion", "Rs500"); a lookbehind each, as
# lookbehinds take one width
_CURRENCY_PREFIXES = ("Rs", "RM", "Sh", "KSh", "Ksh", "Tk", "GH¢", "A$", "C$", "S$", "R$")
_CURRENCY_LETTERS = "|".join(rf"(?<=\b{re.escape(p)})" if p[0].isalpha() else rf"(?<={re.escape(p)})"
                             for p in _CURRENCY_PREFIXES) + \
    r"|(?<=\b[NRP])(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion|trillion))"  # "N400 million", "R1,200"
_NUMBER_RE = re.compile(
    r"(?:(?<![\w.-])|" + _CURRENCY_LETTERS + r")(?:(?:between\s+)?(?P<a>" + _NUM + "|" + _WORDNUM + r")" + _MULT +
    r"(?:\s*(?:-|–|to|and)\s*(?P<b>" + _NUM + "|" + _WORDNUM + r")" + _MULT + r")?|(?P<vague>" +
    "|".join(sorted(VAGUE, key=len, reverse=True)) + r"))(?![\w-](?!year))(?!\.\d)", re.IGNORECASE)

CATEGORY_WORDS = [
    # "have died or gone missing": a count driven by those whose fate is unknown
    ("missing", r"(?:died|dead|killed) or (?:gone |went |are |were )?missing|missing or (?:dead|killed|presumed dead)"),
    ("casualties", r"killed or (?:wounded|injured)|dead or (?:wounded|injured)|(?:wounded|injured) or (?:killed|dead)|"
                   r"casualt(?:y|ies)|killed and wounded|(?:wounded|injured) and killed|harm(?:ed)?"),
    ("killed", r"kill(?:ed|ing|s)?|dead|deceased|die[ds]?|dying|death(?:s| toll)?|toll|fatalit(?:y|ies)|bodies|"
               r"corpses|lives|murder(?:ed)?|slain|perished|drown(?:ed|s|ing|ings)?|fatally|neutrali[sz]ed|"
               r"bur(?:y|ied|ying)(?! (?:under|beneath))"),
    ("injured", r"injur(?:ed|ies|y|ing)|wounded|wounding|hurt|hospitali[sz]ed|hospitals?|treated|treatment|"
                r"(?:critical|serious|stable|grave|guarded) condition"),
    ("missing", r"missing|unaccounted|trapped|buried (?:under|beneath)|"
                r"(?:under|beneath) the (?:rubble|debris|mud|ruins|wreckage)"),
    ("displaced", r"displaced|evacuated|fled|homeless|refugees|evacuees|forced from|shelters?|"
                  r"(?:left|leave|leaving|abandoned) (?:their|his|her) homes?|"
                  r"(?:moved|taken|brought) to (?:safety|safer \w+)|sheltering|sheltered|tents|camps|"
                  r"evacuation cent(?:re|er)s|crossed (?:into|from|over|the border)|"
                  r"(?:driven|forced)\b.{0,40}\bfrom (?:their|his|her) homes?"),
    ("arrested", r"arrest(?:ed|s)?|detained|detentions?|custody|charged|held|captured|capturing|bail"),
    ("troops", r"troops|soldiers|forces|fighters|personnel|servicemen|force of|deployed|battalions?"),
]
_CATEGORY_RES = [(name, re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)) for name, words in CATEGORY_WORDS]
_TROOPS = dict(_CATEGORY_RES)["troops"]
PERSON_NOUNS = {"man", "woman", "boy", "girl", "teen", "teenager", "person", "child", "officer", "victim", "driver",
                "student", "resident", "soldier", "civilian", "worker", "suspect", "gunman", "shooter", "baby",
                "toddler", "infant", "passenger", "pedestrian", "deputy", "trooper", "mother", "father", "son",
                "daughter", "security guard", "guard", "motorist", "cyclist", "journalist", "bystander", "brother",
                "sister", "grandfather", "grandmother", "grandson", "granddaughter", "husband", "wife", "uncle", "aunt",
                "nephew", "niece", "cousin", "friend", "neighbor", "neighbour", "girlfriend", "boyfriend"} | PERSON_WORDS
_NOT_COUNTS = re.compile(
    r"^\s*(?:-?(?:year|month|week|day|hour|minute|second)s?[- ]old|-(?:second|minute|hour|day|week|month|year|mile|foot|"
    r"inch|meter|metre|km|kilometer|kilometre|page|story|point|yard|acre|pound|caliber|calibre|mm|round)\b|"
    r"(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|\s*(?:st|nd|rd|th)\b|\s*(?:times|each)\b|"
    r"\s*(?:years?|months?|weeks?|"
    r"days?|hours?|minutes?|seconds?|(?:nautical\s+)?miles?|feet|yards?|inches|(?:kilo|centi|milli)?met(?:er|re)s?|"
    r"km|cm|mm|mph|km/h|knots|(?:kilo|milli)?(?:litres?|liters?)|gallons?|barrels?|hectares?|acres?|(?:kilo)?grams?|"
    r"kg|g|tonnes?|tons?|lbs?|ounces?|degrees?|°|[CF]|MW|GW|kWh|GB|TB|hrs|local time|GMT|UTC|BST|IST|EAT|WAT|CAT|CET|"
    r"CEST|EST|EDT|CST|CDT|PST|PDT|AEST)\b"
    r"(?! (?:of fighting))|"
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|"
    r"Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?|Parkway|Pkwy\.?|Circle|Terrace|Trail)\b|"
    r"\s+\d+(?:st|nd|rd|th)\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?)\b|-?\s*block\b|"
    r"-\d{3,4}\b|\)\s*\d{3}-)")
_MONEY_BEFORE = re.compile(r"(?:(?:\b(?:US|A|C|S|R|HK|NZ)|GH)?[$€£¥₹₦₱¢]|\b(?:USD|EUR|GBP|Rs\.?|RM|K?Sh|Ksh|Tk\.?|"
                           r"[NRP](?=$)))\s*$")
_CURRENCY_CODES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "US$": "USD", "A$": "AUD", "C$": "CAD", "S$": "SGD",
                   "R$": "BRL", "HK$": "HKD", "NZ$": "NZD", "₹": "INR", "₦": "NGN", "N": "NGN", "₱": "PHP", "P": "PHP",
                   "GH¢": "GHS", "KSh": "KES", "Ksh": "KES", "RM": "MYR", "Tk": "BDT", "Tk.": "BDT", "R": "ZAR"}
_MONEY_AFTER = re.compile(r"^\s*(?:(?:million|billion|thousand|lakh|crore)\s+)?(?-i:[A-Z][a-z]+ )?"  # "Sudanese pounds"
                          r"(?:dollars|euros|pounds|yen|yuan|rubles|"
                          r"roubles|hryvnias?|won|rupees|francs|shillings|soles|pesos|cedis|naira|rand|ringgit|taka|"
                          r"dirhams?|riyals?|rials?|lira|baht|rupiah|kwacha|birr|zloty|kron(?:er|or|a)|reais|dinars?|"
                          r"shekels?|leones|dong|kyat|tenge|quetzales|colones|bolivianos|meticais|kwanzas?|forints?|"
                          r"korun[ay]|lei|pula)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"^\s*(?:%|percent\b|per cent\b|percentage points?\b)", re.IGNORECASE)
_PERSON_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + r"),\s*$", re.IGNORECASE)
# "at 18.00", "until 06.30", not a price: "shares closed at 18.40"
_CLOCK_AT = re.compile(r"(?<!closed )(?<!closing )(?<!trading )(?<!traded )(?<!priced )(?<!stood )"
                       r"\b(?:at|until|till|by)\s+$", re.IGNORECASE)
# what a number is the number of: "No. 4", "Route 9", "Flight 302", "page 3"; and, capitalized as a name's words are,
# "Measure 3", "House District 7", "Ward 12" (not "a lot 40 feet wide")
_IDENTIFIED = re.compile(r"(?:(?i:No\.|#|Route|Highway|Interstate|I-|Flight|page|Chapter|Resolution|Apartment|Apt\.|"
                         r"Unit|Suite|Room)\s*|\b(?:District|Measure|Proposition|Prop\.|Ward|Zone|Sector|Phase|Line|"
                         r"Gate|Terminal|Platform|Pier|Berth|Lot|Precinct|Division|Amendment|Level|Grade|Category|Signal|"
                         r"Container|Camp|Block|Tower|Wing|Bay)\s+)$")
# the numbers of a law's sections, listed: "Sections 105, 125 and 281", "Sections 61(2) and 318(4)", "Article 12"
_LAW_SECTIONS = re.compile(r"\b(?:sections?|articles?|clauses?|rules?|regulations?)\s+(?:\d+[A-Z]?(?:\(\d+\))*\s*"
                           r"(?:\([^)]{0,80}\)\s*)?(?:,|and|or|&|/)\s*)*$", re.IGNORECASE)
_DIED_AT = re.compile(r"\b(?:died|dies|passed away)\b[\w ,]{0,30}\bat\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:\baged?|\bages)\s+$|,\s*(?:also\s+|both\s+)?$", re.IGNORECASE)


def find_figures(doc, attributions: list[Attribution], timerefs: list[TimeRef],
                 published: Optional[dt.date]) -> list[Figure]:
    text = text_of(doc)
    blocked = [t.span for t in timerefs]
    figures: list[Figure] = []
    for match in _counts(text):
        start, end = match.span()
        if any(s <= start < e or s < end <= e for s, e in blocked) or _not_a_count(text, match):
            continue
        figure = _figure(doc, match, attributions, timerefs, published)
        if figure is not None:
            figures.append(figure)
    _totals_count_what_was_added(figures, text)
    listed = _victims_listed(doc, figures, attributions, timerefs, published)
    figures += listed + [f for f in _singular_victims(doc, figures, attributions, timerefs, published)
                         if not _named_in_a_list(f, listed)]
    figures += _counted_by_the_crime(doc, attributions, timerefs, published)
    figures += _none_befell(doc, attributions, timerefs, published)
    figures.sort(key=lambda f: f.span)
    for number, figure in enumerate(figures, start=1):
        figure.id = f"f{number}"
    _elliptical_parts(figures, text)
    _included(figures, text)
    _some_of_them(figures, text)
    _parts_named(figures, text)
    _told_by_cause(figures, text)
    return figures


# "the toll rose from 27 to 41": two counts, the one before and the one after, not a range
_CHANGED_FROM = re.compile(r"\b(?:rose|risen|rises|rising|climbed|jumped|increased|fell|fallen|dropped|declined|went up|"
                           r"gone up|revised|raised|lowered|grew|doubled)\b[^.;]{0,40}\bfrom\s+$", re.IGNORECASE)
_ONE_NUMBER_RE = re.compile(_NUMBER_RE.pattern.replace(r"(?P<b>", r"(?P<b>(?!)"), re.IGNORECASE)


def _counts(text: str):
    """Every number match of the text; a change "from A to B" as its two numbers."""
    for match in _NUMBER_RE.finditer(text):
        if match.group("b") and re.search(r"\bto\b", match.group(), re.IGNORECASE) and \
                _CHANGED_FROM.search(text, max(0, match.start() - 80), match.start()):
            yield from _ONE_NUMBER_RE.finditer(text, match.start(), match.end())
        else:
            yield match


# "arrested four more people, bringing the total to 41": the total counts what the count before it added to
_TALLY_NOUNS = {"number", "count", "tally", "total"}
# what can pass a number: "the toll has topped 40", "the number of displaced exceeded 2,000", "the outbreak passed 100"
_PASSING_COUNTS = _TALLY_NOUNS | {"toll", "cases", "deaths", "outbreak", "casualties", "figure", "infections"}
_A_COUNT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PASSING_COUNTS)) + r")\b[^.;]{0,90}$", re.IGNORECASE)
_REACHING = {"reach", "hit", "pass", "top", "exceed", "surpass"}  # verbs whose object is the count its subject came to
_BRINGING_THE_TOTAL = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting) (?:the|its|their) (?:overall )?"
                                 r"(?:" + "|".join(_TALLY_NOUNS) + r")(?: \w+){0,3} to $", re.IGNORECASE)


def _totals_count_what_was_added(figures: list[Figure], text: str) -> None:
    for position, figure in enumerate(figures):
        if figure.category != "other" or not _BRINGING_THE_TOTAL.search(text, max(0, figure.span[0] - 60),
                                                                       figure.span[0]):
            continue
        added = next((f for f in reversed(figures[:position]) if f.category in _CASUALTIES), None)
        if added is not None and "." not in text[added.span[1]:figure.span[0]]:
            figure.category, figure.measure, figure.subject = added.category, added.measure, added.subject


def _elliptical_parts(figures: list[Figure], text: str) -> None:
    """ "three of them were still at the hospital, one in critical condition", "five people were taken to hospital,
    two in critical condition", "three were taken to hospital; one is in a critical condition": a bare number after a
    comma or a semicolon that follows a larger count of its sentence counts some of that count, not a rival count of
    people. Of the same fate only: in "five people were shot, two fatally" the two are the dead."""
    for before, figure in zip(figures, figures[1:]):
        between = text[before.span[1]:figure.span[0]]
        if figure.subject is None and figure.text == figure.number_text and figure.category in _CASUALTIES and \
                before.category == figure.category and (before.value or 0) > (figure.value or 0) and \
                between.rstrip()[-1:] in (",", ";") and not re.search(r"\.|;.*;", between):
            figure.part_of = before.id


def _included(figures: list[Figure], text: str) -> None:
    """ "14,900 civilians killed, including at least 760 children, and 38,000 injured", "killed at least 34 people,
    among them the bride and eight children": a count "including" or "among them" after a toll of its sentence is
    some of that toll and shares its fate, whatever words come after it."""
    for position, figure in enumerate(figures):
        if not (figure.text.lower().startswith("including ") or
                _AMONG_THEM.search(text, max(0, figure.span[0] - 60), figure.span[0])) \
                or figure.part_of is not None:
            continue
        whole = next((f for f in reversed(figures[:position]) if f.category in _CASUALTIES and f.part_of is None
                      and not re.search(r"[.;]", text[f.span[1]:figure.span[0]])), None)
        if whole is not None and (figure.value or 0) <= (whole.value or 0):
            figure.category, figure.measure, figure.part_of = whole.category, whole.measure, whole.id


_AMONG_THEM = re.compile(r"\bamong them\b[^.;,]{0,40}$", re.IGNORECASE)


_OF_THEM = re.compile(r"^[^,;.]*?\bof (?:them|those|whom|the victims|the casualties)\b", re.IGNORECASE)
_PRONOUN_SUBJECTS = {"them", "those", "whom", "the victims", "the casualties"}


def _some_of_them(figures: list[Figure], text: str) -> None:
    """ "17 police officers had been injured, three of them seriously", "at least 18 people had died, seven of them
    children", "Police arrested 12 men. Three of them were refused bail": a count "of them" after a count (of its
    sentence, or of the sentence before) is some of that count and shares its fate, unless its own clause tells
    another ("two of them died"); "Six of the victims were children" is some of the toll told last. And "Twenty-nine
    of the dead were in Arequipa and 12 in Ayacucho": a bare number after such a part is another part."""
    for position, (before, figure) in enumerate(zip(figures, figures[1:])):
        between = text[before.span[1]:figure.span[0]]
        same_sentence = not re.search(r"[.;]", between)
        if before.category not in _CASUALTIES:
            continue
        if _OF_THEM.match(figure.text) and (
                same_sentence and between.rstrip().endswith(",") or figure.category in ("other", before.category) and
                len(re.findall(r"[.;]", between)) == 1):
            totals = [f for f in reversed(figures[:position + 1]) if f.category in _CASUALTIES and f.part_of is None
                      and not f.partial and not _SOME_OF_THEM.search(f.text)]
            # "the victims" are the dead where a toll was told
            victims = re.search(r"\bvictims\b", figure.text, re.IGNORECASE) and [
                f for f in totals if f.category == "killed"]
            whole = before if same_sentence else next(iter(victims or totals), before)
            if (whole.value or 0) < (figure.value or 0):
                continue
            figure.part_of = whole.id
            own = re.match(r"[^,;.]*", text[figure.span[0]:]).group()[_OF_THEM.match(figure.text).end():]
            kinds = casualty_kinds(own)  # "two of them died later in hospital" are dead
            figure.category = "killed" if "killed" in kinds else next(iter(kinds)) if len(kinds) == 1 else \
                whole.category
            figure.measure = whole.measure if figure.category == whole.category else figure.measure
            if (figure.subject or "").lower() in _PRONOUN_SUBJECTS:
                figure.subject = whole.subject
        elif figure.text == figure.number_text and figure.subject is None and figure.category == "other" and \
                same_sentence and re.search(r"\band\s+$", between) and (before.part_of or
                                                                         _SOME_OF_THEM.search(before.text)):
            figure.category, figure.measure, figure.part_of = before.category, before.measure, before.part_of
            figure.partial = True  # some of the toll, told by place or by cause as the part before it


def _parts_named(figures: list[Figure], text: str) -> None:
    """ "19 people, 15 of them children", "seven of them were students", "Nine of the dead were children": the part
    counts the people named after it."""
    for figure in figures:
        if _A_PART.search(figure.text) and (named := _PEOPLE_NAMED.match(text, figure.span[1])):
            figure.subject = named.group(1)


_A_PART = re.compile(r"\b(?:of|among) (?:them|those|whom|the (?:\w+ )?(?:dead|victims|wounded|injured|survivors|killed|"
                     r"casualties|missing|bodies))$", re.IGNORECASE)
_PEOPLE_WORDS = "|".join(["children", "men", "women", "police", "pupil",
                          *sorted((w for w in PERSON_NOUNS if w.isalpha()), key=len, reverse=True)])
_PEOPLE_NAMED = re.compile(r"\s*(?:were |was |are |is )?((?:(?!(?:by|in|at|on|from|with|to|for|near|after|as|and|or)\b)"
                           r"[a-z-]+ ){0,2}?(?:" + _PEOPLE_WORDS + r")s?)\b", re.IGNORECASE)


# "and a third was killed by falling rocks": one more of the same fate, after the count
_ONE_MORE = re.compile(r"[^.;]*?\band an? (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)
_SOME_OF_THEM = re.compile(r"\b(?:of|among) (?:the|those|them|whom)\b", re.IGNORECASE)


def _told_by_cause(figures: list[Figure], text: str) -> None:
    """ "Three of the dead were killed when a landslide hit a house, and two drowned when their car was swept away":
    a toll told by cause, each count some of it; so "Two people died when walls collapsed and a third was killed by
    falling rocks"."""
    casualties = [f for f in figures if f.category in _CASUALTIES]
    for before, figure in zip(casualties, casualties[1:]):
        between = text[before.span[1]:figure.span[0]]
        if before.category == figure.category and _SOME_OF_THEM.search(before.text) and \
                re.search(r",\s+and\s+$", between) and not re.search(r"[.;]", between):
            figure.partial = True
    for figure in casualties:
        if _ONE_MORE.match(text, figure.span[1]) and not figure.part_of:
            figure.partial = True


def _not_a_count(text: str, match) -> bool:
    start, end = match.span()
    after = text[end:end + 30]
    before = text[max(0, start - 20):start]
    number = match.group()
    if match.group("vague") is None and match.group("a") is None:
        return True
    if _NOT_COUNTS.match(after):
        # but "were paid A$50,000 each" is money
        return not (re.match(r"\s*each\b", after) and _MONEY_BEFORE.search(text[max(0, start - 5):start]))
    if re.fullmatch(r"(?:19|20)\d{2}", number) and not re.match(r"\s+(?:people|troops|soldiers|killed|dead)", after):
        return True
    if re.fullmatch(r"1\d{3}", number) and re.search(r"\b(?:in|since|until|from|of|by|around|circa)\s+$", before,
                                                    re.IGNORECASE):
        return True  # "the painter, who died in Haarlem in 1672": an earlier century's year
    if number == "911" or re.match(r"\s*/\s*\d|\s+(?:News|Video)\b", after) or \
            re.search(r"\d\s*/\s*$|\b(?:Image|Photo|Slide) (?:\d+ of )?$", before) or \
            number in ("112", "999", "000") and re.search(r"\bemergency\s+$", before, re.IGNORECASE):
        return True  # "called 911", "1 / 8 Back to Gallery", "KOIN 6 News", "Pro 21 Video", "emergency 112 alerts"
    if re.search(r"\bhow\s+$", before, re.IGNORECASE):
        return True  # "could not show how many records the group held": a question, no count
    if re.search(r"\bmagnitude[\s-]*$", before, re.IGNORECASE) or \
            re.match(r"[\s-]*(?:magnitude\s+)?(?:earthquake|quake|tremor|aftershock)\b", after, re.IGNORECASE):
        return True  # "a magnitude 6.4 earthquake killed three": its strength
    if re.search(r"\b(?:father|mother|mom|dad|parent)s? of\s+$", before, re.IGNORECASE):
        return True  # "a father of four": his children
    if re.search(r"\b(?:turn(?:ed|s|ing)?|aged?|ages)\s+$", before, re.IGNORECASE):
        return True  # "until he turned 21", "aged 34": an age
    if re.search(r"\b(?:he|she|who) (?:was|is)\s+$", before, re.IGNORECASE) and \
            re.match(r"\s*(?:[,;.)]|$|\s+(?:when|and|at)\b)", after):
        return True  # "She was 91.", "until she was 84": her age
    if re.search(r"[A-Z][\w'’-]+\s*\($", before) and re.match(r"\)", after) and match.group("b") is None:
        return True  # "Rahul Nandeshwar (24), who was swept away": his age, as the Indian press gives it
    if _IDENTIFIED.search(before) or re.fullmatch(r"\d{6,}", number) and not _MONEY_BEFORE.search(before[-5:]):
        return True  # "Route 9", "House District 7": a name's number; "container MSKU 4471092" (a count has commas)
    if any(p.start() <= start and end <= p.end()
           for p in _PHONE_DIGITS.finditer(text, max(0, start - 15), min(len(text), end + 15))):
        return True  # "the hotline on 0803 555 0142"
    if _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return True  # "fewer than one in five was being used": a ratio
    if re.search(r"\bper\s+$", before, re.IGNORECASE) or re.match(r"\s+on the [\w-]+ scale\b", after):
        return True  # "900 per 100,000 births": the base of a rate; "winds of up to 8 on the Beaufort scale"
    if re.match(r":\d{2}\b", after) or re.search(r"\d:$", before) or (
            _CLOCK_AT.search(before) and re.fullmatch(r"(?:[01]?\d|2[0-3])\.[0-5]\d", number)
            and not _MONEY_AFTER.match(after)):
        return True  # "19:45 BST", "at 18.00 on Friday": a clock time
    if _LAW_SECTIONS.search(text, max(0, start - 120), start) or re.match(r"\(\d+\)", after) or \
            re.search(r"\d\($", before):
        return True  # "under Sections 105, 125 and 281 of the Bharatiya Nyaya Sanhita", "Section 106(1)"
    if _DIED_AT.search(text, max(0, start - 50), start) and re.match(r"\s*(?:[,;.)]|$|\s+(?:on|in|after)\b)", after):
        return True  # "Sorel, who died on Saturday at 81, ...": her age
    name = re.search(r"([^\W\d_][\w'’-]*),\s*(?:also\s+|both\s+)?$", before + " ")
    if _AGE_BEFORE.search(before) and re.match(r"\s*(?:[,;.)]|$)", after) and (
            name and name.group(1)[0].isupper() or _PERSON_BEFORE.search(before)) \
            and match.group("b") is None and match.group("vague") is None:
        # "Jane Roe, 45, said", "Paula Nino, 20; and", "the death of Davon Coleman, also 18.", "a man, 45,", "Julia
        # Wiśniewska, 21,"
        return True
    if re.match(r"\s*(?:and|or)\s+\d", after) and match.group("b") is None:
        return False
    if number.lower() in ("one", "a dozen", "dozen") and re.match(r"\s+(?:of|another)\b", after) and number.lower() == "one":
        return True
    if number.lower() == "one" and re.search(r"\bno\s+$", before, re.IGNORECASE):
        return True  # "no one else was injured" counts nobody
    if number.lower() == "one" and re.match(r"\s+(?:we|they|he|she|you|i)\b", after, re.IGNORECASE):
        return True  # "ready for one we hope never comes": a pronoun
    if number.lower() == "many" and re.search(r"\bas\s+$", before, re.IGNORECASE) and re.match(r"\s+as\b", after):
        return True  # "as many as 1.7 million" qualifies the number after it
    return False


# a telephone number in groups of digits, one of them led by a zero or three groups or more: "0803 555 0142"
_PHONE_DIGITS = re.compile(r"(?<![\d,.])(?:0\d{2,4}[ -]\d{3,4}(?:[ -]\d{3,4})?|\d{2,4}[ -]\d{3,4}[ -]\d{3,4})(?![\d,])")
_RATIO_TERM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*)"
_RATIO_AFTER = re.compile(r"\s+in\s+(?:every\s+)?" + _RATIO_TERM + r"\b(?!\s*(?:years?|months?|weeks?|days?|hours?)\b)",
                          re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b" + _RATIO_TERM + r"\s+in\s+(?:every\s+)?$", re.IGNORECASE)


def _value(word: str) -> Optional[float]:
    word = word.lower().replace(",", "").strip()
    if word in WORD_NUMBERS:  # "a dozen", "half a dozen": no multiple of "a"
        return float(WORD_NUMBERS[word])
    multiplier = 1
    for name, factor in MULTIPLIERS.items():
        if word.endswith(" " + name):
            word, multiplier = word[: -len(name) - 1].strip(), factor
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) * multiplier
    parts = re.split(r"[- ]", word)
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word] * multiplier)
    if len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in WORD_NUMBERS:
        return float((WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]]) * multiplier)
    return None


def _interval(match, text: str) -> Optional[tuple[float, Optional[float], Optional[float], Optional[str]]]:
    """(value, low, high, qualifier) of a number match, with the qualifier before it."""
    if match.group("vague"):
        value = float(VAGUE[match.group("vague").lower()])
        return value, value, None, match.group("vague").lower()
    whole = match.group()
    first = re.match(r"(?:between\s+)?(" + _NUM + "|" + _WORDNUM + ")" + _MULT, whole, re.IGNORECASE)
    low = _value(re.sub(r"^between\s+", "", first.group(), flags=re.IGNORECASE))
    if low is None:
        return None
    if match.group("b"):
        high = _value(whole[whole.lower().rfind(match.group("b").lower()):])
        if high is None or high < low:
            return None
        return low, low, high, "between" if whole.lower().startswith("between") else "range"
    # "over $5 million", "over N400 million": the qualifier before the currency
    qualifier = _QUALIFIER_RE.search(_MONEY_BEFORE.sub("", text[max(0, match.start() - 24):match.start()]))
    if not qualifier:
        if re.match(r"\s+or (?:more|so)\b", text[match.end():match.end() + 10]):
            return low, low, None, "or more"
        return low, low, low, None
    word = qualifier.group(1).lower()
    if word in _PASSING and not _A_COUNT_BEFORE.search(text[max(0, match.start() - 80):match.start() - len(word) - 1]):
        return low, low, low, None  # "the convoy passed 3 checkpoints": no count went past a number
    kind = dict(QUALIFIERS)[word]
    if kind == "low":
        return low, low, None, word
    if kind == "high":
        return low, None, low, word
    if kind == "near":
        return low, round(low * 0.9, 2), low, word
    return low, round(low * 0.9, 2), round(low * 1.1, 2), word


def _figure(doc, match, attributions, timerefs, published) -> Optional[Figure]:
    text = text_of(doc)
    interval = _interval(match, text)
    if interval is None:
        return None
    value, low, high, qualifier = interval
    start = match.start()
    if match.group().lower() == "one" and re.search(r"\bnot\s+$", text[max(0, start - 5):start], re.IGNORECASE):
        value = low = high = 0  # "harmed 'not one civilian'": a count of none
    if qualifier and qualifier not in ("range", "between", "or more") and qualifier not in VAGUE:
        start = text.rfind(qualifier, max(0, start - 24), start) if qualifier in text[max(0, start - 24):start].lower() else start
        start = max(0, match.start() - (match.start() - start)) if start >= 0 else match.start()
        low_text = text[max(0, match.start() - 24):match.start()].lower()
        start = match.start() - (len(low_text) - low_text.rfind(qualifier))
    category, unit = _money_or_percent(text, match)
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    subject, measure, scope_end, others = _scope(doc, span) if span is not None and len(span) else \
        (None, None, match.end(), [])
    rate = _RATE.match(text, match.end())
    if category is None:
        category = "other" if rate else _category(subject, measure, doc, span)  # a rate is no toll
    if category == "other" and measure is None and span is not None and len(span):
        measure = _done_to(span)
    if others and category in ("killed", "injured", "casualties"):
        value, low, high = (None if v is None else v + len(others) for v in (value, low, high))
    end = max(match.end(), scope_end)
    start -= _referring_back(text, start, span)
    sentence = sentence_of(doc, span.start) if span is not None and len(span) else None
    return Figure(
        id="", text=text[start:end], span=(start, end), value=value, low=low, high=high, qualifier=qualifier,
        category=category, measure=measure, subject=subject, unit=unit, number_text=match.group(),
        period=rate.group(1) if rate else _period(span, published),
        place=(_place_of(span.root) or _treated_at(span)) if span is not None and len(span) else None,
        **_said_where(start, sentence, attributions, timerefs, published))


# "about 900 per 100,000 births": a rate, a statistic rather than anyone's count
_RATE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(per\s+(?:[\d,]+(?:\s+[a-z]+)?|capita)\b)", re.IGNORECASE)


def _done_to(span) -> Optional[str]:
    """What befell the things a count counts, the verb they are the object of: "destroyed 120 homes" (destroy),
    "flooded 35 homes" (flood), "left 40,000 homes without power" (leave); homes destroyed and homes without power
    are different counts."""
    noun = span.root if span.root.pos_ in ("NOUN", "PROPN") else span.root.head
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    verb = noun.head
    return verb.lemma_.lower() if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" else None


# spans a count runs over: "131 people wounded or killed in the city so far this year" is a statistic
_PERIOD = re.compile(
    r"\b(?:so far (?:this|in) (?:year|month|\d{4})|(?:year )?to date|"
    r"(?:this|each|every|a|per) year(?! (?:after|before|earlier|later|ago))|annually|"
    r"since (?:(?:early|late|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\d{4}|the (?:start|beginning) of|christmas|new year|easter)\b[\w ]{0,12})|"
    r"since (?:the )?(?:war|fighting|conflict|unrest|"
    r"protests?|uprising|insurgency|invasion|campaign(?:ing)?|crisis|coup) (?:began|started|erupted|broke out)|"
    r"(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?|weeks?|days?|24 hours)|"
    r"(?:in|during|through|since) the (?:early |mid-?|late )?(?:1\d|20)?\d0s|"
    r"(?:over|during|through|across) the (?:[\w'-]+ ){0,6}?(?:holidays|period|season|break)\b|"
    r"(?:the|this) (?:season|year|winter|summer) ?['’]s (?:death )?toll|this (?:season|winter|summer|spring|autumn))",
    re.IGNORECASE)


def _when_clause(clause) -> bool:
    """ "when the group held power in the late 1970s", "since the war began": a clause that says when the count's own
    deaths happened."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "while", "since")
                                          for c in clause.children)


def _period(span, published: Optional[dt.date] = None) -> Optional[str]:
    """The span a count runs over, said in the count's own clause: in "Two died in the blast, bringing the toll
    so far this year to 11" the 11 are a statistic, the two are not; "the last deadly earthquake, in 1962, killed
    about 200 people" counts another year's dead."""
    if span is None or not len(span):
        return None
    number = next((t for t in span if t.like_num), span.root)
    clause = next((t for t in number.ancestors if t.pos_ in ("VERB", "AUX")), number.sent.root)
    words = _words_without(clause, [c for c in clause.subtree if c != clause and number not in c.subtree and (
        c.dep_ in ("advcl", "ccomp", "relcl", "parataxis") or (c.dep_ == "conj" and c.head == clause))
        and not _when_clause(c)]) + _time_of_the_next_conjunct(clause, number)
    found = _PERIOD.search(words)
    if found:
        return re.sub(r" (['’]s)\b", r"\1", found.group().strip().lower())
    return (_an_event_before(clause) or _past_year(words, published)
            or _past_year(_words_of_the_event(clause), published)
            or _past_year(_words_of_the_event_before(clause), published))


def _time_of_the_next_conjunct(clause, number) -> str:
    """ "312 civilians were killed and 540 injured in July": the time closing the last conjunct is the first's too."""
    return "".join(f" {_words_without(p, [])}" for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and c.i > number.i for p in c.children if p.dep_ == "prep" and p.i > c.i
                   and any(o.ent_type_ == "DATE" for o in p.children))


def _an_event_before(clause) -> Optional[str]:
    """ "The fire comes five weeks after two young children died in Glodwick": the count is of an event some time
    before the one the article tells ("five weeks before"), as "since 2001, when 126 people died" counts 2001's."""
    if clause.dep_ != "advcl" or clause.head.lemma_ not in ("come", "follow", "happen", "occur") or not any(
            c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
        return None
    gap = next((c for c in clause.children if c.dep_ == "npadvmod" and c.lemma_ in ("day", "week", "month", "year")),
               None)
    return f"{' '.join(t.lower_ for t in gap.subtree)} before" if gap is not None else None


# an earlier year, but not an address: "in the 1800 block of West McCormick"
_MONTHS = "january february march april may june july august september october november december".split()
# "in 2019", "In August 2022", "on March 3, 2021"
_PAST_YEAR = re.compile(r"\b(?:in|during|of|the|since|on) (?:(?:early |mid-|late )?(?:" + "|".join(_MONTHS) +
                        r")\.? (?:\d{1,2},? )?)?((?:1[89]|20)\d\d)\b(?!\s+block)", re.IGNORECASE)
_PAST_MONTH = re.compile(r"\b(?i:in) (?:early |mid-|late )?(" + "|".join(m.capitalize() for m in _MONTHS) +
                         r")\b(?!\s*\d)")  # not "June 4" (a day); "In June, 16 people died" is June's
_YEARS_BACK = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few) "
                         r"(?:years?|decades?) (?:ago|earlier|before)|last year|the previous year|the year before)\b",
                         re.IGNORECASE)


def _past_year(words: str, published: Optional[dt.date]) -> Optional[str]:
    """An earlier year the words name: "in 2019", or counted back from the article ("an attack two years ago"); or
    an earlier month of its year named alone ("Seven dead in Kurla in June" in a July article: June's collapse, where
    a recent day would have its date)."""
    year = _PAST_YEAR.search(words)
    if year and published and int(year.group(1)) < published.year:
        return f"in {year.group(1)}"
    month = _PAST_MONTH.search(words)
    if month and published and _MONTHS.index(month.group(1).lower()) + 1 < published.month:
        return f"in {month.group(1)}"
    back = _YEARS_BACK.search(words)
    return back.group().lower() if back else None


def _words_of_the_event(clause) -> str:
    """Where a count's clause only tells what an event did, the words that say which event: "In 2019 a barge sank,
    killing four" (the clause it hangs on), "the protests of 2017, in which three died and 400 were arrested" (the
    event a relative clause is about), "since 1998, when a viaduct fell, killing 14" (both)."""
    words = []
    for _ in range(3):
        first = _first_conjunct(clause)
        if first is not clause:  # "In April, a shell hit a clinic and killed six": the first verb says when
            words.append(_words_without(first, [c for c in first.children if c.dep_ in (
                "advcl", "ccomp", "relcl", "parataxis", "conj", "xcomp")]))
        clause = first
        if clause.dep_ == "relcl" or _in_which(clause) or _when_it_happened(clause):
            # with the event's preposition: "since 1998, when ..."
            event = clause.head
            before = [event.head.text] if event.dep_ == "pobj" else []
            # "an attack two years ago at a store in a nearby state, in which ...": the parser hangs the clause on
            # the nearest noun, so the words before it in the sentence say which event too
            earlier = [t.text for t in clause.sent if t.i < clause.left_edge.i]
            return " ".join([*words, *before, _words_without(event, [clause]), *earlier])
        if clause.dep_ != "advcl" or clause.tag_ != "VBG":
            break
        clause = clause.head
        words.append(_words_without(clause, [c for c in clause.children
                                             if c.dep_ in ("advcl", "ccomp", "relcl", "parataxis", "conj", "xcomp")]))
    return " ".join(words)


def _when_it_happened(clause) -> bool:
    """ "the deadliest disaster since 2001, when 126 people died": a clause of the time the words before it name."""
    return clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i
                                          for c in clause.children)


def _in_which(clause) -> bool:
    """ "an attack two years ago in which a gunman killed nine": a relative clause the parser took for another."""
    return any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.tag_ == "WDT" for p in c.children)
               for c in clause.children)


def _words_of_the_event_before(clause) -> str:
    """ "In 2019 an outbreak hit Hollin Marsh. That outbreak killed 38": the sentence before, when the count's event is
    one it told of ("that outbreak", "the earlier attack")."""
    clause = _first_conjunct(clause)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in ("that", "those") or
                                  c.dep_ == "amod" and c.lower_ in ("earlier", "previous") for c in subject.children):
        return ""
    sentence = clause.sent
    return sentence.doc[sentence.start - 1].sent.text if sentence.start > 0 else ""


def _first_conjunct(clause):
    """ "lasted three months, infected 1,400 and killed 38": the clause whose subject the later verbs share."""
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause


def _words_without(token, parts) -> str:
    """The words of a token's phrase, leaving out the phrases of some of its children."""
    left_out = {t.i for part in parts for t in part.subtree}
    return " ".join(t.text for t in token.subtree if t.i not in left_out)


# words before a count that make it a part of one told before: "all but three had been discharged", "the four were
# identified", "In Vessanby alone, 3,100 have left", "including four"; kept in the figure's text, which tells assessment
# so
_ALL_BUT = re.compile(r"\b(?:all but|including) $", re.IGNORECASE)
# "The toll rose from 12 after three of the injured died", "up from 8,000 a day earlier": the count before, which the
# new one replaces
# "rose from 12", "rose to 41 from 27": the count the new one replaced
_FROM_EARLIER = r"\b(?:rose|risen|rising|climbed|jumped|increased|grew|up|down|fell|dropped)(?: to [\d,.]+)? from"
EARLIER_FROM = re.compile(_FROM_EARLIER + " ", re.IGNORECASE)
_ALONE = re.compile(r"\b(?:in|at|among|from) [^,.;:!?\n]{1,60}? alone, ?$", re.IGNORECASE)


def _earlier_from(text: str, start: int):
    found = EARLIER_FROM.search(text, max(0, start - 32), start)
    return found if found is not None and found.end() == start else None


def _referring_back(text: str, start: int, span) -> int:
    """How many characters before the count its words referring back to an earlier count take."""
    before = _ALL_BUT.search(text, max(0, start - 10), start) or _ALONE.search(text, max(0, start - 80), start) or \
        _earlier_from(text, start)
    if before is not None:
        return start - before.start()
    number = span[0] if span is not None and len(span) else None
    article = number.doc[number.i - 1] if number is not None and number.i > 0 else None
    if article is not None and article.lower_ == "the" and article.head == number and number.like_num and \
            number.dep_ in ("nsubj", "nsubjpass"):
        return start - article.idx  # "The four were identified": no noun, the four counted before
    return 0


def _money_or_percent(text: str, match) -> tuple[Optional[str], Optional[str]]:
    before, after = text[max(0, match.start() - 5):match.start()], text[match.end():match.end() + 30]
    if (symbol := _MONEY_BEFORE.search(before)) is not None:
        return "money", _CURRENCY_CODES.get(symbol.group().strip(), symbol.group().strip())
    money = _MONEY_AFTER.match(after)
    if money:
        return "money", money.group().split()[-1].lower()
    if _PERCENT_AFTER.match(after):
        return "percent", "%"
    return None, None


def _scope(doc, span) -> tuple[Optional[str], Optional[str], int, list]:
    """(subject, measure, end of the readable text, others who shared the fate) for the number at `span`."""
    number = next((t for t in span if t.like_num), span.root)  # "between 20 and 30" hangs on "between"
    while (number.head.like_num or number.head.lower_ in MULTIPLIERS) and number.head.i in range(span.start, span.end) \
            and number.head != number:
        number = number.head  # "2 million customers": the count is "million", "2" only says how many millions
    noun = number.head if number.dep_ in ("nummod", "quantmod", "compound", "amod") and number.head.pos_ in ("NOUN", "PROPN") else None
    of_noun = [c for p in number.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    if noun is None and of_noun:  # "dozens of people", "hundreds of families"
        noun = of_noun[0]
    subject = None
    end = span.end_char
    if noun is not None and noun.i > number.i:
        subject, right = _counted_words(number, noun)
        end = doc[right].idx + len(doc[right].text)
    relative = next((c for c in number.children if c.dep_ == "relcl"), None)
    if noun is None and relative is not None:  # "nine had died, including four who were never tested": those four
        subject = doc[number.i + 1:relative.right_edge.i + 1].text
    elif noun is None:
        subject = _elided_count(number)
    measure_token = _measure_token(number, noun)
    if measure_token is not None and _treated_in_a_trial(measure_token):
        measure_token = None
    measure = None
    if measure_token is not None:
        measure = _measure_phrase(measure_token)
        if measure_token.i > (noun.i if noun is not None else number.i) and measure_token.i - (noun.i if noun is not None else number.i) <= 4:
            end = max(end, _phrase_end(measure_token))
    others = _others_of_the_fate(noun, measure_token) if noun is not None and measure_token is not None else []
    if others:
        end = max(end, others[-1].idx + len(others[-1].text))
    return subject, measure, end, others


def _counted_words(number, noun) -> tuple[str, int]:
    """The words of what a number counts and where they end: "North Korean soldiers", "soldiers and police" (a
    plural that shares the number, not "two children and their mother", who is one more)."""
    doc = number.doc
    left = min([t.left_edge.i for t in noun.lefts if t.i > number.i] + [noun.i])
    right = noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of" or child.dep_ == "compound" or _sharing_the_count(child):
            right = child.right_edge.i
    return doc[left:right + 1].text, right


def _sharing_the_count(conj) -> bool:
    """ "17 soldiers and police", "34 residents and visitors": a plural with no number or determiner of its own."""
    return conj.dep_ == "conj" and conj.pos_ == "NOUN" and (conj.tag_ == "NNS" or conj.lower_ == "police") and \
        not any(c.dep_ in ("det", "poss", "nummod", "conj") for c in conj.children)


def _elided_count(number) -> Optional[str]:
    """What a bare number counts when its noun is left out after a count of the same sentence: "killed 48 people and
    wounded more than 70", "312 civilians were killed and 540 injured", "destroying 45 combat vehicles and capturing
    12 more". Only for a fate, which needs to know whom it befell."""
    bare = number.head if number.dep_ == "nummod" and number.head.lower_ in ("more", "others") else number
    verb = bare.head
    if bare.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.dep_ not in ("conj", "advcl") or \
            not _casualty_word(verb.text):
        return None
    counts = [(c, n) for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < number.i
              and c.pos_ == "NOUN" for n in c.children if n.dep_ == "nummod"]
    return _counted_words(counts[0][1], counts[0][0])[0] if counts else None


def _others_of_the_fate(people, fate) -> list:
    """Those counted beside a number of people: "two children and their mother", "killed his two children and then
    himself", "two boys are dead along with their father"."""
    if not _counted_kind(people):
        return []
    others = [p for p in _coordinated_people(people) if not any(c.dep_ == "nummod" for c in p.children)]
    killer = [people] + ([fate] if people.dep_ == "dobj" and people.head.i == fate.i else [])
    others += [c for t in killer for c in t.children if c.dep_ == "conj" and c.lower_ in ("himself", "herself")]
    along = [w for t in (fate, fate.head) for a in t.children if a.lower_ == "along" for w in a.children
             if w.lower_ == "with"]
    for person in (p for w in along for p in w.children if p.dep_ == "pobj" and _person_noun(p)):
        others += [person, *_coordinated_people(person)]
    return sorted(others, key=lambda t: t.i)


def _treated_in_a_trial(measure) -> bool:
    """ "the eight children treated in the university's trial", "patients treated with the new drug": a treatment
    given, no one hurt; but "treated 17 patients with acute diarrhoea" counts the sick."""
    return measure.lemma_ == "treat" and any(c.dep_ == "prep" and any(o.lemma_ in _TRIALS for o in c.children)
                                             for c in measure.children)


_TRIALS = {"trial", "study", "therapy", "drug", "vaccine", "antibiotic", "medicine", "medication"}


def _measure_token(number, noun):
    """The verb, participle or noun that says what happened to what is counted."""
    anchor = noun if noun is not None else number
    if anchor.dep_ == "dobj" and anchor.head.lemma_ == "miss":
        return None  # "he's missing another three" (weeks of school): what was missed, not people missing
    if anchor.dep_ == "dobj" and anchor.head.lemma_ == "lose" and (_TROOPS.fullmatch(anchor.text) or
                                                                   anchor.lower_ == "men"):
        return anchor.head  # "had lost more than 1,400 servicemen": killed or wounded, the words do not say which
    if noun is not None and noun.dep_ == "pobj" and noun.head.head == number and number.dep_ in ("nsubj", "nsubjpass") \
            and _casualty_word(number.head.text):
        return number.head  # "seven of the wounded died overnight": what befell the seven
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if noun is None and after is not None and after.pos_ in ("VERB", "ADJ") and _casualty_word(after.text):
        return after  # "57 bodies and more than 100 wounded": the fate right after a bare number is its own
    for child in anchor.children:
        if child.dep_ in ("acl", "amod", "relcl") and not _of_another(child) and not _rescued(anchor, child):
            if _casualty_word(child.text):
                return child
            said = _casualty_said_of(child, anchor)  # "1,200 people spent the night in shelters"
            if said is not None:
                return said
    head = anchor.head
    # "Hundreds of people filled the church": the number is the subject, what it counts hangs on its "of"
    counted = number if anchor.dep_ == "pobj" and number.dep_ == "nsubj" else anchor
    for _ in range(3):
        if (_casualty_word(head.text) or (head.pos_ == "VERB" and _casualty_word(head.lemma_))) and \
                not _done_to_another(anchor, head) and not _buried_in(anchor, head):
            # not "More than 600 students held a candlelit vigil", nor "buried them in three rows"
            return head
        said = _casualty_said_of(head, anchor)
        if said is not None:
            return said
        if _done_to_another(counted, head):
            # "Hundreds of people filled the parish church ... for the father and son killed": what else is
            # told after what they did befell others
            return None
        for child in head.children:
            if child.dep_ == "conj" and _casualty_word(child.text) and child.i > anchor.i and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in child.children):
                # not "cases rose to 58, and five people have died", nor "infected 100 people and killed five":
                # a clause, or a count, of its own
                return child
        if anchor.dep_ == "dobj" and anchor.head == head and head.pos_ == "VERB":
            return None  # "killed five people and sickened 58": the verb of the count says what befell them
        if head.head.i == head.i or head.dep_ == "advcl" or (
                head.dep_ == "conj" and head.pos_ == "VERB" and anchor.dep_ not in ("nsubj", "nsubjpass")) or (
                head.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children)):
            # "was killed while riding with four other juveniles": they are no part of it; "opened three shelters
            # and was providing meals to about 800 people": a predicate of its own, not of what it counts; "134
            # people caught measles, 19 of them were treated", parsed as a complement of "treated": its subject's
            break
        head = head.head
    doc = anchor.doc
    # nearby words: "killed 12", "the number of arrests at 45", "12 dead"
    for token in [*doc[anchor.i + 1: anchor.i + 4], *reversed(doc[max(0, number.i - 4): number.i])]:
        if _casualty_word(token.text) and sentence_number(doc, token.i) == sentence_number(doc, number.i) \
                and not _done_to_another(anchor, token) and not _buried_in(anchor, token) \
                and not (token.dep_ == "compound" and not _casualty_word(token.head.text)) \
                and not (token.dep_ == "amod" and token.head not in (anchor, number) and not _counted_kind(token.head)):
            # but not "three teens face capital murder charges", nor "a missing protein in eight children"; yes
            # "the number of injured officers to 14"
            return token
    if anchor.dep_ == "nsubjpass" and anchor.head.lemma_ == "shoot" and not any(
            c.dep_ == "prep" and c.lower_ == "at" and all(o.i < c.i for o in c.children) for c in anchor.head.children):
        return anchor.head  # "four people were shot", but not "the days that doctors were shot at" (fired on)
    return None


def _rescued(counted, state) -> bool:
    """ "Rescuers freed 40 people trapped by floodwaters": those trapped are out, and no longer missing."""
    return state.lower_ == "trapped" and counted.dep_ == "dobj" and counted.head.lemma_ in _RESCUING


_RESCUING = {"rescue", "free", "pull", "save", "evacuate", "airlift", "extract", "reach", "bring", "lift"}


def _of_another(clause) -> bool:
    """ "1.2 million Australians whose payments were held": a relative clause with a subject of its own tells what
    befell that, not the counted."""
    return clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that", "which")
                                          for c in clause.children)


def _buried_in(anchor, verb) -> bool:
    """ "buried them in three rows": the count is of where, or how, others were buried."""
    return verb.lemma_ == "bury" and anchor.head != verb


def _done_to_another(anchor, verb) -> bool:
    """The counted are the subject of an active verb with an object of its own: they held a vigil, or their first
    round of talks, killed five; not "fled their homes", "lost their lives" nor "sustained injuries", which befell
    them."""
    if verb.lemma_ in ("flee", "escape"):
        return False  # "25,000 people fled El Fasher": they were driven out
    return anchor.dep_ == "nsubj" and anchor.head == verb and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and not _casualty_word(c.text) and (verb.lemma_ == "hold" or not any(
            p.dep_ == "poss" for p in c.children)) for c in verb.children) and not any(
        c.dep_ == "auxpass" for c in verb.children)


def casualty_kinds(text: str) -> set[str]:
    """The casualty categories a text speaks of: "two workers were missing" {missing}, "found dead" {killed}."""
    return {name for name, pattern in _CATEGORY_RES if name != "troops" and pattern.search(text)}


def _casualty_said_of(verb, anchor):
    """What a clause says of its subject ("were missing", "were taken to hospital", "in shelters")."""
    forced = anchor.dep_ == "dobj" or anchor.dep_ == "pobj" and anchor.head.head.dep_ == "dobj"  # "tens of thousands"
    if _leaving_home(verb) and (anchor.dep_ in ("nsubj", "nsubjpass") or forced and verb.lemma_ in ("force", "drive")):
        return verb  # "about 8,000 people had left their homes", "9,000 were moved to safety", "driven 12 million
        # from their homes"
    if _border_crossed(verb) is not None and anchor.dep_ == "nsubj":
        return verb  # "more than 12,000 people crossed into Chad"
    for child in verb.children:
        # what the verb says of its object is not its subject ("the hospital had received 57 bodies"), but a toll
        # that reached or passed a number counts it ("the death toll has topped 40")
        subject_of_another = child.dep_ in ("nsubj", "nsubjpass", "csubj") and anchor.dep_ == "dobj" and \
            verb.lemma_ not in _REACHING | {"include"}  # but "the dead included nine children" are of the dead
        if child.dep_ == "nsubj" and child.lemma_.lower() == "hospital":
            continue  # "the hospital put the toll at 40" says it, no one was taken there
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "compound", "dobj", "acomp", "attr", "oprd") and \
                child is not anchor and _casualty_word(child.text) and not subject_of_another:
            return child
        if child.dep_ == "xcomp" and verb.lemma_ not in _REFUSING and (said := _casualty_said_of(child, anchor)):
            return said  # "four people were found shot dead", not "40 residents refused to leave their homes"
        if child.dep_ == "advcl" and child.tag_ == "VBN" and _casualty_word(child.text) and not any(
                g.dep_ in ("nsubj", "nsubjpass", "mark") for g in child.children):
            return child  # "Eleven people were pulled out injured"
        if child.dep_ == "xcomp" and anchor.dep_ == "dobj" and _leaving_home(child):
            return child  # "forcing about 25,000 people to leave their homes"
        if verb.lemma_ == "leave" and anchor.dep_ == "dobj" and child.dep_ in ("advcl", "xcomp", "ccomp") and \
                _casualty_word(child.text):
            return child  # "the storm left three people missing", parsed as an adverbial clause
        if child.dep_ == "nsubj" and child.lemma_ in _TALLY_NOUNS and (
                anchor.dep_ != "dobj" or verb.lemma_ in _REACHING):
            counted = next((t for t in child.subtree if t.i > child.i and _casualty_word(t.text)), None)
            if counted is not None:  # "the number of people confirmed dead after the quake rose to 36"
                return counted
        place = next((p for p in child.children if p.dep_ == "pobj"), None) if child.dep_ == "prep" and \
            child.lower_ not in _WHEN_OR_WHY else None
        if place is not None and (_casualty_word(place.text) or child.lower_ in ("under", "beneath") and
                                  place.lemma_ in _WHAT_BURIES or _sheltered_in(place) or _a_condition(place)):
            return place  # "1,200 people in shelters", "many are still under the debris"
    return None


_WHAT_BURIES = {"rubble", "debris", "mud", "ruin", "ruins", "wreckage"}


def _a_condition(noun) -> bool:
    """ "nine were in critical condition", "in a critical but stable condition": alive and hurt."""
    return noun.lemma_ == "condition" and any(m.lower_ in _HOSPITAL_CONDITIONS for m in noun.subtree if m.i < noun.i)


def _sheltered_in(place) -> bool:
    """ "2,140 were still in 14 evacuation centres": the place's own words tell they were displaced."""
    return "displaced" in casualty_kinds(" ".join(t.text for t in place.lefts if t.dep_ == "compound") + " " +
                                         place.text)
_REFUSING = {"refuse", "decline", "fail", "resist", "reject"}


def _border_crossed(verb):
    """The place or border crossed that makes those who crossed it displaced: "crossed from Darfur into Chad"."""
    if verb.lemma_ != "cross":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "border" or c.dep_ == "prep" and
                 c.lower_ in ("into", "from", "over") and any(o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN"
                                                         for o in c.children)),
                None)



# prepositions by which a clause says when or why, not where its subject is: "signed by 20,000 people after the death
# of a student" (no one counted is dead), unlike "1,200 people in shelters"
_WHEN_OR_WHY = {"after", "before", "since", "following", "despite", "over", "about", "for", "against", "during",
                "until", "because"}


def _casualty_word(word: str) -> bool:
    return any(pattern.fullmatch(word) for name, pattern in _CATEGORY_RES if name != "troops")


def _leaving_home(verb) -> bool:
    return _home_left(verb) is not None


def _home_left(verb):
    """The word that ends "left their homes" or "moved to safety", which make the people counted displaced."""
    if verb.lemma_ in ("leave", "abandon"):
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in ("home", "house")), None)
    if verb.lemma_ in ("move", "take", "bring"):
        return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                     if o.lower_ == "safety" or any(a.lower_ == "safer" for a in o.children)), None)
    if verb.lemma_ in ("force", "drive"):  # "about 40 were forced from their homes", or the parser hangs it on them
        driven = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return next((o for t in driven for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                     for o in c.children if o.lemma_ in ("home", "house")), None)
    return None


def _measure_phrase(token) -> str:
    if (home := _home_left(token)) is not None:
        return token.doc[token.i:home.i + 1].text.lower()
    if (crossed := _border_crossed(token)) is not None:
        return f"{token.text} {crossed.text}".lower()  # "crossed into", "crossed the border"
    if token.dep_ == "pobj" and token.head.lower_ in ("under", "beneath"):
        return token.doc[token.head.i:token.i + 1].text.lower()  # "under the debris"
    if _a_condition(token):
        return " ".join(t.text for t in [*token.lefts, token] if t.dep_ == "amod" or t == token).lower()
    if token.dep_ == "pobj" and _sheltered_in(token):
        return " ".join(t.text for t in [*token.lefts, token] if t.dep_ == "compound" or t == token).lower()
    under = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("under", "beneath")), None)
    if under is not None and token.lower_ in ("buried", "trapped"):
        return f"{token.text} {under.text}".lower()  # "buried under" the mud: missing, not buried dead
    gone = next((c for c in token.children if c.dep_ == "conj" and c.lemma_ == "go" for a in c.children
                 if a.dep_ == "acomp" and a.lower_ == "missing"), None)
    if gone is not None:  # "have died or gone missing"
        return token.doc[token.i:gone.i + 2].text.lower()
    conj = [c for c in token.children if c.dep_ == "conj" and _casualty_word(c.text) and c.i - token.i <= 2]
    if conj:
        cc = next((c.text for c in token.children if c.dep_ == "cc"), "and")
        return f"{token.text} {cc} {conj[0].text}".lower()
    if token.dep_ == "conj" and _casualty_word(token.head.text) and token.i - token.head.i <= 2:
        # "forces killed or wounded 30 soldiers": the object hangs on the second verb
        cc = next((c.text for c in token.head.children if c.dep_ == "cc"), "and")
        return f"{token.head.text} {cc} {token.text}".lower()
    if token.lower_ == "toll" and token.i > 0 and token.doc[token.i - 1].lower_ == "death":
        return "death toll"
    fatally = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in ("fatally", "dead")), None)
    if fatally is not None:  # "fatally shot", "shot dead"
        return f"{fatally.text} {token.text}".lower() if fatally.i < token.i else f"{token.text} {fatally.text}".lower()
    return token.text.lower()


def _phrase_end(token) -> int:
    conj = [c for c in token.children if c.dep_ == "conj" and c.i - token.i <= 2]
    last = conj[-1] if conj else token
    return last.idx + len(last.text)


# what a casualty count can not be counting: "a few doors down", "two shootings", "one felony count of murder"; nor
# animals, places and things: "20,000 fish were killed"
_NOT_PEOPLE = set("""door case shooting count charge block time shot round bullet gun weapon firearm car vehicle house
home building incident attack street avenue road felony homicide murder story page call report year day hour week
month minute mile foot feet inch dollar location scene area gunshot wound group gang witness witnesses
shelter fish bird cattle cow sheep livestock animal pig chicken horse dog deer boar swine hog goat bull calf calves
poultry hen duck goose geese whale dolphin wolf wolves salmon bee tree province district town village
city cities region county counties country centre center clinic hospital school ward bed boat ship plane aircraft
truck bus site facility facilities post tent camp night issue state island municipality investigation inquiry
probe lawsuit complaint hearing trial""".split())
_CASUALTIES = {"killed", "injured", "casualties", "missing", "arrested", "displaced"}


def _category(subject: Optional[str], measure: Optional[str], doc, span) -> str:
    category = _category_by_words(subject, measure)
    counted = re.split(r"\s+(?:of|in|at|on|from|near|with)\s+", (subject or "").lower())[0].split()[-1:]
    if (subject or "").lower().startswith("who "):
        counted = []  # "four who were inside the car" are people, whatever the clause ends with
    if counted and counted[0].rstrip("s") in _KILLING_CRIMES:
        return "killed"  # "31 homicides so far this year" counts the killed
    if category in _CASUALTIES and counted and (counted[0] in _NOT_PEOPLE or counted[0].rstrip("s") in _NOT_PEOPLE):
        return "other"
    if category == "arrested" and measure == "held" and not _held_captive(span):
        return "other"
    if category == "arrested" and measure is None and _GUARDING.search(subject or ""):
        return "other"  # "two detention officers have been placed on leave" guard the detained
    return category


_GUARDING = re.compile(r"\b(?:detention|custody) (?:officers?|staff|guards?|deputies|workers?|centers?|centres?|"
                       r"facilit(?:y|ies))\b", re.IGNORECASE)


def _held_captive(span) -> bool:
    """Whether "held" holds the counted as captives: they are its object or passive subject ("held 40 protesters", "12
    were held overnight"), not a count beside it ("held the innings together with a patient 71"), and what holds them
    is a police, an army or a captor, not "the category held 4,380 patients" nor "the hall held 500 people"."""
    if span is None or not len(span):
        return True
    number = next((t for t in span if t.like_num), span.root)
    counted = number.head if number.dep_ in ("nummod", "quantmod") else number
    verb = next((t for t in counted.ancestors if t.lemma_ == "hold"), None)
    if verb is None:
        return True
    if counted.head != verb or counted.dep_ not in ("dobj", "nsubjpass"):
        return False
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "the category labelled ... held 4,380 patients": the subject of the first verb
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return holder is None or holder.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or \
        holder.lemma_.lower() in _HOLDERS


_HOLDERS = set("""police officer authority troops soldier army force militant rebel gunman kidnapper captor group
regime government they he she agent guard militia junta""".split())


def _category_by_words(subject: Optional[str], measure: Optional[str]) -> str:
    if measure in ("shot", "lost"):
        return "casualties"  # "four people were shot", "lost four fighters": killed or wounded, the words do not say
    scope = " ".join(filter(None, [measure, subject]))
    for name, pattern in _CATEGORY_RES:
        if measure and pattern.search(measure) and name != "troops":
            return name
    for name, pattern in _CATEGORY_RES:
        if pattern.search(scope):
            return name
    return "other"


# "The dead were identified as Marcus Reyes, 19, and Daniel Ochoa, 22": a victim counted by name
_VICTIMS_NAMED = re.compile(r"\b(?:the (?P<fate>dead|deceased|slain|killed|injured|wounded)|those (?P<those>killed|injured|"
                            r"wounded|who died)) (?:were|was|have been|had been|has been) (?:identified|named)"
                            r"(?: as)?\b", re.IGNORECASE)


def _victims_listed(doc, figures, attributions, timerefs, published) -> list[Figure]:
    """Each person named in a list of the dead or the hurt counts one: "The dead were identified as Marcus Reyes, 19,
    and Daniel Ochoa, 22"."""
    text, found = text_of(doc), []
    for match in _VICTIMS_NAMED.finditer(text):
        fate = (match.group("fate") or match.group("those")).lower()
        category = "injured" if fate in ("injured", "wounded") else "killed"
        sentence = sentence_of(doc, doc.char_span(match.start(), match.end(), alignment_mode="expand")[0].i)
        for person in (e for e in sentence.ents if e.start_char >= match.end() and (e.label_ == "PERSON" or (
                e.root.pos_ == "PROPN" and re.match(r",\s*\d{1,3}\b", text[e.end_char:])))):  # "Marcus Reyes, 19,"
            if any(s <= person.start_char < e for s, e in (f.span for f in figures)):
                continue
            start, end = person.start_char, person.end_char
            found.append(Figure(
                id="", text=person.text, span=(start, end), value=1, low=1, high=1, qualifier=None,
                category=category, measure=match.group().lower(), subject=person.text, unit="people",
                number_text="", place=_place_of(person.root),
                **_said_where(start, sentence, attributions, timerefs, published)))
    return found


def _named_in_a_list(figure: Figure, listed: list[Figure]) -> bool:
    """ "Reyes died at the scene" after "The dead were identified as Marcus Reyes": counted once, in the list."""
    return any(figure.text.split()[-1:] == other.text.split()[-1:] for other in listed)


def _singular_victims(doc, figures, attributions, timerefs, published) -> list[Figure]:
    """'A man was shot and killed' counts one killed; 'a woman was wounded' one injured."""
    covered = [f.span for f in figures]
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
    found = []
    for token in doc:
        if token.dep_ not in ("nsubjpass", "nsubj", "dobj", "pobj") and not (
                token.dep_ == "attr" and any(c.lower_ == "among" for c in token.head.children)):
            continue  # but "Among the missing was a fisherman"
        person = _antecedent(token) if token.lower_ in ("who", "that") else token
        if person is None or any(s <= person.idx < e for s, e in covered):
            continue
        named = token.dep_ in ("nsubjpass", "nsubj") and (person.text in surnames and person.text[:1].isupper() or
                                                          person.pos_ == "PROPN" and _aged(person))
        det = next((c for c in person.children if c.dep_ == "det" and c.lower_ in ("a", "an", "one")), None)
        definite = det is None and any(c.dep_ in ("det", "poss") for c in person.children)  # "the teen", "his nephew"
        if not (named or (_person_noun(person) and (det is not None or definite))):
            continue
        if token.dep_ == "pobj":  # "the shooting death of a Florida City boy", "the killing of a teenager"
            crime = token.head.head
            if token.head.lower_ == "of" and crime.lemma_ in _DEATHS and det is not None:
                found.append(_one_victim(doc, token, det, "killed", crime.lower_, attributions, timerefs, published))
            continue
        category, measure, words = _what_befell(token, person)
        if category is None or (token.dep_ == "nsubj" and _active_killing(measure)) or _negated(measure, token.head):
            continue  # "A 14-year-old boy shot and killed his brother": the boy is who killed; "was not injured"
        if named and category != "killed":
            continue  # a wounded person named is often named again once they died: one count, not two
        if category == "killed" and _died_of_old_age_or_illness(token):
            continue
        found.append(_one_victim(doc, person, det, category, words, attributions, timerefs, published, token))
    return found


# what an obituary says of a death: "He was 86.", "has died aged 81", "died at home after a long illness", "of natural
# causes"
_NATURAL_DEATH = re.compile(r"\b(?:(?:he|she) was \d{2,3}\b(?! (?:years|months|weeks|days)?\s*old when)|"
                            r"(?:died|dies),? aged \d{2,3}\b|at the age of \d{2,3}\b|"
                            r"after a (?:long|short|brief|lengthy) illness|of natural causes|in (?:his|her) sleep|"
                            r"peacefully|of (?:cancer|heart failure|pneumonia|a stroke|complications))", re.IGNORECASE)


# what makes a death a casualty whatever the age: "died in the fire", "died of his wounds"
_VIOLENT_DEATH = re.compile(r"\b(?:fire|blaze|crash|collision|shooting|shot|attack|explosion|blast|flood|quake|"
                            r"earthquake|storm|accident|stabbing|stabbed|wounds?|injuries|gunshot|struck|landslide|"
                            r"avalanche|drowned|collapse)\b", re.IGNORECASE)


def _died_of_old_age_or_illness(token) -> bool:
    """'Zbigniew Halicki, a pianist, died on Wednesday in Krakow. He was 86.': a death an obituary tells, no
    casualty, when its sentence or the next says of old age or illness and neither tells of a fire, a crash or an
    attack; and a death in an article that tells of no harm at all ("a stage named for the trumpeter, who died this
    month")."""
    if token.head.lemma_ != "die":
        return False
    sentence = token.sent
    following = token.doc[sentence.end].sent if sentence.end < len(token.doc) else None
    text = sentence.text + (" " + following.text if following is not None else "")
    return bool(_NATURAL_DEATH.search(text)) and not _VIOLENT_DEATH.search(text) or not _VIOLENT_DEATH.search(
        text_of(token.doc)) and not any(t.lemma_ in _HARMING for t in token.doc)


_DEATHS = {"death", "killing", "murder", "slaying"}
_HARMING = {"shoot", "kill", "murder", "slay", "stab", "wound", "injure", "hurt", "strike", "hit", "beat", "attack"}


def _negated(*verbs) -> bool:
    return any(c.dep_ == "neg" for verb in verbs for c in verb.children)


def _antecedent(relative):
    """The person a relative pronoun stands for: 'a teen who was killed', 'a boy who police say was shot'."""
    clause = relative.head
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def _what_befell(token, person) -> tuple[Optional[str], object, str]:
    """The casualty category of what the clause says of the person, the word that says it and the words to show."""
    verb = token.head
    words = _state_after(person) + [c for c in verb.children if c.dep_ == "oprd"] + [verb] + [
        c for c in verb.children if c.dep_ in ("acomp", "xcomp") or c.dep_ == "conj" and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children)] + _died_where_taken(verb)
    # not "was among the dead, and one of the wounded was in serious condition": another's clause
    if verb.dep_ == "conj" and token.dep_ not in ("nsubj", "nsubjpass") and verb.lemma_ in _HARMING:
        # "shot and killed a man"; but in "a man was killed and a woman wounded" she was not, and in "had been
        # killed, and blamed its neighbour" the neighbour was blamed
        words.append(verb.head)
    killed = next((w for w in words if w.lemma_ in ("kill", "die", "murder", "slay", "drown")
                   or w.lower_ in ("dead", "killed", "deceased")
                   or _passed_away(w) or any(c.lower_ in ("fatally", "dead") for c in w.children)
                   or any(c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in w.children)),
                  None)  # "shot to death"
    if killed is not None:
        dead = next((c for c in killed.children if c.dep_ in ("oprd", "acomp") and c.lower_ == "dead"), None)
        shown = "passed away" if _passed_away(killed) else f"{killed.text} dead" if dead is not None else \
            _measure_phrase(killed)
        return "killed", killed, shown.lower()
    # "a man was shot" alone is not counted: news often says only later that he died
    injured = next((w for w in words if w.lemma_ in ("injure", "wound", "hurt", "hospitalize")
                    or w.lower_ in ("injured", "wounded", "hospitalized") or _suffered_wounds(w)), None)
    if injured is not None:
        return "injured", injured, injured.text.lower()
    for word in words:
        if (condition := _in_hospital_condition(word)) is not None:
            return "injured", word, condition.text.lower()
    among = next((o for v in (verb, verb.head if verb.dep_ == "ccomp" else verb) for c in v.children
                  if c.dep_ == "prep" and c.lower_ == "among" for o in c.children
                  if o.dep_ == "pobj" and o.lower_ in _AMONG), None)  # "Among the dead was a student shot near ..."
    if among is not None:  # "A schoolteacher was among the dead", "Among the missing was a fisherman"
        return _AMONG[among.lower_], among, f"among the {among.lower_}"
    arrested = next((w for w in words if w.lemma_ in ("arrest", "detain") or w.lemma_ == "charge" and any(
        c.dep_ == "auxpass" for c in w.children)), None)
    if arrested is not None and token.dep_ in ("nsubjpass", "dobj"):  # "A 47-year-old man was arrested"
        return "arrested", arrested, arrested.text.lower()
    return None, None, ""


_AMONG = {"dead": "killed", "killed": "killed", "wounded": "injured", "injured": "injured", "missing": "missing"}


def _passed_away(verb) -> bool:
    return verb.lemma_ == "pass" and any(c.lower_ == "away" for c in verb.children)


def _died_where_taken(verb) -> list:
    """'was taken to a hospital, where he was pronounced dead': the clause on the place, said of him or her."""
    return [clause for prep in verb.children if prep.dep_ == "prep"
            for place in prep.children if place.dep_ == "pobj"
            for clause in place.children if clause.dep_ == "relcl"
            and any(c.lower_ == "where" for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in clause.children)]


_HOSPITAL_CONDITIONS = {"critical", "serious", "stable", "grave", "fair", "guarded", "satisfactory"}


def _in_hospital_condition(verb):
    """'is in critical condition', 'leaving the infant in serious condition', 'taken to a hospital with
    non-life-threatening injuries': alive and hurt. The phrase that says so, or None."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if _a_condition(noun) or noun.lemma_ == "injury" and prep.lower_ == "with":
                return noun.doc[prep.i:noun.i + 1]
            if (phrase := _in_hospital_condition(noun)) is not None:
                return phrase
    return None


def _state_after(person) -> list:
    """'left a boy dead', 'found a woman injured', 'a man found dead in a car': the casualty word said of the person
    after the noun."""
    states = []
    for child in person.children:
        if child.dep_ not in ("amod", "acl") or child.i < person.i:
            continue
        states += [child] if _casualty_word(child.text) else [
            c for c in child.children if c.dep_ in ("oprd", "acomp", "xcomp") and _casualty_word(c.text)]
    return states


# the name of a crime that says how many it struck: "a double homicide" killed two, "a murder-suicide" at least two,
# "a triple shooting" shot three (whether they lived the name does not say)
_CRIME_COUNT = re.compile(
    r"\b(?P<times>double|triple|quadruple|quintuple)[- ](?P<crime>homicide|murder|killing|slaying|shooting|stabbing)s?\b"
    r"|\b(?P<both>murder[- ]suicide)s?\b", re.IGNORECASE)
_TIMES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_KILLING_CRIMES = {"homicide", "murder", "killing", "slaying"}


def _counted_by_the_crime(doc, attributions, timerefs, published) -> list[Figure]:
    text = text_of(doc)
    found = []
    for match in _CRIME_COUNT.finditer(text):
        if match.group("both"):
            value, high, qualifier, category = 2, None, "at least", "killed"  # the one killed and the killer
        else:
            value = high = _TIMES[match.group("times").lower()]
            qualifier = None
            category = "killed" if match.group("crime").lower() in _KILLING_CRIMES else "casualties"
        start, end = match.span()
        crime = doc.char_span(start, end, alignment_mode="expand")
        sentence = sentence_of(doc, crime[0].i)
        found.append(Figure(
            id="", text=match.group(), span=(start, end), value=value, low=value, high=high, qualifier=qualifier,
            category=category, measure=match.group().lower(), subject="people", unit="people",
            number_text=match.group("times") or match.group("both"), place=_place_of(crime.root),
            **_said_where(start, sentence, attributions, timerefs, published)))
    return found


_NO_ONE = (r"(?P<none>no one|nobody|none|no (?P<who>soldiers?|troops|civilians?|people|residents?|guards?|workers?|"
           r"passengers?|officers?|students?|children|fighters))")
# "no one was killed", "none were hurt", "suffered no losses": a count of none, which another source's count can
# contradict; never "no one else", "no other injuries" nor "no one was seriously hurt", which say there were some
_NONE_BEFELL = re.compile(
    r"\b" + _NO_ONE + r"\s+(?:was|were|had been|has been|have been|is|are)\s+(?:reported\s+)?"
    r"(?P<fate>killed|injured|hurt|wounded|harmed|dead|arrested|charged|detained)\b|"
    r"\b(?:suffered|sustained|reported|were|was|with)\s+no\s+(?P<noun>deaths|fatalities|casualties|injuries|losses)\b|"
    r"\bno\s+(?P<subject_noun>deaths|fatalities|casualties|injuries)\s+(?:were|have been|had been)\s+reported\b|"
    r"\bno\s+(?P<arrests>arrests)\s+(?:were|have been|had been)\s+made\b",
    re.IGNORECASE)
_NONE_CATEGORY = {"killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
                  "injured": "injured", "hurt": "injured", "wounded": "injured", "harmed": "casualties",
                  "injuries": "injured", "casualties": "casualties", "losses": "casualties", "arrests": "arrested",
                  "arrested": "arrested", "charged": "arrested", "detained": "arrested"}


def _none_befell(doc, attributions, timerefs, published) -> list[Figure]:
    """A count of none: "three guards were wounded and none were killed", "its forces suffered no deaths"."""
    found = []
    for match in _NONE_BEFELL.finditer(text_of(doc)):
        fate = (match.group("fate") or match.group("noun") or match.group("subject_noun") or match.group("arrests")).lower()
        start, end = match.span()
        token = doc.char_span(start, end, alignment_mode="expand")[0]
        found.append(Figure(
            id="", text=match.group(), span=(start, end), value=0, low=0, high=0, qualifier=None,
            category=_NONE_CATEGORY[fate], measure=fate, subject=match.group("who") or _none_of_whom(token),
            unit="people", number_text=(match.group("none") or "no").lower(), place=_place_of(token),
            **_said_where(start, sentence_of(doc, token.i), attributions, timerefs, published)))
    return found


def _none_of_whom(first) -> Optional[str]:
    """Whom a count of none is about: the guards of "three guards were wounded and none were killed", the forces of
    "its forces suffered no deaths"; nobody named in "no one was hurt"."""
    if first.lower_ == "none":  # the clause before: "three guards were wounded and none were killed"
        verb = first.head.head if first.head.dep_ == "conj" else None
    else:  # "its forces suffered no deaths"
        verb = first if first.lower_ in ("suffered", "sustained") else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return " ".join(t.text for t in subject.subtree if t.dep_ not in ("nummod", "det", "punct") and not t.like_num)


def _suffered_wounds(verb) -> bool:
    """'a woman suffered a gunshot wound', 'sustained injuries'."""
    return verb.lemma_ in ("suffer", "sustain") and any(
        c.dep_ == "dobj" and c.lemma_ in ("wound", "injury") for c in verb.children)


def _counted_kind(token) -> bool:
    """A noun of people that a count elsewhere in the clause can be of: "officers", "people", "the 16-year-old"."""
    return _person_noun(token) or token.lemma_ in PERSON_NOUNS or token.lower_ == "people"


def _person_noun(token) -> bool:
    """'man', 'toddler', the '16-year-old' of 'a 16-year-old has died' and anyone given an age ('a 14-year-old
    football player')."""
    return token.lower_ in PERSON_NOUNS or _an_age(token) or _aged(token)


def _aged(token) -> bool:
    return any(_an_age(c) for c in token.children if c.dep_ in ("amod", "compound"))


def _an_age(token) -> bool:
    return token.lower_ == "old" and token.i >= 2 and token.doc[token.i - 2].lower_ in ("year", "month", "week")


def _active_killing(measure) -> bool:
    """Whether the subject did the killing ('shot and killed his brother'), not 'fatally shot himself'."""
    verbs = [measure, measure.head] if measure.dep_ == "conj" else [measure]
    reflexive = any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for v in verbs for c in v.children)
    # "A gunman wounded 14 people" did the wounding; "left a girl dead and her grandmother wounded" says what befell her
    harming = measure.lemma_ in ("kill", "murder", "slay", "shoot") or measure.lemma_ in _HARMING and any(
        c.dep_ == "dobj" for c in measure.children)
    return harming and not reflexive and not any(
        c.dep_ == "auxpass" for v in verbs for c in v.children)


def _one_victim(doc, token, det, category: str, measure: str, attributions, timerefs, published,
                told_by=None) -> Figure:
    """One victim, or each of those coordinated with it: 'a woman and her five-year-old son' are two. The period is
    that of the clause that tells of the victim (`told_by`, "her mother, who died last year")."""
    first = det if det is not None else token.left_edge
    telling = told_by or token
    victims = [token, *_coordinated_people(token)]
    last = victims[-1]
    start, end = first.idx, last.idx + len(last.text)
    sentence = sentence_of(doc, token.i)
    return Figure(
        id="", text=text_of(doc)[start:end], span=(start, end), value=len(victims), low=len(victims),
        high=len(victims), qualifier=None, category=category, measure=measure,
        subject=doc[first.i + (det is not None):last.i + 1].text, unit="people",
        number_text=det.text if det is not None else "", place=_place_of(token),
        # "His wife died in 2016", "her mother, who died last year": another year's death
        period=_period(doc[telling.i:telling.i + 1], published),
        **_said_where(start, sentence, attributions, timerefs, published))


_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "across", "throughout", "around"}  # not "a teen from Tulsa"


def _place_of(anchor) -> Optional[str]:
    """The town, region or country the clause of a count names: 'killed in the floods in Rivermouth'."""
    clause = anchor
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i - clause.i <= 2)]
    # "was shot and killed in Buffalo", not "killing two ... and the shooting of his wife in Beltsville"
    return next(filter(None, (_named_place(token, 2) for token in [anchor, *verbs])), None)


def _treated_at(span) -> Optional[str]:
    """The hospital a count of patients is of: "Marrowgate had treated 52 protesters" counts one hospital's, not the
    city's, as "treated 52 in Marrowgate" would."""
    number = next((t for t in span if t.like_num), span.root)
    verb = next((t for t in number.ancestors if t.lemma_ in ("treat", "admit", "receive")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    return without_article(subject.doc[subject.left_edge.i:subject.i + 1].text)


def _named_place(token, depth: int) -> Optional[str]:
    for preposition in (c for c in token.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPOSITIONS):
        for noun in (c for c in preposition.children if c.dep_ == "pobj"):
            if noun.ent_type_ in ("GPE", "LOC"):
                return next(e.text for e in noun.doc.ents if e.start <= noun.i < e.end)
            if depth > 1 and (place := _named_place(noun, depth - 1)) is not None:
                return place  # "in a shooting in Hammond"
    return None


def _coordinated_people(token) -> list:
    """'a missing child and her grandfather', 'a mother, her son and her daughter': the people in the same
    coordination after the first."""
    people = []
    for child in token.children:
        # "a mother, father, and toddler"; not "his mother, 27-year-old Jane Roe, and ...", who is the mother, nor
        # "Slepian, a 52-year-old obstetrician and gynecologist", who is Slepian
        listed = child.dep_ == "appos" and child.pos_ == "NOUN" and token.pos_ == "NOUN" and any(
            c.dep_ == "conj" for c in child.children)
        if (child.dep_ == "conj" or listed) and (_person_noun(child) or child.ent_type_ == "PERSON") \
                and not _describes(child, token):
            people += [child, *_coordinated_people(child)]
    return people


def _describes(noun, name) -> bool:
    """'Slepian, 52, and the father of four boys': a description of the one named, not a second person."""
    return name.pos_ == "PROPN" and any(c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _said_where(start: int, sentence, attributions: list[Attribution], timerefs: list[TimeRef],
                published: Optional[dt.date]) -> dict:
    """A figure's claimant, the statement it sits in and its as-of date."""
    return {"claimant": _claimant_of(start, sentence, attributions), "attribution": _attribution_of(start, attributions),
            "as_of": _as_of(sentence, timerefs, published)}


def _attribution_of(position: int, attributions: list[Attribution]) -> Optional[str]:
    inside = [a for a in attributions if a.content_span[0] <= position < a.content_span[1]]
    return inside[0].id if inside else None


def _claimant_of(position: int, sentence, attributions: list[Attribution]) -> Optional[Claimant]:
    credited = _credited(position, sentence, attributions)
    if credited is not None:
        return credited
    inside = [a for a in attributions if a.content_span[0] <= position < a.content_span[1]]
    if inside:
        return inside[0].claimant
    if sentence is not None:
        same = [a for a in attributions if a.sentence_span[0] <= position < a.sentence_span[1]]
        if same:
            return same[0].claimant
    return None


# what a source does with a figure it gives: "the 21 confirmed by the ministry", "the toll reported by the army"
_GIVING = {"confirm", "report", "give", "count", "announce", "cite", "record", "publish", "release", "estimate",
           "put", "provide", "issue", "register", "tally"}


def _credited(position: int, sentence, attributions: list[Attribution]) -> Optional[Claimant]:
    """ "far more than the 21 confirmed by the emergency ministry", "the official figure of 21 given by the army":
    the figure is the one named after "by", not the speaker's who compares his own with it."""
    if sentence is None:
        return None
    number = next((t for t in sentence if t.idx <= position < t.idx + len(t.text)), None)
    if number is None:
        return None
    giving = next((c for t in (number, number.head) for c in t.children if c.dep_ == "acl" and c.lemma_ in _GIVING),
                  None)
    agent = next((c for c in giving.children if c.dep_ == "agent"), None) if giving is not None else None
    giver = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if giver is None:
        return None
    phrase = sentence.doc[giver.left_edge.i:giver.i + 1]
    name = without_article(phrase.text).lower()
    spoken = next((a.claimant for a in attributions if without_article(a.claimant.name).lower() == name), None)
    return spoken or Claimant(name=phrase.text, text=phrase.text, span=(phrase.start_char, phrase.end_char),
                              type="PERSON" if giver.ent_type_ == "PERSON" else "ORG")


_EARLIER_COUNT = re.compile(_FROM_EARLIER + r"\b[^;]{0,30}$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)


def _since(text: str, span: tuple[int, int], floor: int) -> bool:
    """ "had treated 37 since Monday": the day the count began, not the day it was counted."""
    return (text[span[0]:span[1]].lower().startswith("since")
            or bool(_SINCE.search(text, max(floor, span[0] - 8), span[0])))


def _as_of(sentence, timerefs: list[TimeRef], published: Optional[dt.date]) -> Optional[DateValue]:
    if sentence is not None:
        text = text_of(sentence.doc)
        # "Tuesday's earthquake" is the event's day, not the day of the count ("rose to 31 on Wednesday"); "up from
        # 8,000 a day earlier" dates the count before; "since Monday" is when the count began
        here = [t for t in timerefs if t.calendar_value() and sentence.start_char <= t.span[0] < sentence.end_char
                and t.tense != "future" and t.value.precision in ("day", "week")
                and text[t.span[1]:t.span[1] + 2] not in ("'s", "’s")
                and not _EARLIER_COUNT.search(text, max(sentence.start_char, t.span[0] - 40), t.span[0])
                and not _since(text, t.span, sentence.start_char)]
        if here:  # a day before a week: "the toll from this week's clash rose to 17 on Saturday"
            return next((t for t in here if t.value.precision == "day"), here[0]).value
    return DateValue(published.isoformat(), "day") if published else None
