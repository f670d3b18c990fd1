"""Entities within one article: spaCy's named entities, merged into people, organizations, places.

Merging rules (within one article):
- a bare surname or first name joins the one full name that contains it ("Zelensky" ->
  "Volodymyr Zelensky"); with two candidates, the one named last before it or the one whose title it carries
  ("Dr. Ebner"), as news refers back; before either is named it stays apart rather than guess;
- an acronym in parentheses after an organization becomes its alias ("... agency (HUR)"), and a
  later "HUR" joins it;
- titles before a name become the entity's role ("Ukrainian President"), and an organization or
  place inside the title its affiliation ("Pentagon spokesperson Patrick Ryder");
- a country before an organization's name is its affiliation ("Veldra's Defence Intelligence").
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from newstrace.analyze.lexicon import (BODY_NOUNS, CORPORATE_ENDINGS, HONORIFICS, LEADER_TITLES, RELATION_NOUNS,
                                      ROLE_NOUNS, SPOKES_NOUNS, age_follows, country_names, leading_titles,
                                      person_beside, role_words)
from newstrace.analyze.sentences import sentence_number, text_of
from newstrace.ingest.outlet import dateline
from newstrace.model import Entity, Mention

KEPT_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "LOC"}
_TITLE_POS = {"PROPN", "NOUN", "ADJ"}


# a name ending in an abbreviation keeps its last stop: "U.S.", "U.N.", "Rutter Jr.", "Corlan Co."
_ABBREVIATED_END = re.compile(r"(?:(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd))$")


def clean_name(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    name = text.strip(" ,.;:\"“”")
    abbreviated = _ABBREVIATED_END.search(name) and text[text.find(name) + len(name):].startswith(".")
    return f"{name}." if abbreviated else name


# "the town of Djibo", "the district of Chikwawa": a place whatever the tagger took it for
_PLACE_KINDS = {"town", "towns", "village", "villages", "city", "district", "province", "region", "county",
                "municipality", "island", "commune", "state"}


def _placed(ent):
    before = ent.doc[max(0, ent.start - 2):ent.start]
    if len(before) == 2 and before[0].lower_ in _PLACE_KINDS and before[1].lower_ == "of" and ent.label_ != "GPE":
        return Span(ent.doc, ent.start, ent.end, label="GPE")
    return ent


def find_entities(doc) -> tuple[list[Entity], list[Mention]]:
    ents = [_without_post_nominals(_without_titles(_placed(e))) for e in filter(None, map(_before_a_bracket, doc.ents))
            if e.label_ in KEPT_LABELS and clean_name(e.text) and not _capital_of_the_sentence(e) and not _credit(e)
            and not _post_nominal(e) and _capitalized(e)]
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], Entity] = {}
    mentions: list[Mention] = []
    # "Aubrey's father, DeAngelo Mansion" and "astronaut Bertalan Farkas" are people whatever the tagger says
    people = [e for e in ents if e.label_ == "PERSON" or person_beside(e.root)]
    full_people = [clean_name(e.text) for e in people if len(clean_name(e.text).split()) > 1]
    surnames = {f.split()[-1] for f in full_people}
    for ent in ents:
        name = clean_name(ent.text)
        # spaCy sometimes labels a bare surname ORG or GPE; a surname of a named person is that person
        label = "PERSON" if name in surnames or ent in people or any(_misspelled(name, s) for s in surnames) \
            else KEPT_LABELS[ent.label_]
        if label == "PERSON" and name.split()[-1] in _INSTITUTION_HEADS or label in ("PERSON", "GPE", "LOC") and \
                not age_follows(ent.root) and (  # "Rokeya Akhter, 27, a sewing operator" is no network operator
                any(c.dep_ == "appos" and c.lemma_.lower() in BODY_NOUNS for c in ent.root.children)
                or ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in BODY_NOUNS
                or _described_as_a_body(doc, ent, label)):
            # "Velmora General Hospital", "Telvio, the mobile carrier,", "an aid group, Clean River,", "the payments
            # app Parcelo", which the tagger took for others
            label = "ORG"
        if label == "PERSON" and not person_beside(ent.root) and name not in surnames and \
                name.lower() in country_names():
            label = "GPE"  # "Malawi could not afford to offer more", which the tagger took for a person
        company = _company_by_its_first_word(entities, name, label, surnames)
        label = "ORG" if company is not None else label
        target = company or _last_named(doc, ent, name, label, full_people, entities, mentions) or \
            _existing(by_key, entities, label, name, full_people)
        if target is None:
            target = Entity(id=f"e{len(entities) + 1}", name=_canonical(name, label, full_people), type=label)
            entities.append(target)
            by_key[(label, target.name.lower())] = target
        _add_alias(target, name)
        by_key[(label, name.lower())] = target
        if label == "PERSON":
            _take_title(doc, ent, target)
        elif label == "ORG" and target.affiliation is None:
            target.affiliation = _possessor_place(doc, ent)
        acronym = _parenthetical_acronym(doc, ent)
        if acronym:
            _add_alias(target, acronym)
            by_key[(label, acronym.lower())] = target
            by_key[("ORG", acronym.lower())] = target
        mentions.append(Mention(text=ent.text, span=(ent.start_char, ent.end_char), label=label, entity=target.id))
    _name_acronyms(doc, entities, mentions)
    _name_roles(doc, entities, mentions)
    return entities, mentions


def _company_by_its_first_word(entities: list[Entity], name: str, label: str, surnames: set[str]) -> Optional[Entity]:
    """ "Veltra" after "Veltra Software AG", "Pinecrest" after "Pinecrest Therapeutics Inc.": business news calls a
    company by the first word of its name, which the tagger may take for a person; but not a surname of the article,
    and not the town a hospital is named after ("Wrenford General Hospital")."""
    if label not in ("ORG", "PERSON") or len(name.split()) != 1 or name in surnames:
        return None
    named = [e for e in entities if e.type == "ORG" and e.name.split()[0] == name
             and len(_without_corporate_ending(e.name).split()) > 1 and _CORPORATE_ENDING.search(e.name)]
    return named[0] if len(named) == 1 else None


def _capitalized(ent) -> bool:
    """The name of a body or a person has a capital somewhere ("eBay", "al-Qaeda"); "the Boston-based biotech
    company" has none in what the tagger took for one. A place may be described ("the east coast")."""
    return ent.label_ not in ("ORG", "PERSON") or any(c.isupper() for c in ent.text)


# the last word of a body's name, never of a person's
_INSTITUTION_HEADS = set("""Hospital Clinic Ministry Department University College Academy Agency Council Commission
Committee Institute Foundation Corporation Corp Corp. Company Inc Inc. Ltd Ltd. LLC Association Airlines Airport Police
Authority Bureau Museum Library Directorate Embassy
Bank Group Holdings Robotics Batteries Motors Systems Technologies Labs Laboratories Pharmaceuticals Therapeutics Foods
Energy Energia Mining Minerals Resources Capital Securities Insurance Logistics Shipping Airways Industries Enterprises
Ventures Networks Telecom Communications Semiconductor Electronics Software Studios Media
Union Alliance Federation Society Trust Club
Party Front Movement Congress League Morcha""".split())  # no surnames: not "Steel", "Power" or "Bond"


def _name_roles(doc, entities: list[Entity], mentions: list[Mention]) -> None:
    """ "the Ukrainian president" after "Ukrainian President Volodymyr Zelensky": a mention of him, when no
    one else in the article holds a title with those words ("the Cuban leader" for the Cuban President)."""
    holders: dict[str, list[Entity]] = {}
    for entity in entities:
        for word in role_words(entity.role or ""):
            holders.setdefault(word, []).append(entity)
            if word in LEADER_TITLES:
                holders.setdefault("leader", []).append(entity)
    first_seen = {m.entity: m.span[0] for m in reversed(mentions)}
    for chunk in doc.noun_chunks:
        words = chunk.text.lower().split()
        if len(words) < 2 or words[0] != "the":
            continue
        matching = {e.id: e for e in holders.get(words[-1], []) if all(w in e.role.lower().split() for w in words[1:-1])}
        if len(matching) != 1:
            continue
        (entity,) = matching.values()
        if first_seen.get(entity.id, len(text_of(doc))) < chunk.start_char:
            _add_alias(entity, "the " + chunk.text.split(" ", 1)[1])
            mentions.append(Mention(text=chunk.text, span=(chunk.start_char, chunk.end_char), label="NOUN",
                                    entity=entity.id))


def _name_acronyms(doc, entities: list[Entity], mentions: list[Mention]) -> None:
    """ "Ukraine's military intelligence agency (HUR)": the phrase names the acronym's entity; "INDIANAPOLIS (WISH)"
    is a dateline's place and station."""
    for match in re.finditer(r"\(([A-Z][A-Z0-9&.-]{1,9})\)", text_of(doc)):
        chunk = next((c for c in doc.noun_chunks if 0 <= match.start() - c.end_char <= 1), None)
        if chunk is None or dateline(text_of(doc), chunk.start_char):
            continue
        phrase = clean_name(text_of(doc)[chunk.start_char:chunk.end_char])
        acronym = match.group(1)
        entity = next((e for e in entities if e.name == acronym or acronym in e.aliases), None)
        if entity is None:
            entity = Entity(id=f"e{len(entities) + 1}", name=phrase, type="ORG")
            entities.append(entity)
        elif entity.name == acronym and len(phrase.split()) > 1:
            entity.name = phrase
        for alias in (acronym, phrase):
            _add_alias(entity, alias)
        mentions.append(Mention(text=chunk.text, span=(chunk.start_char, chunk.end_char), label="ORG", entity=entity.id))


def _canonical(name: str, label: str, full_people: list[str]) -> str:
    """A bare name that some full name of the article contains is named by that full name."""
    if label == "PERSON" and len(name.split()) == 1:
        matches = {f for f in full_people if name in f.split()} or {
            f for f in full_people if _misspelled(name, f.split()[-1])}
        if len(matches) == 1:
            return matches.pop()
    return name


def _misspelled(word: str, surname: str) -> bool:
    """ "Krzykowksi" for "Krzykowski": a long surname with two neighbouring letters swapped or one letter wrong,
    a typo that real copy keeps and that no other name of the article explains."""
    if len(word) != len(surname) or len(word) < 7 or word[0] != surname[0]:
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, surname)) if a != b]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and word[differ[0]] == surname[differ[1]] \
        and word[differ[1]] == surname[differ[0]]
    return len(differ) == 1 or swapped


def _capital_of_the_sentence(ent) -> bool:
    """'Coast guard commander Ilsa Brandt': a sentence's first word, capitalized for being first, that modifies
    the common noun after it, is no name."""
    root = ent.root
    return len(ent) == 1 and ent.start == ent.sent.start and ent.label_ != "PERSON" and root.dep_ == "compound" \
        and root.head.i == ent.end and root.head.is_lower


def _existing(by_key, entities, label: str, name: str, full_people: list[str]) -> Optional[Entity]:
    # the tagger calls one town a place here and an organization there, and a people's name an organization
    kinds = [label, *{"GPE": ["LOC", "ORG"], "LOC": ["GPE", "ORG"], "ORG": ["GPE", "LOC"], "NORP": ["ORG"]}.get(label, [])]
    found = next((by_key[(kind, name.lower())] for kind in kinds if (kind, name.lower()) in by_key), None)
    if found:
        return found
    canonical = _canonical(name, label, full_people)
    if canonical != name:
        return by_key.get((label, canonical.lower()))
    if label == "ORG":  # "Maritime Terminals Ltd." and then "Maritime Terminals"
        bare = _without_corporate_ending(name).lower()
        same = next((e for e in entities
                     if e.type == "ORG" and _without_corporate_ending(e.name).lower() == bare), None)
        if same is not None:
            return same
    if label == "PERSON" and len(name.split()) > 1:
        # a full name seen first as a bare surname earlier in the article, which no other full name shares
        singles = [e for e in entities if e.type == "PERSON" and len(e.name.split()) == 1 and e.name in name.split()
                   and len({f for f in full_people if e.name in f.split()}) == 1]
        if len(singles) == 1:
            singles[0].name = name
            return singles[0]
    return None


_CORPORATE_ENDING = re.compile(rf",?\s+(?:{CORPORATE_ENDINGS})\.?$", re.IGNORECASE)


def _without_corporate_ending(name: str) -> str:
    return _CORPORATE_ENDING.sub("", name)


def _last_named(doc, ent, name: str, label: str, full_people: list[str], entities: list[Entity],
                mentions: list[Mention]) -> Optional[Entity]:
    """ "Dr. Ruth Ebner told a news conference ... Ebner said": a surname two people of the article share is the one of
    them named last before it (the researcher Jonas Ebner comes later), or the one whose title it has ("Dr. Ebner"
    after the researcher was named), but not one the article calls by first name; before either is named, neither."""
    if label != "PERSON" or len(name.split()) != 1 or len({f for f in full_people if name in f.split()}) < 2:
        return None
    # one the article calls by first name ("Elian") is not the one it calls by surname ("Gonzalez", his father)
    named = {e.id: e for e in entities if e.type == "PERSON" and e.name in full_people and name in e.name.split()
             and e.name.split()[0] not in e.aliases}
    title = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    titled = {i: e for i, e in named.items() if title and title in (e.role or "").lower().split()}
    named = titled or named
    last = next((m for m in reversed(mentions) if m.entity in named), None)
    return named[last.entity] if last is not None else None


def _add_alias(entity: Entity, alias: str) -> None:
    if alias != entity.name and alias not in entity.aliases:
        entity.aliases.append(alias)


def _without_titles(ent):
    """"Trooper Mark Olsen" as the tagger found it is Mark Olsen; the title goes to the role with the words before
    it ("State Police Trooper"). "Superintendent Chip McGee", which the tagger took for an organization, is a person
    named after a title too, but "General Motors Corp." is no general's."""
    titles = leading_titles([t.text for t in ent])
    if ent.label_ == "PERSON" or not titles:
        return Span(ent.doc, ent.start + titles, ent.end, label=ent.label_) if titles else ent
    name = ent[titles:]
    capitalized = all(t.text[:1].isupper() and t.is_alpha for t in name)
    if len(name) >= 2 and capitalized and name[-1].text not in _INSTITUTION_HEADS:
        return Span(ent.doc, ent.start + titles, ent.end, label="PERSON")
    return ent


def _take_title(doc, ent, entity: Entity) -> None:
    """Words right before a person's name that are a title: "Pentagon spokesperson", "President"."""
    name_start = ent.start
    while name_start > 0 and _INITIAL.match(doc[name_start - 1].text):  # "K. Ramaswamy Gowda": no title "K."
        name_start -= 1
    start = name_start
    while start > 0:
        token = doc[start - 1]
        if (token.pos_ not in _TITLE_POS and token.lower_ not in ("of", "the")) or not _in_title(token, ent) \
                or sentence_number(doc, token.i) != sentence_number(doc, ent.start):
            break
        start -= 1
    start = _capitalized_title_start(doc, start)
    while start < name_start and doc[start].lower_ in _TITLE_JOINERS:  # "the son of Mayor ..." has no title "of"
        start += 1
    leading = start < name_start
    title = doc[start:name_start] if leading else _appositive_title(ent)
    # a form of address goes with the title after the name: "Mr Selorm Agbenu, the Municipal Chief Executive (MCE),"
    addressed = leading and all(t.lower_ in HONORIFICS for t in title) and _appositive_title(ent)
    if title is not None and entity.role is None:
        entity.role = f"{title.text} {addressed.text}" if addressed else title.text
        if leading:
            _add_alias(entity, f"{title.text} {entity.name}")
    if title is not None and entity.affiliation is None:
        inner = [e for e in doc.ents if e.start >= title.start and e.end <= title.end
                 and e.label_ in ("ORG", "GPE", "NORP") and not _capital_of_the_sentence(e)]
        entity.affiliation = clean_name(inner[0].text) if inner else _spoken_for(title)
    if entity.affiliation is None:
        entity.affiliation = _body_led(ent)


_INITIAL = re.compile(r"^[A-Z]\.$")
_NO_TITLE_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY", "QUANTITY", "PERCENT"}


# the small words between the capitalized words of a title: "Minister for Water Resources"; not "and", which joins
# two names as often ("The Georgia Bureau of Investigation and Jefferson police")
_TITLE_JOINERS = ("of", "for", "the")


def _capitalized_title_start(doc, start: int) -> int:
    """ "Deputy Commissioner of Police (East)" and "Federal Minister for Information" before a name, which the parser
    breaks up: capitalized words, "of" or "for" ("of the") between them and a bracketed part after them, back
    from where the parse left the title."""
    sentence = sentence_number(doc, start) if start < len(doc) else None
    position = start
    while position > 0 and sentence_number(doc, position - 1) == sentence:
        token = doc[position - 1]
        if token.text == ")":
            opening = next((i for i in range(position - 2, max(position - 6, -1), -1) if doc[i].text == "("), None)
            if opening is None or not all(t.is_title or t.is_upper for t in doc[opening + 1:position - 1]):
                break
            position = opening
        elif token.lower_ in _TITLE_JOINERS and position >= 2 and (doc[position - 2].is_title or (
                token.lower_ == "the" and doc[position - 2].lower_ in ("of", "for"))):
            position -= 1
        elif token.is_title and token.pos_ in _TITLE_POS and token.ent_type_ not in _NO_TITLE_TYPES:
            position -= 1
        else:
            break
    return position if position == start or doc[position].is_title else start


def _body_led(ent) -> Optional[str]:
    """ "Dr. Marc Oyelaran, who leads the WHO team," speaks for the WHO: the body a relative clause says the person
    leads or works for is the affiliation, as a title naming it would be."""
    clause = next((c for c in ent.root.children if c.dep_ == "relcl" and c.lemma_.lower() in _LEADING_VERBS
                   and any(s.lower_ == "who" for s in c.children)), None)
    objects = [t for t in clause.subtree if t.dep_ in ("dobj", "pobj") and t.head in (clause, *clause.children)] \
        if clause is not None else []
    # the tagger often misses a body's name or takes it for a place ("Clean River" LOC); the proper nouns the
    # clause's object leads with are the name either way
    name = [t for t in objects[0].subtree if t.pos_ == "PROPN" and t.i <= objects[0].i] if objects else []
    if not name or name[-1].i - name[0].i != len(name) - 1:
        return None
    return ent.doc[name[0].i:name[-1].i + 1].text


# what a person does for the body named after it: "who leads the WHO team", "who works for Clean River"
_LEADING_VERBS = {"lead", "head", "direct", "chair", "run", "manage", "coordinate", "represent", "work", "serve"}


def _spoken_for(title) -> Optional[str]:
    """ "Pentagon spokesperson", "Kremlin spokesman": the name before the spokesperson is whom they speak for, also
    where the tagger saw no organization in it."""
    spokes = next((t for t in title if t.lower_ in SPOKES_NOUNS), None)
    if spokes is None or spokes.i == title.start:
        return None
    before = title.doc[title.start:spokes.i]
    return before.text if all(t.pos_ == "PROPN" for t in before) else None


_APPOSITIVE_ROLES = ROLE_NOUNS | RELATION_NOUNS | {"head", "leader", "founder", "owner", "boss"}


def _appositive_title(ent) -> Optional[Span]:
    """A title in apposition to a person's name: "Anja Kerr, the director of Velmora General Hospital," and "The
    director of Velmora General Hospital, Anja Kerr," (which the parser may hang on the hospital)."""
    root = ent.root
    roles = _APPOSITIVE_ROLES  # "Anja Kerr, the director", "her grandson, Steafon Lewis,", "Its head, Ana Roe,"
    role = next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in roles), None)
    if role is None and root.dep_ == "appos":
        holder = root.head.head.head if root.head.dep_ == "pobj" else root.head  # "director" of "of the hospital"
        role = holder if holder.lemma_.lower() in roles and holder.i < ent.start else None
    doc = ent.doc
    if role is None and ent.start >= 2 and doc[ent.start - 1].text == "," and ent.end < len(doc) \
            and doc[ent.end].text in (",", ".") and doc[ent.start - 2].pos_ == "NOUN":
        # "According to his uncle, Greg Johnston, Smith's family was away": the parser took the name for a subject
        role = doc[ent.start - 2] if doc[ent.start - 2].lemma_.lower() in roles else None
    if role is None:
        return None
    # not what a relative clause goes on to say: "a portfolio manager at Ashgrove Capital, which owns 4% of the company"
    relative = [t.i for t in role.subtree if t.dep_ in ("relcl", "acl") and doc[t.left_edge.i - 1].text == ","]
    phrase = [t for t in role.subtree if not (ent.start <= t.i < ent.end) and t.dep_ not in ("det", "punct")
              and not any(r.left_edge.i <= t.i <= r.right_edge.i for r in map(doc.__getitem__, relative))]
    while phrase and phrase[-1].lower_ in HONORIFICS:  # "the network's chief executive, Dr. Ruth Ebner": not "Dr."
        phrase.pop()
    return ent.doc[phrase[0].i:phrase[-1].i + 1] if phrase else None


# letters after a person's name: "Alison Reddaway KC", "Dame Ada Lyle MP" (the tagger can take them for a body)
_POST_NOMINALS = {"KC", "QC", "MP", "MEP", "MSP", "MS", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE"}


def _described_as_a_body(doc, ent, label: str) -> bool:
    """ "the payments app Parcelo", "the carmaker Kestrel": a business noun right before the name; "Parcelo, which
    is backed by a venture firm,": a thing, not the person the tagger saw, by the relative clause right after it
    (in "Pell Haskard, secretary of the union, which represents deckhands" the clause is the union's; a town is
    "which" too)."""
    which = label == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].text == "," and \
        doc[ent.end + 1].lower_ == "which"
    return which or ent.start > 0 and doc[ent.start - 1].text.islower() and doc[ent.start - 1].lemma_ in BODY_NOUNS


def _post_nominal(ent) -> bool:
    return ent.text in _POST_NOMINALS and ent.start > 0 and ent.doc[ent.start - 1].ent_type_ == "PERSON"


def _without_post_nominals(ent):
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text in _POST_NOMINALS:
        return Span(ent.doc, ent.start, ent.end - 1, label="PERSON")
    return ent


def _before_a_bracket(ent):
    """A name runs to a bracket it does not close: "Federation of Transport Workers' Unions (FZZT" is the federation,
    whose acronym follows. One that opens a dateline ("STOCKPORT (Northwire) -") is the place and the agency run
    together, no name at all."""
    brackets = [t.i for t in ent if t.text in ("(", ")")]
    if not brackets or ent.text.count("(") == ent.text.count(")"):
        return ent
    if dateline(text_of(ent.doc), ent.start_char) or brackets[0] == ent.start:
        return None
    return Span(ent.doc, ent.start, brackets[0], label=ent.label_)


def _credit(ent) -> bool:
    """ "Newsday / Jane Roe Police investigate ...": a picture credit run into its caption, no one's name."""
    return " / " in ent.text


def _in_title(token, ent) -> bool:
    """Whether a word before a name belongs to the title that heads it: its heads lead into the name through
    words before it only ("Chief of Department Steven Skrynecki": "Department" hangs on "of", "of" on "Chief",
    "Chief" on the name)."""
    for head in token.ancestors:
        if ent.start <= head.i < ent.end:
            return True
        if head.i >= ent.start:
            return False
    return False


def _possessor_place(doc, ent) -> Optional[str]:
    """ "Veldra's Defence Intelligence": the country an organization belongs to, when the text says it."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return None
    # the small pipeline often tags an unfamiliar country PERSON or ORG, or nothing; before "'s" and an
    # organization a proper noun is the owner either way
    owner = next((e for e in doc.ents if e.end == ent.start - 1 and e.label_ in KEPT_LABELS), None)
    if owner is not None:
        return clean_name(owner.text)
    before = doc[ent.start - 2]
    return before.text if before.pos_ == "PROPN" else None


def _parenthetical_acronym(doc, ent) -> Optional[str]:
    """ "Ukraine's military intelligence agency (HUR)"; but not a dateline's station: "INDIANAPOLIS (WISH) --"."""
    after = text_of(doc)[ent.end_char:ent.end_char + 14]
    match = re.match(r"\s*\(([A-Z][A-Z0-9&.-]{1,9})\)", after)
    if match is None or ent.label_ not in ("ORG", "GPE", "NORP") or dateline(text_of(doc), ent.start_char):
        return None
    return match.group(1)
