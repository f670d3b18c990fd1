"""Ingest: every input format, every kind of bad input, outlets and site furniture."""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.server
import json
import threading
from functools import partial

import pytest

from newstrace.ingest import ingest_sources
from newstrace.ingest.furniture import is_pattern_furniture
from newstrace.ingest.outlet import dateline, dateline_outlet
from newstrace.model import Article, Rejection
from newstrace.settings import Settings


def _run(paths, **kw):
    items = list(ingest_sources([str(p) for p in paths], kw.pop("settings", Settings()), **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejection)]


def test_dated_text_with_leading_whitespace_keeps_the_body_on_the_same_line(tmp_path):
    (tmp_path / "a.txt").write_text("   date 2025-03-04 The quay reopened on Tuesday.\n\nBoats left at dawn.")
    (article,), rejected = _run([tmp_path / "a.txt"])
    assert not rejected
    assert article.published == dt.date(2025, 3, 4)
    assert article.text == "The quay reopened on Tuesday.\n\nBoats left at dawn."


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (bytes(range(256)) * 2, "binary"),
    (b" date 2025-02-30 Body text.", "malformed date header '2025-02-30'"),
    (b" date 30.03.2025 Body text.", "expected YYYY-MM-DD"),
])
def test_bad_text_files_are_rejected_with_a_reason(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(" date 2025-03-01 A good article.")
    articles, rejected = _run([tmp_path])
    assert [a.source.rsplit("/", 1)[-1] for a in articles] == ["good.txt"]
    assert len(rejected) == 1 and reason in rejected[0].reason and rejected[0].source.endswith("bad.txt")


def test_latin1_and_utf16_text_is_read_not_rejected(tmp_path):
    (tmp_path / "l.txt").write_bytes(" date 2025-03-01 The café reopened.".encode("latin-1"))
    (tmp_path / "u.txt").write_bytes(" date 2025-03-01 The café reopened.".encode("utf-16"))
    articles, rejected = _run([tmp_path])
    assert not rejected and [a.text for a in articles] == ["The café reopened."] * 2


def test_undated_text_is_kept_with_a_warning_or_dated_from_the_option(tmp_path):
    (tmp_path / "n.txt").write_text("No header here, just news.")
    (article,), _ = _run([tmp_path / "n.txt"])
    assert article.published is None and article.warnings and "undated" in article.warnings[0]
    (article,), _ = _run([tmp_path / "n.txt"], default_date=dt.date(2025, 1, 2))
    assert article.published == dt.date(2025, 1, 2) and not article.warnings


@pytest.mark.parametrize("header", [
    "Title: Quay reopens after storm\nOutlet: quaytimes.example\nAuthor: J. Roe\nDate: 2025-03-04\n\n",
    "---\ntitle: Quay reopens after storm\nsource: quaytimes.example\npublished: March 4, 2025\n---\n",
])
def test_a_header_block_of_key_value_lines_gives_title_outlet_and_date(tmp_path, header):
    (tmp_path / "h.txt").write_text(header + "The quay reopened on Tuesday.\n\nBoats left at dawn.")
    (article,), rejected = _run([tmp_path / "h.txt"])
    assert not rejected and not article.warnings
    assert (article.title, article.outlet, article.published) == (
        "Quay reopens after storm", "quaytimes.example", dt.date(2025, 3, 4))
    assert article.text == "The quay reopened on Tuesday.\n\nBoats left at dawn."


def test_a_dateline_with_a_colon_is_body_and_a_bad_header_date_is_rejected(tmp_path):
    (tmp_path / "d.txt").write_text("WASHINGTON: The senate voted on Tuesday.\n\nIt passed.")
    (tmp_path / "x.txt").write_text("Title: Quay reopens\nDate: the day after\n\nThe quay reopened.")
    (article,), (rejected,) = _run([tmp_path / "d.txt", tmp_path / "x.txt"])
    assert article.text.startswith("WASHINGTON: The senate") and article.published is None
    assert rejected.source.endswith("x.txt") and "malformed date in the header" in rejected.reason


def test_jsonl_bad_line_is_rejected_alone_and_field_map_works(tmp_path):
    lines = [json.dumps({"article_body": "First body.", "dt": "2025-03-01", "site": "Quay Times"}), "{not json",
             json.dumps({"article_body": "Second body.", "dt": "March 2, 2025"})]
    (tmp_path / "r.jsonl").write_text("\n".join(lines))
    articles, rejected = _run([tmp_path / "r.jsonl"],
                              field_map={"text": "article_body", "published": "dt", "outlet": "site"})
    assert [a.text for a in articles] == ["First body.", "Second body."]
    assert articles[0].outlet == "Quay Times" and articles[1].published == dt.date(2025, 3, 2)
    assert len(rejected) == 1 and rejected[0].source.endswith("r.jsonl#2") and "invalid JSON" in rejected[0].reason


def test_json_that_is_not_records_and_unknown_types_are_rejected(tmp_path):
    (tmp_path / "x.json").write_text("42")
    (tmp_path / "y.pdf").write_bytes(b"%PDF-1.4 nothing")
    _, rejected = _run([tmp_path])
    reasons = sorted(r.reason for r in rejected)
    assert reasons == ["JSON holds a int, not an article record or a list of them", "unsupported file type '.pdf'"]


def test_missing_paths_and_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text(" date 2025-03-01 " + "word " * 500)
    small = dataclasses.replace(Settings(), max_input_bytes=1000)
    _, rejected = _run([tmp_path / "big.txt", tmp_path / "nope.txt", tmp_path / "*.zzz"], settings=small)
    assert [r.reason.split(",")[0] for r in rejected][1:] == ["no such file or directory", "the pattern matches no file"]
    assert "input limit" in rejected[0].reason


def test_outlet_from_dateline_byline_and_self_reference_never_invented(tmp_path):
    (tmp_path / "1.txt").write_text(" date 2025-03-01 KESTREL, March 1 (Gannet Wire) - The dam held.")
    (tmp_path / "2.txt").write_text(" date 2025-03-01 By Ana Reyes, Quay Times\n\nThe dam held.")
    (tmp_path / "3.txt").write_text(" date 2025-03-01 The dam held. The Quay Times could not independently verify the account.")
    (tmp_path / "4.txt").write_text(" date 2025-03-01 The dam held, engineers said.")
    articles, _ = _run([tmp_path])
    assert [(a.outlet, a.outlet_evidence) for a in articles] == [
        ("Gannet Wire", "dateline"), ("Quay Times", "byline"), ("Quay Times", "self-reference"), (None, None)]


def test_furniture_by_pattern_and_by_repetition_news_lines_kept(tmp_path):
    for day in range(1, 5):
        (tmp_path / f"{day}.txt").write_text(
            f" date 2025-03-0{day} By Staff, Quay Times\n\nStory number {day} about the harbour.\n\n"
            "Listen to this article\n\nThe council newsletter said the harbour fee would rise in May.\n\n"
            "Quay Times: your harbour, every morning.")
    articles, _ = _run([tmp_path])
    for article in articles:
        assert article.dropped == ["Listen to this article", "Quay Times: your harbour, every morning."]
        assert "The council newsletter said the harbour fee would rise in May." in article.text


@pytest.mark.parametrize("line, credits", [
    ("(Reporting by Amara Obi in Kano; Editing by Tom Gale)", True),
    ("Reporting by Amara Obi; Additional reporting by Jo Bell; Editing by Tom Gale", True),
    ("Harbour Wire writer Jane Roe in Quayside contributed to this report.", True),
    ("Reporting by the Quay Times showed that the dam leaked for a year.", False),
])
def test_a_wire_story_s_credits_are_no_news(line, credits):
    assert is_pattern_furniture(line) is credits


def test_the_headlines_a_read_more_label_lists_are_other_stories(tmp_path):
    (tmp_path / "a.txt").write_text(
        " date 2025-03-05\n\nA woman was hurt in a house fire in Werneth on Wednesday.\n\nRead more:\n\n"
        "Glodwick fire: two children die as mother escapes\n\nHundreds at funeral of Glodwick fire siblings\n\n"
        "The fire service said the cause was not yet known.")
    (article,), _ = _run([tmp_path / "a.txt"])
    assert "two children die" not in article.text and "The fire service said" in article.text
    assert article.dropped == ["Read more:", "Glodwick fire: two children die as mother escapes",
                               "Hundreds at funeral of Glodwick fire siblings"]


def test_html_page_main_text_title_date_and_site(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><title>Dam holds after storm</title><meta property='og:site_name' content='Quay Times'>"
        "<meta property='article:published_time' content='2025-03-05'></head><body><nav>Home | World</nav>"
        "<article><h1>Dam holds after storm</h1><p>The Kestrel dam held through the night as the river rose two "
        "metres, engineers said on Wednesday.</p><p>Residents downstream were told to stay alert until the "
        "weekend.</p></article><footer>Copyright 2025 Quay Times. All rights reserved.</footer></body></html>")
    (article,), rejected = _run([tmp_path / "p.html"])
    assert not rejected
    assert (article.outlet, article.published, article.title) == ("Quay Times", dt.date(2025, 3, 5), "Dam holds after storm")
    assert "The Kestrel dam held" in article.text and "Home | World" not in article.text


@pytest.fixture()
def local_server(tmp_path):
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.network
def test_urls_and_feeds_from_a_local_server(local_server):
    root, base = local_server
    (root / "story.html").write_text(
        "<html><head><title>Ferry resumes</title><meta property='og:site_name' content='Quay Times'></head><body>"
        "<article><p>The island ferry resumed sailing on Monday after a week of storms, the operator said.</p>"
        "<p>Tickets sold out within an hour.</p></article></body></html>")
    (root / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Quay Times</title>"
        "<item><title>Dam holds</title><link>http://127.0.0.1/dam</link><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;The dam held through the night, engineers said.&lt;/p&gt;</description></item>"
        "<item><title>Port closed</title><link>http://127.0.0.1/port</link><pubDate>Thu, 06 Mar 2025 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;The port closed for the day as winds reached gale force.&lt;/p&gt;</description></item>"
        "</channel></rss>")
    articles, rejected = _run([f"{base}/story.html", f"{base}/feed.xml", f"{base}/missing.html"],
                              default_date=dt.date(2025, 3, 3))
    assert [a.title for a in articles] == ["Ferry resumes", "Dam holds", "Port closed"]
    assert articles[1].published == dt.date(2025, 3, 5) and articles[1].outlet == "Quay Times"
    assert "island ferry resumed" in articles[0].text
    assert len(rejected) == 1 and rejected[0].reason == "HTTP 404"


@pytest.mark.parametrize("text, opening, agency", [
    ("PORT ELLIS, March 3 (Gannet Wire) - At least 12 people died.", "PORT ELLIS, March 3 (Gannet Wire) - ", "Gannet Wire"),
    ("QUAYSIDE, Mass. — A 19-year-old was held.", "QUAYSIDE, Mass. — ", None),
    ("TARN, Fla.- A boy was hurt.", "TARN, Fla.- ", None),
    ("KELLAN, Wales, Oct 9 (Marcher Wire) - A bridge shut.", "KELLAN, Wales, Oct 9 (Marcher Wire) - ", "Marcher Wire"),
    ("ST. ELMO (AP) — Four people were charged.", "ST. ELMO (AP) — ", "AP"),
    ("NATO-led forces crossed the river.", None, None),
    ("Harbor Ledger - reporting the coast since 1921.", None, None),
])
def test_one_dateline_rule_for_outlets_contents_timelines_and_titles(text, opening, agency):
    match = dateline(text)
    assert (text[:match.end()] if match else None) == opening
    assert dateline_outlet(text) == agency
