"""newstrace: story dossiers from dated news articles.

The Python API in one call::

    import newstrace
    dossier = newstrace.dossier_for(["articles/", "feed.jsonl"])   # newstrace/dossier@1 as a dict

The stage functions live in their packages: `newstrace.ingest.ingest_sources`,
`newstrace.analyze.analyze_article`, `newstrace.link.build_story`, `newstrace.assess.assess_story`,
`newstrace.present.dossier.build_dossier`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Union

if TYPE_CHECKING:
    from newstrace.model import Article

__version__ = "0.1.0"


def dossier_for(sources: Iterable[Union[str, Path, "Article"]], workspace: Union[str, Path] = ":memory:",
                settings=None) -> dict:
    """Ingest, analyze, link and assess `sources` (paths, globs, URLs or Article objects).

    With the default in-memory workspace nothing is written; pass a file path to keep the results
    and extend them on a later call.
    """
    from newstrace import pipeline
    from newstrace.settings import Settings
    from newstrace.store import Workspace

    with Workspace(workspace) as ws:
        dossier, _ = pipeline.run(ws, sources, settings or Settings())
    return dossier
