"""Who said what: direct quotes, indirect speech, "according to", partial and mixed quotes.

Works over one spaCy parse in linear time:
1. quote spans per paragraph (every quote-mark style; an unclosed quote runs to the paragraph end
   and continues into a next paragraph that opens with a quote mark, so unbalanced marks never
   stop the article);
2. reporting cues from the lexicon (the verb's subject is the claimant, its clause or object the
   content; "according to X" makes X the claimant of the rest of the sentence);
3. quotes with no cue of their own continue the last speaker of the paragraph or the one before;
4. claimants resolved to article entities (names, pronouns, role nouns, anonymous descriptions),
   relays ("Yonhap reported that X said") kept apart from claimants, stance, hedges, date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from newstrace.analyze.lexicon import (ANONYMOUS, CUE_STANCE, HEDGE_PATTERNS, OBJECT_CUES, PRONOUNS_GROUP,
                                       PRONOUNS_PERSON, RELAY_CUES, VERIFY_STATEMENT)
from newstrace.analyze.sentences import text_of
from newstrace.model import Attribution, Claimant, DateValue, Entity, Hedge, Mention, TimeRef, Verification

_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’"}
_QUOTE_RE = re.compile(r"“[^”\n]*”|«[^»\n]*»|„[^“\n]*“|\"[^\"\n]*\"|(?<![\w])‘[^’\n]{12,}’(?![\w])")
_OPEN_ONLY = re.compile(r"^[“\"«„]")
_MIN_QUOTE_WORDS = 3


def find_attributions(doc, entities: list[Entity], mentions: list[Mention], timerefs: list[TimeRef],
                      published: Optional[dt.date]) -> tuple[list[Attribution], list[Verification]]:
    resolver = _ClaimantResolver(doc, entities, mentions)
    quotes = _quote_spans(text_of(doc))
    found: list[Attribution] = []
    used_quotes: set[tuple[int, int]] = set()
    for sent in doc.sents:
        for cue in _cues(sent):
            attribution = _from_cue(doc, sent, cue, quotes, resolver)
            if attribution is not None:
                found.append(attribution)
                used_quotes.update(q for q in quotes if _inside(q, attribution.content_span) or _inside(attribution.content_span, q))
        attribution = _according_to(doc, sent, resolver, found)
        if attribution is not None:
            found.append(attribution)
    found += _unattributed_quotes(doc, quotes, used_quotes, found)
    found = _drop_nested(sorted(found, key=lambda a: a.content_span))
    for number, attribution in enumerate(found, start=1):
        attribution.id = f"a{number}"
        attribution.hedges = _hedges(text_of(doc), attribution)
        attribution.stated_on, attribution.stated_on_source = _stated_on(attribution, timerefs, published)
    verifications = _verifications(doc, found)
    return found, verifications


# ----------------------------------------------------------------------------- quotes


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Content spans (inside the marks) of every quotation, multi-paragraph ones included."""
    spans = [(m.start() + 1, m.end() - 1) for m in _QUOTE_RE.finditer(text)
             if len(m.group().split()) >= _MIN_QUOTE_WORDS or m.group()[0] != "‘"]
    offset = 0
    for paragraph in text.split("\n\n"):
        # a paragraph that opens a quote and never closes it: the quote runs to its end
        if _OPEN_ONLY.match(paragraph) and not any(offset <= s - 1 and e < offset + len(paragraph) for s, e in spans if s - 1 == offset):
            end = offset + len(paragraph)
            spans.append((offset + 1, end))
        offset += len(paragraph) + 2
    return sorted(set(spans))


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _quote_at(quotes, start: int, end: int) -> list[tuple[int, int]]:
    return [q for q in quotes if q[0] < end and start < q[1]]


# ----------------------------------------------------------------------------- cues


def _cues(sent):
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_STANCE and not _non_speech(token):
            yield token


def _non_speech(token) -> bool:
    """'the said vehicle', 'is said to be', 'could not confirm' (a verification note), 'call for'."""
    if token.dep_ == "amod":
        return True
    if any(c.dep_ == "neg" for c in token.children) or token.head.lower_ in ("unable", "able"):
        return True
    if token.lemma_ == "say" and any(c.dep_ == "auxpass" for c in token.children):
        return True
    if token.lemma_ == "call" and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in token.children):
        return True
    if token.lemma_ in ("report", "charge", "post", "add", "note", "answer", "describe", "predict", "promise",
                        "urge", "threaten", "suggest") and not any(c.dep_ in ("ccomp", "parataxis") for c in token.children) \
            and token.head.dep_ != "ccomp" and not _has_quote_neighbour(token):
        return True
    return False


def _has_quote_neighbour(token) -> bool:
    window = text_of(token.doc)[max(0, token.idx - 4): token.idx + len(token.text) + 25]
    return bool(re.search(r"[\"“”«»]", window))


def _subject(token):
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        # the subject nearest the verb: a dateline before it sometimes parses as a second subject
        return min(subjects, key=lambda c: abs(c.i - token.i))
    if token.dep_ in ("conj", "xcomp", "advcl") and token.head is not token:
        # "X said ..., accusing Y of ...": the participle's subject is the speaker of the main cue
        speaker = next((a for a in token.ancestors if a.lemma_.lower() in CUE_STANCE
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        return _subject(speaker if speaker is not None else token.head)
    if token.dep_ == "relcl":
        return token.head
    return None


def _subject_span(subject):
    """The subject phrase without relative clauses and appositive trailers."""
    tokens = [t for t in subject.subtree if not any(a.dep_ in ("relcl", "acl") and a.head is not subject
                                                      for a in t.ancestors if a in subject.subtree) or t is subject]
    left = min(t.i for t in tokens)
    right = subject.i
    for t in tokens:
        if t.i > subject.i and t.dep_ not in ("relcl", "acl", "punct", "appos", "cc", "conj") and \
                all(a.dep_ not in ("relcl", "acl", "appos") for a in t.ancestors if a.i > subject.i and a in subject.subtree):
            right = max(right, t.i)
    return subject.doc[left:right + 1]


def _content_of(cue, sent, quotes):
    """The reported content of a cue: its clause, its object, or the quote next to it."""
    clause = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "xcomp" and cue.lemma_ != "call")]
    if cue.dep_ in ("ccomp", "parataxis") and cue.head.i < cue.i and not clause:
        # "The toll rose to 27, the ministry said." parses with the cue under the clause sometimes
        return _span_of(cue.head, exclude=cue)
    if clause:
        return _span_of(clause[0])
    if cue.lemma_ in OBJECT_CUES or cue.lemma_ == "accuse" or cue.lemma_ == "call":
        objects = [c for c in cue.children if c.dep_ in ("dobj", "oprd", "prep", "attr") and c.dep_ != "agent"]
        if objects:
            start = min(o.left_edge.i for o in objects)
            end = max(o.right_edge.i for o in objects)
            return cue.doc[start:end + 1]
    near = [q for q in quotes if sent.start_char <= q[0] and q[1] <= sent.end_char + 2]
    if near:
        best = min(near, key=lambda q: min(abs(q[0] - cue.idx), abs(q[1] - cue.idx)))
        return cue.doc.char_span(best[0], best[1], alignment_mode="expand")
    return None


def _trailing_cue_content(cue, subject, sent):
    """'..., and they joined combat in November, the spokesperson confirmed.': everything before the
    comma that opens the trailing 'subject cue' is what was reported."""
    left = subject.left_edge.i
    if left <= sent.start + 2 or cue.i < subject.i or sent.doc[left - 1].text not in (",", "—", "–"):
        return None
    if any(not (t.is_punct or t.is_space) for t in sent.doc[cue.i + 1:sent.end]):
        return None
    return sent.doc[sent.start:left - 1]


def _span_of(head, exclude=None):
    tokens = [t for t in head.subtree if exclude is None or (t not in exclude.subtree)]
    if not tokens:
        return None
    doc = head.doc
    span = doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1]
    return span


def _trim_span(doc, start: int, end: int) -> tuple[int, int]:
    text = text_of(doc)
    while start < end and text[start] in " ,;:—–-\"“”«»'‘’\n":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-\"“”«»'‘’\n.":
        end -= 1
    if start < end and text.startswith("that ", start):
        start += 5
    return start, end


def _from_cue(doc, sent, cue, quotes, resolver) -> Optional[Attribution]:
    subject = _subject(cue)
    if subject is None or subject.lower_ in ("i", "you", "who", "which", "that") and subject.dep_ != "relcl":
        if not (subject is not None and subject.lower_ in ("who",) and cue.dep_ == "relcl"):
            return None
    content = _trailing_cue_content(cue, subject, sent) or _content_of(cue, sent, quotes)
    if content is None or len(content) < 2:
        return None
    start, end = _trim_span(doc, content.start_char, content.end_char)
    inner = _quote_at(quotes, start, end)
    # a quote the clause only touches (quote-split around the cue) is the content
    if inner and len(inner) == 1 and not _inside((start, end), inner[0]) and _inside(inner[0], (start - 2, end + 2)) \
            and inner[0][1] - inner[0][0] > 0.7 * (end - start):
        start, end = inner[0]
    if end - start < 8 or (subject.i >= content.start and subject.i < content.end):
        return None
    kind = _kind(start, end, quotes, cue)
    if kind == "direct":
        start, end = _extend_split_quote(doc, sent, cue, quotes, (start, end))
    claimant, relayed = resolver.claimant(subject, cue)
    if claimant is None:
        return None
    sentence_start, sentence_end = _sentence_bounds(doc, sent, start, end)
    return Attribution(
        id="", claimant=claimant, cue=_cue_text(cue), cue_span=(cue.idx, cue.idx + len(cue.text)),
        content=text_of(doc)[start:end], content_span=(start, end),
        sentence=text_of(doc)[sentence_start:sentence_end], sentence_span=(sentence_start, sentence_end),
        kind=kind, stance=_stance(cue), relayed_from=relayed or resolver.relay_around(sent, cue))


def _cue_text(cue) -> str:
    particles = [c.text for c in cue.children if c.dep_ == "prt"]
    return " ".join([cue.text, *particles])


def _stance(cue) -> str:
    lemma = cue.lemma_.lower()
    if lemma == "put" or (lemma == "say" and any(c.lower_ == "estimate" for c in cue.subtree)):
        return "estimates"
    return CUE_STANCE.get(lemma, "asserts")


def _kind(start: int, end: int, quotes, cue) -> str:
    overlapping = _quote_at(quotes, start, end)
    if not overlapping:
        return "indirect"
    quoted = sum(min(end, e) - max(start, s) for s, e in overlapping)
    share = quoted / max(1, end - start)
    if share > 0.85:
        return "direct"
    if cue.lemma_ in ("call", "describe") and share < 0.6:
        return "partial"
    return "mixed"


def _extend_split_quote(doc, sent, cue, quotes, span):
    """'"We will stay," she said, "and we will rebuild."' -> both halves are the content."""
    cue_end = cue.idx + len(cue.text)
    after = [q for q in quotes if cue_end <= q[0] < cue_end + 6 and q[0] > span[1]]
    if after and re.fullmatch(r"\s*,\s*[\"“«„]", text_of(doc)[cue_end:after[0][0]]):
        return span[0], after[0][1]
    return span


def _sentence_bounds(doc, sent, start, end):
    return min(sent.start_char, start), max(sent.end_char, end)


def _according_to(doc, sent, resolver, found) -> Optional[Attribution]:
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                return None
            phrase = doc[token.i:pobj.right_edge.i + 1]
            if any(_inside((sent.start_char, sent.end_char), a.sentence_span) and a.relayed_from for a in found):
                return None
            before = (sent.start_char, phrase.start_char)
            after = (phrase.end_char, sent.end_char)
            start, end = max((before, after), key=lambda se: se[1] - se[0])
            start, end = _trim_span(doc, start, end)
            if end - start < 8:
                return None
            claimant, _ = resolver.claimant(pobj, token)
            return Attribution(
                id="", claimant=claimant, cue="according to", cue_span=(token.idx, doc[token.i + 1].idx + 2),
                content=text_of(doc)[start:end], content_span=(start, end), sentence=sent.text.strip(),
                sentence_span=(sent.start_char, sent.end_char), kind="indirect", stance="asserts")
    return None


def _unattributed_quotes(doc, quotes, used, found) -> list[Attribution]:
    """A quote with no cue of its own continues the last speaker of its paragraph or the one before."""
    extra = []
    for start, end in quotes:
        if any(_inside((start, end), u) or _inside(u, (start, end)) for u in used) or len(text_of(doc)[start:end].split()) < 3:
            continue
        previous = [a for a in found + extra if a.content_span[1] <= start and start - a.content_span[1] < 600]
        if not previous:
            continue
        last = previous[-1]
        paragraph_start = text_of(doc).rfind("\n\n", 0, start) + 2
        if last.content_span[1] < text_of(doc).rfind("\n\n", 0, paragraph_start - 2):
            continue
        s_start = text_of(doc).rfind("\n\n", 0, start) + 2 if text_of(doc).rfind("\n\n", 0, start) >= 0 else 0
        s_end = text_of(doc).find("\n\n", end)
        s_end = len(text_of(doc)) if s_end < 0 else s_end
        extra.append(Attribution(
            id="", claimant=last.claimant, cue=last.cue, cue_span=last.cue_span, content=text_of(doc)[start:end],
            content_span=(start, end), sentence=text_of(doc)[s_start:s_end], sentence_span=(s_start, s_end),
            kind="direct", stance=last.stance, relayed_from=last.relayed_from))
    return extra


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """One attribution per statement: an outer cue whose content only carries an inner report is a relay."""
    kept: list[Attribution] = []
    for attribution in found:
        inner = [o for o in found if o is not attribution and _inside(o.content_span, attribution.content_span)
                 and o.claimant.name != attribution.claimant.name and _inside(o.cue_span, attribution.content_span)]
        if inner:
            for o in inner:
                o.relayed_from = o.relayed_from or attribution.claimant.name
            continue
        duplicate = next((k for k in kept if k.content_span == attribution.content_span), None)
        if duplicate is None:
            kept.append(attribution)
    return kept


# ----------------------------------------------------------------------------- claimants


class _ClaimantResolver:
    """Names the claimant behind a subject: an entity, a pronoun's antecedent, a role, or anonymous."""

    def __init__(self, doc, entities: list[Entity], mentions: list[Mention]):
        self.doc = doc
        self.entities = {e.id: e for e in entities}
        self.mentions = sorted(mentions, key=lambda m: m.span)
        self.described: list[Claimant] = []  # claimants named by a description: "the health ministry"

    def claimant(self, subject, cue) -> tuple[Optional[Claimant], Optional[str]]:
        named_appos = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named_appos is not None:  # "A union leader, Karl Dressler, claimed"
            subject = named_appos
        span = _subject_span(subject)
        text = span.text.strip()
        lowered = subject.lower_
        if lowered in PRONOUNS_PERSON:
            entity = self._previous(subject.idx, {"PERSON"})
            return self._named(entity, text, span) if entity else Claimant(name=text, text=text, span=_chars(span), type="PERSON"), None
        if lowered in PRONOUNS_GROUP:
            entity = self._previous(subject.idx, {"ORG", "GPE", "NORP"})
            return self._named(entity, text, span) if entity else Claimant(name=text, text=text, span=_chars(span), type="ORG"), None
        if lowered in ("who", "which", "that") and subject.head.head is not None:
            return self.claimant(subject.head.head, cue)
        named = [m for m in self.mentions if span.start_char <= m.span[0] and m.span[1] <= span.end_char and m.entity]
        if subject.pos_ == "NOUN" and not any(m.span[0] <= subject.idx < m.span[1] for m in named) and all(
                self.entities[m.entity].type in ("GPE", "LOC") for m in named):
            named = []  # "striking miners in Greyhaven" are described, not the town
        if ANONYMOUS.search(text) and not any(self.entities[m.entity].type == "PERSON" for m in named):
            affiliation = next((self.entities[m.entity].name for m in named), None)
            return Claimant(name=_clean_description(text), text=text, span=_chars(span), type="ANONYMOUS",
                            anonymous=True, affiliation=affiliation), None
        people = [m for m in named if self.entities[m.entity].type == "PERSON"]
        person = _head_mention(people, subject, self.entities) if people else None
        if person:
            return self._named(self.entities[person.entity], text, span), None
        if named:
            entity = self.entities[_head_mention(named, subject, self.entities).entity]
            claimant = self._named(entity, text, span)
            if subject.pos_ == "NOUN" and subject.lower_ not in (entity.name.lower(),):
                claimant.name = f"{entity.name} {subject.lower_}" if subject.lower_ in (
                    "spokesperson", "spokesman", "spokeswoman", "statement", "official") else entity.name
                claimant.affiliation = entity.name
            return claimant, None
        role = self._by_role(subject)
        if role:
            return self._named(role, text, span), None
        earlier = next((c for c in reversed(self.described) if c.name.split()[-1].lower() == subject.lower_), None)
        claimant = Claimant(name=earlier.name if earlier else _clean_description(text), text=text, span=_chars(span),
                            type="ORG" if subject.lower_ in _GROUP_NOUNS else "PERSON")
        self.described.append(claimant)
        return claimant, None

    def relay_around(self, sent, cue) -> Optional[str]:
        """'..., Yonhap reported' / 'according to Yonhap' around a cue: the relaying outlet."""
        for token in sent:
            if token is cue:
                continue
            if token.lemma_ in RELAY_CUES and token.pos_ == "VERB" and (cue in token.subtree or token in cue.subtree):
                subject = _subject(token)
                if subject is not None and subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or (
                        subject is not None and subject.pos_ == "PROPN"):
                    return _subject_span(subject).text
            if token.lower_ == "according" and token.i + 1 < len(sent.doc) and sent.doc[token.i + 1].lower_ == "to":
                pobj = next((c for c in sent.doc[token.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ == "ORG" and cue.i > token.i:
                    return _subject_span(pobj).text
        return None

    def _named(self, entity: Entity, text: str, span) -> Claimant:
        anonymous = False
        return Claimant(name=entity.name, text=text, span=_chars(span), entity=entity.id, type=entity.type,
                        anonymous=anonymous, affiliation=entity.affiliation)

    def _previous(self, position: int, types: set[str]) -> Optional[Entity]:
        for mention in reversed(self.mentions):
            if mention.span[1] <= position and mention.entity and self.entities[mention.entity].type in types:
                return self.entities[mention.entity]
        return None

    def _by_role(self, subject) -> Optional[Entity]:
        """'the spokesperson', 'the minister': the person whose title holds that noun."""
        if subject.pos_ != "NOUN":
            return None
        # the noun must head the title: "the spokesperson" is the "Fire service spokesperson", "the service" is not
        candidates = [e for e in self.entities.values() if e.role and e.role.lower().split()[-1] == subject.lower_]
        candidates = candidates or [e for e in self.entities.values()
                                    if e.type == "ORG" and e.name.lower().split()[-1] == subject.lower_]
        return candidates[-1] if candidates else None


_GROUP_NOUNS = {"police", "officials", "authorities", "ministry", "department", "agency", "office", "government",
                "army", "military", "council", "committee", "group", "company", "hospital", "service", "services"}


def _head_mention(named: list[Mention], subject, entities: dict[str, Entity]) -> Mention:
    """The mention that names the subject's head ("Ukraine's ... agency (HUR)" is the agency, not Ukraine)."""
    covering = [m for m in named if m.span[0] <= subject.idx < m.span[1]]
    if covering:
        return max(covering, key=lambda m: m.span[1] - m.span[0])
    if all(entities[m.entity].type == "PERSON" for m in named):
        return named[-1]  # the name nearest the head: "SEOUL, Dec 17 (Yonhap) - President Jane Roe"
    organizations = [m for m in named if entities[m.entity].type == "ORG"]
    return (organizations or named)[-1 if subject.lower_ in ("spokesperson", "spokesman", "spokeswoman") else 0]


def _chars(span) -> tuple[int, int]:
    return (span.start_char, span.end_char)


def _clean_description(text: str) -> str:
    """'The mayor' -> 'the mayor', 'A senior official' -> 'a senior official': a description, not a name."""
    text = re.sub(r"\s+", " ", text).strip(" ,")
    return re.sub(r"^(The|A|An)\b", lambda m: m.group().lower(), text)


# ----------------------------------------------------------------------------- hedges, dates, verification


def _hedges(text: str, attribution: Attribution) -> list[Hedge]:
    start, end = attribution.sentence_span
    found = []
    for pattern, kind in HEDGE_PATTERNS:
        for match in pattern.finditer(text, start, end):
            found.append(Hedge(text=match.group(), span=(match.start(), match.end()), kind=kind))
    if attribution.claimant.anonymous and not any(h.kind == "anonymous" for h in found):
        found.append(Hedge(text=attribution.claimant.text, span=attribution.claimant.span or attribution.cue_span,
                           kind="anonymous"))
    return found


def _stated_on(attribution: Attribution, timerefs: list[TimeRef], published) -> tuple[Optional[DateValue], str]:
    start, end = attribution.sentence_span
    outside = [t for t in timerefs if t.calendar_value() and start <= t.span[0] and t.span[1] <= end
               and not _inside(t.span, attribution.content_span) and t.tense != "future"]
    if outside:
        nearest = min(outside, key=lambda t: abs(t.span[0] - attribution.cue_span[0]))
        return nearest.value, "sentence"
    if published:
        return DateValue(published.isoformat(), "day"), "article-date"
    return None, "none"


def _verifications(doc, attributions: list[Attribution]) -> list[Verification]:
    notes = []
    for sent in doc.sents:
        match = VERIFY_STATEMENT.search(sent.text)
        if not match:
            continue
        span = (sent.start_char, sent.end_char)
        about = [a for a in attributions if a.claimant.name.split()[-1].lower() in sent.text.lower()
                 and a.content_span[0] < span[0]]
        if "video" in sent.text.lower() or "footage" in sent.text.lower():
            about += [a for a in attributions if re.search(r"video|footage", a.sentence, re.IGNORECASE) and a not in about]
        if not about:
            earlier = [a for a in attributions if a.content_span[1] <= span[0]]
            about = earlier[-1:]
        note = Verification(text=sent.text.strip(), span=span, kind="could-not-verify", about=[a.id for a in about])
        notes.append(note)
        for attribution in about:
            attribution.verification.append(f"v{len(notes)}")
            if not any(h.kind == "could-not-verify" for h in attribution.hedges):
                attribution.hedges.append(Hedge(text=match.group(), span=(sent.start_char + match.start(),
                                                                          sent.start_char + match.end()),
                                                kind="could-not-verify"))
    return notes
