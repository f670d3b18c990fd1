"""View models shared by the HTML report and the web UI: one computation, two renderings.

Everything here returns plain data; the Jinja2 templates (autoescaped) turn it into HTML, so
article text never reaches the page unescaped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from jinja2 import Environment, PackageLoader, select_autoescape

from newstrace.analyze.lexicon import without_article
from newstrace.model import ArticleAnalysis
from newstrace.present.time_axis import AxisLayout, Interval, date_interval, lay_out


def environment() -> Environment:
    env = Environment(loader=PackageLoader("newstrace.present", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["num"] = format_number
    env.filters["date"] = format_date
    env.filters["plain_name"] = plain_name
    env.globals["story_timeline"] = story_timeline
    return env


def format_number(value) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def plain_name(name: str) -> str:
    """ "The army" and "army", one name: a claim's source is named without its article."""
    return without_article(name).lower()


def format_date(value: Optional[dict]) -> str:
    if not value:
        return "undated"
    mod = f"{value['mod']} " if value.get("mod") else ""
    return f"{mod}{value['value']}"


# ----------------------------------------------------------------------------- the matrix


@dataclass
class MatrixCell:
    text: str
    article_id: str
    span: list[int]
    kind: str
    stance: str
    hedges: list[str]
    speaker: str = ""  # who this outlet says spoke, where another than the claim's claimant ("Lt. Roe" for police)
    addressee: str = ""  # whom the words were given to ("the Kelston Gazette")


@dataclass
class MatrixRow:
    claim: dict
    cells: dict[str, list[MatrixCell]] = field(default_factory=dict)


def outlet_of(article: dict) -> str:
    return article["outlet"] or f"unknown ({article['id']})"


def who_said_what(story: dict, articles: dict[str, dict]) -> tuple[list[str], list[MatrixRow]]:
    """Claims as rows, outlets as columns, the exact quote in each cell."""
    outlets: list[str] = []
    for article_id in story["article_ids"]:
        outlet = outlet_of(articles[article_id])
        if outlet not in outlets:
            outlets.append(outlet)
    rows = []
    for claim in story["claims"]:
        row = MatrixRow(claim=claim)
        for report in claim["reports"]:
            speaker = report.get("claimant") or ""
            cell = MatrixCell(report["text"], report["article_id"], report["span"], report["kind"], report["stance"],
                              report["hedges"], speaker if speaker != claim["claimant"]["name"] else "",
                              report.get("addressee") or "")
            row.cells.setdefault(outlet_of(articles[report["article_id"]]), []).append(cell)
        rows.append(row)
    return outlets, rows


# ----------------------------------------------------------------------------- timeline

# Marker kinds in lane order, with what the legend calls them; the dossier's "figure" entries are
# the steps of a figure update, and conflicts are added from the story's list of them.
TIMELINE_KINDS = {"event": "events", "statement": "statements", "update": "figure updates",
                  "conflict": "conflicts", "publication": "first report"}


@dataclass
class Source:
    article_id: str
    outlet: str
    span: Optional[list[int]] = None  # None where the entry names the article but no span of it


@dataclass
class TimelineItem:
    date: dict
    kind: str  # a key of TIMELINE_KINDS
    label: str
    sources: list[Source]
    targets: list[tuple[str, str]]  # (id, noun) of the matrix and figure rows it is about: ("claim-c1", "claim")
    interval: Optional[Interval]  # None: a date the axis cannot place; the list still shows it


@dataclass
class TimelineRow:
    """One line of the text timeline: items of one date whose labels say nearly the same thing."""

    label: str
    kinds: list[str]
    sources: list[Source]
    targets: list[tuple[str, str]]


@dataclass
class TimelineView:
    axis: Optional[AxisLayout]
    dates: list[tuple[str, list[TimelineRow]]]  # (the date as shown, its rows), in time order
    legend: list[tuple[str, str]]  # (kind, what it is) of the kinds on the axis


def story_timeline(story: dict, articles: Iterable[dict]) -> TimelineView:
    """The story's dated entries, once as markers on a date axis and once as a list grouped by date."""
    outlets = {a["id"]: outlet_of(a) for a in articles}
    claims = {c["id"]: c for c in story["claims"]}
    figures = {f["id"]: f for f in story["figures"]}
    entries = [{**e, "kind": "update" if e["kind"] == "figure" else e["kind"]} for e in story["timeline"]]
    items = [_timeline_item(e, claims, figures, outlets) for e in entries + _conflict_entries(story)]
    items.sort(key=_time_order)
    placed = [i for i in items if i.interval]
    axis = lay_out([(i, i.kind, i.interval) for i in placed], TIMELINE_KINDS)
    legend = [(kind, name) for kind, name in TIMELINE_KINDS.items() if any(i.kind == kind for i in placed)]
    return TimelineView(axis, _rows_by_date(items), legend)


def _time_order(item: TimelineItem) -> tuple:
    start, end = item.interval or (dt.date.max, dt.date.max)
    return start, end - start, list(TIMELINE_KINDS).index(item.kind), item.label


def _conflict_entries(story: dict) -> list[dict]:
    """Conflicts as timeline entries, on the date of the first dated figure or claim they are about."""
    figure_dates = {f["id"]: f["as_of"] for f in story["figures"] if f["as_of"]}
    claim_dates = {c["id"]: c["stated_on"] for c in story["claims"] if c["stated_on"]}
    dates = figure_dates | claim_dates  # figure ids carry their article's id, claim ids do not: no clash
    entries = []
    for conflict in story["conflicts"]:
        ids = conflict["item_ids"]
        date = next((dates[i] for i in ids if i in dates), None)
        if date:
            entries.append({"date": date, "kind": "conflict", "label": f"{conflict['kind']}s disagree: {conflict['about']}",
                            "article_ids": [], "claim_ids": [i for i in ids if i in claim_dates],
                            "figure_ids": [i for i in ids if i in figure_dates]})
    return entries


def _timeline_item(entry: dict, claims: dict[str, dict], figures: dict[str, dict], outlets: dict[str, str]) -> TimelineItem:
    """An entry with its sources: the quoted spans of its claims and figures, else the articles it names."""
    claim_ids = [c for c in entry["claim_ids"] if c in claims]
    figure_ids = [f for f in entry["figure_ids"] if f in figures]
    spans = [(r["article_id"], r["span"]) for c in claim_ids for r in claims[c]["reports"]]
    spans += [(figures[f]["article_id"], figures[f]["span"]) for f in figure_ids]
    spans += [(a, None) for a in entry["article_ids"]]
    sources: dict[str, Source] = {}
    for article_id, span in spans:
        sources.setdefault(article_id, Source(article_id, outlets.get(article_id, article_id), span))
    targets = [(f"claim-{c}", "claim") for c in claim_ids] + [(f"fig-{f}", "figure") for f in figure_ids]
    return TimelineItem(entry["date"], entry["kind"], entry["label"], list(sources.values()), targets,
                        date_interval(entry["date"]))


def _rows_by_date(items: list[TimelineItem]) -> list[tuple[str, list[TimelineRow]]]:
    dates: dict[str, list[TimelineRow]] = {}
    for item in items:
        rows = dates.setdefault(format_date(item.date), [])
        row = next((r for r in rows if near_identical(r.label, item.label)), None)
        if row is None:
            rows.append(TimelineRow(item.label, [item.kind], list(item.sources), list(item.targets)))
            continue
        row.label = max(row.label, item.label, key=len)  # the fuller wording of the same thing
        row.kinds += [item.kind] if item.kind not in row.kinds else []
        row.sources += [s for s in item.sources if s.article_id not in {t.article_id for t in row.sources}]
        row.targets += [t for t in item.targets if t not in row.targets]
    return list(dates.items())


def near_identical(a: str, b: str) -> bool:
    """Whether nearly every word of the shorter label (of three words or more) is in the longer one.

    "Okafor: she expected the budget to pass" and "Okafor said on Monday that she expected the
    budget to pass." are one line of the timeline, not two.
    """
    shorter, longer = sorted((set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))), key=len)
    return len(shorter) >= 3 and len(shorter & longer) >= 0.8 * len(shorter)


# ----------------------------------------------------------------------------- source graph


@dataclass
class GraphNode:
    id: str
    label: str
    x: int
    y: int
    kind: str  # outlet | claimant | wire


@dataclass
class GraphEdge:
    x1: int
    y1: int
    x2: int
    y2: int
    kind: str  # reports | relays
    title: str


def source_graph(story: dict, articles: dict[str, dict]) -> tuple[list[GraphNode], list[GraphEdge], int]:
    """Outlets on the left, claimants on the right; relays as dashed edges to the wire they copy."""
    outlets = list(dict.fromkeys(outlet_of(articles[r["article_id"]]) for c in story["claims"] for r in c["reports"]))
    by_plain_name = {plain_name(o): o for o in outlets}  # "the Coastal Wire" relayed is the outlet "Coastal Wire"
    claimants, wires = [], []
    edges: dict[tuple[str, str, str], int] = {}
    for claim in story["claims"]:
        name = claim["claimant"]["name"]
        if name not in claimants:
            claimants.append(name)
        for report in claim["reports"]:
            outlet = outlet_of(articles[report["article_id"]])
            edges[(outlet, name, "reports")] = edges.get((outlet, name, "reports"), 0) + 1
            relay = report.get("relayed_from")
            relay = by_plain_name.get(plain_name(relay), relay) if relay else None
            if relay and relay != outlet:
                if relay not in wires and relay not in outlets:
                    wires.append(relay)
                edges[(outlet, relay, "relays")] = edges.get((outlet, relay, "relays"), 0) + 1
    row = 34
    left = [GraphNode(f"o{i}", o, 10, 30 + i * row, "outlet") for i, o in enumerate(outlets)]
    middle = [GraphNode(f"w{i}", w, 250, 30 + i * row, "wire") for i, w in enumerate(wires)]
    right = [GraphNode(f"c{i}", c, 470, 30 + i * row, "claimant") for i, c in enumerate(claimants)]
    position = {("outlet", n.label): n for n in left}
    position.update({("wire", n.label): n for n in middle})
    position.update({("claimant", n.label): n for n in right})
    lines = []
    for (outlet, target, kind), count in edges.items():
        source = position[("outlet", outlet)]
        end = position.get(("claimant", target)) if kind == "reports" else (
            position.get(("wire", target)) or position.get(("outlet", target)))
        if end is None:
            continue
        lines.append(GraphEdge(source.x + 200, source.y, end.x, end.y, kind,
                               f"{outlet} {'reports' if kind == 'reports' else 'relays'} {target} ({count}×)"))
    height = 40 + row * max(len(left), len(middle), len(right), 1)
    return left + middle + right, lines, height


# ----------------------------------------------------------------------------- highlighted text


@dataclass
class Segment:
    text: str
    classes: list[str]
    anchor: Optional[str] = None
    title: str = ""


Mark = tuple[int, int, str, str]  # start, end, class (claim | figure | date | asked), title


def marks_from_analysis(analysis: Optional[ArticleAnalysis]) -> list[Mark]:
    if analysis is None:
        return []
    # the pieces of what was said, not the cue between them ('"A," she said. "B."')
    marks = [(*part, "claim", f"{a.claimant.name} ({a.cue}, {a.stance})")
             for a in analysis.attributions for part in a.content_parts or [a.content_span]]
    marks += [(*f.span, "figure", f"{f.category}: {format_number(f.value)}") for f in analysis.figures]
    marks += [(*t.span, "date", f"{t.value.value} ({t.value.precision})") for t in analysis.timerefs if t.value]
    return marks


def marks_from_dossier(dossier: dict, article_id: str) -> list[Mark]:
    marks = []
    for story in dossier["stories"]:
        for claim in story["claims"]:
            marks += [(*part, "claim", f"{r.get('claimant') or claim['claimant']['name']} ({r['cue']}, {r['stance']})")
                      for r in claim["reports"] if r["article_id"] == article_id for part in r.get("parts") or [r["span"]]]
        marks += [(*f["span"], "figure", f"{f['category']}: {format_number(f['value'])}")
                  for f in story["figures"] if f["article_id"] == article_id and f["category"] != "other"]
    return marks


def highlights(text: str, marks: list[Mark], anchor_prefix: str = "") -> list[list[Segment]]:
    """The text's paragraphs split into segments, each marked by the spans that cover it.

    A segment where a mark starts carries the anchor `{anchor_prefix}{start}`, so links can jump to it.
    """
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)} | _paragraph_cuts(text))
    starts = {m[0] for m in marks}
    paragraphs: list[list[Segment]] = [[]]
    for start, end in zip(cuts, cuts[1:]):
        piece = text[start:end]
        if piece == "\n\n":
            paragraphs.append([])
            continue
        covering = [m for m in marks if m[0] <= start and end <= m[1] and m[0] < m[1]]
        anchor = f"{anchor_prefix}{start}" if start in starts else None
        paragraphs[-1].append(Segment(piece, sorted({m[2] for m in covering}), anchor, "; ".join(m[3] for m in covering)))
    return [p for p in paragraphs if p]


def _paragraph_cuts(text: str) -> set[int]:
    cuts, position = set(), text.find("\n\n")
    while position >= 0:
        cuts.update({position, position + 2})
        position = text.find("\n\n", position + 2)
    return cuts
