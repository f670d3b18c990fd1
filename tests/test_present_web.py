"""The dossier contract, the HTML report, the exports and the web UI: content and escaping."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import re

import pytest
from fastapi.testclient import TestClient

from conftest import HOSTILE
from newstrace.present.dossier import DossierInvalid, validate_dossier
from newstrace.present.export import FIGURE_COLUMNS, export_claims_csv, export_figures_csv, export_markdown
from newstrace.present.report import render_report
from newstrace.present.time_axis import axis_ticks, date_interval, lay_out
from newstrace.present.views import environment, near_identical, story_timeline
from newstrace.web.app import create_app


def test_the_dossier_validates_and_a_broken_one_does_not(small_workspace):
    _, dossier = small_workspace
    validate_dossier(dossier)
    broken = copy.deepcopy(dossier)
    broken["stories"][0]["claims"][0]["status"] = "probably true"
    with pytest.raises(DossierInvalid, match="stories/0/claims/0/status"):
        validate_dossier(broken)
    del broken["stories"][0]["claims"]
    with pytest.raises(DossierInvalid):
        validate_dossier(broken)


def test_one_statement_from_two_outlets_is_one_claim_resting_on_one_source(small_workspace):
    _, dossier = small_workspace
    (story,) = dossier["stories"]
    claim = next(c for c in story["claims"] if "breakwater" in c["summary"])
    assert claim["claimant"]["name"] == "Tomas Eld"
    assert sorted(claim["outlets"]) == ["Gull Daily", "Quay Times"]
    assert claim["independent_sources"] == 1
    assert claim["status"] == "single-source" and "rests on Tomas Eld" in claim["status_reason"]
    # the outlet's verification note follows the injury figure: that statement is the unverified one
    injured = next(c for c in story["claims"] if "12 fishermen" in c["summary"])
    assert injured["status"] == "unverified" and "could not independently verify" in injured["status_reason"]
    assert injured["figure_ids"]


def test_report_is_self_contained_and_escapes_article_text(small_workspace):
    ws, dossier = small_workspace
    html = render_report(dossier, {a.id: a for a in ws.articles()})
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert "http://" not in html and "https://" not in html  # no external requests
    assert "Tomas Eld" in html and "Who said what" in html and "<svg" in html


def test_whom_the_words_were_given_to_shows_in_their_cell_escaped(small_workspace):
    ws, dossier = small_workspace
    told = copy.deepcopy(dossier)
    told["stories"][0]["claims"][0]["reports"][0]["addressee"] = f"the Gull {HOSTILE}"
    html = render_report(told, {a.id: a for a in ws.articles()})
    assert " · to the Gull &lt;script&gt;" in html and "<script>alert" not in html


def test_exports_have_their_columns_and_rows(small_workspace):
    _, dossier = small_workspace
    figures = list(csv.DictReader(io.StringIO(export_figures_csv(dossier))))
    assert list(figures[0]) == FIGURE_COLUMNS
    assert any(f["category"] == "injured" and f["low"] == "12.0" and f["high"] == "" for f in figures)
    claims = list(csv.DictReader(io.StringIO(export_claims_csv(dossier))))
    assert any(c["claimant"] == "Tomas Eld" for c in claims)
    markdown = export_markdown(dossier)
    assert markdown.startswith("# newstrace dossier") and "| Tomas Eld |" in markdown


@pytest.fixture(scope="module")
def client(small_workspace):
    ws, _ = small_workspace
    return TestClient(create_app(ws))


def test_pages_render_escaped(client, small_workspace):
    _, dossier = small_workspace
    story = dossier["stories"][0]
    for url in ("/", f"/stories/{story['id']}", f"/articles/{story['article_ids'][0]}",
                f"/articles/{story['article_ids'][1]}"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "<script>alert" not in response.text and "<img src=x" not in response.text


def test_search_filters_stories(client):
    assert "Port stays shut" in client.get("/?q=eld").text  # by claimant
    assert "Port stays shut" in client.get("/?q=gull").text  # by outlet
    assert "No story matches" in client.get("/?q=volcano").text
    assert "No story matches" in client.get("/?from=2026-01-01").text


def test_errors_are_4xx_never_500(client, small_workspace):
    _, dossier = small_workspace
    article = dossier["stories"][0]["article_ids"][0]
    assert client.get("/stories/s-none").status_code == 404
    assert client.get("/articles/none").status_code == 404
    assert client.get(f"/articles/{article}?hl=9-3").status_code == 400
    assert client.get("/?from=yesterday").status_code == 400
    assert client.post("/").status_code == 405
    assert client.get("/static/../../etc/passwd").status_code == 404


def test_api_and_openapi(client, small_workspace):
    _, dossier = small_workspace
    story_id = dossier["stories"][0]["id"]
    listing = client.get("/api/stories").json()
    assert listing[0]["id"] == story_id and listing[0]["claims"] >= 1
    fragment = client.get(f"/api/stories/{story_id}").json()
    assert fragment["schema"] == "newstrace/dossier@1" and fragment["stories"][0]["id"] == story_id
    assert client.get("/api/stories/none").status_code == 404
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/stories" in paths and "/api/stories/{story_id}" in paths


# ----------------------------------------------------------------------------- the timeline's date axis


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_dates_cover_their_days():
    assert date_interval({"value": "2024-12-14", "precision": "day", "mod": "late"}) == (_day("2024-12-14"), _day("2024-12-15"))
    assert date_interval({"value": "2024-W50", "precision": "week"}) == (_day("2024-12-09"), _day("2024-12-16"))
    assert date_interval({"value": "2024-08", "precision": "month"}) == (_day("2024-08-01"), _day("2024-09-01"))
    assert date_interval({"value": "2024-11", "precision": "part-of-month", "mod": "early"}) == (
        _day("2024-11-01"), _day("2024-11-11"))
    assert date_interval({"value": "2025-WI", "precision": "season"}) == (_day("2024-12-01"), _day("2025-03-01"))
    assert date_interval({"value": "2024-Q3", "precision": "quarter"}) == (_day("2024-07-01"), _day("2024-10-01"))
    assert date_interval({"value": "2023", "precision": "year"}) == (_day("2023-01-01"), _day("2024-01-01"))
    assert date_interval({"value": "198", "precision": "decade"}) == (_day("1980-01-01"), _day("1990-01-01"))
    assert date_interval({"value": "PRESENT_REF", "precision": "reference"}) is None
    assert date_interval({"value": "2024-13", "precision": "month"}) is None
    assert date_interval({"value": "<script>", "precision": "day"}) is None


def test_ticks_for_a_three_day_and_a_four_month_span():
    days = axis_ticks((_day("2025-03-03"), _day("2025-03-06")), 900)
    assert [t.label for t in days] == ["Mon 3 Mar 2025", "Tue 4 Mar", "Wed 5 Mar"]
    assert [t.x for t in days] == [0, 300, 600]
    months = axis_ticks((_day("2024-08-01"), _day("2024-12-18")), 900)
    assert [t.label for t in months] == ["Aug 2024", "Sep", "Oct", "Nov", "Dec"]
    weeks = axis_ticks((_day("2025-02-20"), _day("2025-03-25")), 900)
    assert [t.label for t in weeks] == ["24 Feb 2025", "3 Mar", "10 Mar", "17 Mar", "24 Mar"]  # Mondays


def _item(value: str, kind: str = "statement", precision: str = "day", mod=None):
    date = {"value": value, "precision": precision, "mod": mod}
    return (value, kind, date_interval(date))


def test_the_axis_places_days_proportionally_and_stacks_a_busy_day():
    layout = lay_out([_item("2025-03-03"), _item("2025-03-04"), _item("2025-03-06"), _item("2025-03-06")],
                     {"statement": "statements"})
    x = [m.x for m in layout.markers]
    assert all(m.width == 0 for m in layout.markers)  # days are points
    assert x[1] - x[0] == pytest.approx((x[2] - x[0]) / 3, abs=0.2)
    assert x[2] == x[3] and layout.markers[2].y != layout.markers[3].y  # same day: one column, two rows
    assert layout.markers[0].y == layout.markers[2].y  # days apart share the first row


def test_vague_dates_are_bands_and_years_do_not_stretch_the_axis():
    layout = lay_out([_item("2024-08", precision="month"), _item("2024-11", precision="part-of-month", mod="early"),
                      _item("2024-12-14", "event"), _item("2024-12-17"), _item("2023", precision="year")],
                     {"event": "events", "statement": "statements"})
    by_value = {m.item: m for m in layout.markers}
    august, early_november, day = by_value["2024-08"], by_value["2024-11"], by_value["2024-12-17"]
    assert august.width > 0 and early_november.width > 0 and day.width == 0
    assert august.x == layout.plot_left  # the axis starts with August, not with 2023
    assert august.width == pytest.approx(early_november.width * 31 / 10, abs=0.3)
    assert by_value["2023"].clipped == "before" and by_value["2023"].x == layout.plot_left
    assert [lane.kind for lane in layout.lanes] == ["event", "statement"]
    assert [t.label for t in layout.ticks][:2] == ["Aug 2024", "Sep"]


def test_near_identical_labels():
    assert near_identical("Okafor: she expected the budget to pass", "Okafor said on Monday that she expected the budget to pass.")
    assert not near_identical("the report", "Karsk: the report was false")  # too short to tell
    assert not near_identical("Lina Okafor: small boats would be exempt", "Lina Okafor: the criticism was unfair")


def test_story_page_timeline_links_markers_and_rows(client, small_workspace):
    _, dossier = small_workspace
    story = dossier["stories"][0]
    html = client.get(f"/stories/{story['id']}").text
    axis = html[html.index('<svg class="tl-axis"'):html.index("</svg>", html.index('<svg class="tl-axis"'))]
    assert 'class="mk mk-statement"' in axis and 'class="mk mk-event"' in axis and "<title>" in axis
    assert re.search(r'href="/articles/\w+\?hl=\d+-\d+#s\d+"', axis)  # a statement marker opens its quoted span
    timeline = story_timeline(story, dossier["articles"])
    monday = dict(timeline.dates)["2025-03-03"]
    assert len(monday) == 1 and monday[0].kinds == ["event", "statement"]  # one fact, said twice
    claim = monday[0].targets[0][0]
    assert f'href="#{claim}"' in html and f'id="{claim}"' in html
    assert all(f'id="{anchor}"' in html for _, rows in timeline.dates for row in rows for anchor, _ in row.targets)


def test_the_timeline_escapes_its_labels():
    story = {"timeline": [{"date": {"value": "2025-03-03", "precision": "day"}, "label": f"x {HOSTILE}", "kind": "event",
                           "article_ids": ["a1"], "claim_ids": [], "figure_ids": []}],
             "claims": [], "figures": [], "conflicts": []}
    articles = [{"id": "a1", "outlet": HOSTILE}]
    template = environment().from_string('{% import "_story.html" as ui %}{{ ui.timeline(story, articles, link, "") }}')
    html = template.render(story=story, articles=articles, link=lambda article_id, span=None: f"/articles/{article_id}")
    assert "<script>" not in html and "<img" not in html
    assert "<title>2025-03-03 · event · x &lt;script&gt;" in html


def test_report_timeline_anchors_are_unique_per_story(small_workspace):
    ws, dossier = small_workspace
    html = render_report(dossier, {a.id: a for a in ws.articles()})
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    story_id = dossier["stories"][0]["id"]
    assert f'href="#{story_id}-claim-c1"' in html and f'id="{story_id}-claim-c1"' in html
    assert '<svg class="tl-axis"' in html


def test_the_article_view_marks_what_was_said_not_the_cue_between(nlp):
    from texts import analyze_text
    from newstrace.present.views import marks_from_analysis

    text = "“The tide came in too fast,” Nora Quill said. “We had minutes to move the boats.”"
    claims = [m for m in marks_from_analysis(analyze_text(text)) if m[2] == "claim"]
    assert [text[start:end] for start, end, _, _ in claims] == [
        "The tide came in too fast", "We had minutes to move the boats."]
