"""Figure updates, figure conflicts and the casualty summary of a story.

Within one measure group (category, subject, place and period):
- an update: a value that rises from one as-of date to a later one (a toll that grows is news,
  not a disagreement);
- a conflict: on the same as-of date, two claimants whose intervals do not overlap.
One victim told by a description ("another victim") is a part of a count, and takes part in neither.

Casualty summary per category, after UCDP and ACLED:
- best and low come from the figure each article leads with (its first stated figure of the
  category): news states the toll of its event first, and further down gives parts of it (a victim
  named) or context (last week's attack, the city's count this year); a lead that counts some of the
  dead ("two children") yields to the article's count of all of them for the day and place, larger by
  one or two ("three people were discovered dead");
- only the most recent of those count (the latest as-of date of each group; earlier values were
  superseded by updates), and among them best = the lowest credible value: ACLED's conservative
  rule when sources differ, so that a best estimate never rests on the highest claim alone; an open
  count ("at least 2") yields to a stated count it admits ("four people dead"), since the two agree;
- low = the lowest lower bound of those, high = the highest upper bound of any recent figure of
  the story (an open bound counts its value).
A victim reported wounded and as late or later reported dead is a death only: the same age or name ("a 4-year-old
girl"), a wounded one referred back to ("the teen"), or the one wounded victim of an article without deaths when a
later article reports one, unless sex, age or name tell the two apart. "A man" wounded and "a man" killed in one
article are two people.
The figure ids behind each bound are kept so every number can be traced to its text. Counts over a
period ("so far this year", "since 2014") are statistics around the event, not its toll, and stay out; so does a
count of none ("none were killed"), which can only contest another source's count.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import defaultdict
from typing import Optional

from newstrace.analyze.figures import VAGUE, WORD_NUMBERS
from newstrace.link.figures import ADDED, CASUALTY_CATEGORIES, EARLIER, counted_elsewhere, measured_thing, withdrawn
from newstrace.model import DAY, CasualtyBound, Conflict, StoryFigure, calendar_interval


def _date(sf: StoryFigure) -> str:
    return sf.figure.as_of.value if sf.figure.as_of else ""


@functools.cache  # the summary and its conflicts compare the dates of every pair of figures
def _when(date: str) -> dt.date:
    """A figure's date as a point to order by, the last day it covers: "2026-W11" is a week in March, before
    "2026-04-23", whatever the order of the strings; no date is before every date."""
    interval = calendar_interval(date)
    return interval[1] - DAY if interval else dt.date.min


def _bounds(sf: StoryFigure) -> tuple[float, float]:
    f = sf.figure
    low = f.low if f.low is not None else (f.value if f.qualifier is None else 0)
    high = f.high if f.high is not None else (math.inf if f.low is not None and f.qualifier else f.value)
    return float(low or 0), float(high if high is not None else math.inf)


def _who(sf: StoryFigure) -> str:
    return sf.claimant.name if sf.claimant else "unattributed"


def _source(sf: StoryFigure) -> str:
    """Whom a count comes from when counts are compared: the body its claimant speaks for (the chief's "one shooter"
    is the police's count, not a new claimant repeating it), else the claimant."""
    return sf.source or _who(sf)


def _label(sf: StoryFigure) -> str:
    return f"{_who(sf)}: {sf.figure.text} ({_date(sf) or 'undated'})"


def _groups(figures: list[StoryFigure], things: bool = False) -> dict[str, list[StoryFigure]]:
    """The casualty counts by measure group; with `things`, the counts of MEASURED_THINGS too (cases, hectares)."""
    groups: dict[str, list[StoryFigure]] = defaultdict(list)
    for sf in figures:
        if (sf.figure.category in CASUALTY_CATEGORIES or things and measured_thing(sf.figure)) and \
                sf.figure.value is not None:
            groups[sf.group].append(sf)
    return groups


def updates_and_conflicts(figures: list[StoryFigure]) -> tuple[list[Conflict], list[Conflict]]:
    updates, conflicts = [], []
    for group, members in _groups(figures, things=True).items():
        category, subject = group.split("|", 1)
        about = f"{category} ({subject})"
        by_date: dict[str, list[StoryFigure]] = defaultdict(list)
        for sf in members:
            if not _described_one(sf) and not _none_in_own_words(sf):
                by_date[_date(sf)].append(sf)
        by_date = _current(by_date)
        conflicts += _same_day_conflicts(about, by_date)
        rising = _rising(by_date)
        if len(rising) > 1:
            updates.append(Conflict(kind="update", about=about, item_ids=[sf.id for sf in rising],
                                    explanation="rose: " + " → ".join(_label(sf) for sf in rising)))
            for sf in rising[1:]:
                sf.role = "update"
    return updates, conflicts


def _same_day_conflicts(about: str, by_date) -> list[Conflict]:
    found = []
    for date, members in by_date.items():
        if not date:
            continue
        pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1:]
                 if _source(a) != _source(b) and _disjoint(a, b)]
        if pairs:
            ids = sorted({sf.id for pair in pairs for sf in pair})
            for pair in pairs:
                for sf in pair:
                    sf.role = "conflict"
            explanation = "; ".join(f"{_label(a)} vs {_label(b)}: intervals {_interval_text(a)} and "
                                    f"{_interval_text(b)} do not overlap" for a, b in _distinct(pairs))
            found.append(Conflict(kind="figure", about=about, item_ids=ids, explanation=explanation))
    return found


def _distinct(pairs: list[tuple[StoryFigure, StoryFigure]]) -> list[tuple[StoryFigure, StoryFigure]]:
    """One pair per two sources and their two intervals, as the pairs themselves are of two sources: a wire count
    carried by four outlets, or the chief's count and "police" giving it, is one disagreement to explain, not four
    (the ids of every copy stay on the conflict)."""
    first: dict[frozenset, tuple[StoryFigure, StoryFigure]] = {}
    for a, b in pairs:
        first.setdefault(frozenset({(_source(a), _bounds(a)), (_source(b), _bounds(b))}), (a, b))
    return list(first.values())


def _current(by_date: dict[str, list[StoryFigure]]) -> dict[str, list[StoryFigure]]:
    """Each day's figures without those out of date: "The local paper also reported that 46 people had been treated"
    beside the hospital's 58 of the same day repeats a count another source gave on an earlier day, below a count
    that has moved on. It is neither a rival of the new count nor a step of the toll. A source that stands by its own
    count ("the governor has put the toll at nine") is a rival."""
    givers: dict[tuple[float, float], list[tuple[str, str]]] = defaultdict(list)  # bounds -> (date, who) that gave them
    for date, members in by_date.items():
        for sf in members:
            givers[_bounds(sf)].append((date, _source(sf)))

    def repeated(sf: StoryFigure) -> bool:
        earlier = {source for date, source in givers[_bounds(sf)] if date and _when(date) < _when(_date(sf))}
        return bool(earlier) and _source(sf) not in earlier

    return {date: [sf for sf in members if not (repeated(sf) and any(_bounds(o)[0] > _bounds(sf)[1] for o in members))]
            for date, members in by_date.items()}


def _none_in_own_words(sf: StoryFigure) -> bool:
    """ "No one was hurt" in the outlet's own words is mostly of another incident the article tells of (a bridge
    closed elsewhere, a second blaze); a source's "no soldiers were killed" contests a count."""
    return sf.figure.value == 0 and sf.claimant is None


def _described_one(sf: StoryFigure) -> bool:
    """One victim told by a description, with no number ('a man', 'the third person', 'another victim'): a part of
    a count, neither a count that contradicts it nor a step of a rising toll."""
    return sf.figure.number_text.lower() in ("", "a", "an")


def _disjoint(a: StoryFigure, b: StoryFigure) -> bool:
    (la, ha), (lb, hb) = _bounds(a), _bounds(b)
    return ha < lb or hb < la


def _interval_text(sf: StoryFigure) -> str:
    low, high = _bounds(sf)
    return f"[{low:g}, {'∞' if math.isinf(high) else f'{high:g}'}]"


def _rising(by_date) -> list[StoryFigure]:
    """The conservative (lowest precise) value of each dated day, kept while it rises: a higher
    claim next to the official count on the same day is a conflict, not the next step of the toll."""
    chain: list[StoryFigure] = []
    for date in sorted((d for d in by_date if d), key=_when):
        low = min(_precise(by_date[date]), key=lambda sf: sf.figure.value)
        # "several bodies" after "seven bodies" says no more than the seven
        vague_after_precise = low.figure.qualifier in VAGUE and any(sf.figure.qualifier not in VAGUE for sf in chain)
        if (not chain or low.figure.value > chain[-1].figure.value) and not vague_after_precise:
            chain.append(low)
    return chain


def casualty_summary(figures: list[StoryFigure]) -> dict[str, CasualtyBound]:
    summary: dict[str, CasualtyBound] = {}
    # a count of none ("none were killed") contests other counts, but bounds nothing: it is no toll of an event; nor
    # is a count a correction takes back
    figures = _without_victims_who_died([sf for sf in figures if not sf.figure.period and sf.figure.value != 0
                                         and not withdrawn(sf.figure)])
    lead_groups, all_groups = _latest_by_category(_leads(figures)), _latest_by_category(figures)
    for category, groups in all_groups.items():
        all_ids = [sf.id for sf in figures if sf.group and sf.group.startswith(category + "|")]
        summary[category] = _bound(lead_groups[category], groups, all_ids)
    return summary


def _without_victims_who_died(figures: list[StoryFigure]) -> list[StoryFigure]:
    """A victim reported wounded and as late or later reported dead ('a 4-year-old girl' in critical condition, then
    'the 4-year-old girl' died) counts as a death only."""
    died = [sf for sf in figures if sf.figure.category == "killed" and _counts_one(sf)]
    reporting_deaths = {sf.article_id for sf in figures if sf.figure.category == "killed"}
    return [sf for sf in figures if not (sf.figure.category == "injured" and _counts_one(sf) and any(
        _when(_date(dead)) >= _when(_date(sf)) and _died_later(sf, dead, reporting_deaths) for dead in died))]


def _died_later(wounded: StoryFigure, dead: StoryFigure, reporting_deaths: set[str]) -> bool:
    """Whether the wounded and the dead are one victim: unless sex, age or name tell them apart, when they have the
    same age or name, when the wounded one is referred back to ('the teen', 'his nephew'), or when the wounded one is
    the one victim of an article that reports no death and another article reports the death. 'A man' wounded and
    'a man' killed in one article are two people."""
    if _told_apart(wounded, dead):
        return False  # "her father" wounded, "an 8-year-old girl" killed
    if _referred_back(wounded) or _same_victim(dead, wounded):
        return True
    return wounded.article_id not in reporting_deaths and dead.article_id != wounded.article_id


def _told_apart(a: StoryFigure, b: StoryFigure) -> bool:
    """Two victims of other ages or names, of other sexes, or an adult and a child."""
    if _victim(a) is not None and _victim(b) is not None and _victim(a) != _victim(b):
        return True
    return any(len(set.union(*kinds)) == 2 and all(kinds) for kinds in zip(*map(_kinds, (a, b))))


_SEXES = {"female": {"woman", "girl", "mother", "daughter", "sister", "wife", "grandmother", "aunt", "niece"},
          "male": {"man", "boy", "father", "son", "brother", "husband", "grandfather", "uncle", "nephew"}}
_AGES = {"adult": {"man", "woman", "mother", "father", "grandmother", "grandfather", "parent", "uncle", "aunt",
                   "husband", "wife", "adult"},
         "child": {"child", "boy", "girl", "toddler", "baby", "infant", "kid", "teen", "teenager"}}


def _kinds(sf: StoryFigure) -> tuple[set[str], set[str]]:
    """The sex and the age class a victim's description tells: 'her grandmother' female adult, 'a 7-year-old' a
    child."""
    words = set(re.findall(r"[a-z]+", sf.figure.subject.lower()))
    ages = {kind for kind, nouns in _AGES.items() if nouns & words}
    if (age := _AGE.search(sf.figure.subject)) is not None:
        number, unit = age.group(1).lower(), age.group(2).lower()
        years = int(number) if number.isdigit() else WORD_NUMBERS.get(number)
        if years is not None:
            ages = {"child" if unit != "year" or years < 18 else "adult"}
    return {sex for sex, nouns in _SEXES.items() if nouns & words}, ages


def _counts_one(sf: StoryFigure) -> bool:
    return sf.figure.value == 1 and sf.figure.unit == "people" and bool(sf.figure.subject)


_DETERMINER = re.compile(r"^(?:the|his|her|their|a|an)\s+", re.IGNORECASE)
_REFERRING_BACK = re.compile(r"^(?:the|his|her|their)\s", re.IGNORECASE)
_AGE = re.compile(r"\b(\w+)[- ](year|month|week)s?[- ]old\b", re.IGNORECASE)


def _referred_back(sf: StoryFigure) -> bool:
    return _REFERRING_BACK.match(sf.figure.subject) is not None


def _same_victim(a: StoryFigure, b: StoryFigure) -> bool:
    return _victim(a) is not None and _victim(a) == _victim(b)


def _victim(sf: StoryFigure) -> Optional[str]:
    """The one victim a figure counts, by age or name ('2-year-old' of 'a 2-year-old child', 'Guzman'); None for
    anything else."""
    victim = _DETERMINER.sub("", sf.figure.subject)
    if (age := _AGE.search(victim)) is not None:
        return age.group().lower().replace(" ", "-")
    return victim.lower() if victim[:1].isupper() else None


def _latest_by_category(figures: list[StoryFigure]) -> dict[str, list[list[StoryFigure]]]:
    """The latest figures of each measure group, the groups listed under their category."""
    by_category: dict[str, list[list[StoryFigure]]] = defaultdict(list)
    for group, members in _groups(figures).items():
        by_category[group.split("|", 1)[0]].append(_latest(members))
    return by_category


def _leads(figures: list[StoryFigure]) -> list[StoryFigure]:
    """Each article's first stated figure of each casualty category (its first vague one, "dozens", when it states
    none): news leads with the toll of its event, and what comes further down is mostly a part of it (a victim
    named) or context (last week's attack, the city's count this year)."""
    by_article: dict[tuple[str, str], list[StoryFigure]] = defaultdict(list)
    for sf in sorted(figures, key=lambda sf: sf.figure.span[0]):
        if sf.figure.value is not None:  # a figure without a value is no part of any measure group
            by_article[(sf.article_id, sf.figure.category)].append(sf)
    # "arrested four more people, bringing the total to 41": what was added is no toll to lead with, nor what the toll
    # "rose to 41 from"
    return [_whole_of(_precise([m for m in members if not _added(m) and not _replaced(m)] or members)[0], members)
            for members in by_article.values()]


def _added(sf: StoryFigure) -> bool:
    return (sf.group or "").endswith(ADDED)


def _replaced(sf: StoryFigure) -> bool:
    return (sf.group or "").endswith(EARLIER)


def _whole_of(lead: StoryFigure, members: list[StoryFigure]) -> StoryFigure:
    """A lead that counts some of the dead ("two children") yields to a count of people larger by one or two that the
    article gives for the same day and place ("three people were discovered dead"): the children are part of it,
    with the parents. A count far larger is the city's or the year's, not this event's."""
    if lead.group is None or lead.group.split("|", 1)[1] == "people":
        return lead
    wholes = [sf for sf in members if sf.group == f"{lead.figure.category}|people" and _date(sf) == _date(lead)
              and not _described_one(sf) and 0 < sf.figure.value - lead.figure.value <= 2
              and sf.figure.qualifier not in VAGUE]
    return max(wholes, key=lambda sf: sf.figure.value, default=lead)


def _latest(members: list[StoryFigure]) -> list[StoryFigure]:
    last = max((_date(sf) for sf in members), key=_when)
    return [sf for sf in members if _date(sf) == last]


def _bound(lead_groups: list[list[StoryFigure]], all_groups: list[list[StoryFigure]],
           all_ids: list[str]) -> CasualtyBound:
    """The best estimate and the low bound come from the articles' lead figures; groups with other subjects are
    mostly parts of the main count ("a man" of "two people"), so the group with the largest conservative value
    carries them, among the groups of the places the story is about when there are any. The high bound is the
    highest credible figure anywhere in the story, and never below the best estimate, whose lead figures may be of an
    earlier day than their group's latest count."""
    main = max([g for g in lead_groups if not counted_elsewhere(g[0].group)] or lead_groups, key=_conservative)
    best_value = _conservative(main)
    lows = {sf.id: _bounds(sf)[0] for sf in main + _disputing(main, all_groups)}
    highs = {sf.id: _finite_high(sf) for group in [*all_groups, main] for sf in group}
    low, high = min(lows.values()), max(highs.values())
    return CasualtyBound(
        low=low, best=best_value, high=high, figure_ids=all_ids,
        low_ids=[i for i, v in lows.items() if v == low], high_ids=[i for i, v in highs.items() if v == high],
        best_ids=[sf.id for sf in main if sf.figure.value == best_value])


def _disputing(main: list[StoryFigure], all_groups: list[list[StoryFigure]]) -> list[StoryFigure]:
    """The counts of the main measure on its latest day that an article gives further down, from another claimant
    ("the governor has put the toll at nine" below a hospital's 14): the low bound is the lowest credible count.
    They do not move the best estimate: on GVC train such counts are more often a part of the toll (one family's
    dead) than a rival count, and taking them lowered best = gold for the killed from 0.865 to 0.859."""
    sources = {_source(sf) for sf in main}
    same = next((g for g in all_groups if g[0].group == main[0].group and _date(g[0]) == _date(main[0])), [])
    return [sf for sf in _precise(same) if sf not in main and _source(sf) not in sources and not _described_one(sf)]


def _conservative(group: list[StoryFigure]) -> float:
    """The lowest credible value of the group; an open count ("at least 2", "a murder-suicide") yields to the
    lowest stated count it admits ("four people dead"): the two agree, and the stated one says more."""
    figures = _precise(group)
    lowest = min(sf.figure.value for sf in figures)
    stated = [sf.figure.value for sf in figures if math.isfinite(_bounds(sf)[1])]  # all at or above the lowest
    open_only = all(math.isinf(_bounds(sf)[1]) for sf in figures if sf.figure.value == lowest)
    return min(stated) if open_only and stated else lowest


def _precise(group: list[StoryFigure]) -> list[StoryFigure]:
    """A vague "dozens" yields to a stated number reported the same day."""
    precise = [sf for sf in group if sf.figure.qualifier not in VAGUE]
    return precise or group


def _finite_high(sf: StoryFigure) -> Optional[float]:
    high = _bounds(sf)[1]
    return sf.figure.value if math.isinf(high) else high
