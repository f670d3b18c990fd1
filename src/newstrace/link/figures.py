"""Figures placed in a story and grouped by what they measure.

The group key is the category, the normalized subject ("north korean soldier"), the place when the count
names one the story is not about, the period a count runs over, if any, and whether it counts some of the
casualties ("nine of the dead"), so "30 North Korean soldiers killed or wounded" (casualties) and "200 Russian
and North Korean soldiers killed" (killed) never meet: different scopes are neither updates nor conflicts. A count with no subject ("the toll rose to 27") counts
people. The places a story is about are those its articles name in a title or a lede, or more than once; "two
were killed in Hammond last week", in a story about Gary, is a measure of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from newstrace.analyze.figures import EARLIER_FROM
from newstrace.link.claims import SourceOf, claimant_key
from newstrace.link.entities import normalize
from newstrace.model import Article, ArticleAnalysis, EntityRef, Figure, StoryEntity, StoryFigure

CASUALTY_CATEGORIES = ("killed", "injured", "casualties", "missing", "displaced", "arrested")
# Head nouns that name no particular group: "45 people" and "60 of its members" count the same crowd.
_GENERIC_PEOPLE = {"", "people", "person", "individual", "civilian", "other", "resident", "victim", "member",
                   "picket", "protester", "demonstrator", "passenger", "adult", "inhabitant",
                   # a count of the fate itself: "three deaths" and "five people have died" count one crowd
                   "death", "dead", "fatality", "casualty", "injury", "life"}
_DETERMINERS = {"the", "a", "an", "of", "more", "other", "its", "their", "his", "her", "our", "these", "those", "union"}


def subject_key(subject: Optional[str]) -> str:
    """'North Korean soldiers' -> 'north korean soldier'; any generic crowd -> 'people'."""
    words = [w for w in re.findall(r"[a-z]+", (subject or "").lower()) if w not in _DETERMINERS]
    words = [_singular(w) for w in words]
    if not words or words[-1] in _GENERIC_PEOPLE:
        return "people"
    return " ".join([*words[:-1], _SAME_THING.get(words[-1], words[-1])])


# head nouns that count the same thing: "two gunmen" and "one shooter" disagree
_SAME_THING = {"gunmen": "gunman", "shooter": "gunman", "attacker": "gunman", "assailant": "gunman", "house": "home"}


# a count of some of the casualties, not of all: "the bodies of nine of the dead", "three of the victims", "two of
# them", "two crew members were among the dead", "all but three" (had been discharged), "the four" (were
# identified), "In Vessanby alone, 3,100", "including four" (with head injuries), "nine were seriously injured",
# "six remain in hospital" (the next day)
_PART_OF_THE_TOLL = re.compile(r"\b(?:of|among) (?:the|those|these) (?:\w+ ){0,2}(?:dead|victims|wounded|injured|killed|"
                               r"bodies|casualties|fatalities|missing)\b|\b(?:of|among) them\b|"
                               r"^(?:all but|including)\b|^(?:in|at|among|from) [^,]+ alone\b|"
                               r"\b(?:seriously|critically|severely|badly|gravely) (?:injured|hurt|wounded)\b|"
                               r"\b(?:remain(?:s|ed)?|still) (?:(?:in|at) (?:the )?hospital\b|hospitali[sz]ed)",
                               re.IGNORECASE)


def _measure_of_its_own(figure: Figure) -> str:
    """The group suffix of a count that neither updates nor contradicts the toll of its category: one a correction
    withdraws; some of the casualties ("nine of the dead", "the four"); people treated (at a hospital, by a doctor),
    who are not all the injured, nor the injured all treated; people charged, some of those arrested; the count a
    toll "rose from"; "four more", on top of a count."""
    if withdrawn(figure):
        return " (withdrawn)"
    if EARLIER_FROM.match(figure.text):
        return EARLIER  # "rose from 12": the count the new one replaced
    number = figure.number_text.lower()
    if figure.part_of or figure.partial or _PART_OF_THE_TOLL.search(figure.text) or (
            number and figure.text.lower() == f"the {number}"):
        return " (part)"
    if figure.measure in ("treated", "treatment"):
        return " (treated)"
    if figure.measure == "charged":
        return " (charged)"
    if figure.measure and figure.category == "other" and subject_key(figure.subject).split(" ")[-1] in _BEFALLEN:
        return f" ({figure.measure})"  # "40,000 homes left without power" and "35 homes flooded" are two counts
    text = figure.text.lower()
    more = number and (_ANOTHER.match(text) or (text.startswith(number) and _MORE.match(text, len(number))))
    return ADDED if more else ""


# "four more", "another three": a count added to an earlier one (fixed patterns: one built per number was compiled
# anew for nearly every figure, a tenth of the time the link stage took)
_MORE = re.compile(r"\s+(?:more|additional|further)\b")
_ANOTHER = re.compile(r"another\b")


ADDED = " (more)"  # the group suffix of a count added to an earlier one
EARLIER = " (earlier)"  # the group suffix of the count a toll rose from

# things besides casualties whose counts a story follows and sources dispute: cases of a disease, land burned, homes
# lost, attackers (passengers are people to subject_key, and a count of people may be anything)
MEASURED_THINGS = {"case", "infection", "hectare", "acre", "home", "building", "gunman"}


# measured things that suffer different fates, each counted apart: homes destroyed, damaged, flooded, without power
_BEFALLEN = {"home", "building"}


def measured_thing(figure: Figure) -> bool:
    """Whether a count of the 'other' category counts one of the MEASURED_THINGS."""
    return figure.category == "other" and subject_key(figure.subject).split(" ")[-1] in MEASURED_THINGS


# the source of a count that a correction takes back: "Correction: An earlier version of this article said 321 ..."
_EARLIER_VERSION = re.compile(
    r"\b(?:earlier|previous|original|prior) version of (?:this|the) (?:article|story|report)\b", re.IGNORECASE)


def withdrawn(figure: Figure) -> bool:
    """Whether a correction takes the count back: it is kept and shown, but bounds nothing."""
    return figure.claimant is not None and bool(_EARLIER_VERSION.search(figure.claimant.name or ""))


def _singular(word: str) -> str:
    """ "soldiers" -> "soldier", "casualties" -> "casualty", "lives" -> "life"; "press" stays."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word == "lives":
        return "life"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def group_key(figure: Figure, story_places: Sequence[str] = ()) -> str:
    """A count over a period is a measure of its own: "131 so far this year" neither updates nor contradicts "2";
    so is a count of a place the story is not about, and the counts `_measure_of_its_own` tells apart."""
    period = f" ({figure.period})" if figure.period else ""
    part = _measure_of_its_own(figure)
    elsewhere = f"{_ELSEWHERE}{normalize(figure.place)}" if figure.place and _outside(figure.place, story_places) \
        else ""
    return f"{figure.category}|{subject_key(figure.subject)}{elsewhere}{period}{part}"


_ELSEWHERE = " @"  # marks the place of a group key, for counts of a place the story is not about


def counted_elsewhere(group: Optional[str]) -> bool:
    """Whether a group key is one of counts of a place the story is not about ("two killed in Hammond last week")."""
    return _ELSEWHERE in (group or "")


LEDE = 300  # characters: the dateline and first sentence, where news names the place of its event


def story_places(articles: list[Article], analyses: list[ArticleAnalysis], entities: list[StoryEntity],
                 entity_map: dict[tuple[str, str], str]) -> list[str]:
    """The places a story is about: those named in the lede of one of its articles or in a title, most named first,
    then those named more than once anywhere in it ("Kenya" in a story whose ledes say "NAIROBI"). A place named
    once further down is context ("two were killed in Hammond last week"). By the name of their story entity, and
    never a person's surname ("Halden" of "Viktor Halden", tagged a town once)."""
    titles = " ".join(a.title or "" for a in articles)
    full_names = [normalize(e.name).split() for e in entities if e.type == "PERSON"]
    surnames = {words[-1] for words in full_names if len(words) > 1}
    by_id = {e.id: e for e in entities}
    named, in_lede = Counter(), set()
    for analysis in analyses:
        for mention in analysis.mentions:
            entity = by_id.get(entity_map.get((analysis.article_id, mention.entity), ""))
            place = entity is not None and entity.type in ("GPE", "LOC") or mention.label in ("GPE", "LOC")
            name = entity.name if entity is not None else mention.text
            if place and normalize(name) not in surnames:
                named[name] += 1
                if mention.span[0] < LEDE or mention.text in titles:
                    in_lede.add(name)
    ranked = [place for place, _ in named.most_common()]
    return [p for p in ranked if p in in_lede] + [p for p in ranked if p not in in_lede and named[p] > 1]


def _outside(place: str, places: Sequence[str]) -> bool:
    """Whether a place is none of the story's, nor inside or around one by name ("Port Ellis harbour")."""
    words = normalize(place).split()
    return bool(places) and not any(_contains(words, normalize(p).split()) or _contains(normalize(p).split(), words)
                                    for p in places)


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def place_figures(analyses: list[ArticleAnalysis], entity_map: dict[tuple[str, str], str],
                  names: dict[str, str], source_of: SourceOf, places: Sequence[str] = ()) -> list[StoryFigure]:
    placed = []
    for analysis in analyses:
        attributions = {a.id: a for a in analysis.attributions}
        for figure in analysis.figures:
            claimant = source = None
            if figure.attribution in attributions:
                attribution = attributions[figure.attribution]
                key = claimant_key(analysis.article_id, attribution, entity_map)
                claimant = EntityRef(None if key.startswith("~") else key, names.get(key, figure.claimant.name))
                source = source_of(analysis.article_id, attribution)
            elif figure.claimant is not None:
                claimant = EntityRef(None, figure.claimant.name)
            placed.append(StoryFigure(id=f"{analysis.article_id}:{figure.id}", article_id=analysis.article_id,
                                      figure=figure, claimant=claimant, group=group_key(figure, places),
                                      source=source))
    return placed
