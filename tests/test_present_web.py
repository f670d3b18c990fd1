"""The dossier contract, the HTML report, the exports and the web UI: content and escaping."""

from __future__ import annotations

import copy
import csv
import io

import pytest
from fastapi.testclient import TestClient

from conftest import HOSTILE
from newstrace.present.dossier import DossierInvalid, validate_dossier
from newstrace.present.export import FIGURE_COLUMNS, export_claims_csv, export_figures_csv, export_markdown
from newstrace.present.report import render_report
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
