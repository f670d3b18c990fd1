"""Who stands behind a statement across a story: the source a claim rests on.

Two outlets rarely name a source the same way. One writes "police said", another "Lt. Brian Kovac
said", a third "a police spokesperson said" or "a statement from Gary police said": a fact-checker
counts one source, the agency, and so do we. The rules, within one story:
- a spokesperson speaks for the organization named in the title or beside it ("a Minneapolis police
  spokesperson", "a spokesperson for the UN", "Pentagon spokesperson Patrick Ryder");
- a police officer, detective, deputy, trooper, sheriff or police chief speaks for the police agency
  ("Officer Jane Roe", "IMPD Sgt. Jim Lee", "Forsyth Police Chief Roy Ellis"); a person named with
  such a title in any article of the story is taken so in all of them;
- an organization's statement, news release, email or post is that organization;
- "police", "officers", "investigators", "detectives", "deputies" are the story's police agency when
  the story names exactly one ("Tampa Police Department"); with none or several named they are one
  source, "police";
- a body named by what it is ("the regional emergency ministry", "the hospital") is an organization;
- names of one organization are one source: the same story entity, one name's distinctive words
  within the other's ("Nassau Police" / "Nassau County Police"), or an acronym ("IMPD"); but not a body
  of another kind within it ("the UN Security Council" / "the UN"), and not a short name within two
  different bodies of the story ("the ministry" of a story of the health and the interior ministries).
Anyone else is the source they are as a claimant (the story entity, else the name as written).
Reports and records ("a police report", "court records") stay sources of their own.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from typing import Optional

from newstrace.analyze.lexicon import CORPORATE_ENDINGS, countries_and_states, role_words, without_article
from newstrace.link.claims import claimant_key
from newstrace.link.entities import acronyms, normalize
from newstrace.model import ArticleAnalysis, Attribution, StoryEntity

_SPOKES = re.compile(r"\b(?:spokes(?:man|woman|person|people|men|women)|press secretary|press officer|"
                     r"public information officer|public affairs officer)\b", re.IGNORECASE)
# the heads of a business, who speak for it like its spokespeople
_EXECUTIVE = re.compile(r"\b(?:chief (?:executive|financial|operating)(?: officer)?|ceo|cfo|chair(?:man|woman|person)?|"
                        r"managing director|(?:co-)?founder)\b", re.IGNORECASE)
_POLICE = re.compile(r"\b(?:police|sheriff(?:'s|’s)?|sheriffs|troopers?|state patrol|highway patrol|constabulary)\b|"
                     r"\b[A-Z]{1,4}PD\b", re.IGNORECASE)
_SHERIFF = re.compile(r"\bsheriff|\bdeput(?:y|ies)\b", re.IGNORECASE)
_RANK = re.compile(r"\b(?:officer|ofc\.|sgt\.|sergeant|lt\.|lieutenant|detective|det\.|deputy|dep\.|trooper|"
                   r"cpl\.|corporal|sheriff|patrolman|supt\.|constable|"
                   r"chief of (?:department|detectives|patrol|police)|"
                   r"(?<=police )chief)(?=\s|$)",
                   re.IGNORECASE)
# officers who do not speak for the police: "Probation Officer", "Chief Financial Officer", "Returning officer"
_NOT_POLICE = re.compile(r"\b(?:probation|parole|correctional|corrections|fire|financial|executive|operating|"
                         r"medical|compliance|security|loan|army|navy|military|naval|customs|returning|presiding|"
                         r"electoral|election|health|environmental|welfare)\b", re.IGNORECASE)
_COLLECTIVE_POLICE = re.compile(r"^(?:(?:the|responding|local|homicide|police|county|city|state)\s+)*"
                                r"(?:police|officers|investigators|detectives|deputies|troopers|cops|law enforcement)$|"
                                r"^(?:(?:one|another)\s+)?(?:police\s+)?(?:officer|detective|deputy)$",
                                re.IGNORECASE)
# a release an article names without its issuer ("the press release stated"): the issuer it names elsewhere
_BARE_RELEASE = re.compile(r"^(?:the|a|an)\s+(?:(?:news|press)\s+)?release$", re.IGNORECASE)
_ISSUED = re.compile(r"^(?:an?|the)\s+(?:written\s+|brief\s+|short\s+)?(?:statement|(?:news|press)\s+release|"
                     r"release|e-?mail|tweet|post|social media post|news conference|briefing)\s+"
                     r"(?:from|by|of|issued by)\s+(?P<owner>.+)$", re.IGNORECASE)
# reports, records and footage are sources of their own, whoever wrote or holds them
_RECORDS = re.compile(r"\b(?:reports?|records?|documents?|affidavits?|complaints?|warrants?|filings?|logs?|videos?|"
                      r"footage|recordings?|scanner|transcripts?|autopsy)\b", re.IGNORECASE)
# the staff of a body speak for it: "officials with the sheriff's department", "John Fontaine with Allegheny Township
# Police", "FBI officials", "an FBI official", "LVMPD officers", "Hallmark executives"
_STAFF = (r"officials?|authorities|investigators?|detectives?|officers?|deputies|troopers?|agents?|representatives?|"
          r"personnel|staff|members?|executives?|managers?|leaders?|leadership")
_MEMBER_OF = re.compile(r"^(?:(?i:(?:top|senior|local|county|city|state|federal)\s+)?(?i:" + _STAFF + r")|"
                        r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)"
                        r"\s+(?i:with|from|of|at)\s+(?i:the\s+)?(?P<body>.+)$")
_STAFF_OF = re.compile(r"^(?:(?:an?|one|two|several|some|other|senior|top)\s+)*(?P<body>.+?)\s+(?:" + _STAFF + r")$",
                       re.IGNORECASE)
# people named by their work, with the words of the body they work for before it: "auditors", "UN monitors"
_WORK_OF = {"auditors": "audit", "monitors": "monitor", "inspectors": "inspect", "regulators": "regulat",
            "observers": "observ"}
_WORKERS = re.compile(r"(?P<qualifiers>(?:[A-Z][\w.'’-]*\s+){1,3})?(?P<workers>(?i:" + "|".join(_WORK_OF) + "))")
# the head or an official of an organization speaks for it ("Hallmark Steel chairman", "FBI Director", "president of
# the Dunmore Teachers Union"); a professor, a lawyer or a senator speaks for himself
_HEAD = re.compile(r"\b(?:chair(?:man|woman|person)?|chief executive(?: officer)?|ceo|president|director|commissioner|"
                   r"administrator|head|chief|executive|official|manager|superintendent)\b", re.IGNORECASE)
# a body named by what it is, not by a name an entity recogniser would catch: "the regional emergency ministry",
# "the interior ministry", "the Ministry of Health", "the hospital", "the defence ministry in Tripoli"
_INSTITUTION = re.compile(r"\b(?P<kind>ministry|department|agency|government|administration|army|military|armed forces|"
                          r"hospital|commission|council|committee|board|bureau|authority|directorate|embassy|service|"
                          r"office|secretariat|inspectorate|regulator|utility|operator|company|firm|airline|"
                          r"university|school district)(?:\s+(?:of|for)\s+[^,]+|\s+in\s+(?!charge\b)[\w'’-]+"
                          r"(?:\s+[\w'’-]+)?)?$", re.IGNORECASE)
_BODY_AFTER_ROLE = re.compile(r"\b(?:for|of|with|from|at)\s+(?:the\s+)?(?P<body>.+)$", re.IGNORECASE)
# a company's legal form: "Maritime Terminals Ltd." and "Maritime Terminals" are one company
_LEGAL_FORMS = {*CORPORATE_ENDINGS.split("|"), "limited", "bv"}
# and the words for the country of the story: "the country's disaster agency", "Indonesia's disaster agency" and "the
# National Disaster Agency" are one agency (two countries' agencies keep their names apart)
_AGENCY_FILLER = {"the", "of", "s", "police", "department", "dept", "sheriff", "sheriffs", "office", "offices",
                  "agency", "spokesman", "spokeswoman", "spokesperson", "a", "an", "for", "with", "from", "country",
                  "nation", "national", *_LEGAL_FORMS}
POLICE_SOURCE = "@police"


class StorySources:
    """The source key and display name behind every attribution of one story."""

    def __init__(self, analyses: list[ArticleAnalysis], entities: list[StoryEntity],
                 entity_map: dict[tuple[str, str], str]):
        self.entity_map = entity_map
        self.entities = {e.id: e for e in entities}
        self._people_by_name = _people_by_name(entities)
        self.canonical = _one_key_per_organization(entities)
        self._organizations_by_name = _organizations_by_name(entities, self.canonical)
        article_entities = {(a.article_id, e.id): e for a in analyses for e in a.entities}
        self.roles: dict[str, list[str]] = {}  # story person -> every title an article gives him
        for (article_id, entity_id), story_id in entity_map.items():
            entity = article_entities.get((article_id, entity_id))
            if entity is not None and entity.type == "PERSON":
                self.roles.setdefault(story_id, []).extend(r for r in (entity.role, entity.affiliation) if r)
        self.agencies: list[tuple[str, str]] = []  # (key, fullest name) of the organizations met, in order
        self._agency_of: dict[str, str] = {}
        self._keys: dict[tuple[str, str], str] = {}
        # the organization each claimant speaks for, read once: a bare "police" is settled by the story's named
        # police agencies, known only when every claimant has been read
        said = [(analysis.article_id, attribution) for analysis in analyses for attribution in analysis.attributions]
        self._owners = {(article_id, attribution.id): self._owner(article_id, attribution)
                        for article_id, attribution in said}
        self._spokespeople_of_the_body_before(analyses)
        self._heads_of_the_bodies_of_their_work(said)
        self._issuers = {(analysis.article_id, attribution.id): issuer
                         for analysis in analyses for attribution in analysis.attributions
                         if _BARE_RELEASE.match(attribution.claimant.name.strip())
                         and (issuer := self._issuer(analysis, attribution)) is not None}
        # a police union ("the Southern Arizona Police Officers' Association") is no police agency
        self.police_agencies = {self._agency(owner, self._own_entity(article_id, attribution))
                                for article_id, attribution in said
                                if (owner := self._owners[(article_id, attribution.id)])
                                and _POLICE.search(owner) and _distinctive(owner) and not _OTHER_EMPLOYER.search(owner)}

    def _spokespeople_of_the_body_before(self, analyses: list[ArticleAnalysis]) -> None:
        """ "The UN human rights office said ... 'The loss is shocking,' spokesperson Elena Varga told a briefing":
        a spokesperson whose titles name no organization speaks for the body that spoke last before her, in every
        article of the story (one person, one body). One whose title names only the kind of body ("agency spokesman
        Rizal Hakim") speaks for the body of that kind that spoke last before him. A business's head ("chief executive
        Helen Marsh") speaks so for the body before her that is no police."""
        bodies: dict[str, str] = {}
        unowned: list[tuple[tuple[str, str], str]] = []
        for analysis in analyses:
            before: list[str] = []
            for attribution in analysis.attributions:
                said = (analysis.article_id, attribution.id)
                owner = self._owners[said]
                person = self._story_entity(analysis.article_id, attribution)
                titles = self.roles.get(person, []) if person is not None and \
                    self.entities[person].type == "PERSON" else []
                titled = any(_SPOKES.search(title) for title in titles)
                executive = not titled and any(_EXECUTIVE.search(title) for title in titles)
                kind = _kind_of_body(owner) if owner is not None and not _distinctive(owner) else None
                if (titled or executive) and (owner is None or kind is not None):
                    unowned.append((said, person))
                    body = next((b for b in reversed(before) if (kind is None or _kind_of_body(b) == kind)
                                 and not (executive and _POLICE.search(b))), None)
                    if body is not None:
                        bodies.setdefault(person, body)
                elif owner is not None and not titled:
                    before.append(owner)
        for said, person in unowned:
            self._owners[said] = bodies.get(person, self._owners[said])

    def _heads_of_the_bodies_of_their_work(self, said: list[tuple[str, Attribution]]) -> None:
        """ "state transportation secretary Alana Brooks" speaks for the state transportation department that speaks
        elsewhere in the story, "Corrections Commissioner Ellen Marsh" for the corrections department, "Attorney
        General Carla Mendes" for the attorney general's office: a person titled by the work of one body of the story,
        whose titles name no organization."""
        bodies = {name: _distinctive(name) for name in self._body_names
                  if _kind_of_body(name) and not _POLICE.search(name)}
        for article_id, attribution in said:
            person = self._story_entity(article_id, attribution)
            if self._owners[(article_id, attribution.id)] is not None or person is None or \
                    self.entities[person].type != "PERSON":
                continue
            name = self.entities[person].name
            titles = [*self.roles.get(person, []), attribution.claimant.text.replace(name, "")]
            led = {self._agency(body): body for title in titles if (work := _work_of(title))
                   for body, words in bodies.items() if work <= words or words <= work}
            if len(led) == 1:
                self._owners[(article_id, attribution.id)] = led.popitem()[1]

    def key(self, article_id: str, attribution: Attribution) -> str:
        """The source behind the attribution, read once: choosing the contents to embed, naming the sources and
        grouping the claims all ask for every attribution of the story."""
        said = (article_id, attribution.id)
        if said not in self._keys:
            self._keys[said] = self._key(article_id, attribution)
        return self._keys[said]

    def _key(self, article_id: str, attribution: Attribution) -> str:
        if (article_id, attribution.id) in self._issuers:
            return self.key(article_id, self._issuers[(article_id, attribution.id)])
        owner = self._owners[(article_id, attribution.id)]
        if owner is None:
            key = self._story_entity(article_id, attribution) or self._named_by_role(attribution) or \
                claimant_key(article_id, attribution, self.entity_map)
            return self.canonical.get(key, key)
        if _distinctive(owner):
            return self._agency(owner, self._own_entity(article_id, attribution))
        if _POLICE.search(owner):
            agencies = self.police_agencies
            if _SHERIFF.search(owner):  # a county's sheriff's office is not a city's police department
                agencies = {a for a in agencies if _SHERIFF.search(self.name(a) or "")}
            return next(iter(agencies)) if len(agencies) == 1 else POLICE_SOURCE
        return self._one_body_of_its_kind(owner) or claimant_key(article_id, attribution, self.entity_map)

    def _one_body_of_its_kind(self, owner: str) -> Optional[str]:
        """ "According to the department", in an article that names no department, is the one department of the
        story ("Pennsylvania's transportation department"); with two departments, neither. The key, from the bodies
        the claimants speak for, known only once every owner is read; `_one_of_its_kind`, which the owners are read
        with, finds the one union or company among the story's names."""
        kind = _kind_of_body(owner)
        if kind is None:
            return None
        bodies = {self._agency(name) for name in self._body_names if _kind_of_body(name) == kind}
        return bodies.pop() if len(bodies) == 1 else None

    def _named_by_role(self, attribution: Attribution) -> Optional[str]:
        """ "His lawyer told the Gazette", where this article names no lawyer, is the one person of the story another
        article names as the lawyer ("Brightmere's lawyer, Nils Aaberg"); with two lawyers, neither."""
        if attribution.claimant.entity:
            return None
        described = _HOLDER.fullmatch(attribution.claimant.name.strip())
        if described is None:
            return None
        holders = {self.canonical.get(person, person) for person, titles in self.roles.items()
                   if any(described["role"].lower() in role_words(title) for title in titles)}
        return holders.pop() if len(holders) == 1 else None

    def name(self, key: str) -> Optional[str]:
        """The display name of an organization source, None for other sources."""
        if key == POLICE_SOURCE:
            return "police"
        if key in self.entities:
            return self.entities[key].name
        return next((name for agency, name in self.agencies if agency == key), None)

    def _story_entity(self, article_id: str, attribution: Attribution) -> Optional[str]:
        """The claimant's story entity; for a name the tagger missed in this article, the one person of the story of
        that full name ("Rian Toma, a spokesman, said" after "Agency spokesman Rian Toma" elsewhere) or surname
        ("Moor said" in a story of Dana Moor); with two such people, neither."""
        claimant = attribution.claimant
        if claimant.entity:
            return self.entity_map.get((article_id, claimant.entity))
        name = claimant.name.strip()
        return self._people_by_name.get(name) or self._organizations_by_name.get(_named_key(without_article(name)))

    def _own_entity(self, article_id: str, attribution: Attribution) -> Optional[str]:
        """The claimant's story entity when it is an organization or a place, which then is the source itself."""
        key = self._story_entity(article_id, attribution)
        return key if key is not None and self.entities[key].type != "PERSON" else None

    def _owner(self, article_id: str, attribution: Attribution) -> Optional[str]:
        """The organization a claimant speaks for, by name ("Minneapolis police", "police"), or None."""
        claimant = attribution.claimant
        key = self._story_entity(article_id, attribution)
        if key is not None and self.entities[key].type == "PERSON":
            return self._employer(key, claimant.text)
        name = without_article(claimant.name)
        issued = _ISSUED.match(claimant.name.strip())
        if issued:
            name = without_article(issued.group("owner"))
        elif _RECORDS.search(name):
            return None
        if _SPOKES.search(name):
            return spoken_for(name, claimant.affiliation)
        if _KIND_ALONE.fullmatch(name):
            return self._one_of_its_kind(name)
        if _COLLECTIVE_POLICE.match(name):
            return "police"
        staff = _MEMBER_OF.match(name) or _STAFF_OF.match(name)
        if staff and (_POLICE.search(staff["body"]) or self._names_a_body(staff["body"], whole_organization=True)):
            return staff["body"]
        working_for = self._body_by_its_work(name)
        if working_for is not None:
            return working_for
        if key is not None or _POLICE.search(name) and not _RANK.search(name) or _INSTITUTION.search(name):
            return name
        return None

    def _body_by_its_work(self, name: str) -> Optional[str]:
        """ "auditors" of a story whose State Audit Office speaks, "United Nations monitors" of its Lisk Valley
        Monitoring Mission: people named by the work the one organization of the story named for it does."""
        workers = _WORKERS.fullmatch(name)
        if workers is None:
            return None
        qualifiers, work = _distinctive(workers["qualifiers"] or ""), _WORK_OF[workers["workers"].lower()]
        bodies = {entity.name for entity in self.entities.values() if entity.type == "ORG"
                  and any(word.lower().startswith(work) for word in entity.name.split())
                  and qualifiers <= _distinctive(entity.name)}
        return bodies.pop() if len(bodies) == 1 else None

    def _issuer(self, analysis: ArticleAnalysis, release: Attribution) -> Optional[Attribution]:
        """The statement of the article that names who issued the release: the nearest one before, else after,
        whose sentence speaks of a release and whose speaker speaks for an organization."""
        issued = [a for a in analysis.attributions if "release" in a.sentence.lower()
                  and self._owners[(analysis.article_id, a.id)] is not None
                  and not _BARE_RELEASE.match(a.claimant.name.strip())]
        before = [a for a in issued if a.content_span[0] < release.content_span[0]]
        return before[-1] if before else (issued[0] if issued else None)

    def _employer(self, person: str, title_at_cue: str) -> Optional[str]:
        """The organization a named person speaks for, from the titles the story gives him; his own name at the cue
        ("Police Chief Daniel Whitfield") is no part of a title."""
        name = self.entities[person].name
        title_at_cue = re.sub(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b", "", title_at_cue).strip()
        titles = [*self.roles.get(person, []), title_at_cue]
        affiliation = next((t for t in self.roles.get(person, []) if not _SPOKES.search(t)), None)
        # "spokesman Lt. Steve Hall" here, "Little Rock police spokesman Lt. Steve Hall" there
        spoken = next((owner for title in titles
                       if _SPOKES.search(title) and (owner := spoken_for(title, affiliation))), None)
        if spoken is not None:
            return spoken
        # "the UEU's regional officer" speaks for the union; "the union's regional officer" for no police either
        bodies = [body for title in titles if (body := _body_of_its_officer(title))]
        official_of = next((body for body in bodies if self._names_a_body(body, whole_organization=True)), None)
        if official_of is not None:
            return official_of
        ministry = next((ministry for title in titles if (ministry := _ministry_of(title))), None)
        if ministry is not None:
            return ministry
        # one person, one employer: "Regional officer Shaun McAllister", of the union elsewhere, is no police officer,
        # nor "the officer" whom another article calls the returning officer; "Officer Jane Roe of Gary" is still the
        # Gary police
        other = any(_OTHER_EMPLOYER.search(body) for body in bodies) or any(
            _RANK.search(title) and _NOT_POLICE.search(title) for title in titles)
        police_titles = [] if other else [
            t for t in titles if (_RANK.search(t) or _POLICE.search(t)) and not _NOT_POLICE.search(t)]
        if not police_titles:
            return next((led for title in titles if (led := self._organization_led(title))), None)
        named = [t for t in police_titles if _POLICE.search(t) and _distinctive(_without_rank(t))]
        if named:
            return _without_rank(named[0])
        # "Nassau Chief of Department": the police of a place or body the story names
        placed = [t for t in police_titles if self._names_a_body(_without_rank(t))]
        return f"{_without_rank(placed[0])} police" if placed else "police"

    def _names_a_body(self, words: str, whole_organization: bool = False) -> bool:
        """Whether the words name an organization or a place of the story ("Nassau"). With whole_organization, the
        whole name of an organization ("Hallmark Steel", "FBI"), not a word of one ("U.S." of "U.S. Embassy")."""
        distinct = _distinctive(words)
        names = [name for entity in self.entities.values()
                 if (entity.type == "ORG" if whole_organization else entity.type != "PERSON")
                 for name in [entity.name, *entity.aliases]]
        return bool(distinct) and any(same_organization(words, name) and (
            not whole_organization or len(distinct) >= 2 or distinct == _distinctive(name)) for name in names)

    def _organization_led(self, title: str) -> Optional[str]:
        """The organization of the story that a head or an official named by this title speaks for."""
        head = _HEAD.search(title)
        if head is None:
            return None
        return next((named for body in _bodies_beside(title, head) if body and (named := (
            body if self._names_a_body(body, whole_organization=True) else self._one_of_its_kind(body)))), None)

    def _one_of_its_kind(self, kind: str) -> Optional[str]:
        """The story's one union for "the union", "their union" or a "union president", its one company for "the
        company"; None when it has none or several."""
        alone = _KIND_ALONE.fullmatch(kind.strip())
        if alone is None:
            return None
        company = alone["kind"].lower() in ("company", "firm")
        of_kind = _COMPANY if company else re.compile(rf"\b{alone['kind']}\b", re.IGNORECASE)
        bodies = {self.canonical[e.id]: e.name for e in self.entities.values()
                  if e.type == "ORG" and any(of_kind.search(n) for n in (e.name, *e.aliases))}
        return bodies.popitem()[1] if len(bodies) == 1 else None

    def _agency(self, owner: str, entity_id: Optional[str] = None) -> str:
        """One key per organization of the story, whatever name an article gives it; an organization that is a
        story entity is that entity."""
        if entity_id is not None:
            return self.canonical[entity_id]
        if owner not in self._agency_of:  # a big story names its few agencies thousands of times
            self._agency_of[owner] = self._find_agency(owner)
        return self._agency_of[owner]

    def _find_agency(self, owner: str) -> str:
        unit = _UNIT_OF.match(owner)
        if unit is not None and _kind_of_body(unit["body"]):  # "the interior ministry's crisis management office"
            return self._agency(unit["body"])
        if self._ambiguous(owner):  # its own source, which no other name joins
            return "@" + " ".join(sorted(_distinctive(owner)))
        police = bool(_POLICE.search(owner))
        for entity in self.entities.values():
            names = [entity.name, *entity.aliases]
            # "Gary police" is not the city of Gary
            if entity.type == "ORG" and (not police or any(_POLICE.search(n) for n in names)) \
                    and any(same_organization(owner, n) for n in names):
                return self.canonical[entity.id]
        for index, (key, name) in enumerate(self.agencies):
            if same_organization(owner, name):
                if len(owner) > len(name):
                    self.agencies[index] = (key, owner)
                return key
        key = "@" + " ".join(sorted(_distinctive(owner)))
        self.agencies.append((key, owner))
        return key

    def _ambiguous(self, owner: str) -> bool:
        """A short name within the names of two different organizations of the story: "the ministry", where the
        health ministry and the interior ministry speak, is neither of them."""
        if _kind_of_body(owner) is None or _POLICE.search(owner):  # police names have rules of their own
            return False
        wider = [name for name in self._body_names
                 if len(_distinctive(name)) > len(_distinctive(owner)) and same_organization(owner, name)]
        return any(not same_organization(a, b) for a, b in itertools.combinations(wider, 2))

    @functools.cached_property
    def _body_names(self) -> list[str]:
        """The names of the organizations the story's claimants speak for, and of its organizations."""
        owners = {owner for owner in self._owners.values() if owner and _distinctive(owner)}
        entities = {n for e in self.entities.values() if e.type == "ORG" for n in [e.name, *e.aliases]}
        return sorted(owners | entities)


# a title holder the article does not name: "his lawyer", "the family's attorney", "the county coroner", "the mayor of
# the local commune"
_HOLDER = re.compile(r"(?:(?:the|his|her|their|its|[\w.'’-]+['’]s)\s+)(?:\w+\s+)?"
                     r"(?P<role>lawyer|attorney|prosecutor|coroner|judge|mayor|governor|sheriff|minister|ambassador|"
                     r"commissioner|superintendent)(?:\s+(?:of|for|in)\s+[^,]+)?", re.IGNORECASE)


def _people_by_name(entities: list[StoryEntity]) -> dict[str, str]:
    """Full name, and surname, -> the one person of the story who has it."""
    people = [e for e in entities if e.type == "PERSON" and len(e.name.split()) > 1]
    names = Counter(name for e in people for name in {e.name, e.name.split()[-1]})
    return {name: e.id for e in people for name in (e.name, e.name.split()[-1]) if names[name] == 1}


def _organizations_by_name(entities: list[StoryEntity], canonical: dict[str, str]) -> dict[str, str]:
    """The words of each name of the story's organizations -> the organization, when only one has them: "the Coalition
    of the North" or "Maritime Terminals" where the tagger missed a name it caught elsewhere."""
    owners: dict[str, set[str]] = {}
    for entity in (e for e in entities if e.type == "ORG"):
        for name in (entity.name, *entity.aliases):
            if _distinctive(name):
                owners.setdefault(_named_key(name), set()).add(canonical[entity.id])
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


def _named_key(name: str) -> str:
    """The words of a name and the kind of body it names: "the state transportation department" is no "Transportation"
    the tagger took from "Transportation Secretary Mira Olsen"."""
    return f"{_body_key(name)}|{_kind_of_body(name) or ''}"


def spoken_for(title: str, affiliation: Optional[str]) -> Optional[str]:
    """ "a Minneapolis police spokesperson" -> "Minneapolis police"; "a spokesperson for the UN" -> "UN"."""
    after, before = _bodies_beside(title, _SPOKES.search(title))
    return after or before or affiliation


def _bodies_beside(title: str, role: re.Match) -> tuple[Optional[str], str]:
    """The body a title names after its role word ("a spokesperson for the UN", "president of the Dunmore Teachers
    Union"), and the words before it ("the Minneapolis police", "Hallmark Steel's")."""
    after = _BODY_AFTER_ROLE.search(title[role.end():])
    before = re.sub(r"^(?:the|an?)(?:\s+|$)", "", title[:role.start()].strip(), flags=re.IGNORECASE)
    return (after.group("body").strip() if after else None), re.sub(r"(?:['’]s)?[\s,]*$", "", before)


# a unit of a body, named by its possessive, which speaks for the body: "the interior ministry's crisis management
# office", "the Pentagon's press office"
_UNIT_OF = re.compile(r"^(?:the\s+)?(?P<body>.+?)['’]s\s+(?:[\w-]+\s+){0,3}"
                      r"(?:office|unit|team|desk|centre|center|cell|division|branch|secretariat)$", re.IGNORECASE)

# a body named by its kind alone, which is the story's one body of that kind
_KIND_ALONE = re.compile(r"(?:(?:the|their|its|his|her|our)\s+)?(?P<kind>union|company|firm)", re.IGNORECASE)
_COMPANY = re.compile(rf"\b(?:{CORPORATE_ENDINGS}|limited|corporation|holdings)\b\.?$", re.IGNORECASE)

_OTHER_EMPLOYER = re.compile(r"\b(?:union|company|firm|party|council|university|college|school|club|association|"
                             r"federation|trust|board|bank|hospital|church|charity|fraternal order)\b", re.IGNORECASE)


def _body_of_its_officer(title: str) -> Optional[str]:
    """The body a rank title names that is no police force: "UEU" of "the UEU's regional officer", "the Dunmore
    Teachers Union" of "an officer of the Dunmore Teachers Union"."""
    rank = _RANK.search(title)
    if rank is None or _POLICE.search(title):
        return None
    after, before = _bodies_beside(title, rank)
    possessor = re.split(r"['’]s\b", before)[0].strip() if re.search(r"['’]s\b", before) else None
    return after or possessor or None


# a minister speaks for his ministry ("Chile's foreign minister" and "Chile's foreign ministry" are one source), a head
# of government for no one ministry
_NO_MINISTRY = re.compile(r"\b(?:prime|first|chief|senior|junior|former|ex|cabinet|state)\s*$", re.IGNORECASE)


def _ministry_of(title: str) -> Optional[str]:
    """ "Chile's foreign minister" -> "Chile's foreign ministry", "Minister of Health" -> "Ministry of Health"."""
    minister = re.search(r"\bminister\b", title, re.IGNORECASE)
    if minister is None:
        return None
    before, after = title[:minister.start()].strip(), title[minister.end():].strip()
    if _NO_MINISTRY.search(before) or not (re.search(r"\w", before) or re.match(r"(?:of|for)\s", after, re.IGNORECASE)):
        return None
    return f"{before} ministry {after}".strip()


# the words of a title that say what its holder is, not what he works on: "transportation" of "state transportation
# secretary", "corrections" of "Corrections Commissioner", "attorney general" of "Attorney General"
_HOLDS = {"secretary", "minister", "commissioner", "director", "chief", "head", "executive", "senator", "president",
          "chair", "chairman", "chairwoman", "administrator", "superintendent", "officer", "deputy", "assistant",
          "acting", "interim", "spokesman", "spokeswoman", "spokesperson", "former", "top"}


def _work_of(title: str) -> set[str]:
    return {w for w in _distinctive(title) if w not in _HOLDS}


def _without_rank(title: str) -> str:
    """ "Wisconsin Rapids Police Lieutenant" -> "Wisconsin Rapids Police"."""
    title = _RANK.sub("", title) if " of " in title else title  # "Chief of Department" is a rank of several words
    words = [w for w in title.split() if not _RANK.fullmatch(w) and w.lower() not in ("chief", "captain", "capt.",
                                                                                     "commissioner", "assistant")]
    return " ".join(words)


def _distinctive(name: str) -> set[str]:
    words = {w for w in _ARMY.sub("army", normalize(name)).split() if w not in _AGENCY_FILLER}
    # the story's state, as "the country's" is its country: "the state's rural fire service" is the rural fire service;
    # but "State Department" keeps its one word
    return {_country_stem(w) for w in (words - {"state"} if len(words) > 1 else words)}


_COUNTRY_ENDINGS = ("ian", "ese", "ia", "an", "i", "a", "e")


def _country_stem(word: str) -> str:
    """A place and its people's adjective as one word: "Varnia" / "Varnian", "Ukraine" / "Ukrainian", "China" /
    "Chinese", "Sudan" / "Sudanese", so that "the defence ministry of Varnia" is "the Varnian defence ministry"; and
    "Kyrgyzstan" / "Kyrgyz", "Pakistan" / "Pakistani"."""
    if len(word) < 5:
        return word
    word = _STAN.sub("", word)
    for _ in range(2):  # "Sudanese" -> "Sudan" -> "Sud", as "Sudan" -> "Sud"
        ending = next((e for e in _COUNTRY_ENDINGS if word.endswith(e)), "") if len(word) >= 5 else ""
        word = _STAN.sub("", word[:len(word) - len(ending)])
    return word


_STAN = re.compile(r"(?<=\w\w\w)i?stan$")


def same_organization(a: str, b: str) -> bool:
    """One name's distinctive words within the other's, or one the acronym of the other; but a body of another kind
    within an organization is not the organization ("UN" / "the UN Security Council")."""
    if _kind_of_body(a) != _kind_of_body(b) and not (_POLICE.search(a) or _POLICE.search(b)):
        return False
    words_a, words_b = _distinctive(a), _distinctive(b)
    if words_a and words_b and (words_a <= words_b or words_b <= words_a):
        return True
    return _squeezed(b) in acronyms(a) or _squeezed(a) in acronyms(b)


def _kind_of_body(name: str) -> Optional[str]:
    """ "ministry" of "the Ministry of Health" and of "the health ministry"; "army" of "the military"."""
    kind = _INSTITUTION.search(name)
    return _ARMY.sub("army", kind.group("kind").lower()) if kind else None


# a country's army, its military and its armed forces are one body
_ARMY = re.compile(r"\b(?:military|armed forces)\b")


def _one_key_per_organization(entities: list[StoryEntity]) -> dict[str, str]:
    """Organization and place entity id -> the first entity of the story that is the same organization:
    "Indianapolis Metropolitan Police Department" and "IMPD" may stay two story entities, but are one source."""
    canonical: dict[str, str] = {}
    seen: dict[str, str] = {}  # distinctive words, acronym or squeezed name of a name met -> its entity
    for entity in (e for e in entities if e.type != "PERSON"):
        names = [entity.name, *entity.aliases]
        lookups = [k for n in names for k in (_body_key(n), *("=" + a for a in acronyms(n)), "#" + _squeezed(n))
                   if k[1:]]
        canonical[entity.id] = next((seen[k] for k in lookups if k in seen), entity.id)
        # an acronym matches a squeezed name and the other way round
        for n in names:
            for k in (_body_key(n), *("#" + a for a in acronyms(n)), "=" + _squeezed(n)):
                if k[1:]:
                    seen.setdefault(k, canonical[entity.id])
    # "Hidrovale" and "the Front" of a story whose one wider name is "Hidrovale Energia", "Nile Unity Front"
    organizations = [e for e in entities if e.type == "ORG"]
    for entity in organizations:
        wider = {canonical[other.id] for other in organizations if canonical[other.id] != canonical[entity.id]
                 and _distinctive(entity.name) < _distinctive(other.name)
                 and same_organization(entity.name, other.name)}
        if len(wider) == 1:
            canonical[entity.id] = wider.pop()
    companies = [(normalize(o.name).split(), canonical[o.id]) for o in organizations
                 if not _PUBLIC_BODY.search(o.name) and not _POLICE.search(o.name)]
    for entity in (e for e in entities if e.type in _PLACE_TYPES or _one_word_person(e)):
        company = _company_named_after(entity, companies)
        if company is not None:
            canonical[entity.id] = company
    # "Kestravia said" where the tagger took the country for a person in one article and not in another
    for entity in (e for e in entities if _one_word_person(e)):
        if _words_key(entity.name)[1:] and _words_key(entity.name) in seen:
            canonical[entity.id] = canonical[seen[_words_key(entity.name)]]
    return canonical


_PLACE_TYPES = {"GPE", "LOC", "FAC"}
# the words of a place's own public bodies: "Mesa Police", "Corrigan County Council" and "Veldra's Military
# Intelligence Directorate" are not the place's company
_PUBLIC_BODY = re.compile(r"\b(?:police|sheriff|fire|council|county|city|town|village|municipal\w*|department|ministry|"
                          r"government|school|schools|district|university|college|hospital|court|state|province|"
                          r"region|regional|authority|airport|port|library|transit|parish|board|agency|directorate|"
                          r"intelligence|military|army|navy|service|office|commission|embassy|parliament|assembly)\b"
                          r"|^\w+['’]s\b", re.IGNORECASE)  # and what a place's possessive owns: "Veldra's ..."


def _one_word_person(entity: StoryEntity) -> bool:
    return entity.type == "PERSON" and len(entity.name.split()) == 1 and not entity.aliases


def _company_named_after(entity: StoryEntity, companies: list[tuple[list[str], str]]) -> Optional[str]:
    """The one company of the story (its name's words, its key) whose name begins with a name the tagger took for a
    place or a person: "Corrigan said" in a story of "Corrigan Bank", "Halvorsen" of "Halvorsen Batteries". A country
    and a US state stay apart; the public bodies of a place are no companies ("Mesa" and "Mesa Police")."""
    name = normalize(entity.name)
    short = name.split()
    if not short or name in countries_and_states():
        return None
    named = {key for words, key in companies if words[:len(short)] == short and 1 <= len(words) - len(short) <= 3}
    return named.pop() if len(named) == 1 else None


def _words_key(name: str) -> str:
    return "w" + " ".join(sorted(_distinctive(name)))


def _body_key(name: str) -> str:
    """The words key, and whether the name is a police force's: "Selbridge Police" is not the city of Selbridge."""
    return _words_key(name) + (" +police" if _POLICE.search(name) else "")


def _squeezed(name: str) -> str:
    return normalize(name).replace(" ", "")
