"""Entities across the articles of one story, merged into StoryEntity records with aliases.

- People: the same full name is one person; a bare surname joins the one full name of the story
  that ends with it, and stays apart when two full names share it.
- Organizations: shared names or aliases (acronyms, also one article's "WHO" and another's "World Health
  Organization"), or the same distinctive words with the country
  they belong to ("Ukraine's military intelligence agency" / "Ukraine's Defence Intelligence
  authorities": Ukraine + intelligence), generic words such as "agency" or "ministry" not counting.
- Places and groups: by normalized name.
"""

from __future__ import annotations

import re

from newstrace.model import ArticleAnalysis, Entity, StoryEntity

_GENERIC = {"agency", "agencies", "ministry", "office", "authorities", "authority", "department", "service",
            "services", "the", "of", "and", "for", "national", "state", "official", "officials", "s",
            "military", "defence", "defense", "government", "council", "committee", "group", "force", "forces",
            "directorate", "bureau", "administration", "command"}


def normalize(name: str) -> str:
    return re.sub(r"[^\w ]+", "", re.sub(r"['’]s\b", "", name.lower())).strip()


def _key_words(name: str) -> set[str]:
    return {w for w in normalize(name).split() if w not in _GENERIC}


def acronyms(name: str) -> set[str]:
    """ "Louisville Metro Police" -> LMP, and LMPD: an agency's acronym often counts the "Department" its name
    leaves out."""
    words = [w for w in normalize(name).split() if w not in ("of", "the", "and", "for")]
    acronym = "".join(w[0] for w in words) if len(words) >= 2 else ""
    return {acronym, acronym + "d"} if acronym else set()


def _an_acronym_of(short: str, full: str) -> bool:
    """ "WHO" of "World Health Organization", "UN" of "United Nations"."""
    return short.isupper() and 2 <= len(short) <= 6 and short.lower() in acronyms(full)


_PLACES = {"GPE", "LOC", "FAC"}


def merge_entities(analyses: list[ArticleAnalysis]) -> tuple[list[StoryEntity], dict[tuple[str, str], str]]:
    """Story entities, and the map (article id, article entity id) -> story entity id."""
    merged: list[StoryEntity] = []
    mapping: dict[tuple[str, str], str] = {}
    local = [(a.article_id, e) for a in analyses for e in sorted(a.entities, key=lambda e: -len(e.name.split()))]
    for article_id, entity in local:
        target = next((s for s in merged if _same(s, entity, merged)), None)
        if target is None:
            target = StoryEntity(id=f"E{len(merged) + 1}", name=entity.name, type=entity.type)
            merged.append(target)
        target.affiliation = target.affiliation or entity.affiliation
        if target.type == "ORG" and entity.type in _PLACES:
            target.type = entity.type  # a name tagged as a place anywhere is a place
        fuller = len(entity.name.split()) > len(target.name.split())
        as_printed = target.name.isupper() and not entity.name.isupper() and entity.name.upper() == target.name
        if fuller or as_printed:  # the fullest name is the canonical one; "Karvo" rather than a dateline's "KARVO"
            target.aliases.append(target.name)
            target.name = entity.name
        for alias in [entity.name, *entity.aliases]:
            if alias != target.name and alias not in target.aliases:
                target.aliases.append(alias)
        if target.name in target.aliases:
            target.aliases.remove(target.name)
        target.members.append((article_id, entity.id))
        mapping[(article_id, entity.id)] = target.id
    return merged, mapping


def _names(entity) -> set[str]:
    return {normalize(n) for n in [entity.name, *entity.aliases]}


def _same(story_entity: StoryEntity, entity: Entity, merged: list[StoryEntity]) -> bool:
    if story_entity.type != entity.type:
        # the tagger calls one town a place in one article and an organization in another: one name, one entity
        return {story_entity.type, entity.type} <= _PLACES | {"ORG"} and bool(_names(story_entity) & _names(entity))
    if entity.type == "PERSON":
        return _same_person(story_entity, entity, merged)
    if _names(story_entity) & _names(entity):
        return True
    if entity.type == "ORG":
        if _qualified(story_entity, entity, merged) or _qualified(entity, story_entity, merged):
            return True
        names_a, names_b = [story_entity.name, *story_entity.aliases], [entity.name, *entity.aliases]
        if any(_an_acronym_of(a, b) or _an_acronym_of(b, a) for a in names_a for b in names_b):
            return True
        # the country counts as a word of the name: "Veldra's Defence Intelligence" is Veldra + intelligence
        a = _key_words(story_entity.name) | _key_words(story_entity.affiliation or "")
        b = _key_words(entity.name) | _key_words(entity.affiliation or "")
        if (a ^ b) & _BODIES_OF_THEIR_OWN:
            return False  # "Saltmere Police Federation" represents the officers of "Saltmere Police"; it is not them
        return len(a) >= 2 and len(b) >= 2 and len(a & b) / len(a | b) >= 0.5
    return False


# a word that, added to an organization's name, names another body: its union, its regulator, its charity
_BODIES_OF_THEIR_OWN = {"federation", "union", "association", "commission", "foundation",
                        "board", "institute", "society", "league", "fund", "trust", "club", "caucus", "guild"}


def _qualified(full, bare, merged: list[StoryEntity]) -> bool:
    """'U.S. State Department' of 'State Department', 'UN Security Council' of 'Security Council': the bare name of
    two words or more with a country or body before it. A bare name that more than one organization of the story
    ends with ('Police Department') stays apart."""
    def ends_with(names: set[str], tail: list[str]) -> bool:
        return any(n.split()[-len(tail):] == tail and 1 <= len(n.split()) - len(tail) <= 2 for n in names)

    tails = [n.split() for n in _names(bare) if len(n.split()) >= 2]
    organizations = [o for o in merged if o.type == "ORG" and o is not bare and o is not full] + [full]
    return any(ends_with(_names(full), tail) and sum(ends_with(_names(o), tail) for o in organizations) == 1
               for tail in tails)


def _same_person(story_entity: StoryEntity, entity: Entity, merged: list[StoryEntity]) -> bool:
    mine, theirs = normalize(story_entity.name).split(), normalize(entity.name).split()
    if mine == theirs:
        return True
    if len(theirs) == 1 and theirs[0] == mine[-1]:
        # a bare surname joins only when exactly one full name of the story ends with it
        owners = [s for s in merged if s.type == "PERSON" and normalize(s.name).split()[-1] == theirs[0]]
        return len(owners) == 1
    return False
