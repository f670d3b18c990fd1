"""Geometry of the timeline's date axis: which days a dossier date covers, where it lands, which ticks.

Pure functions over dates and numbers, so the placement can be tested without a browser; the
template draws the SVG from what `lay_out` returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Optional

from newstrace.model import DAY, Interval, add_months, calendar_interval

MOD_THIRD = {"early": 0, "mid": 1, "late": 2}
# Dates up to a month long set the axis; a season or a year ("in 2023") only gives context, and
# stretching a week-long story over two years would squash the week it is about.
FOCUS_DAYS = 31


def date_interval(date: Optional[dict]) -> Optional[Interval]:
    """The days a dossier date covers; `None` for a value in no format the analysis writes."""
    if not date:
        return None
    interval = calendar_interval(date.get("value") or "")
    if interval is None or date.get("mod") not in MOD_THIRD or interval[1] - interval[0] <= DAY:
        return interval
    # "early November" is the first third of November, "late 2024" the last third of the year
    third, which = (interval[1] - interval[0]) / 3, MOD_THIRD[date["mod"]]
    return interval[0] + third * which, interval[0] + third * (which + 1)


def axis_domain(intervals: list[Interval]) -> Optional[Interval]:
    """The stretch of time the axis shows: all dates of a month or less, or everything if there are none."""
    focus = [i for i in intervals if i[1] - i[0] <= FOCUS_DAYS * DAY] or intervals
    if not focus:
        return None
    return min(start for start, _ in focus), max(end for _, end in focus)


# ----------------------------------------------------------------------------- ticks


@dataclass
class Tick:
    x: float
    label: str


# (unit, step, approximate days per step), finest first; the first whose ticks stand far enough apart wins
TICK_STEPS = [("day", 1, 1), ("day", 2, 2), ("week", 1, 7), ("month", 1, 30.4), ("month", 3, 91.3),
              ("month", 6, 182.6), ("year", 1, 365.2), ("year", 2, 730.5), ("year", 5, 1826), ("year", 10, 3652)]


def axis_ticks(domain: Interval, width: float, min_gap: float = 76) -> list[Tick]:
    """Labelled tick marks at day, week, month or year boundaries, at least `min_gap` apart."""
    start, end = domain
    scale = width / (end - start).days
    unit, step, days = next((s for s in TICK_STEPS if s[2] * scale >= min_gap), TICK_STEPS[-1])
    ticks, previous_year = [], None
    for boundary in _boundaries(unit, step, start, end):
        ticks.append(Tick(round((boundary - start).days * scale, 1),
                          _tick_label(boundary, unit, with_year=boundary.year != previous_year,
                                      weekday=days * scale >= 1.5 * min_gap)))
        previous_year = boundary.year
    return ticks


def _boundaries(unit: str, step: int, start: dt.date, end: dt.date) -> list[dt.date]:
    """Day ticks count from the axis start, week ticks fall on Mondays, month and year ticks on round ones."""
    if unit == "day":
        return [start + i * DAY for i in range(0, (end - start).days, step)]
    if unit == "week":
        monday = start + (-start.weekday() % 7) * DAY
        return [monday + i * 7 * DAY for i in range(0, ((end - monday).days + 6) // 7, step)]
    months_per_step = step * (12 if unit == "year" else 1)
    month, boundaries = add_months(start, 0 if start.day == 1 else 1), []
    while month < end:
        if (month.year * 12 + month.month - 1) % months_per_step == 0:  # quarters start in Jan, Apr, ...
            boundaries.append(month)
        month = add_months(month, 1)
    return boundaries


def _tick_label(day: dt.date, unit: str, with_year: bool, weekday: bool) -> str:
    if unit == "year":
        return str(day.year)
    if unit == "month":
        return f"{day:%b} {day.year}" if with_year else f"{day:%b}"
    # a day with room for its weekday gets it: articles date things "on Saturday"
    label = f"{day:%a} {day.day} {day:%b}" if unit == "day" and weekday else f"{day.day} {day:%b}"
    return f"{label} {day.year}" if with_year else label


# ----------------------------------------------------------------------------- lanes and markers


@dataclass
class Marker:
    item: Any  # what the marker draws and links to
    x: float  # a point's centre, or a band's left edge
    width: float = 0  # 0 for a point (a dated day); a band spans the days of a vaguer date
    y: float = 0
    clipped: str = ""  # "before" / "after": the band lies outside the axis and is drawn as a stub at that edge

    @property
    def left(self) -> float:
        return self.x if self.width else self.x - MARKER_RADIUS

    @property
    def right(self) -> float:
        return self.x + self.width if self.width else self.x + MARKER_RADIUS


@dataclass
class Lane:
    kind: str
    label: str
    y: float  # top
    height: float


@dataclass
class AxisLayout:
    width: float
    height: float
    plot_left: float
    axis_y: float
    ticks: list[Tick] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)


MARKER_RADIUS = 6
ROW_HEIGHT = 16
LANE_PADDING = 6
STUB = 10  # width of the band drawn at the edge for a date outside the axis


def lay_out(items: list[tuple[Any, str, Interval]], lanes: dict[str, str], width: float = 960,
            plot_left: float = 112, right_margin: float = 40) -> Optional[AxisLayout]:
    """Place (item, kind, interval) triples on one date axis, a lane per kind of `lanes` (kind: label), in order.

    Markers that would overlap in a lane go to the next row, so a busy day reads as a column.
    """
    domain = axis_domain([interval for _, _, interval in items])
    if domain is None:
        return None
    plot_width = width - plot_left - right_margin
    scale = plot_width / (domain[1] - domain[0]).days
    placed_lanes, markers, top = [], [], 4.0
    for kind, label in lanes.items():
        lane = [_place(item, interval, domain, scale, plot_left) for item, k, interval in items if k == kind]
        if not lane:
            continue
        rows = _pack_rows(lane)
        height = (max(rows) + 1) * ROW_HEIGHT + 2 * LANE_PADDING
        for marker, row in zip(lane, rows):
            marker.y = top + LANE_PADDING + (row + 0.5) * ROW_HEIGHT
        placed_lanes.append(Lane(kind, label, top, height))
        markers += lane
        top += height
    ticks = [Tick(round(t.x + plot_left, 1), t.label) for t in axis_ticks(domain, plot_width)]
    return AxisLayout(width, top + 26, plot_left, top, ticks, placed_lanes, markers)


def _place(item: Any, interval: Interval, domain: Interval, scale: float, left: float) -> Marker:
    start, end = interval
    if end <= domain[0]:
        return Marker(item, left, STUB, clipped="before")
    if start >= domain[1]:
        return Marker(item, left + (domain[1] - domain[0]).days * scale - STUB, STUB, clipped="after")
    x1 = left + (max(start, domain[0]) - domain[0]).days * scale
    x2 = left + (min(end, domain[1]) - domain[0]).days * scale
    if end - start <= DAY:
        return Marker(item, round((x1 + x2) / 2, 1))
    return Marker(item, round(x1, 1), round(max(x2 - x1, 2 * MARKER_RADIUS), 1))


def _pack_rows(markers: list[Marker]) -> list[int]:
    """For each marker, the first row of its lane where it touches no marker already there."""
    rows = [0] * len(markers)
    row_ends: list[float] = []
    for index in sorted(range(len(markers)), key=lambda i: markers[i].left):
        marker = markers[index]
        row = next((r for r, end in enumerate(row_ends) if end + 2 <= marker.left), len(row_ends))
        if row == len(row_ends):
            row_ends.append(0.0)
        row_ends[row] = marker.right
        rows[index] = row
    return rows
