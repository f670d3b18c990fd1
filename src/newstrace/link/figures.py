"""Figures placed in a story and grouped by what they measure.

The group key is the category, the normalized subject ("north korean soldier") and the period a count
runs over, if any, so "30 North Korean soldiers killed or wounded" (casualties) and "200 Russian and
North Korean soldiers killed" (killed) never meet: different scopes are neither updates nor conflicts.
A count with no subject ("the toll rose to 27") counts people.
"""

from __future__ import annotations

import re
from typing import Optional

from newstrace.link.claims import claimant_key
from newstrace.model import ArticleAnalysis, EntityRef, Figure, StoryFigure

CASUALTY_CATEGORIES = ("killed", "injured", "casualties", "missing", "displaced", "arrested")
# Head nouns that name no particular group: "45 people" and "60 of its members" count the same crowd.
_GENERIC_PEOPLE = {"", "people", "person", "individual", "civilian", "other", "resident", "victim", "member",
                   "picket", "protester", "demonstrator", "passenger", "adult", "inhabitant"}
_DETERMINERS = {"the", "a", "an", "of", "more", "other", "its", "their", "his", "her", "our", "these", "those", "union"}


def subject_key(subject: Optional[str]) -> str:
    """'North Korean soldiers' -> 'north korean soldier'; any generic crowd -> 'people'."""
    words = [w for w in re.findall(r"[a-z]+", (subject or "").lower()) if w not in _DETERMINERS]
    words = [w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words]
    if not words or words[-1] in _GENERIC_PEOPLE:
        return "people"
    return " ".join(words)


def group_key(figure: Figure) -> str:
    """A count over a period is a measure of its own: "131 so far this year" neither updates nor contradicts "2"."""
    period = f" ({figure.period})" if figure.period else ""
    return f"{figure.category}|{subject_key(figure.subject)}{period}"


def place_figures(analyses: list[ArticleAnalysis], entity_map: dict[tuple[str, str], str],
                  names: dict[str, str]) -> list[StoryFigure]:
    placed = []
    for analysis in analyses:
        attributions = {a.id: a for a in analysis.attributions}
        for figure in analysis.figures:
            claimant = None
            if figure.attribution in attributions:
                key = claimant_key(analysis.article_id, attributions[figure.attribution], entity_map)
                claimant = EntityRef(None if key.startswith("~") else key, names.get(key, figure.claimant.name))
            elif figure.claimant is not None:
                claimant = EntityRef(None, figure.claimant.name)
            placed.append(StoryFigure(id=f"{analysis.article_id}:{figure.id}", article_id=analysis.article_id,
                                      figure=figure, claimant=claimant, group=group_key(figure)))
    return placed
