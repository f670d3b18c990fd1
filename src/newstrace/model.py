"""The shared data model of every pipeline stage.

Plain dataclasses that import nothing of newstrace, so that any stage (and a worker on a
distributed engine) can build, pickle and serialize them. `to_dict` / `from_dict` give the
JSON form the store keeps; spans are `[start, end)` character offsets into `Article.text`,
the cleaned body.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Optional

Span = tuple[int, int]


# ----------------------------------------------------------------------------- ingest


@dataclass
class Article:
    """One news item after ingest: metadata plus the cleaned body text."""

    id: str
    source: str  # path or URL the article came from (with "#N" for the Nth record of a file)
    text: str  # cleaned body; every span in the analysis points into it
    published: Optional[dt.date] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    outlet_evidence: Optional[str] = None  # metadata | dateline | byline | self-reference
    url: Optional[str] = None
    language: str = "en"
    byline: Optional[str] = None
    dropped: list[str] = field(default_factory=list)  # site-furniture lines removed from the body
    content_hash: str = ""
    duplicate_of: Optional[str] = None  # id of the earlier article with the same or near-same text
    warnings: list[str] = field(default_factory=list)  # e.g. "undated: no date header"


@dataclass
class Rejection:
    """An input that could not become an article, with a one-line reason."""

    source: str
    reason: str


# ----------------------------------------------------------------------------- analyze


Interval = tuple[dt.date, dt.date]  # [start, end): a day is (d, d + 1 day)

DAY = dt.timedelta(days=1)
# Parts of a year as (months after January 1 they start, months they last). Seasons are meteorological;
# winter 2025 ("2025-WI", said in March 2025 as "this winter") began in December 2024.
YEAR_PARTS = {"SP": (2, 3), "SU": (5, 3), "FA": (8, 3), "WI": (-1, 3), "Q1": (0, 3), "Q2": (3, 3), "Q3": (6, 3),
              "Q4": (9, 3), "H1": (0, 6), "H2": (6, 6)}


def calendar_interval(value: str) -> Optional[Interval]:
    """The days a TimeML value the analysis writes covers; "PRESENT_REF" and the like are on no calendar."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return day, day + DAY
        if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
            monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
            return (monday + 5 * DAY if match.group(3) else monday), monday + 7 * DAY
        if match := re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2]|SP|SU|FA|WI|Q[1-4]|H[12])", value):
            after, months = YEAR_PARTS.get(match.group(2)) or (int(match.group(2)) - 1, 1)
            first = add_months(dt.date(int(match.group(1)), 1, 1), after)
            return first, add_months(first, months)
        if match := re.fullmatch(r"(\d{2,4})(?:X|0s)?", value):  # year 2024, decade 198 / 198X / 1980s, century 19
            years = 10 ** (4 - len(match.group(1)))
            first = dt.date(int(match.group(1)) * years, 1, 1)
            return first, add_months(first, 12 * years)
    except ValueError:  # week 60, year 0: not a date, so on no calendar
        return None
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass
class DateValue:
    """A resolved date: ISO value at some precision.

    value: "2024-12-14" (day), "2024-12" (month), "2024" (year), "2024-W50" (week),
    "2024-SU" (season), "2024-Q3" (quarter), with `mod` "early" / "mid" / "late" where the text says so.
    "PRESENT_REF", "PAST_REF" and "FUTURE_REF" (precision "reference") stand for "now", "recently",
    "soon": temporal, but no point on a calendar.
    """

    value: str
    precision: str  # day | week | month | part-of-month | season | quarter | half | year | decade | century | reference
    mod: Optional[str] = None


@dataclass
class TimeRef:
    """A temporal expression in the text, resolved against the article date."""

    text: str
    span: Span
    value: Optional[DateValue]  # None when it cannot be resolved (no article date, vague)
    kind: str = "date"  # date | time | duration | set
    tense: Optional[str] = None  # past | future | present, from the governing verb

    def calendar_value(self) -> Optional[DateValue]:
        """The resolved date of a date or time-of-day expression, unless it is a vague reference ("now")."""
        if self.value is None or self.kind not in ("date", "time") or self.value.precision == "reference":
            return None
        return self.value


@dataclass
class Mention:
    text: str
    span: Span
    label: str  # PERSON | ORG | GPE | LOC | NORP | ... (spaCy labels) or PRON / NOUN for resolved references
    entity: Optional[str] = None  # id of the article-level Entity it refers to


@dataclass
class Entity:
    """An entity within one article: canonical name, type and aliases."""

    id: str  # unique within the article, e.g. "e3"
    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | GROUP
    aliases: list[str] = field(default_factory=list)
    role: Optional[str] = None  # "Ukrainian President", "Pentagon spokesperson"
    affiliation: Optional[str] = None  # "Pentagon" for "Pentagon spokesperson Patrick Ryder"


@dataclass
class Claimant:
    """Who made a statement, as the article names them."""

    name: str  # canonical name within the article ("Volodymyr Zelensky", "a White House official")
    text: str = ""  # the words at the cue ("he", "the spokesperson")
    span: Optional[Span] = None
    entity: Optional[str] = None  # article Entity id
    type: str = "PERSON"  # PERSON | ORG | GPE | NORP | ANONYMOUS | DOCUMENT | OUTLET
    anonymous: bool = False
    affiliation: Optional[str] = None


@dataclass
class Hedge:
    text: str
    span: Span
    kind: str  # reportedly | allegedly | purportedly | unverified | could-not-verify | appears | estimated | anonymous


@dataclass
class Attribution:
    """One reported statement in one article."""

    id: str  # unique within the article, e.g. "a4"
    claimant: Claimant
    cue: str  # "said", "according to", "claimed"
    cue_span: Span
    content: str  # what was said; a cue phrase inside it is left out ("The victim, police said, was 25")
    content_span: Span  # the text it comes from, the cue phrase included, so a view can highlight it whole
    sentence: str
    sentence_span: Span
    kind: str  # direct | indirect | partial | mixed
    stance: str  # asserts | claims | alleges | confirms | denies | estimates | warns | accuses
    hedges: list[Hedge] = field(default_factory=list)
    stated_on: Optional[DateValue] = None
    stated_on_source: str = "article-date"  # sentence | article-date | none
    relayed_from: Optional[str] = None  # "Yonhap" in "Yonhap reported that X said ..."
    # whom the words were given to: "the Kelston Gazette" in "told the Kelston Gazette that ..." (no relay: the
    # outlet that printed them is the one that heard them)
    addressee: Optional[str] = None
    verification: list[str] = field(default_factory=list)  # ids of Verification notes about it
    embedding: Optional[list[float]] = None  # of the content; filled by the linking where claims are aligned
    # the pieces of content_span that hold the content: two for '"A," she said, "B."', one per paragraph of a quote
    # that runs on, one for most
    content_parts: list[Span] = field(default_factory=list)


@dataclass
class Verification:
    """An outlet's own statement about what it could or could not verify."""

    text: str
    span: Span
    kind: str  # could-not-verify | verified | declined-to-comment
    about: list[str] = field(default_factory=list)  # Attribution ids it refers to


@dataclass
class Figure:
    """One number in context."""

    id: str  # unique within the article, e.g. "f2"
    text: str  # "at least 30 North Korean soldiers killed or wounded"
    span: Span
    value: Optional[float]  # best single value (ACLED convention for vague words)
    low: Optional[float]
    high: Optional[float]
    qualifier: Optional[str]  # "at least", "some", "over", "between", "dozens" ...
    category: str  # killed | injured | casualties | missing | troops | displaced | arrested | money | percent | other
    measure: Optional[str] = None  # "killed or wounded"
    subject: Optional[str] = None  # "North Korean soldiers"
    unit: Optional[str] = None  # "USD", "%", "people"
    number_text: str = ""  # the number words themselves: "some 200", "dozens"; "a", "an" or "" for one victim
    # told by a description ("a man", "the teen"), which assessment takes for a part of a count
    place: Optional[str] = None
    claimant: Optional[Claimant] = None
    attribution: Optional[str] = None  # id of the Attribution it sits in
    as_of: Optional[DateValue] = None
    period: Optional[str] = None  # a count over a span ("so far this year", "since 2014"): a statistic, no event's toll
    part_of: Optional[str] = None  # the id of the count of its sentence it counts some of ("five hurt, two critically")
    # some of a toll told by cause beside other such counts ("three were killed when a landslide hit a house, and two
    # drowned"; "two died when walls fell and a third was killed by falling rocks")
    partial: bool = False


@dataclass
class ArticleAnalysis:
    """Everything the per-article analysis found: a pure function of the Article."""

    article_id: str
    attributions: list[Attribution] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    timerefs: list[TimeRef] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    verifications: list[Verification] = field(default_factory=list)
    embedding: Optional[list[float]] = None  # title + lead, for story linking
    minhash: Optional[list[int]] = None  # shingle signature, for near-duplicate (relayed) copy
    analyzer_version: str = ""


# ----------------------------------------------------------------------------- link / assess


@dataclass
class EntityRef:
    entity_id: Optional[str]
    name: str


@dataclass
class StoryEntity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)  # (article_id, article entity id)
    affiliation: Optional[str] = None  # the country or organization it belongs to, where an article says it


@dataclass
class Report:
    """One article's report of a claim: a view of an Attribution."""

    article_id: str
    attribution_id: str
    kind: str
    cue: str
    stance: str
    text: str
    sentence: str
    span: Span
    hedges: list[str] = field(default_factory=list)
    stated_on: Optional[DateValue] = None
    relayed_from: Optional[str] = None
    addressee: Optional[str] = None  # the attribution's: whom the words were given to
    dated_from: str = "article-date"  # sentence | article-date | none: where stated_on came from
    parts: list[Span] = field(default_factory=list)  # the attribution's content_parts
    claimant: str = ""  # who this article says made the statement ("Officer Jane Roe"), under the claim's source


@dataclass
class Claim:
    id: str
    claimant: EntityRef  # as the first report names them
    summary: str
    reports: list[Report]
    # who stands behind it across the outlets: the agency a spokesperson or an officer speaks for
    source: Optional[EntityRef] = None
    stated_on: Optional[DateValue] = None
    status: str = "single-source"  # confirmed | corroborated | single-source | contested | unverified
    status_reason: str = ""
    independent_sources: int = 1
    sources: list[str] = field(default_factory=list)  # the original sources behind it
    outlets: list[str] = field(default_factory=list)
    figure_ids: list[str] = field(default_factory=list)


@dataclass
class StoryFigure:
    """A Figure placed in a story: its story-wide id, group and claimant entity."""

    id: str  # "<article_id>:<figure id>"
    article_id: str
    figure: Figure
    claimant: Optional[EntityRef] = None
    group: Optional[str] = None  # measure group key
    source: Optional[str] = None  # the source key of the body the claimant speaks for (a chief's count is police's)
    role: Optional[str] = None  # first | update | conflict | same


@dataclass
class Conflict:
    kind: str  # figure | date
    about: str
    item_ids: list[str]
    explanation: str


@dataclass
class CasualtyBound:
    low: Optional[float]
    best: Optional[float]
    high: Optional[float]
    figure_ids: list[str] = field(default_factory=list)
    low_ids: list[str] = field(default_factory=list)
    best_ids: list[str] = field(default_factory=list)
    high_ids: list[str] = field(default_factory=list)


@dataclass
class TimelineEntry:
    date: DateValue
    label: str
    article_ids: list[str] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)
    figure_ids: list[str] = field(default_factory=list)
    kind: str = "event"  # event | statement | figure | publication


@dataclass
class Story:
    id: str
    title: str
    article_ids: list[str]
    first_published: Optional[dt.date] = None
    last_published: Optional[dt.date] = None
    entities: list[StoryEntity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[StoryFigure] = field(default_factory=list)
    casualties: dict[str, CasualtyBound] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    updates: list[Conflict] = field(default_factory=list)  # rising tolls: same shape, kind "update"
    timeline: list[TimelineEntry] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # the places it is about, most named first


# ----------------------------------------------------------------------------- (de)serialization


def to_dict(obj: Any) -> Any:
    """JSON-ready form of a model object: dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        if obj and type(obj[0]) in (float, int):  # an embedding, a signature: hundreds of numbers, each a call
            return list(obj)
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj


def from_dict(cls: type, data: Any) -> Any:
    """Inverse of `to_dict` for any model class; unknown keys are ignored, missing ones default."""
    return _coerce(cls, data)


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _coerce(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _coerce(inner[0], data)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {f.name: _coerce(hints[f.name], data[f.name])
                  for f in dataclasses.fields(tp) if f.name in data}
        return tp(**kwargs)
    if origin is list:
        (item,) = typing.get_args(tp)
        if item in (float, int):  # an embedding, a signature
            return list(data)
        return [_coerce(item, x) for x in data]
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(args[0], x) for x in data)
        return tuple(_coerce(a, x) for a, x in zip(args, data))
    if origin is dict:
        _, val = typing.get_args(tp)
        return {k: _coerce(val, v) for k, v in data.items()}
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    return data
