"""View models shared by the HTML report and the web UI: one computation, two renderings.

Everything here returns plain data; the Jinja2 templates (autoescaped) turn it into HTML, so
article text never reaches the page unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from jinja2 import Environment, PackageLoader, select_autoescape

from newstrace.model import Article, ArticleAnalysis


def environment() -> Environment:
    env = Environment(loader=PackageLoader("newstrace.present", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["num"] = format_number
    env.filters["date"] = format_date
    return env


def format_number(value) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


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
            cell = MatrixCell(report["text"], report["article_id"], report["span"], report["kind"], report["stance"],
                              report["hedges"])
            row.cells.setdefault(outlet_of(articles[report["article_id"]]), []).append(cell)
        rows.append(row)
    return outlets, rows


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
    outlets, claimants, wires = [], [], []
    edges: dict[tuple[str, str, str], int] = {}
    for claim in story["claims"]:
        name = claim["claimant"]["name"]
        if name not in claimants:
            claimants.append(name)
        for report in claim["reports"]:
            outlet = outlet_of(articles[report["article_id"]])
            if outlet not in outlets:
                outlets.append(outlet)
            edges[(outlet, name, "reports")] = edges.get((outlet, name, "reports"), 0) + 1
            relay = report.get("relayed_from")
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
    marks = [(*a.content_span, "claim", f"{a.claimant.name} ({a.cue}, {a.stance})") for a in analysis.attributions]
    marks += [(*f.span, "figure", f"{f.category}: {format_number(f.value)}") for f in analysis.figures]
    marks += [(*t.span, "date", f"{t.value.value} ({t.value.precision})") for t in analysis.timerefs if t.value]
    return marks


def marks_from_dossier(dossier: dict, article_id: str) -> list[Mark]:
    marks = []
    for story in dossier["stories"]:
        for claim in story["claims"]:
            marks += [(*r["span"], "claim", f"{claim['claimant']['name']} ({r['cue']}, {r['stance']})")
                      for r in claim["reports"] if r["article_id"] == article_id]
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
