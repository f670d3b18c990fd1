"""Who is speaking: the claimant behind a cue's subject, resolved to an entity, a pronoun's antecedent, a
title's holder, a description, or an anonymous source."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Optional

from newstrace.analyze.figures import WORD_NUMBERS
from newstrace.analyze.lexicon import (ANONYMOUS, BODY_NOUNS, CORPORATE_ENDINGS, DOCUMENT_NOUNS, FEMALE_NOUNS,
                                      HONORIFICS, LEADER_TITLES, MALE_NOUNS, PRONOUNS_GROUP, PRONOUNS_PERSON,
                                      PERSON_WORDS, REFLEXIVES, RELATION_NOUNS, ROLE_NOUNS, SPEAKER_NOUNS,
                                      SPOKES_NOUNS, gender_beside, role_words, without_article)
from newstrace.analyze.quotes import inside
from newstrace.analyze.resources import sex_of_first_name
from newstrace.analyze.sentences import sentence_of, text_of
from newstrace.ingest.outlet import dateline
from newstrace.model import Claimant, Entity, Mention


def subject_span(subject):
    """The subject phrase without relative clauses and appositive trailers."""
    tokens = [t for t in subject.subtree if t == subject or not any(
        a.dep_ in ("relcl", "acl") for a in t.ancestors if a in subject.subtree)]
    left = min(t.i for t in tokens if not t.is_punct or t == subject)  # not the quote mark the parser hung on it
    opening = dateline(text_of(subject.doc), subject.doc[left].idx, subject.idx)
    if opening:  # "KESSARA, Nov 14 (Northwire) - Varnia said": the dateline can parse as part of the subject
        left = next(t.i for t in tokens if t.idx >= opening.end())
    right, occasion = subject.i, _occasion(subject)
    for t in tokens:
        if subject.i < t.i < occasion and not when_phrase(t) and \
                t.dep_ not in ("relcl", "acl", "advcl", "punct", "appos", "cc", "conj", "case") and \
                all(a.dep_ not in ("relcl", "acl", "advcl", "appos", "conj") and not when_phrase(a)
                    for a in t.ancestors if a.i > subject.i and a in subject.subtree):
            right = max(right, t.i)
    # "one veteran Labour MP": the parser can take the rest of the noun phrase for an apposition with no comma
    joined = next((c for c in subject.children if c.dep_ == "appos" and c.left_edge.i == subject.i + 1
                   and not any(t.is_punct for t in c.subtree)), None)
    return subject.doc[left:max(right, joined.i if joined is not None else right) + 1]


def when_phrase(prep) -> bool:
    """ "within hours", "on Tuesday": a phrase that says when an act happened ("The medical examiner's office on Monday
    ruled"), not what it was about nor who did it."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("within", "after", "before", "during", "since", "until"):
        return True
    # the parser may hang the date on the verb and leave the preposition with no object
    objects = [c for c in prep.children if c.dep_ == "pobj"] or (
        [prep.nbor()] if prep.i + 1 < len(prep.doc) and not list(prep.children) else [])
    return prep.lower_ in ("on", "in", "at", "by", "over") and any(o.ent_type_ in ("DATE", "TIME") for o in objects)


# a first name alone, given by someone who would give no more: "a resident who gave her name only as Thandi", "a
# trader who identified himself only as Ravi", "a nurse who asked to be identified only by her first name, Grace"
_NAME_GIVEN = re.compile(r"\b(?:gave (?:her|his|their) (?:first )?name (?:only )?as|identified (?:herself |himself )?"
                         r"only as|asked to be (?:identified|named) only (?:as|by (?:her|his) first name,)|"
                         r"gave only (?:her|his) first name,|(?:writes|posts|goes|blogs) under the (?:name|pseudonym))"
                         r"\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _occasion(subject) -> int:
    """Where a phrase set off by a comma after the subject starts ("The chairman, in Brussels for the summit,
    said"; "The leader, in an "initiative" designed to rally opinion, announced"): it tells of the occasion, not
    who the speaker is ("Lt. Ana Ruiz, of the city police," does)."""
    doc = subject.doc
    return next((c.i for c in subject.children if c.dep_ == "prep" and c.i > subject.i and doc[c.i - 1].text == ","
                 and c.lower_ not in ("of", "from", "at", "with")), len(doc))


class ClaimantResolver:
    """Names the claimant behind a subject: an entity, a pronoun's antecedent, a role, or anonymous."""

    def __init__(self, doc, entities: list[Entity], mentions: list[Mention], quotes: list[tuple[int, int]] = ()):
        self.doc = doc
        self.quotes = quotes
        self.entities = {e.id: e for e in entities}
        self.mentions = sorted(mentions, key=lambda m: m.span)
        self.described: list[Claimant] = []  # claimants named by a description: "the health ministry"
        self.spoken: list[tuple[int, Claimant]] = []  # every claimant resolved so far, by position
        self.genders = _genders(doc, self.entities, mentions)

    def claimant(self, subject, cue) -> tuple[Optional[Claimant], Optional[str]]:
        claimant, relayed = self._resolve(subject, cue)
        if claimant is not None and claimant.span is not None:
            self.spoken.append((subject.idx, claimant))
            if subject.lower_ in _PRONOUN_GENDERS and claimant.entity is not None:
                # "He told The Sentinel ..." after the fire officer spoke: a later "she" is not the officer
                self.genders.setdefault(claimant.entity, _PRONOUN_GENDERS[subject.lower_])
        return claimant, relayed

    def _a_name(self, token, subject) -> bool:
        """The apposition names the one a described subject is: a person, so the parser says, or the article's
        entity it stands in ("The mayor, Petar Dukic, said", where the parser took the name for an organization
        there and a person elsewhere), or an organization ("the operator, Norvale Hydro, denied")."""
        types = {"PERSON", "ORG"} if _common_noun(subject) else {"PERSON"}
        # "a local aid group, Clean River, said": a body's name, whatever the tagger made of it
        body_named = subject.lemma_.lower() in BODY_NOUNS and token.pos_ == "PROPN" and all(
            t.pos_ in ("PROPN", "ADP", "DET", "CCONJ") for t in token.subtree)
        # "the Municipal Environmental Health Officer, Mr Prosper Kudjo Avorgbedor," whom the tagger did not know
        addressed = token.pos_ == "PROPN" and token.left_edge.lower_ in HONORIFICS and all(
            t.pos_ == "PROPN" for t in token.subtree)
        return token.ent_type_ == "PERSON" or body_named or addressed or any(
            m.span[0] <= token.idx < m.span[1] and m.entity and self.entities[m.entity].type in types
            for m in self.mentions)

    def _spokesperson_named(self, subject):
        """ "Jan Samriddhi Party (JSP) spokesperson Dr Alok Shukla said", parsed as the party with the spokesperson in
        apposition and the name in apposition to that: the name speaks."""
        return next((g for c in subject.children if c.dep_ == "appos" and c.lower_ in ROLE_NOUNS
                     for g in c.children if g.dep_ == "appos" and self._a_name(g, c)), None)

    def _resolve(self, subject, cue) -> tuple[Optional[Claimant], Optional[str]]:
        subject = _title_of_two_portfolios(subject)
        # "The director of Velmora General Hospital, Anja Kerr, said": the parser hangs her on the hospital; but "Two
        # security sources in the provincial capital, Goma," are no one person, and the capital no body she heads
        nested = [c for p in subject.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  and o.lemma_.lower() not in _PLACE_NOUNS for c in o.children
                  if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or _first_named(c))] \
            if subject.tag_ != "NNS" else []
        # or on the noun of a phrase inside that one: "A resident of the damaged building on Kotelnykova Street, Iryna
        # Savchuk, 41, told"
        nested = nested or [c for p in subject.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                            for q in o.children if q.dep_ == "prep" for d in q.children if d.dep_ == "pobj"
                            for c in d.children if c.ent_type_ == "PERSON" and (c.dep_ == "appos" or (
                                c.dep_ == "conj" and not any(g.dep_ == "cc" for g in d.children)))] \
            if subject.tag_ != "NNS" else []
        # a person's name before a body's acronym ("Rashtriya Janhit Party (RJP) spokesperson Dr Anil Tiwari"); "One
        # of its authors, Priya Raman, cautioned": a partitive's name hangs on the noun after "of"
        named_appos = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None) or \
            next((c for c in subject.children if c.dep_ == "appos" and self._a_name(c, subject)), None) or (
            nested[0] if nested and (_common_noun(subject) or subject.lower_ == "one") else None) or \
            _called_itself(subject) or _second_subject_named(subject) or self._spokesperson_named(subject)
        if named_appos is not None and subject.lemma_.lower() in BODY_NOUNS:  # "a charity, Hope Without Borders,"
            claimant, relayed = self._resolve(named_appos, cue)
            return (dataclasses.replace(claimant, type="ORG") if claimant is not None else None), relayed
        if named_appos is not None:  # "A union leader, Karl Dressler, claimed", "the operator, Norvale Hydro, denied"
            subject = named_appos
        elif subject.dep_ == "appos" and _common_noun(subject) and subject.head.i < subject.i and \
                self._a_name(subject.head, subject):
            subject = subject.head  # "Kayla Osei, the store clerk who told reporters ...": the clerk is Osei
        publisher = _publisher(subject)
        owner = self._resolve(publisher, cue)[0] if publisher is not None else None
        if owner is not None:
            return self._published_by(subject, owner), None
        span = subject_span(subject)
        text = span.text.strip()
        lowered = {"his": "he", "hers": "she", "its": "it", "their": "they", "our": "we"}.get(subject.lower_, subject.lower_)
        if lowered in PRONOUNS_PERSON:
            return self._pronoun(subject, text, span, {"PERSON"}), None
        if lowered in PRONOUNS_GROUP:  # a town or a country is "it", not "they"
            # and a report is "it": "A structural report ... said ... It recommended a detailed assessment"
            types = {"ORG", "NORP"} if lowered == "they" else {"ORG", "GPE", "NORP", "DOCUMENT"}
            return self._pronoun(subject, text, span, types), None
        member = self._member_of_a_group(subject, cue) if lowered in _SOME_OF else None
        if member is not None:
            return member, None
        if lowered in ("who", "which", "that") and subject.head.head is not None:
            return self._resolve(_antecedent(who_described(subject.head)), cue)
        owned = self._owned_by_antecedent(subject, span)
        if owned is not None:
            return owned, None
        kin = self._kin_named(subject)
        if kin is not None:
            return self._named(kin, text, span), None
        named = [m for m in self.mentions if span.start_char <= m.span[0] and m.span[1] <= span.end_char and m.entity]
        if _common_noun(subject) and not any(m.span[0] <= subject.idx < m.span[1] for m in named) and all(
                self.entities[m.entity].type in ("GPE", "LOC") for m in named):
            places, named = named, []  # "striking miners in Greyhaven" are described, not the town
        else:
            places = []
        # "a person briefed on the matter", "two officials, who spoke on condition of anonymity,": the words after the
        # noun tell it too
        whole = text_of(self.doc)[subject.left_edge.idx:subject.right_edge.idx + len(subject.right_edge)]
        given = _NAME_GIVEN.search(whole) if _common_noun(subject) else None
        if given is not None:  # "Another resident, who gave her name only as Thandi, said"
            return Claimant(name=given.group(1), text=text, span=chars(span), type="PERSON"), None
        if (ANONYMOUS.search(text) or _common_noun(subject) and ANONYMOUS.search(whole)) and \
                not any(self.entities[m.entity].type == "PERSON" for m in named):
            affiliation = next((self.entities[m.entity].name for m in named or places), None)
            return Claimant(name=_clean_description(text), text=text, span=chars(span), type="ANONYMOUS",
                            anonymous=True, affiliation=affiliation), None
        people = [m for m in named if self.entities[m.entity].type == "PERSON"]
        if not any(_covers(m, subject) for m in named) and (titled := self._titled_name(subject, span, named)):
            return titled, None
        relative = self._relative_named_before(subject) if named else None
        if relative is not None:  # "Smith's uncle says" after "his uncle, Greg Johnston,": not Smith
            return self._named(relative, text, span), None
        person = _head_mention(people, subject, self.entities) if people else None
        if person:
            if _common_noun(subject) and not _covers(person, subject):  # "Shauna's family members" are not Shauna
                return self._described(text, span, self.entities[person.entity].name), None
            return self._named(self.entities[person.entity], text, span), None
        if named:
            mention = _head_mention(named, subject, self.entities)
            entity = self.entities[mention.entity]
            if entity.type == "NORP" and not _covers(mention, subject):  # "several Democrat MPs", "Ukrainian officials"
                # but "the Ukrainian president" and "the Kestrian leader" are the one named before
                role = self._by_role(subject) if any(c.lower_ == "the" for c in subject.children) else None
                if role is not None:
                    return self._named(role, text, span), None
                return self._described(text, span, entity.name), None
            if not _common_noun(subject) or _covers(mention, subject) or subject.lower_ == entity.name.lower():
                return self._named(entity, text, span), None
            # "the Defence Intelligence service" is that service; "Karsk's ministry" and "the Karsk foreign
            # ministry" are bodies of Karsk
            head_follows_name = mention.span[1] <= subject.idx and not \
                text_of(self.doc)[mention.span[1]:subject.idx].strip()
            if entity.type == "ORG" and subject.lower_ in _ORGANIZATION_HEADS and head_follows_name:
                return self._named(entity, text, span), None
            if subject.lower_ not in _SPEAK_FOR_AN_ORGANIZATION:  # "Apple's lawyers": described, not Apple
                return self._described(text, span, entity.name), None
            claimant = self._named(entity, text, span)  # "Columbia officials" speak for Columbia
            claimant.name = f"{entity.name} {subject.lower_}"
            claimant.affiliation = entity.name
            return claimant, None
        surname = self._by_surname(subject, span)
        if surname is not None:
            return self._named(surname, text, span), None
        role = self._by_role(subject)
        if role:
            return self._named(role, text, span), None
        titled = self._titled_speaker(subject)
        if titled is not None:
            return dataclasses.replace(titled, text=text, span=chars(span)), None
        document = self._document_named_before(subject, text)
        if document is not None:
            return dataclasses.replace(document, text=text, span=chars(span)), None
        # "officials" and "the officials" are the officials described before; "U.S. officials" are not "FBI officials",
        # and "a witness" or "another witness" is someone new
        qualified = _qualifiers(text, subject.lower_)
        earlier = None if _indefinite(subject) else next(
            (c for c in reversed(self.described) if c.name.split()[-1].lower() == subject.lower_
             and (not qualified or _qualifiers(c.name, subject.lower_) in ([], qualified))), None)
        claimant = Claimant(name=earlier.name if earlier else _clean_description(text), text=text, span=chars(span),
                            type="DOCUMENT" if subject.lemma_.lower() in DOCUMENT_NOUNS
                            else "ORG" if subject.lower_ in _GROUP_NOUNS or _called_a_body(subject) else "PERSON",
                            affiliation=next((self.entities[m.entity].name for m in places), None))
        self.described.append(claimant)
        return claimant, None

    @staticmethod
    def _published_by(document, owner: Claimant) -> Claimant:
        """ "a statement posted on the Ostravan government's Telegram channel" is the government's statement, as
        "the government statement" is."""
        span = subject_span(document)
        name = without_article(owner.name)
        return dataclasses.replace(owner, name=f"{name} {document.lower_}", text=span.text.strip(), span=chars(span),
                                   affiliation=name, anonymous=owner.anonymous)

    def _document_named_before(self, subject, text: str) -> Optional[Claimant]:
        """ "According to a statement issued by the army, ... The statement called the figures an invention": the
        statement is the army's statement named before; so it is after "The ministry said in a statement ..."."""
        if subject.lemma_.lower() not in DOCUMENT_NOUNS or text.lower() != f"the {subject.lower_}":
            return None
        # "A new poll by X found ... The survey found": one document by either name
        kinds = {subject.lower_, *_SAME_DOCUMENT.get(subject.lower_, ())}
        named = next((c for position, c in reversed(self.spoken) if position < subject.idx
                      and c.name.lower().rsplit(" ", 1)[-1] in kinds and " " in c.name and c.affiliation), None)
        if named is not None:
            return named
        # the one who spoke "in a statement" last, though another spoke since ("Maritime Terminals said in a statement
        # ... The company said ... the statement said")
        in_one = re.compile(rf"\b(?:in|issued) an? (?:\w+ )?{subject.lower_}\b", re.IGNORECASE)
        last = next((c for p, c in reversed(self.spoken)
                     if p < subject.idx and in_one.search(sentence_of(self.doc, self._token_at(p).i).text)), None)
        return self._published_by(subject, last) if last is not None and last.type != "ANONYMOUS" else None

    def _by_surname(self, subject, span) -> Optional[Entity]:
        """'Brandt told reporters' where the tagger saw no person: the one person of the article with that
        surname ("Ilsa Brandt"); two of them, and it stays as written. So "Maritime Terminals said" is the one
        organization whose name it begins ("Maritime Terminals Ltd.")."""
        if subject.pos_ != "PROPN":
            return None
        text = span.text.strip()
        if text == subject.text:
            people = [e for e in self.entities.values() if e.type == "PERSON" and e.name.split()[-1] == text]
            if len(people) == 1:
                return people[0]
        bodies = [e for e in self.entities.values() if e.type == "ORG" and len(text.split()) < len(e.name.split())
                  and e.name.startswith(f"{text} ")]
        return bodies[0] if len(bodies) == 1 else None

    def _titled_name(self, subject, span, named: list[Mention]) -> Optional[Claimant]:
        """'Navarro County Sheriff Elmer Tanner' when the tagger missed the person: the proper nouns after the
        title are a name, the organization or place before it the affiliation."""
        if subject.pos_ != "PROPN":
            return None
        chain = [t for t in subject.doc[span.start:subject.i + 1] if t.dep_ == "compound" or t == subject]
        titles = [k for k, t in enumerate(chain) if t.lower_ in ROLE_NOUNS]
        name = chain[titles[-1] + 1:] if titles else []
        if not name or not all(t.pos_ == "PROPN" and t.is_title for t in name):
            return None
        affiliation = next((self.entities[m.entity].name for m in named if m.span[1] <= name[0].idx), None)
        return Claimant(name=" ".join(t.text for t in name), text=span.text.strip(), span=chars(span), type="PERSON",
                        affiliation=affiliation)

    def _described(self, text: str, span, affiliation: str) -> Claimant:
        head = _head_word(text)
        claimant = Claimant(name=_clean_description(text), text=text, span=chars(span), affiliation=affiliation,
                            type="ORG" if head in _ORGANIZATION_HEADS or head in _GROUP_NOUNS else "PERSON")
        self.described.append(claimant)
        return claimant

    def _named(self, entity: Entity, text: str, span) -> Claimant:
        anonymous = False
        return Claimant(name=entity.name, text=text, span=chars(span), entity=entity.id, type=entity.type,
                        anonymous=anonymous, affiliation=entity.affiliation)

    def _owned_by_antecedent(self, subject, span) -> Optional[Claimant]:
        """ "Karsk denied it. Its foreign ministry said ...": the ministry is Karsk's, as "Karsk's foreign ministry"
        is."""
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is None or subject.lower_ not in _ORGANIZATION_HEADS:  # its spokesman speaks for it: a role
            return None
        # the body that spoke last; when that is no body (or the tagger took it for a person), say nothing
        last = next((c for position, c in reversed(self.spoken) if position < owner.idx), None)
        if last is None or last.entity is None or self.entities[last.entity].type not in ("ORG", "GPE", "NORP"):
            return None
        antecedent = self.entities[last.entity]
        rest = text_of(self.doc)[owner.idx + len(owner.text):span.end_char].strip()
        return self._described(f"{antecedent.name}'s {rest}", span, antecedent.name)

    def _kin_named(self, subject) -> Optional[Entity]:
        """ "his father said", where the article names the boy's parents ("David and Myrtle Parsons ... their son,
        Michael"): the one other person of the boy's surname and the noun's sex, the one who has spoken if several."""
        sex = _KIN.get(subject.lower_)
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if sex is None or owner is None:
            return None
        mention = self._antecedent(owner.idx, {"PERSON"}, "he" if owner.lower_ == "his" else "she")[0]
        if mention is None or len(self.entities[mention.entity].name.split()) < 2:
            return None
        child = self.entities[mention.entity]
        kin = [e for e in self.entities.values() if e.type == "PERSON" and e.id != child.id and len(e.name.split()) > 1
               and e.name.split()[-1] == child.name.split()[-1] and self.genders.get(e.id) == sex]
        spoken = [e for e in kin if any(c.entity == e.id for _, c in self.spoken)]
        kin = spoken if len(kin) > 1 else kin
        return kin[0] if len(kin) == 1 else None

    def _pronoun(self, subject, text: str, span, types: set[str]) -> Claimant:
        """'he said': the named antecedent, unless a speaker spoke since ("The mayor said ... 'We had no choice,'
        she added") or the antecedent was only named in passing."""
        fronted = _subject_of_a_fronted_clause(subject)
        if fronted is not None:
            return self._resolve(fronted, subject.head)[0]
        governing = self._subject_of_the_governing_clause(subject, types)
        if governing is not None:
            return self._named(governing, text, span)
        mention, chained = self._antecedent(subject.idx, types, subject.lower_)
        they = subject.lower_ == "they"
        speaker_at, speaker = next(((position, c) for position, c in reversed(self.spoken) if position < subject.idx
                                    and not _speaks_for_its_issuer(c)
                                    and (c.type in types and (subject.lower_ not in PRONOUNS_PERSON or _one_person(c))
                                         or (they and _plural(c.name))
                                         or (c.type == "ANONYMOUS" and "PERSON" in types and not _plural(c.name)))
                                    and _agrees(subject.lower_, c.name) and self._agrees(subject.lower_, c.entity)),
                                   (None, None))
        subject_first = self._subject_over_speaker(speaker_at, subject) if speaker_at is not None else None
        if subject_first is not None:
            return self._named(subject_first, text, span)
        # a name only mentioned in passing ("Luke's drug problem") or inside what someone said ("acknowledged
        # she called Rabin a traitor") does not outrank the last speaker
        passing = mention is not None and not chained and not _main_subject(_mention_root(self.doc, mention)) \
            and not any(c.entity == mention.entity for _, c in self.spoken)
        if they and speaker is not None:
            # "Kyrgyzstan's border service said ... Tajikistan's border troops gave a different account. In a statement
            # ..., they said": a group that is the subject since the last speaker, though it has not spoken yet
            described = self._group_subject_before(subject)
            if described is not None and described.idx > speaker.span[0] and (
                    mention is None or mention.span[0] <= described.right_edge.idx):  # a name in it is no later one
                return self._resolve(described, subject.head)[0]
        if speaker is not None and (mention is None or speaker.span[0] > mention.span[0] or passing):
            if speaker.entity is not None:
                return self._named(self.entities[speaker.entity], text, span)
            return Claimant(name=speaker.name, text=text, span=chars(span), type=speaker.type,
                            anonymous=speaker.anonymous, affiliation=speaker.affiliation)
        if mention is not None:
            return self._named(self.entities[mention.entity], text, span)
        described = self._described_before(subject)
        if described is not None:
            return self._resolve(described, subject.head)[0]
        return Claimant(name=text, text=text, span=chars(span), type="PERSON" if "PERSON" in types else "ORG")

    def _subject_of_the_governing_clause(self, pronoun, types: set[str]) -> Optional[Entity]:
        """ "Salazar had been placed under police protection after he reported receiving death threats": a pronoun
        that is the subject of a clause of time or cause stands for the named subject of the clause it hangs on."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in _TIME_OR_CAUSE for c in clause.children):
            return None
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        entity = next((self.entities[m.entity] for m in self.mentions if m.entity and subject is not None
                       and _covers(m, subject)), None)
        if entity is None or entity.type not in types or not self._agrees(pronoun.lower_, entity.id):
            return None
        return entity

    def _subject_over_speaker(self, position: int, pronoun) -> Optional[Entity]:
        """ "The chief addressed the account of a witness who has told reporters she saw two gunmen. 'There was one
        shooter,' she said": a speaker in a relative clause of the sentence before is told of in passing; the person
        that sentence is about, its subject, who has spoken before, does not yield to them."""
        speaker = self._token_at(position)
        sentence = sentence_of(self.doc, speaker.i)
        if sentence.start < self._window_start(pronoun.i) or not any(
                t.dep_ in ("relcl", "acl") for t in [speaker, *speaker.ancestors]):
            return None
        main = next((c for c in sentence.root.children if c.dep_ == "nsubj" and c.i < speaker.i), None)
        if main is None or speaker in main.subtree:
            return None
        entity = self._by_role(main) if main.lower_ in ROLE_NOUNS else next(
            (self.entities[m.entity] for m in self.mentions if m.entity and _covers(m, main)), None)
        # and who has spoken before: "met the family of a boy who said he saw the crash. 'It was awful,' he said" is
        # the boy, the mayor never having spoken
        if entity is None or entity.type != "PERSON" or not self._agrees(pronoun.lower_, entity.id) or not any(
                c.entity == entity.id for p, c in self.spoken if p < main.idx):
            return None
        return entity

    def _described_before(self, subject):
        """The nearest subject before a pronoun, in its sentence or the one before, that it stands for where no name
        does: a plural or a group for 'they' ("San Antonio police investigate a shooting they say occurred"), a man
        or a woman no name was given for 'he' or 'she' ("The man entered with what he said was a handgun")."""
        if subject.lower_ not in ("they", "he", "she"):
            return None
        start = self._window_start(subject.i)
        return next((t for t in reversed(self.doc[start:subject.i]) if t.dep_ in ("nsubj", "nsubjpass")
                     and _stands_for(subject.lower_, t)), None)

    def _member_of_a_group(self, subject, cue) -> Optional[Claimant]:
        """ "Two Republican strategists ... said ... One of them said", "Some Labour MPs are uneasy. One, who asked
        not to be named, said": one of the group that was the subject before, as anonymous as they are."""
        of = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"]
        if subject.pos_ not in ("NUM", "PRON", "DET") or (of and of[0].lower_ not in ("them", "those", "these")):
            return None
        group = self._group_subject_before(subject)
        claimant = self._resolve(group, cue)[0] if group is not None else None
        if claimant is None:
            return None
        words = re.sub(r"^(?:the|some|these|those|several|many)\s+", "", claimant.name, flags=re.IGNORECASE)
        words = re.sub(r"^\w+", lambda first: first.group().lower() if first.group().lower() in WORD_NUMBERS
                       else first.group(), words)
        span = subject_span(subject)
        return dataclasses.replace(claimant, name=f"{subject.lower_} of the {words}", text=span.text.strip(),
                                   span=chars(span), entity=None)

    def _group_subject_before(self, pronoun):
        """The nearest plural or group that is a sentence's subject (not one inside what someone said) before 'they'."""
        return next((t for t in reversed(self.doc[self._window_start(pronoun.i):pronoun.i])
                     if _main_subject(t) and _stands_for("they", t)), None)

    def _antecedent(self, position: int, types: set[str], pronoun: str = "") -> tuple[Optional[Mention], bool]:
        """The mention a pronoun at `position` refers to: the nearest earlier one in subject position within the
        last few sentences, a sentence's subject first ("Hardy said his son and Rollins played ... He said" is
        Hardy), else the nearest. A
        pronoun of the same person in subject position nearer still ("She spoke of Slepian. ... she said")
        refers to what that one refers to; the flag says the mention was reached that way."""
        own_quote = self._quote_closing_at(position)
        earlier = [m for m in reversed(self.mentions) if m.span[1] <= position and m.entity
                   and self.entities[m.entity].type in types and self._agrees(pronoun, m.entity)
                   and not (own_quote and inside(m.span, own_quote))]
        if not earlier:
            return None, False
        token = self._token_at(position)
        window_start = self._window_start(token.i)
        in_window = list(itertools.takewhile(lambda m: self._token_at(m.span[0]).i >= window_start, earlier))
        # the subject of a sentence before the subject of a clause inside it: in "Holm acknowledged she told
        # police that Vance was a traitor. She said ..." she is Holm
        subject = next((m for m in in_window if _main_subject(_mention_root(self.doc, m))), None) or next(
            (m for m in in_window if _mention_root(self.doc, m).dep_ in ("nsubj", "nsubjpass")), None)
        same = _SAME_PERSON.get(pronoun, set())
        since = self._token_at(subject.span[1] - 1).i + 1 if subject else window_start
        chained = next((t for t in reversed(self.doc[since:token.i]) if t.lower_ in same
                        and t.dep_ in ("nsubj", "nsubjpass")), None)
        if chained is not None:
            return self._antecedent(chained.idx, types, pronoun)[0], True
        return subject or earlier[0], False

    def _quote_closing_at(self, position: int) -> Optional[tuple[int, int]]:
        """The quote a pronoun right after it speaks: '"What is Dayton coming to?" she asked' is not Dayton."""
        text = text_of(self.doc)
        return next((q for q in self.quotes if position - _CLOSE_BY <= q[1] <= position
                     and _ONLY_MARKS.fullmatch(text[q[1]:position])), None)

    def _agrees(self, pronoun: str, entity_id: Optional[str]) -> bool:
        """Whether 'she' can be this person: not when the text shows him a man."""
        gender = _PRONOUN_GENDERS.get(pronoun)
        return gender is None or self.genders.get(entity_id, gender) == gender

    def _window_start(self, i: int) -> int:
        """Where a pronoun at token i looks back to: the start of the sentence before its own."""
        return sentence_of(self.doc, max(0, sentence_of(self.doc, i).start - 1)).start

    def _previous(self, position: int, types: set[str]) -> Optional[Entity]:
        mention = self._antecedent(position, types)[0]
        return self.entities[mention.entity] if mention else None

    def _token_at(self, char: int):
        return self.doc.char_span(char, char + 1, alignment_mode="expand")[0]

    def _titled_speaker(self, subject) -> Optional[Claimant]:
        """'the sheriff' after 'Navarro County Sheriff Elmer Tanner said', a name the tagger missed: the one
        earlier speaker whose title holds that noun."""
        if not _common_noun(subject) or subject.lower_ not in ROLE_NOUNS:
            return None
        holders = {c.name: c for position, c in self.spoken if position < subject.idx and c.type == "PERSON"
                   and c.entity is None and c.name != c.text and subject.lower_ in role_words(c.text.replace(c.name, ""))}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _relative_named_before(self, subject) -> Optional[Entity]:
        """The person introduced as someone's relative, friend or coach that the subject calls by that noun: "Smith's
        uncle" after "his uncle, Greg Johnston,"; before any is named, the one named after ("The dead boy's uncle said
        ... said the uncle, Travis Jackson"). "The suspect's mother" is not "the victim's mother", "one neighbor" no
        neighbor named."""
        definite = any(c.lower_ == "the" or c.dep_ == "poss" for c in subject.children)  # not "one neighbor"
        if subject.lower_ not in RELATION_NOUNS or not _common_noun(subject) or not definite:
            return None
        candidates = [e for e in self.entities.values() if e.type == "PERSON"
                      and subject.lower_ in role_words(e.role or "") and _possessors_agree(subject, e.role)]
        return self._nearest_before(candidates, subject.idx)

    def _by_role(self, subject) -> Optional[Entity]:
        """'the spokesperson', 'the minister': the person whose title holds that noun; 'police', the police the
        article names."""
        if not _common_noun(subject):
            return None
        if subject.lower_ in RELATION_NOUNS:
            return self._relative_named_before(subject)
        # the noun must head the title: "the spokesperson" is the "Fire service spokesperson", "the service" is not;
        # "the spokesperson" is the spokeswoman or spokesman named before
        nouns = SPOKES_NOUNS if subject.lower_ in SPOKES_NOUNS else LEADER_TITLES if subject.lower_ == "leader" else \
            {subject.lower_}
        candidates = [e for e in self.entities.values() if nouns & role_words(e.role or "")]
        if subject.lower_ == "leader" and any(c.ent_type_ == "NORP" for c in subject.children):
            # "Kestria's Omar Valdane ... The Kestrian leader": a leader named before, else the person last named (a
            # president named only later leads another nation)
            return self._nearest_before(candidates, subject.idx, alone=False) or self._previous(subject.idx, {"PERSON"})
        if candidates:
            return self._nearest_before(candidates, subject.idx)
        body = self._organization_named(subject)
        if body is not None:
            return body
        definite = any(c.lower_ == "the" for c in subject.children)
        news = any(c.lower_ == "news" for c in subject.children)  # "the Northwire news agency" is no back-reference
        if not definite or news or subject.lower_ not in _BODY_NOUNS:
            return None
        labelled = self._labelled_before(subject)
        if labelled is not None:
            return labelled
        # business news names a company once, then says "the company", "the thrift", "the airline" (and crime
        # news "the agency"): the one whose statements the article reports, not the exchange its shares trade
        # on, named in between
        business = subject.lower_ in _BUSINESS_NOUNS
        # "In its statement, the bank said" after "Brazil's central bank held its rate": the bank described before,
        # which no name stands for, not the research firm named since
        if any(c.span and c.span[0] < subject.idx and c.entity is None and _head_word(c.name) == subject.lower_
               for c in self.described):
            return None
        # "Shares of Ostrander Health rose after the insurer said": the company its own sentence names
        in_sentence = self._previous_body(subject.idx, business) if business else None
        if in_sentence is not None and any(m.entity == in_sentence.id and subject.sent.start_char <= m.span[0]
                                           for m in self.mentions if m.span[0] < subject.idx):
            return in_sentence
        # "the national statistics agency" is no research firm that spoke before: an agency is named by what it does
        # (a party by what others think of it: "the anti-foreigner party" is the party that spoke)
        words = {c.lower_ for c in subject.children if c.dep_ in ("compound", "amod") and c.text.islower()} \
            if subject.lower_ == "agency" else set()
        speaker = next((self.entities[c.entity] for position, c in reversed(self.spoken)
                        if position < subject.idx and c.entity and self.entities[c.entity].type == "ORG"
                        and not (business and (_no_business(self.entities[c.entity].name)
                                               or self._described_as_no_business(c.entity)))
                        and (business or words <= set(self.entities[c.entity].name.lower().split()))), None)
        return speaker or (self._previous_body(subject.idx, business) if business or not words else None)

    def _labelled_before(self, subject) -> Optional[Entity]:
        """ "Plantation group Sawit Perdana Bhd posted ... In a filing with Bursa Malaysia, the group said": the
        organization the noun stood right before, not the one named since."""
        text = text_of(self.doc)
        labelled = [m for m in self.mentions if m.span[1] <= subject.idx and m.entity and
                    self.entities[m.entity].type == "ORG" and
                    re.search(rf"\b{re.escape(subject.lower_)}\s+$", text[max(0, m.span[0] - 30):m.span[0]].lower())]
        return self.entities[labelled[-1].entity] if labelled else None

    def _described_as_no_business(self, entity: str) -> bool:
        """A body that spoke as what no company is called ("The group said") or named itself ("A group calling itself
        Cold Lantern")."""
        text = text_of(self.doc)
        return any(c.entity == entity and _NO_BUSINESS_DESCRIBED.match(c.text) for _, c in self.spoken) or any(
            m.entity == entity and re.search(r"\b(?:itself|themselves)\s+$", text[max(0, m.span[0] - 12):m.span[0]])
            for m in self.mentions)

    def _organization_named(self, subject) -> Optional[Entity]:
        """ "the ministry", "state police": the organization whose name that noun heads ("Kestravian Ministry of
        Defence", "State Police") named last before it. Its own words must be in the name ("the emergency ministry" is
        not the Ministry of Health), and "Dolmeria's defence ministry" says whose. Before any is named, the one such
        organization of the article; but a body described by that noun and no name ("Dolmeria's defence ministry")
        that spoke since the last one named, or before any, is the one meant ("a witness" is no organization whose
        name ends in "Witness", a crawled headline the tagger took for one)."""
        if _indefinite(subject) or any(c.dep_ == "poss" for c in subject.children):
            return None
        words = {c.lower_ for c in subject.children if c.dep_ in ("compound", "amod") and c.pos_ != "PROPN"}
        bodies = {e.id for e in self.entities.values() if e.type == "ORG" and _head_word(e.name) == subject.lower_
                  and words <= set(e.name.lower().split())}
        named = [m for m in self.mentions if m.entity in bodies and m.span[0] < subject.idx]
        since = max((m.span[0] for m in named), default=-1)
        if any(c.span and since < c.span[0] < subject.idx and _head_word(c.name) == subject.lower_
               for c in self.described):
            return None
        if named:
            return self.entities[max(named, key=lambda m: m.span[0]).entity]
        return self.entities[next(iter(bodies))] if len(bodies) == 1 else None

    def _previous_body(self, position: int, business: bool = False) -> Optional[Entity]:
        """The organization named last before the position, but not a name after "in" or "near", which the tagger
        often takes for one: "injured after an explosion at a plant in Harlow, the company said" (though "shares in
        Quillwave" are a company's); nor one that names a place ("the blast at the Corlan Polymers factory on the
        Saltings industrial estate"); nor, for a `business`, a regulator or a union ("In a filing with the Securities
        and Exchange Commission ... The company said")."""
        text = text_of(self.doc)
        bodies = [m for m in self.mentions if m.span[0] < position and m.entity
                  and (_traded(text, m) or self.entities[m.entity].type == "ORG"
                       and not re.search(r"\b(?:in|near)\s+$", text[max(0, m.span[0] - 6):m.span[0]]))
                  and not (business and _no_business(self.entities[m.entity].name))
                  and not _PLACE_AFTER.match(text, m.span[1])]
        return self.entities[max(bodies, key=lambda m: m.span[0]).entity] if bodies else None

    def _nearest_before(self, candidates: list[Entity], position: int, alone: bool = True) -> Optional[Entity]:
        """The candidate named last before the position ("police" after "Tampa Police" is not the "Village
        Police" named three paragraphs later); before any is named, only the one candidate there is, if `alone`."""
        ids = {c.id for c in candidates}
        before = [m for m in self.mentions if m.entity in ids and m.span[0] < position]
        if before:
            return self.entities[max(before, key=lambda m: m.span[0]).entity]
        return candidates[0] if alone and len(candidates) == 1 else None


def _traded(text: str, mention: Mention) -> bool:
    """ "Shares in Quillwave fell", "shares of Brightwater rose": only a company has shares, whatever the tagger took
    the name for (a place, in one article and not the next: its label stays, as story linking compares them)."""
    return bool(re.search(r"\bshares (?:in|of)\s+$", text[max(0, mention.span[0] - 12):mention.span[0]].lower()))


# what a name goes on to call a place: "the Saltings industrial estate", "the Harbour Road site"
_PLACE_AFTER = re.compile(r"\s+(?:industrial\s+|business\s+|retail\s+|housing\s+)?(?:estate|park|district|road|"
                          r"street|avenue|square|quarter)\b", re.IGNORECASE)


def _called_a_body(subject) -> bool:
    """ "Ofwat, the regulator," where the tagger saw no name: a body, which "it" goes on to stand for."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in _BODY_APPOSITIVES for c in subject.children)


def _subject_of_a_fronted_clause(pronoun):
    """ "When officers arrived, they say they found the boy": the subject of a clause that opens the pronoun's own
    sentence, hung on the pronoun's verb, is who the pronoun is, before any earlier speaker."""
    clause = next((c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i
                   and c.left_edge.i == pronoun.sent.start), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return subject if subject is not None and pronoun.lower_ in ("they", "he", "she") and \
        _stands_for(pronoun.lower_, subject) else None


def _stands_for(pronoun: str, noun) -> bool:
    """Whether 'they', 'he' or 'she' can stand for a noun no name was given for: a plural or a group, a man, a
    woman."""
    if pronoun == "they":  # "Ryan Korish and his father" are a plural too
        return noun.pos_ in ("NOUN", "PROPN") and (_plural(noun.text) or any(
            c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in noun.children))
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in (MALE_NOUNS if pronoun == "he" else FEMALE_NOUNS)


def _called_itself(subject):
    """ "The group behind the attack, which calls itself SableCrypt," and "A group calling itself Cold Lantern": the
    name it gives itself, wherever the parser hung the clause inside the subject."""
    for token in subject.subtree:
        if token.dep_ in ("relcl", "acl") and token.lemma_ == "call" and any(
                c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
            return next((c for c in token.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "PROPN"), None)
    return None


def _genders(doc, entities: dict[str, Entity], mentions: list[Mention]) -> dict[str, str]:
    """The people of the article whose gender the text shows: a gendered noun or honorific beside a mention
    ("her mom Annique Davis", "Mr. Vance") or in the title ("spokeswoman Nicole Monroe"); else, for a full name,
    the sex the name-gender data gives its first name, when it gives one far more often than the other ("Katherine
    Obukhov" and "Aoife Brosnan" are no "he")."""
    genders = {}
    for mention in mentions:
        entity = entities.get(mention.entity)
        if entity is None or entity.type != "PERSON" or entity.id in genders:
            continue
        title = set((entity.role or "").lower().split())
        gender = gender_beside(_mention_root(doc, mention)) or (
            "female" if title & FEMALE_NOUNS else "male" if title & MALE_NOUNS else None)
        if gender is not None:
            genders[entity.id] = gender
    for entity in entities.values():
        words = entity.name.split()
        if entity.type == "PERSON" and entity.id not in genders and len(words) >= 2 and (
                sex := sex_of_first_name(words[0])) is not None:
            genders[entity.id] = sex
    return genders


_ONLY_MARKS = re.compile(r"[\s,.!?;:\"“”'’«»]*")
_CLOSE_BY = 12  # characters between a quote's last word and the pronoun that speaks it: '?" she'

_SAME_PERSON = {"she": {"she"}, "her": {"she"}, "he": {"he"}, "him": {"he"}}
_PRONOUN_GENDERS = {"he": "male", "him": "male", "she": "female", "her": "female"}
_TIME_OR_CAUSE = {"after", "before", "when", "because", "since", "until", "as", "once", "while"}
# kin a family story names: "his father", "her mother"
_KIN = {"father": "male", "dad": "male", "mother": "female", "mom": "female", "grandfather": "male",
        "grandmother": "female", "husband": "male", "wife": "female", "uncle": "male", "aunt": "female"}


def _main_subject(token) -> bool:
    """The subject of its sentence's main verb, not of a clause inside it; also a name in apposition to it
    ("Ibrava's mayor, Josip Rendal, was blunt")."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and (token.head.dep_ in ("ROOT", "conj") or token.head.head == token.head)


def _agrees(pronoun: str, description: str) -> bool:
    """Whether 'she' can be 'the Aptos mother' and 'he' 'the boy's father'."""
    head = _head_word(description)
    if pronoun in ("she", "her"):
        return head not in MALE_NOUNS
    if pronoun in ("he", "him"):
        return head not in FEMALE_NOUNS
    return True


def _one_person(claimant: Claimant) -> bool:
    """Whether 'he' or 'she' can stand for this speaker: not for 'news reports' or 'witnesses', which a
    description without a name can be."""
    head = _head_word(claimant.name, lower=False)
    if claimant.entity is not None or not head.islower() and not re.fullmatch(r"[A-Z]{2,}s", head):
        return True  # a name ("Mr. Lego"), not "a group including members of the Bass family of Texas" nor
        # "opposition MPs"
    return not _plural(claimant.name) and _head_word(claimant.name) not in DOCUMENT_NOUNS


def _plural(description: str) -> bool:
    """'investigators', 'police', 'San Antonio police': a description 'they' can stand for."""
    head = _head_word(description)
    return head in _GROUP_NOUNS or head in _COLLECTIVE_PEOPLE or (head.endswith("s") and not head.endswith("ss"))


def _head_word(description: str, lower: bool = True) -> str:
    """The noun a description is about: 'spokesman' in 'a spokesman for the company'."""
    before_phrase = re.split(r"\s+(?:for|of|at|with|from|in|on|to|who|that|including)\s+", description, maxsplit=1)[0]
    head = before_phrase.split()[-1] if before_phrase.split() else ""
    return head.lower() if lower else head


# what names a place, not a body: "sources in the provincial capital, Goma,"
_PLACE_NOUNS = {"capital", "city", "town", "village", "province", "region", "district", "county", "state", "country",
                "area", "neighborhood", "neighbourhood", "port", "island"}
_POSSESSOR = re.compile(r"([\w-]+)['’]s?\s")


def _possessors_agree(subject, role: str) -> bool:
    """Whether a relative's title can be the subject's: "the suspect's mother" is not "the victim's mother", "his
    uncle" may be "Smith's uncle"."""
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    named = _POSSESSOR.search(role)
    return owner is None or named is None or named.group(1).lower() == owner.lower_


def _second_subject_named(subject):
    """ '"Tomorrow we try again," said one of them, Anke Visser, 64.': the parser makes the name after a partitive
    a second subject of the cue."""
    if subject.lower_ != "one" or subject.dep_ != "nsubj":
        return None
    after = subject.right_edge.i + 1
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"
                 and c.left_edge.i == after + 1 and subject.doc[after].text == ","), None)


def _first_named(token) -> bool:
    """A proper name of two words or more whose first is a first name, whatever the tagger took it for: "Agnes Okafor"
    in "The board's vice-president for finance, Agnes Okafor, said"."""
    first = token.left_edge
    return token.pos_ == "PROPN" and first.i < token.i and all(t.pos_ == "PROPN" for t in token.doc[first.i:token.i]) \
        and first.is_title and sex_of_first_name(first.text) is not None


def _common_noun(token) -> bool:
    """A common noun, also when the tagger calls a lower-case word a proper one ("Russia's defence ministry") or
    a body's capitalized head one ("Miami-Dade Police" are the police of Miami-Dade, not the county)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and (token.text.islower() or token.lower_ in _GROUP_NOUNS))


# what "the ..." calls a body that spoke before: "the company", "the thrift", "the agency"
_BODY_NOUNS = {"agency", "organization", "organisation", "company", "firm", "thrift", "bank", "airline", "carrier",
               "utility", "insurer", "retailer", "maker", "manufacturer", "concern", "group", "conglomerate", "lender",
               "automaker", "publisher", "chain", "provider", "producer", "supplier", "distributor", "developer",
               "operator", "broadcaster", "network", "party"}
# "the company" after a ministry spoke is a company the article named, not the ministry
_BUSINESS_NOUNS = _BODY_NOUNS - {"agency", "organization", "organisation", "group", "network", "party"}
# a body that spoke as what no company is called: "the group said", "the hacking gang said"
_NO_BUSINESS_DESCRIBED = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:group|gang|militia|network|organi[sz]ation|"
                                    r"party|agency|collective|movement)\b", re.IGNORECASE)


def _no_business(name: str) -> bool:
    """A public body, a union or a party, which "the company" or "the airline" never is ("Service Corp. International"
    is a company)."""
    return bool(_NO_BUSINESS.search(name)) and not _CORPORATE.search(name)


_CORPORATE = re.compile(rf"\b(?:{CORPORATE_ENDINGS}|corporation|group|holdings)\b", re.IGNORECASE)


_NO_BUSINESS = re.compile(r"\b(?:ministry|department|police|government|council|agency|office|service|commission|"
                          r"court|army|inspectorate|authority|directorate|bureau|administration|union|party|"
                          r"federation)\b", re.IGNORECASE)


# nouns that, after an organization's name, still name that organization: "the Defence Intelligence service"
_ORGANIZATION_HEADS = {"service", "agency", "directorate", "ministry", "department", "office", "authorities", "authority",
                       "council", "committee", "commission", "bureau", "unit", "command", "administration", "government",
                       "company", "corporation", "group", "union", "party", "campaign", "team"}
# the bodies whose documents are theirs: "data from the consumer affairs ministry", "figures from the central bank"
_ISSUING_BODIES = _ORGANIZATION_HEADS | {"bank", "institute", "police", "regulator", "board"}
# what an apposition calls a body the tagger saw no name in: "Ofwat, the regulator,"
_BODY_APPOSITIVES = BODY_NOUNS | _ORGANIZATION_HEADS | {"regulator", "court", "tribunal"}
# nouns whose bearer speaks for the organization named with them: "Columbia officials", "the Delta statement"
_SPEAK_FOR_AN_ORGANIZATION = {"official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
                              "statement", "representative", "representatives", "executive", "executives",
                              "director", "directors", "board", "management", "leadership", "release"}


def _mention_root(doc, mention: Mention):
    span = doc.char_span(*mention.span, alignment_mode="expand")
    return span.root


def _indefinite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def _covers(mention: Mention, token) -> bool:
    """The mention names the token itself, or stands beside it in apposition: "the agency (HUR)"."""
    if mention.span[0] <= token.idx < mention.span[1]:
        return True
    return any(c.dep_ == "appos" and mention.span[0] <= c.idx < mention.span[1] for c in token.children)


_GROUP_NOUNS = {"police", "gardaí", "gardai", "officials", "authorities", "ministry", "department", "agency", "office",
                "government",
                "army", "military", "council", "committee", "group", "company", "hospital", "service", "services",
                "union", "board", "party", "association", "federation", "coalition", "commission", "court",
                "university", "school", "club"}
# people who are "they" but no organization: "The family has hired a lawyer, and they say ..."
_COLLECTIVE_PEOPLE = {"family", "crew", "team", "staff", "jury", "couple"}


def _head_mention(named: list[Mention], subject, entities: dict[str, Entity]) -> Mention:
    """The mention that names the subject's head ("Ukraine's ... agency (HUR)" is the agency, not Ukraine)."""
    covering = [m for m in named if m.span[0] <= subject.idx < m.span[1]]
    if covering:
        return max(covering, key=lambda m: m.span[1] - m.span[0])
    if all(entities[m.entity].type == "PERSON" for m in named):
        return named[-1]  # the name nearest the head: "SEOUL, Dec 17 (Yonhap) - President Jane Roe"
    organizations = [m for m in named if entities[m.entity].type == "ORG"]
    return (organizations or named)[-1 if subject.lower_ in SPOKES_NOUNS else 0]


def _speaks_for_its_issuer(claimant: Claimant) -> bool:
    """A news release, a statement or an email is its issuer speaking: "it added", after "the news release said", is
    the police that issued it; a report or a study speaks for itself ("It recommended a detailed assessment")."""
    return claimant.type == "DOCUMENT" and claimant.name.split()[-1].lower() in _ISSUERS_WORDS


_ISSUERS_WORDS = {"release", "statement", "announcement", "email", "e-mail", "letter", "post", "tweet", "message",
                  "notice", "bulletin", "alert", "advisory", "memo"}
_PUBLISHED_ON = ("on", "in", "to", "via")  # "posted on its website", "published in the party's newspaper"
# how a document came to someone who did not put it out: "a report obtained by the Gazette", "emails seen by Reuters"
_HELD = {"obtain", "see", "review", "receive", "acquire", "examine", "read", "view", "leak"}


def _publisher(document):
    """Who put a document out, named after it: 'a statement issued by the army' (the army), 'a video posted on the
    ministry's Telegram channel' (the ministry)."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS and document.lower_ not in DOCUMENT_NOUNS:
        return None  # "data" is "datum" to the lemmatizer, "figures" "figure"
    for verb in (c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ not in _HELD):
        for prep in verb.children:
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is None:
                continue
            if prep.dep_ == "agent":
                return place
            owner = next((c for c in place.children if c.dep_ == "poss"), None)
            if prep.lower_ in _PUBLISHED_ON and owner is not None:
                return owner
    # "data from the consumer affairs ministry showed", "figures from the central bank": the body's own
    return next((o for c in document.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for o in c.children
                 if o.dep_ == "pobj" and (o.ent_type_ == "ORG" or o.lemma_.lower() in _ISSUING_BODIES)), None)


def _title_of_two_portfolios(subject):
    """ "The shadow work and pensions secretary, Edward Fane,": the parser takes the first portfolio for the subject
    and the title for a second one; the title is the subject."""
    title = next((c for c in subject.children if c.dep_ == "conj" and c.lemma_.lower() in ROLE_NOUNS
                  and subject.doc[c.left_edge.i - 1].lower_ == "and"), None)
    return title if title is not None and subject.tag_ == "NN" and title.tag_ == "NN" and \
        subject.lemma_.lower() not in ROLE_NOUNS | PERSON_WORDS else subject


# the documents a news story calls by either name
_SAME_DOCUMENT = {"survey": ("poll",), "poll": ("survey",), "study": ("report",), "report": ("study",)}


# who may be some of a group told before: "One of them said", "Two, who asked not to be named, said"
_SOME_OF = {"one", "another", "two", "three", "both", "some", "several", "many"}


def who_described(clause):
    """Whom a relative clause describes: the noun the parser hung it on, unless a "who" clause hangs on no person
    while a noun stands right before it ("a bill ..., which passed over the objections of insurers, who argued" is
    the insurers'; "Janet Cole, 58, who has multiple sclerosis" is hers)."""
    described = clause.head
    if clause.left_edge.lower_ not in ("who", "whose") or described.ent_type_ in ("PERSON", "ORG", "NORP") or \
            described.lemma_.lower() in SPEAKER_NOUNS | PERSON_WORDS:
        return described
    doc, before = clause.doc, clause.left_edge.i - 1
    while before > clause.sent.start and (doc[before].is_punct or doc[before].like_num):
        before -= 1  # the age between the name and the clause
    return doc[before] if doc[before].pos_ in ("PROPN", "NOUN") else described


def _antecedent(noun):
    """Whom a relative clause speaks of: 'residents of Dol, who said' are the residents; the parser hangs the clause
    on the nearest noun, the place."""
    above = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "in", "from") else None
    if above is None:
        return noun
    lemma = above.lemma_.lower()
    # the tagger takes an unfamiliar town for a person; residents of a place are never residents of a person
    return above if lemma in _OF_A_PLACE or (noun.ent_type_ != "PERSON" and lemma in SPEAKER_NOUNS) else noun


_OF_A_PLACE = {"resident", "villager", "inhabitant", "citizen", "people", "official", "authority", "authorities"}


def chars(span) -> tuple[int, int]:
    return (span.start_char, span.end_char)


def _qualifiers(description: str, head: str) -> list[str]:
    """The words before a description's head, but for articles: "U.S." of "the U.S. officials", none of "police on
    Friday"."""
    words = description.lower().split()
    return [w for w in words[:words.index(head)] if w not in ("the", "a", "an")] if head in words else words


def _clean_description(text: str) -> str:
    """'The mayor' -> 'the mayor', 'A senior official' -> 'a senior official': a description, not a name."""
    text = re.sub(r"\s+", " ", text).strip(" ,")
    return re.sub(r"^(The|A|An)\b", lambda m: m.group().lower(), text)
