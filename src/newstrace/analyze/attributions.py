"""Who said what: direct quotes, indirect speech, "according to", partial and mixed quotes.

Works over one spaCy parse in linear time:
1. quote spans per paragraph (`quotes`: every mark style, paired by role; a quote a paragraph opens and
   never closes runs to its end), so unbalanced marks never stop the article;
2. reporting cues from the lexicon (the verb's subject is the claimant, its clause or object the
   content; "according to X" makes X the claimant of the rest of the sentence; reporting nouns,
   documents, manner-of-speaking verbs beside a quote), with repairs for what the small parser gets wrong
   on real news;
3. quotes with no cue of their own continue the last speaker of the paragraph or the one before;
4. claimants resolved to article entities (`claimants`: names, pronouns, role nouns, anonymous
   descriptions), relays ("Yonhap reported that X said") kept apart from claimants, stance, hedges, date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Optional

from newstrace.analyze.claimants import ClaimantResolver, chars, subject_span, when_phrase, who_described
from newstrace.analyze.figures import WORD_NUMBERS, casualty_kinds
from newstrace.analyze.lexicon import (ANONYMOUS, BELIEF_ADJECTIVES, CLAUSE_ONLY_CUES, COULD_NOT_VERIFY, CRITICIZING,
                                      CUE_STANCE, DENIED_REFERENCE, DENYING, DOCUMENT_CUES, DOCUMENT_NOUNS,
                                      EXPRESS_VERBS, FINITE_CLAUSE_CUES, HEDGE_PATTERNS, MADE_KNOWN, NARRATING_CUES,
                                      NO_EVIDENCE, NO_EVIDENCE_NOTE, NOUN_STANCE, OBJECT_CUES, QUOTE_ONLY_CUES,
                                      REFLEXIVES, RELAY_CUES, RESULT_NOUNS, SPEAKER_NOUNS, STATES, VERIFY_STATEMENT)
from newstrace.analyze.quotes import DOUBLE_MARK, inside, mostly_inside, quote_at, quote_spans
from newstrace.analyze.posts import embedded_posts
from newstrace.analyze.sentences import sentence_of, text_of
from newstrace.analyze.transcripts import transcript_turns
from newstrace.ingest.outlet import dateline
from newstrace.model import Attribution, DateValue, Entity, Hedge, Mention, TimeRef, Verification


def find_attributions(doc, entities: list[Entity], mentions: list[Mention], timerefs: list[TimeRef],
                      published: Optional[dt.date]) -> tuple[list[Attribution], list[Verification]]:
    quotes = quote_spans(text_of(doc))
    resolver = ClaimantResolver(doc, entities, mentions, quotes)
    found: list[Attribution] = []
    used_quotes: set[tuple[int, int]] = set()
    for sent in doc.sents:
        for cue in _cues(sent):
            if any(inside((cue.idx, cue.idx + len(cue.text)), q) for q in quotes):
                continue  # "no other way to say it" inside a quote is the speaker's words, not a report
            attribution = _from_cue(doc, sent, cue, quotes, resolver)
            if attribution is not None:
                found.append(attribution)
                used_quotes.update(q for q in quotes if mostly_inside(q, attribution.content_span))
        attribution = _according_to(doc, sent, resolver, found) or \
            _after_colon(doc, sent, quotes, used_quotes, resolver) or _words_of_a_verdict(sent, quotes, used_quotes, resolver)
        if attribution is not None:
            found.append(attribution)
            used_quotes.update(q for q in quotes if mostly_inside(q, attribution.content_span))
    found += _unattributed_quotes(doc, quotes, used_quotes, found)
    # an answer that quotes someone else ("our principal said, 'that means ...'") is still the speaker's answer
    found += [turn for turn in transcript_turns(text_of(doc), entities, mentions)
              if not any(inside(turn.content_span, a.content_span) for a in found)]
    # an embedded post is its account's, not a quote continuing a speaker named before it
    posts = embedded_posts(text_of(doc), entities)
    found = [a for a in found if not any(inside(a.content_span, p.content_span) and a.kind == "direct" and
                                         a.cue_span[0] < p.content_span[0] for p in posts)] + posts
    headline = _headline(text_of(doc))
    found = [a for a in found if not (headline and a.content_span[1] <= headline)]
    found = _drop_repeated(_drop_nested(sorted(found, key=lambda a: a.content_span), quotes))
    for attribution in found:
        attribution.content_parts = attribution.content_parts or [attribution.content_span]
    found = _without_denials_of_nothing(_join_quote_runs(text_of(doc), found))
    for number, attribution in enumerate(found, start=1):
        attribution.id = f"a{number}"
        attribution.hedges = _hedges(text_of(doc), attribution)
        _unnamed_by_request(attribution)
        attribution.stated_on, attribution.stated_on_source = _stated_on(attribution, found, timerefs, published)
    _doubt_the_evidence(doc, found)
    verifications = _verifications(doc, found)
    return found, verifications


def _headline(text: str) -> int:
    """The end of a headline the body opens with ("Police: Two teens charged in murder of King Carter" above the
    story), or 0: a first line of a few words with no stop, before the story's paragraphs. Its statement is the
    lede's, told again below; a headline is no attribution."""
    first, _, rest = text.lstrip().partition("\n")
    start = len(text) - len(text.lstrip())
    if not rest.strip() or len(first.split()) > 20 or first.rstrip()[-1:] in ".?!\"”'’":
        return 0
    return start + len(first)


# ----------------------------------------------------------------------------- cues


def _cues(sent):
    for token in sent:
        if _reporting_noun(token) or _as_source_put_it(token) or _belief_adjective(token) or _issues_statement(token):
            yield token
        elif (token.pos_ in ("VERB", "AUX") or _verb_taken_for_a_modifier(token)) \
                and _cue_lemma(token) in CUE_STANCE and not _non_speech(token):
            yield token


_ISSUE_VERBS = {"release", "issue", "post", "provide", "send", "share", "publish"}
_ISSUED_NOUNS = {"statement", "information", "update", "message", "letter", "release", "comment", "comments", "remarks"}


# where officers or crews respond to: "responded to a home", "to the scene", "to a call"
_CALLED_OUT_TO = {"home", "house", "scene", "call", "calls", "area", "address", "residence", "apartment", "location",
                  "incident", "shooting", "fire", "crash", "emergency", "store", "school", "street", "block"}


def _went_to(token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lemma_ in _CALLED_OUT_TO
                                                             for o in c.children) for c in token.children)


def _issues_statement(token) -> bool:
    """'The sheriff has released the following information:' closing its paragraph: what follows is his."""
    if token.lemma_ not in _ISSUE_VERBS or not any(c.dep_ == "dobj" and c.lemma_ in _ISSUED_NOUNS
                                                    for c in token.children):
        return False
    text = text_of(token.doc)
    paragraph_end = _PARAGRAPH_BREAK.search(text, token.idx)
    return _the_following(token) or \
        text[token.idx:paragraph_end.start() if paragraph_end else len(text)].rstrip().endswith(":")


def _the_following(cue) -> bool:
    """'released the following information about the shooting.': the next paragraph is it, colon or not."""
    return any(c.dep_ == "dobj" and any(m.lower_ == "following" for m in c.children) for c in cue.children)


def _cue_lemma(token) -> str:
    """The lemma a cue is listed under: 'point_out' for "pointed out", else the verb's own."""
    lemma = token.lemma_.lower()
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    return f"{lemma}_{particle}" if particle and f"{lemma}_{particle}" in CUE_STANCE else lemma


def _verb_taken_for_a_modifier(token) -> bool:
    """'Iraq alleged Ritter was a spy', 'Authorities allege Williams knew ...': the parser made the cue a modifier
    of the subject of the clause it reports, the speaker right before it."""
    finite = token.tag_ in ("VBD", "VBZ", "VBP") or token.lower_ in ("allege", "alleges")
    return finite and token.dep_ in ("amod", "compound") and token.i > token.sent.start \
        and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN", "PRON") and token.head.i > token.i \
        and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.i > token.head.i


def _belief_adjective(token) -> bool:
    """'Investors are worried that the merger will collapse': a belief held by the subject of 'be'."""
    return token.lower_ in BELIEF_ADJECTIVES and token.dep_ == "acomp" and token.head.lemma_ in ("be", "remain", "seem") \
        and any(c.dep_ == "ccomp" for c in token.children) and any(c.dep_ == "nsubj" for c in token.head.children)


def _as_source_put_it(token) -> bool:
    """'As the minister put it, the budget leaves no room', 'the boy was not safe, as CBS2 reported': the rest
    of the sentence is the statement."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    if token.lemma_ == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    first, last = _cue_phrase(token)
    doc = token.doc
    beside_comma = (last + 1 < len(doc) and doc[last + 1].text == ",") or (first > 1 and doc[first - 2].text == ",")
    return token.lemma_ in ("say", "report", "note", "write", "explain", "tell") and beside_comma \
        and any(c.dep_ == "nsubj" for c in token.children)


def _reporting_noun(token) -> bool:
    """'the man's claim that ...', 'reports by authorities that ...': a noun cue with its source and clause."""
    noun = token.pos_ == "NOUN" or (token.tag_ == "VBG" and any(c.dep_ == "poss" for c in token.children))
    return noun and _noun_lemma(token) in NOUN_STANCE and _noun_source(token) is not None \
        and _noun_clause(token) is not None


def _noun_lemma(token) -> str:
    return token.lower_ if token.tag_ == "VBG" else token.lemma_.lower()  # "her warning", not "warn"


def _noun_source(token):
    """Whose statement the noun names: its possessor, a name or speaker before it ('an Intelogic announcement',
    'the police report'), or the object of 'by' / 'from' right after it."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None) or next(
        (c for c in token.children if (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lemma_.lower() in SPEAKER_NOUNS))
         or (c.dep_ == "amod" and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))), None)
    if owner is not None:
        return owner
    if token.dep_ == "dobj" and token.head.lemma_ in EXPRESS_VERBS:  # "the senator voiced concern that ..."
        return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i == token.i + 1), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


# verbs that take a claim or a report as their object: "the claim that he made" is no content clause
_TAKES_A_STATEMENT = {"make", "file", "raise", "issue", "publish", "write", "repeat", "level", "release", "receive",
                      "hear", "read", "see", "send", "submit", "investigate", "deny", "reject", "dismiss"}


def _noun_clause(token):
    """(clause, the token after which its content starts: its 'that') of a content clause right after the noun
    or its 'by X' phrase, else None."""
    source = _noun_source(token)
    opening = token.i + 1 if source is None or source.i < token.i else source.right_edge.i + 1
    if opening < len(token.doc) - 1 and token.doc[opening].text == ",":
        opening += 1  # "the declaration by Ford, which holds a stake, that it is prepared to bid"
    if opening < len(token.doc) and token.doc[opening].lower_ != "that" and token.dep_ == "dobj" \
            and token.head.lemma_ in EXPRESS_VERBS:
        return _feeling_expressed(token, opening)
    if opening >= len(token.doc) or token.doc[opening].lower_ != "that":
        return None
    that = token.doc[opening]
    clause = that.head
    if clause.dep_ not in ("acl", "relcl", "ccomp") or (clause.head != token and that.dep_ != "mark"):
        return None  # a "that" the parser hung elsewhere still opens the noun's clause when it is no pronoun
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c != that for c in clause.children):
        return None  # "the report that came out": a relative clause
    objects = [c for c in clause.children if c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp") and c != that]
    if that.dep_ in ("dobj", "pobj") and not objects and clause.lemma_ in _TAKES_A_STATEMENT:
        return None
    return clause, that


def _feeling_expressed(noun, opening: int):
    """'expressed the hope he would fly again' (a clause without 'that'), 'expressed concerns in recent months
    about a pattern of killings' (what the feeling is about): (clause or 'about' phrase, the token before it)."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.i == opening
                   and _own_subject(c)), None)
    if clause is not None:
        return clause, noun.doc[opening - 1]
    about = next((c for c in [*noun.children, *noun.head.children] if c.dep_ == "prep" and c.i > noun.i
                  and c.lower_ in ("about", "over") and any(p.dep_ == "pobj" for p in c.children)), None)
    return (about, about) if about is not None else None


def _non_speech(token) -> bool:
    """'the said vehicle', 'is said to be', 'could not confirm' (a verification note), 'call for', passives."""
    if token.dep_ == "amod" and not _verb_taken_for_a_modifier(token):
        return True
    if (_negated(token) and not _disbelief(token)) or token.head.lower_ in ("unable", "able"):
        return True
    if any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
        return True  # "is said to be", "was called a witness", "volume was estimated at", "was widely cited for"
    if any(c.dep_ == "auxpass" for c in token.children) and any(
            t.tag_ in ("WDT", "WP") for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree):
        return True  # "23 suspected cases, two of which were confirmed by the laboratory": a finding, no statement
    if token.lemma_ in ("post", "tweet", "publish") and not _beside_quote(token) and not any(
            c.dep_ in ("ccomp", "xcomp", "parataxis") for c in token.children):
        return True  # "the sample files the group posted": what was posted, no statement
    if token.lemma_ == "call" and (not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in token.children) or any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children) or _nicknamed(token)):
        return True
    if token.lemma_ in _STATE_VERBS and token.tag_ in ("VBN", "VBD") and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].lower_ in STATES:
        return True  # "the number of people confirmed dead", "reported missing", "believed dead": a state
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if infinitive and (token.head.lemma_ in _NOT_SAYING or (token.dep_ in ("xcomp", "ccomp") and token.head.lemma_ not in _SAYS_ON)):
        return True  # "failed to confirm", "declined to say", "expect the company to report a loss"
    if token.dep_ == "ccomp" and any(c.tag_ == "WRB" or c.lower_ in ("whether", "if") for c in token.children
                                     if c.i < token.i):
        return True  # "did not disclose where they found the bodies": a question inside, nothing stated
    if _asked(token):
        return True  # "declined to say how many patients reported side effects": what was asked, not said
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
        return True  # "if he decides he is up against the wall": what someone might say or decide, not what he did
    if token.lemma_ in ("respond", "reply") and not any(c.dep_ == "ccomp" for c in token.children) and (
            not _beside_quote(token) and not _misattached_clause(token) or _went_to(token)):
        return True  # "officers responded to a home" went there, a quote before it or not
    if token.lemma_ == "report" and any(c.dep_ == "prep" and c.lower_ in ("on", "from") for c in token.children) \
            and not any(c.dep_ == "ccomp" for c in token.children):
        return True  # "Nancy Marshall reports on the visit" introduces a report, it does not say anything
    if token.lemma_ in _DIRECTIVE_CUES and any(c.dep_ == "ccomp" and _subjunctive(c) for c in token.children):
        return True  # "insisted the child be returned to him" asks for something, it states nothing
    if token.lemma_ in DOCUMENT_CUES and not _document_report(token):
        return True
    if token.lemma_ in CRITICIZING and not _for_doing(token):
        return True
    if token.lemma_ in FINITE_CLAUSE_CUES and not _states_a_clause(token):
        return True  # "agreed to pay", "will determine if charges are filed"
    if token.lemma_ == "learn" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
                                       for c in token.children):
        return True  # "KENS 5 has learned the gun was his father's": the outlet's own reporting, no one's belief
    if token.lemma_ in QUOTE_ONLY_CUES:
        return not _beside_quote(token) and not _narrates(token)
    if token.lemma_ in CLAUSE_ONLY_CUES and (not any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
                                            or _holder_unstated(token)) and _verdict(token) is None \
            and not _expects_a_figure(token):
        return True
    if token.lemma_ in ("remember", "recall") and any(c.dep_ == "dobj" for c in token.children) and not any(
            c.dep_ == "ccomp" for c in token.children) and not any(t.lower_ == "as" for t in token.subtree if t.i > token.i):
        return True  # "they remember Richard Jewell" says nothing; "remember him as a kind boy" does
    if token.lemma_ in ("deny", "reject", "dismiss") and any(
            c.dep_ == "dobj" and c.lemma_ in _DECIDED_ON and not (token.lemma_ == "deny" and c.lemma_ in _ACCUSED_OF)
            for c in token.children):
        # "the judge denied bond", "dismissed the jury", "rejected the offer": a decision, nothing denied; but a
        # defendant who "denies the charge" says it is untrue
        return True
    if token.lemma_ in DENYING and token.dep_ == "relcl" and not any(c.dep_ in ("dobj", "ccomp")
                                                                     for c in token.children) \
            and not _denied_reference(token.doc[token.head.i:token.head.i + 1]):
        return True  # "a treaty he had rejected" was turned down; "a claim the operator denied" was said untrue
    if token.lemma_ == "put" and not _puts_a_count(token):
        return True  # "put the plan on hold" says nothing; "put the toll at 21" gives a count
    if _citing(token) and _cited(token) is not None:
        return True  # "reported, citing the governor": whom the report rests on, not what anyone said
    if token.lemma_ == "identify" and _identified_as(token) is None:
        return True  # "police identified the man as Tom Reed" says who he was; "identified a suspect" is an act
    if token.lemma_ == "release" and not any(c.dep_ == "dobj" and c.lemma_ in MADE_KNOWN for c in token.children):
        return True  # "released the suspect" makes nothing known
    if token.lemma_ == "claim" and any(c.dep_ == "dobj" and c.lemma_ in ("life", "victim") for c in token.children):
        return True  # "the bombings claimed 217 lives"
    if token.lemma_ == "feel" and not any(c.dep_ == "ccomp" and _finite(c) for c in token.children):
        return True  # "felt the pier shake" is a sensation; "feel that the board ignored them" a belief
    if token.lemma_ in ("report", "charge", "post", "add", "note", "answer", "predict", "promise", "urge", "threaten",
                        "suggest", "announce") and not any(c.dep_ in ("ccomp", "parataxis") for c in token.children) \
            and token.head.dep_ != "ccomp" and not _has_quote_neighbour(token) and not _reported_object(token) \
            and not (token.dep_ == "parataxis" and _parenthetical(token)) \
            and not any(c.dep_ == "xcomp" and (c.tag_ == "VBG" or token.lemma_ in _COMMITTING) for c in token.children):
        # "reported hearing shots", "threatened to revoke his parole"
        return True
    return False


# verbs whose participle before a state says what someone was found to be: "confirmed dead", "feared missing"
_STATE_VERBS = {"confirm", "report", "believe", "presume", "fear", "declare", "list", "find"}
# what a court, a board or an official decides on rather than says is untrue: "denied bond", "rejected the offer"
_DECIDED_ON = {"bond", "bail", "parole", "request", "motion", "appeal", "petition", "application", "permission",
               "entry", "access", "offer", "proposal", "bid", "objection", "plea", "visa", "asylum", "custody",
               "jury", "juror", "case", "charge", "lawsuit", "suit", "count", "indictment"}
_ACCUSED_OF = {"charge", "count", "indictment"}


# cues whose infinitive is what the speaker commits to: "threatened to revoke his parole", "promised to rebuild"
_COMMITTING = {"threaten", "promise"}


_DIRECTIVE_CUES = {"insist", "demand", "ask", "urge", "propose", "recommend", "suggest", "request", "order", "require"}


def _subjunctive(clause) -> bool:
    """'that the child be returned', 'that he leave': a bare verb with its own subject and no tense."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return (auxiliaries[0] if auxiliaries else clause).tag_ == "VB"


def _negated(token) -> bool:
    """'did not say', and 'Neither side would say', 'No official confirmed', 'Nobody claimed': no one said it."""
    return any(c.dep_ == "neg" or (c.dep_ == "nsubj" and _no_one(c)) for c in token.children)


def _no_one(subject) -> bool:
    return subject.lower_ in ("nobody", "none", "neither", "nothing") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def _disbelief(token) -> bool:
    """'Her cousin doesn't believe the shooting was an accident' says what he holds untrue: a denial. 'Police
    did not say whether' and 'would not confirm' say nothing."""
    return _negated(token) and token.lemma_ in ("believe", "think") and any(c.dep_ == "ccomp" for c in token.children)


def _finite(verb) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"
                                                           for c in verb.children)


def _document_report(token) -> bool:
    """'Court records show the man was arrested', 'investigators found that ...', 'dispatchers indicated there
    was one injured'; not 'he showed courage' nor 'he showed the gun was loaded'."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    document = subject is not None and (subject.lemma_.lower() in DOCUMENT_NOUNS or subject.lower_ in DOCUMENT_NOUNS)
    if not any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in token.children):
        # "relatives found the family dead" reports nothing; "the latest figures show a sharp rise" does
        return document and token.lemma_ != "find" and any(c.dep_ == "dobj" for c in token.children)
    return subject is not None and (token.lemma_ in ("find", "indicate", "reveal") or document)


def _states_a_clause(cue) -> bool:
    """ "complained that the heating was off", "recounted how the man fired twice", not "will determine if ..."."""
    narrating = cue.lemma_ in NARRATING_CUES
    return any(c.dep_ == "ccomp" and (not _a_question(c) or (narrating and c.left_edge.lower_ == "how"))
               for c in cue.children)


def _nicknamed(call) -> bool:
    """ 'Neighbors called him "Uncle Eric"', 'friends called him Junior': a name he went by, not a judgment."""
    named = next((c for c in call.children if c.dep_ == "oprd"), None)
    person = any(c.dep_ == "dobj" and (c.lower_ in ("him", "her", "them", "me", "us") or c.ent_type_ == "PERSON")
                 for c in call.children)
    return person and named is not None and all(t.is_title for t in named.subtree if not t.is_punct)


def _narrates(cue) -> bool:
    """ "recounted that she saw the mother run out": a quotation cue that tells what happened in a clause."""
    return cue.lemma_ in NARRATING_CUES and _states_a_clause(cue)


def _a_question(clause) -> bool:
    """ "whether charges will be filed", "if he was armed", "how it happened": asked, not stated."""
    return clause.left_edge.lower_ in ("if", "whether") or clause.left_edge.tag_ in ("WRB", "WP", "WDT")


def _for_doing(token) -> bool:
    """ "criticized Vacco for dismantling the office", "blamed Ostrava for starting the clash": what for."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in token.children)


def _holder_unstated(token) -> bool:
    """'The boy, believed to be 5,' and 'the victim is expected to recover': nobody is said to hold the belief."""
    if not any(c.dep_ == "xcomp" for c in token.children) or any(c.dep_ in ("ccomp", "agent") for c in token.children):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    reduced = token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children)
    return passive or reduced or (token.i > 0 and token.doc[token.i - 1].text == ",")


# verbs that make an infinitive cue something not said: "refused to comment", "failed to confirm"
# verbs whose infinitive still reports a statement made: "went on to say", "continued to insist"; "seemed to suggest"
# reports one too, its doubt a hedge of its own
_SAYS_ON = {"go", "continue", "proceed", "repeat", "seem", "appear"}
_NOT_SAYING = {"fail", "refuse", "decline", "try", "attempt", "want", "plan", "hope", "seek", "need", "wish", "able",
               "unable", "reluctant"}


def _identified_as(cue):
    """The "as" phrase of "identified X as Y", also where the parser hung it on the one told ("identified the girl
    to a local station as Ilanye Price")."""
    return next((t for t in cue.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.i > cue.i
                 and all(a.dep_ in _ON_THE_WAY or (a.dep_ == "relcl" and _names_a_person(t))
                         for a in itertools.takewhile(lambda a: a != cue, t.ancestors))), None)


def _names_a_person(as_):
    """ "identified the student who died as Colin Brough": the parser hangs the name on the relative clause; "the
    man who worked as a guard" is no name."""
    return any(c.dep_ == "pobj" and c.ent_type_ == "PERSON" for c in as_.children)


_ON_THE_WAY = {"prep", "pobj", "dobj", "advcl", "npadvmod"}


def _reported_object(token) -> bool:
    """'urged residents to stay calm', 'reported a loss of $92 million', 'announced plans to spin off its textile
    business': an object that carries what was said."""
    if token.lemma_ == "urge":
        return any(c.dep_ == "xcomp" for c in token.children)
    if token.lemma_ in ("announce", "predict"):  # "announced plans to ...", "predicted a loss for the quarter"
        # but "announced the results" names what was announced without saying it
        return any(c.dep_ == "dobj" and not _bare_definite(c) for c in token.children)
    if token.lemma_ == "report":  # "reported slower growth" and "reported a man pointing a gun", not "reported the
        # shooting"
        return any(c.dep_ == "dobj" and (c.lemma_ in RESULT_NOUNS or _doing_something(c) or any(
            t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in c.subtree)) for c in token.children)
    return False


def _doing_something(noun) -> bool:
    """ "someone pointing a gun", "shots fired near the school": a noun with what it does or what was done, which
    makes a report of it a statement."""
    return any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == noun.i + 1 for c in noun.children)


def _bare_definite(noun) -> bool:
    """'the results', 'its plan': a noun with nothing but a definite determiner."""
    return [t.lower_ for t in noun.subtree if t != noun] in (["the"], ["its"], ["their"], ["his"], ["her"])


def _has_quote_neighbour(token) -> bool:
    window = text_of(token.doc)[max(0, token.idx - 4): token.idx + len(token.text) + 25]
    return bool(re.search(r"[\"“”«»]|``|''", window))


def _beside_quote(cue) -> bool:
    """A quotation mark just before or after the cue with its speaker: '"...," David Parsons choked out.'"""
    first, last = _cue_phrase(cue)
    if cue.dep_ == "acl":  # '"...," Doreen Warren, the victim's mother, sobbed': the speaker heads the phrase
        speaker = _reduced_relative_speaker(cue)
        first = min([speaker.i] + [c.i for c in speaker.children if c.dep_ in ("compound", "det", "amod", "poss")])
    doc, text = cue.doc, text_of(cue.doc)
    # the parser may take a one-word quote for the subject: '``Hallelujah,'' Albright exclaimed.'
    starts = {doc[first].idx, *(c.idx for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i)}
    # '"great people" who would always ask her how to help': the quote before a relative pronoun is its antecedent's
    before = doc[first].tag_ not in ("WP", "WDT") and any(
        re.search(r"[\"”»’']|''", text[max(0, start - 4):start]) for start in starts)
    after = text[doc[last].idx + len(doc[last].text):doc[last].idx + len(doc[last].text) + 4]
    if cue.lemma_ in _OTHER_SENSES:  # 'the figure reflected "lost contracts"' reports nothing; '..., he reflected'
        return before or bool(re.match(r"[,:]\s*(?:[\"“«‘]|``)", after))
    return before or bool(re.search(r"[\"“«‘]|``", after))


# quote-only cues with a sense that reports nothing, whose quoted object is no quotation of a speaker
_OTHER_SENSES = {"reflect", "continue"}


def _reduced_relative_speaker(cue):
    """'"...," Doreen Warren, the victim's mother, sobbed' parses as a reduced relative of the mother, or of
    the name whose apposition she is: the speaker is the name."""
    return cue.head.head if cue.head.dep_ == "appos" else cue.head


_REFLEXIVES = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"}


def _subject(token):
    if _reporting_noun(token):
        return _noun_source(token)
    if _belief_adjective(token):
        return next(c for c in token.head.children if c.dep_ == "nsubj")
    issuer = _statement_issuer(token)
    if issuer is not None:
        return issuer
    passive = any(c.dep_ == "auxpass" for c in token.children)
    agent = next((c for c in token.children if c.dep_ == "agent"), None) if passive else None
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if doer is not None:  # "the report was denied by the ministry"
        return doer
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "The importers themselves told us": an emphatic reflexive is no second speaker
    subjects = [c for c in subjects if c.lower_ not in _REFLEXIVES] or subjects
    if subjects:
        # the subject nearest the verb: a dateline before it sometimes parses as a second subject, and in
        # "Warner said gunshots and screams woke him" the one after it is the clause's own
        before = [c for c in subjects if c.i < token.i]
        return min(before or subjects, key=lambda c: abs(c.i - token.i))
    if _verb_taken_for_a_modifier(token):
        return token.doc[token.i - 1]
    appositive = _appositive_speaker(token)
    if appositive is not None:
        return appositive
    if token.dep_ == "advcl" and token.tag_ == "VBG" and not token.doc[token.i - 1].is_punct and (
            subject := _subject(token.head)) is not None:
        return subject  # "a man ran to the station saying his friend had been shot": no comma, the man said it
    if token.dep_ in ("conj", "xcomp", "advcl") and token.head != token:
        # "X said ..., accusing Y of ...": the participle's subject is the speaker of the main cue
        speaker = next((a for a in token.ancestors if a.lemma_.lower() in CUE_STANCE and not _asked(a)
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        if speaker is not None and speaker.i > token.i and token.dep_ == "conj" and (
                first := _subject(token.head)) is not None:
            return first  # "Waters came to the house and told them he would leave, documents state": Waters told
        base = token.head
        while _asked(base):  # "declined to say how many reported, saying ...": the one who declined said it
            base = base.head
        return _subject(speaker if speaker is not None else base)
    if token.dep_ == "relcl":
        # not "in a position to verify these claims": an infinitive's noun is no one who spoke
        return None if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) else token.head
    if token.dep_ == "acl" and token.lemma_ in QUOTE_ONLY_CUES:
        return _reduced_relative_speaker(token)
    if token.dep_ == "pcomp" and token.head.lower_ == "as":
        return _quoted_as_saying(token.head.head)
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in ("after", "before", "while", "by", "in"):
        # "Nashua strengthened its plan after announcing a Dutch firm is seeking ...": the one who acted said it
        return next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _closing_speaker(token) or _inverted_speaker(token) or _preceding_speaker(token)


def _expects_a_figure(token) -> bool:
    """ "The company expects full-year earnings of $8.90 to $9.10 a share", "analysts expected a loss of 3%": a
    forecast, which is reported like a statement; "police expect more arrests" is no figure."""
    return token.lemma_ == "expect" and any(
        c.dep_ == "dobj" and any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in c.subtree)
        for c in token.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in token.children)


def _asked(token) -> bool:
    """A cue in a question another cue reports: "how many patients reported" in "declined to say how many patients
    reported side effects"."""
    return token.dep_ == "ccomp" and token.left_edge.tag_ in ("WRB", "WDT", "WP") and token.head.lemma_ in CUE_STANCE


def _appositive_speaker(cue):
    """ "14 soldiers were killed near Dol, the defence ministry of Varnia said": the parser can take the speaker
    for an apposition to the place before it, and leave the finite cue after it with no subject."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    speaker = next((a for a in [before, *before.ancestors] if a.dep_ == "appos" and a.right_edge.i == cue.i - 1), None)
    if speaker is None or speaker.left_edge.i == 0 or cue.doc[speaker.left_edge.i - 1].text not in _COMMAS:
        return None
    return speaker


def _statement_issuer(cue):
    """'issued a statement saying ...', 'a statement that said ...', 'sent a letter to residents saying ...': the
    statement speaks for whoever issued it; a statement with no issuer speaks for itself ('a police report saying')."""
    if cue.dep_ not in ("acl", "relcl") or (cue.dep_ == "relcl" and not any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in cue.children)):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which") for c in cue.children):
        return None  # "results that analysts said put the drug on par": the analysts said it
    carrier = cue.head
    if carrier.dep_ == "pobj" and carrier.lemma_.lower() not in DOCUMENT_NOUNS:  # 'a letter to residents saying'
        above = carrier.head.head
        carrier = above if above.lemma_.lower() in DOCUMENT_NOUNS else next(
            (c for c in above.children if c.dep_ == "dobj" and c.i < cue.i), carrier)
    if carrier.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    issuer = _noun_source(carrier)
    if issuer is None and carrier.dep_ == "dobj":
        issuer = next((c for c in carrier.head.children if c.dep_ == "nsubj"), None)
    return issuer if issuer is not None else carrier


def _quoted_as_saying(above):
    """'The newspaper quoted Ms. Lane as saying ...': the one quoted is the speaker, also where the parser hung
    'as saying' on the name and made 'quoted' a modifier of it ('The Argus quoted immigration official ...')."""
    if above.lemma_ in ("quote", "cite"):
        return next((c for c in above.children if c.dep_ == "dobj"), None)
    quoting = any(t.lemma_ in ("quote", "cite") for t in above.doc[above.sent.start:above.i])
    return above if quoting and above.pos_ in ("NOUN", "PROPN") else None


def _preceding_speaker(cue):
    """A cue the parser left without subject: 'Robinson's father, Gregory Fulcher, said he is angry' (the
    father parsed into the clause before), 'Blakely said ...' (the name taken for an adverb), 'Davis, clearly
    torn up, says ...' (the speaker made subject of the aside): the noun phrase right before the cue."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("ROOT", "ccomp", "parataxis", "conj"):
        return None  # 'the anger described in court' is no report by the anger
    aside = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if aside is not None and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return next((c for c in aside.children if c.dep_ == "nsubj"), None)  # 'Davis, clearly torn up, says'
    position = cue.i - 1
    while position >= cue.sent.start and (doc[position].is_punct or doc[position].dep_ in ("advmod", "prt", "neg")
                                          and not doc[position].is_title):
        position -= 1
    if position < cue.sent.start:
        return None
    speaker = doc[position]
    if speaker.pos_ not in ("PROPN", "NOUN", "PRON") and not (speaker.is_title and speaker.i == cue.sent.start):
        return None
    while speaker.head.i < cue.i and (speaker.dep_ in ("appos", "compound") or (
            speaker.dep_ == "conj" and doc[speaker.left_edge.i - 1].text != ",")):
        # 'father, Gregory Fulcher,': the phrase, whose apposition names him; '..., police and other sources
        # said': the first of the speakers, not what the comma closes
        speaker = speaker.head
    clause = next((a for a in speaker.ancestors if a.dep_ == "relcl" and a.i < cue.i), None)
    # "Janet Cole, 58, who has multiple sclerosis and receives the payment, said": the word before the cue ends a
    # relative clause, and the one it describes spoke, not the payment
    return who_described(clause) if clause is not None and clause.left_edge.lower_ in ("who", "whose") else speaker


def _inverted_speaker(cue):
    """'"Four years old," exclaimed Filomene Iwin': the name after a cue that follows a quote, whatever the
    parser made of it."""
    if not re.search(r"[\"”»’']\s*$", text_of(cue.doc)[max(0, cue.idx - 4):cue.idx]):
        return None
    return next((c for c in cue.children if c.i > cue.i and c.pos_ in ("PROPN", "NOUN")
                 and c.dep_ in ("dobj", "npadvmod", "attr", "appos", "dep", "oprd", "nsubj")), None)


def _closing_speaker(cue):
    """'..., booked in the parish prison, the police department said.' can parse with the department as an
    apposition to the prison and a cue without subject: the noun phrase between the last comma and the cue."""
    doc = cue.doc
    if cue.i < 2 or not _closes_sentence(cue):
        return None
    speaker = doc[cue.i - 1]
    if speaker.pos_ not in ("NOUN", "PROPN") or speaker.left_edge.i < 1 or doc[speaker.left_edge.i - 1].text != ",":
        return None
    return speaker


def _content_of(cue, sent, quotes):
    """The reported content of a cue: its clause, its object, or the quote next to it."""
    if _reporting_noun(cue):
        clause, that = _noun_clause(cue)
        return cue.doc[that.i + 1:clause.right_edge.i + 1]
    if _as_source_put_it(cue):
        head, phrase = cue.head, list(cue.subtree)
        if phrase[-1].i < head.i:
            return cue.doc[phrase[-1].i + 1:head.right_edge.i + 1]
        return cue.doc[head.left_edge.i:phrase[0].i]
    if cue.lemma_ in QUOTE_ONLY_CUES and not _narrates(cue):
        return _nearest_quote(cue, sent, quotes)
    if _verb_taken_for_a_modifier(cue):
        return cue.doc[cue.i + 1:cue.head.head.right_edge.i + 1]
    described = _what_it_is_said_to_be(cue)
    if described is not None:
        return described
    clause = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "xcomp" and cue.lemma_ != "call")]
    clause = clause or _misattached_clause(cue) or _clause_taken_for_an_object(cue)
    if len(clause) > 1 and clause[0].i < cue.i < clause[-1].i and not any(c.dep_ == "nsubj" for c in cue.children):
        clause = [c for c in clause if c.i > cue.i]  # 'Davis, clearly torn up, says she ...': the first is an aside
    subjects = [c.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not clause and len(subjects) > 1 and min(subjects) < cue.i < max(subjects):
        return cue.doc[cue.doc[max(subjects)].left_edge.i:cue.sent.end]  # "Warner said gunshots and screams woke him"
    if cue.dep_ in ("parataxis", "ccomp") and not clause and _leading(cue):  # "Yet she said, the kind of ... is"
        return cue.doc[_cue_phrase(cue)[1] + 2:cue.head.right_edge.i + 1]
    if cue.dep_ in ("ccomp", "parataxis") and not clause and (cue.head.i < cue.i or _parenthetical(cue)) and not (
            cue.lemma_ in OBJECT_CUES and any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children)) and not any(
            c.dep_ == "mark" for c in cue.children):  # "reported that Brand told Lomax ...": the report's clause
        # "The toll rose to 27, the ministry said." and "The victim, police said, was 25." parse with the
        # cue under the clause it reports; the parenthetical cue stays inside the content, which is its sentence
        return _span_of(cue.head if cue.head.i < cue.i and not _parenthetical(cue) else sent.root, exclude=cue)
    if clause:
        objects = [c for c in cue.children if c.dep_ == "dobj" and c.i < clause[0].i]
        opening = clause[0].left_edge.i
        quoted = any(DOUBLE_MARK.fullmatch(t.text) for t in cue.doc[max(0, opening - 1):opening + 1])
        if clause[0].dep_ == "xcomp" and objects and not quoted:  # "urged residents to stay calm": who and what
            return cue.doc[objects[0].left_edge.i:clause[0].right_edge.i + 1]
        span = _span_of(clause[0])
        if objects and clause[0].dep_ == "ccomp" and cue.lemma_ != "tell" and (
                not _own_subject(clause[0]) or cue.lemma_ in DENYING and _denied_reference(objects[0])):
            # "said the purchase, subsequently rejected by regulators, was aimed at ...": the clause's subject
            # parsed as the cue's object; "contradicted Kestravia's account of the hotline that the armies set up":
            # the account denied, whose relative clause the parser took for the cue's
            span = cue.doc[objects[0].left_edge.i:span.end]
        later = [c for c in clause[1:] if c.dep_ == "ccomp" and clause[0].i > cue.i]
        if later:  # "said the turnover, largely confined to ..., partly reflected ...": one clause parsed as two
            span = cue.doc[span.start:_span_of(later[-1]).end]
        that = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "that" and c.i < span.start), None)
        if that is not None:  # "said that bombings ... ``show that ...'': the parser took 'that' for a preposition
            span = cue.doc[that.i + 1:span.end]
        continued = _clause_continued(cue, span)
        if continued is not None:
            span = cue.doc[span.start:continued.right_edge.i + 1]
        span = _with_its_clock_time(cue, _without_when_it_was_said(cue, clause[0], span))
        span = _without_the_speaker_again(cue, clause[0], span)
        resumed = [c for c in cue.children if _resumes_content(c)]
        if resumed and span.end <= cue.i and _parenthetical(cue):
            span = cue.doc[span.start:resumed[-1].right_edge.i + 1]
        before = cue.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.head == cue and before.dep_ == "prep" and not list(before.children):
            return cue.doc[before.i:span.end]  # 'said between 20 and 30 people were hurt': the parser took 'between'
        return span
    that = next((t for t in _own_subtree(cue) if t.i > cue.i and t.dep_ == "mark" and t.lower_ == "that"
                 and t.head.dep_ in ("ccomp", "acl", "advcl", "relcl") and not _reporting_noun(t.head.head)), None)
    if that is not None and not (cue.lemma_ in OBJECT_CUES and any(c.dep_ == "dobj" for c in cue.children)):
        # "said in a statement that ...": the parser hung the clause on "statement"; not in "attributed the
        # volume to selling on fears that ...", which says what its object says
        return cue.doc[that.i + 1:that.head.right_edge.i + 1]
    verdict = _verdict(cue)
    if verdict is not None:  # "ruled the boy's death a homicide"
        return cue.doc[min(c.left_edge.i for c in cue.children if c.dep_ == "dobj"):verdict.right_edge.i + 1]
    if cue.lemma_ in OBJECT_CUES or cue.lemma_ in CRITICIZING or cue.lemma_ in ("accuse", "blame", "call", "show",
                                                                                "indicate", "reveal") \
            or _expects_a_figure(cue):
        objects = [c for c in cue.children if c.dep_ in ("dobj", "oprd", "prep", "attr") and c.i > cue.i
                   and not when_phrase(c)]
        if any(c.dep_ == "agent" for c in cue.children):  # "the report was denied by the ministry"
            objects = [c for c in cue.children if c.dep_ == "nsubjpass"]
        quoted = [o for o in objects if o.dep_ == "oprd" and o.left_edge.i > 0 and any(
            DOUBLE_MARK.fullmatch(t.text) for t in cue.doc[o.left_edge.i - 1:o.left_edge.i + 1])]
        objects = quoted or objects  # 'called the treaty "a return to where we belong"': the words it was called
        if objects:
            start = min(o.left_edge.i for o in objects)
            end = max(o.right_edge.i for o in objects)
            as_ = _identified_as(cue) if cue.lemma_ == "identify" else None
            if as_ is not None:  # "identified the girl to WAVE 3 News as Ilanye Price", "as" hung on "to WAVE"
                end = max(end, as_.right_edge.i)
            end = _described_as(cue, end)
            return cue.doc[start:end + 1]
        named = cue.doc[cue.head.left_edge.i:cue.head.i + 1]
        if cue.dep_ == "relcl" and cue.lemma_ in DENYING and _denied_reference(named):
            return named  # "..., a claim the operator denied"
    return _nearest_quote(cue, sent, quotes)


def _described_as(cue, end: int) -> int:
    """The end of what a description says: "describe its reefs as well charted but dangerous", where the parser hung
    "as" on what follows it instead of on the cue."""
    after = cue.doc[end + 1] if end + 1 < len(cue.doc) else None
    if cue.lemma_ not in _DESCRIBING or after is None or after.lower_ != "as" or after.head.i <= after.i:
        return end
    return max(end, after.head.right_edge.i)


_DESCRIBING = {"describe", "characterize", "characterise", "portray", "remember", "recall"}


def _verdict(cue):
    """What a ruling found its object to be: "a homicide" in "ruled the boy's death a homicide" (parsed as a second
    object too), "as accidental" in "ruled the death as accidental"; not "ruled out bail"."""
    objects = [c for c in cue.children if c.dep_ == "dobj"] if cue.lemma_ == "rule" else []
    if not objects:
        return None
    return next((c for c in cue.children if c.i > objects[0].i and c.ent_type_ not in ("DATE", "TIME") and (
        c.dep_ in ("oprd", "npadvmod", "attr", "dobj") or (c.dep_ == "prep" and c.lower_ == "as"))), None)


# what a source puts at a number: "put the death toll at 21", "put the number of displaced at 2,000"
_COUNTED = {"toll", "number", "figure", "count", "total", "tally", "cost", "damage", "loss", "losses", "estimate"}


def _puts_a_count(token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_ in _COUNTED for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in token.children)


def _cited_speaker(cue, content):
    """ "the Coastal Wire reported, citing regional governor Anton Belek", "said, citing two police sources": the
    one the reporter cites is who said it; "citing security concerns" cites a reason, not a speaker."""
    heads = [cue, content.root] if content is not None else [cue]
    citing = next((c for head in heads for c in head.children if _citing(c)), None)
    return _cited(citing) if citing is not None else None


def _before_citing(content, cited):
    """ "The Coastal Wire reported that nine people died, citing the governor": the content ends before whom it
    cites."""
    if cited is None or content is None or not content.start < cited.head.i < content.end:
        return content
    citing = cited.head.i
    return content.doc[content.start:citing - 1 if content.doc[citing - 1].text == "," else citing]


def _citing(token) -> bool:
    return token.lemma_ == "cite" and token.tag_ == "VBG" and token.dep_ == "advcl"


def _cited(citing):
    """Whom "citing" names, when it names a speaker ("citing two police sources"), not a reason ("citing expected
    losses", which is what a company said)."""
    cited = next((c for c in citing.children if c.dep_ == "dobj"), None)
    if cited is not None and (cited.ent_type_ in ("PERSON", "ORG", "NORP") or cited.pos_ == "PROPN"
                              or cited.lemma_ in SPEAKER_NOUNS or cited.lemma_ == "source"
                              or ANONYMOUS.search(text_of(cited.doc)[cited.left_edge.idx:cited.right_edge.idx + 1])):
        return cited  # "citing a person briefed on the matter" too
    return None


def _before_its_denial(content):
    """ "said the mine was unsafe, an allegation the company rejected": the content ends before the denial of it,
    which is another speaker's statement."""
    doc = content.doc
    denied = next((t for t in content if t.left_edge.i > content.start and doc[t.left_edge.i - 1].text == ","
                   and any(c.dep_ == "relcl" and c.lemma_ in DENYING and c.i < content.end for c in t.children)
                   and _denied_reference(doc[t.left_edge.i:t.i + 1])), None)
    return doc[content.start:denied.left_edge.i - 1] if denied is not None else content


# the outlet's doubt after what was said: ", though it provided no evidence", ", a claim that could not be verified"
_DOUBTED_AFTER = re.compile(
    r",\s+(?:(?:though|although|but|and)\s+(?:it|he|she|they|the \w+)\s+(?=" + NO_EVIDENCE + r")|"
    r"(?:an?|the)\s+(?:claim|assertion|allegation|account|report)\s+(?:that|which)\s+(?=" + COULD_NOT_VERIFY + r"))",
    re.IGNORECASE)


def _before_the_outlets_doubt(content):
    """ "said it had destroyed 12 tanks, though it provided no evidence": the doubt is the outlet's, not part of
    what was said (the hedges keep it)."""
    doubt = _DOUBTED_AFTER.search(content.text)
    if doubt is None or doubt.start() == 0:
        return content
    return content.doc.char_span(content.start_char, content.start_char + doubt.start(), alignment_mode="contract")


def _without_denials_of_nothing(found: list[Attribution]) -> list[Attribution]:
    """ "Norvale Hydro denied it" after another speaker's statement denies that statement; with no statement of
    someone else just before it, "it" is whatever the article told, and the denial says nothing we can show."""
    return [a for n, a in enumerate(found)
            if not (a.stance == "denies" and a.content.lower() in ("it", "this", "that", "them"))
            or any(b.claimant.name != a.claimant.name for b in found[max(0, n - 2):n])]  # assessment's reach too


def _denied_reference(span) -> bool:
    """A denial's content that names the statement denied without saying it: "the report", "a claim", "it"."""
    return bool(DENIED_REFERENCE.match(span.text.strip()))


def _without_when_it_was_said(cue, clause, span):
    """'said on Tuesday they had arrested 14 men', 'said Monday the pier would reopen': a day right after the
    cue, before the clause's subject, says when it was said; the parser hangs it on the clause."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    when = next((c for c in clause.children if c.i == span.start and c.dep_ in ("prep", "npadvmod")), None)
    if subject is None or when is None or when.i != _cue_phrase(cue)[1] + 1 or when.right_edge.i >= subject.left_edge.i:
        return span
    if not all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" for t in when.subtree):
        return span
    if cue.doc[when.right_edge.i + 1].text == ",":
        return span  # "said at 2:53 a.m., two people were stabbed": a time set off before the clause is the event's
    return cue.doc[when.right_edge.i + 1:span.end]


def _with_its_clock_time(cue, span):
    """'said at 2:53 a.m., two people were stabbed': a clock time set off by a comma before the clause tells when
    it happened, though the parser hangs it on the cue."""
    doc = cue.doc
    comma = span.start if doc[span.start].text == "," else span.start - 1
    if comma < 1 or doc[comma].text != ",":
        return span
    time = doc[comma - 1]
    phrase = next((a for a in [time, *time.ancestors] if a.head == cue), None)
    if phrase is None or phrase.dep_ != "prep" or phrase.i != cue.i + 1 or \
            not all(t.ent_type_ == "TIME" for t in phrase.subtree if t != phrase):
        return span
    return doc[phrase.i:span.end]


def _without_the_speaker_again(cue, clause, span):
    """'said the incident occurred while he was with friends but Waguespack declined to say who had the gun': a
    clause of the clause in which the speaker again says or declines to say something is another report."""
    speaker = _subject(cue)
    if speaker is None or speaker.pos_ == "PRON":
        return span
    again = next((c for c in clause.children if c.dep_ == "conj" and span.start < c.i < span.end
                  and (c.lemma_ in CUE_STANCE or c.lemma_ in _NOT_SAYING or _negated(c)) and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == speaker.lower_ and s.pos_ != "PRON" for s in c.children)),
        None)
    if again is None:
        return span
    end = again.left_edge.i
    while end > span.start and (cue.doc[end - 1].dep_ == "cc" or cue.doc[end - 1].is_punct):
        end -= 1
    return cue.doc[span.start:end]


def _clause_continued(cue, span):
    """'said there were adults in the home, but they weren't with the boys': the parser hangs a second clause
    with its own subject on the cue; it goes on with what was said unless it is another report or a refusal
    ('said he was innocent but declined to comment')."""
    conj = next((c for c in cue.children if c.dep_ == "conj" and c.i >= span.end), None)
    if conj is None or conj.lemma_.lower() in CUE_STANCE or conj.lemma_ in _NOT_SAYING or not _own_subject(conj):
        return None
    return conj


def _what_it_is_said_to_be(cue):
    """'after what deputies say was an accidental shooting', 'with what officials say are minor injuries': what
    follows the cue is the statement, about the thing the sentence names."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or subject.left_edge.i == 0 or cue.doc[subject.left_edge.i - 1].lower_ != "what":
        return None
    first = _cue_phrase(cue)[1] + 1
    if first >= len(cue.doc) or cue.doc[first].pos_ not in ("AUX", "VERB"):
        return None
    return cue.doc[first:cue.doc[first].right_edge.i + 1]


def _nearest_quote(cue, sent, quotes):
    # the quote may open a sentence earlier, or be one just before the cue: '"Where is it?" the judge asked.', but
    # not before a cue with its own object ('"Be calm." The mayor stressed the need for patience.')
    phrase_start = cue.doc[_cue_phrase(cue)[0]].idx
    objected = any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children)
    near = [q for q in quotes if sent.start_char <= q[1] <= sent.end_char + 2
            or (q[1] <= phrase_start and not objected
                and re.fullmatch(r"[ \"”»’'.!?,]*", text_of(cue.doc)[q[1]:phrase_start]))]
    if not near:
        return None
    best = min(near, key=lambda q: min(abs(q[0] - cue.idx), abs(q[1] - cue.idx)))
    return cue.doc.char_span(best[0], best[1], alignment_mode="expand")


_RELATIVE_WORDS = {"who", "whom", "whose", "which", "that", "where", "when"}


def _misattached_clause(cue) -> list:
    """The clause of 'say' or 'tell' the parser hung elsewhere: 'told officers he had a pistol' (as a relative
    clause of 'officers'), 'told the station for now they won't be releasing more' (as an adverbial one); the clause
    of any cue after 'continued to' or 'seem to', hung on that verb ('continued to vow they would block ...')."""
    if cue.dep_ == "xcomp" and cue.head.lemma_ in _SAYS_ON and not any(c.dep_ == "ccomp" for c in cue.children):
        return [c for c in cue.head.children if c.dep_ == "ccomp" and c.i > cue.i and _own_subject(c)][:1]
    that_clause = next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and _own_subject(c) and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if that_clause is not None:  # 'she replied only that the bank would ...': "only" made it adverbial
        return [that_clause]
    if cue.lemma_ not in ("say", "tell"):
        return []
    for child in cue.children:
        if child.dep_ == "advcl" and child.i > cue.i and _own_subject(child) and not any(
                c.dep_ == "mark" for c in child.children):
            return [child]
        if child.dep_ == "dobj" and cue.lemma_ == "tell":
            relative = next((r for r in child.children if r.dep_ == "relcl" and _own_subject(r)), None)
            if relative is not None:
                return [relative]
    return []


def _clause_taken_for_an_object(cue) -> list:
    """'Shoney's said the latest restructuring affected bank debt' can parse with 'affected' as an adjective and
    'debt' as the object of 'said': an object of 'say' with a verb form inside is a clause."""
    if cue.lemma_ != "say":
        return []
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or len(list(obj.subtree)) < 4:
        return []
    return [obj] if any(t.tag_ in ("VBN", "VBD", "VBZ", "VBP") for t in obj.subtree) else []


def _own_subject(verb) -> bool:
    """A clause with a subject of its own, not a relative pronoun: 'he had', not 'who had'."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_WORDS for c in verb.children) and \
        not any(t.lower_ in _RELATIVE_WORDS and t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.dep_ != "mark"
                for t in verb.subtree if t.i < verb.i and t.head == verb)


def _parenthetical(cue) -> bool:
    """', police said,': the cue phrase sits between commas."""
    return _between_commas(cue.doc, *_cue_phrase(cue))


_COMMAS = (",", "—", "–")


def _between_commas(doc, first: int, last: int) -> bool:
    """Tokens first..last sit between commas (or dashes)."""
    return 0 < first and last + 1 < len(doc) and doc[first - 1].text in _COMMAS and doc[last + 1].text in _COMMAS


def _leading(cue) -> bool:
    """'She said, the plan is sound': the cue phrase opens its sentence (but for a conjunction) and a comma
    follows it."""
    first, last = _cue_phrase(cue)
    opening = [t for t in cue.doc[cue.sent.start:first] if not (t.is_punct or t.is_space or t.dep_ in ("cc", "advmod"))]
    # 'Marr called the attack "a provocation", Northwire reported': a cue with its object has said all it says
    said_in_object = any(c.dep_ == "oprd" or (c.dep_ == "dobj" and cue.lemma_ != "tell") for c in cue.children)
    return cue.head.i > cue.i and not opening and not said_in_object and last + 2 < len(cue.doc) \
        and cue.doc[last + 1].text == ","


# what hangs on a cue without being its phrase: "If X, he added, Y" can parse with the if-clause under "added"
_CLAUSES = ("advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct", "dobj", "mark")


def _cue_phrase(cue) -> tuple[int, int]:
    """First and last token of the cue with its subject and modifiers ('police said on Monday', 'a source told
    CNN')."""
    parts = [cue] + [t for child in cue.children
                     if (child.dep_ not in _CLAUSES or (child.dep_ == "dobj" and cue.lemma_ == "tell"))
                     and not _resumes_content(child) for t in child.subtree]
    return min(t.i for t in parts), max(t.i for t in parts)


# words that open the rest of a statement after a cue in mid-sentence: "A, the company added, because of B"
_RESUMING = {"because", "though", "although", "while", "unless", "since", "despite"}


def _resumes_content(child) -> bool:
    """A modifier after a comma that follows the cue, opened by 'because' or 'though': the statement goes on."""
    first = child.left_edge
    return child.i > child.head.i and first.i > 0 and first.lower_ in _RESUMING and child.doc[first.i - 1].text == ","


def _trailing_cue_content(cue, subject, sent):
    """'..., and they joined combat in November, the spokesperson confirmed.': everything before the
    comma that opens the trailing 'subject cue' is what was reported."""
    left = subject.left_edge.i
    if left <= sent.start + 2 or cue.i < subject.i or sent.doc[left - 1].text not in (",", "—", "–"):
        return None
    if not _closes_sentence(cue) or any(_resumes_content(c) for c in cue.children):
        return None
    before = sent.doc[sent.start:left - 1]
    # 'According to a police report, officers responded to a home': a phrase set before the subject is no clause;
    # 'Asked whether the title race was over, he said: "No."': the question put to the speaker is not what he said
    asked = before.root.dep_ == "advcl" and before.root.tag_ in ("VBN", "VBG") and not _own_subject(before.root)
    return before if any(_finite(t) for t in before) and not asked else None


def _closes_sentence(cue) -> bool:
    """Nothing follows the cue but its own modifiers: '..., police said Tuesday.', '..., a source told the AP.', or
    who passed it on: '..., the ministry said, according to the Northwire agency.'"""
    after = cue.doc[cue.i + 1:cue.sent.end]
    relay = {t.i for a in after if a.lower_ == "according" for t in a.subtree}
    return all(t.is_punct or t.is_space or t.i in relay or _modifies(t, cue) for t in after)


_TOPIC_PREPOSITIONS = {"for", "against", "about", "of", "over"}


def _orphaned(cue, subject, sent):
    """'... striking the victim in the face. Sheriff Pohlmann said.': a crawl broke the sentence before its
    closing cue, which now stands alone; what it reports is the sentence before it."""
    doc = cue.doc
    speaker = set(t.i for t in subject.subtree) if subject is not None else set()
    alone = all(t.i in speaker or t == cue or t.is_punct or t.is_space or _modifies(t, cue) for t in sent)
    if not alone or subject is None or subject.i > cue.i or sent.start == 0 or not sent.text.rstrip().endswith("."):
        return None  # 'The Times said in an editorial on Monday:' introduces what follows
    if any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS for c in cue.children):
        return None  # 'The parents also argued for a return to Cuba.' says what it argued
    before = sentence_of(doc, sent.start - 1)
    if any(t.text in ('"', "“", "”") for t in before) or before.text.rstrip()[-1:] not in (".", ","):
        return None
    return before


def _run_on(cue, subject, sent):
    """ "Police say Ja'Mare Stewart shot and killed ...": the parser, lost on a name it does not know, ended the
    sentence after the cue and began another; a leading cue whose sentence stops without a stop goes on into the next
    one."""
    doc = cue.doc
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if subject is None or subject.i > cue.i or last is None or last.is_punct or sent.end >= len(doc) or \
            "\n" in doc[sent.end - 1].whitespace_ + doc[sent.end - 1].text:
        return None
    following = sentence_of(doc, sent.end)
    # 'Brand told Stuart Lomax "I'll see what I can do" after ...': whom he told is no part of it
    start = max([cue.i] + [c.right_edge.i for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i]) + 1
    return doc[start:following.end] if start < following.end else None


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def _introduced_paragraphs(cue, subject):
    """'The New York Times says in an editorial on Thursday:' closing its paragraph introduces what follows: the
    next paragraph, or all the rest when it opens the article (a reprinted editorial or statement)."""
    doc, text = cue.doc, text_of(cue.doc)
    if subject is None or subject.i > cue.i:
        return None
    paragraph_end = _PARAGRAPH_BREAK.search(text, cue.idx)
    if paragraph_end is None:
        return None
    colon = text.rfind(":", cue.idx, paragraph_end.start())
    issued = _issues_statement(cue)  # "released the following information ...": its object may stand before the colon
    if colon < 0 and issued and _the_following(cue):
        colon = len(text[:paragraph_end.start()].rstrip()) - 1
    # after the colon only markup a crawl left ("&QL;"); before it only when and where it was said
    if colon < 0 or re.search(r"[^\W_]", re.sub(r"&\w+;", "", text[colon + 1:paragraph_end.start()])):
        return None
    between = doc.char_span(cue.idx + len(cue.text), colon, alignment_mode="expand")
    if between is None or not (issued or all(t.is_punct or t.is_space or _modifies(t, cue) for t in between)):
        return None
    start = paragraph_end.end()
    opening = text[:text.rfind("\n", 0, cue.idx) + 1].strip()
    if "\n" in opening or opening.endswith((".", '"', "”", "''")):  # more than a headline before it: one paragraph
        following = _PARAGRAPH_BREAK.search(text, start)
        end = following.start() if following else len(text)
    else:
        end = len(text.rstrip())
    return doc.char_span(start, end, alignment_mode="expand")


def _own_subtree(cue) -> list:
    """The cue's subtree without that of a cue coordinated with it: in 'accused Varnia of hiding losses and
    claimed that troops had crossed', the that-clause is what was claimed, not the accusation."""
    others = {t.i for c in cue.children if c.dep_ == "conj" and c.lemma_.lower() in CUE_STANCE for t in c.subtree}
    return [t for t in cue.subtree if t.i not in others]


def _modifies(token, cue) -> bool:
    """Whether the token belongs to a modifier of the cue (when, where, how it was said), not to a clause; nor to
    what was told ('told a different story'), which says the words are someone else's than the sentence before's."""
    kinds = {"npadvmod", "advmod", "prep", "agent"} | ({"dobj"} if cue.lemma_ == "tell" else set())  # 'told the AP'
    return any(a.head == cue and a.dep_ in kinds and not (a.dep_ == "dobj" and a.lemma_.lower() in _TOLD_THINGS)
               for a in [token, *token.ancestors])


_TOLD_THINGS = {"story", "account", "version", "tale", "lie", "truth"}


def _span_of(head, exclude=None):
    """The head's subtree, without the trailing subtree of `exclude` and of any participle cue in it: in
    "said that X was burning bodies, accusing X of hiding losses" the accusation is a statement of its own."""
    excluded = set()
    if exclude is not None:  # the cue and what follows it; a clause before it ("If X, he added, Y") is content
        first = _cue_phrase(exclude)[0]
        excluded = {t.i for t in exclude.subtree if t.i >= first}
        for participle in (c for c in head.children if _speakers_own_participle(c, first)):
            excluded |= {t.i for t in participle.subtree} | {first - 1}
    for token in head.subtree:
        if token != head and token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in CUE_STANCE:
            excluded |= {t.i for t in token.subtree}
        if token != head and _the_speakers_next_act(token):
            excluded |= {t.i for t in token.subtree} | {token.i - 2, token.i - 1}  # with its ", and"
    tokens = [t for t in head.subtree if t.i not in excluded]
    if not tokens:
        return None
    return head.doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1]


def _speakers_own_participle(token, cue_start: int) -> bool:
    """ 'Switching to English, he said, "I want to thank ..."': a participle with no subject right before the cue
    phrase tells what the speaker did ("In the aftermath of the war, she said, ..." is part of what was said)."""
    return token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") and token.left_edge.i == token.sent.start and \
        token.right_edge.i + 2 == cue_start and token.doc[cue_start - 1].text == "," and not _own_subject(token)


def _the_speakers_next_act(token) -> bool:
    """ "said 40 civilians were killed this week, and called for an investigation": after a comma and "and", a cue
    with no subject of its own is the speaker's next act, which the parser hung on the reported clause."""
    doc = token.doc
    return token.dep_ == "conj" and token.lemma_.lower() in CUE_STANCE and not _own_subject(token) \
        and token.i >= 2 and doc[token.i - 1].lower_ == "and" and doc[token.i - 2].text == ","


def _with_its_result(cue, content):
    """ "police say a 2-year-old shot a sibling in a parked car, leaving the infant in serious condition": the parser
    hangs the participle on the cue, but it tells what the shooting did, not what the police did (unlike "adding")."""
    doc = content.doc
    after = content.end + (doc[content.end - 1].text != ",")  # the parser hangs the comma on either side
    if after >= len(doc) or doc[after - 1].text != "," or content.end <= cue.i:
        return content
    result = doc[after]
    if result.head == cue and result.dep_ == "advcl" and result.tag_ == "VBG" and result.lemma_.lower() in _RESULTS \
            and not _own_subject(result):
        return doc[content.start:result.right_edge.i + 1]
    return content


# what an event does to those it strikes, told after it ("..., leaving the infant in serious condition"), never what
# the speaker does while speaking ("..., standing outside city hall")
_RESULTS = {"leave", "kill", "injure", "wound", "send", "prompt", "cause", "force", "trigger", "spark", "strand",
            "destroy", "damage", "displace", "claim"}


def _with_its_basis(cue, content):
    """ "It appears the child found the gun, according to evidence collected and statements from the family, police
    said": what the speaker's statement rests on, set between it and the cue closing it, is part of it."""
    basis = next((c for c in cue.children if c.lower_ == "according" and content.end <= c.i < cue.i), None)
    return content.doc[content.start:basis.right_edge.i + 1] if basis is not None else content


def _trim_span(doc, start: int, end: int, source_kept: bool = False) -> tuple[int, int]:
    """The span without its edges; `source_kept` keeps an "according to" phrase it ends with, which a cue after it
    reports as part of what was said."""
    text = text_of(doc)
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES + ".":
        end -= 1
    if start < end and text.startswith("only that ", start):
        start += 5  # "replied only that the bank would ...": how little was said, not what
    if start < end and text.startswith("that ", start):
        start += 5
    opening = dateline(text, start, end)
    if opening and opening.end() < end:
        start = opening.end()  # 'ALDMOOR - Three people were killed ..., city officials said.'
    source = None if source_kept else _TRAILING_SOURCE.search(text, start, end)
    if source and source.start() > start:
        # 'Battles claimed they helped him, according to prosecutors': the source of the report, not what it says
        end = start + len(text[start:source.start()].rstrip(_EDGES))
    if end < len(text) and text[end] in "\"”" and _opened_inside(text[start:end]):
        end += 1  # 'had been a "grave provocation"': a quote the content opens, it closes
    return start, end


def _opened_inside(content: str) -> bool:
    """A quote mark opened in the content and not closed in it."""
    return content.count("“") > content.count("”") or content.count('"') % 2 == 1


# what a content never starts or ends with: punctuation between it and its cue, quote marks, line breaks
_EDGES = " ,;:—–-\"“”«»'‘’`\n"
_TRAILING_SOURCE = re.compile(r",[\"”']?\s+according\s+to\s+[^,;:\"“”]+[.]?$")


def _from_cue(doc, sent, cue, quotes, resolver) -> Optional[Attribution]:
    subject = _subject(cue)
    if subject is None:
        return None
    # 'Compaq, which said it found the bugs,' speaks for Compaq; 'I' and 'you' are inside someone's quote, and
    # 'we' outside one is the outlet itself ("We're told the husband called")
    relative = subject.dep_ == "nsubj" and cue.dep_ == "relcl"
    if subject.lower_ in ("i", "you", "we", "we're", "we’re") or _nobody(subject) or \
            (subject.lower_ in ("who", "which", "that") and not relative):
        return None
    content = _introduced_paragraphs(cue, subject) or _trailing_cue_content(cue, subject, sent) or \
        _content_of(cue, sent, quotes) or _orphaned(cue, subject, sent) or _run_on(cue, subject, sent)
    content = _before_the_outlets_doubt(_before_its_denial(content)) if content is not None else None
    cited = _cited_speaker(cue, content)
    content = _before_citing(content, cited)
    denies_a_statement_named = cue.lemma_ in DENYING and content is not None and _denied_reference(content)
    if content is None or (len(content) < 2 and not denies_a_statement_named):
        return None
    if cue.dep_ == "relcl" and (content.start <= subject.i < content.end or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in content.root.children)):
        # "the shooting that his attorney says was accidental", "a shooting they say occurred at noon": the
        # statement is about the antecedent
        content = doc[cue.head.left_edge.i:content.end]
        subject_inside_is_ours = True
    else:
        # '"We are ready," the mayor told reporters, "and we will open the schools."': the cue splits its content
        first, last = _cue_phrase(cue)
        split = content.start < first and last + 1 < content.end
        subject_inside_is_ours = _parenthetical(cue) or split and _own_subject(cue) and \
            _after_a_quote_broken_off(doc, first)
    content = _with_its_result(cue, _with_its_basis(cue, content))
    start, end = _trim_span(doc, content.start_char, content.end_char, source_kept=content.end <= cue.i)
    inner = quote_at(quotes, start, end)
    # a quote the clause only touches (quote-split around the cue) is the content
    if inner and len(inner) == 1 and not inside((start, end), inner[0]) and inside(inner[0], (start - 2, end + 2)) \
            and not re.search(r"\w", text_of(doc)[start:inner[0][0]]) and (
                inner[0][1] - inner[0][0] > 0.7 * (end - start) or _WHEN_AFTER_QUOTE.match(text_of(doc), inner[0][1])):
        start, end = inner[0]  # 'told Lusk "Leave it with me" after she asked': the quote, not when it was said
    elif len(inner) == 1 and inside((start, end), inner[0]) and re.fullmatch(
            r"[\s,.!?;:—–\"“”«»'’`]*", text_of(doc)[inner[0][1]:doc[min(_cue_phrase(cue)[0], subject.left_edge.i)].idx]):
        start, end = inner[0]  # the cue right after the quote speaks all of it, not the one clause it parsed
    end = start + len(text_of(doc)[start:end].rstrip(", "))  # '"...,” he said': the comma stands for the stop
    clock = _CLOCK_TIME_AFTER.match(text_of(doc), end)
    if clock:  # "it happened sometime before 2 a.m.": the parser hangs the time's last period on the sentence
        end = clock.end()
    end = _to_the_close_of_its_quote(doc, quotes, start, end)
    if (end - start < 8 and not denies_a_statement_named) or (
            content.start <= subject.i < content.end and not subject_inside_is_ours):
        return None
    phrase = chars(doc[slice(*_cue_bounds(cue))])
    kind = _kind(start, end, quotes, cue, phrase)
    if kind == "direct":
        start, end = _extend_split_quote(doc, quotes, cue, phrase, (start, end))
    claimant, relayed = resolver.claimant(subject, cue)
    if claimant is not None and cited is not None:  # "..., the Coastal Wire reported, citing the governor"
        relayed = claimant.name
        claimant = resolver.claimant(cited, cue)[0] or claimant
    if claimant is None:
        return None
    if cue.dep_ == "parataxis" and start < phrase[0] <= cue.idx < end <= phrase[1]:
        # 'A, one informant said, according to the statement' less its source, the trailing cue left at its end
        end = start + len(text_of(doc)[start:phrase[0]].rstrip(_MARKS))
    sentence_start, sentence_end = _sentence_bounds(doc, sent, start, end)
    parts = _without_joining_thats(text_of(doc), _parts(text_of(doc), start, end, phrase), quotes)
    return Attribution(
        id="", claimant=claimant, cue=_cue_text(cue), cue_span=(cue.idx, cue.idx + len(cue.text)),
        content=_words_of(text_of(doc), parts), content_span=(start, end), content_parts=parts,
        sentence=text_of(doc)[sentence_start:sentence_end], sentence_span=(sentence_start, sentence_end),
        kind=kind, stance=_stance(cue), relayed_from=relayed or _relay_around(sent, cue), addressee=_addressee(cue))


def _to_the_close_of_its_quote(doc, quotes, start: int, end: int) -> int:
    """'said he pleaded guilty because "he did not want the family to see it again. The video showed her death."':
    a quote opened inside the statement runs on past its sentence to its closing mark, in the same paragraph."""
    opened = next((q for q in quotes if start < q[0] < end < q[1]), None)
    rest = text_of(doc)[end:opened[1]] if opened is not None else ""
    if "\n" in rest or not re.search(r"\w", rest):  # its closing stop or comma is no more words
        return end
    return opened[1]


def _addressee(cue) -> Optional[str]:
    """Whom the words were given to: "the Kelston Gazette" in "told the Kelston Gazette that ...", "reporters" in
    "said to reporters", "the Gazette" in "said in a statement to the Gazette" or "in an interview with the Gazette";
    not a pronoun."""
    heard = [c for c in cue.children if c.dep_ in ("dative", "dobj", "iobj")] if cue.lemma_ == "tell" else []
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        if prep.lower_ == "to" and cue.lemma_ in _SPOKEN_TO:  # not "attributed the crash to fatigue"
            heard += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.lower_ == "in":  # "in a statement to", "in an interview with"
            heard += [o for n in prep.children if n.dep_ == "pobj" and n.lemma_ in _GIVEN_IN
                      for p in n.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                      for o in p.children if o.dep_ == "pobj"]
    told = next((c for c in heard if c.pos_ in ("NOUN", "PROPN")), None)
    return subject_span(told).text if told is not None else None


_GIVEN_IN = {"statement", "interview", "email", "e-mail", "letter", "message", "call", "conversation"}
_SPOKEN_TO = {"say", "speak", "explain", "write", "report", "announce", "confirm", "deny", "admit", "complain", "state",
              "reply", "mention", "add", "insist", "stress", "describe", "comment", "recount", "repeat"}


_WHEN_AFTER_QUOTE = re.compile(r"[\"”’'»]*\s+(?:after|before|when|while|as|because|since|until)\b")
_CLOCK_TIME_AFTER = re.compile(r"\s+\d{1,2}(?::\d\d)?\s*[ap]\.m\.?", re.IGNORECASE)


def _nobody(subject) -> bool:
    """'No one has claimed responsibility', 'nobody said a word': no statement was made."""
    return subject.lower_ in ("nobody", "none") or (subject.lower_ == "one" and any(
        c.lower_ == "no" for c in subject.children))


def _cue_bounds(cue) -> tuple[int, int]:
    first, last = _cue_phrase(cue)
    return first, last + 1


# what stands between the pieces of a content and a cue: '"We will stay," she said, "and rebuild."'
_MARKS = " ,—–\"“”«»'‘’`"


def _parts(text: str, start: int, end: int, phrase: tuple[int, int]) -> list[tuple[int, int]]:
    """The pieces of the content around a cue phrase inside it: 'The victim, police said, was 25' says 'The victim'
    and 'was 25' (content_span still covers all of it, so the article view highlights what the sentence holds)."""
    if not (start < phrase[0] and phrase[1] < end):
        return [(start, end)]
    before_end = start + len(text[start:phrase[0]].rstrip(_MARKS))
    after_start = end - len(text[phrase[1]:end].lstrip(_MARKS))
    if before_end == start or after_start == end:
        return [(start, end)]
    return [(start, before_end), (after_start, end)]


# what joins two complement clauses of one cue: "said that A, and that B", "argued A but that B"
_JOINING_THAT = re.compile(r",?\s+(?:and|but|or)\s+that\s+")


def _without_joining_thats(text: str, parts: list[tuple[int, int]], quotes) -> list[tuple[int, int]]:
    """ "said that Democrats had walked away, and that he would not negotiate": two statements of one cue, whose
    content leaves out the words that join them (not inside a quote, where they are the speaker's)."""
    pieces = []
    for start, end in parts:
        for joint in _JOINING_THAT.finditer(text, start, end):
            if not quote_at(quotes, joint.start(), joint.end()) and joint.start() > start:
                pieces.append((start, joint.start()))
                start = joint.end()
        pieces.append((start, end))
    return pieces


def _words_of(text: str, parts: list[tuple[int, int]]) -> str:
    """What was said, its pieces joined: '"We will stay," she said, "and rebuild."' says 'We will stay and rebuild.'"""
    return " ".join(text[start:end] for start, end in parts)


def _cue_text(cue) -> str:
    particles = [c.text for c in cue.children if c.dep_ == "prt"]
    return " ".join([cue.text, *particles])


def _stance(cue) -> str:
    if _reporting_noun(cue):
        return NOUN_STANCE[_noun_lemma(cue)]
    lemma = cue.lemma_.lower()
    if _belief_adjective(cue):
        return "believes"
    if _disbelief(cue):
        return "denies"
    if lemma == "put":  # "as the minister put it" says; "put the toll at 21" estimates
        return "asserts" if _as_source_put_it(cue) else "estimates"
    if lemma == "say" and any(c.lower_ == "estimate" for c in cue.subtree):
        return "estimates"
    return CUE_STANCE.get(_cue_lemma(cue), "asserts")


def _kind(start: int, end: int, quotes, cue, phrase: tuple[int, int]) -> str:
    """How much of the content is quoted, the cue phrase inside a split quote left out of the count."""
    overlapping = quote_at(quotes, start, end)
    if not overlapping:
        return "indirect"
    quoted = sum(min(end, e) - max(start, s) for s, e in overlapping)
    split = max(0, min(end, phrase[1]) - max(start, phrase[0])) if start < phrase[0] and phrase[1] < end else 0
    share = quoted / max(1, end - start - split)
    if cue.lemma_ in _VERDICT_VERBS and (share < 0.6 or cue.idx < start):
        return "partial"  # 'called the attack "a cowardly act"': the words it was called, in the speaker's verdict
    return "direct" if share > 0.85 else "mixed"


def _after_a_quote_broken_off(doc, first: int) -> bool:
    """Whether the cue phrase starting at token `first` follows a quote that stops at a comma ("We are ready,"), a
    question or an exclamation: the quote goes on after the cue."""
    if first < 2:
        return False
    # '"We are ready," the mayor' and '"We are ready", the mayor'
    mark, stop = doc[first - 1].text, doc[first - 2].text
    return bool(DOUBLE_MARK.fullmatch(mark)) and stop in (",", "?", "!") or \
        mark == "," and bool(DOUBLE_MARK.fullmatch(stop))


def _extend_split_quote(doc, quotes, cue, phrase: tuple[int, int], span):
    """'"We will stay," she said, "and we will rebuild."' and '"If they have a drone," he told a news conference,
    "let them show it. Until then, this is theatre."' -> both halves are the content, whichever of them the parser
    took for it, and the second half is all of its quote, though the parser stopped at its first sentence. A cue with no
    subject of its own ('called it "a return home," saying: "..."') goes on from another cue's quote, not its own."""
    text = text_of(doc)
    after = [q for q in quotes if phrase[1] <= q[0] < phrase[1] + 6 and q[0] > span[1]]
    if after and re.fullmatch(r"\s*,\s*(?:[\"“«„]|``)", text[phrase[1]:after[0][0]]):
        return span[0], after[0][1]
    before = [q for q in quotes if phrase[0] - 6 < q[1] <= phrase[0] and q[1] < span[0]]
    if before and _own_subject(cue) and _after_a_quote_broken_off(doc, _cue_phrase(cue)[0]):
        span = before[-1][0], span[1]
    if span[0] < phrase[0] and phrase[1] < span[1]:
        span = span[0], max([span[1], *(q[1] for q in quotes if q[0] < span[1] < q[1])])
    return span


def _sentence_bounds(doc, sent, start, end):
    return min(sent.start_char, start), max(sent.end_char, end)


def _relay_around(sent, cue) -> Optional[str]:
    """'..., Yonhap reported' / 'according to Yonhap' around a cue: the relaying outlet."""
    for token in sent:
        if token == cue:
            continue
        if token.lemma_ in ("quote", "cite") and cue.dep_ == "pcomp" and sent.start < token.i < cue.i:
            # 'The Argus newspaper quoted X as saying': whoever quotes relays, whatever the parser made of it
            quoter = _subject(token) if token.dep_ != "amod" else None
            quoter = quoter if quoter is not None else token.doc[token.i - 1]
            if quoter.pos_ in ("NOUN", "PROPN"):
                return subject_span(quoter).text
        # "X said ..., Yonhap reported": the relaying verb governs the cue or closes the sentence beside it, but
        # "Price Stern Sloan said it hired a banker and reported a loss" reports inside the company's statement
        beside = token.head == cue and token.dep_ == "parataxis"
        if token.lemma_ in RELAY_CUES and token.pos_ == "VERB" and (cue in token.subtree or beside):
            subject = _subject(token)
            if subject is not None and subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or (
                    subject is not None and subject.pos_ == "PROPN"):
                return subject_span(subject).text
        passed_on = _quoted_by_or_interviewed(token, cue)
        if passed_on is not None:
            return passed_on
        if token.lower_ == "according" and token.i + 1 < len(sent.doc) and sent.doc[token.i + 1].lower_ == "to":
            pobj = next((c for c in sent.doc[token.i + 1].children if c.dep_ == "pobj"), None)
            # "according to the ministry, which said ...": the ministry speaks itself, it relays nothing
            if pobj is not None and cue not in pobj.subtree and (
                    pobj.ent_type_ == "ORG" and cue.i > token.i or _an_outlet_on(pobj, cue)):
                return subject_span(pobj).text
    return None


# what names an outlet passing a statement on: "said, according to the Northwire news agency"
_OUTLET_NOUNS = {"agency", "newspaper", "paper", "daily", "broadcaster", "television", "tv", "radio", "channel",
                 "outlet", "wire", "network", "website"}


def _an_outlet_on(named, cue) -> bool:
    """ "X said, according to the Northwire news agency": an outlet named after the cue it hangs on relays it."""
    return named.head.head.head == cue and named.lemma_.lower() in _OUTLET_NOUNS


def _quoted_by_or_interviewed(token, cue) -> Optional[str]:
    """ "Rolf Aske, quoted by the state news agency Norpress, said": the agency passes his words on; "in an interview
    with the Harbor Times, Aske said": so does the outlet that interviewed him."""
    if token.lower_ == "quoted" and token.dep_ in ("acl", "advcl") and token.i < cue.i:
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    elif token.lower_ == "interview" and token.head.dep_ == "prep" and token.head.head == cue:
        with_ = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        named = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    else:
        return None
    if named is not None:  # "the state news agency Norpress": its name
        named = next((c for c in named.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                      and c.i > named.i), named)
    if named is None or not (named.ent_type_ in ("ORG", "PERSON") or named.pos_ == "PROPN"):
        return None
    return subject_span(named).text


def _according_to(doc, sent, resolver, found) -> Optional[Attribution]:
    """'according to X', and the phrases that work like it: 'by some estimates', 'in X's view', 'in the words
    of X', 'by his own account'. The statement is the rest of the sentence."""
    if any(inside((sent.start_char, sent.end_char), a.sentence_span) and a.relayed_from and not _relayed_after(a, sent)
           for a in found):
        return None  # "according to Yonhap" of a relayed statement is its relay, found already
    for phrase, source, cue_span, stance in _sourcing_phrases(doc, sent):
        if any(inside((phrase.start_char, phrase.end_char), a.content_span) and a.cue_span[0] >= phrase.end_char
               for a in found):
            continue  # "A, according to evidence and witnesses, police said": the basis of the police's statement
        before = (sent.start_char, phrase.start_char)
        after = (phrase.end_char, sent.end_char)
        start, end = max((before, after), key=lambda se: se[1] - se[0])
        text = text_of(doc)
        if text[:phrase.start_char].rstrip().endswith(",") and text[phrase.end_char:].lstrip().startswith(",") \
                and phrase.start_char - sent.start_char > 2:
            start, end = sent.start_char, sent.end_char  # "The toll, according to X, rose to 27."
        start, end = _trim_span(doc, start, end)
        if end - start < 8:
            return None
        claimant, _ = resolver.claimant(source, phrase[0])
        parts = _parts(text, start, end, (phrase.start_char, phrase.end_char))
        return Attribution(
            id="", claimant=claimant, cue=text[cue_span[0]:cue_span[1]].lower(), cue_span=cue_span,
            content=_words_of(text, parts), content_span=(start, end), content_parts=parts,
            sentence=sent.text.strip(), sentence_span=(sent.start_char, sent.end_char), kind="indirect",
            stance=stance)
    return None


def _relayed_after(attribution: Attribution, sent) -> bool:
    """ "X said A, according to the Northwire agency": the agency's report of it is a statement too, as with "X said
    A, Northwire reported"."""
    return any(t.lower_ == "according" and t.idx > attribution.cue_span[1] for t in sent)


# nouns that make a prepositional phrase a source: "by some estimates", "in the mayor's view"
_BY_NOUNS = {"estimate": "estimates", "estimates": "estimates", "count": "estimates", "calculation": "estimates",
             "calculations": "estimates", "tally": "estimates", "account": "asserts", "accounts": "asserts"}
_IN_NOUNS = {"view": "believes", "opinion": "believes", "estimation": "believes", "judgment": "believes",
             "words": "asserts", "estimate": "estimates", "assessment": "believes"}


def _sourcing_phrases(doc, sent):
    """(phrase, source token, cue span, stance) of each sourcing phrase in the sentence."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                name = _name_set_off_after(doc, pobj)  # "according to his uncle, Greg Johnston,"
                source, last = (name[-1], name[-1].i) if name else (pobj, pobj.right_edge.i)
                yield doc[token.i:last + 1], source, (token.idx, doc[token.i + 1].idx + 2), "asserts"
        elif token.lower_ in ("by", "in") and token.dep_ == "prep":
            nouns = _BY_NOUNS if token.lower_ == "by" else _IN_NOUNS
            noun = next((c for c in token.children if c.dep_ == "pobj" and c.lower_ in nouns), None)
            if noun is None or not _set_off(doc, sent, token, noun.right_edge):
                continue
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            owner = owner if owner is not None else _noun_source(noun)  # "in the mayor's view", "by police estimates"
            if owner is None and token.lower_ == "in" or (owner is not None and owner.lower_ in ("my", "our")):
                continue  # "in my view" is the writer's; "in the words of" needs its speaker
            source = owner if owner is not None else noun  # "by some estimates": the estimates are the source
            yield doc[token.i:noun.right_edge.i + 1], source, (token.idx, noun.idx + len(noun.text)), nouns[noun.lower_]


def _name_set_off_after(doc, source):
    """The person's name between commas right after the source phrase ("his uncle, Greg Johnston, ..."), or between a
    comma and the sentence's end ("..., according to its organizer, Patricia Nakamura."), or None."""
    i = source.right_edge.i
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return None
    end = i + 2
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].pos_ == "PROPN":
        end += 1
    name = doc[i + 2:end] if end > i + 2 and end < len(doc) and doc[end].text in (",", ".") else None
    # "According to police, John Smith, 25, was shot": a name that is the clause's subject is no appositive; but
    # the name of someone's relative or lawyer ("his uncle", "the boy's mother") is, in the parser's subject place too
    whose = any(c.dep_ == "poss" for c in source.children)
    return None if name is None or name[-1].dep_ in ("nsubj", "nsubjpass") and not whose else name


def _set_off(doc, sent, first, last) -> bool:
    """A phrase that opens the sentence before a comma, or sits between commas, or closes it after one."""
    opening = all(t.is_punct or t.dep_ == "cc" for t in doc[sent.start:first.i])
    comma_after = last.i + 1 < sent.end and doc[last.i + 1].text in _COMMAS
    closing = first.i > sent.start and doc[first.i - 1].text in _COMMAS \
        and all(t.is_punct for t in doc[last.i + 1:sent.end])
    return (opening and comma_after) or _between_commas(doc, first.i, last.i) or closing


def _after_colon(doc, sent, quotes, used, resolver) -> Optional[Attribution]:
    """'The governor put it bluntly: "Nobody will be left behind."': a speaker, a colon, then the quote."""
    text = text_of(doc)
    for start, end in quotes:
        if (start, end) in used or not sent.start_char < start <= sent.end_char + 1:
            continue
        colon = re.search(r":\s*(?:[\"“«„‘]|``)$", text[sent.start_char:start])
        if colon is None:
            continue
        before = doc.char_span(sent.start_char, sent.start_char + colon.start(), alignment_mode="contract")
        verb = before.root if before is not None and len(before) else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or not _can_speak(subject):
            continue
        claimant, relayed = resolver.claimant(subject, verb)
        if claimant is None:
            continue
        return Attribution(
            id="", claimant=claimant, cue=":", cue_span=(sent.start_char + colon.start(), sent.start_char + colon.start() + 1),
            content=text[start:end], content_span=(start, end), sentence=text[sent.start_char:max(end, sent.end_char)],
            sentence_span=(sent.start_char, max(end, sent.end_char)), kind="direct", stance="asserts",
            relayed_from=relayed)
    return None


# verbs that pass a verdict in the words they quote: 'condemned the "cowardly, criminal and tragic" bombings'
_VERDICT_VERBS = {"call", "condemn", "denounce", "decry", "deplore", "praise", "hail", "label", "term", "dub", "brand",
                  "criticize", "criticise", "describe", "characterize", "characterise"}


def _words_of_a_verdict(sent, quotes, used, resolver) -> Optional[Attribution]:
    """'Martonyi called the admission "returning to her natural habitat"' and 'el-Sayed condemned the "cowardly,
    criminal and tragic" bombings': the quoted words of a verdict are its subject's."""
    verb = next((v for v in (sent.root, *(c for c in sent.root.children if c.dep_ == "conj"))
                 if v.lemma_ in _VERDICT_VERBS), None)  # "arrived late and praised the ..."
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if verb is None or subject is None or subject.pos_ == "PRON" or not _can_speak(subject) or _nicknamed(verb):
        return None
    text = text_of(sent.doc)
    quote = next((q for q in quotes if q not in used and verb.idx < q[0] < sent.end_char
                  and len(text[q[0]:q[1]].split()) >= 2), None)
    claimant, relayed = resolver.claimant(subject, verb) if quote is not None else (None, None)
    if claimant is None:
        return None
    start, end = quote
    end = start + len(text[start:end].rstrip(", "))
    return Attribution(
        id="", claimant=claimant, cue=verb.text, cue_span=(verb.idx, verb.idx + len(verb.text)), content=text[start:end],
        content_span=(start, end), sentence=sent.text, sentence_span=(sent.start_char, sent.end_char), kind="partial",
        stance=CUE_STANCE.get(verb.lemma_, "asserts"), relayed_from=relayed)


def _can_speak(subject) -> bool:
    """A person, an organization, a pronoun or a speaking role: "the sign read:" quotes no one."""
    return subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
        subject.lemma_.lower() in SPEAKER_NOUNS or bool(ANONYMOUS.search(subject.text))


def _unattributed_quotes(doc, quotes, used, found) -> list[Attribution]:
    """A quote with no cue of its own: the opening paragraph of a quote that runs on takes the speaker named
    where it closes; any other continues the last speaker of its paragraph or the one before."""
    text = text_of(doc)
    free = [q for q in quotes if not any(inside(q, u) or inside(u, q) for u in used) and len(text[q[0]:q[1]].split()) >= 3]
    extra: list[Attribution] = []
    for start, end in reversed(free):
        closing = _closing_paragraph_speaker(text, start, end, found + extra)
        if closing is not None:
            extra.append(_continuation(text, closing, start, end))
    for start, end in free:
        if any(a.content_span == (start, end) for a in extra):
            continue
        previous = [a for a in found + extra if a.content_span[1] <= start and start - a.content_span[1] < 600]
        if not previous:
            continue
        last = max(previous, key=lambda a: a.content_span[1])
        paragraph_start = text.rfind("\n\n", 0, start) + 2
        if last.content_span[1] < text.rfind("\n\n", 0, max(0, paragraph_start - 2)) or \
                _someone_else_named_around(doc, start, last):  # not before the last paragraph, nor another's
            continue
        extra.append(_continuation(text, last, start, end))
    return extra


def _someone_else_named_around(doc, start: int, last: Attribution) -> bool:
    """'Ambassador el-Sayed condemned the "cowardly, criminal and tragic" bombings': a quote inside a sentence
    about someone named there, not in the sentence of the last speaker's cue, is not that speaker going on."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return False
    sent = sentence_of(doc, token[0].i)
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.i < token[0].i and subject.pos_ == "PROPN" and \
        not sent.start_char <= last.cue_span[0] < sent.end_char


def _closing_paragraph_speaker(text: str, start: int, end: int, known: list[Attribution]) -> Optional[Attribution]:
    """'"First paragraph ... [no closing mark]\n\n"Last paragraph," she said.': the attribution of the next
    paragraph's quote, when this quote opens its paragraph and runs to its end unclosed."""
    paragraph_start = text.rfind("\n\n", 0, start) + 2
    if start - 1 != paragraph_start or not (end == len(text) or text.startswith("\n\n", end)):
        return None
    following = end + 2
    return next((a for a in known if a.kind == "direct" and following < a.content_span[0] <= following + 1), None)


def _continuation(text: str, speaker: Attribution, start: int, end: int) -> Attribution:
    paragraph_start = text.rfind("\n\n", 0, start) + 2
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    return Attribution(
        id="", claimant=speaker.claimant, cue=speaker.cue, cue_span=speaker.cue_span, content=text[start:end],
        content_span=(start, end), sentence=text[paragraph_start:paragraph_end], sentence_span=(paragraph_start, paragraph_end),
        kind="direct", stance=speaker.stance, relayed_from=speaker.relayed_from, addressee=speaker.addressee)


def _drop_repeated(found: list[Attribution]) -> list[Attribution]:
    """A statement printed again word for word (a photo caption under every gallery image) is one statement."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for attribution in found:
        key = (attribution.claimant.name, " ".join(attribution.content.split()))
        if key not in seen:
            seen.add(key)
            kept.append(attribution)
    return kept


def _join_quote_runs(text: str, found: list[Attribution]) -> list[Attribution]:
    """'"A," she said. "B."' and a quote that runs on into the next paragraph are one statement: a quote that only
    continues the speaker before it (it shares that speaker's cue) joins it when nothing but the sentence of that
    cue stands between them ('"A," she said, speaking at the harbour on Monday. "B."')."""
    joined: list[Attribution] = []
    for attribution in found:
        last = joined[-1] if joined else None
        if last is not None and _continues(text, last, attribution):
            _join(text, last, attribution)
        else:
            joined.append(attribution)
    return joined


def _continues(text: str, before: Attribution, after: Attribution) -> bool:
    if after.cue_span != before.cue_span or after.kind != "direct" or before.kind not in ("direct", "mixed") or \
            after.claimant.name != before.claimant.name or after.content_span[0] < before.content_span[1]:
        return False
    gap = (before.content_span[1], after.content_span[0])
    words = [m.span() for m in re.finditer(r"\w+", text[slice(*gap)])]
    cue_sentence = (before.sentence_span[0] - gap[0], before.sentence_span[1] - gap[0])
    return all(inside(w, cue_sentence) for w in words)


def _join(text: str, first: Attribution, second: Attribution) -> None:
    last_start, last_end = first.content_parts[-1]
    first.content_parts[-1] = (last_start, last_start + len(text[last_start:last_end].rstrip(", ")))
    first.content_parts += second.content_parts
    first.content = _words_of(text, first.content_parts)
    first.content_span = (first.content_span[0], second.content_span[1])
    first.sentence_span = (min(first.sentence_span[0], second.sentence_span[0]),
                           max(first.sentence_span[1], second.sentence_span[1]))
    first.sentence = text[slice(*first.sentence_span)]


_RELAYING_CUE = re.compile(r"(?:report|quot|cit|publish|broadcast|air)", re.IGNORECASE)


def _unresolved_opening_pronoun(inner: Attribution, outer: Attribution) -> bool:
    """'Analysts said they expect ...': a pronoun no name was found for, opening what the outer speaker said, is
    that speaker."""
    return inner.claimant.name.lower() in ("he", "she", "they", "we") and inner.claimant.span is not None \
        and inner.claimant.span[0] == outer.content_span[0]


def _drop_nested(found: list[Attribution], quotes: list[tuple[int, int]]) -> list[Attribution]:
    """One attribution per statement. A report inside another's content is passed on by the outer claimant; when
    the outer cue only relays ("Yonhap reported that X said ..."), the inner report is the statement. When it
    says something of its own ("the engineer said inspectors had warned ..."), both stand."""
    kept: list[Attribution] = []
    for attribution in found:
        if any(inside(attribution.cue_span, q) for q in quotes):
            continue  # "we believe" inside the sheriff's quote is the sheriff's words, not a statement of its own
        if any(o is not attribution and o.kind == attribution.kind and inside(attribution.cue_span, o.content_span)
               and (o.claimant.name == attribution.claimant.name or _unresolved_opening_pronoun(attribution, o))
               for o in found):
            continue  # 'Okafor said that she expected the budget to pass': one statement, not a second one inside
        inner = [o for o in found if o is not attribution and o.claimant.name != attribution.claimant.name
                 and inside(o.cue_span, attribution.content_span)
                 and _passed_on(o.content_span, attribution.content_span)]
        for o in inner:
            if attribution.stance != "denies":  # "police rejected the man's claim that ..." passes nothing on
                o.relayed_from = o.relayed_from or attribution.claimant.name
        if inner and _RELAYING_CUE.match(attribution.cue) and (attribution.kind not in ("direct", "mixed") or (
                attribution.kind == "mixed" and _quotes_passed_on(attribution, inner, quotes))):
            continue
        duplicate = next((k for k in kept if k.content_span == attribution.content_span or (
            k.cue_span == attribution.cue_span and inside(attribution.content_span, k.content_span))), None)
        if duplicate is None:
            kept.append(attribution)
    return kept


def _quotes_passed_on(outer: Attribution, inner: list[Attribution], quotes: list[tuple[int, int]]) -> bool:
    """ "The Times reported that Brandt told Lusk "Leave it with me" ...": every quote of the report is a statement
    it passes on."""
    return all(any(inside(q, o.content_span) for o in inner) for q in quotes if inside(q, outer.content_span))


def _passed_on(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """The inner content inside the outer one, or the quote right after it that the parser cut off: "reported that
    Brand told Lomax "I'll see what I can do" ..."."""
    return inside(inner, outer) or 0 <= inner[0] - outer[1] <= 2


# ----------------------------------------------------------------------------- hedges, dates, verification


def _hedges(text: str, attribution: Attribution) -> list[Hedge]:
    start, end = attribution.sentence_span
    found = []
    for pattern, kind in HEDGE_PATTERNS:
        for match in pattern.finditer(text, start, end):
            if not inside((match.start(), match.end()), attribution.cue_span):  # "a caller reported ..." is no hedge
                found.append(Hedge(text=match.group(), span=(match.start(), match.end()), kind=kind))
    if attribution.claimant.anonymous and not any(h.kind == "anonymous" for h in found):
        found.append(Hedge(text=attribution.claimant.text, span=attribution.claimant.span or attribution.cue_span,
                           kind="anonymous"))
    return found


def _unnamed_by_request(attribution: Attribution) -> None:
    """ "A local doctor, who asked not to be named for fear of reprisals, told Northwire": an anonymous source, as
    "a senior official" speaking on condition of anonymity is; never a person the article names."""
    claimant = attribution.claimant
    if claimant.anonymous or claimant.entity is not None or claimant.span is None:
        return
    if any(h.kind == "anonymous" and 0 <= h.span[0] - claimant.span[1] <= 16 for h in attribution.hedges):
        claimant.anonymous, claimant.type = True, "ANONYMOUS"


def _stated_on(attribution: Attribution, found: list[Attribution], timerefs: list[TimeRef],
               published) -> tuple[Optional[DateValue], str]:
    start, end = attribution.sentence_span
    # a statement is made on a day: "this winter" in the sentence is what it talks about, not when; nor is a day
    # in what another cue of the sentence reports ("rejected it, saying the shelling began on Thursday")
    contents = [a.content_span for a in found if a.sentence_span == attribution.sentence_span]
    outside = [t for t in timerefs if t.calendar_value() and t.value.precision == "day" and start <= t.span[0]
               and t.span[1] <= end and not any(inside(t.span, c) for c in contents) and t.tense != "future"]
    if outside:
        nearest = min(outside, key=lambda t: abs(t.span[0] - attribution.cue_span[0]))
        return nearest.value, "sentence"
    # "said last week that", "said earlier this month": right after its cue, a week or a month dates the statement
    after_cue = [t for t in timerefs if t.calendar_value() and t.value.precision in ("week", "month")
                 and 0 <= t.span[0] - attribution.cue_span[1] <= 2 and t.tense != "future"
                 and not inside(t.span, attribution.content_span)]
    if after_cue:
        return after_cue[0].value, "sentence"
    if published:
        return DateValue(published.isoformat(), "day"), "article-date"
    return None, "none"


_MEDIA = re.compile(r"\b(?:video|footage|photos?|images?|pictures?|recording)\b", re.IGNORECASE)
# a note about the counts, not about a claimant: the statements that give a casualty count
_COUNTS = re.compile(r"\b(?:figures?|tolls?|casualt(?:y|ies)|numbers?|counts?|tallies|tally)\b", re.IGNORECASE)


def _named_head(name: str) -> str:
    """What a verification note calls a claimant: "Smith" of "John Smith", "activists" of "Local activists in
    Velmora"."""
    return re.split(r"\s+(?:in|of|from|at|with|for|near)\s+", name.strip())[0].split()[-1]


def _doubt_the_evidence(doc, attributions: list[Attribution]) -> None:
    """ "He offered no evidence for the claim.": the outlet's note, a sentence of its own, doubts the statement
    just before it."""
    for sent in doc.sents:
        match = NO_EVIDENCE_NOTE.search(sent.text)
        if match is None or any(sent.start_char <= a.cue_span[0] < sent.end_char for a in attributions):
            continue
        earlier = [a for a in attributions if a.content_span[1] <= sent.start_char]
        if earlier:
            start = sent.start_char + match.start()
            earlier[-1].hedges.append(Hedge(text=match.group(), span=(start, start + len(match.group())),
                                            kind="no-evidence"))


# the words by which a note points back at the statement just before it in its sentence
_REFERRED_BACK = re.compile(r",\s+(?:an?|the)\s+(?:claim|assertion|allegation|account|report)\s+(?:that|which)\s+$|"
                            r"(?:,|\bbut)\s+(?:that|this|which|it)\s+$", re.IGNORECASE)
_PERSONAL = {"he", "she", "they"}
# what a passive note can point back at: "It / That / The claim / Those figures could not be verified"
_REFERRING = {"it", "that", "this", "which", "these", "those", "claim", "report", "account", "allegation", "assertion",
              "figure", "toll", "number", "count", "video", "footage", "image", "photo", "statement"}


def _note_subject(sent, match):
    """The subject of the "confirm" / "verify" a verification note ends with, if the parser gives one."""
    last = sent.start_char + match.end() - 1  # in the word "confirm" / "verified" the note ends with
    verb = next((t for t in sent if t.idx <= last < t.idx + len(t.text)), None)
    verb = verb.head if verb is not None and verb.pos_ not in ("VERB", "AUX") else verb
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None


def _a_speakers_own(subject, attributions: list[Attribution]) -> bool:
    """A source saying what it cannot confirm ("he could not confirm if", "detectives cannot confirm"), not the
    outlet: the subject is a person pronoun, a speaker noun or a claimant of the article."""
    return subject is not None and subject.dep_ == "nsubj" and (
        subject.lower_ in _PERSONAL or subject.lemma_.lower() in SPEAKER_NOUNS
        or any(_named_head(a.claimant.name).lower() == subject.lower_ for a in attributions))


def _of_something_else(subject) -> bool:
    """ "the father's location could not be confirmed": a passive note about a thing of its own, no statement's."""
    return subject is not None and subject.dep_ == "nsubjpass" and subject.lemma_.lower() not in _REFERRING


def _gives_a_count(content: str) -> bool:
    words = re.findall(r"[a-z]+|\d", content.lower())
    return bool(casualty_kinds(content)) and any(w.isdigit() or w in WORD_NUMBERS for w in words)


def _verifications(doc, attributions: list[Attribution]) -> list[Verification]:
    notes = []
    for sent in doc.sents:
        match = VERIFY_STATEMENT.search(sent.text)
        if not match:
            continue
        span = (sent.start_char, sent.end_char)
        subject = _note_subject(sent, match)
        if _a_speakers_own(subject, attributions):
            continue  # "detectives cannot confirm if the shots he fired killed him" is the detectives' to say
        # a statement earlier in the sentence only when the note points back at it: ", a claim that could not be ..."
        referred = _REFERRED_BACK.search(sent.text[:match.start()])
        earlier = [a for a in attributions if a.content_span[1] <= (sent.start_char + match.start() if referred
                                                                   else sent.start_char)]
        about = [a for a in attributions if _named_head(a.claimant.name).lower() in sent.text.lower()
                 and a.content_span[0] < span[0]]
        media = _MEDIA.search(sent.text)
        if media:
            about += [a for a in attributions if _MEDIA.search(a.sentence) and a not in about]
        if not about and _COUNTS.search(sent.text):  # "could not verify either side's casualty figures"
            about = [a for a in earlier if _gives_a_count(a.content)]
        if not about and not media and not _of_something_else(subject):
            about = earlier[-1:]  # footage no statement speaks of, or a thing of its own, is no statement's
        note = Verification(text=sent.text.strip(), span=span, kind="could-not-verify", about=[a.id for a in about])
        notes.append(note)
        for attribution in about:
            attribution.verification.append(f"v{len(notes)}")
            if not any(h.kind == "could-not-verify" for h in attribution.hedges):
                attribution.hedges.append(Hedge(text=match.group(), span=(sent.start_char + match.start(),
                                                                          sent.start_char + match.end()),
                                                kind="could-not-verify"))
    return notes
