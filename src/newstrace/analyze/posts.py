"""Social-media posts embedded in an article: a paragraph that ends with the signature a crawled embed
leaves behind, "... — Alberto M. Carvalho (@MiamiSup) February 28, 2016".

The post is a direct statement of the account that signed it, made on the signature's date. A link the
embed printed at the end of the text ("pic.twitter.com/...") is no part of what was said.
"""

from __future__ import annotations

import re

from newstrace.analyze.lexicon import leading_titles
from newstrace.model import Attribution, Claimant, Entity

_SIGNATURE = re.compile(
    r"\s+[—–-]\s*(?P<name>[A-Z][^()\n—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4})\s*$")
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_ORGANIZATION_WORDS = {"police", "pd", "department", "office", "county", "city", "news", "sheriff's", "school",
                       "schools", "fire", "university", "agency", "ministry", "government", "service", "precinct"}


def embedded_posts(text: str, entities: list[Entity]) -> list[Attribution]:
    posts = []
    for paragraph in re.finditer(r"[^\n]+", text):
        signature = _SIGNATURE.search(paragraph.group())
        if signature is None:
            continue
        start = paragraph.start()
        body = paragraph.group()[:signature.start()]
        end = start + len(_TRAILING_LINKS.sub("", body).rstrip())
        if len(text[start:end].split()) < 3:
            continue
        name_span = (start + signature.start("name"), start + signature.end("name"))
        handle_span = (start + signature.start("handle") - 1, start + signature.end("handle"))
        posts.append(Attribution(
            id="", claimant=_account(signature.group("name"), name_span, entities), cue="posted", cue_span=handle_span,
            content=text[start:end], content_span=(start, end), sentence=paragraph.group(),
            sentence_span=paragraph.span(), kind="direct", stance="asserts"))
    return posts


def _account(name: str, span: tuple[int, int], entities: list[Entity]) -> Claimant:
    """Who signed the post: the article's entity of that name, else the name without a rank ("Chief A.
    Brooklen" is A. Brooklen)."""
    words = name.split()[leading_titles(name.split()):]
    plain = " ".join(words)
    entity = next((e for e in entities if plain == e.name or plain in e.aliases), None)
    if entity is not None:
        # an account that posts is a person or a body, although its name may be a place's ("Port Ellis Harbour")
        kind = entity.type if entity.type in ("PERSON", "ORG") else "ORG"
        return Claimant(name=entity.name, text=name, span=span, entity=entity.id, type=kind)
    # "Topeka Police", "NAU", "KPRC 2 Houston", "NYPD 7th Precinct": a body, not a person
    body = any(w.lower() in _ORGANIZATION_WORDS or re.fullmatch(r"[A-Z]{2,}", w) or re.search(r"\d", w) for w in words)
    return Claimant(name=plain, text=name, span=span, type="ORG" if body else "PERSON")
