"""Statements printed as a transcript: "ANNIQUE: I never saw a gun in that room." after "REPORTER: Did you see
a gun?", or a call "Dispatcher: Where is she shot? Caller: In the arm."

A turn is a statement of the speaker its label names when the label is a person of the article (by any
word of the name) or a speaking role; the interviewer's turns are questions, not statements. In a "Q: ... A:
..." interview the answers are the interviewee's: the person the article names most, other than a reporter an
outlet's possessive introduces ("the Ridge Gazette's Omar Hale"). A single "Note:" or "Update:" is no transcript,
so at least two labelled turns are needed.
"""

from __future__ import annotations

import re
from collections import Counter

from newstrace.analyze.lexicon import SPEAKER_NOUNS
from newstrace.model import Attribution, Claimant, Entity, Mention

_WORD = r"[A-Z][A-Za-z'’.-]*"
_LABEL = re.compile(rf"(?:^|(?<=[.?!\"”] ))({_WORD}(?: {_WORD}){{0,2}}):[ \t]+(?=\S)", re.MULTILINE)
_ASKING = {"reporter", "q", "question", "interviewer", "host", "anchor", "dispatcher", "operator", "moderator"}
_ANSWERING = {"a", "answer"}
_SPEAKING = SPEAKER_NOUNS | {"caller"}
# labels of a picture's or a story's metadata ("Photo Credit: Newsday / Jane Roe") and of a page's links to other
# stories ("STORY: Boy, 17, injured in shooting", "RELATED: ..."), whatever the tagger calls them
_METADATA = {"photo", "photos", "credit", "credits", "image", "images", "video", "videos", "caption", "source",
             "sources", "courtesy", "file", "graphic", "illustration", "byline", "story", "stories", "related", "watch",
             "read", "more", "update", "updated", "breaking", "editor's", "correction"}


def transcript_turns(text: str, entities: list[Entity], mentions: list[Mention]) -> list[Attribution]:
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2:
        return []
    interviewee = _most_named_person(entities, mentions, _reporters(text, mentions))
    spans = [_turn_span(text, labels, number) for number in range(len(labels))]
    # a label whose every turn is a question asks them, whoever it names: "Frontline Weekly: Who is shelling ...?"
    asking = {label.group(1) for label in labels} - {label.group(1) for label, (start, end) in zip(labels, spans)
                                                      if not text[start:end].endswith("?")}
    turns = []
    for label, (start, end) in zip(labels, spans):
        claimant = _speaker(label.group(1), label.span(1), entities, interviewee)
        if claimant is None or label.group(1) in asking or len(text[start:end].split()) < 3:
            continue
        turns.append(Attribution(
            id="", claimant=claimant, cue=":", cue_span=(label.end(1), label.end(1) + 1), content=text[start:end],
            content_span=(start, end), sentence=text[label.start(1):end], sentence_span=(label.start(1), end),
            kind="direct", stance="asserts"))
    return turns


def _turn_span(text: str, labels: list, number: int) -> tuple[int, int]:
    """Where the words of a turn start and end: after its label, to the end of its line or the next label."""
    start = labels[number].end()
    following = labels[number + 1].start() if number + 1 < len(labels) else len(text)
    line_end = text.find("\n", start)
    end = min(following, line_end if line_end >= 0 else len(text))
    return start, start + len(text[start:end].rstrip())


def _reporters(text: str, mentions: list[Mention]) -> set[str]:
    """The people an outlet's possessive introduces ("the Ridge Gazette's Omar Hale"): who asks the questions; a
    place's possessive ("Kenya's Amos Rono") introduces no reporter."""
    places = {m.span[1] for m in mentions if m.label in ("GPE", "LOC", "NORP")}
    return {m.entity for m in mentions if m.entity and (possessive := re.search(
        r"['’]s\s+$", text[max(0, m.span[0] - 3):m.span[0]])) and m.span[0] - 3 + possessive.start() not in places}


def _most_named_person(entities: list[Entity], mentions: list[Mention], reporters: set[str]) -> Entity | None:
    people = {e.id: e for e in entities if e.type == "PERSON" and e.id not in reporters}
    named = Counter(m.entity for m in mentions if m.entity in people)
    return people[named.most_common(1)[0][0]] if named else None


def _speaker(label: str, span: tuple[int, int], entities: list[Entity], interviewee: Entity | None) -> Claimant | None:
    """The person or role a turn's label names; None for the interviewer and for labels that name no speaker."""
    words = label.lower().split()
    if words[-1] in _ASKING or _METADATA & set(words):
        return None
    if " ".join(words) in _ANSWERING:
        person = interviewee
    else:
        person = next((e for e in entities if e.type == "PERSON"
                       and set(words) <= {w.lower() for w in e.name.split()}), None)
    if person is not None:
        return Claimant(name=person.name, text=label, span=span, entity=person.id, type="PERSON")
    if words[-1] in _SPEAKING:
        return Claimant(name=label.lower(), text=label, span=span, type="PERSON")
    return None
