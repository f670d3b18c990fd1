"""The self-contained HTML report: one file, inline CSS, no external requests."""

from __future__ import annotations

from newstrace.model import Article
from newstrace.present.views import environment, highlights, marks_from_dossier, source_graph, who_said_what


def story_context(story: dict, articles_by_id: dict[str, dict]) -> dict:
    outlets, rows = who_said_what(story, articles_by_id)
    nodes, edges, height = source_graph(story, articles_by_id)
    return {"story": story, "outlets": outlets, "rows": rows, "nodes": nodes, "edges": edges, "height": height}


def render_report(dossier: dict, articles: dict[str, Article]) -> str:
    by_id = {a["id"]: a for a in dossier["articles"]}

    def link(article_id: str, span=None, anchor=None) -> str:
        return f"#article-{article_id}-{span[0]}" if span else f"#article-{article_id}"

    article_views = [{"article": meta, "paragraphs": highlights(articles[meta["id"]].text,
                                                                 marks_from_dossier(dossier, meta["id"]),
                                                                 anchor_prefix=f"article-{meta['id']}-")}
                     for meta in dossier["articles"] if meta["id"] in articles]
    template = environment().get_template("report.html")
    return template.render(dossier=dossier, stories=[story_context(s, by_id) for s in dossier["stories"]],
                           articles=article_views, link=link)
