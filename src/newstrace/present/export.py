"""CSV and Markdown exports of a dossier."""

from __future__ import annotations

import csv
import io

CLAIM_COLUMNS = ["story_id", "claim_id", "claimant", "summary", "stated_on", "status", "status_reason",
                 "independent_sources", "sources", "outlets", "reports", "article_ids", "hedges", "source"]
FIGURE_COLUMNS = ["event_date", "story_id", "story_title", "figure_id", "category", "low", "best", "high", "qualifier",
                  "measure", "subject", "actor_claimant", "text", "article_id", "outlet", "role", "period", "place"]


def _csv(columns: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def export_claims_csv(dossier: dict) -> str:
    rows = []
    for story in dossier["stories"]:
        for c in story["claims"]:
            rows.append({
                "story_id": story["id"], "claim_id": c["id"], "claimant": c["claimant"]["name"], "summary": c["summary"],
                "stated_on": (c["stated_on"] or {}).get("value"), "status": c["status"],
                "status_reason": c.get("status_reason", ""), "independent_sources": c["independent_sources"],
                "sources": "; ".join(c.get("sources", [])), "outlets": "; ".join(c["outlets"]),
                "reports": len(c["reports"]),
                "article_ids": "; ".join(dict.fromkeys(r["article_id"] for r in c["reports"])),  # an article once
                "hedges": "; ".join(sorted({h for r in c["reports"] for h in r["hedges"]})),
                "source": (c.get("source") or c["claimant"])["name"]})
    return _csv(CLAIM_COLUMNS, rows)


def export_figures_csv(dossier: dict) -> str:
    """One row per figure, in the manner of an ACLED event table: date, place, actors, category, low/best/high. The
    place is the one the figure names, else the place the story is most about."""
    outlets = {a["id"]: a["outlet"] for a in dossier["articles"]}
    rows = []
    for story in dossier["stories"]:
        for f in story["figures"]:
            if f["category"] == "other":
                continue
            rows.append({
                "event_date": (f["as_of"] or {}).get("value"), "story_id": story["id"], "story_title": story["title"],
                "figure_id": f["id"], "category": f["category"], "low": f["low"], "best": f["value"], "high": f["high"],
                "qualifier": f["qualifier"], "measure": f["measure"], "subject": f["subject"],
                "actor_claimant": (f["claimant"] or {}).get("name"), "text": f["text"], "article_id": f["article_id"],
                "outlet": outlets.get(f["article_id"]), "role": f.get("role"), "period": f.get("period"),
                "place": f.get("place") or next(iter(story.get("places", [])), None)})
    return _csv(FIGURE_COLUMNS, rows)


def _md(text) -> str:
    """Markdown-safe table cell: no pipes or line breaks from article text."""
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def export_markdown(dossier: dict) -> str:
    lines = ["# newstrace dossier", ""]
    for story in dossier["stories"]:
        lines += [f"## {_md(story['title'])}", "",
                  f"{len(story['article_ids'])} articles, {story['first_published']} – {story['last_published']}", "",
                  "| claimant | claim | status | independent sources | outlets |", "| --- | --- | --- | --- | --- |"]
        lines += [f"| {_md(c['claimant']['name'])} | {_md(c['summary'])} | {c['status']} | {c['independent_sources']} | "
                  f"{_md(', '.join(c['outlets']))} |" for c in story["claims"]]
        lines += ["", "| category | low | best | high |", "| --- | --- | --- | --- |"]
        lines += [f"| {k} | {v['low']} | {v['best']} | {v['high']} |" for k, v in sorted(story["casualties"].items())]
        lines += [""] + [f"- **{c['kind']} conflict**: {_md(c['explanation'])}" for c in story["conflicts"]]
        lines += [f"- {e['date']['value']}: {_md(e['label'])}" for e in story["timeline"]] + [""]
    return "\n".join(lines)
