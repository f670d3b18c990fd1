"""The whole job on a workspace: ingest -> analyze -> link -> assess -> dossier.

Every step works from and into the store, so a run can stop anywhere and the next run continues:
articles already stored are not ingested again, analyses are kept per analyzer version, stories grow
incrementally (an article is assigned once), and only the stories that received articles are
rebuilt, or every story when the analyzer version or the linking and assessing code changed since they were
built. Progress is reported through a callback so the CLI can draw bars and the API stays quiet.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from newstrace.model import Article, ArticleAnalysis, Rejection
from newstrace.settings import Settings
from newstrace.store import Workspace

# progress(stage, done, total): total is None while it is not known yet
Progress = Callable[[str, int, Optional[int]], None]


def _quiet(stage: str, done: int, total: Optional[int]) -> None:
    return None


@dataclass
class RunSummary:
    added: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, id of the stored copy)
    rejections: list[Rejection] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # files of newstrace's own met in a directory or glob
    analyzed: int = 0
    stories_touched: list[str] = field(default_factory=list)
    seconds: float = 0.0


def ingest_into(workspace: Workspace, sources: Iterable[str], settings: Settings, summary: RunSummary,
                *, field_map: Optional[dict[str, str]] = None, default_date: Optional[dt.date] = None,
                progress: Progress = _quiet) -> None:
    """Store every new article; list duplicates and rejections (nothing is dropped silently).

    `sources` are paths, globs, URLs, or ready-made Article objects (stored as they are). The workspace's own
    files met in a directory or a glob, and the dossiers and reports newstrace wrote, are left out and listed.
    """
    from newstrace.ingest import LeftOut, ingest_sources

    sources = list(sources)
    given = [s for s in sources if isinstance(s, Article)]
    paths = [str(s) for s in sources if not isinstance(s, Article)]
    seen = 0
    own = workspace_files(workspace.path)
    for item in [*given, *ingest_sources(paths, settings, field_map=field_map, default_date=default_date,
                                         own_files=own)]:
        seen += 1
        progress("ingest", seen, None)
        if isinstance(item, LeftOut):
            summary.left_out.append(item.source)
            continue
        if isinstance(item, Rejection):
            workspace.add_rejection(item)
            summary.rejections.append(item)
            continue
        stored_as = workspace.add_article(item)
        if stored_as is None:
            summary.added += 1
        else:
            summary.duplicates.append((item.source, stored_as))


class AnalysisCache:
    """Analyses by article id: the ones this run made or read, the most recent few thousand kept in memory
    (linking and assessing read each one more than once), the rest read again from the store."""

    def __init__(self, workspace: Workspace, limit: int = 2000):
        self.workspace = workspace
        self.limit = limit
        self._kept: OrderedDict[str, ArticleAnalysis] = OrderedDict()

    def get(self, article_id: str) -> Optional[ArticleAnalysis]:
        analysis = self._kept.get(article_id)
        if analysis is None:
            analysis = self.workspace.analysis(article_id)
            if analysis is not None:
                self.keep(analysis)
        return analysis

    def keep(self, analysis: ArticleAnalysis) -> None:
        self._kept[analysis.article_id] = analysis
        self._kept.move_to_end(analysis.article_id)
        while len(self._kept) > self.limit:
            self._kept.popitem(last=False)


def analyze_pending(workspace: Workspace, settings: Settings, summary: RunSummary, cache: AnalysisCache,
                    progress: Progress = _quiet) -> None:
    from newstrace.analyze import ANALYZER_VERSION, analyze_articles

    pending = workspace.pending_analysis(ANALYZER_VERSION)
    progress("analyze", 0, len(pending))
    for done, analysis in enumerate(analyze_articles(workspace.articles(pending), settings), start=1):
        workspace.put_analysis(analysis)
        cache.keep(analysis)
        summary.analyzed += 1
        progress("analyze", done, len(pending))


def link_pending(workspace: Workspace, settings: Settings, summary: RunSummary, cache: AnalysisCache,
                 progress: Progress = _quiet) -> None:
    """Assign new articles to stories in publication order, then rebuild the stories they joined."""
    from newstrace.link.stories import StoryIndex

    state = workspace.document("story_index")
    index = StoryIndex.from_state(state, archive=workspace) if state else StoryIndex(archive=workspace)
    stamp = stories_stamp()
    # stories built from older analyses or by older linking and assessing code are rebuilt (never re-clustered)
    stale = workspace.document(_BUILT_BY) != stamp
    touched: dict[str, None] = dict.fromkeys(workspace.assigned_story_ids() if stale else [])
    pending = workspace.unassigned()
    for done, article in enumerate(workspace.articles(pending), start=1):
        story_id = index.assign(article, cache.get(article.id))
        workspace.set_story(article.id, story_id)
        touched[story_id] = None
        progress("link", done, len(pending))
    workspace.put_document("story_index", index.to_state())
    summary.stories_touched = list(touched)
    _rebuild_stories(workspace, settings, summary.stories_touched, cache, progress)
    workspace.put_document(_BUILT_BY, stamp)


_BUILT_BY = "stories_built_by"


@functools.cache
def stories_stamp() -> str:
    """What the stories of a workspace were built by: the analyzer version and the code that links and assesses."""
    from newstrace import assess, link
    from newstrace.analyze import ANALYZER_VERSION

    code = hashlib.sha1()
    for package in (link, assess):
        for source in sorted(Path(package.__file__).parent.glob("*.py")):
            code.update(source.read_bytes())
    return f"{ANALYZER_VERSION}:{code.hexdigest()[:16]}"


REBUILT_TOGETHER = 64  # stories whose claim contents go to the encoder in one call


def _rebuild_stories(workspace: Workspace, settings: Settings, story_ids: list[str], cache: AnalysisCache,
                     progress: Progress) -> None:
    from newstrace.analyze.resources import encode_texts
    from newstrace.assess import assess_story
    from newstrace.link.story import build_stories

    encode = functools.partial(encode_texts, model_path=settings.embedding_model) if settings.use_embeddings else None
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    done = 0
    for first in range(0, len(story_ids), REBUILT_TOGETHER):
        chunk = []
        for story_id in story_ids[first:first + REBUILT_TOGETHER]:
            articles = list(workspace.articles(workspace.story_article_ids(story_id)))
            chunk.append((story_id, articles, [cache.get(a.id) for a in articles]))
        analyses = {a.article_id: a for _, _, story_analyses in chunk for a in story_analyses}
        unembedded = {article_id: _unembedded(analysis) for article_id, analysis in analyses.items()}
        for story, (_, articles, story_analyses) in zip(build_stories(chunk, encode), chunk):
            workspace.put_story(assess_story(story, articles, story_analyses), stamp)
            done += 1
            progress("assess", done, len(story_ids))
        for article_id, analysis in analyses.items():
            if _unembedded(analysis) != unembedded[article_id]:  # keep the claim embeddings the linking made
                workspace.put_analysis(analysis)


def _unembedded(analysis: ArticleAnalysis) -> int:
    return sum(1 for attribution in analysis.attributions if attribution.embedding is None)


def refresh_dossier(workspace: Workspace, rebuilt: Optional[Iterable[str]] = None) -> dict:
    """Build, validate and store the dossier of the whole workspace. With `rebuilt` (story ids), only those
    stories are validated with the rest of the dossier: the others passed when they were last rebuilt, and
    validating every story on every run would grow with the workspace."""
    from newstrace.present.dossier import build_dossier, validate_dossier

    dossier = build_dossier(list(workspace.articles()), workspace.rejections(), workspace.stories())
    dossier["duplicates"] = [{"source": s, "duplicate_of": d} for s, d in workspace.duplicates()]
    checked = set(rebuilt) if rebuilt is not None else None
    validate_dossier(dossier if checked is None else
                     {**dossier, "stories": [s for s in dossier["stories"] if s["id"] in checked]})
    workspace.put_document("dossier", dossier)
    return dossier


def run(workspace: Workspace, sources: Iterable[str], settings: Settings = Settings(), *,
        field_map: Optional[dict[str, str]] = None, default_date: Optional[dt.date] = None,
        progress: Progress = _quiet) -> tuple[dict, RunSummary]:
    """The whole job; returns the workspace's dossier and what this run did."""
    started = time.perf_counter()
    summary = RunSummary()
    ingest_into(workspace, sources, settings, summary, field_map=field_map, default_date=default_date,
                progress=progress)
    cache = AnalysisCache(workspace)
    analyze_pending(workspace, settings, summary, cache, progress)
    link_pending(workspace, settings, summary, cache, progress)
    dossier = refresh_dossier(workspace, rebuilt=summary.stories_touched)
    summary.seconds = time.perf_counter() - started
    return dossier, summary


# SQLite keeps a workspace in its file and, while open or after a crash, in these beside it
_WORKSPACE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def workspace_files(workspace: Path) -> frozenset[Path]:
    """The files of a workspace, resolved: never articles, even in the folder of the articles."""
    return frozenset(Path(f"{workspace}{suffix}").resolve() for suffix in _WORKSPACE_COMPANIONS)


def write_outputs(workspace: Workspace, dossier: dict, out_dir: Path) -> tuple[Path, Path]:
    """dossier.json and the self-contained report.html in `out_dir`."""
    import json

    from newstrace.present.report import render_report

    out_dir.mkdir(parents=True, exist_ok=True)
    dossier_path = out_dir / "dossier.json"
    dossier_path.write_text(json.dumps(dossier, ensure_ascii=False, indent=1), encoding="utf-8")
    articles: dict[str, Article] = {a.id: a for a in workspace.articles()}
    report_path = out_dir / "report.html"
    report_path.write_text(render_report(dossier, articles), encoding="utf-8")
    return dossier_path, report_path
