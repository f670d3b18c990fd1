"""The embedded workspace: one SQLite file (WAL mode) holding articles, analyses and results.

Records are kept as JSON documents (the model's `to_dict` form) next to the few columns that are
queried, so the schema stays small and a PostgreSQL backend can mirror it table for table.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newstrace.link.stories import archive_keys
from newstrace.model import Article, ArticleAnalysis, Rejection, Story, from_dict, to_dict

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE NOT NULL,
    content_hash TEXT UNIQUE NOT NULL,
    published TEXT,
    story_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    version TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, updated TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rejections (source TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (source, reason));
CREATE TABLE IF NOT EXISTS duplicates (source TEXT PRIMARY KEY, duplicate_of TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS retired_stories (id TEXT PRIMARY KEY, last TEXT NOT NULL, state TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS retired_stories_last ON retired_stories(last);
-- the keys a retired story is found by: the people it is about, and "&" and each name it names (archive_keys)
CREATE TABLE IF NOT EXISTS retired_story_people (name TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (name, id));
"""


class WorkspaceError(RuntimeError):
    """The workspace file cannot be opened or is not a newstrace workspace."""


class Workspace:
    """A newstrace workspace in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise WorkspaceError(f"{self.path}: cannot open as a newstrace workspace ({exc})") from exc
        self._check_version()

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            with self._db:
                self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise WorkspaceError(f"{self.path}: workspace schema {row[0]}, this newstrace reads {SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ articles

    def add_article(self, article: Article) -> Optional[str]:
        """Store a new article; return the id of the stored copy when it is already here.

        The same text from the same outlet (or with no outlet to tell) is the same article: stored once, the
        second input listed as a duplicate. The same text under another outlet is that outlet's copy of a
        wire story: stored as an article of its own, marked `duplicate_of` the first, so its outlet counts
        as carrying the story while its words count as one source."""
        key = article.content_hash
        first = self._db.execute("SELECT id, data FROM articles WHERE content_hash=?", (key,)).fetchone()
        if first is not None:
            first_outlet = json.loads(first[1]).get("outlet")
            if article.outlet and first_outlet and article.outlet.lower() != first_outlet.lower():
                key = f"{article.content_hash}|{article.outlet.lower()}"
                article = dataclasses.replace(article, duplicate_of=first[0])
            else:
                key = None
        stored = self._db.execute("SELECT id FROM articles WHERE content_hash=?", (key,)).fetchone() if key else first
        if stored is not None:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO duplicates VALUES (?, ?)", (article.source, stored[0]))
            return stored[0]
        with self._db:
            self._db.execute(
                "INSERT INTO articles (id, content_hash, published, data) VALUES (?, ?, ?, ?)",
                (article.id, key, _iso(article.published), _dump(article)),
            )
        return None

    def article(self, article_id: str) -> Optional[Article]:
        row = self._db.execute("SELECT data FROM articles WHERE id=?", (article_id,)).fetchone()
        return from_dict(Article, json.loads(row[0])) if row else None

    def articles(self, ids: Optional[Iterable[str]] = None) -> Iterator[Article]:
        """Articles in publication order (undated last), or the given ids in that order."""
        query = "SELECT data FROM articles"
        params: tuple = ()
        if ids is not None:
            ids = list(ids)
            query += f" WHERE id IN ({','.join('?' * len(ids))})"
            params = tuple(ids)
        query += " ORDER BY published IS NULL, published, seq"
        for (data,) in self._db.execute(query, params):
            yield from_dict(Article, json.loads(data))

    def count_articles(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def pending_analysis(self, version: str) -> list[str]:
        """Ids of articles with no analysis from this analyzer version, in publication order."""
        rows = self._db.execute(
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
            "WHERE n.version IS NULL OR n.version != ? ORDER BY a.published IS NULL, a.published, a.seq",
            (version,),
        )
        return [r[0] for r in rows]

    def unassigned(self) -> list[str]:
        rows = self._db.execute(
            "SELECT id FROM articles WHERE story_id IS NULL ORDER BY published IS NULL, published, seq")
        return [r[0] for r in rows]

    def set_story(self, article_id: str, story_id: str) -> None:
        with self._db:
            self._db.execute("UPDATE articles SET story_id=? WHERE id=?", (story_id, article_id))

    def assigned_story_ids(self) -> list[str]:
        """Every story an article was assigned to, in the order of their first articles."""
        rows = self._db.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL "
                                "ORDER BY published IS NULL, published, seq")
        return list(dict.fromkeys(r[0] for r in rows))

    def story_article_ids(self, story_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT id FROM articles WHERE story_id=? ORDER BY published IS NULL, published, seq", (story_id,))
        return [r[0] for r in rows]

    # ------------------------------------------------------------------ analyses

    def put_analysis(self, analysis: ArticleAnalysis) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
                (analysis.article_id, analysis.analyzer_version, _dump(analysis)),
            )

    def analysis(self, article_id: str) -> Optional[ArticleAnalysis]:
        row = self._db.execute("SELECT data FROM analyses WHERE article_id=?", (article_id,)).fetchone()
        return from_dict(ArticleAnalysis, json.loads(row[0])) if row else None

    # ------------------------------------------------------------------ stories and results

    def put_story(self, story: Story, updated: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?)", (story.id, updated, _dump(story)))

    def stories(self) -> list[Story]:
        rows = self._db.execute("SELECT data FROM stories ORDER BY id")
        return [from_dict(Story, json.loads(data)) for (data,) in rows]

    def story(self, story_id: str) -> Optional[Story]:
        row = self._db.execute("SELECT data FROM stories WHERE id=?", (story_id,)).fetchone()
        return from_dict(Story, json.loads(row[0])) if row else None

    def add_rejection(self, rejection: Rejection) -> None:
        with self._db:
            self._db.execute("INSERT OR IGNORE INTO rejections VALUES (?, ?)", (rejection.source, rejection.reason))

    def rejections(self) -> list[Rejection]:
        return [Rejection(s, r) for s, r in self._db.execute("SELECT source, reason FROM rejections ORDER BY source")]

    def duplicates(self) -> list[tuple[str, str]]:
        return list(self._db.execute("SELECT source, duplicate_of FROM duplicates ORDER BY source"))

    def put_document(self, name: str, value) -> None:
        """A named JSON document: the story index state, the latest dossier."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?)", (name, json.dumps(value)))

    def document(self, name: str):
        row = self._db.execute("SELECT data FROM documents WHERE name=?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def archive_story_states(self, states: list[dict]) -> None:
        """Keep the story index's retired stories (newstrace.link.stories.StoryArchive), found by the day
        of their last article and by the people they are about and the names they name; a story kept before is
        replaced."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO retired_stories VALUES (?, ?, ?)",
                                 [(s["id"], s["last"], json.dumps(s)) for s in states])
            self._db.executemany("INSERT OR IGNORE INTO retired_story_people VALUES (?, ?)",
                                 [(key, s["id"]) for s in states for key in archive_keys(s)])

    def archived_story_states(self, days: list[str]) -> list[dict]:
        marks = ",".join("?" * len(days))
        rows = self._db.execute(f"SELECT state FROM retired_stories WHERE last IN ({marks}) ORDER BY id", days)
        return [json.loads(state) for (state,) in rows]

    def archived_stories_naming(self, keys: list[str]) -> dict[str, list[str]]:
        marks = ",".join("?" * len(keys))
        naming: dict[str, list[str]] = {}
        for name, story in self._db.execute(
                f"SELECT name, id FROM retired_story_people WHERE name IN ({marks}) ORDER BY name, id", keys):
            naming.setdefault(name, []).append(story)
        return naming

    def archived_stories_by_id(self, ids: list[str]) -> list[dict]:
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(f"SELECT state FROM retired_stories WHERE id IN ({marks}) ORDER BY id", ids)
        return [json.loads(state) for (state,) in rows]

    # ------------------------------------------------------------------ what the web UI reads

    def dossier(self) -> dict:
        return self.document("dossier") or {"schema": "newstrace/dossier@1", "articles": [], "rejected": [], "stories": []}


def _dump(obj) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def _iso(date) -> Optional[str]:
    return date.isoformat() if date else None
