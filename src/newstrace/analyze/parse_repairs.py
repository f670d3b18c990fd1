"""Repairs of parses the small English pipeline gets wrong in a way every later rule would inherit.

A repair rewrites heads and tags inside one sentence, keeping it one tree, so that the entity, attribution
and figure rules read the sentence as a person would without each learning the misparse.
"""

from __future__ import annotations

from newstrace.analyze.lexicon import CUE_STANCE, DOCUMENT_CUES

_CLOSING_MARKS = {",", "”", "\"", "''", "’"}
_SPEAKER_PARTS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"}  # "the sheriff's office", "Lee Anna Reyes"


def repair_parse(doc) -> None:
    for sent in list(doc.sents):
        _closing_cue_taken_for_a_noun(sent)


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
    while start - 1 > sent.start and doc[start - 1].pos_ in _SPEAKER_PARTS:
        start -= 1
    speaker = doc[start:cue.i]
    head = doc[cue.i - 1]
    if not len(speaker) or head.pos_ not in ("NOUN", "PROPN") or doc[start - 1].text not in _CLOSING_MARKS:
        return
    if plural and head.pos_ == "NOUN" and not any(t.pos_ in ("DET", "PART") for t in speaker):
        return  # "..., police reports." may be a noun after all: a speaker described needs "the", "a" or "'s"
    before = doc[sent.start:start - 1]
    clause = next((t for t in before if not t.is_punct and (t.head == t or not before.start <= t.head.i < before.end)),
                  None)
    cue.tag_, cue.pos_ = "VBZ" if plural else "VBP", "VERB"
    cue.head, cue.dep_ = cue, "ROOT"
    for token in speaker:
        if token != head and not (start <= token.head.i < cue.i):
            token.head = head
    head.head, head.dep_ = cue, "nsubj"
    if clause is not None and clause.head != cue:
        clause.head, clause.dep_ = cue, "ccomp"
