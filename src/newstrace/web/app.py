"""The local web UI: server-rendered pages and a small JSON API over a workspace.

Bound to 127.0.0.1 unless told otherwise. Pages only read the workspace; no request path reaches
the file system, and article text is escaped by the templates.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Protocol

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newstrace.model import Article, ArticleAnalysis
from newstrace.present.report import story_context
from newstrace.present.views import environment, highlights, marks_from_analysis, outlet_of

_SPAN = re.compile(r"^(\d{1,9})-(\d{1,9})$")


class WorkspaceView(Protocol):
    def dossier(self) -> dict: ...
    def article(self, article_id: str) -> Optional[Article]: ...
    def analysis(self, article_id: str) -> Optional[ArticleAnalysis]: ...


def create_app(workspace: WorkspaceView) -> FastAPI:
    app = FastAPI(title="newstrace", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Story dossiers (contract newstrace/dossier@1) from a newstrace workspace.")
    env = environment()

    def render(status: int = 200, **context) -> HTMLResponse:
        page = env.get_template("page.html").render(query=context.pop("query", {}), **context)
        return HTMLResponse(page, status_code=status)

    def web_link(article_id: str, span=None, anchor=None) -> str:
        return f"/articles/{article_id}?hl={span[0]}-{span[1]}#s{span[0]}" if span else f"/articles/{article_id}"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return render(exc.status_code, page="error", title=f"{exc.status_code}", message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        message = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=400)
        return render(400, page="error", title="Bad request", message=message)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(q: Optional[str] = Query(None, max_length=200), start: Optional[str] = Query(None, alias="from", max_length=10),
              end: Optional[str] = Query(None, alias="to", max_length=10)):
        date_from, date_to = _date_param("from", start), _date_param("to", end)
        dossier = workspace.dossier()
        articles = {a["id"]: a for a in dossier["articles"]}
        stories = [s for s in dossier["stories"] if _matches(s, articles, q, date_from, date_to)]
        stories.sort(key=lambda s: s["last_published"] or "", reverse=True)
        outlets = {s["id"]: sorted({outlet_of(articles[a]) for a in s["article_ids"]}) for s in stories}
        return render(page="index", title="Stories", stories=stories, total=len(dossier["stories"]), outlets=outlets,
                      query={"q": q, "date_from": date_from, "date_to": date_to})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str):
        dossier = workspace.dossier()
        story = _story(dossier, story_id)
        articles = {a["id"]: a for a in dossier["articles"]}
        return render(page="story", title=story["title"], story=story, ctx=story_context(story, articles),
                      articles=articles, link=web_link)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str, hl: Optional[str] = Query(None, max_length=24)):
        article = workspace.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r} in this workspace")
        marks = marks_from_analysis(workspace.analysis(article_id))
        if hl is not None:
            span = _SPAN.match(hl)
            if span is None or not int(span.group(1)) < int(span.group(2)) <= len(article.text):
                raise HTTPException(400, "hl must be START-END within the article text")
            marks.append((int(span.group(1)), int(span.group(2)), "asked", "the span you followed"))
        dossier = workspace.dossier()
        story_id = next((s["id"] for s in dossier["stories"] if article_id in s["article_ids"]), None)
        meta = next((a for a in dossier["articles"] if a["id"] == article_id), None) or {
            "id": article.id, "title": article.title, "outlet": article.outlet, "source": article.source,
            "published": article.published, "dropped": article.dropped}
        return render(page="article", title=article.title or article.id, article=meta, story_id=story_id,
                      paragraphs=highlights(article.text, marks, anchor_prefix="s"))

    @app.get("/api/stories", summary="All stories, without their claims and figures")
    def api_stories() -> list[dict]:
        keep = ("id", "title", "article_ids", "first_published", "last_published")
        return [{**{k: s[k] for k in keep}, "claims": len(s["claims"]), "figures": len(s["figures"]),
                 "conflicts": len(s["conflicts"])} for s in workspace.dossier()["stories"]]

    @app.get("/api/stories/{story_id}", summary="One story: its fragment of the newstrace/dossier@1 contract")
    def api_story(story_id: str) -> dict:
        dossier = workspace.dossier()
        story = _story(dossier, story_id)
        ids = set(story["article_ids"])
        return {"schema": dossier["schema"], "articles": [a for a in dossier["articles"] if a["id"] in ids],
                "stories": [story]}

    return app


def _date_param(name: str, value: Optional[str]) -> Optional[dt.date]:
    """An empty form field means no bound; anything else must be YYYY-MM-DD."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a date YYYY-MM-DD, not {value!r}") from None


def _story(dossier: dict, story_id: str) -> dict:
    story = next((s for s in dossier["stories"] if s["id"] == story_id), None)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r} in this workspace")
    return story


def _matches(story: dict, articles: dict, q: Optional[str], date_from, date_to) -> bool:
    if date_from and (story["last_published"] or "") < date_from.isoformat():
        return False
    if date_to and (story["first_published"] or "9999") > date_to.isoformat():
        return False
    if not q:
        return True
    needle = q.lower()
    haystack = [story["title"], *(e["name"] for e in story["entities"]), *(a for e in story["entities"] for a in e["aliases"]),
                *(c["summary"] for c in story["claims"]), *(c["claimant"]["name"] for c in story["claims"]),
                *(outlet_of(articles[a]) for a in story["article_ids"]),
                *((articles[a]["title"] or "") for a in story["article_ids"])]
    return any(needle in (h or "").lower() for h in haystack)


def serve(workspace: WorkspaceView, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    uvicorn.run(create_app(workspace), host=host, port=port, log_level="warning")
