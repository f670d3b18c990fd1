"""The JSON dossier, contract `newstrace/dossier@1` (../shared/DESIGN.md section 5).

Every field of the contract is here under its contract name; additions (claim `status_reason`
and `sources`, story `updates`, article `url` and `warnings`, ...) are allowed by the contract and
listed in the schema.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Optional

from newstrace.model import Article, Claim, DateValue, Rejection, Story, StoryFigure, to_dict

SCHEMA_ID = "newstrace/dossier@1"


class DossierInvalid(ValueError):
    """A dossier that does not validate against the shipped JSON Schema."""


def build_dossier(articles: list[Article], rejections: list[Rejection], stories: list[Story]) -> dict:
    return {
        "schema": SCHEMA_ID,
        "articles": [_article(a) for a in articles],
        "rejected": [{"source": r.source, "reason": r.reason} for r in rejections],
        "stories": [_story(s) for s in sorted(stories, key=lambda s: (str(s.first_published), s.id))],
    }


def _date(value: Optional[DateValue]) -> Optional[dict]:
    return to_dict(value) if value else None


def _article(a: Article) -> dict:
    return {"id": a.id, "outlet": a.outlet, "title": a.title,
            "published": a.published.isoformat() if a.published else None, "source": a.source,
            "language": a.language, "dropped": list(a.dropped), "url": a.url, "byline": a.byline,
            "outlet_evidence": a.outlet_evidence, "duplicate_of": a.duplicate_of, "warnings": list(a.warnings)}


def _story(s: Story) -> dict:
    return {
        "id": s.id, "title": s.title, "article_ids": list(s.article_ids),
        "first_published": s.first_published.isoformat() if s.first_published else None,
        "last_published": s.last_published.isoformat() if s.last_published else None,
        "entities": [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)} for e in s.entities],
        "claims": [_claim(c) for c in s.claims],
        "figures": [_figure(f) for f in s.figures],
        "casualties": {k: to_dict(v) for k, v in s.casualties.items()},
        "conflicts": [to_dict(c) for c in s.conflicts],
        "updates": [to_dict(u) for u in s.updates],
        "timeline": [{**to_dict(t), "date": _date(t.date)} for t in s.timeline],
        "places": list(s.places),
    }


def _claim(c: Claim) -> dict:
    return {
        "id": c.id, "claimant": {"entity_id": c.claimant.entity_id, "name": c.claimant.name},
        "source": {"entity_id": c.source.entity_id, "name": c.source.name} if c.source else None,
        "summary": c.summary, "stated_on": _date(c.stated_on), "status": c.status,
        "status_reason": c.status_reason, "independent_sources": c.independent_sources,
        "sources": list(c.sources), "outlets": list(c.outlets),
        "reports": [{"article_id": r.article_id, "attribution_id": r.attribution_id, "kind": r.kind, "cue": r.cue,
                     "stance": r.stance, "text": r.text, "sentence": r.sentence, "span": list(r.span),
                     "parts": [list(part) for part in r.parts],
                     "hedges": list(r.hedges), "stated_on": _date(r.stated_on), "dated_from": r.dated_from,
                     "relayed_from": r.relayed_from, "addressee": r.addressee, "claimant": r.claimant}
                    for r in c.reports],
        "figure_ids": list(c.figure_ids),
    }


def _figure(sf: StoryFigure) -> dict:
    f = sf.figure
    claimant = sf.claimant
    return {
        "id": sf.id, "article_id": sf.article_id, "text": f.text, "span": list(f.span), "value": f.value,
        "low": f.low, "high": f.high, "qualifier": f.qualifier, "category": f.category, "measure": f.measure,
        "subject": f.subject, "claimant": {"entity_id": claimant.entity_id, "name": claimant.name} if claimant else None,
        "as_of": _date(f.as_of), "number_text": f.number_text, "unit": f.unit, "group": sf.group, "role": sf.role,
        "period": f.period, "place": f.place, "part_of": f"{sf.article_id}:{f.part_of}" if f.part_of else None,
        "partial": f.partial,
    }


@functools.lru_cache(maxsize=1)
def schema() -> dict:
    text = resources.files("newstrace.present").joinpath("schema/dossier-1.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate_dossier(dossier: dict) -> None:
    """Raise DossierInvalid naming the first place where the dossier breaks the contract."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    error = next(iter(sorted(validator.iter_errors(dossier), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise DossierInvalid(f"dossier does not match {SCHEMA_ID} at {where}: {error.message}")
