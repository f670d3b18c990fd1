"""Repairs of parses the small English pipeline gets wrong in a way every later rule would inherit.

A repair rewrites heads and tags inside one sentence, keeping it one tree, so that the entity, attribution
and figure rules read the sentence as a person would without each learning the misparse.
"""

from __future__ import annotations

import re

from newstrace.analyze.lexicon import CUE_STANCE, DOCUMENT_CUES, STATES
from newstrace.analyze.quotes import DOUBLE_MARK

_CLOSING_MARKS = {",", "”", "\"", "''", "’"}
_SPEAKER_PARTS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"}  # "the sheriff's office", "Lee Anna Reyes"


def repair_parse(doc) -> None:
    for sent in list(doc.sents):
        _closing_cue_taken_for_a_noun(sent)
        _closing_cue_without_its_speaker(sent)
        _opening_cue_with_its_speaker_after(sent)
        _second_speaker_taken_into_the_first_statement(sent)
        _closing_speaker_taken_for_a_list(sent)
        _first_of_two_speakers_taken_into_the_clause(sent)
        _two_closing_speakers_taken_for_a_second_clause(sent)
        _inverted_closing_cue_taken_for_a_second_clause(sent)
        _speaker_taken_into_its_relative_clause(sent)
        _subject_of_the_clause_taken_for_an_object(sent)
        _state_participle_taken_for_the_verb(sent)
        _closing_cue_taken_into_a_time_clause(sent)
        _closing_relay_taken_into_the_statement(sent)
        _addressee_taken_for_the_subject(sent)
        _station_run_into_the_subject(sent)
        _clause_made_clear_taken_for_the_adjective(sent)
        _speakers_refusal_taken_into_the_statement(sent)
        _verdict_taken_into_a_relative_clause(sent)
        _quoted_verdict_taken_for_an_apposition(sent)
        _opening_cue_taken_for_a_complement_of_its_clause(sent)
        _speaker_taken_for_an_apposition_of_the_opening_phrase(sent)
        _inverted_cue_inside_its_clause(sent)
        _time_taken_for_the_speaker(sent)
        _closing_speaker_taken_for_a_compound(sent)
        _opening_participle_taken_for_the_subject(sent)
        _live_blog_time_taken_for_the_subject(sent)
        _quote_taken_for_a_subject_of_the_inverted_cue(sent)


def _closing_cue_taken_for_a_noun(sent) -> None:
    """'..., the sheriff's office reports.', '"...," Ana Reyes laments.' and '..., dispatch records show.': a
    present-tense cue closing the sentence after a comma or a quote is often tagged a noun, with the speaker
    as its modifiers. It becomes the verb it is: root of the sentence, the speaker its subject, the clause
    before its complement."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 4:
        return
    cue = words[-1]
    # "reports" may be a plural noun; "show" after "records" can only be the verb of a plural subject
    plural = cue.tag_ == "NNS"
    base_after_plural = cue.tag_ == "NN" and cue.lower_ == cue.lemma_.lower() and words[-2].tag_ == "NNS"
    lemma = cue.lemma_.lower()
    if not (plural or base_after_plural) or (lemma not in CUE_STANCE and lemma not in DOCUMENT_CUES):
        return
    doc = sent.doc
    start = cue.i
    # "charging documents state", "arresting officers report": a participle can describe the speaker too
    while start - 1 > sent.start and (doc[start - 1].pos_ in _SPEAKER_PARTS or doc[start - 1].tag_ == "VBG"):
        start -= 1
    speaker = doc[start:cue.i]
    head = doc[cue.i - 1]
    if not len(speaker) or head.pos_ not in ("NOUN", "PROPN") or doc[start - 1].text not in _CLOSING_MARKS:
        return
    if plural and head.pos_ == "NOUN" and not any(t.pos_ in ("DET", "PART") for t in speaker):
        return  # "..., police reports." may be a noun after all: a speaker described needs "the", "a" or "'s"
    cue.tag_, cue.pos_ = "VBZ" if plural else "VBP", "VERB"
    _speaker_and_clause_of(cue, speaker, head)


def _closing_cue_without_its_speaker(sent) -> None:
    """'..., prompting an effort to keep his job, White House and Republican sources said Monday.': the parser
    can take the speaker for an apposition inside the clause and the cue for a clause of its own, with no
    subject. The speaker between the comma and the cue becomes its subject."""
    doc = sent.doc
    # the last finite verb: "..., the newspaper reported on Saturday, citing two officials" closes on a participle
    cue = next((t for t in reversed(sent) if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    if cue is None or cue.lemma_ not in CUE_STANCE or any(
            c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in cue.children) and not _speaker_apposed(cue):
        return
    closing = _speaker_closing_before(sent, cue)
    if closing is None:
        return
    speaker, head = closing
    # and the phrase after it tells how it was said: "..., citing two officials", "..., adding that ..."
    manner = next((t for t in doc[cue.i + 2:sent.end] if t.tag_ == "VBG" and doc[t.i - 1].text == ","), None)
    if any(not (t.is_punct or t.is_space) and cue not in t.ancestors and t != manner and manner not in t.ancestors
           for t in doc[cue.i + 1:sent.end]):
        return  # something after the cue belongs elsewhere: not a cue closing the sentence
    _speaker_and_clause_of(cue, speaker, head)
    if manner is not None:
        manner.head, manner.dep_ = cue, "advcl"


def _speaker_closing_before(sent, cue):
    """(speaker, its head word) between a comma and the cue: "..., council and union sources said", "..., the
    city's mayor, Dale Imrie, said"; None when the words there are no speaker."""
    doc = sent.doc
    start = cue.i
    while start - 1 > sent.start and (doc[start - 1].pos_ in _SPEAKER_PARTS or doc[start - 1].lower_ == "and"):
        start -= 1
    speaker, head = doc[start:cue.i], doc[cue.i - 1]
    if start == cue.i and doc[cue.i - 1].text == ",":  # a name in apposition closes the speaker
        head = _noun_phrase_before(sent, cue.i)
        if head is None or not any(c.dep_ == "appos" for c in head.children):
            return None
        start = head.left_edge.i
        speaker = doc[start:cue.i - 1]
    if not len(speaker) or start <= sent.start or doc[start - 1].text != "," or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return speaker, head


def _speaker_apposed(cue) -> bool:
    """ "... after the Harbour Fair, the city's health agency said": the cue has its clause but no subject, the
    speaker taken for an apposition of the clause's last noun."""
    before = cue.doc[cue.i - 1]
    return before.dep_ == "appos" and before.head.i < before.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def _second_speaker_taken_into_the_first_statement(sent) -> None:
    """'The ministry said there is no fraud, and the mayor's lawyer, Anna Berg, said the claims were desperate':
    the parser can read the second speaker as part of the first statement and make the first cue a clause of the
    second, which is left without subject. The second speaker becomes the subject of the second cue, and the
    two cues two coordinated statements."""
    for cue in sent:
        if cue.lemma_ not in CUE_STANCE or cue.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            continue
        first = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i and c.lemma_ in CUE_STANCE
                      and any(s.dep_ == "nsubj" for s in c.children)), None)
        if first is None or not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
            continue
        speaker = _noun_phrase_before(sent, cue.i)
        doc = sent.doc
        if speaker is not None and doc[speaker.left_edge.i - 1].text == ",":
            named = speaker  # "the father's lawyer, Gregory Craig,": the name an apposition to the role before it
            speaker = _noun_phrase_before(sent, named.left_edge.i)
            if speaker is not None and named not in speaker.ancestors:
                named.head, named.dep_ = speaker, "appos"
                doc[named.left_edge.i - 1].head = speaker
        opening = speaker.left_edge.i if speaker is not None else 0
        if speaker is None or opening < first.i + 2 or doc[opening - 1].lower_ != "and" or first in speaker.subtree:
            continue
        first.head, first.dep_ = first, "ROOT"
        cue.head, cue.dep_ = first, "conj"
        doc[opening - 1].head, doc[opening - 1].dep_ = first, "cc"
        if doc[opening - 2].is_punct:
            doc[opening - 2].head = first
        speaker.head, speaker.dep_ = cue, "nsubj"
        return


def _closing_speaker_taken_for_a_list(sent) -> None:
    """'The strike killed at least 12 people, regional governor Oleh Syniehubov wrote on Telegram': the parser
    can read the object of the clause and the speaker as a list, the subject of the cue. The speaker becomes
    the subject, and the object goes back to the clause."""
    for cue in sent:
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
        if cue.lemma_ not in CUE_STANCE or subject is None or clause is None or not clause.i < subject.i < cue.i:
            continue
        speaker = next((c for c in subject.children if c.dep_ == "conj" and c.i < cue.i), None)
        doc = sent.doc
        if speaker is None or any(c.dep_ == "cc" for c in subject.children) or \
                doc[speaker.left_edge.i - 1].text != "," or speaker.right_edge.i != cue.i - 1:
            continue
        speaker.head, speaker.dep_ = cue, "nsubj"
        doc[speaker.left_edge.i - 1].head = cue
        subject.head, subject.dep_ = clause, "dobj" if not any(c.dep_ == "dobj" for c in clause.children) else "npadvmod"
        return


def _first_of_two_speakers_taken_into_the_clause(sent) -> None:
    """'The plan will cost more than expected, political consultants and some campaign advisers say.': the
    parser can take the first of two closing speakers for an object of the clause and leave the cue the second
    alone. The first becomes the cue's subject, the second its conjunct."""
    doc = sent.doc
    for cue in sent:
        second = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if cue.lemma_ not in CUE_STANCE or second is None or second.left_edge.i < sent.start + 3:
            continue
        conjunction = doc[second.left_edge.i - 1]
        first = conjunction.head
        if conjunction.dep_ != "cc" or first.i >= conjunction.i or first.pos_ not in ("NOUN", "PROPN") or \
                first.left_edge.i <= sent.start or \
                first.right_edge.i > conjunction.i or doc[first.left_edge.i - 1].text != "," or \
                not any(c.dep_ == "ccomp" and c.i < first.i for c in cue.children) or \
                any(t.head.i > cue.i or (t.head.i < first.left_edge.i and t.head != cue)
                    for t in doc[cue.i + 1:sent.end]):
            continue
        first.head, first.dep_ = cue, "nsubj"
        second.head, second.dep_ = first, "conj"
        conjunction.head = first
        doc[first.left_edge.i - 1].head = cue
        return


def _two_closing_speakers_taken_for_a_second_clause(sent) -> None:
    """'... has become a factor in two campaigns in New York, political consultants and some campaign advisers say.':
    the parser can take the first speaker for an apposition inside the clause, "and" for a conjunction of clauses
    and the cue for a second clause. The cue becomes the sentence's verb, the two speakers its subject and the
    clause its complement."""
    doc, root = sent.doc, sent.root
    cue = next((t for t in reversed(sent) if t.pos_ == "VERB"), None)
    second = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None) if cue is not None else None
    if cue is None or second is None or cue.lemma_ not in CUE_STANCE or cue.dep_ != "conj" or cue.head != root or \
            second.left_edge.i < sent.start + 4 or any(c.dep_ == "ccomp" for c in cue.children):
        return
    conjunction, first = doc[second.left_edge.i - 1], doc[second.left_edge.i - 2]
    if conjunction.lower_ != "and" or first.pos_ not in ("NOUN", "PROPN") or first.dep_ not in ("appos", "conj") or \
            first.left_edge.i <= sent.start or doc[first.left_edge.i - 1].text != "," or root in first.subtree or \
            any(not t.is_punct and cue not in t.ancestors for t in doc[cue.i + 1:sent.end]):
        return
    _cue_over_the_clause(cue, root)
    first.head, first.dep_ = cue, "nsubj"
    second.head, second.dep_ = first, "conj"
    conjunction.head, conjunction.dep_ = first, "cc"
    doc[first.left_edge.i - 1].head = cue


def _inverted_closing_cue_taken_for_a_second_clause(sent) -> None:
    """'... has become a factor in two campaigns in New York, say political consultants and some campaign advisers.':
    the parser can take an inverted cue closing the sentence for a second clause of it. The cue becomes the
    sentence's verb, with the clause before the comma its complement."""
    doc, root = sent.doc, sent.root
    cue = next((t for t in sent if t.dep_ == "conj" and t.head == root and t.lemma_ in CUE_STANCE and t.i > root.i
                and t.i > sent.start and doc[t.i - 1].text == ","), None)
    # the speaker after the cue, which the parser may take for its object: the phrase that closes the sentence
    speaker = next((c for c in cue.children if c.dep_ in ("nsubj", "dobj") and c.i > cue.i), None) if cue else None
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=-1)
    if speaker is None or speaker.right_edge.i != last or any(c.dep_ == "ccomp" for c in cue.children) or \
            any(c.dep_ == "cc" and root.i < c.i < cue.i for c in root.children):
        return
    speaker.dep_ = "nsubj"
    _cue_over_the_clause(cue, root)
    doc[cue.i - 1].head = cue


def _cue_over_the_clause(cue, clause) -> None:
    """Make the cue the root of its sentence and the clause it closes its complement; what closes the sentence
    after the cue (its stop) goes with the cue."""
    after = cue.doc[cue.i + 1:cue.sent.end]
    cue.head, cue.dep_ = cue, "ROOT"
    clause.head, clause.dep_ = cue, "ccomp"
    for token in after:
        if token.head == clause:
            token.head = cue


def _speaker_taken_into_its_relative_clause(sent) -> None:
    """'A witness, who requested her identity not be revealed, said she ...': the parser can take the speaker for a
    subject inside its own relative clause and leave the cue after it without one. The speaker becomes the cue's
    subject, and the words between "who" and the comma before the cue its relative clause again."""
    doc = sent.doc
    for cue in sent:
        if cue.lemma_ not in CUE_STANCE or cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i <= sent.start or \
                doc[cue.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            continue
        clause = next((t for t in doc[sent.start:cue.i] if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN")
                       and doc[t.head.i + 1].text == "," and doc[t.head.i + 2].lower_ in ("who", "which")), None)
        if clause is None:
            continue
        speaker, inside = clause.head, doc[clause.head.i + 2:cue.i - 1]
        if any(a == speaker or inside.start <= a.i < inside.end for a in cue.ancestors):
            continue  # the cue hangs on the speaker or its clause: not a cue left without its subject
        for token in inside:
            if token != clause and not inside.start <= token.head.i < inside.end:
                token.head = clause
        speaker.head, speaker.dep_ = cue, "nsubj"
        doc[cue.i - 1].head = cue
        return


def _subject_of_the_clause_taken_for_an_object(sent) -> None:
    """'his daughter, who testified her uncle, James Poore, admitted he killed the women': the parser can take the
    subject of a clause without "that" for the cue's object, and the clause's verb for a verb of the sentence. The
    object becomes the verb's subject, the verb the cue's complement."""
    doc = sent.doc
    for cue in sent:
        told = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.pos_ in ("NOUN", "PROPN")), None)
        if cue.lemma_ not in _CLAUSE_WITHOUT_THAT or told is None or any(c.dep_ == "ccomp" for c in cue.children):
            continue
        after = told.right_edge.i + 1
        verb = doc[after + 1] if after < sent.end - 1 and doc[after].text == "," else doc[after] if after < sent.end \
            else None
        if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ != "conj" or \
                any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children) or cue in verb.subtree:
            continue
        verb.head, verb.dep_ = cue, "ccomp"
        told.head, told.dep_ = verb, "nsubj"
        if doc[after].text == ",":
            doc[after].head = told
        return


# cues whose object before a bare finite verb is that verb's subject: "testified her uncle admitted", but not "told
# her uncle ..." (the one told)
_CLAUSE_WITHOUT_THAT = {"say", "testify", "claim", "insist", "state", "believe", "think", "suspect", "admit",
                        "acknowledge", "allege", "contend", "maintain", "argue", "add", "write", "fear"}


def _state_participle_taken_for_the_verb(sent) -> None:
    """'The number of people confirmed dead after Tuesday's earthquake rose to 36': the parser can take the
    participle of a state ("confirmed dead", "reported missing") for the sentence's verb, and the verb for a clause
    of it. The participle describes the noun before it; the verb is the sentence's, with the subject back."""
    doc = sent.doc
    for participle in sent[1:]:
        noun, state = doc[participle.i - 1], doc[participle.i + 1] if participle.i + 1 < sent.end else None
        subject = next((c for c in participle.children if c.dep_ == "nsubj" and noun in c.subtree), None)
        verb = next((c for c in participle.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"
                     and c.i > participle.i + 1 and not any(s.dep_.startswith("nsubj") for s in c.children)), None)
        if state is None or state.lower_ not in STATES or participle.tag_ not in ("VBN", "VBD") or \
                noun.pos_ != "NOUN" or subject is None or verb is None or participle.dep_ != "ROOT":
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        participle.head, participle.dep_ = noun, "acl"
        for child in list(participle.children):
            if child.i > verb.i:
                child.head = verb
        return


def _closing_cue_taken_into_a_time_clause(sent) -> None:
    """'Twenty-nine people received treatment after an ammonia leak at a plant in Marrowby, the Ministry of Health
    said': the parser can read "after" as opening a clause whose verb is the cue, with two subjects, the event and
    the speaker. The event goes back to "after", the cue becomes the sentence's verb with the speaker its subject,
    and what went before its complement."""
    doc = sent.doc
    for cue in sent:
        subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
        mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ in _TIME_WORDS), None)
        clause = cue.head
        if cue.lemma_ not in CUE_STANCE or cue.dep_ != "advcl" or clause.dep_ != "ROOT" or len(subjects) != 2 or \
                mark is None or not mark.i < subjects[0].i or doc[subjects[1].left_edge.i - 1].text != "," or \
                clause.i > mark.i:
            continue
        event, speaker = subjects
        mark.head, mark.dep_ = clause, "prep"
        event.head, event.dep_ = mark, "pobj"
        _cue_over_the_clause(cue, clause)
        doc[speaker.left_edge.i - 1].head = cue
        return


_TIME_WORDS = {"after", "before", "following", "since", "as"}


def _closing_speaker_taken_for_a_compound(sent) -> None:
    """'Kai Brenner faces a charge of arson, court records show.': the parser can hang "court records" on the cue as
    a compound, leaving the cue with its clause and no subject. The noun right before the cue becomes its subject."""
    for cue in sent:
        before = cue.doc[cue.i - 1] if cue.i > sent.start else None
        if before is None or before.dep_ != "compound" or before.head != cue or before.pos_ not in ("NOUN", "PROPN") \
                or cue.lemma_ not in CUE_STANCE or not cue.tag_.startswith("VB") or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or not any(
                    c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in cue.children):
            continue
        before.dep_ = "nsubj"


def _time_taken_for_the_speaker(sent) -> None:
    """'An emergency warning issued by Emergency Management Victoria just after 3pm said the fire was moving': the
    parser can take the time for a subject of the cue, beside the warning or with the cue made a clause of the
    warning. The cue becomes the sentence's verb, the warning its subject, and "after 3pm" a phrase of when the
    warning was issued."""
    for cue in sent:
        time = next((c for c in cue.children if c.dep_ == "nsubj" and c.ent_type_ in ("TIME", "DATE")), None)
        mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ in _TIME_WORDS), None)
        if time is None or mark is None or mark.i > time.i or cue.lemma_ not in CUE_STANCE:
            continue
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and c != time), None)
        if subject is None and cue.dep_ == "advcl" and cue.head.dep_ == "ROOT" and cue.head.pos_ in ("NOUN", "PROPN"):
            subject = cue.head
            for token in [t for t in subject.children if t.dep_ == "punct" and t.i > cue.i]:
                token.head = cue
            cue.head, cue.dep_ = cue, "ROOT"
            subject.head, subject.dep_ = cue, "nsubj"
        if subject is None:
            continue
        when = next((c for c in subject.children if c.dep_ == "acl" and c.i < mark.i), cue)  # "issued ... after 3pm"
        mark.head, mark.dep_ = when, "prep"
        time.head, time.dep_ = mark, "pobj"
        return


def _closing_relay_taken_into_the_statement(sent) -> None:
    """'The mayor said the bridge would reopen in May, the Harbour Times reported.': the parser can take the cue that
    closes the sentence for the mayor's complement, and the mayor's clause for its own. The closing cue becomes the
    sentence's verb, the mayor's statement its complement, and the clause the mayor's again."""
    doc, root = sent.doc, sent.root
    if root.lemma_ not in CUE_STANCE or not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return
    for relay in (c for c in root.children if c.dep_ == "ccomp" and c.i > root.i and c.lemma_ in CUE_STANCE):
        subject = next((c for c in relay.children if c.dep_ == "nsubj" and c.i < relay.i), None)
        # the closing speaker after the statement and a comma, never before the sentence's verb
        if subject is None or subject.left_edge.i <= root.i + 1 or doc[subject.left_edge.i - 1].text != ",":
            continue
        # the clause hangs on the closing cue, or on the mayor's cue beside it
        clause = next((c for c in [*relay.children, *root.children] if c.dep_ == "ccomp" and c != relay and
                       root.i < c.i and c.right_edge.i < subject.left_edge.i), None)
        if clause is None:
            continue
        _cue_over_the_clause(relay, root)
        clause.head, clause.dep_ = root, "ccomp"
        return


def _noun_phrase_before(sent, i: int):
    """The head of the noun phrase that ends right before token i, past a comma ("the mayor's lawyer, Anna
    Berg," before "said")."""
    doc = sent.doc
    position = i - 1
    while position > sent.start and doc[position].is_punct:
        position -= 1
    token = doc[position]
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    while token.dep_ in ("appos", "compound") and token.head.i < i:
        token = token.head
    return token


def _speaker_and_clause_of(cue, speaker, head) -> None:
    """Make the cue the root of its sentence, the speaker (with `head` its head word) its subject and the clause
    before the speaker its complement."""
    doc, sent = cue.doc, cue.sent
    before = doc[sent.start:speaker.start - 1]
    clause = next((t for t in before if not t.is_punct and (t.head == t or not before.start <= t.head.i < before.end)),
                  None)
    cue.head, cue.dep_ = cue, "ROOT"
    for token in speaker:
        if token != head and not (speaker.start <= token.head.i < speaker.end):
            token.head = head
    head.head, head.dep_ = cue, "nsubj"
    if clause is not None and clause.head != cue:
        clause.head, clause.dep_ = cue, "ccomp"
    if clause is not None:
        _give_back_to_the_clause(before, speaker, clause)
    for token in doc[cue.i + 1:sent.end]:
        if token.head.i < speaker.start:  # the final stop
            token.head = cue


def _give_back_to_the_clause(before, speaker, clause) -> None:
    """Words of the clause the speaker had taken as its modifiers ('to keep [his post], council sources said')
    go back to the clause: the last noun of them is the object of the verb before them."""
    taken = [t for t in before if speaker.start <= t.head.i < speaker.end]
    nouns = [t for t in taken if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return
    noun = nouns[-1]
    verb = before.doc[taken[0].i - 1]
    if noun in verb.ancestors or noun in clause.ancestors:
        return  # the clause hangs on them: giving them back would make a cycle
    noun.head, noun.dep_ = (verb, "dobj") if verb.pos_ == "VERB" else (clause, "npadvmod")
    for token in taken:
        if token != noun:
            token.head = noun


_IRREGULAR_FORMS = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "writes": "write"}


def _reporting_lemma(word: str):
    """The reporting verb an inflected form is of ('replied' -> 'reply', 'adds' -> 'add'), or None."""
    word = word.lower()
    if word in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[word]
    candidates = [word[:-3] + "y"] if word.endswith(("ied", "ies")) else []
    candidates += [word[:-2], word[:-1]] if word.endswith(("ed", "es")) else [word[:-1]] if word.endswith("s") else []
    return next((c for c in candidates if c in CUE_STANCE), None)


def _opening_cue_with_its_speaker_after(sent) -> None:
    """'Replied State Department spokesman Richard Boucher, "..."' and 'Said a spokeswoman for the company,
    "..."': an inverted cue opening the sentence, its speaker after it and the quote after a comma or colon,
    parses with the cue as part of a name or the speaker as its object. The cue becomes the root, the speaker
    its subject and the quoted clause its complement."""
    doc, cue = sent.doc, sent[0]
    lemma = _reporting_lemma(cue.text) if cue.text[:1].isupper() else None
    if lemma is None or len(sent) < 5:
        return
    mark = next((t for t in sent[1:12] if t.text in (",", ":") and t.i + 2 < sent.end
                 and DOUBLE_MARK.fullmatch(doc[t.i + 1].text)), None)
    speaker = doc[cue.i + 1:mark.i] if mark is not None else None
    if speaker is None or not len(speaker) or any(t.pos_ not in _SPEAKER_PARTS | {"ADP"} for t in speaker):
        return
    if any(c.dep_ == "nsubj" and speaker.start <= c.i < speaker.end for c in cue.children):
        return  # 'Says one trader: "..."' parses right
    head = next(t for t in speaker if not speaker.start <= t.head.i < speaker.end or t.head == t)
    quoted = doc[mark.i + 1:sent.end]
    words = [t for t in quoted if not t.is_punct and (t.head == t or not quoted.start <= t.head.i < quoted.end)]
    clause = next((t for t in words if t.pos_ in ("VERB", "AUX")), words[0] if words else None)
    if clause is None:
        return
    cue.tag_, cue.pos_, cue.lemma_ = "VBZ" if cue.lower_.endswith("s") else "VBD", "VERB", lemma
    _cue_over_speaker_and_clause(cue, speaker, head, clause)
    for token in quoted:
        if token != clause and not quoted.start <= token.head.i < quoted.end:
            token.head = cue if token.is_punct else clause
    mark.head, mark.dep_ = cue, "punct"


def _cue_over_speaker_and_clause(cue, speaker, head, clause) -> None:
    """Make the cue the root of its sentence, the speaker (with `head` its head word) its subject and the clause its
    complement."""
    cue.head, cue.dep_ = cue, "ROOT"
    head.head, head.dep_ = cue, "nsubj"
    for token in speaker:
        if token != head and not speaker.start <= token.head.i < speaker.end:
            token.head = head
    clause.head, clause.dep_ = cue, "ccomp"


def _addressee_taken_for_the_subject(sent) -> None:
    """'Lt. Ray Kovac tells The Associated Press the father of the boys shot them': the parser can take the
    subject of what was said for an apposition of the one told, itself taken for that clause's subject or the
    cue's object. The one told becomes the cue's object, the apposition the clause's subject."""
    for cue, clause in _told_clauses(sent):
        told = next((c for c in [*clause.children, *cue.children] if c.dep_ in ("nsubj", "dobj")
                     and c.pos_ == "PROPN" and c.left_edge.i == cue.i + 1), None)
        subject = next((c for c in told.children if c.dep_ == "appos" and c.left_edge.i == told.i + 1
                        and c.pos_ in ("NOUN", "PROPN")), None) if told is not None else None
        if subject is not None and not any(c.dep_ == "nsubj" and c != told for c in clause.children):
            told.head, told.dep_ = cue, "dobj"
            subject.head, subject.dep_ = clause, "nsubj"


def _station_run_into_the_subject(sent) -> None:
    """"Parsons' family told WBTV Michael loved comic books": the parser can run a station's call letters and the
    subject of the clause into one object of "told". The letters become the one told, the name the clause's
    subject."""
    for cue, clause in _told_clauses(sent):
        told = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if told is None or told.i + 1 != clause.left_edge.i or told.left_edge.i != cue.i + 1 or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        station = told.left_edge
        if station.dep_ == "compound" and station.is_upper and len(station.text) >= 3:
            station.head, station.dep_ = cue, "dobj"
            told.head, told.dep_ = clause, "nsubj"


def _clause_made_clear_taken_for_the_adjective(sent) -> None:
    """"The court made it clear that the family has 14 days": the parser hangs the clause on "clear", or "clear"
    and the clause side by side on "made". The clause becomes what "made clear" says, "clear" its particle (the cue
    is listed as make_clear) and "it" its object."""
    for clear in sent:
        made = clear.head
        if clear.lower_ != "clear" or made.lemma_ != "make" or made == clear or \
                clear.dep_ not in ("ccomp", "oprd", "acomp", "xcomp"):
            continue
        clause = next((c for c in [*clear.children, *made.children] if c.dep_ in ("advcl", "ccomp") and c != clear
                       and c.i > clear.i and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            continue
        for it in (c for c in [*clear.children, *made.children] if c.lower_ == "it" and c.i < clear.i):
            it.head, it.dep_ = made, "dobj"
        clear.dep_ = "prt"
        clause.head, clause.dep_ = made, "ccomp"


# what a speaker declines to do is to tell more: "said ... but declined to provide further information"
_TELLING = {"comment", "provide", "give", "release", "say", "discuss", "elaborate", "identify", "name", "disclose",
            "specify", "confirm", "answer", "speculate"}


def _speakers_refusal_taken_into_the_statement(sent) -> None:
    """"Hart said deputies are on leave but declined to provide further information": the parser can coordinate
    the refusal with the verb of the statement. Declining to tell more is the speaker's, a second verb of the cue."""
    for cue in sent:
        if cue.lemma_ not in CUE_STANCE:
            continue
        for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i):
            refusal = next((c for c in clause.children if c.dep_ == "conj" and c.lemma_ in ("decline", "refuse")
                            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                            and any(g.dep_ == "xcomp" and g.lemma_ in _TELLING for g in c.children)), None)
            if refusal is None:
                continue
            joint = refusal.left_edge.i - 1
            while joint > clause.i and sent.doc[joint].head == clause and sent.doc[joint].dep_ in ("cc", "punct"):
                sent.doc[joint].head = cue  # "but", "and", the comma before them
                joint -= 1
            refusal.head = cue


def _verdict_taken_into_a_relative_clause(sent) -> None:
    """"The sheriff's office is calling a shooting that killed a 14-year-old player an accident": the parser can
    make the verdict a second object of the relative clause. It becomes what the shooting is called."""
    for cue in sent:
        called = next((c for c in cue.children if c.dep_ == "dobj"), None) if cue.lemma_ == "call" else None
        clause = next((c for c in called.children if c.dep_ == "relcl"), None) if called is not None else None
        objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")] if clause is not None else []
        if len(objects) >= 2 and objects[-1].right_edge.i + 1 >= sent.end - 1 and \
                not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in cue.children):
            objects[-1].head, objects[-1].dep_ = cue, "oprd"


def _quoted_verdict_taken_for_an_apposition(sent) -> None:
    """'The union has called the offer "about 2% a year"': the parser can hang the quoted verdict on what is called,
    as an apposition. It becomes what that is called."""
    for cue in sent:
        called = next((c for c in cue.children if c.dep_ == "dobj"), None) if cue.lemma_ == "call" else None
        verdict = next((c for c in called.children if c.dep_ == "appos" and c.left_edge.i > called.i
                        and DOUBLE_MARK.fullmatch(c.doc[c.left_edge.i - 1].text)), None) if called is not None else None
        if verdict is not None and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in cue.children):
            verdict.head, verdict.dep_ = cue, "oprd"


def _opening_cue_taken_for_a_complement_of_its_clause(sent) -> None:
    """'The Santiago newspaper Diario del Pacifico reported, citing two officials, that the sides had agreed ...': the
    parser can take the cue for a complement of the verb of what was reported. The cue becomes the root and that verb
    its complement; what stands between them (the citing phrase) goes with the cue."""
    root = sent.root
    cue = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.lemma_ in CUE_STANCE), None)
    that = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if cue is None or that is None or not cue.i < that.i:
        return
    cue.head, cue.dep_ = cue, "ROOT"
    root.head, root.dep_ = cue, "ccomp"
    for token in sent:
        if token.head == root and (cue.i < token.i < that.i or token.is_punct and token.i == sent.end - 1):
            token.head = cue


def _speaker_taken_for_an_apposition_of_the_opening_phrase(sent) -> None:
    """'In Nacala, a 34-year-old fisherman, Abdul Sumail, said ...', 'In a post on Instagram, the minister, Sri
    Wulandari, said ...' and 'Opening the case for the Crown, prosecutor Ada Reyes said': the parser can hang the
    speaker on the place, the post or the body the sentence opens with, leaving the cue without a subject. The
    speaker after that phrase becomes its subject."""
    cue = sent.root
    if cue.lemma_ not in CUE_STANCE or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return
    opening = next((c for c in cue.children if c.dep_ in ("prep", "csubj", "advcl") and c.i == sent.start), None)
    end = cue.i - 2 if cue.doc[cue.i - 1].text == "," else cue.i - 1
    speaker = next((t for t in opening.subtree if t.dep_ == "appos" and t.right_edge.i == end
                    and t.head.i < t.left_edge.i and t.pos_ in ("NOUN", "PROPN")), None) if opening else None
    if speaker is not None:
        speaker.head, speaker.dep_ = cue, "nsubj"
        if opening.dep_ == "csubj":  # "Opening the case for the Crown, prosecutor Ada Reyes said": a participle
            opening.dep_ = "advcl"


def _inverted_cue_inside_its_clause(sent) -> None:
    """'Wage growth, argued Marte Lunde, an economist at the institute, is running at 5 percent' and 'The plan, said
    the mayor, is sound': an inverted cue set off inside the clause, between its subject and its verb, parses with
    the subject as the cue's and the speaker as the clause's. The cue becomes the root, the words after it up to the
    comma before the clause's verb its speaker, and the clause, with the opening words as its subject, its
    complement."""
    doc = sent.doc
    cue = next((t for t in sent if t.i > sent.start + 1 and doc[t.i - 1].text == "," and t.tag_ in ("VBD", "VBZ")
                and t.lemma_ in CUE_STANCE), None)
    if cue is None:
        return
    verb = next((t for t in doc[cue.i + 2:sent.end] if t.pos_ in ("VERB", "AUX")), None)
    opening, speaker = doc[sent.start:cue.i - 1], doc[cue.i + 1:verb.i - 1] if verb is not None else None
    # the clause goes on with a finite verb: "..., described the congress as a sham, insisting ..." is no inversion
    if speaker is None or doc[verb.i - 1].text != "," or not len(speaker) or verb.tag_ in ("VBG", "VBN") or \
            any(t.pos_ not in _SPEAKER_PARTS | {"ADP", "PUNCT", "CCONJ"} for t in [*opening, *speaker]):
        return
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    subject = next(t for t in opening if not opening.start <= t.head.i < opening.end or t.head == t)
    head = next(t for t in speaker if not t.is_punct and not speaker.start <= t.head.i < speaker.end or t.head == t)
    _cue_over_speaker_and_clause(cue, speaker, head, clause)
    subject.head, subject.dep_ = clause, "nsubj"
    doc[cue.i - 1].head = doc[verb.i - 1].head = cue
    for token in doc[clause.i + 1:sent.end]:
        if not clause.i <= token.head.i < sent.end or token.head == token:
            token.head = cue if token.is_punct else clause


def _opening_participle_taken_for_the_subject(sent) -> None:
    """ "Reacting, the state chairman of the party, Chief Ade Sowunmi, described ...": the parser can take the
    participle that opens the sentence for the subject and the speaker for its apposition. The speaker becomes the
    subject, the participle a clause of the verb."""
    opening = next((t for t in sent if not t.is_space), None)
    # or for a conjunct: "Responding, the Municipal Environmental Health Officer, Mr Kofi Ansah, said"
    speaker = next((c for c in opening.children
                    if c.dep_ == "appos" or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None) \
        if opening is not None else None
    # the participle may be tagged a name: "Reacting" opening a paragraph
    participle = opening is not None and (opening.tag_ == "VBG" or opening.lower_.endswith("ing"))
    if not participle or opening.dep_ != "nsubj" or sent.doc[opening.i + 1].text != ",":
        return
    verb = opening.head
    # or a second subject of the verb: "Reacting, union president Kamala Rao decried ..."
    if speaker is None and not any(c.dep_ == "nsubj" and c.i > opening.i for c in verb.children):
        return
    if speaker is not None:
        speaker.head, speaker.dep_ = verb, "nsubj"
    opening.dep_ = "advcl"


def _live_blog_time_taken_for_the_subject(sent) -> None:
    """ "07:05 — The Kyiv-based outlet Stolytsia Online, citing police, said ...": the time a live blog's entry opens
    with can be taken for the subject and the speaker for its apposition. The speaker becomes the subject."""
    opening = next((t for t in sent if not t.is_space), None)
    if opening is None or opening.dep_ != "nsubj" or not re.fullmatch(r"\d{1,2}[:.]\d{2}", opening.text):
        return
    speaker = next((c for c in opening.children if c.dep_ == "appos" and c.i > opening.i), None)
    if speaker is not None:
        speaker.head, speaker.dep_ = opening.head, "nsubj"
        opening.dep_ = "npadvmod"


def _quote_taken_for_a_subject_of_the_inverted_cue(sent) -> None:
    """ '"Nashik se aadhe trucks aa rahe hain (Only half the trucks are coming from Nashik)," said Mohammad Shakir':
    the parser can take the quote's last words for a second subject of the cue the speaker follows. They become
    what the cue reports."""
    doc = sent.doc
    for cue in (t for t in sent if t.lemma_ in CUE_STANCE and t.i > sent.start and doc[t.i - 1].text in _CLOSING_MARKS):
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        if any(c.i > cue.i for c in subjects):
            for quoted in (c for c in subjects if c.i < cue.i):
                quoted.dep_ = "ccomp"


def _told_clauses(sent):
    """Each "tell" of the sentence with the clause after it that says what was told."""
    for cue in (t for t in sent if t.lemma_ == "tell" and t.pos_ == "VERB"):
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
        if clause is not None:
            yield cue, clause
