"""The SQLite workspace: articles stored once by content, analyses and stories kept, WAL mode."""

from __future__ import annotations

import datetime as dt

import pytest

from newstrace.model import Article, ArticleAnalysis, Claim, EntityRef, Rejection, Report, Story
from newstrace.store import Workspace, WorkspaceError


def _article(id_: str, text: str, day: int, content_hash: str | None = None) -> Article:
    return Article(id=id_, source=f"{id_}.txt", text=text, published=dt.date(2025, 3, day),
                   content_hash=content_hash or f"hash-{id_}")


def test_same_content_is_stored_once_and_reported(tmp_path):
    with Workspace(tmp_path / "ws.db") as ws:
        assert ws.add_article(_article("a1", "Flood waters rose.", 2)) is None
        copy = Article(id="a9", source="copy.txt", text="Flood waters rose.", content_hash="hash-a1")
        assert ws.add_article(copy) == "a1"
        assert ws.count_articles() == 1
        assert ws.duplicates() == [("copy.txt", "a1")]


def test_the_same_text_under_another_outlet_is_a_copy_kept_and_marked(tmp_path):
    with Workspace(tmp_path / "ws.db") as ws:
        wire = Article(id="w", source="wire.txt", text="Port closed.", outlet="Coastline Press", content_hash="h")
        copy = Article(id="c", source="hill.txt", text="Port closed.", outlet="Hill Times", content_hash="h")
        assert ws.add_article(wire) is None and ws.add_article(copy) is None
        assert ws.article("c").duplicate_of == "w" and ws.count_articles() == 2
        again = Article(id="c2", source="hill-again.txt", text="Port closed.", outlet="Hill Times", content_hash="h")
        assert ws.add_article(again) == "c"  # the same copy read twice is one article
        assert ws.duplicates() == [("hill-again.txt", "c")]


def test_articles_come_back_in_publication_order_with_all_fields(tmp_path):
    with Workspace(tmp_path / "ws.db") as ws:
        late = _article("b", "Later report.", 9)
        late.dropped = ["Listen to this article"]
        ws.add_article(late)
        ws.add_article(_article("a", "Earlier report.", 3))
        ws.add_article(Article(id="u", source="u.txt", text="Undated.", content_hash="hu"))
        got = list(ws.articles())
        assert [a.id for a in got] == ["a", "b", "u"]
        assert got[1].dropped == ["Listen to this article"] and got[1].published == dt.date(2025, 3, 9)


def test_pending_analysis_follows_analyzer_version(tmp_path):
    with Workspace(tmp_path / "ws.db") as ws:
        ws.add_article(_article("a", "One.", 2))
        ws.add_article(_article("b", "Two.", 3))
        ws.put_analysis(ArticleAnalysis(article_id="a", analyzer_version="1"))
        assert ws.pending_analysis("1") == ["b"]
        assert ws.pending_analysis("2") == ["a", "b"]
        assert ws.analysis("a").analyzer_version == "1"


def test_results_survive_reopening_in_wal_mode(tmp_path):
    path = tmp_path / "ws.db"
    with Workspace(path) as ws:
        ws.add_article(_article("a", "One.", 2))
        ws.set_story("a", "s-a")
        report = Report(article_id="a", attribution_id="a1", kind="direct", cue="said", stance="asserts",
                        text="We will rebuild", sentence="\"We will rebuild,\" she said.", span=(1, 16))
        claim = Claim(id="c1", claimant=EntityRef(None, "Mayor Ines Dal"), summary="We will rebuild", reports=[report])
        ws.put_story(Story(id="s-a", title="Rebuilding", article_ids=["a"], claims=[claim]), "2025-03-02T00:00:00")
        ws.add_rejection(Rejection("bad.txt", "empty file"))
        ws.put_document("story_index", {"stories": {"s-a": ["a"]}})
    with Workspace(path) as ws:
        assert ws._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        story = ws.story("s-a")
        assert story.claims[0].reports[0].span == (1, 16)
        assert ws.story_article_ids("s-a") == ["a"] and ws.unassigned() == []
        assert ws.rejections() == [Rejection("bad.txt", "empty file")]
        assert ws.document("story_index") == {"stories": {"s-a": ["a"]}}


def test_a_file_that_is_not_a_workspace_is_refused_in_one_line(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database" * 50)
    with pytest.raises(WorkspaceError, match="notes.db: cannot open"):
        Workspace(bogus)
